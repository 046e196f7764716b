// Web Push on this device (docs/push.md): a switch that asks permission, subscribes through the
// service worker with the server's VAPID key and saves the subscription; the account's devices
// with Remove. Reminders then arrive with Doable closed, with Complete and Snooze in the notification.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, type Schemas, unwrap } from '../api/client';
import { instantText } from '../ui/time';
import { useTimeZone } from './api';
import { ErrorText, Section } from './Section';

const ME = { user_id: 'me' };
const pushKey = ['push-subscriptions'] as const;
type Device = Schemas['PushSubscription'];

/** The VAPID key as pushManager.subscribe() takes it (URL-safe base64 → bytes). */
export function keyBytes(base64url: string): Uint8Array {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4))
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export function pushSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext !== false &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  );
}

/** A name for this device in the list: the browser and the system, from the user agent. */
export function deviceName(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'Browser';
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return system ? `${browser} on ${system}` : browser;
}

async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export function PushSection() {
  const qc = useQueryClient();
  const timeZone = useTimeZone();
  const devices = useQuery({
    queryKey: pushKey,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/{user_id}/push-subscriptions', { params: { path: ME }, signal })),
  });
  const [subscribed, setSubscribed] = useState<boolean | null>(null);
  useEffect(() => {
    void currentSubscription().then(
      (s) => setSubscribed(Boolean(s)),
      () => setSubscribed(false),
    );
  }, []);

  const turnOn = useMutation({
    mutationFn: async (vapidKey: string) => {
      if ((await Notification.requestPermission()) !== 'granted')
        throw new Error(
          'Notifications are blocked for Doable in this browser: allow them in its site settings.',
        );
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(vapidKey) as BufferSource,
      });
      const json = subscription.toJSON();
      await unwrap(
        api.POST('/api/{user_id}/push-subscriptions', {
          params: { path: ME },
          body: {
            endpoint: json.endpoint ?? subscription.endpoint,
            keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
            name: deviceName(navigator.userAgent),
          },
        }),
      );
    },
    onSuccess: () => setSubscribed(true),
    onSettled: () => qc.invalidateQueries({ queryKey: pushKey }),
  });
  const turnOff = useMutation({
    mutationFn: async () => {
      const subscription = await currentSubscription();
      if (!subscription) return;
      const { endpoint } = subscription;
      await subscription.unsubscribe();
      await unwrap(
        api.DELETE('/api/{user_id}/push-subscriptions', { params: { path: ME }, body: { endpoint } }),
      );
    },
    onSuccess: () => setSubscribed(false),
    onSettled: () => qc.invalidateQueries({ queryKey: pushKey }),
  });
  const remove = useMutation({
    mutationFn: (device: Device) =>
      unwrap(
        api.DELETE('/api/{user_id}/push-subscriptions/{id}', {
          params: { path: { ...ME, id: String(device.id) } },
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: pushKey }),
  });

  const supported = pushSupported();
  const busy = turnOn.isPending || turnOff.isPending;
  return (
    <Section id="push-heading" title="Push notifications">
      <p>
        Reminders reach this device even with Doable closed, with Complete and Snooze 10 min in the
        notification. On iPhone and iPad, add Doable to the Home Screen (Share, Add to Home Screen) and turn
        this on in the installed app: Safari tabs cannot receive pushes.
      </p>
      {supported ? (
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={subscribed === true}
            checked={subscribed === true}
            disabled={busy || subscribed === null || !devices.data}
            onChange={(e) => {
              if (e.target.checked && devices.data) turnOn.mutate(devices.data.vapid_public_key);
              else turnOff.mutate();
            }}
          />{' '}
          Push notifications on this device
        </label>
      ) : (
        <p className="notice">
          This browser cannot receive push notifications here (it needs a service worker and HTTPS, or the
          installed app on iOS).
        </p>
      )}
      <ErrorText error={turnOn.error ?? turnOff.error ?? remove.error ?? devices.error} />
      {devices.data && devices.data.subscriptions.length > 0 && (
        <>
          <h3>Your devices</h3>
          <ul className="plain-list">
            {devices.data.subscriptions.map((device) => (
              <li key={device.id}>
                {device.name ?? device.endpoint_origin}{' '}
                <small>
                  {device.last_success_at
                    ? `last push ${instantText(device.last_success_at, timeZone)}`
                    : `added ${instantText(device.created_at, timeZone)}`}
                  {device.last_error ? `; last error: ${device.last_error}` : ''}
                </small>{' '}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => remove.mutate(device)}
                  aria-label={`Remove ${device.name ?? device.endpoint_origin}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
