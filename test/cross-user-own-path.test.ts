// Isolation between users on mallory's own path: alice's ids in mallory's paths answer 404 as ids
// nobody has, naming alice's list or task inside mallory's writes answers 422 as a missing one,
// mallory's reads show nothing of alice's, and the routes that name no user act on the caller
// only. Afterwards alice's data is byte-for-byte what it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliceWorld, comparable, MISSING, MISSING_REF, type World } from './support/cross-user.js';
import { CALLER, request, USER_PATH } from './support/cross-user-table.js';
import { expectProblem, PROBLEM } from './support/expect.js';
import type { ApiResponse } from './support/server.js';

let w: World;
beforeAll(async () => {
  w = await aliceWorld();
});
afterAll(async () => {
  await w?.close();
});

describe("mallory with her own path but alice's ids: 404 NOT_FOUND, same as a missing id", () => {
  it.each(
    USER_PATH.filter(([, entry]) => entry.own === 'not-found').flatMap(([route, entry]) =>
      entry.tries.flatMap((attempt) =>
        ['me', 'mallory'].map(
          (user) =>
            [`${attempt.name}: ${route.replace(':user_id', user)}`, route, entry, attempt, user] as const,
        ),
      ),
    ),
  )('%s', async (_, route, entry, attempt, user) => {
    const kind = entry.ref!.kind;
    const missingRequest = request(route, entry, attempt, user, MISSING_REF[kind]);
    const missing = await w.mallory(missingRequest.method, missingRequest.path, {
      body: missingRequest.body,
    });
    expectProblem(missing, 404, 'NOT_FOUND');
    for (const ref of w.aliceRefs(kind)) {
      const { method, path, body } = request(route, entry, attempt, user, ref);
      const res = await w.mallory(method, path, { body });
      expectProblem(res, 404, 'NOT_FOUND');
      w.expectNoLeak(res);
      expect(res.body.instance).toBe(path.split('?')[0]);
      expect(comparable(res, ref)).toEqual(comparable(missing, MISSING_REF[kind]));
    }
  });
});

describe("mallory naming alice's list or task inside her own writes: 422, same as a missing one", () => {
  it.each([
    [
      'a task in her list',
      'POST',
      '/api/me/tasks',
      (list: string, _task: string) => ({ title: 'x', list_id: Number(list) }),
    ],
    [
      'a subtask of her task',
      'POST',
      '/api/me/tasks',
      (_list: string, task: string) => ({ title: 'x', parent_id: Number(task) }),
    ],
    [
      'moving into her list',
      'POST',
      '/api/me/tasks/:own/move',
      (list: string) => ({ list_id: Number(list) }),
    ],
    [
      'moving under her task',
      'POST',
      '/api/me/tasks/:own/move',
      (_l: string, task: string) => ({ parent_id: Number(task) }),
    ],
    [
      'moving beside her task',
      'POST',
      '/api/me/tasks/:own/move',
      (_l: string, task: string) => ({ before_id: Number(task) }),
    ],
    ['patching into her list', 'PATCH', '/api/me/tasks/:own', (list: string) => ({ list_id: Number(list) })],
    [
      'a section in her list',
      'POST',
      '/api/me/sections',
      (list: string) => ({ list_id: Number(list), name: 'x' }),
    ],
    [
      'bulk moving into her list',
      'POST',
      '/api/me/tasks/bulk',
      (list: string, _t: string, own: string) => ({
        action: 'move',
        ids: [Number(own)],
        list_id: Number(list),
      }),
    ],
  ] as const)('%s', async (_, method, pattern, bodyOf) => {
    const own = await w.mallory('POST', '/api/me/tasks', { body: { title: 'Mallory’s own' } });
    const path = pattern.replace(':own', String(own.body.id));
    const missing = await w.mallory(method, path, {
      body: bodyOf(MISSING_REF.list, MISSING_REF.task, String(own.body.id)),
    });
    expectProblem(missing, 422, 'VALIDATION_ERROR');
    const res = await w.mallory(method, path, {
      body: bodyOf(String(w.aliceLists[0]!.id), String(w.aliceTasks[0].id), String(own.body.id)),
    });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    w.expectNoLeak(res);
    expect(comparable(res, w.aliceLists[0]!.id)).toEqual(comparable(missing, MISSING));
    expect((await w.mallory('GET', `/api/me/tasks/${own.body.id}`)).body).toMatchObject({
      list_id: null,
      parent_id: null,
    });
    await w.mallory('DELETE', `/api/me/tasks/${own.body.id}`);
  });
});

describe("mallory reading on her own path: nothing of alice's", () => {
  it.each(
    USER_PATH.filter(([, entry]) => entry.own === 'read').flatMap(([route, entry]) =>
      entry.tries.flatMap((attempt) =>
        ['me', 'mallory'].map(
          (user) =>
            [`${attempt.name}: ${route.replace(':user_id', user)}`, route, entry, attempt, user] as const,
        ),
      ),
    ),
  )('%s', async (_, route, entry, attempt, user) => {
    const { method, path, body } = request(route, entry, attempt, user);
    const res = attempt.stream
      ? await w.readStream('mallory', path)
      : await w.mallory(method, path, { body });
    expect(res.status, res.text).toBe(200);
    w.expectNoLeak(res);
  });
});

describe("routes with no user in the path act on the caller only: alice's ids and password do nothing", () => {
  it.each(
    CALLER.flatMap(([route, entry]) =>
      entry.tries.map((attempt) => [`${attempt.name}: ${route}`, route, entry, attempt] as const),
    ),
  )('%s', async (_, route, entry, attempt) => {
    const as = w.server.as(entry.as ?? 'mallory');
    const answers: ApiResponse[] = [];
    for (const ref of w.refsToTry(entry.ref)) {
      const { method, path, body } = request(route, entry, attempt, 'me', ref);
      const res = await as(method, path, { body });
      expect(res.status, res.text).toBe(entry.status);
      if (entry.status >= 400) expect(res.headers.get('content-type')).toMatch(PROBLEM);
      w.expectNoLeak(res);
      answers.push(res);
    }
    // Alice's ids get the answer a missing one gets.
    if (entry.ref) {
      const refs = w.refsToTry(entry.ref);
      const last = answers.length - 1;
      for (const [i, res] of answers.entries()) {
        expect(comparable(res, refs[i])).toEqual(comparable(answers[last]!, refs[last]));
      }
    }
  });
});

describe('afterwards', () => {
  it("alice's tasks and whole state are what they were, and mallory has no task", async () => {
    await w.expectNothingChanged();
  });
});
