// Settings' single sign-on card: only with a provider, "Link <name>" posts the link and sends the
// browser to the provider, a linked account says so, and a refused link says why.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { SsoSection } from './SsoSection';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function fakeServer(sso: { name: string } | null, providers: string[]) {
  const posted: unknown[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input.url;
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/auth/options') return Response.json({ signup: 'open', email: false, sso });
    if (path === '/api/auth/list-accounts')
      return Response.json(providers.map((providerId) => ({ providerId })));
    if (path === '/api/auth/link-social') {
      posted.push(JSON.parse(String(init?.body)));
      return Response.json({ url: 'https://idp.example/auth?state=s', redirect: false });
    }
    return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
  });
  return posted;
}

describe('Settings: single sign-on', () => {
  it('no provider: no card', async () => {
    fakeServer(null, ['credential']);
    const { container } = renderWithApp(<SsoSection />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });

  it('"Link Keycloak" posts the link and sends the browser to the provider', async () => {
    const posted = fakeServer({ name: 'Keycloak' }, ['credential']);
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, search: '' });
    renderWithApp(<SsoSection />);
    const button = await screen.findByRole('button', { name: 'Link Keycloak' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await userEvent.click(button);
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://idp.example/auth?state=s'));
    expect(posted).toEqual([
      {
        provider: 'oidc',
        callbackURL: '/settings',
        errorCallbackURL: '/settings?sso_link_error=1',
        disableRedirect: true,
      },
    ]);
  });

  it('a linked account says so, with no button', async () => {
    fakeServer({ name: 'Keycloak' }, ['credential', 'oidc']);
    renderWithApp(<SsoSection />);
    expect(await screen.findByText('You can sign in with Keycloak.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Link Keycloak' })).toBeNull();
  });

  it('back from a refused link: why', async () => {
    fakeServer({ name: 'Keycloak' }, ['credential']);
    window.history.replaceState(null, '', '/settings?sso_link_error=1&error=email_does_not_match');
    renderWithApp(<SsoSection />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your Keycloak account has another email address than this account, so it was not linked.',
    );
  });
});
