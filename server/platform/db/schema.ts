// The database schema: every table, one file per part of the product under ./schema/ (a feature's
// tables, or the HTTP layer's). drizzle-kit generates the SQL migrations in ./drizzle from this
// index (drizzle.config.ts), and the code imports tables from it.
import { accounts, jwks, sessions, users, verifications } from './schema/accounts.js';
import { adminActions } from './schema/admin.js';
import { apiKeys } from './schema/apikeys.js';
import { conversations, messages } from './schema/chat.js';
import { taskEvents } from './schema/events.js';
import { idempotencyKeys, rateLimits } from './schema/http.js';
import { lists } from './schema/lists.js';
import { emailOutbox } from './schema/mail.js';
import { notifications } from './schema/notifications.js';
import { pushDeliveries, pushSubscriptions, vapidKeys } from './schema/push.js';
import { sections } from './schema/sections.js';
import { userSettings } from './schema/settings.js';
import { listInvitations, listMembers, taskActivity, taskComments } from './schema/sharing.js';
import { tasks } from './schema/tasks.js';
import { webhookDeliveries, webhooks } from './schema/webhooks.js';

export * from './schema/accounts.js';
export * from './schema/admin.js';
export * from './schema/apikeys.js';
export * from './schema/caldav.js';
export * from './schema/chat.js';
export * from './schema/events.js';
export * from './schema/feeds.js';
export * from './schema/filters.js';
export * from './schema/http.js';
export * from './schema/lists.js';
export * from './schema/mail.js';
export * from './schema/notifications.js';
export * from './schema/push.js';
export * from './schema/reminders.js';
export * from './schema/second-factor.js';
export * from './schema/sections.js';
export * from './schema/settings.js';
export * from './schema/sharing.js';
export * from './schema/tasks.counts.js';
export * from './schema/tasks.js';
export * from './schema/webhooks.js';

/** The tables the Drizzle client is given (queries through db.query). */
export const schema = {
  lists,
  sections,
  listMembers,
  listInvitations,
  taskComments,
  taskActivity,
  tasks,
  users,
  sessions,
  accounts,
  verifications,
  jwks,
  apiKeys,
  rateLimits,
  idempotencyKeys,
  userSettings,
  conversations,
  messages,
  taskEvents,
  webhooks,
  webhookDeliveries,
  pushSubscriptions,
  pushDeliveries,
  vapidKeys,
  emailOutbox,
  adminActions,
  notifications,
};
