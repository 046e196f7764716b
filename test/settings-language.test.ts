// The account's language: none chosen until set (null), English or Urdu through the settings API
// (anything else a 422 problem that changes nothing), and at sign-up the one the body names, else
// the first of the browser's Accept-Language the app has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { languageFromAcceptLanguage } from '../server/platform/i18n/messages.js';
import { expectProblem } from './support/expect.js';
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

const signUp = (email: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  server.request('POST', '/api/auth/sign-up/email', {
    body: { email, password: PASSWORD, name: 'lang', ...body },
    headers: { ...ORIGIN, ...headers },
  });

/** The language stored for the account with this email (null: none chosen, or no settings row). */
const languageOf = async (email: string) =>
  (
    await rawQuery<{ language: string | null; n: number }>(
      server.database.db,
      `select (select s.language from user_settings s where s.user_id = u.id) as language, 1 as n
         from users u where u.email = $1`,
      [email],
    )
  )[0];

describe('the settings API', () => {
  it('has no language until one is chosen, takes en and ur and null, and is per user', async () => {
    const call = server.as('linguist');
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ language: null });
    const set = await call('PATCH', '/api/me/settings', { body: { language: 'ur' } });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toMatchObject({ language: 'ur', time_zone: 'UTC' });
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ language: 'ur' });
    // Another field changed alone keeps the language.
    await call('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } });
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({
      language: 'ur',
      time_zone: 'Asia/Karachi',
    });
    expect((await server.as('other-linguist')('GET', '/api/me/settings')).body).toMatchObject({
      language: null,
    });
    expect((await call('PATCH', '/api/me/settings', { body: { language: 'en' } })).body).toMatchObject({
      language: 'en',
    });
    expect((await call('PATCH', '/api/me/settings', { body: { language: null } })).body).toMatchObject({
      language: null,
    });
  });

  it('refuses a language it has no catalog for with a 422 problem naming the field, changing nothing', async () => {
    const call = server.as('polyglot');
    await call('PATCH', '/api/me/settings', { body: { language: 'ur' } });
    for (const bad of ['fr', 'UR', 'ur-PK', '', 'english', 42, true, ['ur'], { ur: 1 }]) {
      const res = await call('PATCH', '/api/me/settings', {
        body: { language: bad, time_zone: 'Europe/Paris' },
      });
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'language', location: 'body' })]),
      );
    }
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ language: 'ur', time_zone: 'UTC' });
  });

  it('documents the field in the OpenAPI document', async () => {
    const doc = (await server.request('GET', '/openapi.json')).body;
    const settings = doc.components.schemas.Settings;
    expect(settings.required).toContain('language');
    expect(JSON.stringify(settings.properties.language)).toMatch(/"en".*"ur"/);
    expect(doc.components.schemas.SettingsPatchInput.properties).toHaveProperty('language');
  });
});

describe('sign-up', () => {
  it('keeps the language the sign-up names, over the browser’s', async () => {
    const email = uniqueEmail('named');
    const up = await signUp(email, { language: 'ur' }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(up.status, up.text).toBe(200);
    expect(await languageOf(email)).toMatchObject({ language: 'ur' });
  });

  it('offers the first of the browser’s languages the app has', async () => {
    const email = uniqueEmail('browser');
    const up = await signUp(email, {}, { 'accept-language': 'fr-FR, ur-PK;q=0.8, en;q=0.5' });
    expect(up.status, up.text).toBe(200);
    expect(await languageOf(email)).toMatchObject({ language: 'ur' });
  });

  it('chooses none when the browser names none the app has', async () => {
    const email = uniqueEmail('french');
    expect((await signUp(email, {}, { 'accept-language': 'fr-FR, de;q=0.5' })).status).toBe(200);
    expect(await languageOf(email)).toMatchObject({ language: null });
  });

  it.each([['fr'], [''], [42], [null], ['x'.repeat(70)]])(
    'refuses a named language %j with a 422 problem and creates nothing',
    async (language) => {
      const email = uniqueEmail('badlang');
      const up = await signUp(email, { language }, { 'accept-language': 'ur' });
      expect(up.status).toBe(422);
      expect(up.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(up.body).toMatchObject({
        status: 422,
        error_code: 'VALIDATION_ERROR',
        errors: [{ path: 'language', location: 'body' }],
      });
      expect(await languageOf(email)).toBeUndefined();
    },
  );
});

describe('Accept-Language', () => {
  it.each([
    ['ur', 'ur'],
    ['ur-PK', 'ur'],
    ['UR-pk', 'ur'],
    ['en-US,en;q=0.9', 'en'],
    ['fr;q=0.9, ur;q=0.4, en;q=0.3', 'ur'],
    ['en;q=0.2, ur;q=0.8', 'ur'],
    ['en, ur', 'en'],
    ['ur;q=0, en;q=0.1', 'en'],
    ['*', undefined],
    ['fr-CA, de', undefined],
    ['', undefined],
    [null, undefined],
    ['ur;q=abc, en;q=0.5', 'en'],
  ])('%j is %j', (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });
});
