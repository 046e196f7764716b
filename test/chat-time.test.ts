// The built-in assistant reads time as quick add does, over the real chat endpoint: a numeric date
// by the account's date order and Urdu and Roman Urdu words of time that only the product's one
// reader of time knows ("agle mahine", "اگلے مہینے", "یکم ستمبر"), a duration ("for 45 min", "45 منٹ
// کے لیے"), "ہفتہ وار" (weekly), and a correction naming only a day, in English, Roman Urdu and Urdu.
// Runs on either database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const say = (user: string, message: string) => server.as(user)('POST', '/api/me/chat', { body: { message } });

const tasksOf = async (user: string): Promise<any[]> =>
  (await server.as(user)('GET', '/api/me/tasks?limit=200&sort=created')).body.tasks;

const changes = (body: any): string[] =>
  body.tool_calls.map((c: any) => c.name).filter((n: string) => !/^(?:list|search|get)_/u.test(n));

async function withDateOrder(user: string, order: 'dmy' | 'mdy'): Promise<void> {
  const settings = await server.as(user)('PATCH', '/api/me/settings', { body: { date_order: order } });
  expect(settings.status, settings.text).toBe(200);
}

describe("a numeric date is read by the account's date order, as quick add reads it", () => {
  it.each([
    ['en', 'add call the bank on 12/7', 'call the bank'],
    ['roman', 'bank ko call karna hai 12/7 ko', 'bank ko call karna'],
    ['ur', '12/7 کو بینک کو فون کرنا ہے', 'بینک کو فون کرنا'],
  ])('%s: day first, 12/7 is the 12th of July and leaves the title', async (lang, line, title) => {
    const user = `time-dmy-${lang}`;
    await withDateOrder(user, 'dmy');
    const said = await say(user, line);
    expect(said.status, said.text).toBe(200);
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf(user);
    expect(made.due_date).toMatch(/-07-12$/u);
    expect(made.title.toLowerCase()).toContain(title);
    expect(made.title).not.toContain('12/7');
  });

  it('month first, the same line is the 7th of December', async () => {
    const user = 'time-mdy-en';
    await withDateOrder(user, 'mdy');
    const said = await say(user, 'add call the bank on 12/7');
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf(user);
    expect(made.due_date).toMatch(/-12-07$/u);
  });

  it("an account that never set its date order reads it month first, as the settings' default", async () => {
    const said = await say('time-default-order', 'add call the bank on 12/7');
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf('time-default-order');
    expect(made.due_date).toMatch(/-12-07$/u);
    expect(made.title).toBe('Call the bank');
  });
});

describe("Urdu and Roman Urdu words of time the product's reader knows", () => {
  it.each([
    ['roman', 'agle mahine gaari ki service karwani hai', 'gaari ki service karwani'],
    ['ur', 'اگلے مہینے گاڑی کی سروس کروانی ہے', 'گاڑی کی سروس کروانی'],
  ])('%s: "next month" is the 1st of next month, and leaves the title', async (lang, line, title) => {
    const user = `time-next-month-${lang}`;
    const said = await say(user, line);
    expect(said.status, said.text).toBe(200);
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf(user);
    const now = new Date();
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    expect(made.due_date).toBe(first.toISOString().slice(0, 10));
    expect(made.title.toLowerCase()).toBe(title);
  });
});

describe('"the 1st" before a month is that date, read whole by the shared reader', () => {
  it.each([
    ['roman', 'spain wali shipment yakum september ko bhejni hai', 'spain wali shipment bhejni'],
    ['ur', 'اسپین والی شپمنٹ یکم ستمبر کو بھیجنی ہے', 'اسپین والی شپمنٹ بھیجنی'],
  ])('%s: the 1st of September, the month not left in the title', async (lang, line, title) => {
    const user = `time-first-of-month-${lang}`;
    const said = await say(user, line);
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf(user);
    const now = new Date();
    const thisYear = `${now.getUTCFullYear()}-09-01`;
    const today = now.toISOString().slice(0, 10);
    expect(made.due_date).toBe(thisYear >= today ? thisYear : `${now.getUTCFullYear() + 1}-09-01`);
    expect(made.title.toLowerCase()).toBe(title);
  });
});

describe('how long a task takes, read as quick add reads it', () => {
  it.each([
    ['en', 'add prep the quarterly slides tomorrow at 5 for 45 min', 'prep the quarterly slides'],
    [
      'roman',
      'kal shaam saarhe 5 baje quarterly slides ki prep, 45 minute ke liye',
      'quarterly slides ki prep',
    ],
    ['ur', 'کل شام ساڑھے 5 بجے سہ ماہی سلائیڈز کی تیاری، 45 منٹ کے لیے', 'سہ ماہی سلائیڈز کی تیاری'],
  ])('%s: 45 minutes is the duration, not the title', async (lang, line, title) => {
    const user = `time-duration-${lang}`;
    const said = await say(user, line);
    expect(said.status, said.text).toBe(200);
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf(user);
    expect(made.duration).toBe(45);
    expect(made.due_at).not.toBeNull();
    expect(made.title.toLowerCase()).toBe(title);
  });
});

describe('Urdu words around a date stay out of the title', () => {
  it('"۱۵ دسمبر کو، لکھ لو": the postposition before a comma goes with the date', async () => {
    const said = await say('time-ko-comma', 'ماسی کی تنخواہ ۱۵ دسمبر کو، لکھ لو');
    expect(changes(said.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf('time-ko-comma');
    expect(made.title).toBe('ماسی کی تنخواہ');
    expect(made.due_date).toMatch(/-12-15$/u);
  });

  it('"ہفتہ وار" (weekly) names the task and is never Saturday', async () => {
    const weekly = await say('time-weekly', 'ہر پیر صبح 8 بجے ہفتہ وار رپورٹ بنانا');
    expect(changes(weekly.body)).toEqual(['add_task_details']);
    const [repeating] = await tasksOf('time-weekly');
    expect(repeating.title).toBe('ہفتہ وار رپورٹ بنانا');
    expect(repeating.recurrence).toBe('FREQ=WEEKLY;BYDAY=MO');
    const once = await say('time-weekly-once', 'ہفتہ وار رپورٹ کل تک بنانا');
    expect(changes(once.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf('time-weekly-once');
    expect(made.title).toBe('ہفتہ وار رپورٹ بنانا');
    // Tomorrow in the account's zone (UTC here): the day after today, whatever weekday it is.
    expect(made.due_date).toBe(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  });
});

describe('a correction that names only a day', () => {
  it.each([
    ['en', 'add get the car washed tomorrow', 'no wait, saturday'],
    ['ur', 'کل گاڑی دھلوانی ہے، لکھ لو', 'نہیں، ہفتے کو'],
  ])('%s: moves the day and sends no due time', async (lang, first, correction) => {
    const user = `time-correction-${lang}`;
    const added = await say(user, first);
    expect(changes(added.body)).toEqual(['add_task_details']);
    const fixed = await server.as(user)('POST', '/api/me/chat', {
      body: { message: correction, conversation_id: added.body.conversation_id },
    });
    expect(fixed.status, fixed.text).toBe(200);
    const [call] = fixed.body.tool_calls.filter((c: any) => c.name === 'set_task_details');
    expect(call.arguments).toHaveProperty('due_date');
    expect(call.arguments).not.toHaveProperty('due_at');
    const [made] = await tasksOf(user);
    expect(new Date(`${made.due_date}T12:00:00Z`).getUTCDay()).toBe(6);
    expect(made.due_at).toBeNull();
  });
});

describe('a change that names its field ("ki date daal do", "کی تاریخ ڈال دو") changes the task in focus', () => {
  it.each([
    [
      'roman',
      'passport renew karwana hai add kar do',
      'isko zaroori kar do aur mahine ke aakhir tak ki date daal do',
    ],
    ['ur', 'پاسپورٹ کی تجدید کروانی ہے، لکھ لو', 'اسے فوری کر دو اور مہینے کے آخر کی تاریخ ڈال دو'],
  ])(
    '%s: priority and the month end on the task just added, no task titled with the words',
    async (lang, first, change) => {
      const user = `time-field-change-${lang}`;
      const added = await say(user, first);
      expect(changes(added.body)).toEqual(['add_task']);
      const changed = await server.as(user)('POST', '/api/me/chat', {
        body: { message: change, conversation_id: added.body.conversation_id },
      });
      expect(changed.status, changed.text).toBe(200);
      expect(changes(changed.body)).toEqual(['set_task_details']);
      const tasks = await tasksOf(user);
      expect(tasks).toHaveLength(1);
      expect(tasks[0].priority).toBe('high');
      const now = new Date();
      const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0))
        .toISOString()
        .slice(0, 10);
      expect(tasks[0].due_date).toBe(monthEnd);
    },
  );
});
