// A conversation with the built-in assistant over the real chat endpoint, in English, Roman Urdu and
// Urdu: an add that opens with a priority word and names a tag, a "not the one for X" that leaves one
// task to choose (and asks when it leaves several), a list of three to-dos said back as one plan and
// added on "yes" (a list of things stays one task), what was finished today, and ways of saying time
// the assistant reads through the product's one reader (shared/when, quick add's tables). Runs on
// either database.
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

const tasksOf = async (user: string): Promise<any[]> =>
  (await server.as(user)('GET', '/api/me/tasks?limit=200&sort=created&status=all')).body.tasks;

const changes = (body: any): string[] =>
  body.tool_calls.map((c: any) => c.name).filter((n: string) => !/^(?:list|search|get)_/u.test(n));

async function withTasks(user: string, titles: string[]): Promise<void> {
  for (const title of titles) {
    const made = await server.as(user)('POST', '/api/me/tasks', { body: { title } });
    expect(made.status, made.text).toBeLessThan(300);
  }
}

describe('an add that opens with a priority word and names a tag', () => {
  it.each([
    ['en', 'urgent: call the bank #finance', 'call the bank'],
    ['roman', 'zaroori: bank ko call karna #finance', 'bank ko call karna'],
    ['ur', 'ضروری: بینک کو کال کرنی ہے #finance', 'بینک کو کال کرنی'],
  ])('%s: one task, high priority, the tag, neither word in the title', async (lang, line, title) => {
    const user = `conv-priority-${lang}`;
    const said = await say(user, line);
    expect(said.status, said.text).toBe(200);
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made, ...more] = await tasksOf(user);
    expect(more).toEqual([]);
    expect(made.title.toLowerCase()).toBe(title);
    expect(made.priority).toBe('high');
    expect(made.tags).toEqual(['finance']);
  });
});

describe('a "not the one for X" chooses the task it leaves', () => {
  it.each([
    ['en', ['Buy medicine for mom', 'Buy medicine for dad'], 'buy medicine is done, not the one for dad'],
    ['roman', ['Ammi ki dawai lena', 'Abbu ki dawai lena'], 'dawai wala kaam ho gaya, jo abbu ka nahi hai'],
    ['ur', ['امی کی دوائی لینی', 'ابو کی دوائی لینی'], 'دوائی والا کام ہو گیا، جو ابو کا نہیں ہے'],
  ])('%s: the one left is completed, the excluded one stays open', async (lang, titles, line) => {
    const user = `conv-not-${lang}`;
    await withTasks(user, titles);
    const said = await say(user, line);
    expect(said.status, said.text).toBe(200);
    expect(changes(said.body)).toEqual(['complete_task']);
    const done = (await tasksOf(user)).filter((t) => t.completed).map((t) => t.title);
    expect(done).toEqual([titles[0]]);
  });

  it('asks which when the exclusion leaves several, and changes nothing', async () => {
    const user = 'conv-not-several';
    await withTasks(user, ['Buy medicine for mom', 'Buy medicine for dad', 'Buy medicine for gran']);
    const said = await say(user, 'buy medicine is done, not the one for dad');
    expect(changes(said.body)).toEqual([]);
    expect(said.body.response).toMatch(/Which one/u);
    expect(said.body.response).not.toMatch(/for dad/u);
    expect((await tasksOf(user)).filter((t) => t.completed)).toEqual([]);
  });
});

describe('a list of three to-dos is one task each, said back as one plan first', () => {
  it.each([
    [
      'en',
      'call the plumber, buy bread and pay the rent',
      'yes',
      ['call the plumber', 'buy bread', 'pay the rent'],
    ],
    [
      'roman',
      'doodh lena hai, bijli ka bill bharna hai aur gaari dhulwani hai',
      'haan',
      ['doodh lena', 'bijli ka bill bharna', 'gaari dhulwani'],
    ],
    [
      'ur',
      'دودھ لینا ہے، بجلی کا بل بھرنا ہے اور گاڑی دھلوانی ہے',
      'ہاں',
      ['دودھ لینا', 'بجلی کا بل بھرنا', 'گاڑی دھلوانی'],
    ],
  ])('%s: nothing is added until "yes", then three tasks', async (lang, line, yes, titles) => {
    const user = `conv-list-${lang}`;
    const asked = await say(user, line);
    expect(asked.status, asked.text).toBe(200);
    expect(changes(asked.body)).toEqual([]);
    expect(await tasksOf(user)).toEqual([]);
    const added = await say(user, yes, asked.body.conversation_id);
    expect(changes(added.body)).toEqual(['add_task', 'add_task', 'add_task']);
    expect((await tasksOf(user)).map((t) => t.title.toLowerCase()).sort()).toEqual([...titles].sort());
  });

  it('a list of things ("buy milk, eggs and bread") stays one task', async () => {
    const user = 'conv-list-things';
    const said = await say(user, 'add buy milk, eggs and bread');
    expect(changes(said.body)).toEqual(['add_task']);
    expect((await tasksOf(user)).map((t) => t.title)).toEqual(['Buy milk, eggs and bread']);
  });
});

describe('what was finished today, in each language', () => {
  it.each([
    ['en', 'what did I finish today?'],
    ['roman', 'aaj maine kya kya khatam kiya?'],
    ['ur', 'آج میں نے کیا مکمل کیا؟'],
  ])('%s: lists the task finished today and changes nothing', async (lang, line) => {
    const user = `conv-finished-${lang}`;
    await withTasks(user, ['Send the invoice', 'Water the plants']);
    const [first] = await tasksOf(user);
    const done = await server.as(user)('PATCH', `/api/me/tasks/${first.id}/complete`, {
      body: { completed: true },
    });
    expect(done.status, done.text).toBe(200);
    const said = await say(user, line);
    expect(changes(said.body)).toEqual([]);
    expect(said.body.response).toContain('Send the invoice');
    expect(said.body.response).not.toContain('Water the plants');
  });
});

describe('time the assistant reads through the one reader it shares with quick add', () => {
  const weekday = (t: any) => new Date(t.due_date ?? t.due_at).getUTCDay();
  it.each([
    ['en', 'add call the bank tomorrow at half past 3', 'call the bank'],
    ['roman', 'kal saarhe teen baje bank ko call karna hai', 'bank ko call karna'],
    ['ur', 'کل ساڑھے تین بجے بینک کو فون کرنا ہے', 'بینک کو فون کرنا'],
  ])('%s: tomorrow at 3:30 in the afternoon, out of the title', async (lang, line, title) => {
    const user = `conv-time-half-${lang}`;
    const said = await say(user, line);
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf(user);
    expect(made.title.toLowerCase()).toBe(title);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(made.due_at).toBe(`${tomorrow}T15:30:00.000Z`);
  });

  it.each([
    ['en', 'add dentist appointment next week thursday', 'dentist appointment'],
    ['roman', 'agle hafte jumeraat dentist ke paas jana hai', 'dentist ke paas jana'],
    ['ur', 'اگلے ہفتے کی جمعرات ڈینٹسٹ کے پاس جانا ہے', 'ڈینٹسٹ کے پاس جانا'],
  ])('%s: the Thursday of next week', async (lang, line, title) => {
    const user = `conv-time-next-${lang}`;
    const said = await say(user, line);
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf(user);
    expect(made.title.toLowerCase()).toBe(title);
    expect(weekday(made)).toBe(4);
    const days = (Date.parse(made.due_date) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(10);
  });
});

describe('a bulk change by list or by words, through the confirm-first bulk path', () => {
  it.each([
    ['en', 'mark everything in the groceries list done', 'yes'],
    ['roman', 'groceries list ke saare kaam mukammal kar do', 'haan'],
    ['ur', 'تمام groceries والے کام مکمل کر دو', 'ہاں'],
  ])("%s: the list's open tasks are shown, and completed on yes only", async (lang, line, yes) => {
    const user = `conv-bulk-list-${lang}`;
    const made = await server.as(user)('POST', '/api/me/lists', { body: { name: 'Groceries' } });
    expect(made.status, made.text).toBe(201);
    for (const title of ['Milk', 'Eggs'])
      await server.as(user)('POST', '/api/me/tasks', { body: { title, list_id: made.body.id } });
    await withTasks(user, ['Call the bank']);
    const asked = await say(user, line);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toContain('Milk');
    expect(asked.body.response).not.toContain('Call the bank');
    const done = await say(user, yes, asked.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task', 'complete_task']);
    const finished = (await tasksOf(user)).filter((t) => t.completed).map((t) => t.title);
    expect(finished.sort()).toEqual(['Eggs', 'Milk']);
  });

  it('by words its tasks hold: "move all the medicine tasks to <day>" shows them, moves them on yes', async () => {
    const user = 'conv-bulk-words';
    await withTasks(user, ['Buy medicine for mom', 'Buy medicine for dad', 'Call the bank']);
    const asked = await say(user, 'move all the medicine tasks to friday');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).not.toContain('Call the bank');
    const moved = await say(user, 'yes', asked.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details', 'set_task_details']);
    const after = await tasksOf(user);
    const friday = (t: any) => new Date(t.due_date ?? t.due_at).getUTCDay() === 5;
    expect(
      after
        .filter(friday)
        .map((t) => t.title)
        .sort(),
    ).toEqual(['Buy medicine for dad', 'Buy medicine for mom']);
  });
});
