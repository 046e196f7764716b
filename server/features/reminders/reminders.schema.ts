// The shapes of the reminders list: what is coming and what has fired, across tasks.
import { z } from 'zod';

export const RemindersQuerySchema = z.strictObject({
  state: z
    .enum(['pending', 'sent'])
    .default('pending')
    .describe(
      'pending: coming, soonest first; sent: fired (to you), newest first, e.g. the ones missed while away',
    ),
  since: z.iso
    .datetime({ offset: true, message: 'since must be an ISO 8601 instant with an offset or Z' })
    .optional()
    .describe('For sent: fired after this instant (default: the last 24 hours; kept a week)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type RemindersQuery = z.output<typeof RemindersQuerySchema>;

export const ReminderEntrySchema = z
  .object({
    task_id: z.number().int(),
    title: z.string(),
    list_id: z.number().int().nullable(),
    due_date: z.string().nullable(),
    due_at: z.string().nullable(),
    fire_at: z.string().describe('When it fires (pending) or fired (sent)'),
    reminder: z.object({ at: z.string().optional(), minutes_before: z.number().int().optional() }),
    sent_at: z.string().nullable(),
  })
  .meta({ id: 'ReminderEntry' });

export const ReminderListSchema = z
  .object({ reminders: z.array(ReminderEntrySchema) })
  .meta({ id: 'ReminderList' });
