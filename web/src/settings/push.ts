// Web Push on this device, the browser's side and the server's: whether this browser can receive
// pushes, its subscription, and the account's devices on the server (docs/push.md).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';
import { t } from '../ui/i18n';

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

export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export function usePushDevices() {
  return useQuery({
    queryKey: pushKey,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/{user_id}/push-subscriptions', { params: { path: ME }, signal })),
  });
}

/** Asks permission, subscribes with the server's VAPID key and saves the subscription. */
export function useTurnOnPush(onSubscribed: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (vapidKey: string) => {
      if ((await Notification.requestPermission()) !== 'granted')
        throw new Error(
          t('Notifications are blocked for Doable in this browser: allow them in its site settings.'),
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
    onSuccess: onSubscribed,
    onSettled: () => qc.invalidateQueries({ queryKey: pushKey }),
  });
}

/** Unsubscribes this device and forgets its subscription on the server. */
export function useTurnOffPush(onUnsubscribed: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const subscription = await currentSubscription();
      if (!subscription) return;
      const { endpoint } = subscription;
      await subscription.unsubscribe();
      await unwrap(
        api.DELETE('/api/{user_id}/push-subscriptions', { params: { path: ME }, body: { endpoint } }),
      );
    },
    onSuccess: onUnsubscribed,
    onSettled: () => qc.invalidateQueries({ queryKey: pushKey }),
  });
}

/** Removes one of the account's devices (another browser's subscription, say). */
export function useRemovePushDevice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (device: Device) =>
      unwrap(
        api.DELETE('/api/{user_id}/push-subscriptions/{id}', {
          params: { path: { ...ME, id: String(device.id) } },
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: pushKey }),
  });
}
