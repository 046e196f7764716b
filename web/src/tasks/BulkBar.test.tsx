import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testQueryClient } from '../test/render';
import { dayIn } from './due';
import { TasksScreen } from './TasksScreen';
import { type FakeApi, fakeApi, renderWithApp, task } from './testing';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The fake server's POST /tasks/bulk for set_due: each task gets the given date or time, or none. */
function bulkSetDue(api: FakeApi) {
  const server = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    if (new URL(request.url).pathname !== '/api/me/tasks/bulk') return server(request);
    const body = await request.json();
    api.calls.push({ method: 'POST', path: '/api/me/tasks/bulk', body });
    for (const t of api.tasks.filter((t) => body.ids.includes(t.id))) {
      Object.assign(t, { due_date: body.due_date ?? null, due_at: body.due_at ?? null });
    }
    return new Response(JSON.stringify({ action: body.action, count: body.ids.length }), {
      headers: { 'content-type': 'application/json' },
    });
  });
}

/** When a row says its task is due (<time datetime>), and in words. */
const dueOf = (title: string) => {
  const time = screen
    .getByRole('button', { name: `Rename ${title}` })
    .closest('[data-task-id]')
    ?.querySelector('time');
  return { at: time?.getAttribute('datetime'), words: time?.textContent };
};

describe('the bulk bar', () => {
  it('reschedules to another day keeping each task’s time of day in the account’s zone; an all-day task stays all-day; Undo puts both back', async () => {
    const api = fakeApi([
      // 17:30 in Karachi.
      task(2, 'Call the bank', { due_at: '2026-01-05T12:30:00.000Z' }),
      task(1, 'Pay rent', { due_date: '2026-01-05' }),
    ]);
    api.timeZone = 'Asia/Karachi';
    bulkSetDue(api);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Pay rent' });
    await userEvent.keyboard('jsjs');
    const bar = await screen.findByRole('region', { name: 'Selected tasks' });
    expect(within(bar).getByText('2 selected')).toBeDefined();
    await userEvent.selectOptions(within(bar).getByLabelText('Reschedule'), 'Tomorrow');

    const tomorrow = new Date(Date.parse(`${dayIn(new Date(), 'Asia/Karachi')}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    await waitFor(() => expect(dueOf('Call the bank').at).toBe(`${tomorrow}T12:30:00.000Z`));
    expect(dueOf('Call the bank').words).toMatch(/^Tomorrow 5:30\s?PM$/);
    expect(dueOf('Pay rent')).toEqual({ at: tomorrow, words: 'Tomorrow' });

    const toast = screen.getByText('Rescheduled 2 tasks').parentElement!;
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(dueOf('Call the bank').at).toBe('2026-01-05T12:30:00.000Z'));
    expect(dueOf('Pay rent').at).toBe('2026-01-05');
  });
});

/**
 * The fake server's POST /tasks/bulk for complete and reopen; the change's live event comes first
 * (the list refetched before the answer), as it can in a browser.
 */
function bulkComplete(api: FakeApi, client: QueryClient) {
  const server = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    if (new URL(request.url).pathname !== '/api/me/tasks/bulk') return server(request);
    const body = await request.json();
    api.calls.push({ method: 'POST', path: '/api/me/tasks/bulk', body });
    for (const t of api.tasks.filter((t) => body.ids.includes(t.id))) {
      const completed = body.action === 'complete';
      Object.assign(t, { completed, completed_at: completed ? new Date().toISOString() : null });
    }
    await client.refetchQueries();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return new Response(JSON.stringify({ action: body.action, count: body.ids.length }), {
      headers: { 'content-type': 'application/json' },
    });
  });
}

describe('the bulk bar in an open view', () => {
  it('completing the selected tasks takes them (and the bar) out of the open rows, still with its toast and Undo', async () => {
    window.history.replaceState(null, '', '/inbox');
    const api = fakeApi([task(2, 'Pay rent'), task(1, 'Call the bank')]);
    const client = testQueryClient();
    bulkComplete(api, client);
    renderWithApp(<TasksScreen />, client);
    await screen.findByRole('button', { name: 'Rename Pay rent' });
    await userEvent.keyboard('jsjs');
    const bar = await screen.findByRole('region', { name: 'Selected tasks' });
    await userEvent.click(within(bar).getByRole('button', { name: 'Complete' }));

    const toast = (await screen.findByText('Completed 2 tasks')).parentElement!;
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^Rename / })).toHaveLength(0));
    expect(screen.queryByRole('region', { name: 'Selected tasks' })).toBeNull();
    expect(api.tasks.every((t) => t.completed)).toBe(true);

    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.tasks.every((t) => !t.completed)).toBe(true));
    await screen.findByRole('button', { name: 'Rename Pay rent' });
    expect(screen.getByRole('button', { name: 'Rename Call the bank' })).toBeDefined();
  });
});
