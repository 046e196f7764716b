// REST adapter for calendar feeds: management at /api/:user_id/calendar-feeds, and the feed
// itself at /feeds/:id/:secret.ics (no other authentication: the secret is the credential).
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { asLinkSecret } from '../../platform/auth/link-secret.js';
import type { Database } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { type RateLimiter, rateLimited, rateLimitHeaders } from '../../platform/ratelimit/ratelimit.js';
import { CreatedFeedSchema, FeedInputSchema, FeedListSchema, FeedParamsSchema } from './feeds.schema.js';
import * as service from './feeds.service.js';

const tags = ['Calendar feeds'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;
/** Fetches of one feed per minute. */
export const FEED_FETCHES_PER_MINUTE = 60;

const toJson = (f: service.Feed) => ({
  id: f.id,
  list_id: f.listId,
  list_name: f.listName,
  created_at: f.createdAt,
  last_fetched_at: f.lastFetchedAt,
});

export const feedManagementRoutes: FastifyPluginAsyncZod<{
  db: Database;
  appUrl: string;
}> = async (app, { db, appUrl }) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listCalendarFeeds',
        summary: 'List your calendar feeds (never their URLs)',
        params: UserParamsSchema,
        response: { 200: FeedListSchema, ...problemResponses(...always) },
      },
    },
    async (request) => ({ calendar_feeds: (await service.listFeeds(db, request.userId)).map(toJson) }),
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'createCalendarFeed',
        summary: 'Make a calendar feed of all your tasks or of one list (the URL is shown once)',
        params: UserParamsSchema,
        body: FeedInputSchema,
        response: { 201: CreatedFeedSchema, ...problemResponses(...always, 404, 409) },
      },
    },
    async (request, reply) => {
      const { feed, token } = await service.createFeed(db, request.userId, request.body.list_id ?? null);
      return reply.code(201).send({ ...toJson(feed), ...service.feedUrls(appUrl, feed.id, token) });
    },
  );

  app.post(
    '/:id/regenerate',
    {
      schema: {
        tags,
        security,
        operationId: 'regenerateCalendarFeed',
        summary: 'Give a calendar feed a new URL; the old one stops working at once',
        params: FeedParamsSchema,
        response: { 200: CreatedFeedSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => {
      const { feed, token } = await service.regenerateFeed(db, request.userId, request.params.id);
      return { ...toJson(feed), ...service.feedUrls(appUrl, feed.id, token) };
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'deleteCalendarFeed',
        summary: 'Delete a calendar feed',
        params: FeedParamsSchema,
        response: { 204: z.undefined().describe('Deleted'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteFeed(db, request.userId, request.params.id);
      return reply.code(204).send();
    },
  );
};

const FEED_ID = /^[1-9][0-9]{0,15}$/;

export const feedRoutes: FastifyPluginAsyncZod<{
  db: Database;
  limiter: RateLimiter;
  appUrl: string;
}> = async (app, { db, limiter, appUrl }) => {
  // GET answers HEAD too (Fastify's exposeHeadRoutes).
  app.get('/feeds/:id/:file', { schema: { hide: true } }, async (request, reply) => {
    const { id, file } = request.params as { id: string; file: string };
    const secret = file.endsWith('.ics') ? asLinkSecret(file.slice(0, -4)) : undefined;
    // One answer for every miss: a malformed, unknown or wrong URL, a disabled account.
    if (!FEED_ID.test(id) || secret === undefined) throw notFound('Calendar feed');
    const decision = await limiter.hit(`feed:${id}`, FEED_FETCHES_PER_MINUTE, 60);
    if (!decision.allowed) throw rateLimited(decision, 'fetches of this feed');
    const body = await service.renderFeed(db, Number(id), secret, { appUrl });
    if (body === null) throw notFound('Calendar feed');
    // The entity tag ignores DTSTAMP, which changes on every fetch.
    const stable = body.replace(/^DTSTAMP:.*\r\n/gm, '');
    const etag = `"${createHash('sha256').update(stable).digest('base64url').slice(0, 27)}"`;
    reply.headers({
      ...rateLimitHeaders(decision),
      'cache-control': 'private, max-age=300',
      etag,
      'x-robots-tag': 'noindex',
    });
    const match = request.headers['if-none-match'];
    if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      return reply.code(304).send();
    }
    return reply.type('text/calendar; charset=utf-8').send(body);
  });
};
