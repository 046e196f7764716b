// The reminder channels under Settings → Notifications: inside Doable (live while it is open, and
// the notice of those missed while away) and push to the account's devices. Email is chosen below
// (EmailNotifications), with the server's email. Each channel is on or off on its own: turning one
// off never stops the others (docs/push.md#channels).
import type { Schemas } from '../api/client';
import { t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { useSaveSettings, useSettings } from './api';
import { ErrorText } from './Section';
import { SettingToggle } from './SettingToggle';

export function ReminderChannels() {
  const settings = useSettings();
  const save = useSaveSettings();
  const toast = useToast();
  const data = settings.data;
  if (!data) return null;
  const change = (body: Schemas['SettingsPatchInput'], message: string) =>
    save.mutate(body, { onSuccess: () => toast({ message }) });
  const none =
    !data.in_app_reminders && !data.push_reminders && !(data.email_available && data.email_reminders);
  return (
    <fieldset className="stack reminder-channels">
      <legend>{t('Reminders reach me')}</legend>
      <SettingToggle
        id="in-app-reminders"
        checked={data.in_app_reminders}
        disabled={save.isPending}
        label={t('In Doable, while it is open (and those missed while away)')}
        onChange={(on) =>
          change(
            { in_app_reminders: on },
            on ? t('Reminders show in Doable') : t('Reminders no longer show in Doable'),
          )
        }
      />
      <SettingToggle
        id="push-reminders"
        checked={data.push_reminders}
        disabled={save.isPending}
        hintId="push-reminders-hint"
        label={t('As push notifications on my devices')}
        onChange={(on) =>
          change(
            { push_reminders: on },
            on ? t('Reminders are pushed to your devices') : t('Push reminders are off'),
          )
        }
      />
      <p className="hint" id="push-reminders-hint">
        {t(
          t(
            'Each device where push is on gets them, and your inbox’s notifications (assigned, comments, mentions), even with Doable closed (Push notifications, below). Reminder emails bring those too.',
          ),
        )}
      </p>
      {none && (
        <p className="hint" role="status">
          {t(
            t(
              'Every channel is off: reminders still fire and are listed under Reminders, but nothing tells you.',
            ),
          )}
        </p>
      )}
      <ErrorText error={save.error} />
    </fieldset>
  );
}
