// REST adapter for the server's administration, mounted at /api/admin. Every route authenticates
// (401 to no one) and then asks the policy whether the caller is an administrator (403 otherwise),
// before the request's body or query is even read.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeAdmin } from '../../platform/access/policy.js';
import type { Authenticator } from '../../platform/auth/authenticate.js';
import type { SecretBox } from '../../platform/auth/sealed.js';
import type { Config, SignupMode } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import type { Backups } from '../backup/backup.service.js';
import * as models from './admin.model.js';
import {
  AdminActionPageSchema,
  AdminActionQuerySchema,
  AdminBackupListSchema,
  AdminBackupSchema,
  AdminDeleteQuerySchema,
  AdminDeletionSchema,
  AdminInvitationBodySchema,
  AdminInvitationLinkSchema,
  AdminInvitationParamsSchema,
  AdminModelBodySchema,
  AdminModelSchema,
  AdminRoleBodySchema,
  AdminSignupBodySchema,
  AdminSignupSchema,
  AdminUserPageSchema,
  AdminUserParamsSchema,
  AdminUserQuerySchema,
  AdminUserSchema,
} from './admin.schema.js';
import * as service from './admin.service.js';
import * as signups from './admin.signup.js';

/** The account emails an administrator may have sent; absent when the server sends no email. */
export interface AccountEmails {
  passwordReset(email: string): Promise<void>;
  verification(email: string): Promise<void>;
}

export interface AdminRoutesOptions {
  db: Database;
  backups: Backups;
  /** SIGNUP: the sign-up mode when no administrator set one. */
  signup: SignupMode;
  appUrl: string;
  authenticator: Authenticator;
  emails: AccountEmails | undefined;
  /** The assistant's model from the environment (OPENAI_*), and the box its key is sealed in. */
  model: { environment: Config['model']; keys: SecretBox };
}

const tags = ['Administration'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;
const NO_EMAIL = (what: string) =>
  new AppError(
    'CONFLICT',
    `This server sends no email (SMTP_URL is not set), so it cannot send ${what}; the operator can set a password with \`npm run user:reset-password -- EMAIL\``,
  );

export const adminRoutes: FastifyPluginAsyncZod<AdminRoutesOptions> = async (
  app,
  { db, backups, signup, appUrl, authenticator, emails, model },
) => {
  app.addHook('onRequest', authenticator.hook);
  app.addHook('onRequest', async (request) => authorizeAdmin(db, request.userId));

  app.get(
    '/users',
    {
      schema: {
        tags,
        security,
        operationId: 'adminListUsers',
        summary: "The server's accounts (administrators only)",
        description:
          'In email order, paged; `email` keeps those whose address starts with it. Counts of tasks and lists, never their contents.',
        querystring: AdminUserQuerySchema,
        response: { 200: AdminUserPageSchema, ...problemResponses(...always) },
      },
    },
    async (request) => service.listUsers(db, request.query),
  );

  app.post(
    '/users/:id/disable',
    {
      schema: {
        tags,
        security,
        operationId: 'adminDisableUser',
        summary: 'Disable an account (administrators only)',
        description:
          'It cannot sign in; its sessions end now, and its JWTs and API keys are refused until it is enabled (its keys are kept). Not your own account, nor the last administrator (409).',
        params: AdminUserParamsSchema,
        response: { 200: AdminUserSchema, ...problemResponses(...always, 404, 409) },
      },
    },
    async (request) => service.disableUser(db, request.userId, request.params.id),
  );

  app.post(
    '/users/:id/enable',
    {
      schema: {
        tags,
        security,
        operationId: 'adminEnableUser',
        summary: 'Enable a disabled account (administrators only)',
        description: 'It may sign in again, and its API keys work again.',
        params: AdminUserParamsSchema,
        response: { 200: AdminUserSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => service.enableUser(db, request.userId, request.params.id),
  );

  app.post(
    '/users/:id/password-reset',
    {
      schema: {
        tags,
        security,
        operationId: 'adminSendPasswordReset',
        summary: 'Email the account a password reset link (administrators only)',
        description:
          'Queued for the mail sender. 409 when the server sends no email: the operator runs `npm run user:reset-password`.',
        params: AdminUserParamsSchema,
        response: { 204: z.undefined(), ...problemResponses(...always, 404, 409) },
      },
    },
    async (request, reply) => {
      if (!emails) throw NO_EMAIL('a password reset link');
      await service.sendAccountEmail(db, request.userId, request.params.id, 'password-reset', (email) =>
        emails.passwordReset(email),
      );
      return reply.code(204).send();
    },
  );

  app.post(
    '/users/:id/verification',
    {
      schema: {
        tags,
        security,
        operationId: 'adminSendVerification',
        summary: 'Email the account its address verification link again (administrators only)',
        description: '409 when the address is already verified, or when the server sends no email.',
        params: AdminUserParamsSchema,
        response: { 204: z.undefined(), ...problemResponses(...always, 404, 409) },
      },
    },
    async (request, reply) => {
      if (!emails) throw NO_EMAIL('a verification link');
      await service.sendAccountEmail(db, request.userId, request.params.id, 'verification', (email) =>
        emails.verification(email),
      );
      return reply.code(204).send();
    },
  );

  app.post(
    '/users/:id/admin',
    {
      schema: {
        tags,
        security,
        operationId: 'adminSetAdministrator',
        summary: 'Make an account an administrator, or no longer one (administrators only)',
        description: 'The last administrator stays one (409).',
        params: AdminUserParamsSchema,
        body: AdminRoleBodySchema,
        response: { 200: AdminUserSchema, ...problemResponses(...always, 404, 409) },
      },
    },
    async (request) => service.setAdministrator(db, request.userId, request.params.id, request.body.is_admin),
  );

  app.delete(
    '/users/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'adminDeleteUser',
        summary: 'Delete an account and everything it owns (administrators only)',
        description:
          'In one transaction. `shared_lists=transfer` hands each of its lists shared with others to its longest-standing editor (else viewer), tasks included; `delete` deletes them. Not your own account (DELETE /api/me), nor the last administrator (409).',
        params: AdminUserParamsSchema,
        querystring: AdminDeleteQuerySchema,
        response: { 200: AdminDeletionSchema, ...problemResponses(...always, 404, 409) },
      },
    },
    async (request) => service.deleteUser(db, request.userId, request.params.id, request.query.shared_lists),
  );

  app.get(
    '/actions',
    {
      schema: {
        tags,
        security,
        operationId: 'adminListActions',
        summary: 'The log of administrator actions, newest first (administrators only)',
        querystring: AdminActionQuerySchema,
        response: { 200: AdminActionPageSchema, ...problemResponses(...always) },
      },
    },
    async (request) => service.listActions(db, request.query),
  );

  app.get(
    '/backups',
    {
      schema: {
        tags,
        security,
        operationId: 'adminListBackups',
        summary: 'The backups in BACKUP_DIR, newest first, and their schedule (administrators only)',
        response: { 200: AdminBackupListSchema, ...problemResponses(...always) },
      },
    },
    async () => ({
      backups: await backups.list(),
      every_minutes: backups.config.everyMs === undefined ? null : backups.config.everyMs / 60_000,
      keep: backups.config.keep,
    }),
  );

  app.post(
    '/backups',
    {
      schema: {
        tags,
        security,
        operationId: 'adminCreateBackup',
        summary: 'Write a backup now (administrators only)',
        description:
          'One file in BACKUP_DIR, read from one snapshot while the server goes on serving (docs/operations.md, "Backups and restore"); the oldest past BACKUP_KEEP are removed. A request while one is being written answers that one.',
        response: { 201: AdminBackupSchema, ...problemResponses(...always) },
      },
    },
    async (request, reply) => {
      const summary = await backups.run();
      await service.logBackup(db, request.userId, summary.name, {
        bytes: summary.bytes,
        tables: summary.tables,
      });
      return reply
        .code(201)
        .send({ name: summary.name, bytes: summary.bytes, created_at: summary.created_at });
    },
  );

  app.get(
    '/model',
    {
      schema: {
        tags,
        security,
        operationId: 'adminGetModel',
        summary: "The assistant's model on this server (administrators only)",
        description:
          'Set here, else by OPENAI_* in the environment, else none (the built-in assistant). Never the key.',
        response: { 200: AdminModelSchema, ...problemResponses(...always) },
      },
    },
    async () => models.serverModelView(db, model.environment),
  );

  app.put(
    '/model',
    {
      schema: {
        tags,
        security,
        operationId: 'adminSetModel',
        summary: "Set the assistant's model for everyone without their own (administrators only)",
        description:
          'An OpenAI-compatible endpoint, model, mode and key (stored sealed, never returned); it overrides OPENAI_* until cleared. Users with their own model keep theirs.',
        body: AdminModelBodySchema,
        response: { 200: AdminModelSchema, ...problemResponses(...always, 422) },
      },
    },
    async (request) => models.setServerModel(db, request.userId, request.body, model.environment, model.keys),
  );

  app.delete(
    '/model',
    {
      schema: {
        tags,
        security,
        operationId: 'adminClearModel',
        summary: "Clear the administrators' model: OPENAI_* (or the built-in assistant) answers again",
        response: { 200: AdminModelSchema, ...problemResponses(...always) },
      },
    },
    async (request) => models.clearServerModel(db, request.userId, model.environment),
  );

  app.get(
    '/signup',
    {
      schema: {
        tags,
        security,
        operationId: 'adminGetSignup',
        summary: 'Who may make an account: the sign-up mode and the invitation links (administrators only)',
        response: { 200: AdminSignupSchema, ...problemResponses(...always) },
      },
    },
    async () => signups.signupSettings(db, signup),
  );

  app.put(
    '/signup',
    {
      schema: {
        tags,
        security,
        operationId: 'adminSetSignup',
        summary: 'Set the sign-up mode (administrators only)',
        description:
          'open, invite or closed; it overrides SIGNUP until it is set back to null. A server with no account takes its first in every mode.',
        body: AdminSignupBodySchema,
        response: { 200: AdminSignupSchema, ...problemResponses(...always, 422) },
      },
    },
    async (request) => signups.setSignupMode(db, request.userId, request.body.mode, signup),
  );

  app.post(
    '/invitations',
    {
      schema: {
        tags,
        security,
        operationId: 'adminCreateInvitation',
        summary: 'Make an invitation link to sign up (administrators only)',
        description: `A one-time link (APP_URL/?signup=ID#SECRET, answered only now) with which one person makes an account while sign-up is by invitation; it expires after \`days\`. At most ${signups.MAX_OPEN_INVITATIONS} unused links at once (409).`,
        body: AdminInvitationBodySchema,
        response: { 201: AdminInvitationLinkSchema, ...problemResponses(...always, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await signups.createInvitation(db, request.userId, appUrl, request.body)),
  );

  app.delete(
    '/invitations/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'adminRevokeInvitation',
        summary: 'Revoke an unused invitation link (administrators only)',
        params: AdminInvitationParamsSchema,
        response: { 204: z.undefined(), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await signups.revokeInvitation(db, request.userId, request.params.id);
      return reply.code(204).send();
    },
  );
};
