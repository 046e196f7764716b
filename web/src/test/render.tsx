// Renders a screen with the app's providers and a fake API answering from an in-memory list.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { Task } from '../tasks/api';
import { PendingDeletesProvider } from '../tasks/deletes';
import { ToastProvider } from '../ui/toast';

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
    created_at: at,
    updated_at: at,
    ...extra,
  };
}

export interface FakeApi {
  tasks: Task[];
  calls: { method: string; path: string; body: unknown }[];
  /** Makes the next list request fail with this status. */
  failLists: number | null;
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** Answers the task routes from `api.tasks`, as the server would for one user. */
export function fakeApi(tasks: Task[] = []): FakeApi {
  const api: FakeApi = { tasks: [...tasks], calls: [], failLists: null };
  let nextId = 1000;
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const body = text ? JSON.parse(text) : undefined;
    api.calls.push({ method: request.method, path: url.pathname + url.search, body });
    const list = /^\/api\/me\/tasks\/?$/.test(url.pathname);
    const one = /^\/api\/me\/tasks\/(\d+)(\/complete)?$/.exec(url.pathname);
    if (list && request.method === 'GET') {
      if (api.failLists)
        return json(api.failLists, { status: api.failLists, detail: 'boom', error_code: 'INTERNAL_ERROR' });
      const status = url.searchParams.get('status');
      const matching = api.tasks.filter(
        (t) => status === 'all' || !status || t.completed === (status === 'completed'),
      );
      return json(200, { tasks: matching, count: matching.length, next_cursor: null });
    }
    if (list && request.method === 'POST') {
      const created = task(nextId++, body.title);
      api.tasks.unshift(created);
      return json(201, created);
    }
    if (one) {
      const found = api.tasks.find((t) => t.id === Number(one[1]));
      if (!found) return json(404, { status: 404, detail: 'Not found', error_code: 'NOT_FOUND' });
      if (request.method === 'DELETE') {
        api.tasks = api.tasks.filter((t) => t !== found);
        return new Response(null, { status: 204 });
      }
      if (one[2]) Object.assign(found, { completed: body.completed });
      else if (request.method === 'PATCH') Object.assign(found, body);
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

export function renderWithApp(ui: ReactNode) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <PendingDeletesProvider>{ui}</PendingDeletesProvider>
      </ToastProvider>
    </QueryClientProvider>,
  );
}
