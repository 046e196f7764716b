// Answers to the assistant's own questions, and changes said with their details, over the real chat
// endpoint in English, Roman Urdu and Urdu: a head that only asks for what follows to be added
// ("ye sab add kar do:", "یہ سب لکھ لو:") is a plan asked about first, and "haan kar do" adds it;
// "no, just the first one" adds part of it; a "which one?" that numbered the tasks keeps the request,
// so a word of one of them carries it out; a bulk change by the words titles hold is shown first and
// "haan sab" makes it; a change of the task just added reads a tag clause and a bare hour. Runs on
// either database.
import { describe, expect, it } from 'vitest';
import { changes, chatSuite } from './support/chat-turns.js';

const { say, tasksOf, add } = chatSuite();
/** How many tasks a reply added (add_task or add_task_details), when it changed nothing else. */
const adds = (body: unknown): number => {
  const made = changes(body);
  return made.every((name) => name.startsWith('add_task')) ? made.length : -1;
};

describe('a plan of new tasks answered', () => {
  it.each([
    [
      'roman',
      'ye sab add kar do: murgi wale ko phone karna, plates ka stock check aur photographer ka advance dena',
      'haan kar do',
    ],
    ['ur', 'یہ سب لکھ لو: پینٹر کو بلانا، اسٹاک گننا اور گاہکوں کو فون کرنا', 'جی ہاں کر دو'],
  ])('%s: asked about first, and the yes adds all three', async (lang, line, yes) => {
    const user = `plan-yes-${lang}`;
    const asked = await say(user, line);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/[?؟]/u);
    const added = await say(user, yes, asked.body.conversation_id);
    expect(adds(added.body)).toBe(3);
    expect(await tasksOf(user)).toHaveLength(3);
  });

  it.each([
    [
      'en',
      'add three things: renew the domain, pay Hira for the edit and send raw files to Omar',
      'no, just the first one',
      ['Renew the domain'],
    ],
    [
      'roman',
      'ye sab add kar do: murgi wale ko phone karna, plates ka stock check aur photographer ka advance dena',
      'nahi sirf aakhri do',
      ['Plates ka stock check', 'Photographer ka advance dena'],
    ],
    [
      'ur',
      'یہ سب لکھ لو: پینٹر کو بلانا، اسٹاک گننا اور گاہکوں کو فون کرنا',
      'نہیں، صرف پہلا والا',
      ['پینٹر کو بلانا'],
    ],
  ])('%s: a pointer adds only the parts it names', async (lang, line, part, titles) => {
    const user = `plan-part-${lang}`;
    const asked = await say(user, line);
    const added = await say(user, part, asked.body.conversation_id);
    expect(adds(added.body)).toBe(titles.length);
    expect((await tasksOf(user)).map((t) => t.title)).toEqual(titles);
  });
});

describe('"which one?" answered by a word of one of the tasks it numbered', () => {
  it.each([
    [
      'roman',
      ['Chaudhry family ko menu bhejna', 'Sheikh family ko menu bhejna'],
      'menu bhej diya hai',
      'Chaudhry walon ko',
      0,
    ],
    [
      'en',
      ['Send invoice to Brightpath', 'Send invoice to Brightline'],
      'mark the invoice as done',
      'the brightline one',
      1,
    ],
  ])('%s: the request is carried out on that task', async (lang, titles, request, answer, which) => {
    const user = `which-${lang}`;
    for (const title of titles) await add(user, { title });
    const asked = await say(user, request);
    expect(changes(asked.body)).toEqual([]);
    const done = await say(user, answer, asked.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task']);
    const after = await tasksOf(user);
    expect(after.map((t) => t.completed)).toEqual(titles.map((_, i) => i === which));
  });
});

describe('a bulk change of the tasks whose titles hold a word', () => {
  it('roman: shown first, and "haan sab" makes it', async () => {
    const user = 'bulk-words-roman';
    await add(user, { title: 'Waiters ki payment karni' });
    await add(user, { title: 'Cooks ki payment karni' });
    await add(user, { title: 'Gas cylinder refill karwana' });
    const asked = await say(user, 'jin kaamon mein payment likha hai sab ko zaroori kar do');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/\?/u);
    const made = await say(user, 'haan sab', asked.body.conversation_id);
    expect(changes(made.body)).toEqual(['set_task_details', 'set_task_details']);
    const after = await tasksOf(user);
    expect(after.map((t) => t.priority)).toEqual(['high', 'high', 'none']);
  });
});

describe('a change of the task just added, with its details', () => {
  it.each([
    [
      'roman',
      'itwar ko stage ke phool mangwane hain',
      'isko zaroori kar do aur decor ka tag laga do',
      'decor',
    ],
    ['ur', 'بدھ کو ورکشاپ کے شٹر کی مرمت کروانی ہے', 'اسے ضروری کر دو اور مرمت کا ٹیگ لگا دو', 'مرمت'],
  ])('%s: a priority and a tag clause', async (lang, line, change, tag) => {
    const user = `details-${lang}`;
    const first = await say(user, line);
    expect(changes(first.body)).toEqual(['add_task_details']);
    const made = await say(user, change, first.body.conversation_id);
    expect(changes(made.body)).toEqual(['set_task_details']);
    const [task] = await tasksOf(user);
    expect(task.priority).toBe('high');
    expect(task.tags).toEqual([tag]);
  });

  it('en: "actually make that 6" keeps the day and the half of it', async () => {
    const user = 'details-hour-en';
    const first = await say(user, 'add call the colorist tomorrow at 4pm');
    const [before] = await tasksOf(user);
    const made = await say(user, 'actually make that 6', first.body.conversation_id);
    expect(changes(made.body)).toEqual(['set_task_details']);
    const [after] = await tasksOf(user);
    expect(Date.parse(after.due_at) - Date.parse(before.due_at)).toBe(2 * 3_600_000);
  });
});
