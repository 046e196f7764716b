// The push switch: it asks permission, subscribes with the server's key and saves the
// subscription; the devices list removes one. The browser's push service is faked.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { PushSection } from './PushSection';
import { deviceName, keyBytes } from './push';

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('push notifications on this device', () => {
  it('subscribes with the server key, saves the subscription, and removes a device', async () => {
    const calls: { method: string; path: string; body: unknown }[] = [];
    let devices = [
      {
        id: 7,
        name: 'Firefox on Android',
        endpoint_origin: 'https://updates.push.services.mozilla.com',
        user_agent: null,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
        expires_at: null,
        last_status: 201,
        last_error: null,
        last_success_at: null,
        failure_count: 0,
      },
    ];
    vi.stubGlobal('fetch', async (request: Request) => {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.text();
      calls.push({ method: request.method, path: url.pathname, body: text ? JSON.parse(text) : undefined });
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (url.pathname === '/api/me/settings') return json(200, { time_zone: 'UTC' });
      if (request.method === 'GET') return json(200, { vapid_public_key: 'BAEC', subscriptions: devices });
      if (request.method === 'DELETE') {
        devices = devices.filter((d) => !url.pathname.endsWith(`/${d.id}`));
        return new Response(null, { status: 204 });
      }
      return json(201, { ...devices[0], id: 8, name: 'Chrome on Linux' });
    });
    const subscribe = vi.fn(async () => ({
      endpoint: 'https://push.example/abc',
      toJSON: () => ({ endpoint: 'https://push.example/abc', keys: { p256dh: 'p', auth: 'a' } }),
    }));
    const registration = { pushManager: { subscribe, getSubscription: async () => null } };
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: { ready: Promise.resolve(registration), getRegistration: async () => registration },
    });
    vi.stubGlobal('PushManager', class {});
    vi.stubGlobal('Notification', { permission: 'default', requestPermission: async () => 'granted' });

    renderWithApp(<PushSection />);
    expect(screen.getByText(/add Doable to the Home Screen/)).toBeDefined();
    await screen.findByText('Firefox on Android');
    const toggle = screen.getByRole('switch', { name: 'Push notifications on this device' });
    await waitFor(() => expect(toggle).toHaveProperty('disabled', false));
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveProperty('checked', true));
    expect(subscribe).toHaveBeenCalledWith({ userVisibleOnly: true, applicationServerKey: keyBytes('BAEC') });
    const saved = calls.find((c) => c.method === 'POST');
    expect(saved?.body).toMatchObject({
      endpoint: 'https://push.example/abc',
      keys: { p256dh: 'p', auth: 'a' },
    });

    await userEvent.click(screen.getByRole('button', { name: 'Remove Firefox on Android' }));
    await waitFor(() => expect(screen.queryByText('Firefox on Android')).toBeNull());
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/me/push-subscriptions/7')).toBe(true);
  });

  it('names the device from its user agent and decodes the key', () => {
    expect(deviceName('Mozilla/5.0 (Linux; Android 14) AppleWebKit Chrome/130.0 Mobile Safari/537.36')).toBe(
      'Chrome on Android',
    );
    expect(
      deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Safari/604.1'),
    ).toBe('Safari on iOS');
    expect([...keyBytes('AQID')]).toEqual([1, 2, 3]);
  });
});
