// The built-in assistant: behaviours one by one over the in-memory tools, then the whole eval.
// Pure unit tests: no server, no database.
import { describe, expect, it } from 'vitest';
import { type FixtureTask, memoryToolRunner } from '../eval/memory-tools.js';
import { EVAL_NOW, EVAL_ZONE, runEval } from '../eval/run.js';
import type { AgentOutput, HistoryMessage } from '../src/assistant/agent.js';
import { offlineAgent } from '../src/assistant/offline/index.js';
import { detectLanguage, editDistance } from '../src/assistant/offline/language.js';
import { understand } from '../src/assistant/offline/understand.js';

const USER = 'user-1';
const TASKS: FixtureTask[] = [
  { id: 1, title: 'Team meeting' },
  { id: 2, title: 'Meeting notes' },
  { id: 3, title: 'Buy milk', tags: ['home'] },
  { id: 4, title: 'Call mom', completed: true },
];

/** A conversation over a fresh store: say() runs one turn and keeps the history. */
function chat(tasks: FixtureTask[] = TASKS, timeZone = EVAL_ZONE) {
  const store = memoryToolRunner({ userId: USER, tasks, now: EVAL_NOW, timeZone });
  const history: HistoryMessage[] = [];
  const say = async (message: string): Promise<AgentOutput> => {
    const out = await offlineAgent.run({
      userId: USER,
      message,
      history,
      now: EVAL_NOW,
      timeZone,
      callTool: store.run,
    });
    history.push(
      { role: 'user', content: message },
      { role: 'assistant', content: out.response, tool_calls: out.tool_calls },
    );
    return out;
  };
  return { say, store };
}

const changes = (out: AgentOutput) =>
  out.tool_calls.filter((c) => !['list_tasks', 'search_tasks', 'get_task'].includes(c.name));

describe('offline assistant', () => {
  it('adds a plain task with add_task and confirms it by name', async () => {
    const { say, store } = chat();
    const out = await say('add buy groceries');
    expect(out.tool_calls).toEqual([
      {
        name: 'add_task',
        arguments: { user_id: USER, title: 'Buy groceries' },
        result: { task_id: 5, status: 'created', title: 'Buy groceries' },
      },
    ]);
    expect(out.response).toContain('"Buy groceries"');
    expect(store.tasks.at(-1)?.title).toBe('Buy groceries');
  });

  it('reads due moments, tags and priority with quick add, in the person’s time zone', async () => {
    const karachi = await chat().say('add call Ali tomorrow at 5pm #work !high');
    expect(karachi.tool_calls[0]).toMatchObject({
      name: 'add_task_details',
      arguments: { title: 'Call Ali', due_at: '2025-06-12T12:00:00.000Z', tags: ['work'], priority: 'high' },
    });
    const newYork = await chat(TASKS, 'America/New_York').say('add call Ali tomorrow at 5pm');
    expect(newYork.tool_calls[0]?.arguments.due_at).toBe('2025-06-12T21:00:00.000Z');
  });

  it('answers Urdu in Urdu and reads Urdu dates', async () => {
    const out = await chat([]).say('کل شام 5 بجے ڈاکٹر کے پاس جانا شامل کرو');
    expect(out.tool_calls[0]?.arguments).toMatchObject({
      title: 'ڈاکٹر کے پاس جانا',
      due_at: '2025-06-12T12:00:00.000Z',
    });
    expect(out.response).toMatch(/شامل کر دیا گیا/);
    const roman = await chat().say('milk wala task mukammal karo');
    expect(roman.response).toMatch(/mukammal ho gaya/);
  });

  it('forgives typos in command words', async () => {
    expect(understand('delte task 3', { now: EVAL_NOW, timeZone: EVAL_ZONE })).toMatchObject({
      intent: 'delete',
      target: { kind: 'id', id: 3 },
    });
    expect(understand('compelte task 3', { now: EVAL_NOW, timeZone: EVAL_ZONE }).intent).toBe('complete');
    expect(understand('shwo my tasks', { now: EVAL_NOW, timeZone: EVAL_ZONE }).intent).toBe('list');
    expect(editDistance('compelte', 'complete')).toBe(1);
  });

  it('asks which task when several match, then acts on the answer by position or by name', async () => {
    const first = chat();
    const question = await first.say('delete the meeting task');
    expect(changes(question)).toEqual([]);
    expect(question.response).toMatch(/Which one/);
    expect(question.response).toMatch(/1\. .+\n2\. /);
    const answer = await first.say('2');
    expect(changes(answer)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
    expect(answer.response).toContain('"Team meeting"');

    const second = chat();
    await second.say('complete meeting');
    const named = await second.say('meeting notes');
    expect(changes(named)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 2 } }]);
  });

  it('finds a task by title words with a search before acting', async () => {
    const out = await chat().say('remove the milk task');
    expect(out.tool_calls.map((c) => c.name)).toEqual(['search_tasks', 'delete_task']);
    expect(out.tool_calls[1]?.arguments).toEqual({ user_id: USER, task_id: 3 });
  });

  it('counts positions in the last list shown in the conversation', async () => {
    const { say } = chat();
    const listed = await say('show my tasks');
    expect(listed.response).toMatch(/1\. Call mom/); // newest first
    const out = await say('complete the second one');
    expect(changes(out)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 3 } }]);
    const last = await say('delete the last one');
    expect(changes(last)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
  });

  it('says gracefully when nothing matches, and passes on tool refusals', async () => {
    const none = await chat().say('complete the dentist task');
    expect(changes(none)).toEqual([]);
    expect(none.response).toMatch(/couldn't find.*show my tasks/i);
    const missing = await chat().say('complete task 99');
    expect(missing.response).toMatch(/Task 99 was not found/);
  });

  it('never acts on what it does not understand', async () => {
    for (const message of ['asdfgh', "what's the weather like?", 'buy milk', 'موسم کیسا ہے؟']) {
      const out = await chat().say(message);
      expect(out.tool_calls, message).toEqual([]);
    }
    expect((await chat().say('موسم کیسا ہے؟')).response).toMatch(/معذرت/);
  });

  it('refuses to change everything at once', async () => {
    const out = await chat().say('delete all my tasks');
    expect(out.tool_calls).toEqual([]);
    expect(out.response).toMatch(/one task at a time/);
  });

  it('undoes a completion by reopening the task', async () => {
    const { say } = chat();
    await say('complete task 3');
    const out = await say('undo');
    expect(changes(out)).toMatchObject([{ name: 'reopen_task', arguments: { task_id: 3 } }]);
  });

  it('merges new tags with the current ones', async () => {
    const out = await chat().say('add tag errands to task 3');
    expect(changes(out)).toMatchObject([
      { name: 'set_task_details', arguments: { task_id: 3, tags: ['home', 'errands'] } },
    ]);
  });

  it('tells the three languages apart', () => {
    expect(detectLanguage('show my tasks')).toBe('en');
    expect(detectLanguage('میرے کام دکھاؤ')).toBe('ur');
    expect(detectLanguage('mere tasks dikhao')).toBe('roman');
  });

  it('is deterministic and fast', async () => {
    const a = await chat().say('add pay rent on friday #bills');
    const b = await chat().say('add pay rent on friday #bills');
    expect(a).toEqual(b);
    const started = performance.now();
    for (let i = 0; i < 100; i++)
      understand('reschedule the meeting prep to next monday at 9am', { now: EVAL_NOW, timeZone: EVAL_ZONE });
    expect((performance.now() - started) / 100).toBeLessThan(5);
  });
});

describe('offline assistant: how people really phrase things', () => {
  const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };
  const ERRANDS: FixtureTask[] = [
    { id: 1, title: 'Renew car registration' },
    { id: 2, title: 'Book table for anniversary' },
    { id: 3, title: 'Send invoice to Acme' },
    { id: 4, title: 'Pay internet bill' },
  ];

  it('keeps courtesy out of titles and out of the words used to find a task', async () => {
    const asked = await chat().say('Hi! Would you please add a task to order new glasses?');
    expect(changes(asked)).toMatchObject([{ name: 'add_task', arguments: { title: 'Order new glasses' } }]);
    const gerund = await chat().say('do you mind adding defrost the freezer, thank you');
    expect(changes(gerund)).toMatchObject([{ arguments: { title: 'Defrost the freezer' } }]);
    const found = await chat(ERRANDS).say('could you please remove the anniversary table booking for me?');
    expect(changes(found)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 2 } }]);
  });

  it('takes a quoted span as the title and a quoted note as the description', async () => {
    const out = await chat().say(`Add "Call the vet" to my to-do list with the note 'ask about the vaccine'`);
    expect(changes(out)).toMatchObject([
      { name: 'add_task', arguments: { title: 'Call the vet', description: 'ask about the vaccine' } },
    ]);
    const urdu = await chat([]).say("میری لسٹ میں 'کپڑے دھونا' ڈال دیں");
    expect(changes(urdu)).toMatchObject([{ name: 'add_task', arguments: { title: 'کپڑے دھونا' } }]);
    const colon = await chat(ERRANDS).say('set the description of task 3 to: net 30 days');
    expect(changes(colon)).toMatchObject([
      { name: 'update_task', arguments: { task_id: 3, description: 'net 30 days' } },
    ]);
  });

  it('reads "<clause about a task>, <command> it" as the command on that task', async () => {
    const done = await chat(ERRANDS).say('sent the Acme invoice this morning, mark it done');
    expect(changes(done)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 3 } }]);
    const gone = await chat(ERRANDS).say("we won't need the anniversary table anymore, cancel it");
    expect(changes(gone)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 2 } }]);
    const added = await chat([]).say('I should back up my laptop this weekend, can you add that');
    expect(changes(added)[0]?.arguments.title).toMatch(/^Back up my laptop/);
    const urdu = await chat([{ id: 9, title: 'انٹرنیٹ کا بل' }]).say('انٹرنیٹ کا بل دے دیا، اسے مکمل کر دو');
    expect(changes(urdu)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 9 } }]);
  });

  it('matches other word forms and restated verbs in titles', async () => {
    expect(changes(await chat(ERRANDS).say('I renewed the car registration'))).toMatchObject([
      { name: 'complete_task', arguments: { task_id: 1 } },
    ]);
    expect(changes(await chat(ERRANDS).say('I paid the internet bill'))).toMatchObject([
      { name: 'complete_task', arguments: { task_id: 4 } },
    ]);
    expect(changes(await chat(ERRANDS).say('tick off the booking for the anniversary'))).toMatchObject([
      { name: 'complete_task', arguments: { task_id: 2 } },
    ]);
    // Nothing close: no guess.
    expect(changes(await chat(ERRANDS).say('I walked the dog'))).toEqual([]);
  });

  it('asks which task for a bare pronoun, unless the previous turn was about exactly one', async () => {
    for (const message of [
      'cancel it',
      'complete this',
      'اسے مٹا دو',
      'usko delete kardo',
      'isko khatam karo',
    ]) {
      const out = await chat().say(message);
      expect(changes(out), message).toEqual([]);
      expect(out.response, message).toMatch(/[?؟]/u);
    }
    const { say } = chat();
    await say('add water the cactus');
    expect(changes(await say('actually remove it'))).toMatchObject([
      { name: 'delete_task', arguments: { task_id: 5 } },
    ]);
    const older = chat();
    await older.say('add water the cactus');
    await older.say('show my tasks');
    expect(changes(await older.say('remove it'))).toEqual([]);
  });

  it('knows colloquial verbs in all three languages', () => {
    const cases: [string, string][] = [
      ['cross the milk off the list', 'complete'],
      ['check off team meeting', 'complete'],
      ['strike off the meeting notes', 'complete'],
      ['I sent the meeting notes', 'complete'],
      ['jot down renew passport', 'add'],
      ['note down buy batteries', 'add'],
      ['put descale the kettle on my list', 'add'],
      ['schedule car service for monday', 'add'],
      ['forget the meeting notes', 'delete'],
      ['chai patti lana list mein daal do', 'add'],
      ['meeting wala kaam khatam kar do', 'complete'],
      ['meeting wala task hata do', 'delete'],
      ['meeting wale task ka naam badal do', 'update'],
      ['چائے کی پتی لانا فہرست میں ڈال دو', 'add'],
      ['دودھ والے کام کی ترجیح زیادہ کر دو', 'update'],
    ];
    for (const [message, intent] of cases) expect(understand(message, clock).intent, message).toBe(intent);
    expect(understand('meeting notes ki priority kam kar do', clock)).toMatchObject({
      intent: 'update',
      change: { priority: 'low' },
    });
    expect(understand('دودھ والے کام کی ترجیح کم کر دو', clock)).toMatchObject({
      change: { priority: 'low' },
    });
  });

  it('reads a new due date or priority said without "change" or "set"', () => {
    const change = (message: string) => {
      const u = understand(message, clock);
      return u.intent === 'update' ? u.change : null;
    };
    expect(change('push the dentist appointment to June 30')).toEqual({
      due_date: '2025-06-30',
      due_at: null,
    });
    expect(change('defer the report until next monday')).toEqual({ due_date: '2025-06-16', due_at: null });
    expect(change('the gym fee is due friday')).toEqual({ due_date: '2025-06-13', due_at: null });
    expect(understand("and it's due tomorrow", clock)).toMatchObject({
      intent: 'update',
      target: { kind: 'it' },
      change: { due_date: '2025-06-12' },
    });
    expect(change('bump the gym fee up')).toEqual({ priority: 'high' });
    expect(change('the gym fee should be low priority')).toEqual({ priority: 'low' });
    expect(change('گاڑی دھونے والے کام کو کم ترجیح دو')).toEqual({ priority: 'low' });
    expect(change('gaari wale kaam ko high priority kar do')).toEqual({ priority: 'high' });
    expect(change('گاڑی دھونے کی تاریخ کل کر دو')).toEqual({ due_date: '2025-06-12', due_at: null });
    expect(change('gym fee ki date parson kar do')).toEqual({ due_date: '2025-06-13', due_at: null });
    expect(understand('what is due friday', clock).intent).toBe('list');
    expect(understand('push the code to github', clock).intent).not.toBe('update');
  });

  it('carries out two requests in one line, but keeps "and" inside a title', async () => {
    const { say } = chat();
    const both = await say('add mow the lawn and delete the meeting notes task');
    expect(changes(both).map((c) => [c.name, c.arguments.title ?? c.arguments.task_id])).toEqual([
      ['add_task', 'Mow the lawn'],
      ['delete_task', 2],
    ]);
    const done = await chat().say('I bought the milk and called mom');
    expect(changes(done).map((c) => c.name)).toEqual(['complete_task']);
    expect(done.response).toMatch(/Buy milk/);
    expect(done.response).toMatch(/Call mom/);
    const one = await chat().say('add fish and chips');
    expect(changes(one).map((c) => c.arguments.title)).toEqual(['Fish and chips']);
  });

  it('reads "tag it ...", a priority before "task", a misspelt list and "I need to remember to"', () => {
    const add = (message: string) => {
      const u = understand(message, clock);
      return u.intent === 'add'
        ? { title: u.details.title, tags: u.details.tags, priority: u.details.priority }
        : null;
    };
    expect(add('add water the ferns and tag it garden')).toEqual({
      title: 'Water the ferns',
      tags: ['garden'],
      priority: null,
    });
    expect(add('add a medium priority task to call the vet, tag it pets')).toEqual({
      title: 'Call the vet',
      tags: ['pets'],
      priority: 'medium',
    });
    expect(add('add a high priority task to fix the tap, tag it home')).toEqual({
      title: 'Fix the tap',
      tags: ['home'],
      priority: 'high',
    });
    expect(understand('and tag it errands', clock)).toMatchObject({
      intent: 'update',
      target: { kind: 'it' },
      change: { addTags: ['errands'] },
    });
    expect(add('plz add clean the oven to my lsit')?.title).toBe('Clean the oven');
    expect(add('add sell the bike to my lift')?.title).toBe('Sell the bike to my lift');
    const rent = understand('I need to remember to renew the lease on the 20th', clock);
    expect(rent).toMatchObject({ details: { title: 'Renew the lease', due_date: '2025-06-20' } });
  });

  it('completes "that one" only when the last turn was about exactly one task', async () => {
    const { say } = chat();
    await say('add buy a birthday card');
    const done = await say("ok that one's finished");
    expect(changes(done)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 5 } }]);
    const fresh = await chat().say('that one is done');
    expect(changes(fresh)).toEqual([]);
  });

  it('takes a quoted new title whole, and reads Urdu renames', () => {
    expect(understand('update the gym task so it says "Pay gym fee to Shapes"', clock)).toMatchObject({
      change: { title: 'Pay gym fee to Shapes' },
    });
    expect(understand('change task 2 to "Go to the bank"', clock)).toMatchObject({
      target: { kind: 'id', id: 2 },
      change: { title: 'Go to the bank' },
    });
    expect(understand('گاڑی دھونا کا نام گاڑی صاف کرنا رکھ دو', clock)).toMatchObject({
      intent: 'update',
      change: { title: 'گاڑی صاف کرنا' },
    });
    expect(understand('"گاڑی دھونا" کو "گاڑی کی سروس" کر دو', clock)).toMatchObject({
      change: { title: 'گاڑی کی سروس' },
    });
  });

  it('reads Urdu quoted adds, finished-work questions and first-person past', () => {
    expect(understand('"بل ادا کرنا" پرسوں زیادہ ترجیح کے ساتھ شامل کرو', clock)).toMatchObject({
      intent: 'add',
      details: { title: 'بل ادا کرنا', priority: 'high', due_date: '2025-06-13' },
    });
    expect(understand('کون سے کام مکمل ہو چکے ہیں', clock)).toMatchObject({
      intent: 'list',
      filters: { status: 'completed' },
    });
    expect(understand('kaun se kaam baqi hain', clock)).toMatchObject({
      intent: 'list',
      filters: { status: 'pending' },
    });
    expect(understand('سبزی لے لی', clock)).toMatchObject({ intent: 'complete' });
    expect(understand('gas ka bill bhar diya', clock)).toMatchObject({ intent: 'complete' });
  });

  it('reads Urdu and Roman Urdu clock times written in words', () => {
    const at = (message: string) => {
      const u = understand(message, clock);
      return u.intent === 'add' ? u.details.due_at : null;
    };
    expect(at('کل صبح آٹھ بجے دوڑ لگانا یاد دلانا')).toBe('2025-06-12T03:00:00.000Z');
    expect(at('آج شام چھ بجے کپڑے استری کرنا شامل کرو')).toBe('2025-06-11T13:00:00.000Z');
    expect(at('kal dopahar teen baje dentist jana shamil karo')).toBe('2025-06-12T10:00:00.000Z');
    expect(at('aaj raat gyarah baje movie dekhna yaad dilana')).toBe('2025-06-11T18:00:00.000Z');
    expect(at('kal subah saarhe saat baje walk karna shamil karo')).toBe('2025-06-12T02:30:00.000Z');
  });
});

describe('assistant eval', () => {
  it('gets at least 95% of the utterances right', async () => {
    const report = await runEval(offlineAgent);
    const failures = report.failures.map((f) => `${f.utterance.text}: ${f.reason}`);
    expect(report.total).toBeGreaterThanOrEqual(170);
    expect(failures.length / report.total, failures.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
