// Reminders that fired while no Doable tab was open: on opening, one notice says how many, with a
// way to see them. "Last seen" is kept per account in this browser; the first visit sets it. Not
// said when the in-app channel is off (Settings → Notifications).
import { useEffect } from 'react';
import { navigate } from '../app/router';
import { useSettings } from '../settings/api';
import { t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { fetchReminders } from './api';

const seenKey = (userId: string) => `doable:reminders-seen:${userId}`;

export function useMissedReminders(userId: string | null): void {
  const toast = useToast();
  const settings = useSettings(userId !== null);
  // Unknown until the settings load (kept offline too); on when they cannot be had.
  const inApp = settings.data
    ? settings.data.in_app_reminders !== false
    : settings.isError
      ? true
      : undefined;
  useEffect(() => {
    if (!userId || inApp === undefined) return;
    const key = seenKey(userId);
    const since = localStorage.getItem(key);
    const now = new Date().toISOString();
    // Live reminders are announced as they come while the app is open: from now on, they are seen.
    localStorage.setItem(key, now);
    if (!since || !inApp) return;
    const controller = new AbortController();
    fetchReminders('sent', since, controller.signal)
      .then(({ reminders }) => {
        if (reminders.length === 0) return;
        toast({
          message:
            reminders.length === 1
              ? t('While you were away: "{title}".', { title: reminders[0]!.title })
              : t('While you were away: {count} reminders.', { count: reminders.length }),
          action: { label: t('See'), onClick: () => navigate('/reminders') },
          timeout: 30_000,
        });
      })
      .catch(() => {
        // Offline or signed out meanwhile: nothing to say. The Reminders screen shows them anyway.
      });
    return () => controller.abort();
  }, [userId, inApp, toast]);
}
