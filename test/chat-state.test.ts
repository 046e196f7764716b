// The built-in assistant's questions over HTTP are answered from the state stored with the reply
// (messages.state), never from the reply's wording: with the stored wording changed, or gone, a
// "yes" or a bare answer still resolves the question asked. Runs on either database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const say = (user: string, message: string, conversation_id?: number) =>
  server.as(user)('POST', '/api/me/chat', {
    body: { message, ...(conversation_id ? { conversation_id } : {}) },
  });

/** The conversation's last reply as stored: its wording and its state. */
async function lastReply(conversation: number): Promise<{ id: number; content: string; state: any }> {
  const [row] = await rawQuery<{ id: number; content: string; state: any }>(
    server.database.db,
    `select id, content, state from messages where conversation_id = $1 and role = 'assistant'
     order by id desc limit 1`,
    [conversation],
  );
  return { ...row!, id: Number(row!.id) };
}

/** Rewrites the stored wording of the conversation's last reply. */
async function reword(conversation: number, content: string): Promise<void> {
  const { id } = await lastReply(conversation);
  await rawQuery(server.database.db, 'update messages set content = $1 where id = $2', [content, id]);
}

const titles = async (user: string) =>
  (await server.as(user)('GET', '/api/me/tasks')).body.tasks.map((t: any) => t.title.toLowerCase());

describe('a question answered from the stored state', () => {
  it('"yes" deletes the task a deletion question named, whatever the stored reply says', async () => {
    const user = 'state-delete';
    const first = await say(user, 'add call the dentist');
    const id = first.body.conversation_id;
    await say(user, 'add buy milk', id);
    const asked = await say(user, 'delete the dentist task', id);
    expect(asked.body.tool_calls.some((c: any) => c.name === 'delete_task')).toBe(false);
    expect((await lastReply(id)).state).toEqual({
      request: 'delete the dentist task',
      asks: [{ kind: 'delete', titles: ['Call the dentist'] }],
      // The task found alone is the one in focus (what "it" means next turn).
      focus: {
        tasks: [{ id: first.body.tool_calls[0].result.task_id, title: 'Call the dentist' }],
        did: 'shown',
      },
    });
    // Neither the closing words nor the quoted title are left in the stored reply.
    await reword(id, 'A question was asked here.');
    const deleted = await say(user, 'yes', id);
    expect(deleted.body.tool_calls.map((c: any) => c.name)).toContain('delete_task');
    expect(await titles(user)).toEqual(['buy milk']);
  });

  it('"no" to a deletion question keeps the task, with the wording gone', async () => {
    const user = 'state-keep';
    const first = await say(user, 'add water the plants');
    const id = first.body.conversation_id;
    await say(user, 'delete water the plants', id);
    await reword(id, '');
    const kept = await say(user, 'no', id);
    expect(kept.body.tool_calls).toEqual([]);
    expect(await titles(user)).toEqual(['water the plants']);
  });

  it('a bare name answers "what should I call the new list?" asked in other words', async () => {
    const user = 'state-list';
    const first = await say(user, 'I need a separate list for the renovation bits');
    const id = first.body.conversation_id;
    expect((await lastReply(id)).state.asks).toEqual([{ kind: 'listName' }]);
    // No question mark is left in the stored reply: the answer is read from the state, not from it.
    await reword(id, 'Tell me the name of the new list.');
    const made = await say(user, 'Kitchen', id);
    expect(made.body.tool_calls.map((c: any) => c.name)).toContain('create_list');
    const lists = (await server.as(user)('GET', '/api/me/lists')).body;
    expect(JSON.stringify(lists)).toContain('Kitchen');
  });

  it('the same wording with no stored state is no question: "yes" changes nothing', async () => {
    const user = 'state-none';
    const first = await say(user, 'add renew the passport');
    const id = first.body.conversation_id;
    await say(user, 'delete renew the passport', id);
    const { id: reply } = await lastReply(id);
    await rawQuery(server.database.db, 'update messages set state = null where id = $1', [reply]);
    const yes = await say(user, 'yes', id);
    expect(yes.body.tool_calls.some((c: any) => c.name === 'delete_task')).toBe(false);
    expect(await titles(user)).toEqual(['renew the passport']);
  });
});
