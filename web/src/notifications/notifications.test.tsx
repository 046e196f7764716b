import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, testQueryClient } from '../test/render';
import { type Notification, onInboxEvent } from './api';
import { Bell } from './Bell';
import { NotificationsScreen } from './NotificationsScreen';

afterEach(() => {
  vi.unstubAllGlobals();
});

const note = (id: number, extra: Partial<Notification>): Notification => ({
  id,
  kind: 'comment',
  actor: { id: 'u2', name: 'Bob' },
  task_id: 10 + id,
  list_id: 3,
  comment_id: null,
  subject: `Task ${id}`,
  excerpt: null,
  read: false,
  read_at: null,
  created_at: '2026-11-20T10:00:00.000Z',
  ...extra,
});

/** Answers the inbox routes as the server would, from `items`; records the calls. */
function fakeInbox(items: Notification[]) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const unread = () => items.filter((n) => !n.read).length;
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    calls.push({
      method: request.method,
      path: url.pathname + url.search,
      body: text ? JSON.parse(text) : undefined,
    });
    const ok = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    if (url.pathname === '/api/me/notifications' && request.method === 'GET') {
      const sorted = [...items].sort((a, b) => Number(a.read) - Number(b.read) || b.id - a.id);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      return ok({ notifications: sorted.slice(0, limit), unread_count: unread(), next_offset: null });
    }
    const one = /^\/api\/me\/notifications\/(\d+)$/.exec(url.pathname);
    if (one && request.method === 'PATCH') {
      const n = items.find((i) => i.id === Number(one[1]))!;
      n.read = JSON.parse(text).read;
      return ok(n);
    }
    if (url.pathname === '/api/me/notifications/read' && request.method === 'POST') {
      const marked = unread();
      for (const n of items) n.read = true;
      return ok({ marked, unread_count: 0 });
    }
    return new Response(null, { status: 404 });
  });
  return calls;
}

describe('the inbox screen', () => {
  it('lists unread ones first with who did what, and marks one read and unread', async () => {
    const calls = fakeInbox([
      note(1, { kind: 'assigned', actor: { id: 'u3', name: 'Carol' }, subject: 'Plant roses', read: true }),
      note(2, { kind: 'mention', subject: 'Prune hedge', excerpt: 'Could @Alice help?' }),
      note(3, { kind: 'joined', task_id: null, subject: 'Garden' }),
    ]);
    renderWithApp(<NotificationsScreen />);
    const rows = await screen.findAllByRole('listitem');
    expect(rows.map((r) => within(r).getAllByRole('button')[0]!.textContent)).toEqual([
      'Unread: Bob joined your list “Garden”',
      'Unread: Bob mentioned you on “Prune hedge”',
      'Carol assigned you “Plant roses”',
    ]);
    expect(screen.getByText('Could @Alice help?')).toBeTruthy();
    expect(screen.getByText('2 unread')).toBeTruthy();

    await userEvent.click(
      screen.getByRole('button', { name: 'Mark read: Bob mentioned you on “Prune hedge”' }),
    );
    await waitFor(() => expect(screen.getByText('1 unread')).toBeTruthy());
    expect(calls).toContainEqual({ method: 'PATCH', path: '/api/me/notifications/2', body: { read: true } });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark unread: Bob mentioned you on “Prune hedge”' }),
    );
    await waitFor(() => expect(screen.getByText('2 unread')).toBeTruthy());
    expect(calls).toContainEqual({ method: 'PATCH', path: '/api/me/notifications/2', body: { read: false } });
  });

  it('opening one marks it read and opens its task, or its list', async () => {
    const calls = fakeInbox([
      note(4, { subject: 'Buy compost' }),
      note(5, { kind: 'left', task_id: null, subject: 'Shed' }),
    ]);
    renderWithApp(<NotificationsScreen />);
    await userEvent.click(
      await screen.findByRole('button', { name: /^Unread:\s*Bob commented on “Buy compost”$/ }),
    );
    expect(window.location.pathname + window.location.search).toBe('/?task=14');
    await waitFor(() =>
      expect(calls).toContainEqual({
        method: 'PATCH',
        path: '/api/me/notifications/4',
        body: { read: true },
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: /^Unread:\s*Bob left your list “Shed”$/ }));
    expect(window.location.pathname).toBe('/lists/3');
  });

  it('marks all read; with none unread the button is off', async () => {
    const calls = fakeInbox([note(6, {}), note(7, {})]);
    renderWithApp(<NotificationsScreen />);
    const all = await screen.findByRole('button', { name: 'Mark all read' });
    await waitFor(() => expect((all as HTMLButtonElement).disabled).toBe(false));
    await userEvent.click(all);
    await waitFor(() => expect(screen.getByText('All read')).toBeTruthy());
    expect(calls.filter((c) => c.method === 'POST')).toEqual([
      { method: 'POST', path: '/api/me/notifications/read', body: undefined },
    ]);
    expect((all as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when there is nothing', async () => {
    fakeInbox([]);
    renderWithApp(<NotificationsScreen />);
    expect(await screen.findByText(/Nothing yet/)).toBeTruthy();
  });
});

describe('the bell', () => {
  it('shows the unread count in its name, follows the live count and announces new ones', async () => {
    fakeInbox([note(8, {}), note(9, {})]);
    const client = testQueryClient();
    renderWithApp(<Bell current={false} />, client);
    const link = await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(screen.queryByText(/unread notification/)).toBeNull();
    act(() => onInboxEvent(client, { unread_count: 3, latest_id: 10 }));
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeTruthy();
    // Announced by an effect after the render that renamed the link: waited for, not read at once.
    expect((await screen.findByText('3 unread notifications')).getAttribute('role')).toBe('status');
    act(() => onInboxEvent(client, { unread_count: 0, latest_id: 10 }));
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeTruthy();
  });
});
