// The sign-in screen's single sign-on: the button only when the server has a provider, the start
// posted to the server and the browser sent to the provider, and the reason shown when the server
// sends the browser back with `sso_error`.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { SignIn } from './AuthScreens';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

/** Answers GET /api/auth/options (with `sso`) and the start of single sign-on, recording posts. */
function fakeServer(sso: { name: string } | null) {
  const posted: unknown[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input.url;
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/auth/options') return Response.json({ signup: 'open', email: false, sso });
    if (path === '/api/auth/sign-in/social') {
      posted.push(JSON.parse(String(init?.body)));
      return Response.json({ url: 'https://idp.example/auth?state=s', redirect: false });
    }
    return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
  });
  return posted;
}

describe('single sign-on on the sign-in screen', () => {
  it('no provider: no button', async () => {
    fakeServer(null);
    renderWithApp(<SignIn />);
    expect(await screen.findByRole('link', { name: 'Create an account' })).toBeDefined();
    expect(screen.queryByRole('button', { name: /Sign in with/ })).toBeNull();
  });

  it('"Sign in with <name>" posts the start and sends the browser to the provider', async () => {
    const posted = fakeServer({ name: 'Keycloak' });
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, search: '' });
    renderWithApp(<SignIn />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in with Keycloak' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://idp.example/auth?state=s'));
    expect(posted).toEqual([{ provider: 'oidc', callbackURL: '/', disableRedirect: true }]);
  });

  it('back with sso_error: the reason, in words', async () => {
    fakeServer({ name: 'Keycloak' });
    window.history.replaceState(null, '', '/signin?sso_error=SIGNUP_CLOSED');
    renderWithApp(<SignIn />);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /signing in with Keycloak does not make one on this server/,
      ),
    );
  });

  it('an sso_error it does not know: a plain sentence, never the code itself', async () => {
    fakeServer({ name: 'Keycloak' });
    window.history.replaceState(null, '', '/signin?sso_error=%3Cb%3Ewhat');
    renderWithApp(<SignIn />);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Signing in with Keycloak did not work. Try again, or ask the administrator.',
      ),
    );
  });
});
