// The outbox against a fake server: creates carry one Idempotency-Key on every try, changes go
// with If-Match on the version they were made on, a task changed elsewhere becomes a conflict
// (never overwritten unasked), and a change that already got through is not sent twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Task } from '../api/types';
import { task } from '../test/render';
import { discard, enqueue, outboxEntries, overwrite, replayOutbox, setOutboxUser } from './outbox';

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

let server: Map<number, Task & { version: number }>;
let sent: Sent[];
let offline: boolean;

beforeEach(() => {
  localStorage.clear();
  server = new Map([[1, { ...task(1, 'Buy milk', { updated_at: '2026-01-01T00:00:00.000Z' }), version: 3 }]]);
  sent = [];
  offline = false;
  vi.stubGlobal('fetch', async (request: Request) => {
    if (offline) throw new TypeError('Failed to fetch');
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.json();
    sent.push({
      method: request.method,
      path: url.pathname,
      headers: Object.fromEntries(request.headers),
      body,
    });
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      new Response(JSON.stringify(value), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      });
    if (url.pathname === '/api/me/tasks/quick' && request.method === 'POST') {
      const id = server.size + 1;
      const { text, list_id, section_id } = body as { text: string; list_id?: number; section_id?: number };
      const made = {
        ...task(id, text, { list_id: list_id ?? null, section_id: section_id ?? null }),
        version: 1,
      };
      server.set(id, made);
      return json(201, made);
    }
    if (url.pathname === '/api/me/tasks' && request.method === 'POST') {
      const id = server.size + 1;
      const made = { ...task(id, (body as { title: string }).title), version: 1 };
      server.set(id, made);
      return json(201, made);
    }
    const id = Number(url.pathname.split('/')[4]);
    const found = server.get(id);
    if (!found) return json(404, { error_code: 'NOT_FOUND', detail: 'No such task' });
    const etag = `"${found.version}"`;
    if (request.method === 'GET') return json(200, found, { etag });
    const ifMatch = request.headers.get('if-match');
    if (ifMatch && ifMatch !== etag) return json(412, { error_code: 'PRECONDITION_FAILED' });
    if (request.method === 'DELETE') {
      server.delete(id);
      return new Response(null, { status: 204 });
    }
    Object.assign(found, body, {
      version: found.version + 1,
      updated_at: new Date(Date.now() + found.version).toISOString(),
    });
    return json(200, found, { etag: `"${found.version}"` });
  });
  setOutboxUser('user-1');
});

afterEach(() => {
  setOutboxUser(null);
  vi.unstubAllGlobals();
});

describe('the outbox', () => {
  it('keeps writes in order while offline and sends each once, with If-Match, when back', async () => {
    enqueue({ kind: 'create', taskId: -1, body: { title: 'Post the letter' } }, 'Post the letter', {
      key: 'k-1',
    });
    enqueue({ kind: 'complete', taskId: -1, completed: true }, 'Post the letter');
    enqueue({ kind: 'update', taskId: 1, patch: { title: 'Buy oat milk' } }, 'Buy oat milk', {
      base: '2026-01-01T00:00:00.000Z',
    });
    offline = true;
    expect(await replayOutbox()).toBe(0);
    expect(outboxEntries()).toHaveLength(3);
    // Kept per user in localStorage: a reload finds them.
    expect(localStorage.getItem('doable.outbox.user-1')).toContain('Post the letter');

    offline = false;
    expect(await replayOutbox()).toBe(3);
    expect(outboxEntries()).toHaveLength(0);
    expect(server.get(2)).toMatchObject({ title: 'Post the letter', completed: true });
    expect(server.get(1)).toMatchObject({ title: 'Buy oat milk' });
    const writes = sent.filter((s) => s.method !== 'GET');
    expect(writes.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /api/me/tasks',
      'PATCH /api/me/tasks/2/complete',
      'PATCH /api/me/tasks/1',
    ]);
    expect(writes[0]?.headers['idempotency-key']).toBe('k-1');
    expect(writes[1]?.headers['if-match']).toBe('"1"');
    expect(writes[2]?.headers['if-match']).toBe('"3"');
  });

  it('sends a quick add made offline in a board’s column into its list and section', async () => {
    enqueue({ kind: 'quick', taskId: -1, text: 'Order badges', listId: 7, sectionId: 21 }, 'Order badges', {
      key: 'k-2',
    });
    expect(await replayOutbox()).toBe(1);
    expect(sent.find((s) => s.path === '/api/me/tasks/quick')?.body).toEqual({
      text: 'Order badges',
      list_id: 7,
      section_id: 21,
    });
    expect(server.get(2)).toMatchObject({ title: 'Order badges', list_id: 7, section_id: 21 });
  });

  it('sends a quick add made offline with the pieces whose chips were taken out', async () => {
    enqueue({ kind: 'quick', taskId: -1, text: 'Read Friday Night Lights', keep: ['Friday'] }, 'Read', {
      key: 'k-3',
    });
    expect(await replayOutbox()).toBe(1);
    expect(sent.find((s) => s.path === '/api/me/tasks/quick')?.body).toEqual({
      text: 'Read Friday Night Lights',
      keep: ['Friday'],
    });
  });

  it('holds a change to a task that changed elsewhere as a conflict, until the person settles it', async () => {
    enqueue({ kind: 'update', taskId: 1, patch: { title: 'Mine' } }, 'Mine', {
      base: '2025-12-31T00:00:00.000Z',
    });
    expect(await replayOutbox()).toBe(0);
    expect(outboxEntries()[0]?.problem).toEqual({
      kind: 'conflict',
      message: 'it changed elsewhere while you were offline',
    });
    expect(server.get(1)?.title).toBe('Buy milk');
    overwrite(outboxEntries()[0]!.id);
    expect(await replayOutbox()).toBe(1);
    expect(server.get(1)?.title).toBe('Mine');

    enqueue({ kind: 'complete', taskId: 1, completed: true }, 'Mine', { base: '2020-01-01T00:00:00.000Z' });
    server.get(1)!.completed = true;
    // Already done on the server (an earlier try got through unanswered): not sent again.
    expect(await replayOutbox()).toBe(1);
    expect(sent.filter((s) => s.path.endsWith('/complete'))).toHaveLength(0);

    enqueue({ kind: 'update', taskId: 7, patch: { title: 'Gone' } }, 'Gone', {
      base: '2020-01-01T00:00:00.000Z',
    });
    await replayOutbox();
    expect(outboxEntries()[0]?.problem?.message).toBe('it was deleted elsewhere');
    discard(outboxEntries()[0]!.id);
    expect(outboxEntries()).toHaveLength(0);
  });

  it('drops a task made and deleted offline without sending either', async () => {
    enqueue({ kind: 'create', taskId: -5, body: { title: 'Never mind' } }, 'Never mind');
    enqueue({ kind: 'delete', taskId: -5 }, 'Never mind');
    expect(outboxEntries()).toHaveLength(0);
    expect(await replayOutbox()).toBe(0);
    expect(sent).toEqual([]);
  });

  it('sends a move with If-Match, naming a task made offline by its id on the server', async () => {
    enqueue({ kind: 'create', taskId: -2, body: { title: 'Errands' } }, 'Errands', { key: 'k-2' });
    enqueue({ kind: 'move', taskId: 1, to: { parent_id: -2 } }, 'Buy milk', {
      base: '2026-01-01T00:00:00.000Z',
    });
    enqueue({ kind: 'move', taskId: 1, to: { list_id: null, after_id: -2 } }, 'Buy milk');
    offline = true;
    expect(await replayOutbox()).toBe(0);
    offline = false;
    expect(await replayOutbox()).toBe(3);
    const writes = sent.filter((s) => s.method !== 'GET');
    expect(writes.map((s) => [`${s.method} ${s.path}`, s.body])).toEqual([
      ['POST /api/me/tasks', { title: 'Errands' }],
      ['POST /api/me/tasks/1/move', { parent_id: 2 }],
      ['POST /api/me/tasks/1/move', { list_id: null, after_id: 2 }],
    ]);
    expect(writes[1]?.headers['if-match']).toBe('"3"');
    // The second move was made on the version the first left.
    expect(writes[2]?.headers['if-match']).toBe('"4"');
  });

  it('does not send a move again that the server already shows, and holds one made on an old version', async () => {
    server.get(1)!.list_id = 9;
    enqueue({ kind: 'move', taskId: 1, to: { list_id: 9 } }, 'Buy milk', {
      base: '2020-01-01T00:00:00.000Z',
    });
    expect(await replayOutbox()).toBe(1);
    // A place beside a sibling cannot be read back: made on an old version, it waits as a conflict.
    enqueue({ kind: 'move', taskId: 1, to: { before_id: 5 } }, 'Buy milk', {
      base: '2020-01-01T00:00:00.000Z',
    });
    expect(await replayOutbox()).toBe(0);
    expect(sent.filter((s) => s.path.endsWith('/move'))).toEqual([]);
    expect(outboxEntries()[0]?.problem?.kind).toBe('conflict');
  });
});
