// Follow-ups over the real chat endpoint, in English, Roman Urdu and Urdu: a correction opened by
// more than one word ("no wait", "nahi yar", "اصل میں") changes the task in focus and is never
// added; with no one task in focus it asks which; a question about one task puts that task in
// focus, so "it" after it needs no "which one?"; an acknowledgement opening a turn ("ok", "haan",
// "ہاں") leaves the rest to be read; two to-dos joined by "and", or listed after a head that names
// their day ("kal ke liye: X, Y"), are one task each. Runs on either database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changes, laterDay, sayTo, tasksFor, weekdayOf } from './support/chat-turns.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const say = (user: string, message: string, conversation_id?: number) =>
  sayTo(server)(user, message, conversation_id);
const tasksOf = (user: string) => tasksFor(server)(user);

describe('a correction opened by several words changes the task in focus', () => {
  const later = laterDay();
  it.each([
    ['en', 'add renew passport tomorrow', `no wait, ${later.en}`],
    ['roman', 'kal passport renew karna hai', `nahi yar ${later.roman} ko kar do`],
    ['ur', 'کل پاسپورٹ رینیو کرنا ہے', `اصل میں ${later.ur} کو کر دیں`],
  ])(
    '%s: the day moves and nothing is added',
    async (lang, add, correction) => {
      const user = `follow-correct-${lang}`;
      const first = await say(user, add);
      expect(changes(first.body)).toEqual(['add_task_details']);
      const [added] = await tasksOf(user);
      const corrected = await say(user, correction, first.body.conversation_id);
      expect(changes(corrected.body)).toEqual(['set_task_details']);
      const after = await tasksOf(user);
      expect(after).toHaveLength(1);
      expect(after[0].title).toBe(added.title);
      expect(weekdayOf(after[0])).toBe(later.weekday);
    },
    180_000,
  );

  it.each([
    ['en', 'actually friday'],
    ['roman', 'nahi yar 4 baje kar do'],
    ['ur', 'اصل میں پانچ بجے کر دیں'],
  ])('%s: with nothing in focus it asks which task and adds nothing', async (lang, correction) => {
    const user = `follow-correct-none-${lang}`;
    const asked = await say(user, correction);
    expect(asked.status, asked.text).toBe(200);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/[?؟]|number|number|نمبر/u);
    expect(await tasksOf(user)).toHaveLength(0);
  });
});

describe('a question about one task puts it in focus', () => {
  const later = laterDay();
  it.each([
    ['en', 'Renew the passport', 'when is the passport renewal due?', `move it to ${later.en}`],
    ['roman', 'Ammi ki dawai lana', 'ammi ki dawai kab lani hai?', `usay ${later.roman} pe kar do`],
    ['ur', 'ابو کی دوائی لانا', 'ابو کی دوائی کب لانی ہے؟', `اسے ${later.ur} پر کر دو`],
  ])('%s: "it" after "when is X?" is X', async (lang, title, question, move) => {
    const user = `follow-question-${lang}`;
    await server.as(user)('POST', '/api/me/tasks', { body: { title, due_date: '2031-03-03' } });
    await server.as(user)('POST', '/api/me/tasks', { body: { title: 'Water the plants' } });
    const asked = await say(user, question);
    expect(changes(asked.body)).toEqual([]);
    const moved = await say(user, move, asked.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    const after = await tasksOf(user);
    expect(weekdayOf(after.find((t) => t.title === title))).toBe(later.weekday);
    expect(after.find((t) => t.title === 'Water the plants').due_date).toBeNull();
  });

  it.each([
    ['en', 'Pay the council tax', 'have I paid the council tax yet?', 'ok mark it done'],
    ['ur', 'گیس کا بل جمع کرانا', 'گیس کا بل جمع ہو گیا؟', 'ہاں، اسے مکمل کر دو'],
  ])('%s: an acknowledgement, then "it", completes X', async (lang, title, question, done) => {
    const user = `follow-ack-${lang}`;
    await server.as(user)('POST', '/api/me/tasks', { body: { title } });
    await server.as(user)('POST', '/api/me/tasks', { body: { title: 'Water the plants' } });
    const asked = await say(user, question);
    const completed = await say(user, done, asked.body.conversation_id);
    expect(changes(completed.body)).toEqual(['complete_task']);
    const after = await tasksOf(user);
    expect(after.find((t) => t.title === title).completed).toBe(true);
    expect(after.find((t) => t.title === 'Water the plants').completed).toBe(false);
  });

  it('roman: "haan, isay done kar do" after a question about one task completes it', async () => {
    const user = 'follow-ack-roman';
    await server.as(user)('POST', '/api/me/tasks', { body: { title: 'Ammi ki dawai lana' } });
    await server.as(user)('POST', '/api/me/tasks', { body: { title: 'Water the plants' } });
    const asked = await say(user, 'ammi ki dawai kab lani hai?');
    const completed = await say(user, 'haan, isay done kar do', asked.body.conversation_id);
    expect(changes(completed.body)).toEqual(['complete_task']);
    const after = await tasksOf(user);
    expect(after.find((t) => t.title === 'Ammi ki dawai lana').completed).toBe(true);
    expect(after.find((t) => t.title === 'Water the plants').completed).toBe(false);
  });
});

describe('more than two new tasks from one line are one plan, added on "yes"', () => {
  it.each([
    ['en', 'add to groceries: lentils, basmati rice, green chillies and yoghurt', 'yes go ahead'],
    ['roman', 'groceries list mein daal do: chana, basmati chawal, hari mirchein, dahi', 'haan theek hai'],
    ['ur', 'Groceries کی فہرست میں ڈال دو: چنے، باسمتی چاول، ہری مرچیں، دہی', 'ہاں ٹھیک ہے'],
  ])('%s: four items for a list are asked about first, then added to it', async (lang, line, yes) => {
    const user = `follow-plan-${lang}`;
    const list = await server.as(user)('POST', '/api/me/lists', { body: { name: 'Groceries' } });
    expect(list.status, list.text).toBe(201);
    const asked = await say(user, line);
    expect(asked.status, asked.text).toBe(200);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toContain('Groceries');
    expect(await tasksOf(user)).toEqual([]);
    const added = await say(user, yes, asked.body.conversation_id);
    expect(changes(added.body)).toHaveLength(4);
    const tasks = await tasksOf(user);
    expect(tasks).toHaveLength(4);
    expect(new Set(tasks.map((t) => t.list_id))).toEqual(new Set([list.body.id]));
  });
});

describe('several to-dos in one line are one task each', () => {
  it('en: two to-dos joined by "and"', async () => {
    const user = 'follow-two-en';
    const added = await say(user, 'add buy milk and get the car serviced');
    expect(changes(added.body)).toEqual(['add_task', 'add_task']);
    expect((await tasksOf(user)).map((t) => t.title).sort()).toEqual(['Buy milk', 'Get the car serviced']);
  });

  it('en: a second part that points back stays one task', async () => {
    const user = 'follow-two-back-en';
    await say(user, 'add call the plumber and ask him about the leak');
    expect(await tasksOf(user)).toHaveLength(1);
  });

  it.each([
    [
      'roman',
      'kal ke liye ye daal do: dhobi se kapray lena, car wash karwana',
      ['Car wash karwana', 'Dhobi se kapray lena'],
    ],
    ['ur', 'کل کے لیے یہ لکھ لو: دھوبی سے کپڑے لینا، گاڑی دھلوانا', ['دھوبی سے کپڑے لینا', 'گاڑی دھلوانا']],
  ])('%s: to-dos after a head naming their day, each on that day', async (lang, line, titles) => {
    const user = `follow-headed-${lang}`;
    const added = await say(user, line);
    expect(changes(added.body)).toEqual(['add_task_details', 'add_task_details']);
    const after = await tasksOf(user);
    expect(after.map((t) => t.title).sort()).toEqual([...titles].sort());
    expect(new Set(after.map((t) => t.due_date)).size).toBe(1);
    expect(after[0].due_date).not.toBeNull();
  });
});

describe('a day and its part of the day, and a closing tag clause, are read out of the title', () => {
  it.each([
    ['en', 'remind me to call dad saturday night at 8', 'Call dad'],
    ['roman', 'hafte ki raat 8 baje abbu ko call karna hai', 'Abbu ko call karna'],
    ['ur', 'یاد دلانا کہ ہفتے کی رات آٹھ بجے ابو کو فون کرنا ہے', 'ابو کو فون کرنا'],
  ])('%s: "Saturday night" is Saturday, and out of the title', async (lang, line, title) => {
    const user = `follow-night-${lang}`;
    const added = await say(user, line);
    expect(changes(added.body)).toEqual(['add_task_details']);
    const [task] = await tasksOf(user);
    expect(task.title).toBe(title);
    // The account's zone is UTC: 8 at night is 20:00 on a Saturday.
    expect(new Date(task.due_at).getUTCDay()).toBe(6);
    expect(new Date(task.due_at).getUTCHours()).toBe(20);
  });

  it.each([
    ['en', 'add renew the car insurance on friday and tag it car', 'Renew the car insurance', 'car'],
    [
      'roman',
      'jumma ko client ko quotation bhejna hai, tag work laga dena',
      'Client ko quotation bhejna',
      'work',
    ],
    ['ur', 'جمعہ کو کلائنٹ کو کوٹیشن بھیجنا ہے، اس پر کام کا ٹیگ لگا دینا', 'کلائنٹ کو کوٹیشن بھیجنا', 'کام'],
  ])('%s: the tag named in a closing clause', async (lang, line, title, tag) => {
    const user = `follow-tag-${lang}`;
    const added = await say(user, line);
    expect(changes(added.body)).toEqual(['add_task_details']);
    const [task] = await tasksOf(user);
    expect(task.title).toBe(title);
    expect(task.tags).toEqual([tag]);
    expect(new Date(task.due_date).getUTCDay()).toBe(5);
  });
});

describe('a line that is only a tag clause tags the task in focus', () => {
  it.each([
    ['en', 'add print the rent agreement tomorrow', 'tag it office'],
    ['roman', 'kal rent agreement print karwana hai', 'is pe office ka tag laga do'],
    ['ur', 'کل کرایہ نامہ پرنٹ کروانا ہے', 'اس پر office کا ٹیگ لگا دو'],
  ])('%s', async (lang, add, tag) => {
    const user = `follow-tag-focus-${lang}`;
    const first = await say(user, add);
    expect(changes(first.body)).toEqual(['add_task_details']);
    const tagged = await say(user, tag, first.body.conversation_id);
    expect(changes(tagged.body)).toEqual(['set_task_details']);
    const after = await tasksOf(user);
    expect(after).toHaveLength(1);
    expect(after[0].tags).toEqual(['office']);
  });
});

describe('a request about everything that the rules did not read is never offered as a task', () => {
  it.each([
    ['roman', 'jo kuch aaj due hai wo sab jumay ko kar do yaar aaj time nahi', 'haan theek hai kar do'],
  ])(
    '%s: "sab kuch" is every task: no task proposed, and a yes after it adds nothing',
    async (lang, line, yes) => {
      const user = `follow-everything-${lang}`;
      const first = await say(user, line);
      expect(first.status, first.text).toBe(200);
      expect(changes(first.body)).toEqual([]);
      const after = await say(user, yes, first.body.conversation_id);
      expect(changes(after.body)).toEqual([]);
      expect(await tasksOf(user)).toEqual([]);
    },
  );
});
