// Isolation between users, with alice's id in the path: mallory tries every route under
// /api/:user_id (ROUTE_TABLE, test/support/cross-user-table.ts) with alice's id and each of her
// things, and gets 403 AUTH_FORBIDDEN, the answer a user that does not exist gets, before any
// validation; the administrators' routes refuse her whatever account they name. Afterwards
// alice's data is byte-for-byte what it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliceWorld, comparable, MISSING_REF, type World } from './support/cross-user.js';
import type { AdminOnly } from './support/cross-user-routes.js';
import { ROUTE_TABLE, request, USER_PATH } from './support/cross-user-table.js';
import { expectProblem } from './support/expect.js';

let w: World;
beforeAll(async () => {
  w = await aliceWorld();
});
afterAll(async () => {
  await w?.close();
});

describe("mallory with alice's id in the path: 403 AUTH_FORBIDDEN on every route", () => {
  it.each(
    USER_PATH.flatMap(([route, entry]) =>
      entry.tries.map(
        (attempt) =>
          [
            `${attempt.name}: ${route.replace(':user_id', 'alice')}${attempt.query ? `?${attempt.query}` : ''}`,
            route,
            entry,
            attempt,
          ] as const,
      ),
    ),
  )('%s', async (_, route, entry, attempt) => {
    // The same route for a user that does not exist: the answer must not differ.
    const kind = entry.ref?.kind;
    const missingRef = kind ? MISSING_REF[kind] : undefined;
    const nobodys = request(route, entry, attempt, 'nobody-at-all', missingRef);
    const nobodysAnswer = await w.mallory(nobodys.method, nobodys.path, { body: nobodys.body });
    expectProblem(nobodysAnswer, 403, 'AUTH_FORBIDDEN');
    // Alice as the token user, and by her sign-in account's id.
    for (const user of ['alice', w.aliceAccount.id]) {
      for (const ref of w.refsToTry(kind)) {
        const { method, path, body } = request(route, entry, attempt, user, ref);
        const res = await w.mallory(method, path, { body });
        expectProblem(res, 403, 'AUTH_FORBIDDEN');
        w.expectNoLeak(res);
        expect(comparable(res, ref)).toEqual(comparable(nobodysAnswer, missingRef));
      }
    }
  });

  it.each([
    ['an invalid body', 'POST', '/api/alice/tasks', { body: {} }],
    [
      'malformed JSON',
      'PUT',
      '/api/alice/tasks/:id',
      { rawBody: '{"title":', headers: { 'content-type': 'application/json' } },
    ],
    [
      'a wrong content type',
      'PATCH',
      '/api/alice/tasks/:id',
      { rawBody: 'title=x', headers: { 'content-type': 'text/plain' } },
    ],
    ['a malformed task id', 'GET', '/api/alice/tasks/abc', {}],
    ['a bad query', 'GET', '/api/alice/tasks?limit=0&status=done', {}],
  ])('403 comes before validation, so %s reveals nothing either', async (_, method, path, send) => {
    const res = await w.mallory(method, path.replace(':id', String(w.aliceTasks[0].id)), send);
    expectProblem(res, 403, 'AUTH_FORBIDDEN');
  });
});

describe("the administrators' routes: mallory is none, 403 AUTH_FORBIDDEN naming alice's account", () => {
  const ADMIN = Object.entries(ROUTE_TABLE).filter((e): e is [string, AdminOnly] => e[1].kind === 'admin');
  it.each(ADMIN)('%s', async (route, entry) => {
    const method = route.split(' ')[0]!;
    const res = await w.mallory(method, entry.path(w.aliceAccount.id), { body: entry.body });
    expectProblem(res, 403, 'AUTH_FORBIDDEN');
    w.expectNoLeak(res);
  });
});

describe('afterwards', () => {
  it("alice's tasks and whole state are what they were, and mallory has no task", async () => {
    await w.expectNothingChanged();
  });
});
