// Sign-up takes the browser's time zone: a new account starts in it instead of UTC, and a zone
// neither side knows refuses the sign-up (422 problem) and creates nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ORIGIN = { origin: TEST_APP_URL };
let counter = 0;
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${counter++}@example.com`;
const PASSWORD = 'correct horse battery';

const signUp = (email: string, extra: Record<string, unknown> = {}) =>
  server.request('POST', '/api/auth/sign-up/email', {
    body: { email, password: PASSWORD, name: 'tz', ...extra },
    headers: ORIGIN,
  });

/** Signs in and reads the account's settings with its session cookie. */
async function settingsOf(email: string) {
  const inn = await server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password: PASSWORD },
    headers: ORIGIN,
  });
  expect(inn.status).toBe(200);
  const cookie = inn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const res = await server.request('GET', '/api/me/settings', { headers: { ...ORIGIN, cookie } });
  expect(res.status).toBe(200);
  return res.body as { time_zone: string };
}

const usersWith = async (email: string) =>
  (
    await rawQuery<{ n: number }>(
      server.database.db,
      'select count(*)::int as n from users where email = $1',
      [email],
    )
  )[0]!.n;

describe('sign-up with the browser’s time zone', () => {
  it('starts the account in the zone it was given', async () => {
    const email = uniqueEmail('karachi');
    const up = await signUp(email, { time_zone: 'Asia/Karachi' });
    expect(up.status).toBe(200);
    expect(await settingsOf(email)).toMatchObject({ time_zone: 'Asia/Karachi' });
  });

  it('stays on UTC without one', async () => {
    const email = uniqueEmail('plain');
    expect((await signUp(email)).status).toBe(200);
    expect(await settingsOf(email)).toMatchObject({ time_zone: 'UTC' });
  });

  it.each([['Mars/Olympus_Mons'], [''], [42], [null], ['x'.repeat(65)]])(
    'refuses %j with a 422 problem and creates nothing',
    async (zone) => {
      const email = uniqueEmail('bad');
      const up = await signUp(email, { time_zone: zone });
      expect(up.status).toBe(422);
      expect(up.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(up.body).toMatchObject({
        status: 422,
        error_code: 'VALIDATION_ERROR',
        errors: [{ path: 'time_zone', location: 'body', message: expect.stringMatching(/IANA/) }],
      });
      expect(await usersWith(email)).toBe(0);
      const inn = await server.request('POST', '/api/auth/sign-in/email', {
        body: { email, password: PASSWORD },
        headers: ORIGIN,
      });
      expect(inn.status).toBe(401);
    },
  );

  it('answers a bad zone the same for a registered email, and leaves that account alone', async () => {
    const email = uniqueEmail('taken');
    expect((await signUp(email, { time_zone: 'Europe/Paris' })).status).toBe(200);
    const again = await signUp(email, { time_zone: 'Nowhere/Special' });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].path).toBe('time_zone');
    // A valid zone on a registered email looks like a sign-up but changes nothing.
    expect((await signUp(email, { time_zone: 'Asia/Tokyo' })).status).toBe(200);
    expect(await usersWith(email)).toBe(1);
    expect(await settingsOf(email)).toMatchObject({ time_zone: 'Europe/Paris' });
  });
});
