// Web Push on this device (docs/push.md): a switch that asks permission, subscribes through the
// service worker with the server's VAPID key and saves the subscription; the account's devices
// with Remove. Reminders then arrive with Doable closed, with Complete and Snooze in the notification.
import { useEffect, useState } from 'react';
import { t } from '../ui/i18n';
import { instantText } from '../ui/time';
import { useTimeZone } from './api';
import {
  currentSubscription,
  pushSupported,
  usePushDevices,
  useRemovePushDevice,
  useTurnOffPush,
  useTurnOnPush,
} from './push';
import { ErrorText, Section } from './Section';

export function PushSection() {
  const timeZone = useTimeZone();
  const devices = usePushDevices();
  const [subscribed, setSubscribed] = useState<boolean | null>(null);
  useEffect(() => {
    void currentSubscription().then(
      (s) => setSubscribed(Boolean(s)),
      () => setSubscribed(false),
    );
  }, []);

  const turnOn = useTurnOnPush(() => setSubscribed(true));
  const turnOff = useTurnOffPush(() => setSubscribed(false));
  const remove = useRemovePushDevice();

  const supported = pushSupported();
  const busy = turnOn.isPending || turnOff.isPending;
  return (
    <Section id="push-heading" title={t('Push notifications')}>
      <p>
        {t(
          t(
            'Reminders reach this device even with Doable closed, with Complete and Snooze 10 min in the notification. On iPhone and iPad, add Doable to the Home Screen (Share, Add to Home Screen) and turn this on in the installed app: Safari tabs cannot receive pushes.',
          ),
        )}
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
          {t('Push notifications on this device')}
        </label>
      ) : (
        <p className="notice">
          {t(
            t(
              'This browser cannot receive push notifications here (it needs a service worker and HTTPS, or the installed app on iOS).',
            ),
          )}
        </p>
      )}
      <ErrorText error={turnOn.error ?? turnOff.error ?? remove.error ?? devices.error} />
      {devices.data && devices.data.subscriptions.length > 0 && (
        <>
          <h3>{t('Your devices')}</h3>
          <ul className="plain-list">
            {devices.data.subscriptions.map((device) => (
              <li key={device.id}>
                {device.name ?? device.endpoint_origin}{' '}
                <small>
                  {device.last_success_at
                    ? t('last push {when}', { when: instantText(device.last_success_at, timeZone) })
                    : t('added {when}', { when: instantText(device.created_at, timeZone) })}
                  {device.last_error ? t('; last error: {error}', { error: device.last_error }) : ''}
                </small>{' '}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => remove.mutate(device)}
                  aria-label={t('Remove {device}', { device: device.name ?? device.endpoint_origin })}
                >
                  {t('Remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
