// The policy suites' people (test/policy-*.test.ts): the owner of a shared list (the server's
// first account, so its administrator), an editor, a viewer, a removed member and a stranger, each
// a real account reached through three doors (a JWT, an API key of its own, a session cookie), on
// a server of the suite's own; and the fresh tasks, lists and sections the tries name.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/platform/db/client.js';
import { linkSecret, ok, sessionCookie, signUp } from './people.js';
import { type Door, type Ids, LIST, PEOPLE, TASK, type Try, type Who } from './policy-table.js';
import { type ApiResponse, startTestServer, TEST_APP_URL, type TestServer } from './server.js';

export interface Person {
  id: string;
  email: string;
  headers: Record<Door, Record<string, string>>;
}

export const LIST_NAME = 'Shared by roles';
const PASSWORD = 'correct horse battery staple';

export interface PolicyWorld {
  server: TestServer;
  people: Record<Who, Person>;
  /** The list shared through invitations: the editor, the viewer, and the removed member once. */
  listId: number;
  call(who: Who, door: Door, method: string, path: string, body?: unknown): Promise<ApiResponse>;
  owner(method: string, path: string, body?: unknown): Promise<ApiResponse>;
  /** An MCP client of `who`'s (by their JWT), connected on first use. */
  mcp(who: Who): Promise<Client>;
  sharedList(name: string): Promise<number>;
  freshIds(list: number, who: Who, needs?: Try['needs']): Promise<Ids>;
  snapshot(ids: Ids): Promise<string[]>;
  streamStatus(who: Who, door: Door, path: string): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

/** The server and its five people, the owner first; the shared list through invitations. */
export async function policyWorld(): Promise<PolicyWorld> {
  const server = await startTestServer();
  const people = {} as Record<Who, Person>;
  const clients = new Map<Who, Promise<Client>>();
  const call = (who: Who, door: Door, method: string, path: string, body?: unknown) =>
    server.request(method, path, { token: null, headers: people[who].headers[door], body });
  const owner = (method: string, path: string, body?: unknown) => call('owner', 'jwt', method, path, body);

  /**
   * A real account (made through Better Auth in the server's process: this suite is not about
   * sign-up) reached by a JWT for its id, by an API key of its own and by its session cookie.
   */
  const person = async (name: string): Promise<Person> => {
    const { id, email } = await signUp(server, name, PASSWORD);
    const jwt = { authorization: `Bearer ${await server.tokenFor(id)}` };
    const key = await ok(
      server.request('POST', '/api/me/api-keys', { token: null, headers: jwt, body: { name: 'policy' } }),
      201,
    );
    const cookie = await sessionCookie(server, email, PASSWORD);
    // A browser's session: the app's origin on every request, as the web app sends it.
    return {
      id,
      email,
      headers: { jwt, 'api key': { 'x-api-key': key.key }, cookie: { cookie, origin: TEST_APP_URL } },
    };
  };

  /**
   * A list of the owner's shared with the editor and the viewer, and once with the removed member:
   * through invitations (the first), or written straight into the database (the many fresh lists
   * the tries that change a list's people need, beyond the invitations one owner may send an hour).
   */
  const sharedList = async (name: string, through: 'invitations' | 'database' = 'database') => {
    const list = await ok(owner('POST', '/api/me/lists', { name }), 201);
    if (through === 'database') {
      for (const [who, role] of [
        ['editor', 'editor'],
        ['viewer', 'viewer'],
      ] as const) {
        await queryRows(
          server.database.db,
          sql`insert into list_members (list_id, user_id, role) values (${list.id}, ${people[who].id}, ${role})`,
        );
      }
      return list.id as number;
    }
    for (const [who, role] of [
      ['editor', 'editor'],
      ['viewer', 'viewer'],
      ['removed', 'editor'],
    ] as const) {
      const invitation = await ok(
        owner('POST', `/api/me/lists/${list.id}/members`, { email: people[who].email, role }),
        202,
      );
      await ok(
        call(who, 'jwt', 'POST', `/api/me/invitations/${invitation.id}/accept`, {
          token: linkSecret(invitation),
        }),
      );
    }
    await ok(owner('DELETE', `/api/me/lists/${list.id}/members/${people.removed.id}`), 204);
    return list.id as number;
  };

  /** A fresh task of the owner's in the list: recurring, so skip applies; under a parent, so move does. */
  const freshIds = async (list: number, who: Who, needs?: Try['needs']): Promise<Ids> => {
    const parent = await ok(owner('POST', '/api/me/tasks', { title: 'Parent', list_id: list }), 201);
    const task = await ok(
      owner('POST', '/api/me/tasks', {
        title: 'Probe',
        parent_id: parent.id,
        due_date: '2030-01-01',
        recurrence: 'FREQ=WEEKLY',
        reminders: [{ at: '2030-01-01T08:00:00Z' }],
      }),
      201,
    );
    const ids: Ids = {
      list,
      task: task.id,
      comment: 0,
      invitation: 0,
      section: 0,
      self: people[who].id,
      viewer: people.viewer.id,
    };
    if (needs === 'section') {
      ids.section = (
        await ok(owner('POST', '/api/me/sections', { list_id: list, name: `Section ${task.id}` }), 201)
      ).id;
    }
    if (needs === 'comment') {
      const comment = await ok(
        call('editor', 'jwt', 'POST', `/api/me/tasks/${task.id}/comments`, { body: "The editor's" }),
        201,
      );
      ids.comment = comment.id;
    }
    if (needs === 'invitation') {
      const [invitation] = await queryRows<{ id: string }>(
        server.database.db,
        sql`insert into list_invitations (list_id, email, role, invited_by)
            values (${list}, ${`pending.${task.id}@example.com`}, 'viewer', ${people.owner.id}) returning id`,
      );
      ids.invitation = Number(invitation!.id);
    }
    return ids;
  };

  /** What the owner sees of the list and the task, to compare before and after a refused request. */
  const snapshot = (ids: Ids) =>
    Promise.all(
      [
        TASK(ids),
        `${TASK(ids)}/comments`,
        `${LIST(ids)}`,
        `${LIST(ids)}/members`,
        `/api/me/sections?list_id=${ids.list}`,
      ].map(async (path) => (await owner('GET', path)).text),
    );

  const streamStatus = async (who: Who, door: Door, path: string) => {
    const res = await fetch(server.url + path, { headers: people[who].headers[door] });
    if (res.status !== 200) return { status: res.status, text: await res.text() };
    await res.body?.cancel();
    return { status: res.status, text: '' };
  };

  const mcp = (who: Who) => {
    let client = clients.get(who);
    if (!client) {
      client = (async () => {
        const made = new Client({ name: 'policy-suite', version: '1.0.0' });
        await made.connect(
          new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
            requestInit: { headers: people[who].headers.jwt },
          }),
        );
        return made;
      })();
      clients.set(who, client);
    }
    return client;
  };

  let listId: number;
  try {
    for (const who of PEOPLE) people[who] = await person(who);
    listId = await sharedList(LIST_NAME, 'invitations');
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    people,
    listId,
    call,
    owner,
    mcp,
    sharedList: (name) => sharedList(name),
    freshIds,
    snapshot,
    streamStatus,
    close: async () => {
      for (const client of clients.values()) await (await client).close();
      await server.close();
    },
  };
}
