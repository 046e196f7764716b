// Requests the built-in assistant serves over the real chat endpoint, in English, Roman Urdu and
// Urdu: what was finished today or this week (listed, never searched for as a task's words), and
// several things announced in one line (one task each, more than two confirmed first), and a bulk
// change by tag through the same confirm-first path as a day's. Runs
// on either database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const say = (user: string, message: string, conversation_id?: number) =>
  server.as(user)('POST', '/api/me/chat', {
    body: { message, ...(conversation_id ? { conversation_id } : {}) },
  });

const changes = (body: any): string[] =>
  body.tool_calls.map((c: any) => c.name).filter((n: string) => !/^(?:list|search|get)_/u.test(n));

async function task(user: string, title: string, done = false): Promise<any> {
  const made = await server.as(user)('POST', '/api/me/tasks', { body: { title } });
  expect(made.status, made.text).toBe(201);
  if (done) await server.as(user)('PATCH', `/api/me/tasks/${made.body.id}`, { body: { completed: true } });
  return made.body;
}

describe('what was finished today or this week', () => {
  it.each([
    ['en', 'what did I finish today?'],
    ['roman', 'aaj maine kya kya khatam kiya?'],
    ['roman', 'is hafte maine kya kya complete kiya?'],
    ['ur', 'آج میں نے کون سے کام مکمل کیے؟'],
    ['ur', 'اس ہفتے میں نے کیا مکمل کیا؟'],
  ])('%s: "%s" lists the finished tasks and changes nothing', async (lang, question) => {
    const user = `finished-${lang}-${question.length}`;
    await task(user, 'Sweep the yard', true);
    await task(user, 'Mend the fence', true);
    await task(user, 'Paint the gate');
    const asked = await say(user, question);
    expect(asked.status, asked.text).toBe(200);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toContain('Sweep the yard');
    expect(asked.body.response).toContain('Mend the fence');
    expect(asked.body.response).not.toContain('Paint the gate');
  });
});

const titles = async (user: string): Promise<string[]> =>
  (await server.as(user)('GET', '/api/me/tasks?limit=200&sort=created')).body.tasks.map((t: any) => t.title);

describe('several things announced in one line', () => {
  it.each([
    ['en', 'two things: call mom and pay rent', ['Call mom', 'Pay rent']],
    [
      'roman',
      'do kaam hain: ammi ko call karna aur bijli ka bill jama karna',
      ['Ammi ko call karna', 'Bijli ka bill jama karna'],
    ],
    ['ur', 'دو کام: امی کو فون کرنا اور بجلی کا بل جمع کرانا', ['امی کو فون کرنا', 'بجلی کا بل جمع کرانا']],
  ])('%s: two things are two tasks', async (lang, line, expected) => {
    const user = `announced-${lang}`;
    const added = await say(user, line);
    expect(changes(added.body)).toEqual(['add_task', 'add_task']);
    expect((await titles(user)).sort()).toEqual([...expected].sort());
  });

  it('three things are said back as one plan and added on "yes"', async () => {
    const user = 'announced-three';
    const asked = await say(user, 'three things: call mom, pay rent and book the car service');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/Call mom.*Pay rent.*Book the car service/su);
    const yes = await say(user, 'yes', asked.body.conversation_id);
    expect(changes(yes.body)).toEqual(['add_task', 'add_task', 'add_task']);
    expect((await titles(user)).sort()).toEqual(['Book the car service', 'Call mom', 'Pay rent']);
  });

  it('a title that is one thing stays one task', async () => {
    const user = 'announced-one';
    const added = await say(user, 'buy milk, eggs and bread');
    expect(changes(added.body)).toHaveLength(1);
    expect(await titles(user)).toEqual(['Buy milk, eggs and bread']);
  });
});

describe('a bulk change by tag, shown first and made on "yes"', () => {
  it.each([
    ['en', 'mark all the home ones done', 'yes'],
    ['roman', 'saare home wale kaam mukammal kar do', 'haan'],
    ['ur', 'تمام home والے کام مکمل کر دو', 'ہاں'],
  ])('%s: the tagged tasks, and no other, are completed', async (lang, line, yes) => {
    const user = `bulk-tag-${lang}`;
    const tagged = ['Fix the tap', 'Clean the gutter'];
    for (const title of tagged)
      await server.as(user)('POST', '/api/me/tasks', { body: { title, tags: ['home'] } });
    await server.as(user)('POST', '/api/me/tasks', { body: { title: 'Home loan papers', tags: ['bank'] } });
    const asked = await say(user, line);
    expect(changes(asked.body)).toEqual([]);
    for (const title of tagged) expect(asked.body.response).toContain(title);
    expect(asked.body.response).not.toContain('Home loan papers');
    const done = await say(user, yes, asked.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task', 'complete_task']);
    const tasks = (await server.as(user)('GET', '/api/me/tasks?limit=200')).body.tasks;
    expect(
      tasks
        .filter((t: any) => t.completed)
        .map((t: any) => t.title)
        .sort(),
    ).toEqual([...tagged].sort());
  });
});
