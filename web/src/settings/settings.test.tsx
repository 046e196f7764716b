import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithApp } from '../test/render';
import { browserTimeZone } from '../ui/time';
import { DataSection } from './DataSection';
import { NotificationsSection } from './NotificationsSection';
import { ApiKeys, VerifyEmail } from './SettingsScreen';
import { TimeZoneSection } from './TimeZoneSection';

afterEach(() => vi.unstubAllGlobals());

describe('settings: time zone', () => {
  it('offers the browser zone when the saved one differs, and saves it', async () => {
    const api = fakeApi();
    api.timeZone = browserTimeZone() === 'Asia/Tokyo' ? 'Europe/Paris' : 'Asia/Tokyo';
    renderWithApp(<TimeZoneSection />);
    // Role queries walk every one of the ~400 zone options: slow on a busy machine.
    const use = await screen.findByRole('button', { name: `Use ${browserTimeZone()}` }, { timeout: 5000 });
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveProperty('value', api.timeZone);
    await userEvent.click(use);
    await waitFor(() => expect(api.timeZone).toBe(browserTimeZone()));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Use / })).toBeNull());
  });
});

describe('settings: export', () => {
  it('links every export format', () => {
    fakeApi();
    renderWithApp(<DataSection />);
    expect(screen.getByRole('link', { name: 'Export JSON' }).getAttribute('href')).toBe(
      '/api/me/export?format=json',
    );
    expect(screen.getByRole('link', { name: 'Export CSV' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Export iCalendar' })).toBeDefined();
  });
});

describe('settings: notifications', () => {
  function stub(permission: NotificationPermission, answer: NotificationPermission) {
    const shown: string[] = [];
    class Stub {
      static permission = permission;
      static requestPermission = vi.fn(async () => {
        Stub.permission = answer;
        return answer;
      });
      constructor(title: string) {
        shown.push(title);
      }
    }
    vi.stubGlobal('Notification', Stub);
    return { ask: Stub.requestPermission, shown };
  }

  it('shows the permission, asks only when the button is pressed, then offers a test notification', async () => {
    const { ask, shown } = stub('default', 'granted');
    renderWithApp(<NotificationsSection />);
    expect(screen.getByText(/^Off: reminders show inside Doable/)).toBeDefined();
    expect(ask).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Enable notifications' }));
    expect(ask).toHaveBeenCalledTimes(1);
    await screen.findByText(/^On: reminders arrive as notifications/);
    expect(screen.queryByRole('button', { name: 'Enable notifications' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Send a test notification' }));
    expect(shown).toEqual(['Doable']);
  });

  it('says how to unblock when the browser refused, and when there are no notifications at all', () => {
    stub('denied', 'denied');
    const { unmount } = renderWithApp(<NotificationsSection />);
    expect(screen.getByText(/^Blocked: .*open the site settings/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Enable notifications' })).toBeNull();
    unmount();
    vi.stubGlobal('Notification', undefined);
    renderWithApp(<NotificationsSection />);
    expect(screen.getByText(/^Not available: /)).toBeDefined();
  });
});

describe('settings: reminder channels', () => {
  it('turns the in-app and push channels off and on, and says when every channel is off', async () => {
    const api = fakeApi();
    renderWithApp(<NotificationsSection />);
    const inApp = await screen.findByRole('checkbox', { name: /^In Doable, while it is open/ });
    const push = screen.getByRole('checkbox', { name: 'As push notifications on my devices' });
    expect(inApp).toHaveProperty('checked', true);
    expect(push).toHaveProperty('checked', true);
    await userEvent.click(inApp);
    await waitFor(() => expect(api.channels.in_app_reminders).toBe(false));
    await waitFor(() => expect(inApp).toHaveProperty('checked', false));
    expect(api.channels.push_reminders).toBe(true);
    expect(screen.queryByText(/^Every channel is off/)).toBeNull();
    await waitFor(() => expect(push).toHaveProperty('disabled', false));
    await userEvent.click(push);
    await waitFor(() => expect(api.channels.push_reminders).toBe(false));
    await screen.findByText(/^Every channel is off: reminders still fire/);
    const patches = api.calls.filter((c) => c.method === 'PATCH').map((c) => c.body);
    expect(patches).toEqual([{ in_app_reminders: false }, { push_reminders: false }]);
  });
});

describe('settings: email notifications', () => {
  it('says when the server sends no email', async () => {
    fakeApi();
    renderWithApp(<NotificationsSection />);
    await screen.findByText(/^Email: not set up on this server/);
    expect(screen.queryByRole('checkbox', { name: 'Email me each reminder' })).toBeNull();
  });

  it('turns reminder emails and the daily agenda on, at a chosen time', async () => {
    const api = fakeApi();
    api.email.email_available = true;
    renderWithApp(<NotificationsSection />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Email me each reminder' }));
    await waitFor(() => expect(api.email.email_reminders).toBe(true));
    await userEvent.click(screen.getByRole('checkbox', { name: /Email me a daily agenda/ }));
    await waitFor(() => expect(api.email.email_agenda).toBe(true));
    const time = screen.getByLabelText('Agenda time (UTC)');
    await userEvent.clear(time);
    await userEvent.type(time, '07:30');
    await userEvent.click(screen.getByRole('button', { name: 'Save time' }));
    await waitFor(() => expect(api.email.agenda_time).toBe('07:30'));
  });
});

describe('settings: an address not verified yet', () => {
  const answer = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  function serverThat(sendsEmail: boolean) {
    const calls: { path: string; body: unknown }[] = [];
    // The app's client passes a Request; Better Auth's client a path and its init.
    vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
      const path = new URL(typeof input === 'string' ? input : input.url, 'http://localhost').pathname;
      const text = typeof input === 'string' ? String(init?.body ?? '') : await input.clone().text();
      calls.push({ path, body: text ? JSON.parse(text) : undefined });
      if (path === '/api/auth/options') return answer({ signup: 'open', email: sendsEmail, sso: null });
      return answer({ status: true });
    });
    return calls;
  }

  it('sends a verification link where the server sends email', async () => {
    const calls = serverThat(true);
    renderWithApp(<VerifyEmail email="ann@example.com" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Send a verification link' }));
    await screen.findByText('Sent: open the link in the email to ann@example.com.');
    expect(calls.find((c) => c.path === '/api/auth/send-verification-email')?.body).toEqual({
      email: 'ann@example.com',
      callbackURL: '/settings',
    });
  });

  it("points to an invitation's link where the server sends no email", async () => {
    serverThat(false);
    renderWithApp(<VerifyEmail email="ann@example.com" />);
    await screen.findByText(/This server sends no email: ask a list's owner for the invitation's link/);
    expect(screen.queryByRole('button', { name: 'Send a verification link' })).toBeNull();
  });
});

describe('settings: API keys', () => {
  it('makes an app password for CalDAV apps and says where to use it', async () => {
    const api = fakeApi();
    renderWithApp(<ApiKeys />);
    await userEvent.type(screen.getByLabelText('Key name'), 'phone');
    await userEvent.selectOptions(screen.getByLabelText('For'), 'caldav');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByText(/Copy it now/);
    expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      name: 'phone',
      scopes: ['caldav'],
    });
    expect(screen.getByText(`${window.location.origin}/dav/`)).toBeDefined();
    expect(await screen.findByText(/CalDAV$/)).toBeDefined();
  });

  it('makes an API key by default', async () => {
    const api = fakeApi();
    renderWithApp(<ApiKeys />);
    await userEvent.type(screen.getByLabelText('Key name'), 'script');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByText(/Copy it now/);
    expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({ scopes: ['api'] });
    expect(screen.queryByText(/\/dav\//)).toBeNull();
  });
});
