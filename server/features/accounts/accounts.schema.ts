// The account contract: profile, password change, sessions, account deletion.
import { z } from 'zod';

export const ProfileSchema = z
  .object({
    id: z.string(),
    email: z.string().nullable().describe('null for users known only from an external token'),
    name: z.string().nullable(),
    created_at: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Profile' });

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
