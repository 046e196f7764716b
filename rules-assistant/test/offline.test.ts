// The built-in assistant: behaviours one by one over the real tools, then the whole eval; one
// conversation over HTTP with the real tools and database (undo, due questions, dates in words).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentOutput, HistoryMessage } from '../../server/features/assistant/agent.js';
import { startTestServer, type TestServer } from '../../test/support/server.js';
import { offlineAgent } from '../engine/index.js';
import { detectLanguage, editDistance, urduStem, verbLemma, wordsMeet } from '../engine/language.js';
import { repeatText } from '../engine/replies.js';
import { splitRequests } from '../engine/stages/split.js';
import { understand } from '../engine/understand.js';
import { EVAL_NOW, EVAL_ZONE } from '../eval/run.js';
import { type FixtureTask, realTools } from './support.js';

const USER = 'u';
const toolsOver = realTools({ now: EVAL_NOW, timeZone: EVAL_ZONE });
const TASKS: FixtureTask[] = [
  { id: 1, title: 'Team meeting' },
  { id: 2, title: 'Meeting notes' },
  { id: 3, title: 'Buy milk', tags: ['home'] },
  { id: 4, title: 'Call mom', completed: true },
];

/** A conversation over the real tools and a fresh database: say() runs one turn and keeps the history. */
function chat(tasks: FixtureTask[] = TASKS, timeZone = EVAL_ZONE) {
  const store = toolsOver(tasks, timeZone);
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
      { role: 'assistant', content: out.response, tool_calls: out.tool_calls, state: out.state },
    );
    return out;
  };
  /**
   * A request that deletes: the assistant asks first and deletes nothing, "yes" carries it out
   * (stages/deletes.ts). Both turns' calls, in order.
   */
  const confirmed = async (message: string): Promise<AgentOutput> => {
    const asked = await say(message);
    expect(
      asked.tool_calls.map((c) => c.name),
      message,
    ).not.toContain('delete_task');
    expect(asked.response, message).toMatch(/Say "yes" to delete it|"haan" likhein|"ہاں" لکھیں/u);
    const yes = await say('yes');
    return { response: yes.response, tool_calls: [...asked.tool_calls, ...yes.tool_calls] };
  };
  return { say, store, confirmed };
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
    expect((await store.tasks()).at(-1)?.title).toBe('Buy groceries');
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
    const answer = await first.confirmed('2');
    expect(changes(answer)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
    expect(answer.response).toContain('"Team meeting"');

    const second = chat();
    await second.say('complete meeting');
    const named = await second.say('meeting notes');
    expect(changes(named)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 2 } }]);
  });

  it('finds a task by title words with a search before acting', async () => {
    const out = await chat().confirmed('remove the milk task');
    expect(out.tool_calls[0]?.name).toBe('search_tasks');
    expect(changes(out).map((c) => c.name)).toEqual(['delete_task']);
    expect(changes(out)[0]?.arguments).toEqual({ user_id: USER, task_id: 3 });
  });

  it('counts positions in the last list shown in the conversation', async () => {
    const { say, confirmed } = chat();
    const listed = await say('show my tasks');
    expect(listed.response).toMatch(/1\. Call mom/); // newest first
    const out = await say('complete the second one');
    expect(changes(out)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 3 } }]);
    const last = await confirmed('delete the last one');
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
    for (const message of ['asdfgh', "what's the weather like?", 'go away', 'موسم کیسا ہے؟']) {
      const out = await chat().say(message);
      expect(out.tool_calls, message).toEqual([]);
    }
    expect((await chat().say('موسم کیسا ہے؟')).response).toMatch(/معذرت/);
  });

  it('adds a to-do led by a verb of doing, without a command word', async () => {
    const out = await chat().say('walk the dog');
    expect(changes(out)).toEqual([
      expect.objectContaining({
        name: 'add_task',
        arguments: expect.objectContaining({ title: 'Walk the dog' }),
      }),
    ]);
    expect(out.response).toMatch(/Added "Walk the dog"/);
    // Pointing at the person or at a task already there is no to-do.
    for (const message of ['ask me later', 'book it for friday', 'check my tasks']) {
      const other = await chat().say(message);
      expect(changes(other), message).toEqual([]);
    }
  });

  it('never moves a task that a new task only resembles, and asks instead', async () => {
    // "rent" is a typo away from "Renew": news of a change to it, never; a new task, proposed.
    const tasks: FixtureTask[] = [{ id: 1, title: 'Renew domain', due_date: '2025-06-20' }];
    const out = await chat(tasks).say('rent due end of month');
    expect(changes(out)).toEqual([]);
    expect(out.response).toMatch(/Add "Rent".*\?/);
    // A name the title lacks is another person's task: "Mrs Khan" is not "Mrs. Qureshi".
    const suits: FixtureTask[] = [{ id: 1, title: 'Mrs. Qureshi ka suit', due_date: '2025-06-20' }];
    const khan = await chat(suits).say('Mrs Khan ka suit 15 tareekh tak ready karna hai');
    expect(changes(khan).filter((c) => c.name === 'set_task_details')).toEqual([]);
  });

  it('keeps the hour a task is due at when only a new day is said, and its day for a time', async () => {
    const tasks: FixtureTask[] = [
      { id: 1, title: 'Dentist appointment', due_at: '2025-06-13T07:00:00.000Z' },
    ];
    const day = await chat(tasks).say('push the dentist to monday');
    expect(changes(day)).toEqual([
      expect.objectContaining({
        name: 'set_task_details',
        arguments: expect.objectContaining({ due_at: '2025-06-16T07:00:00.000Z' }),
      }),
    ]);
    const time = await chat(tasks).say('the dentist got moved to 4pm');
    expect(changes(time)).toEqual([
      expect.objectContaining({
        name: 'set_task_details',
        arguments: expect.objectContaining({ due_at: '2025-06-13T11:00:00.000Z' }),
      }),
    ]);
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
    const found = await chat(ERRANDS).confirmed(
      'could you please remove the anniversary table booking for me?',
    );
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
    const gone = await chat(ERRANDS).confirmed("we won't need the anniversary table anymore, cancel it");
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
    const { say, confirmed } = chat();
    await say('add water the cactus');
    expect(changes(await confirmed('actually remove it'))).toMatchObject([
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
    const { confirmed } = chat();
    const both = await confirmed('add mow the lawn and delete the meeting notes task');
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

describe('offline assistant: lists of titles, afterthoughts, remarks and corrections', () => {
  const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };
  const change = (message: string) => {
    const u = understand(message, clock);
    return u.intent === 'update' ? u.change : null;
  };

  it('makes one request per quoted title, each with the shared verb and date', async () => {
    const out = await chat().say('add "wash the car", "buy a kite" and "call Zara" on friday');
    expect(changes(out).map((c) => [c.arguments.title, c.arguments.due_date])).toEqual([
      ['Wash the car', '2025-06-13'],
      ['Buy a kite', '2025-06-13'],
      ['Call Zara', '2025-06-13'],
    ]);
    const gone = await chat().confirmed("remove 'Team meeting' and 'Buy milk'");
    expect(changes(gone).map((c) => [c.name, c.arguments.task_id])).toEqual([
      ['delete_task', 1],
      ['delete_task', 3],
    ]);
    const roman = await chat([]).say("'gas bill dena' aur 'pani ka bill dena' add karo");
    expect(changes(roman).map((c) => c.arguments.title)).toEqual(['Gas bill dena', 'Pani ka bill dena']);
    // A rename names two titles but is one request; unquoted "and" stays inside a title.
    expect(changes(await chat().say('change "Buy milk" to "Buy oat milk"'))).toHaveLength(1);
    expect(changes(await chat().say('add salt and pepper'))).toHaveLength(1);
    // Only requests that act on each title are split; a search or an unknown line stays whole.
    expect(splitRequests("show 'milk' and 'eggs'", clock)).toHaveLength(1);
    expect(splitRequests("I can't find 'milk' and 'eggs'", clock)).toHaveLength(1);
  });

  it('reads an afterthought about a new task as its priority or due moment', () => {
    const add = (message: string) => {
      const u = understand(message, clock);
      return u.intent === 'add'
        ? {
            title: u.details.title,
            priority: u.details.priority,
            due: u.details.due_date ?? u.details.due_at,
          }
        : null;
    };
    expect(add("I need to renew my visa before the 30th, it's really important")).toEqual({
      title: 'Renew my visa',
      priority: 'high',
      due: '2025-06-30',
    });
    expect(add('add fix the sink, it is urgent and due tomorrow at 5pm')).toEqual({
      title: 'Fix the sink',
      priority: 'high',
      due: '2025-06-12T12:00:00.000Z',
    });
    expect(add('remember to water the ferns - make it low priority')?.priority).toBe('low');
    // Not a priority or a date: the clause stays in the title.
    expect(add("add call grandpa, it's his birthday")?.title).toBe("Call grandpa, it's his birthday");
    expect(add('ٹائر بدلوانا شامل کرو، یہ بہت ضروری ہے')).toEqual({
      title: 'ٹائر بدلوانا',
      priority: 'high',
      due: null,
    });
    expect(add('tyre badalwana add kar do, parson tak')?.due).toBe('2025-06-13');
  });

  it('lists completed tasks for questions about finished work', () => {
    for (const message of ['what did I finish today', 'what have we already done?', 'which did I check off'])
      expect(understand(message, clock), message).toMatchObject({
        intent: 'list',
        filters: { status: 'completed' },
      });
    expect(understand('what did I forget', clock).intent).toBe('unknown');
  });

  it('forgives typos in "finally" and "already", and drops remarks and reasons after a command', () => {
    expect(understand('i finaly renewed the car registration', clock)).toMatchObject({
      intent: 'complete',
      target: { kind: 'title', words: ['renewed', 'car', 'registration'] },
    });
    expect(understand('allready sent the invoice', clock)).toMatchObject({ intent: 'complete' });
    expect(understand('i finaly did it', clock)).toMatchObject({
      intent: 'complete',
      target: { kind: 'it' },
    });
    expect(understand("delete the gym task, I won't need it anymore", clock)).toMatchObject({
      intent: 'delete',
      target: { kind: 'title', words: ['gym'] },
    });
    expect(understand('remove task 4 since we cancelled the trip', clock)).toMatchObject({
      intent: 'delete',
      target: { kind: 'id', id: 4 },
    });
    // A second task named after the comma is not a remark.
    expect(understand('delete the gym task, the yoga one too', clock)).toMatchObject({
      target: { kind: 'title', words: ['gym', 'yoga', 'too'] },
    });
  });

  it('reads a named field before a quoted value, "task N: field value" and "X, not Y"', () => {
    expect(change('change the notes of the gym task to "bring a towel"')).toEqual({
      description: 'bring a towel',
    });
    expect(change('update task 7: due tomorrow at 9am, priority high')).toEqual({
      due_at: '2025-06-12T04:00:00.000Z',
      due_date: null,
      priority: 'high',
    });
    // "to" is a word: "deadline tomorrow" is not "deadline to morrow".
    expect(change('edit task 7 - deadline tomorrow')).toEqual({ due_date: '2025-06-12', due_at: null });
    expect(change('update task 7: Notes and pens')).toEqual({ title: 'Notes and pens' });
    expect(change('the gym task should be high priority, not medium')).toEqual({ priority: 'high' });
    expect(change('push the gym task to monday, not sunday')).toEqual({
      due_date: '2025-06-16',
      due_at: null,
    });
    expect(understand('show tasks that are not done', clock)).toMatchObject({
      filters: { status: 'pending' },
    });
  });

  it('reads Roman Urdu and Urdu renames with the new name after the verb', () => {
    expect(understand("gym wale task ka naam change karo 'Yoga class'", clock)).toMatchObject({
      intent: 'update',
      change: { title: 'Yoga class' },
    });
    expect(understand('ٹاسک 2 کا نام بدل دو: سالانہ رپورٹ', clock)).toMatchObject({
      target: { kind: 'id', id: 2 },
      change: { title: 'سالانہ رپورٹ' },
    });
    // No new name: ask, never rename to a verb.
    expect(understand('task 4 ka naam change kar do', clock)).toMatchObject({
      intent: 'update',
      change: null,
    });
  });

  it('counts "number N" in the list on screen, and reads it as an id without one', async () => {
    const { say } = chat();
    await say('show my tasks'); // newest first: Call mom, Buy milk, Meeting notes, Team meeting
    expect(changes(await say('number 3 is finished'))).toMatchObject([
      { name: 'complete_task', arguments: { task_id: 2 } },
    ]);
    expect(changes(await chat().say('complete number 3'))).toMatchObject([
      { name: 'complete_task', arguments: { task_id: 3 } },
    ]);
    const listed = chat();
    await listed.say('show my tasks');
    expect(changes(await listed.say('complete task number 1'))).toMatchObject([
      { name: 'complete_task', arguments: { task_id: 1 } },
    ]);
  });
});

describe('offline assistant: reminders', () => {
  const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };
  const TOMORROW_5PM = '2025-06-12T12:00:00.000Z';

  /** A conversation over the real tools, which keep reminders. */
  function remindingChat(tasks: FixtureTask[] = TASKS) {
    const { run } = toolsOver(tasks);
    const history: HistoryMessage[] = [];
    return async (message: string): Promise<AgentOutput> => {
      const out = await offlineAgent.run({
        userId: USER,
        message,
        history,
        now: EVAL_NOW,
        timeZone: EVAL_ZONE,
        callTool: run,
      });
      history.push(
        { role: 'user', content: message },
        { role: 'assistant', content: out.response, tool_calls: out.tool_calls, state: out.state },
      );
      return out;
    };
  }

  it('reads reminders before the due moment, at a moment, and on "remind me to X at T"', () => {
    expect(understand('add call Ali tomorrow at 5pm, remind me 15 minutes before', clock)).toMatchObject({
      intent: 'add',
      details: { title: 'Call Ali', due_at: TOMORROW_5PM },
      reminders: [{ minutes_before: 15 }],
    });
    expect(understand('remind me at 5pm tomorrow about the quarterly report', clock)).toMatchObject({
      intent: 'add',
      details: { title: 'Quarterly report', due_at: null, due_date: null },
      reminders: [{ at: TOMORROW_5PM }],
    });
    expect(understand('remind me about the quarterly report at 5pm tomorrow', clock)).toMatchObject({
      reminders: [{ at: TOMORROW_5PM }],
    });
    // A day alone reminds at 09:00 (04:00 UTC in Karachi).
    expect(understand('remind me friday about the gas bill', clock)).toMatchObject({
      reminders: [{ at: '2025-06-13T04:00:00.000Z' }],
    });
    expect(understand('remind me tomorrow at 5pm to call Ali', clock)).toMatchObject({
      details: { title: 'Call Ali', due_at: TOMORROW_5PM },
      reminders: [{ minutes_before: 0 }],
    });
    expect(understand('set a reminder for task 3 half an hour before', clock)).toEqual({
      intent: 'update',
      target: { kind: 'id', id: 3 },
      change: { reminders: [{ minutes_before: 30 }] },
    });
    expect(understand('remind me the day before the dentist appointment', clock)).toMatchObject({
      target: { kind: 'title', words: ['dentist', 'appointment'] },
      change: { reminders: [{ minutes_before: 1440 }] },
    });
    expect(understand('remind me 15 minutes before', clock)).toMatchObject({
      target: { kind: 'it' },
      change: { reminders: [{ minutes_before: 15 }] },
    });
    // Without "remind": no reminder.
    expect(understand('add call Ali tomorrow at 5pm', clock)).not.toHaveProperty('reminders');
  });

  it('reads Urdu and Roman Urdu reminders', () => {
    expect(understand('کل شام 5 بجے مجھے رپورٹ کے بارے میں یاد دلانا', clock)).toMatchObject({
      intent: 'add',
      details: { title: 'رپورٹ' },
      reminders: [{ at: TOMORROW_5PM }],
    });
    expect(understand('اسے 15 منٹ پہلے یاد دلانا', clock)).toMatchObject({
      intent: 'update',
      target: { kind: 'it' },
      change: { reminders: [{ minutes_before: 15 }] },
    });
    expect(understand('رپورٹ والے کام کے لیے ایک گھنٹہ پہلے یاد دہانی لگا دو', clock)).toMatchObject({
      target: { kind: 'title', words: ['رپورٹ'] },
      change: { reminders: [{ minutes_before: 60 }] },
    });
    expect(understand('task 3 ka reminder kal 5 baje laga do', clock)).toMatchObject({
      target: { kind: 'id', id: 3 },
      change: { reminders: [{ at: TOMORROW_5PM }] },
    });
    expect(
      understand('kal shaam 5 baje ammi ko call karna, aadha ghanta pehle yaad dila dena', clock),
    ).toMatchObject({
      intent: 'add',
      details: { title: 'Ammi ko call karna', due_at: TOMORROW_5PM },
      reminders: [{ minutes_before: 30 }],
    });
  });

  it('puts a reminder on the task just added, a named task, or one that matches "about ..."', async () => {
    const say = remindingChat();
    await say('add call Ali tomorrow at 5pm');
    const before = await say('remind me 15 minutes before');
    expect(changes(before)).toMatchObject([
      { name: 'set_task_details', arguments: { task_id: 5, reminders: [{ minutes_before: 15 }] } },
    ]);
    expect(before.response).toMatch(/reminder 15 minutes before/);
    // A second reminder keeps the first.
    const more = await say('and remind me an hour before');
    expect(changes(more)[0]?.arguments.reminders).toEqual([{ minutes_before: 15 }, { minutes_before: 60 }]);

    const about = await remindingChat()('remind me at 5pm tomorrow about the milk');
    expect(changes(about)).toMatchObject([
      { name: 'set_task_details', arguments: { task_id: 3, reminders: [{ at: TOMORROW_5PM }] } },
    ]);
    const fresh = await remindingChat()('remind me at 5pm tomorrow about the plumber');
    expect(changes(fresh)).toMatchObject([
      { name: 'add_task_details', arguments: { title: 'Plumber', reminders: [{ at: TOMORROW_5PM }] } },
    ]);
    // Nothing talked about yet: ask which task.
    const nothing = await remindingChat()('remind me 10 minutes before');
    expect(changes(nothing)).toEqual([]);
    expect(nothing.response).toMatch(/\?/u);
    const urdu = await remindingChat([{ id: 9, title: 'بجلی کا بل جمع کرانا' }])(
      'کل شام 5 بجے مجھے بجلی کے بل کے بارے میں یاد دلانا',
    );
    expect(changes(urdu)).toMatchObject([{ name: 'set_task_details', arguments: { task_id: 9 } }]);
    expect(urdu.response).toMatch(/یاد دہانی/u);
  });
});

describe('offline assistant: negation, recurrence, search, several ids, no due date, Urdu forms', () => {
  const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };

  it('reads a denied completion as reopen and a refused command as no change, never the opposite', () => {
    for (const line of ["oops, task 4 isn't actually done", 'task 4 is not done', 'task 4 abhi nahi hua'])
      expect(understand(line, clock)).toEqual({ intent: 'reopen', target: { kind: 'id', id: 4 } });
    expect(understand("I didn't finish the report", clock)).toEqual({
      intent: 'reopen',
      target: { kind: 'title', words: ['report'] },
    });
    expect(understand('ٹاسک 4 ابھی مکمل نہیں ہوا', clock)).toMatchObject({
      intent: 'reopen',
      target: { id: 4 },
    });
    for (const line of [
      "don't delete the milk task",
      'please do not complete task 3',
      'never remove task 2',
      'no need to delete task 5',
      "don't mark task 3 as done",
      'milk wala task delete mat karo',
      'دودھ والا کام حذف نہ کریں',
      'task 3 mukammal nahi karna',
    ])
      expect(understand(line, clock).intent, line).toBe('declined');
    // Not a denial of the command: a double negative, a contrast, a status filter.
    expect(understand("don't forget to call mom", clock).intent).toBe('add');
    expect(understand('mark task 3 as not done', clock).intent).toBe('reopen');
    expect(understand('show tasks not done', clock)).toMatchObject({
      intent: 'list',
      filters: { status: 'pending' },
    });
  });

  it('changes nothing when told not to', async () => {
    const { say, store } = chat();
    const out = await say("don't delete the milk task");
    expect(changes(out)).toEqual([]);
    expect(out.response).toMatch(/won't change/u);
    expect((await store.tasks()).map((t) => t.id)).toContain(3);
  });

  it('reads a recurrence in an add as the new task’s rule', () => {
    expect(understand('remember to water the balcony plants every sunday', clock)).toMatchObject({
      intent: 'add',
      details: {
        title: 'Water the balcony plants',
        recurrence: 'FREQ=WEEKLY;BYDAY=SU',
        due_date: '2025-06-15',
      },
    });
    expect(understand('add clean the filter every 2 weeks', clock)).toMatchObject({
      details: { title: 'Clean the filter', recurrence: 'FREQ=WEEKLY;INTERVAL=2' },
    });
    expect(understand('ہر اتوار پودوں کو پانی دینا شامل کرو', clock)).toMatchObject({
      details: { title: 'پودوں کو پانی دینا', recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
    });
    expect(understand('har itwar paudon ko pani dena add karo', clock)).toMatchObject({
      details: { recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
    });
    expect(understand('روزانہ صبح 9 بجے ورزش کرنا شامل کرو', clock)).toMatchObject({
      details: { title: 'ورزش کرنا', recurrence: 'FREQ=DAILY', due_at: '2025-06-12T04:00:00.000Z' },
    });
  });

  it('reads search verbs in the three languages', () => {
    for (const [line, query] of [
      ['find anything about the dog', 'dog'],
      ['look for the dog', 'dog'],
      ['look up bills', 'bills'],
      ['بل ڈھونڈو', 'بل'],
      ['بل والے کام تلاش کرو', 'بل'],
      ['bill dhoondo', 'bill'],
    ])
      expect(understand(line!, clock), line).toMatchObject({ intent: 'list', filters: { query } });
    expect(understand("what's the weather", clock).intent).toBe('unknown');
  });

  it('reads several ids as several tasks, never as title words', () => {
    expect(understand('mark 9 and 10 as done', clock)).toEqual({
      intent: 'complete',
      target: { kind: 'ids', ids: [9, 10] },
    });
    expect(understand('complete 3, 4 and 5', clock)).toMatchObject({
      target: { kind: 'ids', ids: [3, 4, 5] },
    });
    expect(understand('delete tasks 2 & 7', clock)).toMatchObject({
      intent: 'delete',
      target: { kind: 'ids', ids: [2, 7] },
    });
    expect(understand('ٹاسک 3 اور 4 مکمل کرو', clock)).toMatchObject({
      target: { kind: 'ids', ids: [3, 4] },
    });
  });

  it('reads taking a due date away', () => {
    const cleared = { intent: 'update', change: { due_date: null, due_at: null } };
    for (const line of [
      'remove the due date from the groceries task',
      'no deadline for the groceries task',
      "clear the groceries task's due date",
      'groceries ki date hata do',
    ])
      expect(understand(line, clock), line).toMatchObject({
        ...cleared,
        target: { kind: 'title', words: ['groceries'] },
      });
    expect(understand('ٹاسک 3 سے تاریخ ہٹا دو', clock)).toMatchObject({ ...cleared, target: { id: 3 } });
    // A task whose name has "date" in it is still deleted when asked.
    expect(understand('remove the date night task', clock).intent).toBe('delete');
  });

  it('reads an Urdu add whose priority or day comes after a comma', () => {
    expect(understand('نیا کام شامل کرو: بینک جانا، ترجیح زیادہ', clock)).toMatchObject({
      intent: 'add',
      details: { title: 'بینک جانا', priority: 'high' },
    });
    expect(understand('naya task add karo: bank jana, priority high', clock)).toMatchObject({
      intent: 'add',
      details: { title: 'Bank jana', priority: 'high' },
    });
    expect(understand('بل جمع کرانا شامل کرو، تاریخ کل', clock)).toMatchObject({
      details: { title: 'بل جمع کرانا', due_date: '2025-06-12' },
    });
  });

  it('reads Urdu and Roman Urdu overdue and today questions as lists', () => {
    for (const line of [
      'جن کاموں کی تاریخ گزر چکی ہے وہ دکھاؤ',
      'وقت گزر گیا والے کام دکھاؤ',
      'jin ki date guzar gayi',
      'overdue wale kaam',
    ])
      expect(understand(line, clock), line).toMatchObject({ intent: 'list', filters: { due: 'overdue' } });
    for (const line of ['aaj kya due hai?', 'aaj kya karna hai', 'آج کیا کرنا ہے'])
      expect(understand(line, clock), line).toMatchObject({ intent: 'list', filters: { due: 'today' } });
  });

  it('finds a task by an inflected Urdu form of its title words', async () => {
    expect(urduStem('کپڑوں')).toBe(urduStem('کپڑے'));
    expect(urduStem('کتابیں')).toBe('کتاب');
    const { say } = chat([
      { id: 10, title: 'عید کے کپڑے سلوانا' },
      { id: 11, title: 'عید کی مٹھائی' },
    ]);
    const out = await say('عید کے کپڑوں والے کام کی تاریخ جمعہ کر دو');
    expect(changes(out)).toMatchObject([
      { name: 'set_task_details', arguments: { task_id: 10, due_date: '2025-06-13' } },
    ]);
  });

  it('keeps reminders on the task and accepts a reminder-only change', async () => {
    const { say, store } = chat();
    const out = await say('remind me about task 3 an hour before');
    expect(changes(out)).toMatchObject([
      { name: 'set_task_details', arguments: { task_id: 3, reminders: [{ minutes_before: 60 }] } },
    ]);
    expect((await store.tasks()).find((t) => t.id === 3)?.reminders).toEqual([{ minutes_before: 60 }]);
    const more = await say('task 3 ka reminder aadha ghanta pehle laga do');
    expect(changes(more)[0]?.arguments.reminders).toEqual([{ minutes_before: 60 }, { minutes_before: 30 }]);
  });
});

describe('offline assistant: renames without "rename", repeat rules, skips, reminders before a named task', () => {
  const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };

  it('reads a new title said as "should be called", "call the X task Y" and "X ka naam Y rakhna hai"', () => {
    const renamed = (text: string) => understand(text, clock);
    expect(renamed('the guitar task should be called "Practice scales"')).toMatchObject({
      intent: 'update',
      target: { kind: 'title', words: ['guitar'] },
      change: { title: 'Practice scales' },
    });
    expect(renamed('call the milk task Buy oat milk')).toMatchObject({ change: { title: 'Buy oat milk' } });
    expect(renamed('milk wale task ka naya naam "Oat milk" rakhna hai')).toMatchObject({
      change: { title: 'Oat milk' },
    });
    expect(renamed('دودھ والے کام کا نام "دہی لانا" رکھیں')).toMatchObject({ change: { title: 'دہی لانا' } });
    // "call" as an errand stays what it was.
    expect(renamed('call the bank one more time').intent).not.toBe('update');
  });

  it('reads a new repeat rule, no rule, and a skipped occurrence in all three languages', () => {
    const read = (text: string) => understand(text, clock);
    expect(read('make the grandpa call repeat every sunday')).toMatchObject({
      intent: 'update',
      change: { recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
    });
    expect(read('make task 8 repeat every monday at 7am')).toMatchObject({
      target: { kind: 'id', id: 8 },
      change: { recurrence: 'FREQ=WEEKLY;BYDAY=MO', due_at: '2025-06-16T02:00:00.000Z' },
    });
    expect(read('guitar wala kaam har hafte dohrana')).toMatchObject({
      change: { recurrence: 'FREQ=WEEKLY' },
    });
    expect(read('دوائی والا کام روزانہ دہرانا ہے')).toMatchObject({ change: { recurrence: 'FREQ=DAILY' } });
    for (const text of [
      'stop the guitar practice from repeating',
      'the guitar practice should not repeat any more',
      'guitar practice ab nahi dohrana',
      'گٹار والا کام اب نہ دہرائیں',
    ])
      expect(read(text), text).toMatchObject({ intent: 'update', change: { recurrence: null } });
    expect(read('اب نہ دہرائیں')).toMatchObject({ target: { kind: 'it' }, change: { recurrence: null } });
    expect(read("skip this week's standup")).toEqual({
      intent: 'skip',
      target: { kind: 'title', words: ['standup'] },
    });
    expect(read('is hafte ka standup skip kar do')).toMatchObject({
      intent: 'skip',
      target: { kind: 'title', words: ['standup'] },
    });
    // "I should repeat the lesson every day" names no task and no rule for one.
    expect(read('I should repeat the lesson every day').intent).not.toBe('update');
  });

  it('asks when a task without a due moment is given a rule, and sets both from the answer', async () => {
    const { say, store } = chat([{ id: 1, title: 'Read the contract' }]);
    const asked = await say('make the contract task repeat every week');
    expect(changes(asked)).toEqual([]);
    expect(asked.response).toMatch(/\?/u);
    const out = await say('from friday');
    expect(changes(out)).toMatchObject([
      {
        name: 'set_task_details',
        arguments: { task_id: 1, recurrence: 'FREQ=WEEKLY', due_date: '2025-06-13' },
      },
    ]);
    expect((await store.tasks())[0]).toMatchObject({ recurrence: 'FREQ=WEEKLY', due_date: '2025-06-13' });
  });

  it('puts a reminder "before X" on the one task X names, and asks when none does', async () => {
    const { say } = chat([
      { id: 6, title: 'مہمانوں کے لیے کھانا بنانا', due_at: '2025-06-13T14:00:00.000Z' },
    ]);
    const out = await say('مہمانوں کے کھانے سے ایک گھنٹہ پہلے یاد دلانا');
    expect(changes(out)).toMatchObject([
      { name: 'set_task_details', arguments: { task_id: 6, reminders: [{ minutes_before: 60 }] } },
    ]);
    const none = await say('درزی سے ایک گھنٹہ پہلے یاد دلانا');
    expect(changes(none)).toEqual([]);
    expect(none.response).toMatch(/\?|؟/u);
  });
});

describe('offline assistant: references, colons, refusals, idioms, undo, off-topic, Urdu forms', () => {
  const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };
  const read = (text: string) => understand(text, clock);

  it('names the task by the words that say which, not by reasons, rambling or filler nouns', () => {
    expect(read("oops, the tax report isn't actually done, put it back")).toEqual({
      intent: 'reopen',
      target: { kind: 'title', words: ['tax', 'report'] },
    });
    expect(
      read(
        'hey so about the boiler thing, the plumber rang and said he is free friday, can you move it to friday',
      ),
    ).toMatchObject({ intent: 'update', target: { kind: 'title', words: ['boiler'] } });
    expect(read('make the invoice job high priority')).toMatchObject({
      target: { kind: 'title', words: ['invoice'] },
      change: { priority: 'high' },
    });
    expect(read('رپورٹ والا کام دوبارہ کھول دیں، اس میں غلطی نکل آئی ہے')).toEqual({
      intent: 'reopen',
      target: { kind: 'title', words: ['رپورٹ'] },
    });
    expect(read('delete the milk task, we have plenty')).toMatchObject({
      target: { kind: 'title', words: ['milk'] },
    });
    // A list of ids after a comma is no reason.
    expect(read('complete 1, 4 and 5')).toMatchObject({ target: { kind: 'ids', ids: [1, 4, 5] } });
  });

  it('asks which when a long reference fits several tasks about as well, and acts on a clear winner', async () => {
    const tasks: FixtureTask[] = [
      { id: 1, title: 'Fix the kitchen tap' },
      { id: 2, title: 'Fix the kitchen light' },
      { id: 3, title: 'Paint the garden gate' },
    ];
    const tied = await chat(tasks).say('the kitchen thing I have to fix before the guests arrive, delete it');
    expect(changes(tied)).toEqual([]);
    expect(tied.response).toMatch(/\?/u);
    const clear = await chat(tasks).confirmed(
      'you know the kitchen tap that keeps dripping all day, delete it',
    );
    expect(changes(clear)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
  });

  it('strips a command with typos or details before a colon, in the three languages', () => {
    const title = (text: string) => {
      const u = read(text);
      return u.intent === 'add' ? u.details : null;
    };
    expect(title('ad a taks: ring the plumber')).toMatchObject({ title: 'Ring the plumber' });
    expect(title('naya kaam add karo: sugar mangwana')).toMatchObject({ title: 'Sugar mangwana' });
    expect(title('اعلیٰ ترجیح کے ساتھ یہ کام شامل کرو: تھالیاں سجانا')).toMatchObject({
      title: 'تھالیاں سجانا',
      priority: 'high',
    });
    expect(title('kal ke liye naya kaam add karo: bank jana')).toMatchObject({
      title: 'Bank jana',
      due_date: '2025-06-12',
    });
    // A colon inside a title with no command before it stays.
    expect(title('add: meeting: discuss budget')).toMatchObject({ title: 'Meeting: discuss budget' });
  });

  it('drops a refused clause and reads the rest, taking "it" from the refusal', () => {
    expect(read("do NOT mark anything as done, just show me what's high priority")).toEqual({
      intent: 'list',
      filters: { priority: ['high'], status: 'pending' },
      count: false,
    });
    expect(read("don't delete the rent task, complete it instead")).toEqual({
      intent: 'complete',
      target: { kind: 'title', words: ['rent'] },
    });
    expect(read('milk wala task delete mat karo, bas usay mukammal kar do')).toMatchObject({
      intent: 'complete',
      target: { kind: 'title', words: ['milk'] },
    });
    expect(read("don't delete the rent task").intent).toBe('declined');
  });

  it('knows idioms and slang for listing, deleting and putting back', () => {
    expect(read("what's on my plate?")).toMatchObject({ intent: 'list', filters: { status: 'pending' } });
    expect(read('nuke the instagram thing lol')).toEqual({
      intent: 'delete',
      target: { kind: 'title', words: ['instagram'] },
    });
    expect(read('ditch the rota task')).toMatchObject({ intent: 'delete' });
    expect(read('take the rota off my list')).toMatchObject({ intent: 'delete' });
    expect(read("I'm not going to bother with the pastry call anymore, take it off my list")).toEqual({
      intent: 'delete',
      target: { kind: 'title', words: ['pastry', 'call'] },
    });
    expect(read('put the milk task back on my list')).toMatchObject({ intent: 'reopen' });
  });

  it('undoes the last change after "wait no", "take that back", "wapas kar do" and "واپس کر دیں"', async () => {
    for (const text of [
      'wait no, undo that',
      'oops, take that back',
      'nahi, wapas kar do',
      'اسے واپس کر دیں',
    ])
      expect(read(text).intent, text).toBe('undo');
    const { say, confirmed } = chat();
    await say('complete the milk task');
    const undone = await say('wait no, undo that');
    expect(changes(undone)).toMatchObject([{ name: 'reopen_task', arguments: { task_id: 3 } }]);
    await confirmed('delete task 1');
    const gone = await say('undo that');
    expect(changes(gone)).toEqual([]);
    expect(gone.response).toMatch(/cannot/u);
  });

  it('answers questions that are not about tasks with help, though they hold a word like "today"', async () => {
    for (const text of ["what's the weather like in Karachi today?", 'what time is it in London today?'])
      expect(read(text).intent, text).toBe('unknown');
    expect(read("what's left today?")).toMatchObject({ intent: 'list' });
    expect(read('do I have anything about my passport?')).toMatchObject({ filters: { query: 'passport' } });
    const out = await chat().say("what's the weather like in Karachi today?");
    expect(out.tool_calls).toEqual([]);
  });

  it('lists by a tag named before "والے کام", and searches titles when there is no such tag', async () => {
    expect(read('بازار والے کام دکھاؤ')).toMatchObject({ intent: 'list', filters: { topic: 'بازار' } });
    const { say } = chat([
      { id: 1, title: 'جوتے خریدنا', tags: ['بازار'] },
      { id: 2, title: 'بل جمع کرنا' },
      { id: 3, title: 'دودھ لانا' },
    ]);
    const tagged = await say('بازار والے کام دکھاؤ');
    expect(tagged.tool_calls.find((c) => c.name === 'search_tasks')?.arguments).toMatchObject({
      tags: ['بازار'],
    });
    expect(tagged.response).toContain('جوتے خریدنا');
    expect(tagged.response).not.toContain('بل جمع');
    const searched = await say('دودھ والے کام دکھاؤ');
    expect(searched.tool_calls.find((c) => c.name === 'search_tasks')?.arguments).toMatchObject({
      query: 'دودھ',
    });
  });

  it('reads Urdu moves to a day, rules and skips said with "کر دیں", and perfective verb forms', () => {
    expect(read('مہمانوں کی فہرست والا کام پیر تک کر دیں')).toMatchObject({
      intent: 'update',
      target: { kind: 'title', words: ['مہمانوں', 'فہرست'] },
      change: { due_date: '2025-06-16' },
    });
    expect(read('rent wala kaam friday ko kar do')).toMatchObject({ change: { due_date: '2025-06-13' } });
    // An add with a day is still an add.
    expect(read('کل ڈاکٹر کے پاس جانا شامل کرو').intent).toBe('add');
    expect(read('گھر کی صفائی ہر روز ہونی چاہیے، اسے روزانہ کر دیں')).toEqual({
      intent: 'update',
      target: { kind: 'title', words: ['گھر', 'صفائی'] },
      change: { recurrence: 'FREQ=DAILY' },
    });
    expect(read('rota wale kaam ko har hafte kar do')).toMatchObject({
      change: { recurrence: 'FREQ=WEEKLY' },
    });
    expect(read('ہر روز واک کرو').intent).toBe('unknown');
    expect(read('اس ہفتے گھر کی صفائی نہیں ہوگی، یہ باری چھوڑ دیں')).toEqual({
      intent: 'skip',
      target: { kind: 'title', words: ['گھر', 'صفائی'] },
    });
    expect(verbLemma('دیا')).toBe('دے');
    expect(verbLemma('karna')).toBe('kar');
    expect(wordsMeet('دے', 'دینا')).toBe(true);
    expect(wordsMeet('کیا', 'کرنا')).toBe(true);
    expect(wordsMeet('دے', 'لینا')).toBe(false);
  });
});

describe('offline assistant: undo, due questions, dates in words, parts of the day', () => {
  // EVAL_NOW is Wednesday 2025-06-11, 14:00 in Karachi.
  const DATED: FixtureTask[] = [
    { id: 1, title: 'Pay rent', due_date: '2025-06-11' },
    { id: 2, title: 'Buy milk', due_date: '2025-06-11', completed: true },
    { id: 3, title: 'Call Ali', due_at: '2025-06-12T12:00:00.000Z' },
    { id: 4, title: 'Book flights', due_date: '2025-06-16', priority: 'high' },
    { id: 5, title: 'Return books', due_date: '2025-06-10' },
    { id: 6, title: 'Renew passport', due_date: '2026-01-05', priority: 'high' },
    { id: 7, title: 'Send invoice', due_date: '2025-06-12', completed: true },
  ];
  const titles = (tasks: { title: string }[]) => tasks.map((t) => t.title);

  it('undoes the change of the turn just before at once, and says what it undid', async () => {
    const { say, store } = chat();
    await say('add buy stamps');
    const undone = await say('undo that');
    expect(changes(undone)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 5 } }]);
    expect(undone.response).toMatch(/^Undone: .*"Buy stamps"/u);
    expect(titles(await store.tasks())).not.toContain('Buy stamps');
  });

  it('asks before deleting a task added earlier than the last turn; a list is not a change', async () => {
    const { say, store } = chat();
    await say('add buy stamps');
    await say('show my tasks');
    const asked = await say('undo that');
    expect(changes(asked)).toEqual([]);
    expect(asked.response).toMatch(/"Buy stamps"[\s\S]*\?/u);
    expect(titles(await store.tasks())).toContain('Buy stamps');
    const confirmed = await say('yes');
    expect(changes(confirmed)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 5 } }]);
    expect(titles(await store.tasks())).not.toContain('Buy stamps');

    const kept = chat();
    await kept.say('add buy stamps');
    await kept.say('show my tasks');
    await kept.say('undo');
    const no = await kept.say('no');
    expect(changes(no)).toEqual([]);
    expect(titles(await kept.store.tasks())).toContain('Buy stamps');

    const urdu = chat([]);
    await urdu.say('دودھ خریدنا شامل کرو');
    await urdu.say('میرے کام دکھاؤ');
    const question = await urdu.say('واپس کرو');
    expect(changes(question)).toEqual([]);
    expect(question.response).toMatch(/دودھ خریدنا[\s\S]*[?؟]/u);
    const yes = await urdu.say('جی ہاں');
    expect(changes(yes)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
  });

  it('reverses a completion made before a list at once (nothing is lost), naming the task', async () => {
    const { say } = chat();
    await say('complete the milk task');
    await say('show my tasks');
    const out = await say('undo');
    expect(changes(out)).toMatchObject([{ name: 'reopen_task', arguments: { task_id: 3 } }]);
    expect(out.response).toMatch(/^Undone: .*"Buy milk"/u);
  });

  it('asks which of two tasks added in one turn, never deleting both or guessing', async () => {
    const { say, store } = chat([]);
    await say('add "buy eggs" and "buy bread"');
    expect(titles(await store.tasks())).toEqual(['Buy eggs', 'Buy bread']);
    const out = await say('undo');
    expect(changes(out)).toEqual([]);
    expect(out.response).toMatch(/"Buy bread"[\s\S]*\?/u);
    expect((await say('yes please')).tool_calls.map((c) => c.name)).toEqual(['delete_task']);
    expect(titles(await store.tasks())).toEqual(['Buy eggs']);
  });

  it('lists only pending tasks for questions about today, this week or what is due, unless asked otherwise', async () => {
    for (const text of ['what is due today?', "what's on today", 'آج کے کام دکھاؤ', 'aaj kya karna hai']) {
      const out = await chat(DATED).say(text);
      expect(out.response, text).toMatch(/Pay rent/u);
      expect(out.response, text).not.toMatch(/Buy milk/u);
    }
    const tomorrow = await chat(DATED).say("what's due tomorrow?");
    expect(tomorrow.response).toMatch(/Call Ali/u);
    expect(tomorrow.response).not.toMatch(/Send invoice|Buy milk/u);
    const week = await chat(DATED).say('what is due this week?');
    expect(week.response).toMatch(/Call Ali/u);
    expect(week.response).not.toMatch(/Send invoice|Buy milk/u);
    expect((await chat(DATED).say('what did I finish today?')).response).toMatch(/Buy milk/u);
    const all = await chat(DATED).say('show all tasks due today');
    expect(all.response).toMatch(/Pay rent[\s\S]*Buy milk|Buy milk[\s\S]*Pay rent/u);
  });

  it('says due moments in words on the person’s clock, never as ISO dates', async () => {
    const list = (await chat(DATED).say('show high priority tasks')).response;
    expect(list).toMatch(/Book flights \(high priority, due Mon 16 Jun\)/u);
    expect(list).toMatch(/Renew passport \(high priority, due Mon 5 Jan 2026\)/u);
    const week = (await chat(DATED).say('what is due this week?')).response;
    expect(week).toMatch(/Pay rent \(due today\)/u);
    expect(week).toMatch(/Call Ali \(due tomorrow at 5 PM\)/u);
    expect((await chat(DATED).say('anything overdue?')).response).toMatch(/Return books \(due yesterday\)/u);
    const added = await chat().say('add call Ali tomorrow at 5:30pm');
    expect(added.response).toBe('Added "Call Ali" (due tomorrow at 5:30 PM) to your tasks.');
    const newYork = await chat(TASKS, 'America/New_York').say('add call Ali tomorrow at 5pm');
    expect(newYork.response).toMatch(/due tomorrow at 5 PM/u);
    const moved = await chat().say('move task 3 to friday');
    expect(moved.response).toMatch(/due Fri 13 Jun/u);
    const reminded = await chat().say('remind me to call the bank tomorrow at 5pm');
    expect(reminded.response).not.toMatch(/\d{4}-\d\d-\d\d/u);
    const urdu = await chat([]).say('کل شام 5 بجے ڈاکٹر کے پاس جانا شامل کرو');
    expect(urdu.response).toMatch(/آخری تاریخ کل شام 5 بجے/u);
    const roman = await chat([]).say('kal shaam 5 baje doctor ke paas jana add karo');
    expect(roman.response).toMatch(/due kal shaam 5 baje/u);
    const urduList = (await chat(DATED).say('اس ہفتے کے کام دکھاؤ')).response;
    expect(urduList).toMatch(/Book flights \(اہم، آخری تاریخ پیر 16 جون\)/u);
    for (const reply of [list, week, urdu.response, roman.response, urduList, moved.response, added.response])
      expect(reply).not.toMatch(/\d{4}-\d\d-\d\d|\d\d:\d\d/u);
  });

  it('reads parts of the day and "yesterday" in the three languages', async () => {
    const due = async (text: string) => (await chat([]).say(text)).tool_calls[0]?.arguments;
    expect(await due('add call mom tomorrow morning')).toMatchObject({
      title: 'Call mom',
      due_at: '2025-06-12T04:00:00.000Z',
    });
    expect(await due('add water the plants this evening')).toMatchObject({
      title: 'Water the plants',
      due_at: '2025-06-11T13:00:00.000Z',
    });
    expect(await due('add pay the fine yesterday')).toMatchObject({
      title: 'Pay the fine',
      due_date: '2025-06-10',
    });
    expect(await due('kal subah doodh lena add karo')).toMatchObject({
      title: 'Doodh lena',
      due_at: '2025-06-12T04:00:00.000Z',
    });
    expect(await due('کل شام ڈاکٹر کو فون کرنا شامل کرو')).toMatchObject({
      title: 'ڈاکٹر کو فون کرنا',
      due_at: '2025-06-12T13:00:00.000Z',
    });
    expect(await due('aaj raat kapre dhona add karo')).toMatchObject({ due_at: '2025-06-11T15:00:00.000Z' });
    expect(await due('parson dopahar bank jana add karo')).toMatchObject({
      due_at: '2025-06-13T10:00:00.000Z',
    });
  });
});

describe('offline assistant: how often a task repeats, in its replies', () => {
  it('says the rule in the language of the message, naming the days of a weekly rule', () => {
    expect(repeatText('FREQ=WEEKLY;BYDAY=SU', 'en')).toBe('every Sunday');
    expect(repeatText('FREQ=WEEKLY;BYDAY=SU', 'ur')).toBe('ہر اتوار');
    expect(repeatText('FREQ=WEEKLY;BYDAY=MO,FR', 'roman')).toBe('har peer, jumma');
    expect(repeatText('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'ur')).toBe('ہر پیر، منگل، بدھ، جمعرات، جمعہ');
    expect(repeatText('FREQ=WEEKLY;INTERVAL=2', 'ur')).toBe('ہر 2 ہفتے');
    expect(repeatText('FREQ=DAILY', 'roman')).toBe('har roz');
    expect(repeatText('FREQ=YEARLY;INTERVAL=3', 'en')).toBe('every 3 years');
    expect(repeatText('nonsense', 'en')).toBe('repeating');
    expect(repeatText('nonsense', 'ur')).toBe('بار بار');
  });
});

describe('offline assistant over HTTP, with the real tools and database', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('lists only pending tasks due today, says dates in words, and asks before undoing an add across a list', async () => {
    const call = server.as('usability-12');
    await call('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi' }).format(new Date());
    const say = async (message: string, conversation_id?: number) => {
      const res = await call('POST', '/api/me/chat', {
        body: { message, ...(conversation_id ? { conversation_id } : {}) },
      });
      expect(res.status, res.text).toBe(200);
      return res.body as { response: string; conversation_id: number; tool_calls: { name: string }[] };
    };
    await call('POST', '/api/me/tasks', { body: { title: 'Pay rent', due_date: today } });
    const done = await call('POST', '/api/me/tasks', { body: { title: 'Buy milk', due_date: today } });
    await call('PATCH', `/api/me/tasks/${done.body.id}/complete`);
    const due = await say('what is due today?');
    expect(due.response).toMatch(/Pay rent \(due today\)/u);
    expect(due.response).not.toMatch(/Buy milk/u);

    const added = await say('add call the bank tomorrow morning');
    expect(added.response).toBe('Added "Call the bank" (due tomorrow at 9 AM) to your tasks.');
    const id = added.conversation_id;
    await say('show my tasks', id);
    const asked = await say('undo that', id);
    expect(asked.tool_calls.map((c) => c.name)).not.toContain('delete_task');
    expect(asked.response).toMatch(/"Call the bank"[\s\S]*\?/u);
    const titles = async () =>
      ((await call('GET', '/api/me/tasks')).body.tasks as { title: string }[]).map((t) => t.title);
    expect(await titles()).toContain('Call the bank');
    const yes = await say('yes', id);
    expect(yes.tool_calls.map((c) => c.name)).toEqual(['delete_task']);
    expect(await titles()).not.toContain('Call the bank');
  });
});
