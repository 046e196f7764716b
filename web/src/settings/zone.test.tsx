import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignUp } from '../auth/AuthScreens';
import { fakeApi, renderWithApp } from '../test/render';
import { TimeZoneOfferNotice as TimeZoneOffer } from './TimeZoneOfferNotice';

/** Better Auth's client keeps the fetch it finds when the module loads: this one answers it. */
const authBodies = vi.hoisted(() => {
  const bodies = new Map<string, unknown>();
  const real = globalThis.fetch;
  globalThis.fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(input, 'http://localhost'), init);
    const path = new URL(request.url).pathname;
    if (!path.startsWith('/api/auth/')) return real(input, init);
    bodies.set(path, request.method === 'POST' ? await request.json() : null);
    return new Response(JSON.stringify({ token: null, user: {} }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return bodies;
});

/** This device is in Karachi, whatever zone the test runner is in. */
function deviceIn(zone: string) {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...real.call(this), timeZone: zone };
  });
}

beforeEach(() => {
  localStorage.clear();
  deviceIn('Asia/Karachi');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const OFFER = 'Your account uses UTC; this device is in Asia/Karachi. Use Asia/Karachi?';

describe('the account’s time zone and this device’s', () => {
  it('sends this device’s zone with the sign-up', async () => {
    renderWithApp(<SignUp />);
    await userEvent.type(screen.getByLabelText('Email'), 'ann@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(authBodies.get('/api/auth/sign-in/email')).toBeDefined());
    expect(authBodies.get('/api/auth/sign-up/email')).toMatchObject({
      email: 'ann@example.com',
      time_zone: 'Asia/Karachi',
    });
  });

  it('offers this device’s zone once; choosing it saves it, and the offer does not come back', async () => {
    const api = fakeApi();
    const first = renderWithApp(<TimeZoneOffer userId="u1" />);
    expect(await screen.findByText(OFFER)).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Use Asia/Karachi' }));
    await waitFor(() => expect(api.timeZone).toBe('Asia/Karachi'));
    await waitFor(() => expect(screen.queryByText(OFFER)).toBeNull());
    first.unmount();
    api.timeZone = 'UTC'; // changed back elsewhere: this device was already asked about Karachi
    renderWithApp(<TimeZoneOffer userId="u1" />);
    await waitFor(() => expect(api.calls.filter((c) => c.path === '/api/me/settings').length).toBe(3));
    expect(screen.queryByText(OFFER)).toBeNull();
  });

  it('keeping the account’s zone closes the offer for that account and zone only', async () => {
    const api = fakeApi();
    const first = renderWithApp(<TimeZoneOffer userId="u1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep UTC' }));
    expect(screen.queryByText(OFFER)).toBeNull();
    expect(api.timeZone).toBe('UTC');
    first.unmount();
    const again = renderWithApp(<TimeZoneOffer userId="u1" />);
    await waitFor(() => expect(api.calls.filter((c) => c.path === '/api/me/settings').length).toBe(2));
    expect(screen.queryByText(OFFER)).toBeNull();
    again.unmount();
    renderWithApp(<TimeZoneOffer userId="u2" />);
    expect(await screen.findByText(OFFER)).toBeDefined();
  });

  it('offers nothing when the zones agree', async () => {
    const api = fakeApi();
    api.timeZone = 'Asia/Karachi';
    renderWithApp(<TimeZoneOffer userId="u1" />);
    await waitFor(() => expect(api.calls.length).toBe(1));
    expect(screen.queryByText(/this device is in/)).toBeNull();
  });
});
