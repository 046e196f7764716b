// The live updates' contract: the streams take where to resume and answer Server-Sent Events (the
// events' shapes are in the routes' descriptions).
import { z } from 'zod';

export const EventsQuerySchema = z.strictObject({
  last_event_id: z.string().max(20).optional().describe('For clients that cannot send Last-Event-ID'),
});

export const EventStreamSchema = z.string().describe('text/event-stream');
