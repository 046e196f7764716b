// Tasks and tags on the server, one call each: what the queries (queries.ts), the optimistic
// writes (mutations.ts), the offline outbox's replays and the editor send.
import { api, type Schemas, toApiError, unwrap } from '../api/client';
import type { NewTask, QuickAddParse, Task, TaskPatch } from '../api/types';

/** The user in every path: the server resolves `me` to whoever is signed in. */
export const ME = { user_id: 'me' };

/**
 * A write just made survives the page being left (a reload or a closed tab right after a click):
 * the browser finishes the request even as the page goes. Task writes are small, far under the
 * 64 KB that keepalive requests may carry at once.
 */
const OUTLIVES_THE_PAGE = { keepalive: true } as const;

/** One task with its ETag, for the editor's If-Match. */
export async function fetchTask(id: number): Promise<{ task: Task; etag: string | null }> {
  const { data, error, response } = await api.GET('/api/{user_id}/tasks/{id}', {
    params: { path: { ...ME, id: String(id) } },
    headers: { 'cache-control': 'no-cache' },
  });
  if (!response.ok || !data) throw toApiError(error, response);
  return { task: data, etag: response.headers.get('etag') };
}

export function createTask(body: NewTask, idempotencyKey: string) {
  return unwrap(
    api.POST('/api/{user_id}/tasks', {
      params: { path: ME },
      body,
      headers: { 'idempotency-key': idempotencyKey },
      ...OUTLIVES_THE_PAGE,
    }),
  );
}

/** What quick add would read from a line, without creating anything. */
/** Where a quick add goes and what it keeps as text: the list shown, the pieces whose chips were removed. */
export interface QuickAddPlace {
  listId?: number;
  keep?: string[];
}

export function previewQuickAdd(
  text: string,
  { listId, keep }: QuickAddPlace = {},
  signal?: AbortSignal,
): Promise<QuickAddParse> {
  // The dry run answers 200 with the parse; the schema's union also holds the 201 task.
  return unwrap(
    api.POST('/api/{user_id}/tasks/quick', {
      params: { path: ME, query: { dry_run: 'true' } },
      body: {
        text,
        ...(listId === undefined ? {} : { list_id: listId }),
        ...(keep?.length ? { keep } : {}),
      },
      signal,
    }),
  ) as Promise<QuickAddParse>;
}

export function quickAdd(
  text: string,
  idempotencyKey: string,
  listId?: number,
  parentId?: number,
  sectionId?: number,
  keep?: string[],
) {
  return unwrap(
    api.POST('/api/{user_id}/tasks/quick', {
      params: { path: ME },
      body: {
        text,
        ...(listId === undefined ? {} : { list_id: listId }),
        ...(keep?.length ? { keep } : {}),
        ...(parentId === undefined ? {} : { parent_id: parentId }),
        ...(sectionId === undefined ? {} : { section_id: sectionId }),
      },
      headers: { 'idempotency-key': idempotencyKey },
      ...OUTLIVES_THE_PAGE,
    }),
  ) as Promise<Task>;
}

export function updateTask(id: number, patch: TaskPatch, etag?: string | null) {
  return unwrap(
    api.PATCH('/api/{user_id}/tasks/{id}', {
      params: { path: { ...ME, id: String(id) } },
      body: patch,
      headers: etag ? { 'if-match': etag } : {},
      ...OUTLIVES_THE_PAGE,
    }),
  );
}

/** The occurrence a recurring task is at (its due_date or due_at), which a complete or skip names. */
export function occurrenceOf(task: Task): string | undefined {
  return task.recurrence ? (task.due_at ?? task.due_date ?? undefined) : undefined;
}

/** Naming the occurrence makes a retry or a double click complete it once, never the next one too. */
export function setCompleted(id: number, completed: boolean, occurrence?: string) {
  return unwrap(
    api.PATCH('/api/{user_id}/tasks/{id}/complete', {
      params: { path: { ...ME, id: String(id) } },
      body: { completed, ...(occurrence ? { occurrence } : {}) },
      ...OUTLIVES_THE_PAGE,
    }),
  );
}

/** Moves a recurring task to its next occurrence without a completed record. */
export function skipOccurrence(id: number, occurrence?: string) {
  return unwrap(
    api.POST('/api/{user_id}/tasks/{id}/skip', {
      params: { path: { ...ME, id: String(id) } },
      body: occurrence ? { occurrence } : {},
    }),
  );
}

/** Moves a task to another list, under another parent, or beside a sibling. */
export function moveTaskTo(
  id: number,
  body: { list_id?: number | null; parent_id?: number | null; before_id?: number; after_id?: number },
) {
  return unwrap(
    api.POST('/api/{user_id}/tasks/{id}/move', {
      params: { path: { ...ME, id: String(id) } },
      body,
      ...OUTLIVES_THE_PAGE,
    }),
  );
}

export type BulkAction = Schemas['BulkActionInput'];

/** One action on many tasks, all or nothing. */
export function bulkTasks(body: BulkAction) {
  return unwrap(api.POST('/api/{user_id}/tasks/bulk', { params: { path: ME }, body }));
}

export function deleteTask(id: number) {
  return unwrap(api.DELETE('/api/{user_id}/tasks/{id}', { params: { path: { ...ME, id: String(id) } } }));
}

export function renameTag(name: string, newName: string) {
  return unwrap(
    api.PATCH('/api/{user_id}/tags/{name}', { params: { path: { ...ME, name } }, body: { name: newName } }),
  );
}

export function deleteTag(name: string) {
  return unwrap(api.DELETE('/api/{user_id}/tags/{name}', { params: { path: { ...ME, name } } }));
}

/** A key that makes a retried create safe; randomUUID needs a secure context, a LAN http page may lack it. */
export function newIdempotencyKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}
