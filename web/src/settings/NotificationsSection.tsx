// Reminder notifications: whether this browser may show them, a button that asks (a click is the
// only moment browsers allow the question), and a test notification once they are on.
import { useState } from 'react';
import { msg, t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { EmailNotifications } from './EmailNotifications';
import {
  type PermissionState,
  requestNotificationPermission,
  useNotificationPermission,
} from './notificationPermission';
import { ReminderChannels } from './ReminderChannels';
import { Section } from './Section';

const STATE_WORDS: Record<PermissionState, string> = {
  granted: msg('On: reminders arrive as notifications from this browser.'),
  default: msg(
    'Off: reminders show inside Doable while it is open. Turn notifications on to get them in other apps too.',
  ),
  denied: msg(
    'Blocked: this browser refuses Doable’s notifications, so reminders show inside Doable while it is open. To allow them, open the site settings (the icon beside the address) and allow notifications.',
  ),
  unsupported: msg(
    'Not available: this browser cannot show notifications for this page (they need https or localhost). Reminders show inside Doable while it is open.',
  ),
};

export function NotificationsSection() {
  const permission = useNotificationPermission();
  const toast = useToast();
  const [asking, setAsking] = useState(false);

  const enable = async () => {
    setAsking(true);
    const answer = await requestNotificationPermission();
    setAsking(false);
    if (answer === 'granted') toast({ message: t('Notifications are on') });
    else if (answer === 'denied') toast({ message: t('The browser blocked notifications'), tone: 'error' });
  };

  const test = () => {
    try {
      new window.Notification('Doable', { body: t('Reminders will look like this.'), icon: '/favicon.svg' });
    } catch {
      toast({ message: t('This browser shows notifications only from an installed app.'), tone: 'error' });
    }
  };

  return (
    <Section id="notifications-title" title={t('Notifications')}>
      <p className="hint" id="notifications-state" role="status">
        {t(STATE_WORDS[permission])}
      </p>
      {permission === 'default' && (
        <button
          type="button"
          className="button notifications-button"
          onClick={enable}
          disabled={asking}
          aria-describedby="notifications-state"
        >
          {t('Enable notifications')}
        </button>
      )}
      {permission === 'granted' && (
        <button type="button" className="button notifications-button" onClick={test}>
          {t('Send a test notification')}
        </button>
      )}
      <ReminderChannels />
      <EmailNotifications />
    </Section>
  );
}
