// The cross-user suites' table of the routes under /api/:user_id (test/cross-user-*.test.ts): how
// mallory tries each against alice, with alice's id in the path (403, as for a user that does not
// exist) and with her own (404 for alice's ids, as for ids nobody has; or a read with nothing of
// alice's). The whole table, with the routes that name no user: cross-user-table.ts.
import { PUSH_KEYS, type Ref } from './cross-user.js';

/** One way to call a route: a query string and a body (given the id of alice's it names, if any). */
export interface Try {
  name: string;
  query?: string;
  /** The query string given the id of alice's it names (a ref `in: 'query'`). */
  queryFor?: (ref: string) => string;
  body?: unknown;
  bodyFor?: (ref: string) => unknown;
  /** An event stream: read until it goes quiet. */
  stream?: boolean;
}

/**
 * A route under /api/:user_id. With alice's id in the path mallory gets 403 AUTH_FORBIDDEN,
 * the same answer as for a user that does not exist, whatever else the request holds.
 */
export interface UserPath {
  kind: 'user-path';
  /** Alice's things the route names (`:id`/`:name` in the path, or in the body): each is tried, and one nobody has. */
  ref?: { kind: Ref; in: 'path' | 'body' | 'query' };
  tries: Try[];
  /**
   * On mallory's own path (`me` and `mallory`): 'not-found' = 404 NOT_FOUND for each of alice's
   * ids, the same answer as for a missing id; 'read' = 200 and nothing of alice's; or why not.
   */
  own: 'not-found' | 'read' | { skip: string };
}

/** A route with no user in the path: it acts on the caller only, so mallory tries it with alice's ids or password. */
export interface CallerOnly {
  kind: 'caller';
  ref?: Ref;
  tries: Try[];
  status: number;
  /** Who tries it, when it would end mallory's own account. */
  as?: string;
}

/**
 * A route of the server's administrators (/api/admin): not a user's path, no role grants it; mallory
 * (no administrator) is refused with 403 AUTH_FORBIDDEN whatever account she names, alice's among
 * them. The administrators' own behaviour: test/admin.test.ts.
 */
export interface AdminOnly {
  kind: 'admin';
  /** The request, naming alice's sign-in account where the route names one. */
  path: (aliceId: string) => string;
  body?: unknown;
}

export type Entry =
  | UserPath
  | CallerOnly
  | AdminOnly
  /** POST /mcp: the tools, each in TOOL_TABLE. */
  | { kind: 'tools' }
  | {
      kind: 'exempt';
      why: string;
      /** The condition under which the app registers it; without it, the entry may have no route. */
      registeredOnlyIf?: string;
    };

const WRITES_OWN = {
  skip: "names none of alice's things: on her own path it only writes mallory's own data",
};
const taskRoute = (tries: Try[]): UserPath => ({
  kind: 'user-path',
  ref: { kind: 'task', in: 'path' },
  tries,
  own: 'not-found',
});
export const DOCS = { kind: 'exempt', why: 'Swagger UI: public, the same for everyone' } as const;
export const CALDAV = {
  kind: 'exempt',
  why: "CalDAV: Basic auth with an app password; other users' paths tried in test/caldav.test.ts",
} as const;
const chatBody = (ref: string) => ({ conversation_id: Number(ref), message: 'show my tasks' });

/** The routes under /api/:user_id, "METHOD /pattern", and how mallory tries each against alice. */
export const USER_ROUTES: Record<string, Entry> = {
  'GET /api/:user_id/tasks': {
    kind: 'user-path',
    tries: [
      { name: 'list' },
      { name: 'list completed', query: 'status=completed&sort=title' },
      { name: 'search and filter', query: 'q=ring&tag=wedding&priority=high&sort=due' },
    ],
    own: 'read',
  },
  'POST /api/:user_id/tasks': {
    kind: 'user-path',
    tries: [{ name: 'create', body: { title: 'Planted by mallory' } }],
    own: WRITES_OWN,
  },
  'POST /api/:user_id/tasks/quick': {
    kind: 'user-path',
    tries: [
      { name: 'quick add', body: { text: 'Planted tomorrow #x' } },
      { name: 'quick add dry run', query: 'dry_run=true', body: { text: 'x' } },
    ],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/tasks/:id': taskRoute([{ name: 'get' }]),
  'PUT /api/:user_id/tasks/:id': taskRoute([{ name: 'replace', body: { title: 'Replaced by mallory' } }]),
  'PATCH /api/:user_id/tasks/:id': taskRoute([
    { name: 'patch', body: { title: 'Patched by mallory', completed: false } },
  ]),
  'DELETE /api/:user_id/tasks/:id': taskRoute([{ name: 'delete' }]),
  'PATCH /api/:user_id/tasks/:id/complete': taskRoute([
    { name: 'toggle completion' },
    { name: 'set completed', body: { completed: true } },
    { name: 'set not completed', body: { completed: false } },
  ]),
  'POST /api/:user_id/tasks/:id/skip': taskRoute([{ name: 'skip an occurrence' }]),
  'POST /api/:user_id/tasks/:id/move': taskRoute([
    { name: 'move to the inbox', body: { list_id: null } },
    { name: 'move to the top level', body: { parent_id: null } },
  ]),
  'POST /api/:user_id/tasks/bulk': {
    kind: 'user-path',
    ref: { kind: 'task', in: 'body' },
    tries: [
      { name: 'bulk complete', bodyFor: (ref) => ({ action: 'complete', ids: [Number(ref)] }) },
      { name: 'bulk delete', bodyFor: (ref) => ({ action: 'delete', ids: [Number(ref)] }) },
      { name: 'bulk move', bodyFor: (ref) => ({ action: 'move', ids: [Number(ref)], list_id: null }) },
    ],
    own: 'not-found',
  },
  'GET /api/:user_id/lists': {
    kind: 'user-path',
    tries: [{ name: 'lists' }, { name: 'archived lists', query: 'archived=true' }],
    own: 'read',
  },
  'POST /api/:user_id/lists': {
    kind: 'user-path',
    tries: [{ name: 'create a list', body: { name: 'Planted by mallory' } }],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/lists/:id': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: 'a list' }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/lists/:id': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: 'rename a list', body: { name: 'Renamed by mallory', archived: true } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/lists/:id': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: 'delete a list' }, { name: 'delete a list and its tasks', query: 'tasks=delete' }],
    own: 'not-found',
  },
  'GET /api/:user_id/sections': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'query' },
    tries: [{ name: "a list's sections", queryFor: (ref) => `list_id=${ref}` }],
    own: 'not-found',
  },
  'POST /api/:user_id/sections': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'body' },
    tries: [
      {
        name: 'add a section to a list',
        bodyFor: (ref) => ({ list_id: Number(ref), name: 'Planted by mallory' }),
      },
    ],
    own: {
      skip: 'a list named in the body: 422 as for a missing one ("naming alice\'s list ... 422" below)',
    },
  },
  'GET /api/:user_id/sections/:id': {
    kind: 'user-path',
    ref: { kind: 'section', in: 'path' },
    tries: [{ name: 'a section' }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/sections/:id': {
    kind: 'user-path',
    ref: { kind: 'section', in: 'path' },
    tries: [
      { name: 'rename a section', body: { name: 'Renamed by mallory' } },
      { name: 'reorder a section', body: { position: 1 } },
    ],
    own: 'not-found',
  },
  'DELETE /api/:user_id/sections/:id': {
    kind: 'user-path',
    ref: { kind: 'section', in: 'path' },
    tries: [{ name: 'delete a section' }, { name: 'delete a section and its tasks', query: 'tasks=delete' }],
    own: 'not-found',
  },
  'GET /api/:user_id/lists/:id/members': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: "a list's members" }],
    own: 'not-found',
  },
  'POST /api/:user_id/lists/:id/members': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: 'invite to a list', body: { email: 'mallory@example.com', role: 'editor' } }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/lists/:id/members/:member_id': {
    kind: 'user-path',
    ref: { kind: 'member', in: 'path' },
    tries: [{ name: "change a member's role", body: { role: 'editor' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/lists/:id/members/:member_id': {
    kind: 'user-path',
    ref: { kind: 'member', in: 'path' },
    tries: [{ name: 'remove a member' }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/lists/:id/invitations/:invitation_id': {
    kind: 'user-path',
    ref: { kind: 'listInvitation', in: 'path' },
    tries: [{ name: 'withdraw an invitation' }],
    own: 'not-found',
  },
  'GET /api/:user_id/invitations': { kind: 'user-path', tries: [{ name: 'invitations' }], own: 'read' },
  'POST /api/:user_id/invitations/:id/accept': {
    kind: 'user-path',
    ref: { kind: 'invitation', in: 'path' },
    tries: [{ name: 'accept an invitation' }],
    own: 'not-found',
  },
  'POST /api/:user_id/invitations/:id/decline': {
    kind: 'user-path',
    ref: { kind: 'invitation', in: 'path' },
    tries: [{ name: 'decline an invitation' }],
    own: 'not-found',
  },
  'GET /api/:user_id/tasks/:id/comments': taskRoute([{ name: 'comments' }]),
  'GET /api/:user_id/tasks/:id/activity': taskRoute([{ name: "a task's history" }]),
  'GET /api/:user_id/lists/:id/activity': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: "a list's history" }],
    own: 'not-found',
  },
  'POST /api/:user_id/tasks/:id/comments': taskRoute([
    { name: 'comment', body: { body: 'Planted by mallory' } },
  ]),
  'PATCH /api/:user_id/tasks/:id/comments/:comment_id': {
    kind: 'user-path',
    ref: { kind: 'comment', in: 'path' },
    tries: [{ name: 'edit a comment', body: { body: 'Edited by mallory' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/tasks/:id/comments/:comment_id': {
    kind: 'user-path',
    ref: { kind: 'comment', in: 'path' },
    tries: [{ name: 'delete a comment' }],
    own: 'not-found',
  },
  'GET /api/:user_id/tags': { kind: 'user-path', tries: [{ name: 'tags' }], own: 'read' },
  'PATCH /api/:user_id/tags/:name': {
    kind: 'user-path',
    ref: { kind: 'tag', in: 'path' },
    tries: [{ name: 'rename a tag', body: { name: 'hijacked' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/tags/:name': {
    kind: 'user-path',
    ref: { kind: 'tag', in: 'path' },
    tries: [{ name: 'delete a tag' }],
    own: 'not-found',
  },
  'GET /api/:user_id/settings': { kind: 'user-path', tries: [{ name: 'settings' }], own: 'read' },
  'PATCH /api/:user_id/settings': {
    kind: 'user-path',
    tries: [{ name: 'change settings', body: { time_zone: 'Asia/Tokyo' } }],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/export': {
    kind: 'user-path',
    tries: [
      { name: 'export json' },
      { name: 'export csv', query: 'format=csv' },
      { name: 'export ics', query: 'format=ics' },
    ],
    own: 'read',
  },
  'POST /api/:user_id/import': {
    kind: 'user-path',
    tries: [
      {
        name: 'import',
        body: { format: 'doable-export', version: 1, tasks: [{ title: 'Planted by import' }] },
      },
    ],
    own: WRITES_OWN,
  },
  'POST /api/:user_id/import/:source': {
    kind: 'user-path',
    tries: [
      {
        name: 'import from todoist',
        query: 'list=Planted',
        body: 'TYPE,CONTENT,PRIORITY,INDENT\ntask,Planted by mallory,4,1\n',
      },
    ],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/lists/:id/events': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: "a list's events", query: 'last_event_id=0' }],
    own: 'not-found',
  },
  'GET /api/:user_id/events': {
    kind: 'user-path',
    tries: [
      { name: 'events', stream: true },
      { name: 'events from the first', query: 'last_event_id=0', stream: true },
    ],
    own: 'read',
  },
  'POST /api/:user_id/chat': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'body' },
    tries: [{ name: 'chat in a conversation', bodyFor: chatBody }],
    own: 'not-found',
  },
  'POST /api/:user_id/chat/stream': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'body' },
    tries: [{ name: 'chat in a conversation, streamed', bodyFor: chatBody }],
    own: 'not-found',
  },
  'GET /api/:user_id/chat/model': { kind: 'user-path', tries: [{ name: 'the chat model' }], own: 'read' },
  'PUT /api/:user_id/chat/model': {
    kind: 'user-path',
    tries: [{ name: 'use an own model', body: { base_url: 'https://203.0.113.9/v1', model: 'planted' } }],
    own: WRITES_OWN,
  },
  'DELETE /api/:user_id/chat/model': {
    kind: 'user-path',
    tries: [{ name: 'forget the own model' }],
    own: { skip: "names none of alice's things: on her own path it only forgets mallory's own model" },
  },
  'POST /api/:user_id/chat/model/test': {
    kind: 'user-path',
    tries: [{ name: 'test the chat model' }],
    own: 'read',
  },
  'GET /api/:user_id/conversations': {
    kind: 'user-path',
    tries: [{ name: 'conversations' }],
    own: 'read',
  },
  'GET /api/:user_id/conversations/:id': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'path' },
    tries: [{ name: 'a conversation' }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/conversations/:id': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'path' },
    tries: [{ name: 'rename a conversation', body: { title: 'Renamed by mallory' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/conversations/:id': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'path' },
    tries: [{ name: 'delete a conversation' }],
    own: 'not-found',
  },
  'POST /api/:user_id/api-keys': {
    kind: 'user-path',
    tries: [{ name: 'create an API key', body: { name: 'Planted by mallory' } }],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/api-keys': { kind: 'user-path', tries: [{ name: 'API keys' }], own: 'read' },
  'DELETE /api/:user_id/api-keys/:id': {
    kind: 'user-path',
    ref: { kind: 'apiKey', in: 'path' },
    tries: [{ name: 'revoke an API key' }],
    own: 'not-found',
  },
  'POST /api/:user_id/calendar-feeds': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'body' },
    tries: [{ name: "a feed of alice's list", bodyFor: (ref) => ({ list_id: Number(ref) }) }],
    own: 'not-found',
  },
  'GET /api/:user_id/calendar-feeds': { kind: 'user-path', tries: [{ name: 'calendar feeds' }], own: 'read' },
  'POST /api/:user_id/calendar-feeds/:id/regenerate': {
    kind: 'user-path',
    ref: { kind: 'calendarFeed', in: 'path' },
    tries: [{ name: 'regenerate a calendar feed' }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/calendar-feeds/:id': {
    kind: 'user-path',
    ref: { kind: 'calendarFeed', in: 'path' },
    tries: [{ name: 'delete a calendar feed' }],
    own: 'not-found',
  },
  'GET /api/:user_id/filters': { kind: 'user-path', tries: [{ name: 'saved filters' }], own: 'read' },
  'POST /api/:user_id/filters': {
    kind: 'user-path',
    tries: [{ name: 'save a filter', body: { name: 'Mallory filter', query: 'today' } }],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/filters/:id': {
    kind: 'user-path',
    ref: { kind: 'savedFilter', in: 'path' },
    tries: [{ name: 'a saved filter' }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/filters/:id': {
    kind: 'user-path',
    ref: { kind: 'savedFilter', in: 'path' },
    tries: [{ name: 'change a saved filter', body: { name: 'hijacked', query: 'p1' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/filters/:id': {
    kind: 'user-path',
    ref: { kind: 'savedFilter', in: 'path' },
    tries: [{ name: 'delete a saved filter' }],
    own: 'not-found',
  },
  'GET /api/:user_id/notifications': { kind: 'user-path', tries: [{ name: 'notifications' }], own: 'read' },
  'PATCH /api/:user_id/notifications/:id': {
    kind: 'user-path',
    ref: { kind: 'notification', in: 'path' },
    tries: [{ name: 'mark a notification read', body: { read: true } }],
    own: 'not-found',
  },
  'POST /api/:user_id/notifications/read': {
    kind: 'user-path',
    tries: [{ name: 'mark all notifications read' }],
    own: WRITES_OWN,
  },
  'GET /feeds/:id/:file': {
    kind: 'exempt',
    why: 'a calendar feed: its secret is the credential; wrong secrets and other lists tried in test/feeds.test.ts',
  },
  'POST /api/:user_id/webhooks': {
    kind: 'user-path',
    tries: [
      {
        name: 'create a webhook',
        body: { url: 'https://hooks.example.com/planted', events: ['created'] },
      },
    ],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/webhooks': { kind: 'user-path', tries: [{ name: 'webhooks' }], own: 'read' },
  'GET /api/:user_id/webhooks/:id': {
    kind: 'user-path',
    ref: { kind: 'webhook', in: 'path' },
    tries: [{ name: 'a webhook' }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/webhooks/:id': {
    kind: 'user-path',
    ref: { kind: 'webhook', in: 'path' },
    tries: [{ name: 'delete a webhook' }],
    own: 'not-found',
  },
  'GET /api/:user_id/webhooks/:id/deliveries': {
    kind: 'user-path',
    ref: { kind: 'webhook', in: 'path' },
    tries: [{ name: "a webhook's deliveries" }],
    own: 'not-found',
  },
  'POST /api/:user_id/webhooks/:id/enable': {
    kind: 'user-path',
    ref: { kind: 'webhook', in: 'path' },
    tries: [{ name: 're-enable a webhook' }],
    own: 'not-found',
  },
  'POST /api/:user_id/tasks/:id/snooze': taskRoute([{ name: 'snooze a task', body: { minutes: 10 } }]),
  'GET /api/:user_id/reminders': {
    kind: 'user-path',
    tries: [{ name: 'coming reminders' }, { name: 'fired reminders', query: 'state=sent' }],
    own: 'read',
  },
  'GET /api/:user_id/push-subscriptions': {
    kind: 'user-path',
    tries: [{ name: 'push devices' }],
    own: 'read',
  },
  'POST /api/:user_id/push-subscriptions': {
    kind: 'user-path',
    tries: [
      {
        name: 'add a push device',
        body: { endpoint: 'https://push.example.com/planted', keys: PUSH_KEYS },
      },
    ],
    own: WRITES_OWN,
  },
  'DELETE /api/:user_id/push-subscriptions/:id': {
    kind: 'user-path',
    ref: { kind: 'pushSubscription', in: 'path' },
    tries: [{ name: 'remove a push device' }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/push-subscriptions': {
    kind: 'user-path',
    ref: { kind: 'pushEndpoint', in: 'body' },
    tries: [{ name: 'remove a push device by endpoint', bodyFor: (ref) => ({ endpoint: ref }) }],
    own: 'not-found',
  },
};
