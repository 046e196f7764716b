// The email choices under Settings → Notifications: each reminder by email, and a daily agenda at
// a chosen local time. When the server sends no email (no SMTP), it says so instead.
import { useState } from 'react';
import type { Schemas } from '../api/client';
import { Field, Form, Input } from '../ui/Form';
import { useToast } from '../ui/toast';
import { useSaveSettings, useSettings } from './api';
import { ErrorText } from './Section';
import { SettingToggle } from './SettingToggle';

export function EmailNotifications() {
  const settings = useSettings();
  const save = useSaveSettings();
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
  const change = (body: Schemas['SettingsPatchInput'], message: string) =>
    save.mutate(body, { onSuccess: () => toast({ message }) });
  const agendaTime = time ?? data.agenda_time;
  return (
    <fieldset className="stack email-choices">
      <legend>Email</legend>
      <SettingToggle
        id="email-reminders"
        checked={data.email_reminders}
        disabled={save.isPending}
        label="Email me each reminder"
        onChange={(on) =>
          change({ email_reminders: on }, on ? 'Reminders will be emailed too' : 'Reminder emails are off')
        }
      />
      <SettingToggle
        id="email-agenda"
        checked={data.email_agenda}
        disabled={save.isPending}
        label="Email me a daily agenda (what is due today, and overdue)"
        onChange={(on) =>
          change(
            { email_agenda: on },
            on ? `The daily agenda comes at ${agendaTime}` : 'The daily agenda is off',
          )
        }
      />
      <Form
        className="inline-form"
        onSubmit={() => {
          change({ agenda_time: agendaTime }, `The daily agenda comes at ${agendaTime}`);
          setTime(null);
        }}
      >
        <Field label={`Agenda time (${data.time_zone})`}>
          <Input
            type="time"
            required
            value={agendaTime}
            onChange={(e) => setTime(e.target.value.slice(0, 5))}
          />
        </Field>
        <button type="submit" className="button" disabled={save.isPending || agendaTime === data.agenda_time}>
          Save time
        </button>
      </Form>
      <ErrorText error={save.error} />
    </fieldset>
  );
}
