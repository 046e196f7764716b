// Every route of the policy table (test/support/policy-table.ts) tried by the owner of a shared
// list, an editor, a viewer, a removed member and a stranger, through a JWT, an API key and a
// session cookie: allowed is the route's success, seen but not allowed 403, unseen 404 as for what
// does not exist; nothing a refused request names changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM } from './support/expect.js';
import { LIST_NAME, type PolicyWorld, policyWorld } from './support/policy-people.js';
import { DOORS, expected, PEOPLE, ROLE_OF, ROUTE_TRIES } from './support/policy-table.js';
import type { ApiResponse } from './support/server.js';

let w: PolicyWorld;
beforeAll(async () => {
  w = await policyWorld();
});
afterAll(async () => {
  await w?.close();
});

// Each person tries each route through each door. A refused try changes nothing, so the three doors
// share one task (and one check that nothing changed, after all three); an allowed change gets a
// task of its own for each door, and an allowed read reads the same one three times. A third of
// the requests of one test per door, for the same answers checked.
describe('every route through every door', () => {
  it.each(
    ROUTE_TRIES.flatMap(({ route, attempt }) =>
      PEOPLE.map((who) => [`${route}: ${attempt.name}, as the ${who}`, route, attempt, who] as const),
    ),
  )('%s', async (_, route, attempt, who) => {
    const want = expected(attempt, who);
    const method = route.split(' ')[0]!;
    const shared = want >= 400 || method === 'GET';
    const fresh = async () => {
      const list = attempt.freshList
        ? await w.sharedList(`Fresh ${Math.random().toString(36).slice(2)}`)
        : w.listId;
      const ids = await w.freshIds(list, who, attempt.needs);
      return { ids, before: want >= 400 ? await w.snapshot(ids) : [] };
    };
    let fixture = await fresh();
    for (const door of DOORS) {
      if (!shared && door !== DOORS[0]) fixture = await fresh();
      const path = attempt.path(fixture.ids);
      const res = attempt.stream
        ? await w.streamStatus(who, door, path)
        : await w.call(who, door, method, path, attempt.body?.(fixture.ids));
      expect(res.status, `${door}: ${res.text}`).toBe(want);
      if (want >= 400 && !attempt.stream)
        expect((res as ApiResponse).headers.get('content-type')).toMatch(PROBLEM);
      if (ROLE_OF[who] === null) {
        expect(res.text).not.toContain('Probe');
        expect(res.text).not.toContain(LIST_NAME);
      }
    }
    // Refused through every door: what it named is exactly as it was.
    if (want >= 400) expect(await w.snapshot(fixture.ids)).toEqual(fixture.before);
  });
});
