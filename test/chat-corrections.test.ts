// Corrections and plans over the real chat endpoint, in English, Roman Urdu and Urdu: an undo said
// with its reason right after a completion opens the task again; a correction that names what it
// replaces ("10 nahi, 11 baje", "کل نہیں، پرسوں", "Zara, not Zainab") changes the task just added
// and adds nothing; "both" said with news of them done completes the two just listed; a head that
// counts things or names their day makes one task of each part, more than two asked about first,
// and a yes that says "put them in" adds them. Runs on either database.
import { describe, expect, it } from 'vitest';
import { changes, chatSuite } from './support/chat-turns.js';

const { say, tasksOf, add } = chatSuite();

describe('an undo said with its reason, right after a completion', () => {
  it.each([
    ['en', 'Order gloves', 'gloves are ordered', 'oh hang on, undo that, the supplier has not confirmed'],
    [
      'roman',
      'Cheeni ka order dena',
      'cheeni ka order de diya',
      'oh ghalti ho gayi, wapas karo, abhi nahi diya',
    ],
    ['ur', 'گاڑی کی سروس کرانا', 'گاڑی کی سروس ہو گئی', 'ارے نہیں، غلطی سے ہو گیا، واپس کھول دو'],
  ])('%s: the task is open again and nothing is added', async (lang, title, news, undo) => {
    const user = `correct-undo-${lang}`;
    await add(user, { title });
    const done = await say(user, news);
    expect(changes(done.body)).toEqual(['complete_task']);
    const undone = await say(user, undo, done.body.conversation_id);
    expect(changes(undone.body)).toEqual(['reopen_task']);
    const after = await tasksOf(user);
    expect(after).toHaveLength(1);
    expect(after[0].completed).toBe(false);
  });
});

describe('a correction that names what it replaces', () => {
  it.each([
    ['roman', 'kal subah 10 baje bank jana hai, add karo', 'acha 10 nahi, 11 baje', 11],
    ['ur', 'کل صبح نو بجے گیزر والے کو بلانا ہے، لکھ لو', 'اصل میں نو نہیں، دس بجے', 10],
  ])('%s: a new hour on the same day', async (lang, line, correction, hour) => {
    const user = `correct-hour-${lang}`;
    const first = await say(user, line);
    expect(changes(first.body)).toEqual(['add_task_details']);
    const [before] = await tasksOf(user);
    const fixed = await say(user, correction, first.body.conversation_id);
    expect(changes(fixed.body)).toEqual(['set_task_details']);
    const after = await tasksOf(user);
    expect(after).toHaveLength(1);
    expect(after[0].due_at.slice(0, 10)).toBe(before.due_at.slice(0, 10));
    expect(new Date(after[0].due_at).getUTCHours()).toBe(hour);
  });

  it.each([
    ['en', 'add pick up Zainab from school tomorrow', 'sorry I meant Zara, not Zainab', 'Zara'],
    ['roman', 'add karo: Zainab ko school se lena, kal', 'sorry, Zainab nahi Zara', 'Zara'],
    ['ur', 'کل کے لیے شامل کرو: نازیہ کو سالگرہ کا کارڈ بھیجنا', 'معاف کرنا، نازیہ نہیں، نادیہ', 'نادیہ'],
  ])('%s: a name in the title', async (lang, line, correction, name) => {
    const user = `correct-name-${lang}`;
    const first = await say(user, line);
    expect(changes(first.body)).toEqual(['add_task_details']);
    const fixed = await say(user, correction, first.body.conversation_id);
    expect(changes(fixed.body)).toEqual(['update_task']);
    const after = await tasksOf(user);
    expect(after).toHaveLength(1);
    expect(after[0].title).toContain(name);
    expect(after[0].title).not.toMatch(/Zainab|نازیہ/u);
  });
});

describe('"both" with news of them done, after a listing of two', () => {
  it.each([
    [
      'en',
      ['Chase the claim for Mr Butt', 'Chase the claim for Mr Baig'],
      'show me the claims',
      'both of those went through, tick them off',
    ],
    [
      'roman',
      ['Butt sahab ka claim', 'Baig sahab ka claim'],
      'claim wale kaam dikhao',
      'dono ho gaye yaar, tick kar do',
    ],
    ['ur', ['بٹ صاحب کا کلیم', 'بیگ صاحب کا کلیم'], 'کلیم والے کام دکھاؤ', 'دونوں ہو گئے، ختم کر دو'],
  ])('%s: both are completed, the others stay open', async (lang, titles, listing, done) => {
    const user = `correct-both-${lang}`;
    for (const title of titles) await add(user, { title });
    await add(user, { title: 'Water the plants' });
    const listed = await say(user, listing);
    for (const title of titles) expect(listed.body.response).toContain(title);
    const completed = await say(user, done, listed.body.conversation_id);
    expect(changes(completed.body)).toEqual(['complete_task', 'complete_task']);
    const after = await tasksOf(user);
    for (const title of titles) expect(after.find((t) => t.title === title).completed).toBe(true);
    expect(after.find((t) => t.title === 'Water the plants').completed).toBe(false);
  });
});

describe('a head that counts the things or names their day', () => {
  it('en: "two things for tomorrow, A and B" adds two tasks due tomorrow', async () => {
    const user = 'correct-head-two';
    const said = await say(user, 'two things for tomorrow, restock the floss samples and call the water man');
    expect(changes(said.body)).toEqual(['add_task_details', 'add_task_details']);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const after = await tasksOf(user);
    expect(after.map((t) => t.title)).toEqual(['Restock the floss samples', 'Call the water man']);
    expect(after.every((t) => t.due_date === tomorrow)).toBe(true);
  });

  it.each([
    ['en', 'for friday: update the price list, order receipt rolls, clean the sterilizer', 'yes please'],
    [
      'roman',
      'jumme ko teen kaam hain: dahi ka order dena, naye shopper mangwana, aur CCTV wale ko call karna',
      'haan theek hai, daal do',
    ],
  ])('%s: three parts are asked about first, then added on a yes', async (lang, line, yes) => {
    const user = `correct-head-plan-${lang}`;
    const asked = await say(user, line);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/[?؟]/u);
    const added = await say(user, yes, asked.body.conversation_id);
    expect(changes(added.body)).toEqual(['add_task_details', 'add_task_details', 'add_task_details']);
    const after = await tasksOf(user);
    expect(after).toHaveLength(3);
    expect(after.every((t) => new Date(`${t.due_date}T12:00:00Z`).getUTCDay() === 5)).toBe(true);
  });
});

describe('a question about when one task is due', () => {
  it('en: "when do I have to X" answers it, and a change after it is X\'s', async () => {
    const user = 'correct-when-do-i';
    await add(user, { title: 'Call the X-ray technician', due_date: '2031-03-03' });
    await add(user, { title: 'Water the plants' });
    const asked = await say(user, 'when do i have to call the x-ray technician');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toContain('Call the X-ray technician');
    const changed = await say(user, 'make it high priority', asked.body.conversation_id);
    expect(changes(changed.body)).toEqual(['set_task_details']);
    expect((await tasksOf(user)).find((t) => t.title === 'Call the X-ray technician').priority).toBe('high');
  });
});
