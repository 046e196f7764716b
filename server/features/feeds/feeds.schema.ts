// The calendar feed contract. The feed's URL (with its secret) appears once, when it is made or
// regenerated.
import { z } from 'zod';
import { idParam } from '../../platform/http/params.js';

export const FeedInputSchema = z
  .strictObject({
    list_id: z
      .number()
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER)
      .nullable()
      .optional()
      .describe('The list whose tasks the feed shows; null or omitted: all the tasks you see'),
  })
  .meta({ id: 'CalendarFeedBody' });

export const FeedSchema = z
  .object({
    id: z.number().int(),
    list_id: z.number().int().nullable().describe('null: all the tasks you see'),
    list_name: z.string().nullable(),
    created_at: z.iso.datetime(),
    last_fetched_at: z.iso.datetime().nullable().describe('Last fetched by a calendar (to the minute)'),
  })
  .meta({ id: 'CalendarFeed' });

export const CreatedFeedSchema = FeedSchema.extend({
  url: z.string().describe('The feed (https or http). Shown once: it holds the secret.'),
  webcal_url: z.string().describe('The same feed as webcal://, which opens a calendar app'),
}).meta({ id: 'CreatedCalendarFeed' });

export const FeedListSchema = z
  .object({ calendar_feeds: z.array(FeedSchema) })
  .meta({ id: 'CalendarFeedList' });

export const FeedParamsSchema = z.strictObject({
  user_id: z.string().min(1).max(255),
  id: idParam('Calendar feed id'),
});
