// Offers an account whose zone differs from this device's to switch, once: the choice (either way)
// is remembered in this browser per account and zone, so the same offer never comes back. A new
// device zone (travel) is a new offer. Settings keeps the full choice.
import { useState } from 'react';
import { describeError } from '../api/client';
import { t } from '../ui/i18n';
import { browserTimeZone } from '../ui/time';
import { useSaveTimeZone, useSettings } from './api';

const CHOICE_PREFIX = 'doable:zone-offer:';

const choiceKey = (userId: string, zone: string) => `${CHOICE_PREFIX}${userId}:${zone}`;

function answered(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

function remember(key: string, choice: 'switched' | 'kept') {
  try {
    localStorage.setItem(key, choice);
  } catch {
    // No storage (private mode): the offer may come back next visit.
  }
}

export function TimeZoneOfferNotice({ userId }: { userId: string }) {
  const settings = useSettings();
  const save = useSaveTimeZone();
  const device = browserTimeZone();
  const key = choiceKey(userId, device);
  const [done, setDone] = useState(() => answered(key));
  const saved = settings.data?.time_zone;
  if (done || !saved || saved === device) return null;

  const choose = (choice: 'switched' | 'kept') => {
    remember(key, choice);
    setDone(true);
  };

  return (
    <section className="zone-offer" aria-labelledby="zone-offer-text">
      <div className="notice notice-warn">
        <p id="zone-offer-text">
          {t('Your account uses {saved}; this device is in {device}. Use {device}?', { saved, device })}
        </p>
        <div className="zone-offer-actions">
          <button
            type="button"
            className="button button-small button-primary"
            disabled={save.isPending}
            onClick={() => save.mutate(device, { onSuccess: () => choose('switched') })}
          >
            {t('Use {zone}', { zone: device })}
          </button>
          <button type="button" className="button button-small" onClick={() => choose('kept')}>
            {t('Keep {zone}', { zone: saved })}
          </button>
        </div>
        {save.error && (
          <p role="alert" className="zone-offer-error">
            {t('Could not change the time zone:')} {describeError(save.error)}
          </p>
        )}
      </div>
    </section>
  );
}
