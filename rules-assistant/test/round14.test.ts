// Round 14 of issue 18: task-first reading of news about a task (stages/about.ts), requests
// addressed to a task or a list by name (stages/addressed.ts) and the safety checks of the round
// (stages/guard.ts). Each piece is pinned on its own, then whole turns over the real tools, then
// one conversation over HTTP with the real tools and database. The eval cases are rules-assistant/eval/round14.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/support/server.js';
import { offlineAgent } from '../engine/index.js';
import { readAbout, saysNotYet, taskNamed } from '../engine/stages/about.js';
import { readAddressed } from '../engine/stages/addressed.js';
import { realTags, sweepSaid } from '../engine/stages/guard.js';

import { type FixtureTask, realTools } from './support.js';

const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const toolsOver = realTools(clock);

const EN: FixtureTask[] = [
  { id: 1, title: 'Pay electricity bill', due_date: '2025-06-13' },
  { id: 2, title: 'Send quote to Riverside Builders' },
  { id: 3, title: 'Send quote to Harbor Homes' },
  { id: 4, title: 'Dentist appointment', due_at: '2025-06-12T05:00:00.000Z' },
  { id: 5, title: 'Team standup', recurrence: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2025-06-16' },
  { id: 6, title: 'Return library books', completed: true },
];
const UR: FixtureTask[] = [
  { id: 1, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-13' },
  { id: 2, title: 'گیس کا بل جمع کرانا', due_date: '2025-06-15' },
  { id: 3, title: 'درزی سے سوٹ لینا', due_date: '2025-06-14' },
  { id: 4, title: 'عید کی تیاری', list: 'عید' },
];

/** What a line reads as about the tasks: the task named and the reading, or what was named. */
function about(text: string, tasks: FixtureTask[], lang: 'en' | 'ur' | 'roman') {
  const named = taskNamed(text, tasks, lang);
  if (named?.kind !== 'one') return named;
  return { id: named.task.id, ...readAbout(text, named.used, named.task.completed === true, lang, clock) };
}

describe('task-first naming', () => {
  it('names a task by a word only its title has, with most of its words or a pointer', () => {
    expect(about('riverside quote went out', EN, 'en')).toMatchObject({ id: 2, kind: 'done' });
    expect(
      about('darzi wala kaam, pata nahi', [{ id: 7, title: 'Darzi se suit lena' }], 'roman'),
    ).toMatchObject({
      id: 7,
      kind: 'unclear',
    });
  });

  it('asks which when the words name a kind of task several have', () => {
    expect(taskNamed('quote emailed', EN, 'en')).toMatchObject({
      kind: 'several',
      tasks: [{ id: 2 }, { id: 3 }],
    });
    expect(taskNamed('بل ادا کر دیا ہے', UR, 'ur')).toMatchObject({ kind: 'several' });
  });

  it('never names a task by a word led by another noun, or by a date word alone', () => {
    // "internet bill" is not "Pay electricity bill"; "انٹرنیٹ کا بل" is not "بجلی کا بل".
    expect(taskNamed('internet bill paid', [EN[0]!, EN[3]!], 'en')).toBeNull();
    expect(taskNamed('ہر مہینے انٹرنیٹ کا بل جمع کرانا ہے', [UR[0]!, UR[2]!], 'ur')).toBeNull();
    expect(
      taskNamed('har 2 hafte friday ko laundry', [{ id: 1, title: 'Haftawar safai' }], 'roman'),
    ).toBeNull();
    // A new thing that shares one word of a longer title is no news of it.
    expect(
      taskNamed(
        'need to get the new price list from the supplier',
        [{ id: 1, title: 'Call supplier about container delay' }],
        'en',
      ),
    ).toBeNull();
  });
});

describe('what is said about the task named', () => {
  it('reads done, not done after all, a skip, a note', () => {
    expect(about('electricity bill paid off this morning', EN, 'en')).toMatchObject({ id: 1, kind: 'done' });
    expect(about("library books return didn't count, need to go again", EN, 'en')).toMatchObject({
      id: 6,
      kind: 'undone',
    });
    expect(about('standup is off this monday, the office is shut', EN, 'en')).toMatchObject({
      id: 5,
      kind: 'skip',
    });
    expect(about('about the dentist appointment: bring the x-rays', EN, 'en')).toMatchObject({
      id: 4,
      kind: 'note',
      description: 'bring the x-rays',
    });
  });

  it('reads a new date, a new time on the same day, a priority and a repeat', () => {
    expect(about('electricity bill moved to the 20th, salary is late', EN, 'en')).toMatchObject({
      id: 1,
      kind: 'change',
      change: { due_date: '2025-06-20', keepTime: true },
    });
    expect(about('dentist is still tomorrow, only now at 4pm', EN, 'en')).toMatchObject({
      kind: 'change',
      change: { due_at: '2025-06-12T11:00:00.000Z' },
    });
    expect(about('درزی والا کام ہفتے کے بجائے پیر کو ہے', UR, 'ur')).toMatchObject({
      id: 3,
      change: { due_date: '2025-06-16' },
    });
    expect(
      about('دادی کو ہسپتال اب بارہ بجے', [{ id: 9, title: 'دادی کو ہسپتال لے جانا' }], 'ur'),
    ).toMatchObject({
      kind: 'change',
      timeOnly: true,
    });
    expect(about('گیس کا بل سب سے اہم ہے', UR, 'ur')).toMatchObject({ id: 2, change: { priority: 'high' } });
    expect(about('the electricity bill comes every month on the 5th', EN, 'en')).toMatchObject({
      change: { recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5' },
    });
  });

  it('never reads done where the line says not, later, or what is still to come', () => {
    expect(about('dentist appointment is a whole thing with the insurance', EN, 'en')).toMatchObject({
      kind: 'unclear',
    });
    expect(about('electricity bill will be paid tomorrow', EN, 'en')).not.toMatchObject({ kind: 'done' });
    expect(about("electricity bill isn't paid", EN, 'en')).toMatchObject({ kind: 'unclear' });
    expect(saysNotYet('gym renewal can be done by the 25th instead', 'en')).toBe(true);
  });
});

describe('requests addressed to a task or a list', () => {
  it('puts each into its command form', () => {
    expect(readAddressed('eid ki tayyari ke neeche likh do: mehndi, choorian', 'roman')).toBe(
      'add a subtask to eid ki tayyari: mehndi, choorian',
    );
    expect(readAddressed('شادی والی لسٹ میں ڈال دیں: مہندی کا سامان', 'ur')).toBe(
      'add مہندی کا سامان to the شادی list',
    );
    expect(readAddressed('darzi wale task pe comment likh do ke naap purana hai', 'roman')).toBe(
      'comment on the darzi task: naap purana hai',
    );
    expect(readAddressed('pardey wala kaam Eid list mein daal do', 'roman')).toBe(
      'move pardey to the Eid list',
    );
    expect(readAddressed('ایک نئی لسٹ بنا دیں عمرہ کے نام سے', 'ur')).toBe('create a list called عمرہ');
    expect(readAddressed('remind me the night before chemistry is due', 'en')).toBe(
      'remind me a day before chemistry',
    );
  });

  it('leaves commands and questions to the other readers', () => {
    expect(readAddressed('put batteries on my home list', 'en')).toBeNull();
    // "under #clients" are tags; only a quoted title is put under a task by "put".
    expect(readAddressed('put the client call under #clients and #calls', 'en')).toBeNull();
    expect(readAddressed("put 'compare prices' under book hotel", 'en')).toBe(
      "add a subtask to book hotel: 'compare prices'",
    );
    expect(readAddressed("what's on my work list", 'en')).toBeNull();
    expect(readAddressed('naye glass Home wali list mein daal do', 'roman')).toBeNull();
  });
});

describe('safety checks of round 14', () => {
  it('takes a vague sweep of many tasks for what it is', () => {
    expect(sweepSaid('wipe all the business stuff, starting fresh next month', 'en')).not.toBeNull();
    expect(sweepSaid('nuke the instagram thing lol', 'en')).toBeNull();
    expect(sweepSaid('saare purane kaam hata do', 'roman')).not.toBeNull();
  });

  it('keeps only real tags', () => {
    expect(realTags(['accounts', 'as', 'well'])).toEqual(['accounts']);
  });
});

describe('whole turns over the real tools', () => {
  const run = async (tasks: FixtureTask[], message: string) => {
    const store = toolsOver(tasks);
    const out = await offlineAgent.run({ userId: 'u', message, history: [], ...clock, callTool: store.run });
    const changes = out.tool_calls.filter(
      (c) => !['list_tasks', 'get_task', 'search_tasks', 'list_lists'].includes(c.name),
    );
    return { out, changes, tasks: await store.tasks() };
  };

  it('completes, moves, skips and reopens the task named, and asks when two are', async () => {
    const done = await run(EN, 'riverside quote went out today');
    expect(done.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['complete_task', 2]]);
    const moved = await run(EN, 'electricity bill moved to the 20th, salary is late');
    expect(moved.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['set_task_details', 1]]);
    expect(moved.tasks.find((t) => t.id === 1)?.due_date).toBe('2025-06-20');
    // A new time alone keeps the day the task is due on (tomorrow), at 4 PM in Karachi.
    const timed = await run(EN, 'dentist is still tomorrow, only now at 4pm');
    expect(timed.tasks.find((t) => t.id === 4)?.due_at).toBe('2025-06-12T11:00:00.000Z');
    const skipped = await run(EN, 'standup is off this monday, the office is shut');
    expect(skipped.changes.map((c) => c.name)).toEqual(['skip_occurrence']);
    const reopened = await run(
      EN,
      "library books return didn't count, the machine ate my card, need to go again",
    );
    expect(reopened.changes.map((c) => c.name)).toEqual(['reopen_task']);
    const asked = await run(EN, 'quote emailed');
    expect(asked.changes).toEqual([]);
    expect(asked.out.response).toMatch(/Riverside[\s\S]*Harbor[\s\S]*|Harbor[\s\S]*Riverside/u);
  });

  it('never adds a statement about a task it names, nor acts on a sweep or the reason of a deletion', async () => {
    const unclear = await run(EN, 'the dentist appointment is a whole thing with the insurance');
    expect(unclear.changes).toEqual([]);
    expect(unclear.out.response).toMatch(/\?/u);
    const sweep = await run(EN, 'clear out all the work stuff, new job next week');
    expect(sweep.changes).toEqual([]);
    // The deletion is read (the reason left out) and asked about first (stages/deletes.ts).
    const deletion = await run(UR, 'درزی والا کام ہٹا دیں، دکان بند ہو گئی ہے');
    expect(deletion.changes).toEqual([]);
    expect(deletion.out.response).toContain(`"${UR.find((t) => t.id === 3)!.title}" حذف کر دوں؟`);
  });

  it('adds a subtask under a task and a task into a list named first, replying in Urdu', async () => {
    const sub = await run(UR, 'عید کی تیاری کے نیچے ڈال دیں: مہندی لگوانا');
    expect(sub.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['add_subtask', 4]]);
    expect(sub.out.response).toMatch(/[\u0600-\u06ff]/u);
    const listed = await run(UR, 'عید والی لسٹ میں شامل کر دیں: چوڑیاں لینا');
    expect(listed.changes.map((c) => [c.name, c.arguments.list])).toEqual([['add_task_details', 'عید']]);
  });
});

describe('news about a task over HTTP, with the real tools and database', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('completes the task named by news of it and moves another by news of its new date', async () => {
    const call = server.as('round-14');
    await call('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } });
    const quote = await call('POST', '/api/me/tasks', {
      body: { title: 'Send quote to Riverside Builders' },
    });
    await call('POST', '/api/me/tasks', { body: { title: 'Send quote to Harbor Homes' } });
    const car = await call('POST', '/api/me/tasks', { body: { title: 'Car service' } });
    const say = async (message: string) => {
      const res = await call('POST', '/api/me/chat', { body: { message } });
      expect(res.status, res.text).toBe(200);
      return res.body as { response: string };
    };
    const asked = await say('quote emailed');
    expect(asked.response).toMatch(/\?/u);
    await say('riverside quote went out');
    expect((await call('GET', `/api/me/tasks/${quote.body.id}`)).body.completed).toBe(true);
    await say('car service moved to the 28th, garage is full');
    const moved = (await call('GET', `/api/me/tasks/${car.body.id}`)).body as { due_date: string | null };
    expect(moved.due_date).toMatch(/-28$/u);
    const titles = ((await call('GET', '/api/me/tasks')).body.tasks as { title: string }[]).map(
      (t) => t.title,
    );
    expect(titles).toHaveLength(3);
  });
});
