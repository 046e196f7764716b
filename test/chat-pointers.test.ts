// Pointers and questions over the real chat endpoint, in English, Roman Urdu and Urdu: a question
// about one task's priority or day answers it and puts the task in focus, so a change after it
// needs no "which one?"; "both" after a listing of two changes the two; a correction naming a bare
// clock time ("7:30") keeps the task's day and the half of the day nearer its hour; an English
// listing of "the X tasks" narrows to the titles holding X; "what did I finish this week?" in Roman
// Urdu and Urdu lists the work finished. Runs on either database.
import { describe, expect, it } from 'vitest';
import { changes, chatSuite, laterDay, weekdayOf } from './support/chat-turns.js';

const { say, tasksOf, add, as } = chatSuite();

describe('a question about one task answers it and puts the task in focus', () => {
  it.each([
    [
      'en',
      'Pay the council tax',
      'is the council tax high priority?',
      /medium priority/u,
      'ok make it urgent then',
    ],
    [
      'roman',
      'Council tax jama karna',
      'kya council tax zaroori hai?',
      /priority medium/u,
      'isko zaroori kar do',
    ],
    ['ur', 'گیس کا بل جمع کرانا', 'کیا گیس کا بل ضروری ہے؟', /ترجیح درمیانی/u, 'اسے ضروری کر دو'],
  ])('%s: the priority is told, and "it" next is that task', async (lang, title, question, told, change) => {
    const user = `pointer-priority-${lang}`;
    await add(user, { title, priority: 'medium' });
    await add(user, { title: 'Water the plants' });
    const asked = await say(user, question);
    expect(asked.status, asked.text).toBe(200);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(told);
    const changed = await say(user, change, asked.body.conversation_id);
    expect(changes(changed.body)).toEqual(['set_task_details']);
    const after = await tasksOf(user);
    expect(after).toHaveLength(2);
    expect(after.find((t) => t.title === title).priority).toBe('high');
    expect(after.find((t) => t.title === 'Water the plants').priority).not.toBe('high');
  });

  const later = laterDay();
  it.each([
    ['en', 'Wedding gift for Ali', 'what day is the wedding gift for Ali?', `move it to ${later.en}`],
    [
      'roman',
      'Ali ki shaadi ka tohfa',
      'Ali ki shaadi ka tohfa kis din ka hai?',
      `isay ${later.roman} pe kar do`,
    ],
    ['ur', 'علی کی شادی کا تحفہ', 'علی کی شادی کا تحفہ کس دن کا ہے؟', `اسے ${later.ur} پر کر دو`],
  ])('%s: "what day is X?" tells its day, and "it" next is X', async (lang, title, question, move) => {
    const user = `pointer-day-${lang}`;
    await add(user, { title, due_date: '2031-03-03' });
    await add(user, { title: 'Water the plants' });
    const asked = await say(user, question);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toContain(title);
    expect(asked.body.response).toMatch(/3 Mar|3 مارچ/u);
    const moved = await say(user, move, asked.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    expect(weekdayOf((await tasksOf(user)).find((t) => t.title === title))).toBe(later.weekday);
  });
});

describe('"both" after a listing of two changes the two', () => {
  const later = laterDay();
  it.each([
    [
      'en',
      ['Email Sara the budget', 'Email Bilal the budget'],
      'show me the budget tasks',
      `both of them can move to ${later.en}`,
    ],
    [
      'roman',
      ['Sara ko slides bhejni', 'Bilal ko slides bhejni'],
      'slides wale kaam dikhao',
      `dono ko ${later.roman} pe kar do`,
    ],
    [
      'ur',
      ['سارہ کو سلائیڈیں بھیجنا', 'بلال کو سلائیڈیں بھیجنا'],
      'سلائیڈیں والے کام دکھاؤ',
      `دونوں کو ${later.ur} پر کر دو`,
    ],
  ])('%s: both move, the others stay', async (lang, titles, listing, move) => {
    const user = `pointer-both-${lang}`;
    for (const title of titles) await add(user, { title });
    await add(user, { title: 'Water the plants' });
    const listed = await say(user, listing);
    expect(listed.status, listed.text).toBe(200);
    for (const title of titles) expect(listed.body.response).toContain(title);
    expect(listed.body.response).not.toContain('Water the plants');
    const moved = await say(user, move, listed.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details', 'set_task_details']);
    const after = await tasksOf(user);
    for (const title of titles) expect(weekdayOf(after.find((t) => t.title === title))).toBe(later.weekday);
    expect(after.find((t) => t.title === 'Water the plants').due_date).toBeNull();
  });

  it('en: "both" after a listing of three asks instead of choosing two', async () => {
    const user = 'pointer-both-three';
    for (const title of ['Call the budget office', 'Email the budget', 'Print the budget'])
      await add(user, { title });
    const listed = await say(user, 'show me the budget tasks');
    const moved = await say(user, 'move both to friday', listed.body.conversation_id);
    expect(changes(moved.body)).toEqual([]);
    expect((await tasksOf(user)).every((t) => t.due_date === null)).toBe(true);
  });
});

describe('a correction naming a bare clock time', () => {
  it.each([
    ['en', 'add electrician visit friday 6pm', 'actually make that 7:30', 19, 30],
    ['roman', 'jumma shaam 6 baje electrician ko bulana hai', 'acha nahi, 7 baje kar do', 19, 0],
    ['ur', 'جمعہ شام 6 بجے الیکٹریشن کو بلانا ہے', 'اچھا نہیں، 7 بجے کر دو', 19, 0],
  ])(
    '%s: keeps the day and the half of the day nearer the task hour',
    async (lang, line, correction, hour, minute) => {
      const user = `pointer-clock-${lang}`;
      const first = await say(user, line);
      expect(changes(first.body)).toEqual(['add_task_details']);
      const [before] = await tasksOf(user);
      const corrected = await say(user, correction, first.body.conversation_id);
      expect(changes(corrected.body)).toEqual(['set_task_details']);
      const after = await tasksOf(user);
      expect(after).toHaveLength(1);
      const at = new Date(after[0].due_at);
      expect(at.toISOString().slice(0, 10)).toBe(new Date(before.due_at).toISOString().slice(0, 10));
      expect([at.getUTCHours(), at.getUTCMinutes()]).toEqual([hour, minute]);
    },
  );
});

describe('work finished this week, asked in Roman Urdu and Urdu', () => {
  it.each([
    ['roman', 'is hafte kaunse kaam complete huay?'],
    ['ur', 'اس ہفتے کون سے کام ختم ہوئے؟'],
  ])('%s: lists the finished task, not the open one', async (lang, question) => {
    const user = `pointer-finished-${lang}`;
    const done = await add(user, { title: 'Cable ka bill' });
    await add(user, { title: 'Paudon ko pani' });
    const completed = await as(user)('PATCH', `/api/me/tasks/${done.id}`, {
      body: { completed: true },
    });
    expect(completed.status, completed.text).toBe(200);
    const asked = await say(user, question);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toContain('Cable ka bill');
    expect(asked.body.response).not.toContain('Paudon ko pani');
  });
});

describe('an English listing of "the X tasks"', () => {
  it('narrows to the titles holding X, and lists everything when none does', async () => {
    const user = 'pointer-topic-en';
    await add(user, { title: 'Dentist appointment' });
    await add(user, { title: 'Book dentist cleaning' });
    await add(user, { title: 'Buy bread' });
    const narrowed = await say(user, 'show me the dentist tasks');
    expect(narrowed.body.response).toContain('Dentist appointment');
    expect(narrowed.body.response).not.toContain('Buy bread');
    const open = await say(user, 'show me the open tasks');
    expect(open.body.response).toContain('Buy bread');
    expect(open.body.response).toContain('Dentist appointment');
  });
});
