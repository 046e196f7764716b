import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionStatus } from '../app/ConnectionStatus';
import { PendingChanges } from '../offline/PendingChanges';
import { useOfflineSync } from '../offline/sync';
import { TasksScreen } from '../tasks/TasksScreen';
import { fakeApi, renderWithApp, task } from '../tasks/testing';

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'onLine');
});

function goOffline(offline: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

const toasts = () => screen.getByRole('complementary', { name: 'Notifications' });
const box = () => screen.getByLabelText('New task') as HTMLInputElement;

function Offline() {
  useOfflineSync('user-1');
  return <PendingChanges />;
}

describe('offline', () => {
  it('says the app is offline, queues a quick add as pending, and sends it once back online', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    renderWithApp(
      <>
        <ConnectionStatus />
        <Offline />
        <TasksScreen />
      </>,
    );
    // The first render of the file also loads its modules: a busy machine may take a while.
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    expect(screen.queryByText(/You are offline\. Changes/)).toBeNull();
    goOffline(true);
    expect(
      screen
        .getByText(/You are offline\. Changes to tasks are kept on this device/)
        .closest('[role="status"]'),
    ).not.toBeNull();
    await userEvent.type(box(), 'Call mom{Enter}');
    expect(box().value).toBe('');
    await screen.findByRole('button', { name: 'Rename Call mom' });
    expect(screen.getByText('Pending')).toBeDefined();
    expect(screen.getByText(/1 change waits to be sent/)).toBeDefined();
    expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/me/tasks/quick')).toBe(false);
    goOffline(false);
    expect(screen.queryByText(/You are offline\. Changes/)).toBeNull();
    await waitFor(() => expect(api.tasks).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText(/change waits/)).toBeNull());
    expect(api.calls.filter((c) => c.method === 'POST' && c.path === '/api/me/tasks/quick')).toHaveLength(1);
  });

  it('queues a create that cannot reach the server instead of losing it', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    const answer = globalThis.fetch;
    let down = false; // the browser thinks it is online, but nothing gets through
    vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
      if (down) throw new TypeError('Failed to fetch');
      return answer(input, init);
    });
    renderWithApp(
      <>
        <ConnectionStatus />
        <PendingChanges />
        <TasksScreen />
      </>,
    );
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await userEvent.type(box(), 'Call mom');
    down = true;
    await userEvent.keyboard('{Enter}');
    await screen.findByText(/1 change waits to be sent/);
    expect(box().value).toBe('');
    expect(screen.getByRole('button', { name: 'Rename Call mom' })).toBeDefined();
    expect(screen.getByText(/Doable cannot reach its server/)).toBeDefined();
    expect(within(toasts()).queryByText(/Could not add/)).toBeNull();
    expect(api.tasks).toHaveLength(1);
  });
});
