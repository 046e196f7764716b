// Questions about one task and what follows them, over the real chat endpoint in English, Roman Urdu
// and Urdu: a question in words no pattern has ("is the sump pump fix still open?", "Malik sahab se
// advance le liya tha na?", "کیا بچوں کے کپڑے پیک ہو گئے تھے؟") is answered about the one task all
// its words name, changes nothing, and puts that task in focus, so "delete that one", "reopen it,
// customer says ..." and "isay wapis khol do" act on it (never on the conversation's last change);
// a correction of one level word ("actually no, medium"); and an add command before a colon
// ("شامل کریں: X") made without a question beside look-alike titles, so "it" next is that task.
// Runs on either database.
import { describe, expect, it } from 'vitest';
import { changes, chatSuite } from './support/chat-turns.js';

const { say, tasksOf, add } = chatSuite();
const byTitle = async (user: string, title: string) => (await tasksOf(user)).find((t) => t.title === title);

describe('a question about one task in other words', () => {
  it('en: "is the sump pump fix still open?" answers about it, and "ok delete that one" asks to delete it', async () => {
    const user = 'status-question-en';
    await add(user, { title: 'Fix the leaking sump pump' });
    await add(user, { title: 'Clean the reef tank' });
    const asked = await say(user, 'is the sump pump fix still open?');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/Fix the leaking sump pump.*still open/u);
    const deleting = await say(user, 'ok delete that one', asked.body.conversation_id);
    expect(changes(deleting.body)).toEqual([]);
    expect(deleting.body.response).toMatch(/Delete "Fix the leaking sump pump"\?/u);
    const yes = await say(user, 'yes', asked.body.conversation_id);
    expect(changes(yes.body)).toEqual(['delete_task']);
    expect((await tasksOf(user)).map((t) => t.title)).toEqual(['Clean the reef tank']);
  });

  it('en: a question whose words name no one task changes nothing and answers no task', async () => {
    const user = 'status-question-none-en';
    await add(user, { title: 'Fix the leaking sump pump' });
    const asked = await say(user, 'is the weather nice today?');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).not.toMatch(/sump pump/u);
  });

  it.each([
    [
      'en',
      'Replace heater at the Rana house',
      'did i finish replacing the heater at the Rana house?',
      'reopen it, customer says the water is still cold',
    ],
    [
      'roman',
      'Malik sahab se advance lena',
      'Malik sahab se advance le liya tha na?',
      'nahi abhi baaki hai, isay wapis khol do',
    ],
    [
      'ur',
      'بچوں کے کپڑے پیک کرنا',
      'کیا بچوں کے کپڑے پیک ہو گئے تھے؟',
      'نہیں ابھی کچھ رہ گئے ہیں، اسے دوبارہ کھول دیں',
    ],
  ])(
    '%s: a finished task asked about is opened again by the next line',
    async (lang, title, question, reopen) => {
      const user = `status-reopen-${lang}`;
      const made = await add(user, { title: 'Something added earlier' });
      const task = await add(user, { title, completed: true });
      expect(task.completed).toBe(true);
      const asked = await say(user, question);
      expect(changes(asked.body)).toEqual([]);
      const reopened = await say(user, reopen, asked.body.conversation_id);
      expect(changes(reopened.body)).toEqual(['reopen_task']);
      expect((await byTitle(user, title)).completed).toBe(false);
      expect(await byTitle(user, made.title)).toBeDefined();
    },
  );

  it('roman: "lights ka order kis priority pe hai?" then "acha usay delete hi kar do" asks to delete that task', async () => {
    const user = 'status-priority-roman';
    await add(user, { title: 'Naye lights ka order', priority: 'low' });
    await add(user, { title: 'Shamiana ka order confirm karna' });
    const asked = await say(user, 'lights ka order kis priority pe hai?');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/Naye lights ka order/u);
    const deleting = await say(user, 'acha usay delete hi kar do', asked.body.conversation_id);
    expect(deleting.body.response).toMatch(/Naye lights ka order/u);
    expect(changes(deleting.body)).toEqual([]);
  });
});

describe('a correction of one level word', () => {
  it.each([
    ['en', 'add call the glass supplier, low priority', 'actually no, medium', 'medium'],
    ['roman', 'add call the glass supplier, low priority', 'nahi, high', 'high'],
  ])('%s: "%s" then "%s" sets that priority', async (lang, line, correction, level) => {
    const user = `level-correction-${lang}`;
    const added = await say(user, line);
    expect(changes(added.body)).toEqual(['add_task_details']);
    const corrected = await say(user, correction, added.body.conversation_id);
    expect(changes(corrected.body)).toEqual(['set_task_details']);
    const tasks = await tasksOf(user);
    expect(tasks).toHaveLength(1);
    expect(tasks[0].priority).toBe(level);
  });
});

describe('an add command before a colon', () => {
  const existing = ['اسکول میں نیا پتہ لکھوانا', 'نئے گھر کی صفائی کروانا', 'انٹرنیٹ کا کنکشن منتقل کروانا'];

  it('ur: "شامل کریں: X" beside look-alike titles adds X at once, and "یہ ہو گیا، مکمل کر دیں" completes it', async () => {
    const user = 'headed-add-ur';
    for (const title of existing) await add(user, { title });
    const added = await say(user, 'شامل کریں: ایکسائز آفس میں نیا پتہ درج کروانا');
    expect(changes(added.body)).toEqual(['add_task']);
    const then = await say(user, 'یہ ہو گیا، مکمل کر دیں', added.body.conversation_id);
    expect(changes(then.body)).toEqual(['complete_task']);
    expect((await byTitle(user, 'ایکسائز آفس میں نیا پتہ درج کروانا')).completed).toBe(true);
    expect(await tasksOf(user)).toHaveLength(existing.length + 1);
  });

  it('en: "note: the gas bill is paid" is no plain add: nothing is added without a question', async () => {
    const user = 'headed-note-en';
    await add(user, { title: 'Pay the gas bill' });
    const said = await say(user, 'note: the gas bill is paid');
    expect(changes(said.body)).not.toContain('add_task');
    expect((await tasksOf(user)).map((t) => t.title)).toContain('Pay the gas bill');
  });
});

describe('a change of the task in focus said with a postposition or a level word', () => {
  it.each([
    ['ur', 'نیا کام: بینک جانا', 'اسے کل کا کر دو'],
    ['roman', 'add karo Zara ki copy check karni hai', 'nahi yaar, ye kal ke liye hai'],
    ['ur2', 'نیا کام: ماسٹر صاحب کو کپڑا دینا پرسوں', 'نہیں نہیں، کل ہی'],
  ])('%s: "%s" then "%s" moves it to tomorrow', async (lang, line, change) => {
    const user = `postposition-change-${lang}`;
    const added = await say(user, line);
    expect(changes(added.body)).toHaveLength(1);
    const moved = await say(user, change, added.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    const tasks = await tasksOf(user);
    expect(tasks).toHaveLength(1);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(tasks[0].due_date ?? tasks[0].due_at?.slice(0, 10)).toBe(tomorrow);
  });

  it('en: "bump it to high and due monday" after a question about the task sets both', async () => {
    const user = 'level-change-en';
    await add(user, { title: "Kids' bike sale banner", priority: 'low' });
    const asked = await say(user, "what's the priority on Kids' bike sale banner?");
    expect(changes(asked.body)).toEqual([]);
    const bumped = await say(user, 'bump it to high and due monday', asked.body.conversation_id);
    expect(changes(bumped.body)).toEqual(['set_task_details']);
    const [task] = await tasksOf(user);
    expect(task.priority).toBe('high');
    expect(new Date(task.due_date).getUTCDay()).toBe(1);
  });
});
