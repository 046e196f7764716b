import { boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { instant } from './columns.js';

// Second factors: the tables of Better Auth's two-factor and passkey plugins
// (server/features/accounts/second-factor.ts). Property names are Better Auth's field names.

/**
 * An account's authenticator app (TOTP). `secret` and `backupCodes` are encrypted with the auth
 * secret by Better Auth; `verified` turns true when the first code is confirmed.
 */
export const twoFactors = pgTable(
  'two_factors',
  {
    id: text('id').primaryKey(),
    secret: text('secret').notNull(),
    backupCodes: text('backup_codes').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    verified: boolean('verified').notNull().default(true),
    /** Wrong codes in a row at sign-in; at 10 the account's second step is locked for 15 minutes. */
    failedVerificationCount: integer('failed_verification_count').notNull().default(0),
    lockedUntil: instant('locked_until'),
  },
  (t) => [index('two_factors_user_idx').on(t.userId)],
);

/** A WebAuthn credential (a passkey): its public key only; the private key never leaves the device. */
export const passkeys = pgTable(
  'passkeys',
  {
    id: text('id').primaryKey(),
    name: text('name'),
    publicKey: text('public_key').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    credentialID: text('credential_id').notNull(),
    counter: integer('counter').notNull(),
    deviceType: text('device_type').notNull(),
    backedUp: boolean('backed_up').notNull(),
    transports: text('transports'),
    createdAt: instant('created_at').defaultNow(),
    aaguid: text('aaguid'),
  },
  (t) => [index('passkeys_user_idx').on(t.userId), index('passkeys_credential_idx').on(t.credentialID)],
);
