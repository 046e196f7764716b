// Renders a screen with the app's providers (the query client, toasts) and a fake API answering
// from an in-memory list. It imports no feature, so every folder's tests can use it; the task
// screen's own providers are added by tasks/testing.tsx.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { parseQuickAdd } from '#shared/quickadd/quickadd.js';
import type { Schemas } from '../api/client';
import type { Task } from '../api/types';
import { ToastProvider } from '../ui/toast';

type List = Schemas['List'];
type Section = Schemas['Section'];

export function section(id: number, listId: number, name: string, extra: Partial<Section> = {}): Section {
  const at = '2026-01-05T10:00:00.000Z';
  return { id, list_id: listId, name, position: id * 1024, created_at: at, updated_at: at, ...extra };
}

export function task(id: number, title: string, extra: Partial<Task> = {}): Task {
  const at = new Date(Date.UTC(2026, 0, id)).toISOString();
  return {
    id,
    user_id: 'u1',
    title,
    description: null,
    completed: false,
    completed_at: null,
    priority: 'none',
    tags: [],
    due_date: null,
    due_at: null,
    recurrence: null,
    recurrence_from: null,
    series_task_id: null,
    reminders: [],
    list_id: null,
    section_id: null,
    parent_id: null,
    position: id * 1024,
    subtasks: { open: 0, total: 0 },
    created_by: 'u1',
    assignee_id: null,
    duration: null,
    deadline: null,
    created_at: at,
    updated_at: at,
    ...extra,
  };
}

/** What the server answers as a list's permissions for each role (server/platform/access/policy.ts). */
const PERMISSIONS: Record<List['role'], List['permissions']> = {
  owner: {
    update: true,
    delete: true,
    share: true,
    leave: false,
    create_tasks: true,
    update_tasks: true,
    delete_tasks: true,
    update_sections: true,
    comment: true,
  },
  editor: {
    update: false,
    delete: false,
    share: false,
    leave: true,
    create_tasks: true,
    update_tasks: true,
    delete_tasks: true,
    update_sections: true,
    comment: true,
  },
  viewer: {
    update: false,
    delete: false,
    share: false,
    leave: true,
    create_tasks: false,
    update_tasks: false,
    delete_tasks: false,
    update_sections: false,
    comment: false,
  },
};

export function list(id: number, name: string, extra: Partial<List> = {}): List {
  const at = '2026-01-05T10:00:00.000Z';
  return {
    permissions: PERMISSIONS[extra.role ?? 'owner'],
    id,
    name,
    color: null,
    position: id,
    archived: false,
    open_count: 0,
    total_count: 0,
    owner_id: 'u1',
    role: 'owner',
    member_count: 0,
    created_at: at,
    updated_at: at,
    ...extra,
  };
}

export interface FakeApi {
  tasks: Task[];
  /** The lists GET /api/me/lists answers; GET /api/me/lists/{id} answers 404 for any other id. */
  lists: List[];
  timeZone: string;
  /** The email fields of the settings (email_available: whether the server sends email). */
  email: { email_reminders: boolean; email_agenda: boolean; agenda_time: string; email_available: boolean };
  /** The reminder channels of the settings besides email. */
  channels: { in_app_reminders: boolean; push_reminders: boolean };
  /** Answers POST /api/me/import(/todoist|ticktick) when set (else 201 with the number of tasks sent). */
  importAnswer: { status: number; body: unknown } | null;
  /** Answers a preview of an import (?dry_run=true) when set (else as importAnswer, or 200 with the count). */
  previewAnswer: { status: number; body: unknown } | null;
  /** The raw text/event-stream body POST /api/me/chat/stream answers. */
  chatStream: string;
  calls: { method: string; path: string; body: unknown }[];
  /** Makes the next list request fail with this status. */
  failLists: number | null;
  /** The API keys GET /api/me/api-keys answers; POST adds one. */
  apiKeys: Array<Record<string, unknown>>;
  /** The sections GET /api/me/sections?list_id= answers (in position order); POST, PATCH, DELETE change them. */
  sections: Section[];
  /** The calendar feeds GET /api/me/calendar-feeds answers; POST adds one, DELETE removes one. */
  calendarFeeds: Array<
    { id: number; list_id: number | null; list_name: string | null } & Record<string, unknown>
  >;
  /** What GET /api/me/chat/model answers; PUT sets `own` (the key kept only as has_key), DELETE clears it. */
  chatModel: {
    answering: 'own' | 'server' | 'builtin';
    model: string | null;
    own: {
      base_url: string;
      model: string;
      mode: 'auto' | 'agent' | 'plan';
      has_key: boolean;
      updated_at: string;
    } | null;
    server_model: string | null;
  };
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** Answers the task routes from `api.tasks`, as the server would for one user. */
export function fakeApi(tasks: Task[] = []): FakeApi {
  const api: FakeApi = {
    tasks: [...tasks],
    lists: [],
    timeZone: 'UTC',
    email: { email_reminders: false, email_agenda: false, agenda_time: '08:00', email_available: false },
    channels: { in_app_reminders: true, push_reminders: true },
    importAnswer: null,
    previewAnswer: null,
    chatStream: '',
    calls: [],
    failLists: null,
    apiKeys: [],
    calendarFeeds: [],
    chatModel: { answering: 'builtin', model: null, own: null, server_model: null },
    sections: [],
  };
  let nextId = 1000;
  /** A JSON body parsed; one that is not JSON (a file being imported) as its text. */
  const parsedOrText = (text: string): ReturnType<typeof JSON.parse> => {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  };
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const csv = request.headers.get('content-type')?.startsWith('text/csv') ?? false;
    const body = text ? (csv ? text : parsedOrText(text)) : undefined;
    api.calls.push({ method: request.method, path: url.pathname + url.search, body });
    const list = /^\/api\/me\/tasks\/?$/.test(url.pathname);
    const one = /^\/api\/me\/tasks\/(\d+)(\/complete)?$/.exec(url.pathname);
    if (list && request.method === 'GET') {
      if (api.failLists)
        return json(api.failLists, { status: api.failLists, detail: 'boom', error_code: 'INTERNAL_ERROR' });
      const status = url.searchParams.get('status');
      const q = url.searchParams.get('q')?.toLowerCase();
      const priorities = url.searchParams.get('priority')?.split(',');
      const tags = url.searchParams.getAll('tag').map((t) => t.toLowerCase());
      // Due bounds and recurring as the calendar asks (dates only, compared in UTC), due=none.
      const before = url.searchParams.get('due_before');
      const after = url.searchParams.get('due_after');
      const recurring = url.searchParams.get('recurring');
      const undated = url.searchParams.get('due') === 'none';
      const dueDay = (t: Task) => t.due_date ?? t.due_at?.slice(0, 10) ?? null;
      const matching = api.tasks.filter(
        (t) =>
          (status === 'all' || !status || t.completed === (status === 'completed')) &&
          (!q || t.title.toLowerCase().includes(q)) &&
          (!priorities || priorities.includes(t.priority)) &&
          tags.every((tag) => t.tags.some((x) => x.toLowerCase() === tag)) &&
          (!undated || dueDay(t) === null) &&
          (!before || (dueDay(t) !== null && dueDay(t)! < before)) &&
          (!after || (dueDay(t) !== null && dueDay(t)! >= after)) &&
          (recurring === null || (t.recurrence !== null) === (recurring === 'true')),
      );
      // Pages by `limit`, the cursor being where the next starts (the real one is opaque too).
      const limit = Number(url.searchParams.get('limit') ?? 0);
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const to = limit > 0 ? from + limit : matching.length;
      return json(200, {
        tasks: matching.slice(from, to),
        count: matching.length,
        next_cursor: to < matching.length ? String(to) : null,
      });
    }
    if (url.pathname === '/api/me/tasks/quick' && request.method === 'POST') {
      const parse = parseLine(body.text, body.keep, api.lists);
      if (url.searchParams.get('dry_run') === 'true') return json(200, parse);
      const created = task(nextId++, parse.title, {
        priority: parse.priority ?? 'none',
        tags: parse.tags,
        list_id: body.list_id ?? null,
        section_id: body.section_id ?? null,
      });
      api.tasks.unshift(created);
      return json(201, created);
    }
    if (url.pathname === '/api/me/lists' && request.method === 'GET') return json(200, { lists: api.lists });
    if (url.pathname === '/api/me/api-keys' && request.method === 'GET')
      return json(200, { api_keys: api.apiKeys });
    if (url.pathname === '/api/me/api-keys' && request.method === 'POST') {
      const key = {
        id: nextId++,
        name: body.name,
        start: 'dbl_abcdef',
        expires_at: null,
        last_used_at: null,
        scopes: body.scopes ?? ['api'],
        created_at: new Date(0).toISOString(),
      };
      api.apiKeys.unshift(key);
      return json(201, { ...key, key: 'dbl_abcdef-the-whole-key' });
    }
    if (url.pathname === '/api/me/chat/model') {
      const m = api.chatModel;
      if (request.method === 'PUT') {
        const hasKey = body.api_key === undefined ? (m.own?.has_key ?? false) : body.api_key !== null;
        m.own = {
          base_url: body.base_url,
          model: body.model,
          mode: body.mode ?? 'auto',
          has_key: hasKey,
          updated_at: new Date(0).toISOString(),
        };
        Object.assign(m, { answering: 'own', model: body.model });
      }
      if (request.method === 'DELETE') {
        Object.assign(m, {
          own: null,
          answering: m.server_model ? 'server' : 'builtin',
          model: m.server_model,
        });
        return new Response(null, { status: 204 });
      }
      return json(200, m);
    }
    if (url.pathname === '/api/me/chat/model/test' && request.method === 'POST')
      return json(200, { ok: true, model: api.chatModel.model, detail: `${api.chatModel.model} answered.` });
    if (url.pathname === '/api/me/calendar-feeds' && request.method === 'GET')
      return json(200, { calendar_feeds: api.calendarFeeds });
    const feedUrls = (id: number, secret: string) => ({
      url: `http://localhost/feeds/${id}/${secret}.ics`,
      webcal_url: `webcal://localhost/feeds/${id}/${secret}.ics`,
    });
    if (url.pathname === '/api/me/calendar-feeds' && request.method === 'POST') {
      const listId: number | null = body.list_id ?? null;
      const feed = {
        id: nextId++,
        list_id: listId,
        list_name: listId === null ? null : (api.lists.find((l) => l.id === listId)?.name ?? null),
        created_at: new Date(0).toISOString(),
        last_fetched_at: null,
      };
      api.calendarFeeds.push(feed);
      return json(201, { ...feed, ...feedUrls(feed.id, 'first-secret') });
    }
    const oneFeed = /^\/api\/me\/calendar-feeds\/(\d+)(\/regenerate)?$/.exec(url.pathname);
    if (oneFeed) {
      const feed = api.calendarFeeds.find((f) => f.id === Number(oneFeed[1]));
      if (!feed)
        return json(404, { status: 404, detail: 'Calendar feed not found', error_code: 'NOT_FOUND' });
      if (oneFeed[2]) return json(200, { ...feed, ...feedUrls(feed.id, 'second-secret') });
      api.calendarFeeds = api.calendarFeeds.filter((f) => f !== feed);
      return json(204, undefined);
    }
    const oneList = /^\/api\/me\/lists\/(\d+)$/.exec(url.pathname);
    if (oneList && request.method === 'GET') {
      const found = api.lists.find((l) => l.id === Number(oneList[1]));
      return found
        ? json(200, found)
        : json(404, { status: 404, detail: `List ${oneList[1]} not found`, error_code: 'NOT_FOUND' });
    }
    if (url.pathname === '/api/me/tags' && request.method === 'GET') {
      const counts = new Map<string, { name: string; open: number; total: number }>();
      for (const t of api.tasks)
        for (const name of t.tags) {
          const c = counts.get(name) ?? { name, open: 0, total: 0 };
          c.total++;
          if (!t.completed) c.open++;
          counts.set(name, c);
        }
      return json(200, { tags: [...counts.values()] });
    }
    const tag = /^\/api\/me\/tags\/(.+)$/.exec(url.pathname);
    if (tag) {
      const name = decodeURIComponent(tag[1] ?? '');
      for (const t of api.tasks) {
        if (!t.tags.includes(name)) continue;
        const others = t.tags.filter((x) => x !== name);
        t.tags = request.method === 'PATCH' ? [...new Set([...others, body.name])] : others;
      }
      return request.method === 'PATCH'
        ? json(200, { name: body.name })
        : new Response(null, { status: 204 });
    }
    if (url.pathname === '/api/me/settings') {
      if (request.method === 'PATCH') {
        const { time_zone, in_app_reminders, push_reminders, ...email } = body as {
          time_zone?: string;
          in_app_reminders?: boolean;
          push_reminders?: boolean;
        };
        if (time_zone !== undefined) api.timeZone = time_zone;
        if (in_app_reminders !== undefined) api.channels.in_app_reminders = in_app_reminders;
        if (push_reminders !== undefined) api.channels.push_reminders = push_reminders;
        Object.assign(api.email, email);
      }
      return json(200, { time_zone: api.timeZone, ...api.channels, ...api.email });
    }
    if (/^\/api\/me\/import(?:\/(?:todoist|ticktick))?$/.test(url.pathname) && request.method === 'POST') {
      // A preview (dry_run) answers 200, an import 201; a CSV's tasks are its rows starting "task,".
      const preview = url.searchParams.get('dry_run') === 'true';
      const count = csv
        ? text.split(/\r?\n/).filter((l) => /^task,/i.test(l)).length
        : (body?.tasks?.length ?? 0);
      const answer = (preview ? api.previewAnswer : null) ??
        api.importAnswer ?? {
          status: preview ? 200 : 201,
          body: {
            imported: count,
            created: count,
            updated: 0,
            skipped: 0,
            lists: { created: csv ? 1 : 0, existing: 0 },
            sections: { created: 0, existing: 0 },
            tags: { created: 0, existing: 0 },
            left_out: { count: 0, rows: [] },
          },
        };
      return json(answer.status, answer.body);
    }
    if (url.pathname === '/api/me/conversations') return json(200, { conversations: [] });
    if (url.pathname === '/api/me/chat/stream' && request.method === 'POST') {
      return new Response(api.chatStream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }
    if (list && request.method === 'POST') {
      const created = task(nextId++, body.title);
      api.tasks.unshift(created);
      return json(201, created);
    }
    const sectionAnswer = sectionRoute(api, request.method, url, body, () => nextId++);
    if (sectionAnswer) return sectionAnswer;
    const move = /^\/api\/me\/tasks\/(\d+)\/move$/.exec(url.pathname);
    if (move && request.method === 'POST') {
      const found = api.tasks.find((t) => t.id === Number(move[1]));
      if (!found) return json(404, { status: 404, detail: 'Not found', error_code: 'NOT_FOUND' });
      for (const field of ['list_id', 'parent_id', 'section_id'] as const)
        if (body[field] !== undefined) Object.assign(found, { [field]: body[field] });
      const anchor = api.tasks.find((t) => t.id === (body.before_id ?? body.after_id));
      if (anchor && body.section_id === undefined) found.section_id = anchor.section_id;
      // Just beside its anchor, as the server's midpoint would put it.
      if (anchor) found.position = anchor.position + (body.before_id === undefined ? 0.5 : -0.5);
      return json(200, found);
    }
    if (one) {
      const found = api.tasks.find((t) => t.id === Number(one[1]));
      if (!found) return json(404, { status: 404, detail: 'Not found', error_code: 'NOT_FOUND' });
      if (request.method === 'DELETE') {
        api.tasks = api.tasks.filter((t) => t !== found);
        return new Response(null, { status: 204 });
      }
      if (one[2])
        Object.assign(found, {
          completed: body.completed,
          completed_at: body.completed ? new Date().toISOString() : null,
        });
      else if (request.method === 'PATCH') Object.assign(found, body);
      // Every write is a new version, as on the server.
      if (request.method === 'PATCH') found.updated_at = new Date(Date.now() + nextId++).toISOString();
      return json(200, found);
    }
    return json(404, {
      status: 404,
      detail: `No route for ${request.method} ${url.pathname}`,
      error_code: 'NOT_FOUND',
    });
  });
  return api;
}

/** The section routes, as the server answers them for one user (enough for the screens). */
function sectionRoute(
  api: FakeApi,
  method: string,
  url: URL,
  body: { list_id: number; name: string; before_id?: number; after_id?: number },
  nextId: () => number,
): Response | null {
  const inOrder = (listId: number) =>
    api.sections.filter((s) => s.list_id === listId).sort((a, b) => a.position - b.position || a.id - b.id);
  if (url.pathname === '/api/me/sections' && method === 'GET')
    return json(200, { sections: inOrder(Number(url.searchParams.get('list_id'))) });
  if (url.pathname === '/api/me/sections' && method === 'POST') {
    const last = inOrder(body.list_id).at(-1);
    const created = section(nextId(), body.list_id, body.name, { position: (last?.position ?? 0) + 1024 });
    api.sections.push(created);
    return json(201, created);
  }
  const one = /^\/api\/me\/sections\/(\d+)$/.exec(url.pathname);
  if (!one) return null;
  const found = api.sections.find((s) => s.id === Number(one[1]));
  if (!found) return json(404, { status: 404, detail: 'Section not found', error_code: 'NOT_FOUND' });
  if (method === 'DELETE') {
    api.sections = api.sections.filter((s) => s !== found);
    for (const t of api.tasks) if (t.section_id === found.id) t.section_id = null;
    return new Response(null, { status: 204 });
  }
  if (method === 'PATCH') {
    if (body.name !== undefined) found.name = body.name;
    const anchor = api.sections.find((s) => s.id === (body.before_id ?? body.after_id));
    if (anchor) found.position = anchor.position + (body.before_id !== undefined ? -0.5 : 0.5);
  }
  return json(200, found);
}

/** A small stand-in for the server's quick-add reader: #tags and !priority only. */
/** The real quick add parser (shared/quickadd), in UTC, with the fake's lists; ids as the server gives them. */
function parseLine(text: string, keep?: string[], lists: { id: number; name: string }[] = []) {
  const parse = parseQuickAdd(text, { now: new Date(), timeZone: 'UTC', keep, lists, urdu: true });
  const list = lists.find((l) => l.name === parse.list);
  return { ...parse, list_id: list?.id ?? null, section_id: null, assignee_id: null };
}

/** A query client that never retries; `staleTime` as the app's (main.tsx) where freshness is tested. */
export function testQueryClient({ staleTime = 0 }: { staleTime?: number } = {}) {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime }, mutations: { retry: false } },
  });
}

export function renderWithApp(ui: ReactNode, client = testQueryClient()) {
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>{ui}</ToastProvider>
    </QueryClientProvider>,
  );
}
