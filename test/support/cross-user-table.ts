// Every route the app registers, "METHOD /pattern", and how mallory tries it against alice in the
// cross-user suites (test/cross-user-*.test.ts): the routes under /api/:user_id
// (cross-user-routes.ts), the public and exempt ones with why, the administrators' routes, and
// those that act on the caller only. A registered route without an entry (or an entry for one
// that is gone) fails test/route-tables.test.ts.
import { ALICE_PASSWORD } from './cross-user.js';
import {
  CALDAV,
  type CallerOnly,
  DOCS,
  type Entry,
  type Try,
  USER_ROUTES,
  type UserPath,
} from './cross-user-routes.js';

/** Every registered route, "METHOD /pattern", and how mallory tries it against alice. */
export const ROUTE_TABLE: Record<string, Entry> = {
  'GET /health': { kind: 'exempt', why: 'public: no user, no data' },
  'GET /health/live': { kind: 'exempt', why: 'public probe: no user, no data' },
  'GET /health/ready': { kind: 'exempt', why: 'public probe: no user, no data' },
  'GET /metrics': {
    kind: 'exempt',
    why: "operator-only (METRICS_TOKEN), not per user: counts by route pattern, no user's ids or data",
  },
  'GET /openapi.json': { kind: 'exempt', why: 'public: the API description' },
  'GET /docs': DOCS,
  'GET /docs/json': DOCS,
  'GET /docs/yaml': DOCS,
  'GET /docs/static/*': DOCS,
  'GET /docs/static/index.html': DOCS,
  'GET /docs/static/swagger-initializer.js': DOCS,
  'OPTIONS *': { kind: 'exempt', why: 'CORS preflight: headers only, no data' },
  'GET /*': {
    kind: 'exempt',
    why: 'the web app: static files, the same for everyone',
    registeredOnlyIf: 'the web app is built (web/dist)',
  },
  'GET /api/auth/options': {
    kind: 'exempt',
    why: 'public: the sign-up mode (SIGNUP), the same for everyone; test/signup-mode.test.ts',
  },
  'GET /api/auth/*': {
    kind: 'exempt',
    why: "Better Auth's own routes (sign-up, sign-in, tokens): test/accounts.test.ts, every door",
  },
  'POST /api/auth/*': {
    kind: 'exempt',
    why: "Better Auth's own routes (sign-up, sign-in, tokens): test/accounts.test.ts, every door",
  },

  ...USER_ROUTES,

  'GET /api/admin/users': { kind: 'admin', path: () => '/api/admin/users?email=alice' },
  'GET /api/admin/actions': { kind: 'admin', path: () => '/api/admin/actions' },
  'POST /api/admin/users/:id/disable': { kind: 'admin', path: (id) => `/api/admin/users/${id}/disable` },
  'POST /api/admin/users/:id/enable': { kind: 'admin', path: (id) => `/api/admin/users/${id}/enable` },
  'POST /api/admin/users/:id/password-reset': {
    kind: 'admin',
    path: (id) => `/api/admin/users/${id}/password-reset`,
  },
  'POST /api/admin/users/:id/verification': {
    kind: 'admin',
    path: (id) => `/api/admin/users/${id}/verification`,
  },
  'POST /api/admin/users/:id/admin': {
    kind: 'admin',
    path: (id) => `/api/admin/users/${id}/admin`,
    body: { is_admin: false },
  },
  'DELETE /api/admin/users/:id': {
    kind: 'admin',
    path: (id) => `/api/admin/users/${id}?shared_lists=delete`,
  },
  'GET /api/admin/backups': { kind: 'admin', path: () => '/api/admin/backups' },
  'POST /api/admin/backups': { kind: 'admin', path: () => '/api/admin/backups' },
  'GET /api/admin/signup': { kind: 'admin', path: () => '/api/admin/signup' },
  'PUT /api/admin/signup': { kind: 'admin', path: () => '/api/admin/signup', body: { mode: 'open' } },
  'GET /api/admin/model': { kind: 'admin', path: () => '/api/admin/model' },
  'PUT /api/admin/model': {
    kind: 'admin',
    path: () => '/api/admin/model',
    body: { base_url: 'http://127.0.0.1:9/v1', model: 'planted' },
  },
  'DELETE /api/admin/model': { kind: 'admin', path: () => '/api/admin/model' },
  'POST /api/admin/invitations': { kind: 'admin', path: () => '/api/admin/invitations', body: {} },
  'DELETE /api/admin/invitations/:id': { kind: 'admin', path: () => '/api/admin/invitations/1' },

  'GET /api/me': { kind: 'caller', tries: [{ name: 'who you are' }], status: 200 },
  'DELETE /api/me': {
    kind: 'caller',
    tries: [{ name: "delete the account, with alice's password", body: { password: ALICE_PASSWORD } }],
    // Mallory's token user has no password, so this ends her own (empty) account: a stand-in does it.
    as: 'mallory-leaving',
    status: 204,
  },
  'POST /api/me/password': {
    kind: 'caller',
    tries: [
      {
        name: "change the password, with alice's as the current one",
        body: { current_password: ALICE_PASSWORD, new_password: 'mallory owns this now' },
      },
    ],
    status: 403,
  },
  'GET /api/me/sessions': { kind: 'caller', tries: [{ name: 'sessions' }], status: 200 },
  'DELETE /api/me/sessions/:id': {
    kind: 'caller',
    ref: 'session',
    tries: [{ name: 'sign out a session' }],
    status: 404,
  },
  // CalDAV (HTTP Basic with an app password, not a JWT): another user's principal, calendars and
  // tasks answer 404 and nothing changes, tried over WebDAV in test/caldav.test.ts (isolation).
  'GET /.well-known/caldav': { kind: 'exempt', why: 'public redirect to /dav/: no user, no data' },
  'OPTIONS /.well-known/caldav': { kind: 'exempt', why: 'public redirect to /dav/: no user, no data' },
  'PROPFIND /.well-known/caldav': { kind: 'exempt', why: 'public redirect to /dav/: no user, no data' },
  'DELETE /dav': CALDAV,
  'DELETE /dav/*': CALDAV,
  'GET /dav': CALDAV,
  'GET /dav/*': CALDAV,
  'MKCALENDAR /dav': CALDAV,
  'MKCALENDAR /dav/*': CALDAV,
  'MKCOL /dav': CALDAV,
  'MKCOL /dav/*': CALDAV,
  'OPTIONS /dav': CALDAV,
  'OPTIONS /dav/*': CALDAV,
  'PROPFIND /dav': CALDAV,
  'PROPFIND /dav/*': CALDAV,
  'PROPPATCH /dav': CALDAV,
  'PROPPATCH /dav/*': CALDAV,
  'PUT /dav': CALDAV,
  'PUT /dav/*': CALDAV,
  'REPORT /dav': CALDAV,
  'REPORT /dav/*': CALDAV,
  'COPY /dav': CALDAV,
  'COPY /dav/*': CALDAV,
  'LOCK /dav': CALDAV,
  'LOCK /dav/*': CALDAV,
  'MOVE /dav': CALDAV,
  'MOVE /dav/*': CALDAV,
  'PATCH /dav': CALDAV,
  'PATCH /dav/*': CALDAV,
  'POST /dav': CALDAV,
  'POST /dav/*': CALDAV,
  'UNLOCK /dav': CALDAV,
  'UNLOCK /dav/*': CALDAV,
  'POST /mcp': { kind: 'tools' },
  'GET /mcp': { kind: 'caller', tries: [{ name: 'MCP stream' }], status: 405 },
  'DELETE /mcp': { kind: 'caller', tries: [{ name: 'MCP session end' }], status: 405 },
};

export const USER_PATH = Object.entries(ROUTE_TABLE).filter(
  (e): e is [string, UserPath] => e[1].kind === 'user-path',
);
export const CALLER = Object.entries(ROUTE_TABLE).filter(
  (e): e is [string, CallerOnly] => e[1].kind === 'caller',
);

/** One request of a route: the path for `user` (and a ref filled in), its body, the ref. */
export function request(
  route: string,
  entry: UserPath | CallerOnly,
  attempt: Try,
  user: string,
  ref?: string,
) {
  const [method, pattern] = route.split(' ') as [string, string];
  const refIn = entry.kind === 'caller' ? 'path' : entry.ref?.in;
  let path = pattern.replace(':user_id', user);
  if (ref !== undefined && refIn === 'path') {
    const [first, second] = ref.split('|') as [string, string | undefined];
    path = path.replace(/:(?:id|name)\b/, encodeURIComponent(first));
    if (second !== undefined) path = path.replace(/:[a-z]+_id\b/, encodeURIComponent(second));
  }
  const query = attempt.queryFor && ref !== undefined ? attempt.queryFor(ref) : attempt.query;
  if (query) path += `?${query}`;
  const body = attempt.bodyFor && ref !== undefined ? attempt.bodyFor(ref) : attempt.body;
  return { method, path, body };
}
