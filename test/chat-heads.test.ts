// How a line is led and what it names, over the real chat endpoint in English, Roman Urdu and Urdu:
// "new" is the command's only before a word for a task ("add new veil" keeps it, "naya kaam: X"
// does not); a head that only names one task ("one task: X", "ek kaam: X", "ایک کام: X") adds it;
// a tag named before the word for tag ("اسکول ٹیگ والے سب کام", "kaghzat tag wale kaam"); a bulk
// change of a list's open tasks; "what's still open in X?" then a pointer at its end; "that day";
// look-alikes named in one clause and a change in another ("the honey delivery, not the bakery
// one - make it monday"), asked about when the line does not settle them, a number answering; and
// a correction of the day just set ("نہیں، کل نہیں جمعہ کو"); a rename and a priority in Roman Urdu and Urdu
// word order; a topic of several words ("X والا کام"). Runs on either database.
import { describe, expect, it } from 'vitest';
import { changes, chatSuite } from './support/chat-turns.js';

const { say, tasksOf, add, as } = chatSuite();
const titles = async (user: string) => (await tasksOf(user)).map((t) => t.title).sort();

describe('a word for new', () => {
  it.each([
    ['en', 'add new veil', ['New veil']],
    ['roman', 'naya kaam: doodh lena', ['Doodh lena']],
    ['ur', 'نیا کام: چائے لانا', ['چائے لانا']],
  ])('%s: "%s" keeps only a new that belongs to the task', async (lang, line, expected) => {
    const user = `new-word-${lang}`;
    const added = await say(user, line);
    expect(changes(added.body)).toEqual(['add_task']);
    expect(await titles(user)).toEqual(expected);
  });

  it('ur: a plan of three keeps "نئی" in its first title', async () => {
    const user = 'new-word-plan-ur';
    const asked = await say(
      user,
      'یہ تین کام لکھ لیں: نئی پلیٹیں بنوانا، گتے کے ڈبے خریدنا، ویب سائٹ پر ریٹ اپڈیٹ کرنا',
    );
    expect(changes(asked.body)).toEqual([]);
    const done = await say(user, 'ٹھیک ہے، کر دیں', asked.body.conversation_id);
    expect(changes(done.body)).toHaveLength(3);
    expect(await titles(user)).toEqual(
      ['نئی پلیٹیں بنوانا', 'گتے کے ڈبے خریدنا', 'ویب سائٹ پر ریٹ اپڈیٹ کرنا'].sort(),
    );
  });
});

describe('a head that only names one task', () => {
  it.each([
    ['en', 'one task: reply to the wholesale inquiry', 'Reply to the wholesale inquiry'],
    ['roman', 'ek kaam: naye hangers lene', 'Naye hangers lene'],
    ['ur', 'ایک کام: نئے ریٹ کی لسٹ پرنٹ کرنا', 'نئے ریٹ کی لسٹ پرنٹ کرنا'],
  ])('%s: adds it, nothing listed', async (lang, line, title) => {
    const user = `one-task-${lang}`;
    await add(user, { title: 'Something already there' });
    const added = await say(user, line);
    expect(changes(added.body)).toEqual(['add_task']);
    expect(await titles(user)).toEqual(['Something already there', title].sort());
  });

  it('ur: "اسے دکان والی لسٹ میں ڈال دیں" then moves it', async () => {
    const user = 'one-task-move-ur';
    const list = (await as(user)('POST', '/api/me/lists', { body: { name: 'دکان' } })).body;
    const added = await say(user, 'ایک کام: نئے ریٹ کی لسٹ پرنٹ کرنا');
    const moved = await say(user, 'اسے دکان والی لسٹ میں ڈال دیں', added.body.conversation_id);
    expect(changes(moved.body)).toEqual(['move_task']);
    expect((await tasksOf(user))[0].list_id).toBe(list.id);
  });

  it('ur: "کل کے لیے لکھیں: X" adds it for tomorrow, and "نہیں، کل نہیں جمعہ کو" moves it', async () => {
    const user = 'write-for-ur';
    const added = await say(user, 'کل کے لیے لکھیں: پریس کی چابی بنوانا');
    expect(changes(added.body)).toEqual(['add_task_details']);
    const [task] = await tasksOf(user);
    expect(task.title).toBe('پریس کی چابی بنوانا');
    const moved = await say(user, 'نہیں، کل نہیں جمعہ کو', added.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    const [after] = await tasksOf(user);
    expect(new Date(after.due_date).getUTCDay()).toBe(5);
    expect(await tasksOf(user)).toHaveLength(1);
  });
});

describe('a tag named before the word for tag', () => {
  it('ur: "اسکول ٹیگ والے سب کام مکمل کر دیں" asks, then "جی ہاں" completes both', async () => {
    const user = 'tag-before-ur';
    await add(user, { title: 'اسکول کی ڈائریاں بائنڈ کرنا', tags: ['اسکول'] });
    await add(user, { title: 'اسکول کا بل بنانا', tags: ['اسکول'] });
    await add(user, { title: 'اسکول والوں کو فون کرنا' });
    const asked = await say(user, 'اسکول ٹیگ والے سب کام مکمل کر دیں');
    expect(changes(asked.body)).toEqual([]);
    const done = await say(user, 'جی ہاں', asked.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task', 'complete_task']);
    const open = (await tasksOf(user)).filter((t) => !t.completed).map((t) => t.title);
    expect(open).toEqual(['اسکول والوں کو فون کرنا']);
  });

  it.each([
    ['roman', 'kaghzat tag wale kaam dikhao'],
    ['ur', 'کاغذات ٹیگ والے کام دکھائیں'],
  ])('%s: "%s" lists the tagged tasks', async (lang, question) => {
    const user = `tag-list-${lang}`;
    const tag = lang === 'ur' ? 'کاغذات' : 'kaghzat';
    await add(user, { title: 'CNIC copy leni', tags: [tag] });
    await add(user, { title: 'Net metering file', tags: [tag] });
    await add(user, { title: 'Untagged errand' });
    const shown = await say(user, question);
    expect(changes(shown.body)).toEqual([]);
    expect(shown.body.response).toContain('CNIC copy leni');
    expect(shown.body.response).toContain('Net metering file');
    expect(shown.body.response).not.toContain('Untagged errand');
  });
});

describe("a list's open tasks", () => {
  it('en: "move all the open Apiary tasks to saturday" asks, then "yes do it" moves them', async () => {
    const user = 'bulk-open-list-en';
    const list = (await as(user)('POST', '/api/me/lists', { body: { name: 'Apiary' } })).body;
    await add(user, { title: 'Inspect hives at the orchard', list_id: list.id, due_date: '2030-01-02' });
    await add(user, { title: 'Treat colonies for mites', list_id: list.id });
    await add(user, { title: 'Outside the list', due_date: '2030-01-02' });
    const asked = await say(user, 'move all the open Apiary tasks to saturday');
    expect(changes(asked.body)).toEqual([]);
    const done = await say(user, 'yes do it', asked.body.conversation_id);
    expect(changes(done.body)).toEqual(['set_task_details', 'set_task_details']);
    const moved = (await tasksOf(user)).filter((t) => t.list_id === list.id);
    for (const t of moved) expect(new Date(t.due_date).getUTCDay()).toBe(6);
    expect((await tasksOf(user)).find((t) => t.title === 'Outside the list').due_date).toMatch(/^2030-01-02/);
  });

  it('en: "what\'s still open in Apiary?" then "the last two are done"', async () => {
    const user = 'still-open-en';
    const list = (await as(user)('POST', '/api/me/lists', { body: { name: 'Apiary' } })).body;
    await add(user, { title: 'First hive task', list_id: list.id, due_date: '2030-01-01' });
    await add(user, { title: 'Second hive task', list_id: list.id, due_date: '2030-01-02' });
    await add(user, { title: 'Third hive task', list_id: list.id, due_date: '2030-01-03' });
    const shown = await say(user, "what's still open in Apiary?");
    expect(changes(shown.body)).toEqual([]);
    expect(shown.body.response).toContain('First hive task');
    const done = await say(user, 'the last two are done', shown.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task', 'complete_task']);
    const completed = (await tasksOf(user)).filter((t) => t.completed).map((t) => t.title);
    expect(completed.sort()).toEqual(['Second hive task', 'Third hive task']);
  });
});

describe('look-alikes named in one clause, the change in another', () => {
  const honey = async (user: string) => {
    await add(user, { title: "Deliver honey to Farah's bakery", due_date: '2030-01-01' });
    await add(user, { title: 'Deliver honey to Green Leaf cafe', due_date: '2030-01-04' });
  };
  const dueOf = async (user: string, title: string) =>
    (await tasksOf(user)).find((t) => t.title === title).due_date as string;

  it('en: "not the bakery one" chooses the other', async () => {
    const user = 'honey-not-en';
    await honey(user);
    const moved = await say(user, 'the honey delivery, not the bakery one - make it monday');
    expect(changes(moved.body)).toEqual(['set_task_details']);
    expect(await dueOf(user, "Deliver honey to Farah's bakery")).toMatch(/^2030-01-01/);
    expect(new Date(await dueOf(user, 'Deliver honey to Green Leaf cafe')).getUTCDay()).toBe(1);
  });

  it('en: without it, "which one?", and "1" carries the change out', async () => {
    const user = 'honey-which-en';
    await honey(user);
    const asked = await say(user, 'the honey delivery, make it monday');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toContain('Which one');
    const first = asked.body.response.match(/1\. (.+)/u)![1].trim();
    const done = await say(user, '1', asked.body.conversation_id);
    expect(changes(done.body)).toEqual(['set_task_details']);
    expect(new Date(await dueOf(user, first)).getUTCDay()).toBe(1);
  });

  it('en: "make it 2pm that day" after a question keeps the task\'s day', async () => {
    const user = 'that-day-en';
    await honey(user);
    const asked = await say(user, "when's the green leaf delivery");
    const moved = await say(user, 'make it 2pm that day', asked.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    const task = (await tasksOf(user)).find((t) => t.title === 'Deliver honey to Green Leaf cafe');
    expect(task.due_at).toMatch(/^2030-01-04T/);
    expect(new Date(task.due_at).getUTCHours()).toBe(14);
  });
});

describe('a rename or a priority said in Roman Urdu and Urdu word order', () => {
  it.each([
    [
      'roman',
      'add: Rashid ki jacket ka button lagana',
      'iska naam badal do: Rashid ki jacket ke 2 button lagana',
    ],
    ['ur', 'ایک کام: اشتہار ڈیزائن کرنا', 'نام بدل کر دکان کے اشتہار ڈیزائن کرنا کر دیں'],
  ])('%s: renames the task just added', async (lang, line, rename) => {
    const user = `rename-order-${lang}`;
    const added = await say(user, line);
    const renamed = await say(user, rename, added.body.conversation_id);
    expect(changes(renamed.body)).toEqual(['update_task']);
    const expected = lang === 'ur' ? 'دکان کے اشتہار ڈیزائن کرنا' : 'Rashid ki jacket ke 2 button lagana';
    expect(await titles(user)).toEqual([expected]);
  });

  it('ur: "X کی ترجیح ہائی کر دیں" raises that task only', async () => {
    const user = 'priority-order-ur';
    await add(user, { title: 'ملک صاحب کے وزیٹنگ کارڈ چھاپنا' });
    await add(user, { title: 'خان صاحب کے شادی کارڈ چھاپنا' });
    const changed = await say(user, 'ملک صاحب کے وزیٹنگ کارڈ کی ترجیح ہائی کر دیں');
    expect(changes(changed.body)).toEqual(['set_task_details']);
    const raised = (await tasksOf(user)).filter((t) => t.priority === 'high').map((t) => t.title);
    expect(raised).toEqual(['ملک صاحب کے وزیٹنگ کارڈ چھاپنا']);
  });

  it('ur: "X والا کام دکھائیں" shows the one task, and "یہ مکمل ہو گیا" completes it', async () => {
    const user = 'topic-phrase-ur';
    await add(user, { title: 'ملک صاحب کے وزیٹنگ کارڈ چھاپنا' });
    await add(user, { title: 'خان صاحب کے شادی کارڈ چھاپنا' });
    const shown = await say(user, 'ملک صاحب کے وزیٹنگ کارڈ والا کام دکھائیں');
    expect(shown.body.response).not.toContain('خان صاحب');
    const done = await say(user, 'یہ مکمل ہو گیا', shown.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task']);
    const completed = (await tasksOf(user)).filter((t) => t.completed).map((t) => t.title);
    expect(completed).toEqual(['ملک صاحب کے وزیٹنگ کارڈ چھاپنا']);
  });
});

describe('a list clause after a clause about the task in focus, and a span moved by an amount', () => {
  it('roman: "isay zaroori kar do aur Godown list mein daal do" changes and moves the task just added', async () => {
    const user = 'focus-list-clause-roman';
    const list = (await as(user)('POST', '/api/me/lists', { body: { name: 'Godown' } })).body;
    const added = await say(user, 'add karo: qanaaton ka naya kapra lena');
    const changed = await say(
      user,
      'isay zaroori kar do aur Godown list mein daal do',
      added.body.conversation_id,
    );
    expect([...changes(changed.body)].sort()).toEqual(['move_task', 'set_task_details']);
    const all = await tasksOf(user);
    expect(all).toHaveLength(1);
    expect(all[0].priority).toBe('high');
    expect(all[0].list_id).toBe(list.id);
  });

  it.each([
    ['en', 'Apiary', 'add ask Bilal about a second extractor', 'put it in the Apiary list'],
    ['roman', 'Orders', 'add kar do Malik sahab ka order deliver karna', 'isay Orders list mein daal do'],
  ])('%s: "it" alone put in a list moves the task just added', async (lang, name, line, request) => {
    const user = `it-to-list-${lang}`;
    const list = (await as(user)('POST', '/api/me/lists', { body: { name } })).body;
    const added = await say(user, line);
    const moved = await say(user, request, added.body.conversation_id);
    expect(changes(moved.body)).toEqual(['move_task']);
    const all = await tasksOf(user);
    expect(all).toHaveLength(1);
    expect(all[0].list_id).toBe(list.id);
  });

  it.each([
    ['roman', 'Bookings', 'Bookings wali list dikhana zara', 'aakhri do ko ek din aage kar do', [2, 3]],
    ['ur', 'پرانا گھر', 'پرانا گھر والی لسٹ میں کیا ہے؟', 'پہلے دو کو ایک دن آگے کر دیں', [1, 2]],
  ])('%s: a listing, then its span moved a day each', async (lang, name, listing, request, moved) => {
    const user = `span-shift-${lang}`;
    const list = (await as(user)('POST', '/api/me/lists', { body: { name } })).body;
    await add(user, { title: 'Outside the list', due_date: '2030-01-01' });
    await add(user, { title: 'List task one', list_id: list.id, due_date: '2030-01-02' });
    await add(user, { title: 'List task two', list_id: list.id, due_date: '2030-01-05' });
    await add(user, { title: 'List task three', list_id: list.id, due_date: '2030-01-09' });
    const shown = await say(user, listing);
    expect(shown.body.response).not.toContain('Outside the list');
    const done = await say(user, request, shown.body.conversation_id);
    expect(changes(done.body)).toEqual(['set_task_details', 'set_task_details']);
    const inList = (await tasksOf(user))
      .filter((t) => t.list_id === list.id)
      .sort((a, b) => a.title.localeCompare(b.title));
    const days = Object.fromEntries(inList.map((t) => [t.title, String(t.due_date).slice(0, 10)]));
    const expected: Record<string, string> = {
      'List task one': '2030-01-02',
      'List task two': '2030-01-05',
      'List task three': '2030-01-09',
    };
    const order = ['List task one', 'List task two', 'List task three'];
    for (const i of moved) {
      const title = order[i - 1]!;
      const d = new Date(`${expected[title]}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 1);
      expected[title] = d.toISOString().slice(0, 10);
    }
    expect(days).toEqual(expected);
  });

  it('en: "tomorrow i need to A, B and C" adds three tasks without "I need to" in a title', async () => {
    const user = 'headed-plan-en';
    const asked = await say(
      user,
      'tomorrow i need to collect the payment from the hotel, drop the quote at the clinic and get the van serviced',
    );
    const done = await say(user, 'yes', asked.body.conversation_id);
    expect(changes(done.body)).toHaveLength(3);
    expect(await titles(user)).toEqual(
      ['Collect the payment from the hotel', 'Drop the quote at the clinic', 'Get the van serviced'].sort(),
    );
  });
});
