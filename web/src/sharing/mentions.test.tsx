import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meKey } from '../auth/session';
import { ToastProvider } from '../ui/toast';
import type { Comment, Member } from './api';
import { membersMatching, mentionAt, withMention } from './mentionQuery';
import { TaskDiscussion } from './TaskDiscussion';

afterEach(() => vi.unstubAllGlobals());

const AT = '2026-01-05T10:00:00.000Z';
const member = (user_id: string, name: string, role: Member['role']): Member => ({
  user_id,
  name,
  email: `${name.split(' ')[0]?.toLowerCase()}@example.com`,
  role,
  joined_at: AT,
});
const PEOPLE = [
  member('u1', 'Lena Owner', 'owner'),
  member('u2', 'Sam Editor', 'editor'),
  member('u3', 'Ana Lima', 'viewer'),
  member('u4', 'Anders Berg', 'editor'),
];

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The comment and member routes of task 1 in list 5, for the signed-in Lena (u1). */
function server(people: Member[] = PEOPLE) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const comments: Comment[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const path = new URL(request.url).pathname;
    const text = request.method === 'GET' ? '' : await request.text();
    calls.push({ method: request.method, path, body: text ? JSON.parse(text) : undefined });
    if (path === '/api/me/lists/5/members') return json(200, { members: people, invitations: [] });
    if (path === '/api/me/tasks/1/comments' && request.method === 'POST') {
      const comment: Comment = {
        id: 9,
        task_id: 1,
        body: JSON.parse(text).body,
        author: { id: 'u1', name: 'Lena Owner' },
        created_at: AT,
        updated_at: AT,
      };
      comments.push(comment);
      return json(201, comment);
    }
    if (path === '/api/me/tasks/1/comments') return json(200, { comments });
    if (path === '/api/me/tasks/1/activity') return json(200, { activity: [], next_before: null });
    return json(404, { status: 404, detail: 'Not found', error_code: 'NOT_FOUND' });
  });
  return calls;
}

/** The discussion, inside an element whose own key handler (a dialog's Escape) sees what reaches it. */
function renderDiscussion(listId: number | null, outerKeyDown: (key: string) => void = () => {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(meKey, { id: 'u1', name: 'Lena Owner', email: 'lena@example.com', created_at: AT });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: stands for the editor's dialog */}
        <div onKeyDown={(e) => outerKeyDown(e.key)}>
          <TaskDiscussion taskId={1} listId={listId} canComment timeZone="UTC" />
        </div>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return screen.getByRole('textbox', { name: 'Add a comment' }) as HTMLTextAreaElement;
}

const statusOf = (box: HTMLElement) => within(box.closest('form')!).getByRole('status').textContent;
const names = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('@ in a comment', () => {
  it('offers the other people of the list, filtered as the name is typed, and inserts the one chosen with Enter', async () => {
    const calls = server();
    const box = renderDiscussion(5);
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
    await userEvent.type(box, 'Ask @');
    const listbox = await screen.findByRole('listbox', { name: 'People to mention' });
    expect(box.getAttribute('aria-controls')).toBe(listbox.id);
    // Everyone but the writer, the first highlighted and pointed at by the text box.
    expect(names()).toEqual([
      'Sam Editorsam@example.com',
      'Ana Limaana@example.com',
      'Anders Berganders@example.com',
    ]);
    const first = screen.getAllByRole('option')[0]!;
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(first.id);

    await userEvent.type(box, 'an');
    expect(names()).toEqual(['Ana Limaana@example.com', 'Anders Berganders@example.com']);
    await userEvent.keyboard('{ArrowDown}');
    const anders = screen.getByRole('option', { name: /Anders Berg/ });
    expect(anders.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(anders.id);
    // Down again wraps round to the first, Up back to the last.
    await userEvent.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { name: /Ana Lima/ }).id,
    );
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{Enter}');
    expect(box.value).toBe('Ask @Anders Berg ');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);

    await userEvent.type(box, 'about it');
    // A mention made, then prose: no one offered, nothing said.
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(statusOf(box)).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Comment' }));
    await waitFor(() =>
      expect(calls).toContainEqual({
        method: 'POST',
        path: '/api/me/tasks/1/comments',
        body: { body: 'Ask @Anders Berg about it' },
      }),
    );
  });

  it('chooses with Tab or a click, and Escape closes the list without closing anything around it', async () => {
    server();
    const outer = vi.fn();
    const box = renderDiscussion(5, outer);
    await userEvent.type(box, '@sa');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{Tab}');
    expect(box.value).toBe('@Sam Editor ');
    expect(document.activeElement).toBe(box);

    await userEvent.type(box, 'and @');
    await userEvent.click(await screen.findByRole('option', { name: /Ana Lima/ }));
    expect(box.value).toBe('@Sam Editor and @Ana Lima ');
    expect(document.activeElement).toBe(box);

    await userEvent.type(box, '@');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(outer).not.toHaveBeenCalledWith('Escape');
    // Typing on after Escape keeps this `@` closed; Enter is a new line again.
    await userEvent.type(box, 'an{Enter}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.value).toBe('@Sam Editor and @Ana Lima @an\n');
  });

  it('says so when no one matches; an address is no mention', async () => {
    server([member('u1', 'Lena Owner', 'owner'), member('u2', 'Sam Editor', 'editor')]);
    const box = renderDiscussion(5);
    await userEvent.type(box, 'mail sam@');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(statusOf(box)).toBe('');
    await userEvent.type(box, ' @zz');
    await waitFor(() => expect(statusOf(box)).toBe('No one in this list matches “zz”.'));
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('offers no one for a task of your own Inbox, and asks for no one', async () => {
    const calls = server();
    const box = renderDiscussion(null);
    await userEvent.type(box, '@');
    expect(statusOf(box)).toBe('Only you can see this task: there is no one to mention.');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(calls.some((c) => c.path.includes('/members'))).toBe(false);
  });

  it('tells a list with no one else in it', async () => {
    server([member('u1', 'Lena Owner', 'owner')]);
    const box = renderDiscussion(5);
    await userEvent.type(box, '@');
    await waitFor(() => expect(statusOf(box)).toBe('No one else is in this list to mention.'));
  });
});

describe('finding the mention being typed', () => {
  it('reads the @ before the caret, never inside an address or across a line', () => {
    expect(mentionAt('hi @an', 6)).toEqual({ start: 3, query: 'an' });
    expect(mentionAt('@Ana Li', 7)).toEqual({ start: 0, query: 'Ana Li' });
    expect(mentionAt('ana@example', 11)).toBeNull();
    expect(mentionAt('@an\nx', 5)).toBeNull();
    expect(mentionAt('@ an', 4)).toBeNull();
    expect(mentionAt('no at', 5)).toBeNull();
    expect(membersMatching(PEOPLE, 'Ana Lima ')).toEqual([]);
  });

  it('matches a word of the name or the start of the email, and inserts @Name', () => {
    expect(membersMatching(PEOPLE, 'LI').map((m) => m.name)).toEqual(['Ana Lima']);
    expect(membersMatching(PEOPLE, 'sam@').map((m) => m.name)).toEqual(['Sam Editor']);
    expect(withMention('x @an y', { start: 2, query: 'an' }, 5, 'Ana Lima')).toEqual({
      text: 'x @Ana Lima y',
      caret: 12,
    });
  });
});
