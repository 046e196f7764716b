// A user's own model (Settings): an OpenAI-compatible endpoint, model and key, stored with the key
// sealed and never returned; the endpoint held to the webhooks' rule on private addresses unless
// the operator allows them (MODEL_ALLOW_PRIVATE); "Test connection"; which model answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetPasswordByEmail } from '../server/features/accounts/accounts.service.js';
import { passwordHasher } from '../server/features/accounts/auth.js';
import { rawQuery } from '../server/platform/db/client.js';
import { expectProblem } from './support/expect.js';
import { person } from './support/people.js';
import { answer, type ScriptedModel, scriptedModel } from './support/scripted-model.js';
import { startTestServer, type TestServer } from './support/server.js';

const KEY = 'sk-user-secret-0123456789';

describe('a user’s own model, private addresses allowed by the operator', () => {
  let model: ScriptedModel;
  let s: TestServer;
  beforeAll(async () => {
    model = await scriptedModel([]);
    s = await startTestServer({ env: { MODEL_ALLOW_PRIVATE: 'true' } });
  });
  afterAll(async () => {
    await s?.close();
    await model?.close();
  });

  it('without one, the built-in assistant answers, and the panel says so', async () => {
    const res = await s.as('own-none')('GET', '/api/me/chat/model');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ answering: 'builtin', model: null, own: null, server_model: null });
  });

  it('a password reset forgets it (its endpoint would go on receiving the owner’s chats), and says so', async () => {
    const who = await person(s, 'ResetModel');
    const put = await who.as('PUT', '/api/me/chat/model', {
      body: { base_url: model.url, model: 'theirs', api_key: KEY },
    });
    expect(put.status, put.text).toBe(200);
    const taken = await resetPasswordByEmail(
      s.database.db,
      passwordHasher,
      who.email,
      'a brand new password',
    );
    expect(taken).toMatchObject({ assistantModel: true, apiKeys: 0 });
    expect((await who.as('GET', '/api/me/chat/model')).body).toMatchObject({ own: null });
    const again = await resetPasswordByEmail(s.database.db, passwordHasher, who.email, 'and another new one');
    expect(again).toMatchObject({ assistantModel: false });
  });

  it('is stored with its key sealed, never returned, and answers that user’s chat only', async () => {
    const ana = s.as('own-ana');
    const put = await ana('PUT', '/api/me/chat/model', {
      body: { base_url: `${model.url}/`, model: 'my-model', mode: 'agent', api_key: KEY },
    });
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({
      answering: 'own',
      model: 'my-model',
      own: { base_url: model.url, model: 'my-model', mode: 'agent', has_key: true },
    });
    expect(put.text).not.toContain(KEY);
    expect((await ana('GET', '/api/me/chat/model')).text).not.toContain(KEY);
    const [row] = await rawQuery<{ api_key_sealed: string }>(
      s.database.db,
      'select api_key_sealed from user_model_settings where user_id = $1',
      ['own-ana'],
    );
    expect(row!.api_key_sealed).toMatch(/^v1\./u);
    expect(row!.api_key_sealed).not.toContain(KEY);

    model.script([() => ({ json: answer('Hello from your own model.') })]);
    const chat = await ana('POST', '/api/me/chat', { body: { message: 'hi' } });
    expect(chat.body.response).toBe('Hello from your own model.');
    expect(model.requests[0].auth).toBe(`Bearer ${KEY}`);
    expect(model.requests[0].body.model).toBe('my-model');
    // Another user still has the built-in assistant.
    const other = await s.as('own-bob')('POST', '/api/me/chat', { body: { message: 'add buy milk' } });
    expect(other.status).toBe(200);
    expect(model.requests).toHaveLength(1);
  });

  it('"Test connection" says whether the model answered, never with the key', async () => {
    const cy = s.as('own-cy');
    expect((await cy('POST', '/api/me/chat/model/test')).body).toMatchObject({ ok: false, model: null });
    await cy('PUT', '/api/me/chat/model', { body: { base_url: model.url, model: 'tested', api_key: KEY } });
    model.script([
      () => ({ json: answer('OK') }),
      () => ({ status: 401, json: { error: { message: `bad key ${KEY}` } } }),
    ]);
    const ok = await cy('POST', '/api/me/chat/model/test');
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toEqual({ ok: true, model: 'tested', detail: 'tested answered.' });
    expect(model.requests[0].body.stream).toBe(false);
    const refused = await cy('POST', '/api/me/chat/model/test');
    expect(refused.body).toMatchObject({ ok: false, model: 'tested' });
    expect(refused.body.detail).toContain('HTTP 401');
    expect(refused.text).not.toContain(KEY);
  });

  it('keeps the key when none is given, removes it with null, and is forgotten by DELETE', async () => {
    const di = s.as('own-di');
    await di('PUT', '/api/me/chat/model', { body: { base_url: model.url, model: 'a', api_key: KEY } });
    const kept = await di('PUT', '/api/me/chat/model', { body: { base_url: model.url, model: 'b' } });
    expect(kept.body.own).toMatchObject({ model: 'b', has_key: true, mode: 'auto' });
    const removed = await di('PUT', '/api/me/chat/model', {
      body: { base_url: model.url, model: 'b', api_key: null },
    });
    expect(removed.body.own.has_key).toBe(false);
    expect((await di('DELETE', '/api/me/chat/model')).status).toBe(204);
    expect((await di('GET', '/api/me/chat/model')).body.answering).toBe('builtin');
    expectProblem(await di('DELETE', '/api/me/chat/model'), 404, 'NOT_FOUND');
  });

  it('refuses bad input with a problem naming the field, and changes nothing', async () => {
    const ed = s.as('own-ed');
    await ed('PUT', '/api/me/chat/model', { body: { base_url: model.url, model: 'kept' } });
    const before = (await ed('GET', '/api/me/chat/model')).text;
    for (const body of [
      { base_url: 'ftp://example.com/v1', model: 'x' },
      { base_url: 'not a url', model: 'x' },
      { base_url: 'https://user:pass@example.com/v1', model: 'x' },
      { base_url: model.url, model: '' },
      { base_url: model.url, model: 'x', mode: 'fast' },
      { base_url: model.url, model: 'x', api_key: 'k'.repeat(501) },
      { base_url: model.url, model: 'x', extra: true },
      { model: 'x' },
    ]) {
      const res = await ed('PUT', '/api/me/chat/model', { body });
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(res.body.errors.length, JSON.stringify(body)).toBeGreaterThan(0);
    }
    expect((await ed('GET', '/api/me/chat/model')).text).toBe(before);
  });
});

describe('a user’s own model on a server that keeps the webhooks’ rule', () => {
  let model: ScriptedModel;
  let s: TestServer;
  beforeAll(async () => {
    model = await scriptedModel([]);
    s = await startTestServer({ env: { ASSISTANT_TIMEOUT_MS: '5000' } });
  });
  afterAll(async () => {
    await s?.close();
    await model?.close();
  });

  it('refuses a private or loopback endpoint when it is saved', async () => {
    const fay = s.as('guard-fay');
    for (const base_url of [
      model.url,
      'http://localhost:11434/v1',
      'http://10.0.0.5/v1',
      'http://[::1]:8080/v1',
    ]) {
      const res = await fay('PUT', '/api/me/chat/model', { body: { base_url, model: 'x' } });
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(res.text).toContain('base_url');
    }
    expect((await fay('GET', '/api/me/chat/model')).body.own).toBeNull();
  });

  it('and again at every request: an endpoint stored before never gets the chat', async () => {
    // As if stored while the operator allowed private addresses, then no longer.
    await rawQuery(
      s.database.db,
      'insert into user_model_settings (user_id, base_url, model) values ($1, $2, $3)',
      ['guard-gus', model.url, 'sneaky'],
    );
    model.script([() => ({ json: answer('you should not see this') })]);
    const chat = await s.as('guard-gus')('POST', '/api/me/chat', { body: { message: 'add buy milk' } });
    expect(chat.status, chat.text).toBe(200);
    expect(chat.body.response).not.toContain('you should not see this');
    expect(chat.body.tool_calls).toEqual([]);
    expect(model.requests).toHaveLength(0);
    expect(model.probes).toHaveLength(0);
    const tested = await s.as('guard-gus')('POST', '/api/me/chat/model/test');
    expect(tested.body.ok).toBe(false);
    expect(model.requests).toHaveLength(0);
  });
});

describe('the server’s model, set by the operator, may be on loopback', () => {
  let model: ScriptedModel;
  let s: TestServer;
  beforeAll(async () => {
    model = await scriptedModel([]);
    s = await startTestServer({ env: { OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'house-model' } });
  });
  afterAll(async () => {
    await s?.close();
    await model?.close();
  });

  it('answers, and the panel names it', async () => {
    const res = await s.as('house-hal')('GET', '/api/me/chat/model');
    expect(res.body).toEqual({
      answering: 'server',
      model: 'house-model',
      own: null,
      server_model: 'house-model',
    });
    model.script([() => ({ json: answer('The house model here.') })]);
    const chat = await s.as('house-hal')('POST', '/api/me/chat', { body: { message: 'hi' } });
    expect(chat.body.response).toBe('The house model here.');
  });
});

describe('the server’s model, set by an administrator on the Admin screen', () => {
  let house: ScriptedModel;
  let envModel: ScriptedModel;
  let s: TestServer;
  beforeAll(async () => {
    house = await scriptedModel([]);
    envModel = await scriptedModel([]);
    s = await startTestServer({ env: { OPENAI_BASE_URL: envModel.url, OPENAI_MODEL: 'env-model' } });
  });
  afterAll(async () => {
    await s?.close();
    await house?.close();
    await envModel?.close();
  });

  it('overrides OPENAI_* for everyone without their own, keeps its key sealed, and is cleared back', async () => {
    const root = await person(s, 'Root'); // the first account: the administrator
    const user = await person(s, 'Una');
    const before = await root.as('GET', '/api/admin/model');
    expect(before.body).toEqual({
      source: 'environment',
      base_url: envModel.url,
      model: 'env-model',
      mode: 'auto',
      has_key: false,
      environment_model: 'env-model',
    });
    // Only administrators.
    expectProblem(
      await user.as('PUT', '/api/admin/model', { body: { base_url: house.url, model: 'x' } }),
      403,
      'AUTH_FORBIDDEN',
    );
    const set = await root.as('PUT', '/api/admin/model', {
      body: { base_url: house.url, model: 'house', mode: 'agent', api_key: KEY },
    });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toMatchObject({ source: 'administrator', model: 'house', mode: 'agent', has_key: true });
    expect(set.text).not.toContain(KEY);
    const [row] = await rawQuery<{ model_key_sealed: string }>(
      s.database.db,
      'select model_key_sealed from server_settings',
      [],
    );
    expect(row!.model_key_sealed).not.toContain(KEY);
    expect((await user.as('GET', '/api/me/chat/model')).body).toMatchObject({
      answering: 'server',
      model: 'house',
    });
    house.script([() => ({ json: answer('From the house model.') })]);
    const chat = await user.as('POST', '/api/me/chat', { body: { message: 'hi' } });
    expect(chat.body.response).toBe('From the house model.');
    expect(house.requests[0].auth).toBe(`Bearer ${KEY}`);
    expect(envModel.requests).toHaveLength(0);
    const log = await root.as('GET', '/api/admin/actions');
    expect(JSON.stringify(log.body)).toContain('server-model');
    expect(JSON.stringify(log.body)).not.toContain(KEY);
    // Bad input changes nothing.
    expectProblem(
      await root.as('PUT', '/api/admin/model', { body: { base_url: 'ftp://x', model: 'y' } }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await root.as('GET', '/api/admin/model')).body.model).toBe('house');
    const cleared = await root.as('DELETE', '/api/admin/model');
    expect(cleared.body).toMatchObject({ source: 'environment', model: 'env-model' });
    envModel.script([() => ({ json: answer('From the environment’s model.') })]);
    const again = await user.as('POST', '/api/me/chat', { body: { message: 'hi' } });
    expect(again.body.response).toBe('From the environment’s model.');
  });
});
