// The reminder channels under Settings → Notifications: inside Doable (live while it is open, and
// the notice of those missed while away) and push to the account's devices. Email is chosen below
// (EmailNotifications), with the server's email. Each channel is on or off on its own: turning one
// off never stops the others (docs/push.md#channels).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useToast } from '../ui/toast';
import { settingsKey, useSettings } from './api';
import { ErrorText } from './Section';

const ME = { user_id: 'me' };

type Channels = { in_app_reminders?: boolean; push_reminders?: boolean };

export function ReminderChannels() {
  const settings = useSettings();
  const qc = useQueryClient();
  const toast = useToast();
  const save = useMutation({
    mutationFn: (body: Channels) =>
      unwrap(api.PATCH('/api/{user_id}/settings', { params: { path: ME }, body })),
    onSuccess: (saved) => qc.setQueryData(settingsKey, saved),
  });
  const data = settings.data;
  if (!data) return null;
  const change = (body: Channels, message: string) =>
    save.mutate(body, { onSuccess: () => toast({ message }) });
  const none =
    !data.in_app_reminders && !data.push_reminders && !(data.email_available && data.email_reminders);
  return (
    <fieldset className="stack reminder-channels">
      <legend>Reminders reach me</legend>
      <div className="field field-checkbox">
        <input
          id="in-app-reminders"
          type="checkbox"
          checked={data.in_app_reminders}
          disabled={save.isPending}
          onChange={(e) =>
            change(
              { in_app_reminders: e.target.checked },
              e.target.checked ? 'Reminders show in Doable' : 'Reminders no longer show in Doable',
            )
          }
        />
        <label htmlFor="in-app-reminders">In Doable, while it is open (and those missed while away)</label>
      </div>
      <div className="field field-checkbox">
        <input
          id="push-reminders"
          type="checkbox"
          checked={data.push_reminders}
          disabled={save.isPending}
          aria-describedby="push-reminders-hint"
          onChange={(e) =>
            change(
              { push_reminders: e.target.checked },
              e.target.checked ? 'Reminders are pushed to your devices' : 'Push reminders are off',
            )
          }
        />
        <label htmlFor="push-reminders">As push notifications on my devices</label>
      </div>
      <p className="hint" id="push-reminders-hint">
        Each device where push is on gets them, even with Doable closed (Push notifications, below).
      </p>
      {none && (
        <p className="hint" role="status">
          Every channel is off: reminders still fire and are listed under Reminders, but nothing tells you.
        </p>
      )}
      <ErrorText error={save.error} />
    </fieldset>
  );
}
