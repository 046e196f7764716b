import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Task } from '../api/types';
import { type LiveEvent, useLiveUpdates } from './live';
import { TasksScreen } from './TasksScreen';
import { type FakeApi, fakeApi, renderWithApp, task } from './testing';

/** The stream of one tab: tests push server events into it. */
class FakeEventSource {
  static all: FakeEventSource[] = [];
  private listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  /** An event of another kind (`lists`), without an id, as the server sends it. */
  signal(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data: '{}' }));
  }
  emit(id: number, data: Omit<LiveEvent, 'user_id' | 'timestamp' | 'task_id'>) {
    const body = { ...data, task_id: data.task.id, user_id: 'u1', timestamp: new Date().toISOString() };
    const message = new MessageEvent(data.type, { data: JSON.stringify(body), lastEventId: String(id) });
    for (const listener of this.listeners.get(data.type) ?? []) listener(message);
  }
}

/**
 * Every open tab hears every event. Not in act(): this suite runs without IS_REACT_ACT_ENVIRONMENT,
 * where an act() scope that catches the query cache's timer-scheduled notification warns; the
 * tests wait for what the event changes instead.
 */
const emitToAll = async (id: number, data: Parameters<FakeEventSource['emit']>[1]) => {
  for (const source of FakeEventSource.all.filter((s) => !s.closed)) source.emit(id, data);
};

class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  static shown: FakeNotification[] = [];
  onclick: ((event: Event) => void) | null = null;
  close = vi.fn();
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.shown.push(this);
  }
}

function LiveTab() {
  useLiveUpdates(true);
  return <TasksScreen />;
}

/** One tab of the app on the fake API; several may be open at once (one document, one localStorage). */
function openTab() {
  return renderWithApp(<LiveTab />);
}

const listGets = (api: FakeApi) =>
  api.calls.filter((c) => c.method === 'GET' && /^\/api\/me\/tasks\/?\?/.test(c.path)).length;

const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

beforeEach(() => {
  FakeEventSource.all = [];
  FakeNotification.shown = [];
  FakeNotification.permission = 'granted';
  localStorage.clear();
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('Notification', FakeNotification);
  vi.spyOn(document, 'hasFocus').mockReturnValue(true);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Several tabs, timers and refetches each: generous on a busy machine.
describe('reminder notifications', { timeout: 20_000 }, () => {
  const due = task(1, 'Pay rent', { due_at: soon(30), reminders: [{ minutes_before: 30 }] });
  const reminder = (t: Task) => ({
    type: 'reminder' as const,
    task: t,
    reminder: { minutes_before: 30, fire_at: soon(0) },
  });

  it('shows one system notification, titled by the task and saying when it is due; a click opens the task', async () => {
    fakeApi([due]);
    openTab();
    // The first render of the file also loads its modules: a busy machine may take a while.
    await screen.findByRole('button', { name: 'Rename Pay rent' }, { timeout: 5000 });
    expect(FakeEventSource.all[0]?.url).toBe('/api/me/events');
    const fired = reminder(due);
    await emitToAll(41, fired);
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    const [shown] = FakeNotification.shown;
    expect(shown?.title).toBe('Pay rent');
    expect(shown?.options.body).toMatch(/^Due: /);
    // The same tag a Web Push of this reminder gets (sw/notifications.ts): the system shows it once.
    expect(shown?.options.tag).toBe(`doable-reminder-u1:${due.id}@${fired.reminder.fire_at}`);

    const focus = vi.spyOn(window, 'focus').mockImplementation(() => {});
    // Not in act(): this suite runs without IS_REACT_ACT_ENVIRONMENT, where an act() that catches
    // the query cache's timer-scheduled update warns; findByRole below waits for the editor.
    shown?.onclick?.(new Event('click', { cancelable: true }));
    expect(focus).toHaveBeenCalled();
    expect(shown?.close).toHaveBeenCalled();
    const editor = await screen.findByRole('dialog', { name: 'Edit task' });
    await waitFor(() => expect(within(editor).getByLabelText('Title')).toHaveProperty('value', 'Pay rent'));
    expect(window.location.search).toBe(''); // the link is consumed, so a reload does not reopen it
  });

  it('announces nothing when the in-app channel is off in Settings', async () => {
    const api = fakeApi([due]);
    api.channels.in_app_reminders = false;
    openTab();
    await screen.findByRole('button', { name: 'Rename Pay rent' }, { timeout: 5000 });
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/me/settings')).toBe(true));
    await new Promise((r) => setTimeout(r, 100));
    await emitToAll(40, reminder(due));
    await new Promise((r) => setTimeout(r, 600));
    expect(FakeNotification.shown).toHaveLength(0);
    expect(screen.queryByText(/^Reminder: Pay rent/)).toBeNull();
  });

  it('shows it in one tab only, however many are open, and not again when the event is replayed', async () => {
    fakeApi([due]);
    openTab();
    openTab();
    openTab();
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Rename Pay rent' })).toHaveLength(3));
    expect(FakeEventSource.all).toHaveLength(3);
    const first = reminder(due);
    await emitToAll(42, first);
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    // A reconnect that replays the same event shows nothing new.
    await emitToAll(42, first);
    await new Promise((r) => setTimeout(r, 400));
    expect(FakeNotification.shown).toHaveLength(1);
    // The next reminder is another event: shown (once) too.
    await emitToAll(43, reminder(due));
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 400));
    expect(FakeNotification.shown).toHaveLength(2);
  });

  it("uses a Web Lock where the browser has one, even when tabs do not see each other's storage yet", async () => {
    // Chromium passes localStorage writes to other tabs asynchronously: here no tab sees a claim.
    const getItem = Storage.prototype.getItem;
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      return key.startsWith('doable:reminded:') ? null : getItem.call(this, key);
    });
    const held = new Set<string>();
    const request = vi.fn(
      async (
        name: string,
        options: { ifAvailable?: boolean },
        callback: (lock: object | null) => Promise<void>,
      ) => {
        expect(options.ifAvailable).toBe(true);
        if (held.has(name)) return callback(null);
        held.add(name);
        try {
          return await callback({ name });
        } finally {
          held.delete(name);
        }
      },
    );
    vi.stubGlobal('navigator', Object.create(navigator, { locks: { value: { request } } }));
    fakeApi([due]);
    openTab();
    openTab();
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Rename Pay rent' })).toHaveLength(2));
    await emitToAll(44, reminder(due));
    await waitFor(() => expect(request).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 200));
    expect(FakeNotification.shown).toHaveLength(1);
  });

  it('shows a toast with Open instead when notifications are blocked', async () => {
    FakeNotification.permission = 'denied';
    fakeApi([due]);
    openTab();
    await screen.findByRole('button', { name: 'Rename Pay rent' });
    await emitToAll(45, reminder(due));
    // Due in 30 minutes: tomorrow when the test runs after 23:30.
    const toast = (await screen.findByText(/^Reminder: Pay rent \(Due (Today|Tomorrow)/))
      .parentElement as HTMLElement;
    expect(FakeNotification.shown).toHaveLength(0);
    await userEvent.click(within(toast).getByRole('button', { name: 'Open' }));
    await screen.findByRole('dialog', { name: 'Edit task' });
  });

  it('shows a toast when the browser has no notifications at all', async () => {
    vi.stubGlobal('Notification', undefined);
    fakeApi([due]);
    openTab();
    await screen.findByRole('button', { name: 'Rename Pay rent' });
    await emitToAll(46, reminder(due));
    await screen.findByText(/^Reminder: Pay rent/);
  });
});

describe('live refreshes', { timeout: 20_000 }, () => {
  it('skips events the list already shows (same updated_at), and refreshes for real changes', async () => {
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk')]);
    openTab();
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await waitFor(() => expect(listGets(api)).toBeGreaterThan(0));
    const before = listGets(api);

    // What this tab already has: no request.
    await emitToAll(50, { type: 'updated', task: { ...(api.tasks[1] as Task) } });
    await new Promise((r) => setTimeout(r, 400));
    expect(listGets(api)).toBe(before);

    // A change made elsewhere (a newer version): the list refetches and shows it.
    const milk = api.tasks[1] as Task;
    Object.assign(milk, { title: 'Buy oat milk', updated_at: new Date().toISOString() });
    await emitToAll(51, { type: 'updated', task: { ...milk } });
    await screen.findByRole('button', { name: 'Rename Buy oat milk' });
    expect(listGets(api)).toBeGreaterThan(before);
  });

  it("skips the event of this tab's own write once the server's answer is in the cache", async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    openTab();
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Buy milk' }));
    await userEvent.clear(screen.getByLabelText('Task title'));
    await userEvent.type(screen.getByLabelText('Task title'), 'Buy oat milk{Enter}');
    await waitFor(() => expect(api.tasks[0]?.title).toBe('Buy oat milk'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Buy oat milk' })).toBeDefined());
    await new Promise((r) => setTimeout(r, 200));
    const before = listGets(api);
    await emitToAll(52, { type: 'updated', task: { ...(api.tasks[0] as Task) } });
    await new Promise((r) => setTimeout(r, 400));
    expect(listGets(api)).toBe(before);
  });

  it('refreshes for a task created elsewhere, and for a delete this tab did not make', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    openTab();
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    const created = task(7, 'From the phone');
    api.tasks.unshift(created);
    await emitToAll(53, { type: 'created', task: created });
    await screen.findByRole('button', { name: 'Rename From the phone' });
    api.tasks = api.tasks.filter((t) => t.id !== 7);
    await emitToAll(54, { type: 'deleted', task: created });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Rename From the phone' })).toBeNull());
  });

  it('reads the lists and settings again on `lists` (a list made, renamed or shared elsewhere)', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    openTab();
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    const gets = (path: RegExp) => api.calls.filter((c) => c.method === 'GET' && path.test(c.path)).length;
    const lists = gets(/^\/api\/me\/lists(\?|$)/);
    const settings = gets(/^\/api\/me\/settings$/);
    for (const source of FakeEventSource.all) source.signal('lists');
    await waitFor(() => expect(gets(/^\/api\/me\/lists(\?|$)/)).toBeGreaterThan(lists));
    await waitFor(() => expect(gets(/^\/api\/me\/settings$/)).toBeGreaterThan(settings));
  });

  it('keeps keyboard focus on the same place when a refresh removes the focused row', async () => {
    window.history.replaceState(null, '', '/?status=pending');
    const api = fakeApi([task(3, 'Call mum'), task(2, 'Write report'), task(1, 'Buy milk')]);
    openTab();
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    // j j: the keyboard is on the second row.
    await userEvent.keyboard('jj');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Complete: Write report' }));

    // A task elsewhere in the list changes: focus stays exactly where it is.
    const mum = api.tasks[0] as Task;
    Object.assign(mum, { title: 'Call mum back', updated_at: new Date().toISOString() });
    await emitToAll(60, { type: 'updated', task: { ...mum } });
    await screen.findByRole('button', { name: 'Rename Call mum back' });
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Complete: Write report' }));

    // The focused task is completed on another device and leaves the pending list: focus moves to
    // the task now in its place, so j/k carry on from there.
    const report = api.tasks[1] as Task;
    Object.assign(report, { completed: true, updated_at: new Date(Date.now() + 1000).toISOString() });
    await emitToAll(61, { type: 'completed', task: { ...report } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Rename Write report' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Complete: Buy milk' }));
    await userEvent.keyboard('k');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Complete: Call mum back' }));
  });

  it('leaves focus alone when the person had moved it out of the list', async () => {
    window.history.replaceState(null, '', '/?status=pending');
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk')]);
    openTab();
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await userEvent.keyboard('j');
    await userEvent.click(screen.getByLabelText('Search tasks'));
    const report = api.tasks[0] as Task;
    Object.assign(report, { completed: true, updated_at: new Date().toISOString() });
    await emitToAll(62, { type: 'completed', task: { ...report } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Rename Write report' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByLabelText('Search tasks'));
  });
});
