// search_tasks takes due_after / due_before, as the REST list does: a date is
// the start of that day in the account's zone, an instant is itself; bad bounds are refused and
// change nothing. The built-in assistant asks for one day's tasks as such a range, so a question
// about a day ("anything on tuesday?") sees every task due then, not only those on a first page.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallToolResult, callTool, mcpSessions, toolJson } from '../../test/support/mcp.js';
import { startTestServer, type TestServer } from '../../test/support/server.js';
import type { FixtureTask } from './support.js';
import { assistantOver } from './support.js';

let server: TestServer;
const sessions = mcpSessions(() => server);
const connect = sessions.connect;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await sessions.closeAll();
  await server.close();
});

const call = (client: Client, name: string, args: Record<string, unknown>) =>
  callTool(client, name, { user_id: 'me', ...args });
const json = toolJson;
const titles = (result: CallToolResult) =>
  (json(result).tasks as { title: string }[]).map((t) => t.title).sort();

describe('search_tasks by a due range', () => {
  it('keeps the tasks due from due_after up to (not including) due_before', async () => {
    const mcp = await connect('range-searcher');
    for (const [title, due] of [
      ['Before', { due_date: '2031-05-05' }],
      ['First day', { due_date: '2031-05-06' }],
      ['First day, timed', { due_at: '2031-05-06T23:30:00Z' }],
      ['Second day', { due_date: '2031-05-07' }],
      ['Undated', {}],
    ] as const) {
      const made = await call(mcp, 'add_task_details', { title, ...due });
      expect(made.isError, JSON.stringify(made)).toBeFalsy();
    }
    expect(
      titles(await call(mcp, 'search_tasks', { due_after: '2031-05-06', due_before: '2031-05-07' })),
    ).toEqual(['First day', 'First day, timed']);
    expect(titles(await call(mcp, 'search_tasks', { due_after: '2031-05-06' }))).toEqual([
      'First day',
      'First day, timed',
      'Second day',
    ]);
    expect(titles(await call(mcp, 'search_tasks', { due_before: '2031-05-06T12:00:00Z' }))).toEqual([
      'Before',
      'First day',
    ]);
  });

  it('refuses a bound that is no date or instant, and changes nothing', async () => {
    const mcp = await connect('range-refused');
    await call(mcp, 'add_task', { title: 'Stays' });
    for (const bad of ['tuesday', '2031-13-40', '2031-05-06T25:00:00Z', 'x'.repeat(41)]) {
      const out = await call(mcp, 'search_tasks', { due_after: bad });
      expect(out.isError, bad).toBe(true);
      expect((out.content[0] as { text: string }).text, bad).toMatch(/due_after/);
    }
    const out = await call(mcp, 'search_tasks', { due_before: 'soon' });
    expect(out.isError).toBe(true);
    expect(titles(await call(mcp, 'search_tasks', {}))).toEqual(['Stays']);
  });
});

describe('a question about one day sees every task due that day', () => {
  it('past a first page of 50 newer tasks', async () => {
    const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
    // Three tasks due on Tuesday the 17th made first, then 60 newer ones due on other days.
    const tasks: FixtureTask[] = [
      { id: 1, title: 'Renew the car insurance', due_date: '2025-06-17' },
      { id: 2, title: 'Dentist at 4', due_at: '2025-06-17T11:00:00.000Z' },
      { id: 3, title: 'Send the rent', due_date: '2025-06-17' },
      ...Array.from({ length: 60 }, (_, i) => ({
        id: 4 + i,
        title: `Errand ${i + 1}`,
        due_date: '2025-06-20',
      })),
    ];
    const reply = (await assistantOver(tasks, clock)('anything on tuesday?')).reply;
    for (const title of ['Renew the car insurance', 'Dentist at 4', 'Send the rent'])
      expect(reply).toContain(title);
    expect(reply).not.toContain('Errand');
  });
});
