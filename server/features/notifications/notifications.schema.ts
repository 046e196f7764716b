// The notifications inbox contract: what others did that concerns you, read or unread.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../../platform/db/schema.js';
import { idParam, UserParamsSchema } from '../../platform/http/params.js';

/** Notifications kept per user (older ones go as new ones come): the deepest a page may start. */
export const MAX_NOTIFICATIONS = 1000;

export const NotificationSchema = z
  .object({
    id: z.number().int(),
    kind: z
      .enum(NOTIFICATION_KINDS)
      .describe(
        'assigned (a task was assigned to you), comment (on a task you own, are assigned or commented on), ' +
          'mention (@your name in a comment), joined or left (your list), completed (a task of a shared list you are in)',
      ),
    actor: z.object({ id: z.string(), name: z.string() }).describe('Who did it'),
    task_id: z.number().int().nullable().describe('The task it is about (null for joined and left)'),
    list_id: z.number().int().nullable(),
    comment_id: z.number().int().nullable().describe('The comment, for comment and mention'),
    subject: z.string().describe("The task's title, or the list's name, as it was then"),
    excerpt: z.string().nullable().describe('The start of the comment, for comment and mention'),
    read: z.boolean(),
    read_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'Notification' });

export const NotificationPageSchema = z
  .object({
    notifications: z.array(NotificationSchema),
    unread_count: z.number().int().describe('Your unread notifications, all of them'),
    next_offset: z.number().int().nullable().describe('Pass as offset for the next page; null on the last'),
  })
  .meta({ id: 'NotificationPage' });

export const NotificationQuerySchema = z.strictObject({
  order: z
    .enum(['unread_first', 'newest'])
    .default('unread_first')
    .describe('unread_first: unread ones newest first, then read ones newest first; newest: by time only'),
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .describe('true: only unread ones; false: only read ones'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(MAX_NOTIFICATIONS).default(0),
});

export const NotificationParamsSchema = UserParamsSchema.extend({ id: idParam('The notification') });

export const NotificationPatchSchema = z
  .strictObject({ read: z.boolean().describe('true marks it read, false unread again') })
  .meta({ id: 'NotificationPatch' });

export const MarkAllReadSchema = z
  .object({
    marked: z.number().int().describe('How many were unread and are read now'),
    unread_count: z.number().int(),
  })
  .meta({ id: 'NotificationsMarkedRead' });

export type NotificationJson = z.output<typeof NotificationSchema>;
export type NotificationPage = z.output<typeof NotificationPageSchema>;
export type NotificationQuery = z.output<typeof NotificationQuerySchema>;
