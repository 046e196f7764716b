import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TasksScreen } from '../tasks/TasksScreen';
import { fakeApi, renderWithApp, task } from '../test/render';
import { ConnectionStatus } from './ConnectionStatus';

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

describe('offline', () => {
  it('says the app is offline, and quick add keeps the line with an error instead of losing it', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    renderWithApp(
      <>
        <ConnectionStatus />
        <TasksScreen />
      </>,
    );
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    expect(screen.queryByText(/You are offline\. Changes/)).toBeNull();
    goOffline(true);
    expect(
      screen.getByText(/You are offline\. Changes are not saved/).closest('[role="status"]'),
    ).not.toBeNull();
    await userEvent.type(box(), 'Call mom tomorrow 5pm{Enter}');
    expect(box().value).toBe('Call mom tomorrow 5pm');
    expect(within(toasts()).getByText(/not added/)).toBeDefined();
    expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/me/tasks/quick')).toBe(false);
    goOffline(false);
    expect(screen.queryByText(/You are offline\. Changes/)).toBeNull();
  });

  it('puts the line back and says so when a create cannot reach the server', async () => {
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
        <TasksScreen />
      </>,
    );
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await userEvent.type(box(), 'Call mom');
    down = true;
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(box().value).toBe('Call mom'));
    expect(within(toasts()).getByText(/Could not add the task: Cannot reach the server/)).toBeDefined();
    expect(screen.getByText(/Doable cannot reach its server/)).toBeDefined();
    expect(api.tasks).toHaveLength(1);
  });
});
