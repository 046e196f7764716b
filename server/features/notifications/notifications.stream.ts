// The inbox's part of a user's own event stream (GET .../events): a `notifications` frame whenever
// the unread count or the newest notification changes. The stream (events.routes.ts) is given it by
// the app (server/app.ts), so the events feature knows nothing of notifications.
import type { Database } from '../../platform/db/client.js';
import { inboxState } from './notifications.service.js';

/**
 * The `notifications` frames of a user's own stream: the unread count and the newest notification's
 * id whenever they change (none while the user has never had one). No id: Last-Event-ID stays the
 * task events'.
 */
export function inboxFrames(db: Database, userId: string): () => Promise<string | null> {
  let sent = '0:0';
  return async () => {
    const state = await inboxState(db, userId);
    const key = `${state.unread_count}:${state.latest_id}`;
    if (key === sent) return null;
    sent = key;
    return `event: notifications\ndata: ${JSON.stringify(state)}\n\n`;
  };
}
