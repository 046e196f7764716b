import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LISTS_REFRESH_MS } from '../lists/api';
import { restoreQueries } from '../offline/persist';
import { TasksScreen } from '../tasks/TasksScreen';
import { renderWithApp as renderTaskScreen } from '../tasks/testing';
import { fakeApi, list, renderWithApp, testQueryClient } from '../test/render';
import { SidebarPanel as Sidebar } from './SidebarPanel';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

const sidebar = () => <Sidebar scope={{ kind: 'all' }} open={false} onClose={() => {}} />;
const listNames = () =>
  screen
    .getAllByRole('link')
    .filter((a) => a.getAttribute('href')?.startsWith('/lists/'))
    .map((a) => a.textContent);
/** Lists ask the server no more often than the app's queries do (main.tsx's staleTime). */
const appClient = () => testQueryClient({ staleTime: 10_000 });

describe('lists made or changed elsewhere (another device, the API, the CLI)', () => {
  it('on a reload, the copy kept in the browser shows first and gives way to the server’s as soon as it answers', async () => {
    const api = fakeApi();
    api.lists = [list(1, 'Home'), list(2, 'Errands')];
    // Kept a moment before the reload, when Errands did not exist yet.
    localStorage.setItem(
      'doable.cache.v1',
      JSON.stringify({
        queries: [{ key: ['tasks', 'lists'], data: { lists: [list(1, 'Home')] }, updatedAt: Date.now() }],
      }),
    );
    const client = appClient();
    restoreQueries(client);
    renderWithApp(sidebar(), client);
    expect(listNames()).toEqual(['Home']);
    await waitFor(() => expect(listNames()).toEqual(['Home', 'Errands']));
  });

  it('while the page is open, they show on the next refresh, when the page is shown again, and back online', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = fakeApi();
    api.lists = [list(1, 'Home')];
    renderWithApp(sidebar(), appClient());
    await screen.findByRole('link', { name: 'Home' });

    api.lists.push(list(2, 'Errands'));
    await act(() => vi.advanceTimersByTimeAsync(LISTS_REFRESH_MS));
    await waitFor(() => expect(listNames()).toEqual(['Home', 'Errands']));

    api.lists[0] = list(1, 'House');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    });
    await waitFor(() => expect(listNames()).toEqual(['House', 'Errands']));

    api.lists.pop();
    act(() => {
      window.dispatchEvent(new Event('offline'));
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(listNames()).toEqual(['House']));
  });
});

describe('a list the address names that is not there for you', () => {
  it('says it was not found, with no add box and a way back to the Inbox (the API answers 404)', async () => {
    window.history.replaceState(null, '', '/lists/42');
    const api = fakeApi();
    api.lists = [list(1, 'Home')];
    renderTaskScreen(<TasksScreen />);
    await screen.findByRole('heading', { level: 1, name: 'List not found' });
    expect(screen.getByText('This list does not exist, or it is not shared with you.')).toBeDefined();
    expect(screen.queryByLabelText('New task')).toBeNull();
    expect(screen.queryByRole('heading', { level: 1, name: 'List' })).toBeNull();
    expect(api.calls).toContainEqual({ method: 'GET', path: '/api/me/lists/42', body: undefined });
    await userEvent.click(screen.getByRole('link', { name: 'Go to the Inbox' }));
    expect(window.location.pathname).toBe('/inbox');
    await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    expect(screen.getByLabelText('New task')).toBeDefined();
  });

  it('shows a list made elsewhere that the lists do not hold yet, under its own name', async () => {
    window.history.replaceState(null, '', '/lists/2');
    const api = fakeApi();
    const client = appClient();
    // The lists as this page last read them, before Errands was made.
    client.setQueryData(['tasks', 'lists'], { lists: [list(1, 'Home')] });
    api.lists = [list(1, 'Home'), list(2, 'Errands')];
    renderTaskScreen(<TasksScreen />, client);
    await screen.findByRole('heading', { level: 1, name: 'Errands' });
    expect(screen.getByLabelText('New task')).toBeDefined();
  });
});
