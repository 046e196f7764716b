// Reminders across tasks, as their recipient sees them: what is coming (the schedule of tasks they
// own and are not assigned away from, or are assigned to) and what fired to them (their `reminder`
// events, which say exactly whom each reached).
import { type Database, rawQuery } from '../../platform/db/client.js';
import type { RemindersQuery } from './reminders.schema.js';

interface Row {
  task_id: number | string;
  title: string;
  list_id: number | string | null;
  due_date: string | null;
  due_at: string | null;
  fire_at: string;
  reminder: unknown;
  sent_at: string | null;
}

const PENDING = `
  select r.task_id, t.title, t.list_id, t.due_date::text as due_date, doable_iso(t.due_at) as due_at,
    doable_iso(r.fire_at) as fire_at, r.reminder, null as sent_at
  from tasks t join task_reminders r on r.task_id = t.id and r.sent_at is null
  where ((t.user_id = $1 and (t.assignee_id is null or t.assignee_id = $1)) or t.assignee_id = $1)
    and not t.completed
  order by r.fire_at, r.task_id
  limit $2`;

const SENT = `
  select e.task_id, e.data->>'title' as title, (e.data->>'list_id')::bigint as list_id,
    e.data->>'due_date' as due_date, e.data->>'due_at' as due_at,
    e.detail->>'fire_at' as fire_at, e.detail - 'fire_at' as reminder, doable_iso(e.created_at) as sent_at
  from task_events e
  where e.user_id = $1 and e.type = 'reminder' and e.created_at > $2::timestamptz
  order by e.seq desc nulls first, e.id desc
  limit $3`;

export async function listReminders(db: Database, userId: string, query: RemindersQuery) {
  const rows =
    query.state === 'pending'
      ? await rawQuery<Row>(db, PENDING, [userId, query.limit])
      : await rawQuery<Row>(db, SENT, [
          userId,
          query.since ?? new Date(Date.now() - 86_400_000).toISOString(),
          query.limit,
        ]);
  return {
    reminders: rows.map((r) => ({
      task_id: Number(r.task_id),
      title: r.title,
      list_id: r.list_id === null ? null : Number(r.list_id),
      due_date: r.due_date,
      due_at: r.due_at,
      fire_at: r.fire_at,
      reminder: (typeof r.reminder === 'string' ? JSON.parse(r.reminder) : r.reminder) as {
        at?: string;
        minutes_before?: number;
      },
      sent_at: r.sent_at,
    })),
  };
}
