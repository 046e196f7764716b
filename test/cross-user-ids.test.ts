// Isolation between users by who the request says it is: mallory's own tasks stay hers, a paging
// cursor of alice's pages through mallory's tasks only, the user id in the path is compared
// exactly (case, encoding, look-alikes), a token naming the user in user_id rather than sub, and
// renaming alice's conversation. Alice's data stays what it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliceWorld, comparable, MISSING, type World } from './support/cross-user.js';
import { expectProblem } from './support/expect.js';
import { signHs256 } from './support/server.js';

/** Mallory's list as raw JSON text once she has created her own tasks. */
let malloryList: string;

let w: World;
beforeAll(async () => {
  w = await aliceWorld();
});
afterAll(async () => {
  await w?.close();
});

describe('afterwards', () => {
  it("alice's tasks are byte-for-byte unchanged", async () => {
    expect((await w.alice('GET', '/api/me/tasks?limit=200')).text).toBe(w.aliceList);
    for (const t of w.aliceTasks) {
      expect((await w.alice('GET', `/api/me/tasks/${t.id}`)).text).toBe(w.aliceTaskTexts.get(t.id));
    }
  });

  it("alice's whole state is what it was: tasks, tags, settings, export, keys, webhooks, chats, account, events", async () => {
    expect(await w.aliceState()).toEqual(w.aliceBefore);
  });

  it("alice's tags and settings are unchanged, and her export holds only her tasks", async () => {
    expect((await w.alice('GET', '/api/me/tags')).body.tags.map((t: any) => [t.name, t.total])).toEqual([
      ['surprise', 1],
      ['Wedding', 2],
    ]);
    expect((await w.alice('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'UTC' });
    expect((await w.alice('GET', '/api/me/export')).body.tasks).toHaveLength(5);
  });

  it("on her own path, mallory's searches, tags and exports see nothing of alice's", async () => {
    for (const path of ['/api/me/tasks?q=ring', '/api/me/tasks?tag=wedding', '/api/me/tasks?priority=high']) {
      const res = await w.mallory('GET', path);
      expect(res.body).toEqual({ tasks: [], count: 0, next_cursor: null });
    }
    expect((await w.mallory('GET', '/api/me/tags')).body).toEqual({ tags: [] });
    expectProblem(
      await w.mallory('PATCH', '/api/me/tags/wedding', { body: { name: 'x' } }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await w.mallory('DELETE', '/api/me/tags/surprise'), 404, 'NOT_FOUND');
    for (const format of ['json', 'csv', 'ics']) {
      const res = await w.mallory('GET', `/api/me/export?format=${format}`);
      expect(res.status).toBe(200);
      w.expectNoLeak(res);
    }
    expect((await w.alice('GET', '/api/me/tasks?limit=200')).text).toBe(w.aliceList);
  });

  it("mallory's own list is empty", async () => {
    for (const path of ['/api/me/tasks', '/api/mallory/tasks', '/api/me/tasks?status=completed']) {
      const res = await w.mallory('GET', path);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ tasks: [], count: 0, next_cursor: null });
    }
  });

  it('tasks mallory creates are hers alone and never show up for alice', async () => {
    const created: any[] = [];
    for (const body of [{ title: 'Mallory one' }, { title: 'Mallory two', completed: true }]) {
      const res = await w.mallory('POST', '/api/me/tasks', { body });
      expect(res.status).toBe(201);
      expect(res.body.user_id).toBe('mallory');
      expect(res.headers.get('location')).toBe(`/api/mallory/tasks/${res.body.id}`);
      created.push(res.body);
    }
    const mine = await w.mallory('GET', '/api/me/tasks');
    expect(mine.body.count).toBe(2);
    expect(mine.body.tasks.map((t: any) => t.id).sort()).toEqual(created.map((t) => t.id).sort());
    w.expectNoLeak(mine);

    expect((await w.alice('GET', '/api/me/tasks?limit=200')).text).toBe(w.aliceList);
    for (const t of created) {
      const viaMe = await w.alice('GET', `/api/me/tasks/${t.id}`);
      expectProblem(viaMe, 404, 'NOT_FOUND');
      expect(viaMe.text).not.toContain(t.title);
      expectProblem(await w.alice('GET', `/api/mallory/tasks/${t.id}`), 403, 'AUTH_FORBIDDEN');
      expectProblem(await w.alice('DELETE', `/api/me/tasks/${t.id}`), 404, 'NOT_FOUND');
    }
    const after = await w.mallory('GET', '/api/me/tasks?limit=200');
    expect(after.body.count).toBe(2);
    malloryList = after.text;
  });

  it("alice's paging cursor replayed by mallory pages through mallory's tasks only", async () => {
    // Oldest first: the rest of alice's tasks and all of mallory's (newer) lie after this cursor.
    const page = await w.alice('GET', '/api/me/tasks?sort=created&limit=1');
    expect(page.body.next_cursor).toEqual(expect.any(String));
    const replay = await w.mallory(
      'GET',
      `/api/me/tasks?sort=created&limit=200&cursor=${encodeURIComponent(page.body.next_cursor)}`,
    );
    expect(replay.status).toBe(200);
    w.expectNoLeak(replay);
    expect(replay.body.count).toBe(2);
    expect(replay.body.tasks.map((t: any) => t.title)).toEqual(['Mallory one', 'Mallory two']);
  });
});

describe('the user id in the path is compared exactly', () => {
  it.each([
    ['Alice', 'Alice'],
    ['ALICE', 'ALICE'],
    ["encodeURIComponent('Alice')", encodeURIComponent('Alice')],
    ['percent-encoded letters (%61lice = alice)', '%61lice'],
    ['fully percent-encoded (%61%6C%69%63%65)', '%61%6C%69%63%65'],
    ['a leading space', '%20alice'],
    ['a trailing space', 'alice%20'],
    ['a trailing NUL', 'alice%00'],
    ['an encoded slash', 'alice%2F'],
    ['an encoded slash and dot-dot', '..%2Falice'],
    ['a Cyrillic look-alike (аlice)', encodeURIComponent('\u0430lice')],
  ])('mallory with %s → 403 on list and get', async (_, user) => {
    const list = await w.mallory('GET', `/api/${user}/tasks`);
    expectProblem(list, 403, 'AUTH_FORBIDDEN');
    const one = await w.mallory('GET', `/api/${user}/tasks/${w.aliceTasks[0].id}`);
    expectProblem(one, 403, 'AUTH_FORBIDDEN');
    w.expectNoLeak(list);
    w.expectNoLeak(one);
  });

  it('for alice, another case of her id is another user (403)', async () => {
    for (const user of ['Alice', 'ALICE', 'alice%20']) {
      expectProblem(await w.alice('GET', `/api/${user}/tasks`), 403, 'AUTH_FORBIDDEN');
    }
  });

  it('for alice, percent-encoding her own id is still her id (the path is decoded)', async () => {
    const res = await w.alice('GET', '/api/%61lice/tasks?limit=200');
    expect(res.status).toBe(200);
    expect(res.text).toBe(w.aliceList);
  });

  it("mallory spelling 'me' as %6De still gets only her own tasks", async () => {
    const res = await w.mallory('GET', '/api/%6De/tasks?limit=200');
    expect(res.status).toBe(200);
    expect(res.text).toBe(malloryList);
  });
});

describe('tokens that name the user in user_id instead of sub', () => {
  it('a user_id-only token for alice reaches alice’s data and nothing else', async () => {
    const token = await signHs256({ user_id: 'alice' }, { expiresIn: '1h' });
    const mine = await w.server.request('GET', '/api/me/tasks?limit=200', { token });
    expect(mine.status).toBe(200);
    expect(mine.text).toBe(w.aliceList);
    const byId = await w.server.request('GET', '/api/alice/tasks?limit=200', { token });
    expect(byId.text).toBe(w.aliceList);
    expect((await w.server.request('GET', `/api/me/tasks/${w.aliceTasks[0].id}`, { token })).text).toBe(
      w.aliceTaskTexts.get(w.aliceTasks[0].id),
    );
    const other = await w.server.request('GET', '/api/mallory/tasks', { token });
    expectProblem(other, 403, 'AUTH_FORBIDDEN');
    const mallorysTask = (await w.mallory('GET', '/api/me/tasks')).body.tasks[0];
    expect(mallorysTask).toBeDefined();
    expectProblem(
      await w.server.request('GET', `/api/me/tasks/${mallorysTask.id}`, { token }),
      404,
      'NOT_FOUND',
    );
  });

  it('when a token has both, sub wins: sub=mallory, user_id=alice is mallory', async () => {
    const token = await signHs256({ sub: 'mallory', user_id: 'alice' }, { expiresIn: '1h' });
    const mine = await w.server.request('GET', '/api/me/tasks?limit=200', { token });
    expect(mine.status).toBe(200);
    expect(mine.text).toBe(malloryList);
    expectProblem(await w.server.request('GET', '/api/alice/tasks', { token }), 403, 'AUTH_FORBIDDEN');
    expectProblem(
      await w.server.request('GET', `/api/me/tasks/${w.aliceTasks[0].id}`, { token }),
      404,
      'NOT_FOUND',
    );
  });

  it("alice's tasks are still unchanged at the very end", async () => {
    expect((await w.alice('GET', '/api/me/tasks?limit=200')).text).toBe(w.aliceList);
    expect(await w.aliceState()).toEqual(w.aliceBefore);
  });
});

describe("renaming alice's conversation", () => {
  it('403 with her id in the path, 404 with mallory’s own (same as a missing one), and her title stays', async () => {
    const started = await w.alice('POST', '/api/me/chat', { body: { message: 'hello there' } });
    expect(started.status).toBe(200);
    const id: number = started.body.conversation_id;
    const before = (await w.alice('GET', `/api/me/conversations/${id}`)).text;
    const body = { title: 'Renamed by mallory' };

    const nobodys = await w.mallory('PATCH', `/api/nobody-at-all/conversations/${MISSING}`, { body });
    expectProblem(nobodys, 403, 'AUTH_FORBIDDEN');
    for (const target of [id, MISSING]) {
      const res = await w.mallory('PATCH', `/api/alice/conversations/${target}`, { body });
      expectProblem(res, 403, 'AUTH_FORBIDDEN');
      expect(comparable(res, target)).toEqual(comparable(nobodys, MISSING));
    }
    // Validation comes after the 403, so a bad body reveals nothing either.
    expectProblem(
      await w.mallory('PATCH', `/api/alice/conversations/${id}`, { body: { title: '' } }),
      403,
      'AUTH_FORBIDDEN',
    );

    for (const user of ['me', 'mallory']) {
      const missing = await w.mallory('PATCH', `/api/${user}/conversations/${MISSING}`, { body });
      expectProblem(missing, 404, 'NOT_FOUND');
      const res = await w.mallory('PATCH', `/api/${user}/conversations/${id}`, { body });
      expectProblem(res, 404, 'NOT_FOUND');
      expect(res.text).not.toContain('hello there');
      expect(comparable(res, id)).toEqual(comparable(missing, MISSING));
    }

    expect((await w.alice('GET', `/api/me/conversations/${id}`)).text).toBe(before);
    expect((await w.mallory('GET', '/api/me/conversations')).body.conversations).toEqual([]);
  });
});
