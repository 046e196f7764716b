import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptSignupLink, takeInvitationLink } from '../app/invitationLink';
import { renderWithApp } from '../test/render';
import { ForgotPassword, ResetPassword, SignIn, SignUp } from './AuthScreens';

// Better Auth's client keeps the fetch it was made with: sign-up and sign-in are watched here instead.
const auth = vi.hoisted(() => ({ signUp: vi.fn(), signIn: vi.fn() }));
vi.mock('./authClient', async (original) => ({
  ...(await original<typeof import('./authClient')>()),
  authClient: { signUp: { email: auth.signUp }, signIn: { email: auth.signIn } },
}));

afterEach(() => vi.unstubAllGlobals());

/** Answers Better Auth's email endpoints with `status`, recording what was posted. */
function fakeAuth(status: number) {
  const posted: { path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    posted.push({ path: input, body: JSON.parse(String(init?.body)) });
    return new Response('{}', { status, headers: { 'content-type': 'application/json' } });
  });
  return posted;
}

describe('forgot password', () => {
  it('asks for the link and says it is on its way', async () => {
    const posted = fakeAuth(200);
    renderWithApp(<ForgotPassword />);
    await userEvent.type(screen.getByLabelText('Email'), 'ann@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    await screen.findByText(/If ann@example.com has a Doable account, a link/);
    expect(posted).toEqual([
      { path: '/api/auth/request-password-reset', body: { email: 'ann@example.com' } },
    ]);
  });

  it('says when the server sends no email, and who can reset the password', async () => {
    fakeAuth(404);
    renderWithApp(<ForgotPassword />);
    await userEvent.type(screen.getByLabelText('Email'), 'ann@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    await screen.findByText(/does not send email.*npm run user:reset-password/);
  });
});

describe('reset password', () => {
  it('sets the new password with the token from the link', async () => {
    const posted = fakeAuth(200);
    renderWithApp(<ResetPassword token="tok123" />);
    await userEvent.type(screen.getByLabelText('New password'), 'a new password');
    await userEvent.type(screen.getByLabelText('New password, again'), 'a new password');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    await screen.findByText(/Your password is changed/);
    expect(posted[0]).toEqual({
      path: '/api/auth/reset-password',
      body: { newPassword: 'a new password', token: 'tok123' },
    });
  });

  it('says an expired link is expired and offers a new one', async () => {
    fakeAuth(400);
    renderWithApp(<ResetPassword token="old" />);
    await userEvent.type(screen.getByLabelText('New password'), 'a new password');
    await userEvent.type(screen.getByLabelText('New password, again'), 'a new password');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Ask for a new one' })).toBeDefined());
  });
});

/** Answers GET /api/auth/options with this sign-up mode. */
function serverSignup(signup: 'open' | 'invite' | 'closed') {
  vi.stubGlobal('fetch', async (input: Request | string) => {
    const url = typeof input === 'string' ? input : input.url;
    if (new URL(url, 'http://localhost').pathname !== '/api/auth/options')
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
    return new Response(JSON.stringify({ signup }), { headers: { 'content-type': 'application/json' } });
  });
}

describe('what sign-in and sign-up offer (SIGNUP)', () => {
  it('open: sign-in links to the sign-up form', async () => {
    serverSignup('open');
    renderWithApp(<SignIn />);
    expect(await screen.findByRole('link', { name: 'Create an account' })).toBeDefined();
  });

  it('closed: no way to sign up, and a sentence saying who makes accounts', async () => {
    serverSignup('closed');
    renderWithApp(<SignIn />);
    await screen.findByText(/Accounts on this server are made by its administrator/);
    expect(screen.queryByRole('link', { name: 'Create an account' })).toBeNull();
  });

  it('closed: the sign-up address shows no form, only the sentence and sign-in', async () => {
    serverSignup('closed');
    renderWithApp(<SignUp />);
    await screen.findByText(/Sign-up is closed on this server/);
    expect(screen.queryByRole('button', { name: 'Create account' })).toBeNull();
    expect(screen.queryByLabelText('Email')).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeDefined();
  });

  it('invite: the form, with a note that sign-up needs an invitation to the address', async () => {
    serverSignup('invite');
    renderWithApp(<SignUp />);
    await screen.findByText(/needs an invitation: use the email address a list was shared with/);
    expect(screen.getByRole('button', { name: 'Create account' })).toBeDefined();
    expect(screen.getByLabelText('Email')).toBeDefined();
  });
});

describe("an administrator's invitation link to sign up", () => {
  it('opens the sign-up form, sends its secret with the sign-up, and is forgotten after', async () => {
    const secret = 's'.repeat(43);
    window.history.replaceState(null, '', `/?signup=4#${secret}`);
    takeInvitationLink();
    // The secret leaves the address at once, which becomes the sign-up form's.
    expect(window.location.pathname).toBe('/signup');
    expect(window.location.search + window.location.hash).toBe('');
    serverSignup('invite');
    auth.signUp.mockResolvedValue({ data: null, error: { status: 500, message: 'stop here' } });
    renderWithApp(<SignUp />);
    await screen.findByText('You were invited to this server: this link makes one account.');
    await userEvent.type(screen.getByLabelText('Email'), 'dana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'a long password');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByText('stop here');
    expect(auth.signUp.mock.calls[0]?.[0]).toMatchObject({
      email: 'dana@example.com',
      invitation_token: secret,
    });
    // Kept until an account is made with it.
    expect(keptSignupLink()).toEqual({ id: 4, token: secret });
    auth.signUp.mockResolvedValue({ data: {}, error: null });
    auth.signIn.mockResolvedValue({ data: null, error: { status: 401, message: 'x' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(keptSignupLink()).toBeNull());
  });
});

describe('two-factor sign-in', () => {
  it('asks for a code after the password, and takes a backup code instead', async () => {
    auth.signIn.mockResolvedValue({
      data: { twoFactorRedirect: true, twoFactorMethods: ['totp'] },
      error: null,
    });
    const posted: { path: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input.url;
      const path = new URL(url, 'http://localhost').pathname;
      if (path.startsWith('/api/auth/two-factor/')) {
        const body = JSON.parse(String(init?.body)) as { code: string };
        posted.push({ path, body });
        const ok = body.code === 'abcde-12345';
        return new Response(
          JSON.stringify(
            ok ? { token: 't' } : { code: 'INVALID_BACKUP_CODE', message: 'Invalid backup code' },
          ),
          {
            status: ok ? 200 : 401,
            headers: { 'content-type': 'application/json' },
          },
        );
      }
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
    });
    renderWithApp(<SignIn />);
    await userEvent.type(screen.getByLabelText('Email'), 'ann@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'a good password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Two-factor sign-in' });
    expect(screen.getByLabelText('Code from your authenticator app')).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Use a backup code instead' }));
    await userEvent.type(screen.getByLabelText('Backup code'), 'wrong-code');
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await screen.findByText('Invalid backup code');
    await userEvent.clear(screen.getByLabelText('Backup code'));
    await userEvent.type(screen.getByLabelText('Backup code'), ' abcde-12345 ');
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toEqual({
      path: '/api/auth/two-factor/verify-backup-code',
      body: { code: 'abcde-12345' },
    });
    await waitFor(() => expect(window.location.pathname).toBe('/'));
  });
});
