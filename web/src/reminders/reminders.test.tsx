import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { useMissedReminders } from './missed';
import { RemindersScreen, whenLabel } from './RemindersScreen';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const entry = (taskId: number, title: string, fireAt: string, sentAt: string | null) => ({
  task_id: taskId,
  title,
  list_id: null,
  due_date: null,
  due_at: null,
  fire_at: fireAt,
  reminder: { minutes_before: 0 },
  sent_at: sentAt,
});

/** Answers the reminders list and snooze as the server would; records the calls. */
function fakeReminders(sent: unknown[], pending: unknown[], inApp = true) {
  const calls: { method: string; path: string; body: unknown }[] = [];
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
    if (url.pathname === '/api/me/reminders')
      return ok({ reminders: url.searchParams.get('state') === 'sent' ? sent : pending });
    if (/^\/api\/me\/tasks\/\d+\/snooze$/.test(url.pathname)) return ok({ id: 1 });
    if (url.pathname === '/api/me/settings') return ok({ time_zone: 'UTC', in_app_reminders: inApp });
    return new Response(null, { status: 404 });
  });
  return calls;
}

describe('the Reminders screen', () => {
  it('shows the ones that fired lately with snooze choices, and the ones coming', async () => {
    const now = Date.now();
    const calls = fakeReminders(
      [
        entry(
          7,
          'Call the dentist',
          new Date(now - 600_000).toISOString(),
          new Date(now - 600_000).toISOString(),
        ),
      ],
      [entry(8, 'Pay rent', new Date(now + 3_600_000).toISOString(), null)],
    );
    renderWithApp(<RemindersScreen />);
    await screen.findByRole('button', { name: 'Call the dentist' });
    await screen.findByRole('button', { name: 'Pay rent' });
    // Snoozing is for what fired; what is coming has no snooze.
    expect(screen.getAllByRole('group')).toHaveLength(1);
    const group = screen.getByRole('group', { name: 'Snooze Call the dentist' });
    await userEvent.click(group.querySelectorAll('button')[1] as HTMLElement);
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')).toEqual({
        method: 'POST',
        path: '/api/me/tasks/7/snooze',
        body: { minutes: 10 },
      }),
    );
    await screen.findByText(/Snoozed: you will be reminded again in 10 min/);
    await userEvent.click(screen.getByRole('button', { name: 'Tomorrow 9:00' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    const until = new Date((calls.filter((c) => c.method === 'POST')[1]!.body as { until: string }).until);
    expect(until.getHours()).toBe(9);
    expect(until.getTime()).toBeGreaterThan(now);
  });

  it('says when there is nothing', async () => {
    fakeReminders([], []);
    renderWithApp(<RemindersScreen />);
    await screen.findByText('No reminder fired in the last 24 hours.');
    await screen.findByText(/Nothing coming/);
  });

  it('labels moments by day in the zone', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(whenLabel('2026-11-23T17:00:00Z', 'UTC', now)).toMatch(/^Today, /);
    expect(whenLabel('2026-11-24T09:00:00Z', 'UTC', now)).toMatch(/^Tomorrow, /);
    expect(whenLabel('2026-11-22T09:00:00Z', 'UTC', now)).toMatch(/^Yesterday, /);
    // 23:30 UTC is already tomorrow in Tokyo.
    expect(whenLabel('2026-11-23T23:30:00Z', 'Asia/Tokyo', now)).toMatch(/^Tomorrow, /);
  });
});

function Missed({ userId }: { userId: string }) {
  useMissedReminders(userId);
  return null;
}

describe('missed reminders', () => {
  const asked = (calls: { path: string }[]) => calls.filter((c) => c.path.startsWith('/api/me/reminders'));
  const twoFired = () => [
    entry(1, 'Water plants', new Date().toISOString(), new Date().toISOString()),
    entry(2, 'Stretch', new Date().toISOString(), new Date().toISOString()),
  ];

  it('says nothing on the first visit, then tells how many fired since the last one', async () => {
    const calls = fakeReminders([], []);
    const first = renderWithApp(<Missed userId="u1" />);
    await waitFor(() => expect(localStorage.getItem('doable:reminders-seen:u1')).not.toBeNull());
    expect(asked(calls)).toEqual([]);
    first.unmount();

    const seen = localStorage.getItem('doable:reminders-seen:u1');
    const again = fakeReminders(twoFired(), []);
    renderWithApp(<Missed userId="u1" />);
    await screen.findByText('While you were away: 2 reminders.');
    expect(asked(again)[0]!.path).toBe(
      `/api/me/reminders?state=sent&limit=100&since=${encodeURIComponent(seen!)}`,
    );
    expect(screen.getByRole('button', { name: 'See' })).toBeDefined();
  });

  it('says nothing when the in-app channel is off in Settings', async () => {
    localStorage.setItem('doable:reminders-seen:u2', new Date(Date.now() - 3_600_000).toISOString());
    const calls = fakeReminders(twoFired(), [], false);
    renderWithApp(<Missed userId="u2" />);
    await waitFor(() => expect(calls.some((c) => c.path === '/api/me/settings')).toBe(true));
    await new Promise((r) => setTimeout(r, 200));
    expect(asked(calls)).toEqual([]);
    expect(screen.queryByText(/While you were away/)).toBeNull();
  });
});
