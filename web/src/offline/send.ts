// Sends one write of the outbox (outbox.ts drains the queue in order): a create with its
// Idempotency-Key; a change only if the task is still as it was when the change was made (its
// updated_at, then If-Match on the version read just before), else a conflict; a change the
// server already shows is not sent again. Loaded with the first write to send.
import { api } from '../api/client';
import type { Task } from '../api/types';
import type { MoveTarget, OutboxEntry, OutboxState, QueuedWrite } from './writes';

export type Outcome =
  | { sent: Task | null }
  | { problem: NonNullable<OutboxEntry['problem']> }
  | 'retry-later';

const ME = { user_id: 'me' };

function serverId(taskId: number, created: OutboxState['created']): number | undefined {
  return taskId < 0 ? created[String(taskId)] : taskId;
}

/** Whether the server's task already shows this change (an earlier try got through unanswered). */
function alreadyApplied(write: QueuedWrite, task: Task): boolean {
  if (write.kind === 'complete') {
    if (!write.occurrence) return task.completed === write.completed;
    // A recurring task's occurrence: completed once the task has left it, taken back once it is at it again.
    const atIt = !task.completed && (task.due_at ?? task.due_date) === write.occurrence;
    return write.completed !== atIt;
  }
  if (write.kind === 'move') {
    // A place beside a sibling cannot be read back from the task alone: that move is sent again.
    if (write.to.before_id !== undefined || write.to.after_id !== undefined) return false;
    return (
      (write.to.list_id === undefined || task.list_id === write.to.list_id) &&
      (write.to.parent_id === undefined || task.parent_id === write.to.parent_id) &&
      (write.to.section_id === undefined || task.section_id === write.to.section_id)
    );
  }
  if (write.kind === 'update') {
    return Object.entries(write.patch).every(
      ([field, value]) => JSON.stringify(task[field as keyof Task] ?? null) === JSON.stringify(value ?? null),
    );
  }
  return false;
}

const refusal = (status: number, detail?: string) => ({
  problem: {
    kind: status === 412 ? ('conflict' as const) : ('refused' as const),
    message:
      status === 412
        ? 'it changed elsewhere while you were offline'
        : `the server refused it (${detail ?? `HTTP ${status}`})`,
  },
});

export async function send(entry: OutboxEntry, created: OutboxState['created']): Promise<Outcome> {
  const { write } = entry;
  const headers = { 'idempotency-key': entry.key };
  if (write.kind === 'create' || write.kind === 'quick') {
    const { data, error, response } =
      write.kind === 'create'
        ? await api.POST('/api/{user_id}/tasks', { params: { path: ME }, body: write.body, headers })
        : await api.POST('/api/{user_id}/tasks/quick', {
            params: { path: ME },
            body: {
              text: write.text,
              ...(write.listId === undefined ? {} : { list_id: write.listId }),
              ...(write.sectionId === undefined ? {} : { section_id: write.sectionId }),
              ...(write.keep?.length ? { keep: write.keep } : {}),
            },
            headers,
          });
    if (!response.ok) return failed(response, error);
    let task = data as Task;
    if (write.kind === 'quick' && write.dueOn && !task.due_date && !task.due_at && !task.recurrence) {
      const due = await api.PATCH('/api/{user_id}/tasks/{id}', {
        params: { path: { ...ME, id: String(task.id) } },
        body: { due_date: write.dueOn },
      });
      if (due.response.ok && due.data) task = due.data;
    }
    return { sent: task };
  }

  const id = serverId(write.taskId, created);
  if (id === undefined) return { problem: { kind: 'refused', message: 'its task was never created' } };
  let to: MoveTarget | undefined;
  if (write.kind === 'move') {
    to = {};
    for (const [field, value] of Object.entries(write.to) as [
      keyof MoveTarget,
      number | null | undefined,
    ][]) {
      if (value === undefined) continue;
      const mapped =
        field === 'list_id' || field === 'section_id' || value === null ? value : serverId(value, created);
      if (mapped === undefined) {
        return { problem: { kind: 'refused', message: 'the task it was moved to was never created' } };
      }
      to[field] = mapped as never;
    }
  }
  const path = { ...ME, id: String(id) };
  const current = await api.GET('/api/{user_id}/tasks/{id}', {
    params: { path },
    headers: { 'cache-control': 'no-cache' },
  });
  if (current.response.status === 404) {
    return write.kind === 'delete'
      ? { sent: null }
      : { problem: { kind: 'conflict', message: 'it was deleted elsewhere' } };
  }
  if (!current.response.ok || !current.data) return failed(current.response, current.error);
  const task = current.data;
  if (entry.base && task.updated_at !== entry.base) {
    if (alreadyApplied(write, task)) return { sent: task };
    return refusal(412);
  }
  const etag = current.response.headers.get('etag');
  const guard = entry.base && etag ? { 'if-match': etag } : {};
  const answer =
    write.kind === 'complete'
      ? await api.PATCH('/api/{user_id}/tasks/{id}/complete', {
          params: { path },
          body: { completed: write.completed, ...(write.occurrence ? { occurrence: write.occurrence } : {}) },
          headers: guard,
        })
      : write.kind === 'update'
        ? await api.PATCH('/api/{user_id}/tasks/{id}', {
            params: { path },
            body: write.patch,
            headers: guard,
          })
        : write.kind === 'move'
          ? await api.POST('/api/{user_id}/tasks/{id}/move', {
              params: { path },
              body: to ?? {},
              headers: guard,
            })
          : await api.DELETE('/api/{user_id}/tasks/{id}', { params: { path }, headers: guard });
  if (answer.response.status === 404 && write.kind === 'delete') return { sent: null };
  if (!answer.response.ok) return failed(answer.response, answer.error);
  const data = answer.data as unknown;
  return { sent: data && typeof data === 'object' && 'updated_at' in data ? (data as Task) : null };
}

function failed(response: Response, error: unknown): Outcome {
  // The server is busy or down: try again later, in the same order.
  if (response.status >= 500 || response.status === 429 || response.status === 401) return 'retry-later';
  const detail = (error as { detail?: string } | undefined)?.detail;
  return refusal(response.status, detail);
}
