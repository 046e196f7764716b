// Sections of a list: adding, renaming, reordering and deleting them, tasks in them
// (create, PATCH, PUT, move, quick add, subtasks following their parent), the rules across lists,
// a shared list's viewer and editor, another user's ids, bad input of every kind, live events, and
// the export and import round trip (Doable JSON, Todoist sections, TickTick columns).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
type As = ReturnType<TestServer['as']>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

let users = 0;
const fresh = () => server.as(`sectioner-${++users}`);

const post = async (as: As, path: string, body: unknown, status = 201) =>
  ok(as('POST', path, { body }), status);
const list = (as: As, name = 'Home') => post(as, '/api/me/lists', { name });
const section = (as: As, listId: number, name: string, more: object = {}) =>
  post(as, '/api/me/sections', { list_id: listId, name, ...more });
const task = (as: As, body: object) => post(as, '/api/me/tasks', body);
const sectionsOf = async (as: As, listId: number) =>
  (await ok(as('GET', `/api/me/sections?list_id=${listId}`))).sections;
const names = async (as: As, listId: number) => (await sectionsOf(as, listId)).map((s: any) => s.name);
const get = async (as: As, id: number) => ok(as('GET', `/api/me/tasks/${id}`));

describe('sections of a list', () => {
  it('are added in order, read, renamed, reordered and deleted', async () => {
    const me = fresh();
    const home = await list(me);
    expect(await sectionsOf(me, home.id)).toEqual([]);
    const res = await me('POST', '/api/me/sections', { body: { list_id: home.id, name: '  Kitchen  ' } });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/sectioner-${users}/sections/${res.body.id}`);
    expect(res.body).toMatchObject({ list_id: home.id, name: 'Kitchen' });
    const kitchen = res.body;
    const garden = await section(me, home.id, 'Garden');
    const attic = await section(me, home.id, 'Attic');
    expect(await names(me, home.id)).toEqual(['Kitchen', 'Garden', 'Attic']);
    expect(await ok(me('GET', `/api/me/sections/${garden.id}`))).toEqual(garden);

    // Before, after, at a position; a new one placed before the first.
    await ok(me('PATCH', `/api/me/sections/${attic.id}`, { body: { before_id: kitchen.id } }));
    expect(await names(me, home.id)).toEqual(['Attic', 'Kitchen', 'Garden']);
    await ok(me('PATCH', `/api/me/sections/${attic.id}`, { body: { after_id: kitchen.id } }));
    expect(await names(me, home.id)).toEqual(['Kitchen', 'Attic', 'Garden']);
    await ok(me('PATCH', `/api/me/sections/${garden.id}`, { body: { after_id: kitchen.id } }));
    expect(await names(me, home.id)).toEqual(['Kitchen', 'Garden', 'Attic']);
    await section(me, home.id, 'Porch', { before_id: kitchen.id });
    expect(await names(me, home.id)).toEqual(['Porch', 'Kitchen', 'Garden', 'Attic']);
    const renamed = await ok(me('PATCH', `/api/me/sections/${kitchen.id}`, { body: { name: 'Cooking' } }));
    expect(renamed).toMatchObject({ id: kitchen.id, name: 'Cooking', position: kitchen.position });
    await ok(me('PATCH', `/api/me/sections/${kitchen.id}`, { body: { position: 1e15 } }));
    expect(await names(me, home.id)).toEqual(['Porch', 'Garden', 'Attic', 'Cooking']);

    expect((await me('DELETE', `/api/me/sections/${garden.id}`)).status).toBe(204);
    expect(await names(me, home.id)).toEqual(['Porch', 'Attic', 'Cooking']);
    expectProblem(await me('GET', `/api/me/sections/${garden.id}`), 404, 'NOT_FOUND');
  });

  it('keep their order through many moves into one gap (the list is renumbered once)', async () => {
    const me = fresh();
    const home = await list(me);
    const a = await section(me, home.id, 'A');
    const b = await section(me, home.id, 'B');
    const moved: string[] = [];
    // Each new section goes just after A: the gap between A and its neighbour halves every time.
    for (let i = 0; i < 60; i++) {
      const s = await section(me, home.id, `S${i}`, { after_id: a.id });
      moved.unshift(s.name);
    }
    expect(await names(me, home.id)).toEqual(['A', ...moved, 'B']);
    expect(b.id).toBeGreaterThan(a.id);
  });

  it('are at most 200 a list (409), and each list has its own', async () => {
    const me = fresh();
    const home = await list(me);
    const other = await list(me, 'Other');
    for (let i = 0; i < 200; i++) await section(me, home.id, `S${i}`);
    const over = await me('POST', '/api/me/sections', { body: { list_id: home.id, name: 'One more' } });
    expectProblem(over, 409, 'CONFLICT');
    expect((await sectionsOf(me, home.id)).length).toBe(200);
    await section(me, other.id, 'Fine');
  });

  it('refuse bad input of every kind with a problem, changing nothing', async () => {
    const me = fresh();
    const home = await list(me);
    const other = await list(me, 'Other');
    const kitchen = await section(me, home.id, 'Kitchen');
    const elsewhere = await section(me, other.id, 'Elsewhere');
    const before = JSON.stringify(await sectionsOf(me, home.id));
    const bad: [string, string, unknown][] = [
      ['POST', '/api/me/sections', {}],
      ['POST', '/api/me/sections', { list_id: home.id }],
      ['POST', '/api/me/sections', { list_id: home.id, name: '' }],
      ['POST', '/api/me/sections', { list_id: home.id, name: '   ' }],
      ['POST', '/api/me/sections', { list_id: home.id, name: '\u200b' }],
      ['POST', '/api/me/sections', { list_id: home.id, name: 'x'.repeat(101) }],
      ['POST', '/api/me/sections', { list_id: home.id, name: 'Bell\u0007' }],
      ['POST', '/api/me/sections', { list_id: home.id, name: 'Evil\u202e' }],
      ['POST', '/api/me/sections', { list_id: home.id, name: 42 }],
      ['POST', '/api/me/sections', { list_id: 'home', name: 'X' }],
      ['POST', '/api/me/sections', { list_id: -1, name: 'X' }],
      ['POST', '/api/me/sections', { list_id: 987654321, name: 'X' }],
      ['POST', '/api/me/sections', { list_id: home.id, name: 'X', color: '#ffffff' }],
      ['POST', '/api/me/sections', { list_id: home.id, name: 'X', position: 1, before_id: kitchen.id }],
      ['POST', '/api/me/sections', { list_id: home.id, name: 'X', before_id: elsewhere.id }],
      ['POST', '/api/me/sections', { list_id: home.id, name: 'X', after_id: 987654321 }],
      ['PATCH', `/api/me/sections/${kitchen.id}`, {}],
      ['PATCH', `/api/me/sections/${kitchen.id}`, { name: '' }],
      ['PATCH', `/api/me/sections/${kitchen.id}`, { list_id: other.id }],
      ['PATCH', `/api/me/sections/${kitchen.id}`, { before_id: kitchen.id }],
      ['PATCH', `/api/me/sections/${kitchen.id}`, { after_id: elsewhere.id }],
      ['PATCH', `/api/me/sections/${kitchen.id}`, { before_id: elsewhere.id, after_id: elsewhere.id }],
      ['PATCH', `/api/me/sections/${kitchen.id}`, { position: 'first' }],
    ];
    for (const [method, path, body] of bad) {
      const res = await me(method, path, { body });
      expectProblem(res, 422, 'VALIDATION_ERROR');
    }
    const raw = await me('POST', '/api/me/sections', {
      rawBody: '{"list_id":',
      headers: { 'content-type': 'application/json' },
    });
    expect(raw.status).toBe(400);
    expect(raw.headers.get('content-type')).toMatch(/problem\+json/);
    for (const query of ['', 'list_id=abc', 'list_id=1&x=2']) {
      expectProblem(await me('GET', `/api/me/sections?${query}`), 422, 'VALIDATION_ERROR');
    }
    expectProblem(await me('GET', '/api/me/sections?list_id=987654321'), 404, 'NOT_FOUND');
    expectProblem(await me('GET', '/api/me/sections/abc'), 422, 'VALIDATION_ERROR');
    expectProblem(await me('DELETE', `/api/me/sections/${kitchen.id}?tasks=all`), 422, 'VALIDATION_ERROR');
    expectProblem(
      await me('PATCH', '/api/me/sections/99999999999999999999', { body: { name: 'X' } }),
      404,
      'NOT_FOUND',
    );
    expect(JSON.stringify(await sectionsOf(me, home.id))).toBe(before);
  });
});

describe('tasks in sections', () => {
  it('take a section on create, PATCH, PUT, move and quick add; order within one is the list order', async () => {
    const me = fresh();
    const home = await list(me);
    const kitchen = await section(me, home.id, 'Kitchen');
    const garden = await section(me, home.id, 'Garden');
    const a = await task(me, { title: 'A', list_id: home.id, section_id: kitchen.id });
    expect(a.section_id).toBe(kitchen.id);
    const b = await task(me, { title: 'B', list_id: home.id });
    expect(b.section_id).toBeNull();
    const c = await post(me, '/api/me/tasks/quick', {
      text: 'C tomorrow',
      list_id: home.id,
      section_id: garden.id,
    });
    expect(c).toMatchObject({ title: 'C', section_id: garden.id });

    // PATCH into a section and out of it; a PUT that leaves it out keeps it.
    expect(await ok(me('PATCH', `/api/me/tasks/${b.id}`, { body: { section_id: garden.id } }))).toMatchObject(
      {
        section_id: garden.id,
        list_id: home.id,
      },
    );
    expect((await ok(me('PUT', `/api/me/tasks/${b.id}`, { body: { title: 'B2' } }))).section_id).toBe(
      garden.id,
    );
    expect(
      (await ok(me('PATCH', `/api/me/tasks/${b.id}`, { body: { section_id: null } }))).section_id,
    ).toBeNull();

    // Moving beside a task of another section joins that section; a section given wins.
    const moved = await ok(me('POST', `/api/me/tasks/${b.id}/move`, { body: { before_id: c.id } }));
    expect(moved.section_id).toBe(garden.id);
    const page = await ok(me('GET', `/api/me/tasks?list_id=${home.id}&sort=manual`));
    const inGarden = page.tasks.filter((t: any) => t.section_id === garden.id).map((t: any) => t.title);
    expect(inGarden).toEqual(['B2', 'C']);
    expect(page.tasks.find((t: any) => t.id === a.id).section_id).toBe(kitchen.id);
    const back = await ok(
      me('POST', `/api/me/tasks/${b.id}/move`, { body: { after_id: a.id, section_id: garden.id } }),
    );
    expect(back.section_id).toBe(garden.id);
    const only = await ok(me('POST', `/api/me/tasks/${b.id}/move`, { body: { section_id: kitchen.id } }));
    expect(only).toMatchObject({ section_id: kitchen.id, position: back.position });
    // The list page, the task and its events agree (the stored JSON carries section_id).
    expect(await get(me, b.id)).toEqual(
      (await ok(me('GET', `/api/me/tasks?list_id=${home.id}`))).tasks.find((t: any) => t.id === b.id),
    );
  });

  it('subtasks are in their parent’s section and follow it', async () => {
    const me = fresh();
    const home = await list(me);
    const kitchen = await section(me, home.id, 'Kitchen');
    const garden = await section(me, home.id, 'Garden');
    const parent = await task(me, { title: 'Parent', list_id: home.id, section_id: kitchen.id });
    const child = await task(me, { title: 'Child', parent_id: parent.id });
    const grandchild = await task(me, { title: 'Grandchild', parent_id: child.id, section_id: kitchen.id });
    expect([child.section_id, grandchild.section_id]).toEqual([kitchen.id, kitchen.id]);
    expectProblem(
      await me('POST', '/api/me/tasks', {
        body: { title: 'X', parent_id: parent.id, section_id: garden.id },
      }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await me('PATCH', `/api/me/tasks/${child.id}`, { body: { section_id: garden.id } }),
      422,
      'VALIDATION_ERROR',
    );
    await ok(me('PATCH', `/api/me/tasks/${parent.id}`, { body: { section_id: garden.id } }));
    expect((await get(me, child.id)).section_id).toBe(garden.id);
    expect((await get(me, grandchild.id)).section_id).toBe(garden.id);
    // A subtask moved out to the top keeps its section; one moved under another parent takes that one's.
    const loose = await task(me, { title: 'Loose', list_id: home.id });
    const top = await ok(me('POST', `/api/me/tasks/${child.id}/move`, { body: { parent_id: null } }));
    expect(top.section_id).toBe(garden.id);
    const under = await ok(me('POST', `/api/me/tasks/${child.id}/move`, { body: { parent_id: loose.id } }));
    expect(under.section_id).toBeNull();
    expect((await get(me, grandchild.id)).section_id).toBeNull();
  });

  it('a section must be of the task’s list: 422 otherwise, and a move to another list leaves it', async () => {
    const me = fresh();
    const home = await list(me);
    const work = await list(me, 'Work');
    const kitchen = await section(me, home.id, 'Kitchen');
    const desk = await section(me, work.id, 'Desk');
    const t = await task(me, { title: 'T', list_id: home.id, section_id: kitchen.id });
    const sub = await task(me, { title: 'Sub', parent_id: t.id });
    const inbox = await task(me, { title: 'Inbox one' });
    const before = JSON.stringify([await get(me, t.id), await get(me, inbox.id)]);
    const refused: [string, string, unknown][] = [
      ['POST', '/api/me/tasks', { title: 'X', list_id: home.id, section_id: desk.id }],
      ['POST', '/api/me/tasks', { title: 'X', section_id: kitchen.id }],
      ['POST', '/api/me/tasks', { title: 'X', list_id: home.id, section_id: 987654321 }],
      ['POST', '/api/me/tasks', { title: 'X', list_id: home.id, section_id: 0 }],
      ['POST', '/api/me/tasks', { title: 'X', list_id: home.id, section_id: 'Kitchen' }],
      ['POST', '/api/me/tasks/quick', { text: 'X', list_id: home.id, section_id: desk.id }],
      ['PATCH', `/api/me/tasks/${t.id}`, { section_id: desk.id }],
      ['PATCH', `/api/me/tasks/${inbox.id}`, { section_id: kitchen.id }],
      ['PATCH', `/api/me/tasks/${t.id}`, { list_id: work.id, section_id: kitchen.id }],
      ['POST', `/api/me/tasks/${t.id}/move`, { section_id: desk.id }],
      ['PUT', `/api/me/tasks/${t.id}`, { title: 'T', section_id: desk.id }],
    ];
    for (const [method, path, body] of refused) {
      const res = await me(method, path, { body });
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(res.body.errors?.[0]?.path ?? 'section_id').toBe('section_id');
    }
    expect(JSON.stringify([await get(me, t.id), await get(me, inbox.id)])).toBe(before);

    // To another list: no section there unless one of it is given; the subtasks follow.
    const moved = await ok(me('PATCH', `/api/me/tasks/${t.id}`, { body: { list_id: work.id } }));
    expect(moved).toMatchObject({ list_id: work.id, section_id: null });
    expect(await get(me, sub.id)).toMatchObject({ list_id: work.id, section_id: null });
    const placed = await ok(
      me('POST', `/api/me/tasks/${t.id}/move`, { body: { list_id: home.id, section_id: kitchen.id } }),
    );
    expect(placed).toMatchObject({ list_id: home.id, section_id: kitchen.id });
    expect(await get(me, sub.id)).toMatchObject({ list_id: home.id, section_id: kitchen.id });
    // A bulk move to another list leaves sections; to the Inbox too.
    const bulk = await ok(
      me('POST', '/api/me/tasks/bulk', { body: { action: 'move', ids: [t.id], list_id: work.id } }),
    );
    expect(bulk.tasks[0]).toMatchObject({ list_id: work.id, section_id: null });
    expect(await get(me, sub.id)).toMatchObject({ list_id: work.id, section_id: null });
    await ok(me('PATCH', `/api/me/tasks/${t.id}`, { body: { list_id: work.id, section_id: desk.id } }));
    const toInbox = await ok(me('PATCH', `/api/me/tasks/${t.id}`, { body: { list_id: null } }));
    expect(toInbox).toMatchObject({ list_id: null, section_id: null });
  });

  it('deleting a section keeps its tasks in the list by default, or deletes them with ?tasks=delete', async () => {
    const me = fresh();
    const home = await list(me);
    const kitchen = await section(me, home.id, 'Kitchen');
    const garden = await section(me, home.id, 'Garden');
    const kept = await task(me, { title: 'Kept', list_id: home.id, section_id: kitchen.id });
    const keptSub = await task(me, { title: 'Kept sub', parent_id: kept.id });
    const gone = await task(me, { title: 'Gone', list_id: home.id, section_id: garden.id });
    const goneSub = await task(me, { title: 'Gone sub', parent_id: gone.id });
    const other = await task(me, { title: 'Other', list_id: home.id });

    expect((await me('DELETE', `/api/me/sections/${kitchen.id}`)).status).toBe(204);
    const after = await get(me, kept.id);
    expect(after).toMatchObject({ list_id: home.id, section_id: null });
    expect(after.updated_at >= kept.updated_at).toBe(true);
    expect((await get(me, keptSub.id)).section_id).toBeNull();

    expect((await me('DELETE', `/api/me/sections/${garden.id}?tasks=delete`)).status).toBe(204);
    expectProblem(await me('GET', `/api/me/tasks/${gone.id}`), 404, 'NOT_FOUND');
    expectProblem(await me('GET', `/api/me/tasks/${goneSub.id}`), 404, 'NOT_FOUND');
    expect((await get(me, other.id)).section_id).toBeNull();
    expect((await ok(me('GET', `/api/me/lists/${home.id}`))).total_count).toBe(3);
    expect(await sectionsOf(me, home.id)).toEqual([]);
  });

  it('deleting a list takes its sections; its tasks go to the Inbox without one', async () => {
    const me = fresh();
    const home = await list(me);
    const kitchen = await section(me, home.id, 'Kitchen');
    const t = await task(me, { title: 'T', list_id: home.id, section_id: kitchen.id });
    expect((await me('DELETE', `/api/me/lists/${home.id}`)).status).toBe(204);
    expect(await get(me, t.id)).toMatchObject({ list_id: null, section_id: null });
    expectProblem(await me('GET', `/api/me/sections/${kitchen.id}`), 404, 'NOT_FOUND');
  });

  it('a completed occurrence of a recurring task is kept in its section', async () => {
    const me = fresh();
    const home = await list(me);
    const kitchen = await section(me, home.id, 'Kitchen');
    const series = await task(me, {
      title: 'Wipe the counter',
      list_id: home.id,
      section_id: kitchen.id,
      due_date: '2030-01-01',
      recurrence: 'FREQ=DAILY',
    });
    await ok(me('PATCH', `/api/me/tasks/${series.id}/complete`));
    const done = await ok(me('GET', `/api/me/tasks?list_id=${home.id}&status=completed`));
    expect(done.tasks.map((t: any) => [t.series_task_id, t.section_id])).toEqual([[series.id, kitchen.id]]);
  });

  it('task events carry section_id', async () => {
    const me = fresh();
    const home = await list(me);
    const kitchen = await section(me, home.id, 'Kitchen');
    const t = await task(me, { title: 'Evented', list_id: home.id });
    await ok(me('PATCH', `/api/me/tasks/${t.id}`, { body: { section_id: kitchen.id } }));
    const res = await fetch(`${server.url}/api/me/events?last_event_id=0`, {
      headers: { authorization: `Bearer ${await server.tokenFor(`sectioner-${users}`)}` },
    });
    const reader = res.body!.getReader();
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes(`"section_id":${kitchen.id}`)) {
      const next = await Promise.race([
        reader.read(),
        new Promise<{ done: true }>((r) => setTimeout(() => r({ done: true }), 5000)),
      ]);
      if (next.done) break;
      text += decoder.decode((next as { value: Uint8Array }).value, { stream: true });
    }
    await reader.cancel().catch(() => {});
    expect(text).toContain('"section_id":null');
    expect(text).toContain(`"section_id":${kitchen.id}`);
  });
});

describe('a shared list', () => {
  let owner: Person;
  let editor: Person;
  let viewer: Person;
  let stranger: Person;
  let listId: number;

  beforeAll(async () => {
    owner = await person(server, 'Owner');
    editor = await person(server, 'Editor');
    viewer = await person(server, 'Viewer');
    stranger = await person(server, 'Stranger');
    listId = (await list(owner.as, 'Shared')).id;
    await join(owner, listId, editor, 'editor');
    await join(owner, listId, viewer, 'viewer');
  });

  it('editors add, rename, reorder and delete sections and put tasks in them; viewers read (403 else)', async () => {
    const byEditor = await section(editor.as, listId, 'By the editor');
    expect(byEditor.list_id).toBe(listId);
    const t = await task(editor.as, { title: 'Editor’s', list_id: listId, section_id: byEditor.id });
    expect(t).toMatchObject({ user_id: owner.id, section_id: byEditor.id });
    expect(await names(viewer.as, listId)).toEqual(['By the editor']);
    expect((await ok(viewer.as('GET', `/api/me/sections/${byEditor.id}`))).name).toBe('By the editor');
    expect((await ok(viewer.as('GET', `/api/me/lists/${listId}`))).permissions.update_sections).toBe(false);
    expect((await ok(editor.as('GET', `/api/me/lists/${listId}`))).permissions.update_sections).toBe(true);

    const before = JSON.stringify([await sectionsOf(owner.as, listId), await get(owner.as, t.id)]);
    for (const [method, path, body] of [
      ['POST', '/api/me/sections', { list_id: listId, name: 'By the viewer' }],
      ['PATCH', `/api/me/sections/${byEditor.id}`, { name: 'Renamed by the viewer' }],
      ['DELETE', `/api/me/sections/${byEditor.id}`, undefined],
      ['DELETE', `/api/me/sections/${byEditor.id}?tasks=delete`, undefined],
      ['PATCH', `/api/me/tasks/${t.id}`, { section_id: null }],
    ] as const) {
      expectProblem(await viewer.as(method, path, { body }), 403, 'AUTH_FORBIDDEN');
    }
    expect(JSON.stringify([await sectionsOf(owner.as, listId), await get(owner.as, t.id)])).toBe(before);

    await ok(editor.as('PATCH', `/api/me/sections/${byEditor.id}`, { body: { name: 'Renamed' } }));
    expect(await names(owner.as, listId)).toEqual(['Renamed']);
    expect((await editor.as('DELETE', `/api/me/sections/${byEditor.id}`)).status).toBe(204);
    expect((await get(owner.as, t.id)).section_id).toBeNull();
    // The owner's activity shows the editor's change of the task.
    const activity = await ok(owner.as('GET', `/api/me/tasks/${t.id}/activity`));
    expect(JSON.stringify(activity)).toContain(editor.id);
  });

  it('someone who cannot see the list gets 404 for its sections (422 naming it in a body), as for none', async () => {
    const s = await section(owner.as, listId, 'Private');
    for (const [path, missing, id] of [
      [`/api/me/sections?list_id=${listId}`, '/api/me/sections?list_id=987654321', listId],
      [`/api/me/sections/${s.id}`, '/api/me/sections/987654321', s.id],
    ] as const) {
      const res = await stranger.as('GET', path);
      expectProblem(res, 404, 'NOT_FOUND');
      expect(res.text).not.toContain('Private');
      const none = await stranger.as('GET', missing);
      // The answer a missing id gets, but for the id the caller sent.
      expect(res.body.detail.replace(String(id), '{id}')).toBe(none.body.detail.replace('987654321', '{id}'));
    }
    for (const [method, body] of [
      ['PATCH', { name: 'Mine now' }],
      ['DELETE', undefined],
    ] as const) {
      expectProblem(await stranger.as(method, `/api/me/sections/${s.id}`, { body }), 404, 'NOT_FOUND');
    }
    expectProblem(
      await stranger.as('POST', '/api/me/sections', { body: { list_id: listId, name: 'Planted' } }),
      422,
      'VALIDATION_ERROR',
    );
    // A section of someone else's list on one's own task: as a section that does not exist.
    const own = await list(stranger.as, 'Own');
    const res = await stranger.as('POST', '/api/me/tasks', {
      body: { title: 'X', list_id: own.id, section_id: s.id },
    });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(await names(owner.as, listId)).toContain('Private');
    expect((await ok(owner.as('GET', `/api/me/sections/${s.id}`))).name).toBe('Private');
  });
});

describe('export and import', () => {
  it('a Doable JSON export carries sections; importing it into another account makes them again', async () => {
    const me = fresh();
    const home = await list(me);
    const kitchen = await section(me, home.id, 'Kitchen');
    await section(me, home.id, 'Garden');
    const parent = await task(me, { title: 'Parent', list_id: home.id, section_id: kitchen.id });
    await task(me, { title: 'Child', parent_id: parent.id });
    await task(me, { title: 'Loose', list_id: home.id });
    const file = await ok(me('GET', '/api/me/export?format=json'));
    const exported = file.lists.find((l: any) => l.name === 'Home');
    expect(exported.sections.map((s: any) => s.name)).toEqual(['Kitchen', 'Garden']);
    expect(file.tasks.find((t: any) => t.title === 'Child')).toMatchObject({
      section: 'Kitchen',
      list: 'Home',
    });
    expect(file.tasks.find((t: any) => t.title === 'Loose')).toMatchObject({ section: null });
    const csv = await me('GET', '/api/me/export?format=csv');
    expect(csv.text.split('\r\n')[0]!.endsWith(',parent_uid,section')).toBe(true);

    const other = fresh();
    const imported = await post(other, '/api/me/import', file);
    expect(imported).toMatchObject({ created: 3 });
    const [otherHome] = (await ok(other('GET', '/api/me/lists'))).lists;
    expect(await names(other, otherHome.id)).toEqual(['Kitchen', 'Garden']);
    const [otherKitchen] = await sectionsOf(other, otherHome.id);
    const tasks = (await ok(other('GET', `/api/me/tasks?list_id=${otherHome.id}&sort=title`))).tasks;
    expect(tasks.map((t: any) => [t.title, t.section_id])).toEqual([
      ['Child', otherKitchen.id],
      ['Loose', null],
      ['Parent', otherKitchen.id],
    ]);
    // The same file again: all skipped, no section twice.
    expect(await post(other, '/api/me/import', file)).toMatchObject({ created: 0, skipped: 3 });
    expect(await names(other, otherHome.id)).toEqual(['Kitchen', 'Garden']);
    // Back into the account it came from: skipped too.
    expect(await post(me, '/api/me/import', file)).toMatchObject({ created: 0, updated: 0, skipped: 3 });

    // A section the file names only on a task is made; a changed section is an update.
    const moved = {
      ...file,
      tasks: file.tasks.map((t: any) => (t.title === 'Loose' ? { ...t, section: 'Porch' } : t)),
    };
    expect(await post(other, '/api/me/import', moved)).toMatchObject({ updated: 1, skipped: 2 });
    expect(await names(other, otherHome.id)).toEqual(['Kitchen', 'Garden', 'Porch']);
  });

  it('refuses a section without a list, a bad name, or too many sections, writing nothing', async () => {
    const me = fresh();
    const base = { format: 'doable-export', version: 1 };
    for (const body of [
      { ...base, tasks: [{ title: 'X', section: 'Kitchen' }] },
      { ...base, tasks: [{ title: 'X', list: 'Home', section: '' }] },
      { ...base, tasks: [{ title: 'X', list: 'Home', section: 'x'.repeat(101) }] },
      { ...base, lists: [{ name: 'Home', sections: [{ name: 'A', extra: 1 }] }], tasks: [] },
      {
        ...base,
        lists: [{ name: 'Home', sections: Array.from({ length: 201 }, (_, i) => ({ name: `S${i}` })) }],
        tasks: [],
      },
    ]) {
      expectProblem(await me('POST', '/api/me/import', { body }), 422, 'VALIDATION_ERROR');
    }
    const tooMany = {
      ...base,
      tasks: Array.from({ length: 201 }, (_, i) => ({ title: `T${i}`, list: 'Home', section: `S${i}` })),
    };
    expectProblem(await me('POST', '/api/me/import', { body: tooMany }), 409, 'CONFLICT');
    expect((await ok(me('GET', '/api/me/tasks'))).count).toBe(0);
    const lists = (await ok(me('GET', '/api/me/lists'))).lists;
    for (const l of lists) expect(await sectionsOf(me, l.id)).toEqual([]);
  });

  it('Todoist sections and TickTick columns become sections', async () => {
    const me = fresh();
    const todoist = [
      'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE',
      'task,Before any section,,4,1,,,,en,',
      'section,Kitchen,,,,,,,,',
      'task,Wash up,,4,1,,,,en,',
      'task,Dry,,4,2,,,,en,',
      'section,Garden,,,,,,,,',
      'task,Weed,,1,1,,,,en,',
    ].join('\r\n');
    const res = await me('POST', '/api/me/import/todoist?list=House', {
      rawBody: todoist,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status, res.text).toBe(201);
    const [house] = (await ok(me('GET', '/api/me/lists'))).lists;
    const [kitchen, garden] = await sectionsOf(me, house.id);
    expect([kitchen.name, garden.name]).toEqual(['Kitchen', 'Garden']);
    const tasks = (await ok(me('GET', `/api/me/tasks?list_id=${house.id}&sort=title`))).tasks;
    expect(tasks.map((t: any) => [t.title, t.section_id, t.tags])).toEqual([
      ['Before any section', null, []],
      ['Dry', kitchen.id, []],
      ['Wash up', kitchen.id, []],
      ['Weed', garden.id, []],
    ]);

    const tick = fresh();
    const ticktick = [
      '"Date: 2024-05-01+0000"',
      '"Version: 7.1"',
      '"Folder Name","List Name","Title","Kind","Tags","Content","Is Check list","Start Date","Due Date","Reminder","Repeat","Priority","Status","Created Time","Completed Time","Order","Timezone","Is All Day","Is Floating","Column Name","Column Order","View Mode","taskId","parentId"',
      '"","Work","Write report","TEXT","","","N","","","","","0","0","2024-05-01T09:00:00+0000","","1","UTC","","false","Doing","2","kanban","1",""',
      '"","Work","Plan","TEXT","","","N","","","","","0","0","2024-05-01T09:00:00+0000","","2","UTC","","false","To do","1","kanban","2",""',
      '"","Work","Plan part","TEXT","","","N","","","","","0","0","2024-05-01T09:00:00+0000","","3","UTC","","false","Doing","2","kanban","3","2"',
    ].join('\n');
    const res2 = await tick('POST', '/api/me/import/ticktick', {
      rawBody: ticktick,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res2.status, res2.text).toBe(201);
    const [work] = (await ok(tick('GET', '/api/me/lists'))).lists;
    const [todo, doing] = await sectionsOf(tick, work.id);
    expect([todo.name, doing.name]).toEqual(['To do', 'Doing']);
    const tt = (await ok(tick('GET', `/api/me/tasks?list_id=${work.id}&sort=title`))).tasks;
    // A subtask is in its parent's section, whatever its own row says.
    expect(tt.map((t: any) => [t.title, t.section_id])).toEqual([
      ['Plan', todo.id],
      ['Plan part', todo.id],
      ['Write report', doing.id],
    ]);
  });
});
