// REST adapter for the caller's account, mounted at /api/me.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Authenticator } from '../auth/authenticate.js';
import type { Database } from '../db/client.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../http/problem.js';
import {
  AccountDeletionSchema,
  PasswordChangeSchema,
  ProfileSchema,
  SessionListSchema,
  SessionParamsSchema,
} from './accounts.schema.js';
import * as service from './accounts.service.js';
import { SESSION_COOKIE_NAMES } from './auth.js';

export interface AccountRoutesOptions {
  db: Database;
  authenticator: Authenticator;
  passwords: service.Passwords;
}

const tags = ['Account'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;

export const accountRoutes: FastifyPluginAsyncZod<AccountRoutesOptions> = async (
  app,
  { db, authenticator, passwords },
) => {
  app.addHook('onRequest', authenticator.hook);

  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        summary: 'Who you are',
        response: { 200: ProfileSchema, ...problemResponses(...always) },
      },
    },
    async (request) => {
      const profile = await service.getProfile(db, request.userId);
      return {
        id: profile.id,
        email: profile.email,
        name: profile.name,
        created_at: profile.createdAt?.toISOString() ?? null,
      };
    },
  );

  app.post(
    '/password',
    {
      schema: {
        tags,
        security,
        summary: 'Change your password (signs out every other session)',
        body: PasswordChangeSchema,
        response: { 204: z.undefined(), ...problemResponses(...always) },
      },
    },
    async (request, reply) => {
      await service.changePassword(
        db,
        passwords,
        request.userId,
        request.body,
        request.sessionId || undefined,
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/sessions',
    {
      schema: {
        tags,
        security,
        summary: 'Your signed-in sessions',
        response: { 200: SessionListSchema, ...problemResponses(...always) },
      },
    },
    async (request) => ({
      sessions: (await service.listSessions(db, request.userId)).map((s) => ({
        id: s.id,
        created_at: s.createdAt.toISOString(),
        expires_at: s.expiresAt.toISOString(),
        ip_address: s.ipAddress || null,
        user_agent: s.userAgent || null,
        current: s.id === request.sessionId,
      })),
    }),
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Sign out one session',
        params: SessionParamsSchema,
        response: { 204: z.undefined(), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await service.revokeSession(db, request.userId, request.params.id);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/',
    {
      schema: {
        tags,
        security,
        summary: 'Delete your account and everything in it',
        body: AccountDeletionSchema,
        response: { 204: z.undefined(), ...problemResponses(...always) },
      },
    },
    async (request, reply) => {
      await service.deleteAccount(db, passwords, request.userId, request.body?.password);
      for (const name of SESSION_COOKIE_NAMES) {
        reply.header('set-cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
      }
      return reply.code(204).send();
    },
  );
};
