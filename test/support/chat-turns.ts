// Turns of a chat over the real endpoint, for the assistant's suites: a message said as a user, the
// user's tasks, the changes a reply made, a later weekday named in each language, and a suite's server.
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './server.js';

/** The chat's answer to one message, in a conversation when its id is given. */
export const sayTo = (server: TestServer) => (user: string, message: string, conversation_id?: number) =>
  server.as(user)('POST', '/api/me/chat', {
    body: { message, ...(conversation_id ? { conversation_id } : {}) },
  });

/** A user's tasks, oldest first. */
export const tasksFor =
  (server: TestServer) =>
  async (user: string): Promise<any[]> =>
    (await server.as(user)('GET', '/api/me/tasks?limit=200&sort=created')).body.tasks;

/** A task made for a user over the API (the test fails if it is refused). */
export const taskMaker =
  (server: TestServer) =>
  async (user: string, body: Record<string, unknown>): Promise<any> => {
    const made = await server.as(user)('POST', '/api/me/tasks', { body });
    if (made.status !== 201) throw new Error(`task not made (${made.status}): ${made.text}`);
    return made.body;
  };

/** The names of the calls a reply made that change something (reads left out). */
export const changes = (body: any): string[] =>
  body.tool_calls.map((c: any) => c.name).filter((n: string) => !/^(?:list|search|get)_/u.test(n));

/**
 * A weekday three or four days on (never tomorrow, never Saturday, whose Urdu name is also "week"),
 * named in each language, with its day of the week (UTC, the account's zone).
 */
export function laterDay(): { en: string; roman: string; ur: string; weekday: number } {
  const names = [
    ['sunday', 'itwar', 'اتوار'],
    ['monday', 'somwar', 'پیر'],
    ['tuesday', 'mangal', 'منگل'],
    ['wednesday', 'budh', 'بدھ'],
    ['thursday', 'jumeraat', 'جمعرات'],
    ['friday', 'jumma', 'جمعہ'],
  ];
  let weekday = (new Date().getUTCDay() + 3) % 7;
  if (weekday === 6) weekday = 0;
  const [en, roman, ur] = names[weekday]!;
  return { en: en!, roman: roman!, ur: ur!, weekday };
}

/** The day of the week a task is due on (UTC). */
export const weekdayOf = (t: any) => new Date(t.due_date ?? t.due_at).getUTCDay();

/**
 * A chat suite's server, started before its tests and closed after them, and its turns: a message
 * said as a user (in a conversation when its id is given), the user's tasks, a task made over the API.
 */
export function chatSuite() {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  return {
    say: (user: string, message: string, conversation_id?: number) =>
      sayTo(server)(user, message, conversation_id),
    tasksOf: (user: string) => tasksFor(server)(user),
    add: (user: string, body: Record<string, unknown>) => taskMaker(server)(user, body),
    as: (user: string) => server.as(user),
  };
}
