import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeInvitationLink } from '../app/invitationLink';
import { meKey } from '../auth/session';
import type { List } from '../lists/api';
import type { Activity, Comment, Invitation, Member, ReceivedInvitation } from '../sharing/api';
import { initials } from '../sharing/initials';
import { useInvitationLink } from '../sharing/inviteLink';
import { ShareDialog } from '../sharing/ShareDialog';
import { activityText } from '../sharing/TaskDiscussion';
import { TaskEditor } from '../tasks/TaskEditor';
import { TasksScreen } from '../tasks/TasksScreen';
import { type FakeApi, fakeApi, list, task } from '../test/render';
import { ToastProvider } from '../ui/toast';
import { SidebarPanel as Sidebar } from './SidebarPanel';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const AT = '2026-01-05T10:00:00.000Z';

function member(user_id: string, name: string, role: Member['role']): Member {
  return { user_id, name, email: `${name.toLowerCase()}@example.com`, role, joined_at: AT };
}

interface Sharing {
  lists: List[];
  members: Map<number, Member[]>;
  invitations: Invitation[];
  received: ReceivedInvitation[];
  comments: Comment[];
  activity: Activity[];
  /** Makes the next invitation fail with this answer. */
  inviteFails: { status: number; body: unknown } | null;
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** The sharing routes over the task routes of fakeApi, for the signed-in user u1. */
function sharingApi(api: FakeApi, state: Partial<Sharing> = {}): Sharing {
  const s: Sharing = {
    lists: [],
    members: new Map(),
    invitations: [],
    received: [],
    comments: [],
    activity: [],
    inviteFails: null,
    ...state,
  };
  // The lists the fake API answers are these, so an accepted invitation adds to them.
  api.lists = s.lists;
  const tasks = globalThis.fetch;
  let nextId = 500;
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const url = new URL(request.url);
    const path = url.pathname;
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.clone().text();
    const body = text ? JSON.parse(text) : undefined;
    const record = () => api.calls.push({ method: request.method, path: path + url.search, body });
    if (path === '/api/me/invitations') return json(200, { invitations: s.received });
    const answer = /^\/api\/me\/invitations\/(\d+)\/(accept|decline)$/.exec(path);
    if (answer) {
      record();
      const invitation = s.received.find((i) => i.id === Number(answer[1]));
      s.received = s.received.filter((i) => i !== invitation);
      if (answer[2] === 'decline') return new Response(null, { status: 204 });
      const joined = list(invitation?.list.id ?? 0, invitation?.list.name ?? '', {
        owner_id: 'u2',
        role: invitation?.role ?? 'editor',
        member_count: 1,
      });
      s.lists.push(joined);
      return json(200, joined);
    }
    const members = /^\/api\/me\/lists\/(\d+)\/members(?:\/([^/]+))?$/.exec(path);
    if (members) {
      const listId = Number(members[1]);
      const people = s.members.get(listId) ?? [];
      if (request.method === 'GET')
        return json(200, { members: people, invitations: s.invitations.filter((i) => i.list_id === listId) });
      record();
      if (request.method === 'POST') {
        if (s.inviteFails) return json(s.inviteFails.status, s.inviteFails.body);
        const invitation: Invitation = {
          id: nextId++,
          list_id: listId,
          email: body.email,
          role: body.role,
          status: 'pending',
          created_at: AT,
        };
        s.invitations.push(invitation);
        return json(202, {
          ...invitation,
          link: `http://localhost/?invitation=${invitation.id}#${'s'.repeat(43)}`,
        });
      }
      const who = people.find((p) => p.user_id === members[2]);
      if (request.method === 'PATCH' && who) {
        who.role = body.role;
        return json(200, who);
      }
      s.members.set(
        listId,
        people.filter((p) => p !== who),
      );
      return new Response(null, { status: 204 });
    }
    const withdraw = /^\/api\/me\/lists\/(\d+)\/invitations\/(\d+)$/.exec(path);
    if (withdraw) {
      record();
      s.invitations = s.invitations.filter((i) => i.id !== Number(withdraw[2]));
      return new Response(null, { status: 204 });
    }
    const comments = /^\/api\/me\/tasks\/(\d+)\/comments(?:\/(\d+))?$/.exec(path);
    if (comments) {
      const taskId = Number(comments[1]);
      if (request.method === 'GET')
        return json(200, { comments: s.comments.filter((c) => c.task_id === taskId) });
      record();
      if (request.method === 'POST') {
        const comment: Comment = {
          id: nextId++,
          task_id: taskId,
          body: body.body,
          author: { id: 'u1', name: 'Lena Owner' },
          created_at: AT,
          updated_at: AT,
        };
        s.comments.push(comment);
        return json(201, comment);
      }
      const found = s.comments.find((c) => c.id === Number(comments[2]));
      if (request.method === 'PATCH' && found) {
        Object.assign(found, { body: body.body, updated_at: '2026-01-06T10:00:00.000Z' });
        return json(200, found);
      }
      s.comments = s.comments.filter((c) => c !== found);
      return new Response(null, { status: 204 });
    }
    if (/^\/api\/me\/tasks\/\d+\/activity$/.test(path))
      return json(200, { activity: s.activity, next_before: null });
    return tasks(request);
  });
  return s;
}

/** The app's providers, signed in as u1 (Lena Owner). */
function renderSignedIn(ui: ReactNode) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  client.setQueryData(meKey, { id: 'u1', name: 'Lena Owner', email: 'lena@example.com', created_at: AT });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>{ui}</ToastProvider>
    </QueryClientProvider>,
  );
}

const people = () => [member('u1', 'Lena Owner', 'owner'), member('u2', 'Sam Editor', 'editor')];

describe('the Share dialog', () => {
  it('lets the owner invite by email with a role, change a role, remove someone and withdraw an invitation', async () => {
    const api = fakeApi();
    const groceries = list(5, 'Groceries', { member_count: 1 });
    const s = sharingApi(api, { lists: [groceries], members: new Map([[5, people()]]) });
    renderSignedIn(<ShareDialog list={groceries} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Share “Groceries”' });
    await within(dialog).findByText('Sam Editor');
    expect(within(dialog).getByText('Owner')).toBeDefined();

    await userEvent.type(within(dialog).getByLabelText('Invite by email'), 'ana@example.com');
    await userEvent.selectOptions(within(dialog).getByLabelText('Role'), 'viewer');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Invite' }));
    await within(dialog).findByText(/Invited ana@example.com as viewer\./);
    expect(within(dialog).getByLabelText('Invitation link')).toHaveProperty(
      'value',
      expect.stringMatching(/\?invitation=\d+#s{43}$/),
    );
    expect(api.calls).toContainEqual({
      method: 'POST',
      path: '/api/me/lists/5/members',
      body: { email: 'ana@example.com', role: 'viewer' },
    });
    expect(within(dialog).getByLabelText('Invite by email')).toHaveProperty('value', '');
    await within(dialog).findByText('Invited, waiting for an answer');

    await userEvent.selectOptions(within(dialog).getByLabelText('Role of Sam Editor'), 'viewer');
    await waitFor(() => expect(s.members.get(5)?.[1]?.role).toBe('viewer'));
    expect(api.calls).toContainEqual({
      method: 'PATCH',
      path: '/api/me/lists/5/members/u2',
      body: { role: 'viewer' },
    });

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Withdraw the invitation to ana@example.com' }),
    );
    await waitFor(() => expect(within(dialog).queryByText('ana@example.com')).toBeNull());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove Sam Editor' }));
    await waitFor(() => expect(within(dialog).queryByText('Sam Editor')).toBeNull());
    await screen.findByText('Removed Sam Editor from Groceries');
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual(
      expect.arrayContaining(['DELETE /api/me/lists/5/invitations/500', 'DELETE /api/me/lists/5/members/u2']),
    );
  });

  it('says what went wrong in words: the hourly limit, an address that is not one', async () => {
    const api = fakeApi();
    const groceries = list(5, 'Groceries');
    const s = sharingApi(api, { lists: [groceries], members: new Map([[5, people().slice(0, 1)]]) });
    s.inviteFails = {
      status: 429,
      body: {
        status: 429,
        error_code: 'RATE_LIMITED',
        detail: 'You sent 30 invitations in the last hour, the most allowed: try again later',
      },
    };
    renderSignedIn(<ShareDialog list={groceries} onClose={() => {}} />);
    const email = screen.getByLabelText('Invite by email');
    await userEvent.type(email, 'ana@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Invite' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You sent 30 invitations in the last hour, the most allowed: try again later.',
    );
    expect(email.getAttribute('aria-invalid')).toBe('true');

    s.inviteFails = {
      status: 422,
      body: {
        status: 422,
        error_code: 'VALIDATION_FAILED',
        detail: 'The request is not valid',
        errors: [{ path: 'email', message: 'Invalid email address' }],
      },
    };
    await userEvent.click(screen.getByRole('button', { name: 'Invite' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Enter a valid email address, such as ana@example.com.',
      ),
    );
  });

  it('shows a member who is in the list, without owner controls, and lets them leave', async () => {
    const api = fakeApi();
    const shared = list(7, 'Trip', { owner_id: 'u2', role: 'editor', member_count: 1 });
    sharingApi(api, {
      lists: [shared],
      members: new Map([[7, [member('u2', 'Sam Owner', 'owner'), member('u1', 'Lena Owner', 'editor')]]]),
    });
    const closed = vi.fn();
    renderSignedIn(<ShareDialog list={shared} onClose={closed} />);
    await screen.findByText('Sam Owner');
    expect(screen.getByText('(you)')).toBeDefined();
    expect(screen.queryByLabelText('Invite by email')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Leave list' }));
    await userEvent.click(screen.getByRole('button', { name: 'Leave “Trip”' }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(api.calls).toContainEqual({
      method: 'DELETE',
      path: '/api/me/lists/7/members/u1',
      body: undefined,
    });
  });
});

/** The signed-in app's use of a kept invitation link, alone. */
function Joiner() {
  useInvitationLink(true);
  return null;
}

describe('invitations and shared lists in the sidebar', () => {
  it('shows an invitation; accepting puts the list in the sidebar and opens it', async () => {
    const api = fakeApi();
    sharingApi(api, {
      lists: [list(1, 'Home')],
      received: [
        {
          id: 9,
          list: { id: 7, name: 'Trip' },
          role: 'editor',
          invited_by: { name: 'Sam', email: 'sam@example.com' },
          created_at: AT,
        },
      ],
    });
    renderSignedIn(<Sidebar scope={{ kind: 'all' }} open={false} onClose={() => {}} />);
    const invitations = await screen.findByRole('region', { name: /Invitations/ });
    expect(invitations.textContent).toContain('Sam invited you to Trip as editor.');
    await userEvent.click(within(invitations).getByRole('button', { name: 'Accept the invitation to Trip' }));
    const trip = await screen.findByRole('link', { name: /Trip/ });
    expect(trip.textContent).toContain('shared with you as editor');
    expect(window.location.pathname).toBe('/lists/7');
    await waitFor(() => expect(screen.queryByRole('region', { name: /Invitations/ })).toBeNull());
    expect(api.calls).toContainEqual({
      method: 'POST',
      path: '/api/me/invitations/9/accept',
      body: {},
    });
    expect(screen.getByRole('link', { name: 'Assigned to me' }).getAttribute('href')).toBe('/assigned');
  });

  it("opens an invitation's one-time link: takes it from the address, accepts it once signed in, opens the list", async () => {
    const api = fakeApi();
    sharingApi(api, {
      lists: [list(1, 'Home')],
      received: [
        {
          id: 9,
          list: { id: 7, name: 'Trip' },
          role: 'viewer',
          invited_by: { name: 'Sam', email: 'sam@example.com' },
          created_at: AT,
        },
      ],
    });
    const secret = 'x'.repeat(43);
    window.history.replaceState(null, '', `/?invitation=9#${secret}`);
    takeInvitationLink();
    // The secret leaves the address at once (it stays in this tab's storage until used).
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('');
    renderSignedIn(
      <>
        <Joiner />
        <Sidebar scope={{ kind: 'all' }} open={false} onClose={() => {}} />
      </>,
    );
    await waitFor(() => expect(window.location.pathname).toBe('/lists/7'));
    expect(api.calls.filter((c) => c.path === '/api/me/invitations/9/accept')).toEqual([
      { method: 'POST', path: '/api/me/invitations/9/accept', body: { token: secret } },
    ]);
    expect(sessionStorage.getItem('doable:invitation-link')).toBeNull();
  });

  it('offers Share for your lists and only People for a list shared with you', async () => {
    const api = fakeApi();
    sharingApi(api, {
      lists: [
        list(1, 'Home', { member_count: 2 }),
        list(7, 'Trip', { owner_id: 'u2', role: 'viewer', member_count: 1 }),
      ],
    });
    renderSignedIn(<Sidebar scope={{ kind: 'all' }} open={false} onClose={() => {}} />);
    expect((await screen.findByRole('link', { name: /Home/ })).textContent).toContain('shared with 2');
    await userEvent.click(screen.getByRole('button', { name: 'More for Trip' }));
    expect(screen.getByRole('button', { name: 'People…' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Rename' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete…' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'More for Home' }));
    await userEvent.click(screen.getByRole('button', { name: 'Share…' }));
    await screen.findByRole('dialog', { name: 'Share “Home”' });
  });
});

describe('a shared list on the task screen', () => {
  it('is read-only for a viewer: no add box, a hint, the checkbox disabled, no delete', async () => {
    window.history.replaceState(null, '', '/lists/7');
    const api = fakeApi([task(1, 'Book hotel', { list_id: 7, user_id: 'u2', assignee_id: 'u2' })]);
    sharingApi(api, {
      lists: [list(7, 'Trip', { owner_id: 'u2', role: 'viewer', member_count: 1 })],
      members: new Map([[7, [member('u2', 'Sam Owner', 'owner'), member('u1', 'Lena Owner', 'viewer')]]]),
    });
    renderSignedIn(<TasksScreen />);
    await screen.findByRole('heading', { name: 'Trip', level: 1 });
    const check = await screen.findByRole('checkbox', { name: 'Complete: Book hotel' });
    expect(check).toHaveProperty('disabled', true);
    expect(screen.queryByLabelText('New task')).toBeNull();
    expect(screen.getByRole('note').textContent).toMatch(/shared it with you as a viewer/);
    expect(screen.queryByRole('button', { name: 'Delete Book hotel' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Rename/ })).toBeNull();
    // The assignee's initials on the row.
    await screen.findByText('Assigned to Sam Owner');
    expect(screen.getByTitle('Assigned to Sam Owner').textContent).toContain('SO');
    expect(screen.getByRole('button', { name: 'People' })).toBeDefined();
  });

  it('asks for the tasks assigned to you at /assigned', async () => {
    window.history.replaceState(null, '', '/assigned');
    const api = fakeApi([task(1, 'Book hotel')]);
    sharingApi(api);
    renderSignedIn(<TasksScreen />);
    await screen.findByRole('heading', { name: 'Assigned to me', level: 1 });
    await waitFor(() => expect(api.calls.some((c) => c.path.includes('assigned=me'))).toBe(true));
  });
});

describe('the task editor in a shared list', () => {
  it('assigns to a member and shows, adds, edits and deletes comments and the history', async () => {
    const api = fakeApi([task(1, 'Book hotel', { list_id: 5 })]);
    const s = sharingApi(api, {
      lists: [list(5, 'Trip', { member_count: 1 })],
      members: new Map([[5, people()]]),
      comments: [
        {
          id: 1,
          task_id: 1,
          body: 'Near the station, please',
          author: { id: 'u2', name: 'Sam Editor' },
          created_at: AT,
          updated_at: AT,
        },
      ],
      activity: [
        {
          id: 3,
          task_id: 1,
          task_title: 'Book hotel',
          action: 'updated',
          changes: ['title', 'due'],
          actor: { id: 'u2', name: 'Sam Editor' },
          at: AT,
        },
      ],
    });
    renderSignedIn(<TaskEditor taskId={1} onClose={() => {}} />);
    await screen.findByText('Near the station, please');
    // Not the author: no edit or delete on Sam's comment.
    expect(screen.queryByRole('button', { name: 'Edit your comment' })).toBeNull();
    expect(screen.getByText('changed the title and the due date').closest('li')?.textContent).toMatch(
      /^Sam Editor changed the title and the due date/,
    );

    await userEvent.type(screen.getByLabelText('Add a comment'), 'Booked the one by the river');
    await userEvent.click(screen.getByRole('button', { name: 'Comment' }));
    await screen.findByText('Booked the one by the river');
    await userEvent.click(screen.getByRole('button', { name: 'Edit your comment' }));
    const edit = screen.getByLabelText('Edit your comment');
    await userEvent.clear(edit);
    await userEvent.type(edit, 'Booked the river one');
    await userEvent.click(screen.getByRole('button', { name: 'Save comment' }));
    await screen.findByText('Booked the river one');
    expect(screen.getByText('(edited)')).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Delete your comment' }));
    await waitFor(() => expect(screen.queryByText('Booked the river one')).toBeNull());
    expect(s.comments).toHaveLength(1);

    const assignee = await screen.findByLabelText('Assignee');
    await waitFor(() => expect(within(assignee).getAllByRole('option')).toHaveLength(3));
    await userEvent.selectOptions(assignee, 'u2');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.tasks[0]?.assignee_id).toBe('u2'));
    expect(api.calls.find((c) => c.method === 'PATCH' && c.path === '/api/me/tasks/1')?.body).toEqual({
      assignee_id: 'u2',
    });
  });

  it('only shows a task to a viewer: fields disabled, no comment box, Done instead of Save', async () => {
    const api = fakeApi([task(1, 'Book hotel', { list_id: 7, user_id: 'u2' })]);
    sharingApi(api, {
      lists: [list(7, 'Trip', { owner_id: 'u2', role: 'viewer', member_count: 1 })],
      members: new Map([[7, [member('u2', 'Sam Owner', 'owner'), member('u1', 'Lena Owner', 'viewer')]]]),
    });
    renderSignedIn(<TaskEditor taskId={1} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Task' });
    await within(dialog).findByText('No comments yet.');
    // A disabled fieldset around the fields disables them all (HTML's rule: asked of the fieldset,
    // as the test DOM does not carry the state down to the fields).
    expect(within(dialog).getByLabelText('Title').closest('fieldset:disabled')).not.toBeNull();
    expect(within(dialog).queryByLabelText('Add a comment')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Save' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Done' })).toBeDefined();
  });
});

describe('words', () => {
  it('makes initials and history lines', () => {
    expect(initials('Ana Lima')).toBe('AL');
    expect(initials('sam')).toBe('SA');
    expect(initials(' ')).toBe('?');
    const entry = (action: Activity['action'], changes: string[] = []): Activity => ({
      id: 1,
      task_id: 1,
      task_title: 't',
      action,
      changes,
      actor: { id: 'u', name: 'A' },
      at: AT,
    });
    expect(activityText(entry('created'))).toBe('created the task');
    expect(activityText(entry('updated', ['priority']))).toBe('changed the priority');
    expect(activityText(entry('updated', ['title', 'tags', 'assignee']))).toBe(
      'changed the title, the tags and the assignee',
    );
    expect(activityText(entry('moved', ['list']))).toBe('moved it to another list');
  });
});
