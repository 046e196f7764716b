import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../api/client';
import { renderWithApp } from '../test/render';
import { AdminScreen, describeAction, REFUSAL } from './AdminScreen';

afterEach(() => vi.unstubAllGlobals());

type User = Schemas['AdminUser'];
type Action = Schemas['AdminAction'];

function user(id: string, email: string, extra: Partial<User> = {}): User {
  return {
    id,
    email,
    name: email.split('@')[0] ?? email,
    created_at: '2026-01-02T10:00:00.000Z',
    last_active_at: null,
    tasks: 3,
    lists: 1,
    email_verified: true,
    is_admin: false,
    disabled: false,
    disabled_at: null,
    ...extra,
  };
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

const problem = (status: number, detail: string) =>
  json(status, { status, detail, error_code: status === 409 ? 'CONFLICT' : 'AUTH_FORBIDDEN' });

/** A stand-in for the admin routes: accounts in memory, a log, and answers to force. */
function fakeAdmin(users: User[], actions: Action[] = []) {
  const state = {
    users: [...users],
    actions: [...actions],
    calls: [] as { method: string; path: string; body: unknown }[],
    /** The next POST or DELETE under /api/admin/users answers this instead. */
    refuse: null as { status: number; detail: string } | null,
    backups: [] as { name: string; bytes: number; created_at: string }[],
    signup: {
      mode: 'open' as string,
      set_by_administrator: false,
      environment_mode: 'open',
      invitations: [] as Record<string, unknown>[],
    },
    model: {
      source: 'environment',
      base_url: 'http://ollama:11434/v1',
      model: 'qwen3:4b',
      mode: 'auto',
      has_key: false,
      environment_model: 'qwen3:4b',
    } as Record<string, unknown>,
  };
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const body = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, path: url.pathname + url.search, body });
    if (url.pathname === '/api/me/settings') return json(200, { time_zone: 'UTC' });
    if (url.pathname === '/api/admin/users' && request.method === 'GET') {
      const prefix = (url.searchParams.get('email') ?? '').toLowerCase();
      return json(200, {
        users: state.users.filter((u) => u.email.toLowerCase().startsWith(prefix)),
        next_cursor: null,
      });
    }
    if (url.pathname === '/api/admin/actions') {
      const page = url.searchParams.get('cursor') === 'page2' ? 1 : 0;
      return json(200, {
        actions: state.actions.slice(page * 2, page * 2 + 2),
        next_cursor: page === 0 && state.actions.length > 2 ? 'page2' : null,
      });
    }
    if (url.pathname === '/api/admin/model') {
      if (request.method === 'PUT')
        state.model = {
          ...state.model,
          source: 'administrator',
          base_url: body.base_url,
          model: body.model,
          mode: body.mode,
          has_key: body.api_key !== undefined ? body.api_key !== null : state.model.has_key,
        };
      if (request.method === 'DELETE')
        state.model = { ...state.model, source: 'environment', model: 'qwen3:4b', has_key: false };
      return json(200, state.model);
    }
    if (url.pathname === '/api/admin/signup' && request.method === 'GET') return json(200, state.signup);
    if (url.pathname === '/api/admin/signup' && request.method === 'PUT') {
      state.signup = {
        ...state.signup,
        mode: body.mode ?? state.signup.environment_mode,
        set_by_administrator: body.mode !== null,
      };
      return json(200, state.signup);
    }
    if (url.pathname === '/api/admin/invitations' && request.method === 'POST') {
      const id = state.signup.invitations.length + 1;
      state.signup.invitations.unshift({
        id,
        note: body.note ?? null,
        created_at: '2026-11-26T10:00:00.000Z',
        expires_at: '2026-12-03T10:00:00.000Z',
        used_at: null,
        used_by_email: null,
        status: 'pending',
      });
      return json(201, {
        id,
        link: `http://localhost/?signup=${id}#${'s'.repeat(43)}`,
        note: body.note ?? null,
        expires_at: '2026-12-03T10:00:00.000Z',
      });
    }
    const invitation = /^\/api\/admin\/invitations\/(\d+)$/.exec(url.pathname);
    if (invitation && request.method === 'DELETE') {
      state.signup.invitations = state.signup.invitations.filter((i) => i.id !== Number(invitation[1]));
      return new Response(null, { status: 204 });
    }
    if (url.pathname === '/api/admin/backups' && request.method === 'GET') {
      return json(200, { backups: state.backups, every_minutes: 1440, keep: 7 });
    }
    if (url.pathname === '/api/admin/backups' && request.method === 'POST') {
      const made = {
        name: 'doable-2026-11-26T10-00-00-000Z.jsonl.gz',
        bytes: 3_460_000,
        created_at: '2026-11-26T10:00:00.000Z',
      };
      state.backups.unshift(made);
      return json(201, made);
    }
    const one = /^\/api\/admin\/users\/([^/]+)(?:\/(.+))?$/.exec(url.pathname);
    if (one) {
      if (state.refuse) {
        const { status, detail } = state.refuse;
        state.refuse = null;
        return problem(status, detail);
      }
      const target = state.users.find((u) => u.id === one[1]);
      if (!target) return problem(404, 'No such account');
      if (request.method === 'DELETE') {
        state.users = state.users.filter((u) => u !== target);
        return json(200, { shared_lists: [] });
      }
      if (one[2] === 'disable')
        Object.assign(target, { disabled: true, disabled_at: new Date().toISOString() });
      if (one[2] === 'enable') Object.assign(target, { disabled: false, disabled_at: null });
      if (one[2] === 'admin') target.is_admin = body.is_admin;
      if (one[2] === 'password-reset' || one[2] === 'verification')
        return new Response(null, { status: 204 });
      return json(200, target);
    }
    return problem(404, `No route for ${request.method} ${url.pathname}`);
  });
  return state;
}

const ann = () => user('u-ann', 'ann@example.com', { is_admin: true, name: 'Ann Admin' });
const bob = () =>
  user('u-bob', 'bob@example.com', { name: 'Bob', last_active_at: '2026-02-03T09:30:00.000Z' });
const carol = () => user('u-carol', 'carol@example.com', { email_verified: false, tasks: 0, lists: 0 });

const accounts = () => screen.findByRole('table', { name: 'Accounts' });
const rowOf = (email: string) =>
  screen.getByRole('rowheader', { name: new RegExp(`^${email}`) }).closest('tr') as HTMLElement;

describe('admin: the accounts', () => {
  it('lists every account with its columns, and searches by email prefix', async () => {
    const api = fakeAdmin([ann(), bob(), carol()]);
    renderWithApp(<AdminScreen isAdmin myId="u-ann" />);
    await accounts();
    expect(screen.getByRole('heading', { level: 1, name: 'Admin' })).toBeDefined();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Email',
      'Name',
      'Created',
      'Last active',
      'Tasks',
      'Lists',
      'Verified',
      'Administrator',
      'Disabled',
      'Actions',
    ]);
    const bobRow = within(rowOf('bob@example.com'));
    expect(bobRow.getByText('Bob')).toBeDefined();
    expect(bobRow.getByText(/Feb/)).toBeDefined();
    expect(within(rowOf('carol@example.com')).getByText('Never')).toBeDefined();
    // Verification only for an address not verified yet.
    expect(screen.getByRole('button', { name: 'Send verification carol@example.com' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Send verification bob@example.com' })).toBeNull();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by email' }), 'bo');
    await waitFor(() =>
      expect(
        api.calls.some((c) => c.path.startsWith('/api/admin/users?') && c.path.includes('email=bo')),
      ).toBe(true),
    );
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^ann@example.com/ })).toBeNull());
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['bob@example.com']);
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search by email' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by email' }), 'nobody{Enter}');
    await screen.findByText('No account’s email starts with “nobody”.');
  });

  it('disables an account after a confirmation, shows it disabled, and enables it again', async () => {
    const api = fakeAdmin([ann(), bob()]);
    renderWithApp(<AdminScreen isAdmin myId="u-ann" />);
    await accounts();
    // One's own row has no Disable or Delete, and says why.
    expect(screen.queryByRole('button', { name: 'Disable ann@example.com' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete ann@example.com' })).toBeNull();
    expect(
      within(rowOf('ann@example.com')).getByText(/you cannot disable or delete your own account/),
    ).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Disable bob@example.com' }));
    const dialog = screen.getByRole('dialog', { name: 'Disable bob@example.com?' });
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disable bob@example.com' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.calls.find((c) => c.method === 'POST')?.path).toBe('/api/admin/users/u-bob/disable');
    await screen.findByRole('button', { name: 'Enable bob@example.com' });
    expect(within(rowOf('bob@example.com')).getAllByText('Yes').length).toBe(2); // verified, disabled
    expect(screen.getByText('Disabled bob@example.com')).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Enable bob@example.com' }));
    await screen.findByRole('button', { name: 'Disable bob@example.com' });
    expect(api.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      '/api/admin/users/u-bob/disable',
      '/api/admin/users/u-bob/enable',
    ]);
  });

  it("shows the server's problem detail: a 409 in a dialog, and one for an email it cannot send", async () => {
    const api = fakeAdmin([ann(), bob()]);
    renderWithApp(<AdminScreen isAdmin myId="u-ann" />);
    await accounts();
    api.refuse = { status: 409, detail: 'This is the last administrator: make another one first' };
    await userEvent.click(screen.getByRole('button', { name: 'Remove administrator ann@example.com' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove ann@example.com as administrator?' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Remove administrator ann@example.com' }),
    );
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'This is the last administrator: make another one first',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    api.refuse = { status: 409, detail: 'This server sends no email (SMTP_URL is not set)' };
    await userEvent.click(screen.getByRole('button', { name: 'Send password reset bob@example.com' }));
    expect((await within(rowOf('bob@example.com')).findByRole('alert')).textContent).toBe(
      'This server sends no email (SMTP_URL is not set)',
    );
  });

  it('deletes an account, asking what becomes of its shared lists', async () => {
    const api = fakeAdmin([ann(), bob()]);
    renderWithApp(<AdminScreen isAdmin myId="u-ann" />);
    await accounts();
    await userEvent.click(screen.getByRole('button', { name: 'Delete bob@example.com' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete bob@example.com?' });
    expect(dialog.textContent).toContain('The account and all its data go');
    expect(within(dialog).getByRole('radio', { name: /longest-standing editor/ })).toHaveProperty(
      'checked',
      true,
    );
    await userEvent.click(within(dialog).getByRole('radio', { name: /Delete them/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete bob@example.com' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^bob@example.com/ })).toBeNull());
    expect(api.calls.find((c) => c.method === 'DELETE')?.path).toBe(
      '/api/admin/users/u-bob?shared_lists=delete',
    );
  });
});

describe('admin: the log', () => {
  const entry = (id: number, action: Action['action'], extra: Partial<Action> = {}): Action => ({
    id,
    action,
    actor_id: 'u-ann',
    actor_email: 'ann@example.com',
    target_id: 'u-bob',
    target_email: 'bob@example.com',
    at: new Date(Date.UTC(2026, 2, 10 - id, 12)).toISOString(),
    detail: {},
    ...extra,
  });

  it('renders the actions newest first, in words, with Show more', async () => {
    fakeAdmin(
      [ann()],
      [
        entry(1, 'enable'),
        entry(2, 'disable'),
        entry(3, 'delete', {
          actor_id: 'cli',
          actor_email: null,
          target_email: 'dan@example.com',
          detail: { shared_lists: 'transfer', lists: [{ list_id: 4, outcome: 'transferred', to: 'u-eve' }] },
        }),
      ],
    );
    renderWithApp(<AdminScreen isAdmin myId="u-ann" />);
    const log = await screen.findByRole('list', { name: 'Log' });
    await within(log).findByText('ann@example.com enabled bob@example.com');
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['ann@example.com enabled bob@example.com', 'ann@example.com disabled bob@example.com']);
    await userEvent.click(screen.getByRole('button', { name: 'Show more of the log' }));
    await within(log).findByText('The command line deleted dan@example.com (shared list: 1 handed on)');
    expect(screen.queryByRole('button', { name: 'Show more of the log' })).toBeNull();
  });

  it('says every action in words', () => {
    expect(describeAction(entry(1, 'make-admin'))).toBe(
      'ann@example.com made bob@example.com an administrator',
    );
    expect(describeAction(entry(1, 'unmake-admin'))).toBe(
      'ann@example.com removed bob@example.com as administrator',
    );
    expect(describeAction(entry(1, 'password-reset'))).toBe(
      'ann@example.com sent a password reset link to bob@example.com',
    );
    expect(describeAction(entry(1, 'verification', { target_email: null }))).toBe(
      'ann@example.com sent a verification link to u-bob',
    );
    expect(describeAction(entry(1, 'server-model', { detail: { model: 'qwen3:4b' } }))).toBe(
      "ann@example.com set the assistant's model to qwen3:4b",
    );
  });
});

describe('admin: not an administrator', () => {
  it('sees the refusal, and nothing is asked of the admin routes', async () => {
    const api = fakeAdmin([ann()]);
    renderWithApp(<AdminScreen isAdmin={false} myId="u-bob" />);
    expect(screen.getByRole('alert').textContent).toBe(REFUSAL);
    expect(REFUSAL).toContain("Only the server's administrators can see this page");
    expect(screen.queryByRole('table')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(api.calls.filter((c) => c.path.startsWith('/api/admin'))).toEqual([]);
  });
});

describe('admin: the backups', () => {
  it('shows the schedule and the backups, and writes one on demand without offering a download', async () => {
    const api = fakeAdmin([ann()]);
    renderWithApp(<AdminScreen isAdmin myId="u-ann" />);
    const section = within(await screen.findByRole('region', { name: 'Backups' }));
    await section.findByText(/A backup is written every day\. The newest 7 are kept/);
    expect(section.getByText('No backup yet.')).toBeDefined();
    await userEvent.click(section.getByRole('button', { name: 'Back up now' }));
    await screen.findByText('Backup written: doable-2026-11-26T10-00-00-000Z.jsonl.gz (3.3 MB)');
    const list = await section.findByRole('list', { name: 'Backups' });
    expect(within(list).getByText('doable-2026-11-26T10-00-00-000Z.jsonl.gz')).toBeDefined();
    expect(within(list).getByText(/3\.3 MB/)).toBeDefined();
    expect(section.queryByRole('link')).toBeNull();
    expect(api.calls.filter((c) => c.path === '/api/admin/backups').map((c) => c.method)).toEqual([
      'GET',
      'POST',
      'GET',
    ]);
  });

  it('says the log entry of a backup in words', () => {
    const entry = {
      id: 9,
      at: '2026-11-26T10:00:00.000Z',
      actor_id: 'u-ann',
      actor_email: 'ann@example.com',
      action: 'backup',
      target_id: 'doable-2026-11-26T10-00-00-000Z.jsonl.gz',
      target_email: null,
      detail: {},
    } as const;
    expect(describeAction({ ...entry, detail: {} })).toBe(
      'ann@example.com wrote the backup doable-2026-11-26T10-00-00-000Z.jsonl.gz',
    );
  });
});

describe('admin: sign-up', () => {
  it('sets the mode (overriding SIGNUP, then back), makes an invitation link shown once, and revokes it', async () => {
    const api = fakeAdmin([ann()]);
    renderWithApp(<AdminScreen isAdmin myId="u-ann" />);
    const section = within(await screen.findByRole('region', { name: 'Sign-up' }));
    const open = await section.findByRole('radio', { name: /^Open/ });
    expect((open as HTMLInputElement).checked).toBe(true);
    expect(section.getByText('Set by SIGNUP (open); a choice here overrides it.')).toBeDefined();
    await userEvent.click(section.getByRole('radio', { name: /^By invitation/ }));
    await section.findByText(/Set here; SIGNUP says open\./);
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ mode: 'invite' });

    await userEvent.type(section.getByRole('textbox', { name: /Invitation link for/ }), 'Dana');
    await userEvent.click(section.getByRole('button', { name: 'Make an invitation link' }));
    const link = await section.findByRole('textbox', { name: 'Invitation link' });
    expect((link as HTMLInputElement).value).toMatch(/\?signup=1#s{43}$/);
    await section.findByText(/Send this link to Dana/);
    const list = await section.findByRole('list', { name: 'Invitation links' });
    expect(within(list).getByText('Dana')).toBeDefined();
    await userEvent.click(within(list).getByRole('button', { name: 'Revoke Dana' }));
    await waitFor(() => expect(section.queryByRole('list', { name: 'Invitation links' })).toBeNull());
    expect(api.calls.some((c) => c.method === 'DELETE' && c.path === '/api/admin/invitations/1')).toBe(true);

    await userEvent.click(section.getByRole('button', { name: 'Use SIGNUP' }));
    await section.findByText('Set by SIGNUP (open); a choice here overrides it.');
  });
});

describe('admin: the assistant model', () => {
  it('shows the environment’s model, sets one here with its key (never shown again), and clears it', async () => {
    const api = fakeAdmin([ann()]);
    renderWithApp(<AdminScreen isAdmin myId="u-ann" />);
    const section = within(await screen.findByRole('region', { name: 'Assistant model' }));
    await section.findByText(/set by the environment/);
    await userEvent.type(section.getByLabelText('Endpoint'), 'https://api.openai.com/v1');
    await userEvent.type(section.getByLabelText('Model'), 'gpt-4o-mini');
    await userEvent.selectOptions(section.getByLabelText('Mode'), 'agent');
    await userEvent.type(section.getByLabelText('Key'), 'sk-house');
    await userEvent.click(section.getByRole('button', { name: 'Save' }));
    await section.findByText(/set here, with a key/);
    expect(api.calls.find((c) => c.method === 'PUT' && c.path === '/api/admin/model')?.body).toEqual({
      base_url: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      mode: 'agent',
      api_key: 'sk-house',
    });
    await waitFor(() => expect((section.getByLabelText('Key') as HTMLInputElement).value).toBe(''));
    await userEvent.click(section.getByRole('button', { name: 'Use the environment’s' }));
    await section.findByText(/set by the environment/);
  });
});
