// REST adapter for sections, mounted at /api/:user_id/sections.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { toSectionJson } from './sections.presenter.js';
import {
  MAX_SECTIONS,
  SectionDeleteQuerySchema,
  SectionInputSchema,
  SectionListSchema,
  SectionParamsSchema,
  SectionPatchSchema,
  SectionSchema,
  SectionsQuerySchema,
} from './sections.schema.js';
import * as service from './sections.service.js';

const tags = ['Sections'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;

export const sectionRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listSections',
        summary: "List a list's sections",
        description: 'In order (position, then id). Anyone who sees the list reads them.',
        params: UserParamsSchema,
        querystring: SectionsQuerySchema,
        response: { 200: SectionListSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => ({
      sections: (await service.listSections(db, request.userId, request.query.list_id)).map(toSectionJson),
    }),
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'createSection',
        summary: 'Add a section to a list',
        description:
          `Up to ${MAX_SECTIONS} sections a list (409 beyond). Last unless given a position or before_id/after_id. ` +
          'The list’s owner and editors may; a viewer gets 403.',
        params: UserParamsSchema,
        body: SectionInputSchema,
        response: { 201: SectionSchema, ...problemResponses(...always, 409) },
      },
    },
    async (request, reply) => {
      const section = await service.createSection(db, request.userId, request.body);
      reply.header('location', `/api/${encodeURIComponent(request.userId)}/sections/${section.id}`);
      return reply.code(201).send(toSectionJson(section));
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'getSection',
        summary: 'Get one section',
        params: SectionParamsSchema,
        response: { 200: SectionSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => toSectionJson(await service.getSection(db, request.userId, request.params.id)),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'updateSection',
        summary: 'Rename or reorder a section',
        description: 'Move it with position, or before_id/after_id (another section of the same list).',
        params: SectionParamsSchema,
        body: SectionPatchSchema,
        response: { 200: SectionSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) =>
      toSectionJson(await service.updateSection(db, request.userId, request.params.id, request.body)),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'deleteSection',
        summary: 'Delete a section',
        description:
          'Its tasks stay in the list, in no section (each gets a new version and a live event), or with ' +
          '?tasks=delete are deleted with it, subtasks included. One transaction.',
        params: SectionParamsSchema,
        querystring: SectionDeleteQuerySchema,
        response: { 204: z.undefined().describe('Deleted'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteSection(db, request.userId, request.params.id, request.query.tasks);
      return reply.code(204).send();
    },
  );
};
