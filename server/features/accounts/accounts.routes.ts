// REST adapter for the caller's account, mounted at /api/me.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Authenticator } from '../../platform/auth/authenticate.js';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { type RateLimiter, rateLimited } from '../../platform/ratelimit/ratelimit.js';
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
  limiter: RateLimiter;
  /** Password checks per minute per account; 0 = no limit. */
  attemptsPerMinute: number;
}

const tags = ['Account'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;

export const accountRoutes: FastifyPluginAsyncZod<AccountRoutesOptions> = async (
  app,
  { db, authenticator, passwords, limiter, attemptsPerMinute },
) => {
  app.addHook('onRequest', authenticator.hook);

  // A script's API key must not be a way to guess the password or take the account over.
  const signedIn = async (request: FastifyRequest) => {
    if (request.credential === 'api-key') {
      throw new AppError('AUTH_FORBIDDEN', 'API keys cannot do this; sign in to manage your account');
    }
  };
  // Every password check counts against the account, like sign-in attempts do.
  const countPasswordCheck = async (request: FastifyRequest) => {
    if (attemptsPerMinute === 0) return;
    const decision = await limiter.hit(`auth:password:${request.userId}`, attemptsPerMinute, 60);
    if (!decision.allowed) throw rateLimited(decision, 'password attempts for this account');
  };

  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'getAccount',
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
        is_admin: profile.isAdmin,
        email_verified: profile.emailVerified,
      };
    },
  );

  app.post(
    '/password',
    {
      schema: {
        tags,
        security,
        operationId: 'changePassword',
        summary: 'Change your password (signs out every other session)',
        description: 'Needs a session or a JWT (not an API key); attempts count against the account.',
        body: PasswordChangeSchema,
        response: { 204: z.undefined(), ...problemResponses(...always) },
      },
      onRequest: signedIn,
      preHandler: countPasswordCheck,
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
        operationId: 'listSessions',
        summary: 'Your signed-in sessions',
        response: { 200: SessionListSchema, ...problemResponses(...always) },
      },
      onRequest: signedIn,
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
        operationId: 'revokeSession',
        summary: 'Sign out one session',
        params: SessionParamsSchema,
        response: { 204: z.undefined(), ...problemResponses(...always, 404) },
      },
      onRequest: signedIn,
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
        operationId: 'deleteAccount',
        summary: 'Delete your account and everything in it',
        description:
          "In one transaction. Not the server's last administrator (409): make another account an administrator first.",
        body: AccountDeletionSchema,
        response: { 204: z.undefined(), ...problemResponses(...always, 409) },
      },
      onRequest: signedIn,
      preHandler: countPasswordCheck,
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
