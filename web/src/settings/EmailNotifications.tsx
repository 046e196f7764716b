// The email choices under Settings → Notifications: each reminder by email, and a daily agenda at
// a chosen local time. When the server sends no email (no SMTP), it says so instead.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { useToast } from '../ui/toast';
import { settingsKey, useSettings } from './api';
import { ErrorText } from './Section';

const ME = { user_id: 'me' };

type EmailChoices = { email_reminders?: boolean; email_agenda?: boolean; agenda_time?: string };

function useSaveEmailChoices() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EmailChoices) =>
      unwrap(api.PATCH('/api/{user_id}/settings', { params: { path: ME }, body })),
    onSuccess: (settings) => qc.setQueryData(settingsKey, settings),
  });
}

export function EmailNotifications() {
  const settings = useSettings();
  const save = useSaveEmailChoices();
  const toast = useToast();
  const [time, setTime] = useState<string | null>(null);
  const data = settings.data;
  if (!data) return null;
  if (!data.email_available) {
    return (
      <p className="hint" id="email-state">
        Email: not set up on this server, so reminders and a daily agenda cannot be emailed. The person who
        runs Doable can turn email on (SMTP_URL and MAIL_FROM, see docs/email.md).
      </p>
    );
  }
  const change = (body: EmailChoices, message: string) =>
    save.mutate(body, { onSuccess: () => toast({ message }) });
  const agendaTime = time ?? data.agenda_time;
  return (
    <fieldset className="stack email-choices">
      <legend>Email</legend>
      <div className="field field-checkbox">
        <input
          id="email-reminders"
          type="checkbox"
          checked={data.email_reminders}
          disabled={save.isPending}
          onChange={(e) =>
            change(
              { email_reminders: e.target.checked },
              e.target.checked ? 'Reminders will be emailed too' : 'Reminder emails are off',
            )
          }
        />
        <label htmlFor="email-reminders">Email me each reminder</label>
      </div>
      <div className="field field-checkbox">
        <input
          id="email-agenda"
          type="checkbox"
          checked={data.email_agenda}
          disabled={save.isPending}
          onChange={(e) =>
            change(
              { email_agenda: e.target.checked },
              e.target.checked ? `The daily agenda comes at ${agendaTime}` : 'The daily agenda is off',
            )
          }
        />
        <label htmlFor="email-agenda">Email me a daily agenda (what is due today, and overdue)</label>
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          change({ agenda_time: agendaTime }, `The daily agenda comes at ${agendaTime}`);
          setTime(null);
        }}
      >
        <div className="field">
          <label htmlFor="agenda-time">Agenda time ({data.time_zone})</label>
          <input
            id="agenda-time"
            type="time"
            required
            value={agendaTime}
            onChange={(e) => setTime(e.target.value.slice(0, 5))}
          />
        </div>
        <button type="submit" className="button" disabled={save.isPending || agendaTime === data.agenda_time}>
          Save time
        </button>
      </form>
      <ErrorText error={save.error} />
    </fieldset>
  );
}
