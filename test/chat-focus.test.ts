// The conversation's focus over the real chat endpoint: the task just added, changed or shown alone,
// and a listing's tasks in order, kept with each reply (messages.state.focus). A correction opening
// a turn changes the task in focus and adds nothing; a bare change applies to it; "it" and "the
// last two" resolve against it, in English, Roman Urdu and Urdu; a model is told the focus with the
// tools. Runs on either database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { changes, laterDay, sayTo, tasksFor, weekdayOf } from './support/chat-turns.js';
import { answer, scriptedModel, toolCall } from './support/scripted-model.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const say = (user: string, message: string, conversation_id?: number) =>
  sayTo(server)(user, message, conversation_id);
const tasksOf = (user: string) => tasksFor(server)(user);

describe('a correction opening a turn changes the task just added', () => {
  const later = laterDay();
  it.each([
    ['en', 'add renew passport tomorrow', `no, ${later.en} instead`],
    ['roman', 'kal passport renew karna hai', `nahi, ${later.roman} ko`],
    ['ur', 'کل پاسپورٹ رینیو کرنا ہے', `نہیں، ${later.ur} کو`],
  ])(
    '%s: the day moves, nothing is added, and the focus is stored',
    async (lang, add, correction) => {
      const user = `focus-correct-${lang}`;
      const first = await say(user, add);
      expect(changes(first.body)).toEqual(['add_task_details']);
      const id = first.body.conversation_id;
      const [added] = await tasksOf(user);
      const [stored] = await rawQuery<{ state: any }>(
        server.database.db,
        `select state from messages where conversation_id = $1 and role = 'assistant' order by id desc limit 1`,
        [id],
      );
      expect(stored!.state.focus).toEqual({ tasks: [{ id: added.id, title: added.title }], did: 'added' });
      const corrected = await say(user, correction, id);
      expect(changes(corrected.body)).toEqual(['set_task_details']);
      const after = await tasksOf(user);
      expect(after).toHaveLength(1);
      expect(after[0].title).toBe(added.title);
      expect(weekdayOf(after[0])).toBe(later.weekday);
      // The first turn of a file loads the chat's tools: slow on a busy machine.
    },
    180_000,
  );
});

describe('a bare change and "it" apply to the task in focus', () => {
  const later = laterDay();
  it.each([
    ['en', 'add water the plants', later.en, 'make it urgent'],
    ['roman', 'paudon ko paani dena hai', `${later.roman} ko kar do`, 'isko zaroori kar do'],
    ['ur', 'پودوں کو پانی دینا ہے', `${later.ur} کو کر دو`, 'اسے ضروری کر دو'],
  ])('%s: a day alone, then a priority for "it"', async (lang, add, day, priority) => {
    const user = `focus-bare-${lang}`;
    const first = await say(user, add);
    const id = first.body.conversation_id;
    const moved = await say(user, day, id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    const raised = await say(user, priority, id);
    expect(changes(raised.body)).toEqual(['set_task_details']);
    const after = await tasksOf(user);
    expect(after).toHaveLength(1);
    expect(weekdayOf(after[0])).toBe(later.weekday);
    expect(after[0].priority).toBe('high');
  });

  it('several changes of "it" in one line are made as one: "change it to urgent and due <day>"', async () => {
    const user = 'focus-together';
    const later2 = laterDay();
    const first = await say(user, 'add book the venue');
    const changed = await say(user, `change it to urgent and due ${later2.en}`, first.body.conversation_id);
    expect(changes(changed.body)).toEqual(['set_task_details']);
    const [after] = await tasksOf(user);
    expect(after.title).toBe('Book the venue');
    expect(after.priority).toBe('high');
    expect(weekdayOf(after)).toBe(later2.weekday);
  });
});

describe('"the last two" after a listing are its last two, in its order', () => {
  it.each([
    ['en', 'show my tasks', 'the last two are done'],
    ['roman', 'mere tasks dikhao', 'aakhri do ho gaye'],
    ['ur', 'میرے کام دکھاؤ', 'آخری دو مکمل ہو گئے'],
  ])('%s', async (lang, show, done) => {
    const user = `focus-span-${lang}`;
    for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta'])
      await server.as(user)('POST', '/api/me/tasks', { body: { title } });
    const listed = await say(user, show);
    const order: string[] = [...listed.body.response.matchAll(/\d+\. (\w+)/gu)].map((m) => m[1]!);
    expect(order).toHaveLength(4);
    const completed = await say(user, done, listed.body.conversation_id);
    expect(changes(completed.body)).toEqual(['complete_task', 'complete_task']);
    const finished = (await tasksOf(user)).filter((t) => t.completed).map((t) => t.title);
    expect(finished.sort()).toEqual(order.slice(-2).sort());
  });
});

describe('a model is told the focus with the tools', () => {
  it('"add X" then "make it friday" sends set_task_details with X\'s id', async () => {
    let focusSeen = '';
    const model = await scriptedModel([
      () => ({ json: toolCall('c1', 'add_task', { title: 'Renew passport' }) }),
      () => ({ json: answer('Added “Renew passport”.') }),
      (body) => {
        focusSeen = body.messages[0].content;
        // The script reads the id as a model would: from the focus line beside the tools.
        const id = Number(/task_id (\d+) "Renew passport"/u.exec(focusSeen)?.[1]);
        return { json: toolCall('c2', 'set_task_details', { task_id: id, due_date: '2030-01-04' }) };
      },
      () => ({ json: answer('Moved it to Friday.') }),
    ]);
    const s = await startTestServer({
      env: {
        OPENAI_BASE_URL: model.url,
        OPENAI_API_KEY: 'sk-test',
        OPENAI_MODEL: 'scripted-1',
        MODEL_MODE: 'agent',
      },
    });
    try {
      const call = s.as('focus-model');
      const first = await call('POST', '/api/me/chat', { body: { message: 'add renew passport' } });
      expect(first.status, first.text).toBe(200);
      const [made] = (await call('GET', '/api/me/tasks')).body.tasks;
      const second = await call('POST', '/api/me/chat', {
        body: { message: 'make it friday', conversation_id: first.body.conversation_id },
      });
      expect(second.status, second.text).toBe(200);
      expect(focusSeen).toContain(`task_id ${made.id} "Renew passport"`);
      expect(second.body.tool_calls).toEqual([
        expect.objectContaining({
          name: 'set_task_details',
          arguments: expect.objectContaining({ task_id: made.id }),
        }),
      ]);
      const [after] = (await call('GET', '/api/me/tasks')).body.tasks;
      expect(after.due_date).toBe('2030-01-04');
    } finally {
      await s.close();
      await model.close();
    }
  });
});
