// The account contract: profile, password change, sessions, account deletion, and what the sign-in
// page may offer (sign-up's mode).
import { z } from 'zod';
import { SIGNUP_MODES } from '../../platform/config.js';

export const ProfileSchema = z
  .object({
    id: z.string(),
    email: z.string().nullable().describe('null for users known only from an external token'),
    name: z.string().nullable(),
    created_at: z.iso.datetime().nullable(),
    is_admin: z
      .boolean()
      .describe("Whether you are the server's administrator (the first account made on it is)"),
    email_verified: z
      .boolean()
      .describe('Whether your address is verified: invitations sent to it reach you only once it is'),
  })
  .meta({ id: 'Profile' });

export const SignupModeSchema = z
  .enum(SIGNUP_MODES)
  .describe(
    "open: anyone may create an account; invite: only an address with a pending list invitation, or through an invitation link (a list's or an administrator's); closed: nobody (accounts are made by the administrator)",
  );

export const AuthOptionsSchema = z
  .object({
    signup: SignupModeSchema,
    email: z.boolean().describe('Whether this server sends email (verification and reset links)'),
    sso: z
      .object({ name: z.string().describe('The identity provider’s name, for "Sign in with <name>"') })
      .nullable()
      .describe('Single sign-on with an OpenID provider (OIDC_ISSUER): null when it is off'),
  })
  .meta({ id: 'AuthOptions', description: 'What the sign-in page may offer on this server.' });

const password = (field: string, min: number) =>
  z
    .string()
    .min(min, `${field} must be at least ${min} characters`)
    .max(128, `${field} must be at most 128 characters`);

export const PasswordChangeSchema = z
  .strictObject({
    current_password: password('current_password', 1),
    new_password: password('new_password', 8),
  })
  .meta({ id: 'PasswordChange', description: 'Every other session is signed out.' });

export const SessionSchema = z
  .object({
    id: z.string(),
    created_at: z.iso.datetime(),
    expires_at: z.iso.datetime(),
    ip_address: z.string().nullable(),
    user_agent: z.string().nullable(),
    current: z.boolean().describe('Whether this is the session making the request'),
  })
  .meta({ id: 'Session' });

export const SessionListSchema = z.object({ sessions: z.array(SessionSchema) }).meta({ id: 'SessionList' });

export const SessionParamsSchema = z.strictObject({ id: z.string().min(1).max(128) });

export const AccountDeletionSchema = z
  .strictObject({ password: password('password', 1).optional() })
  .nullish()
  .meta({ description: 'The password is required when the account has one.' });
