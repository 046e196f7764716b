// The email choices under Settings → Notifications: each reminder by email, and a daily agenda at
// a chosen local time. When the server sends no email (no SMTP), it says so instead.
import { useState } from 'react';
import type { Schemas } from '../api/client';
import { Field, Form, Input } from '../ui/Form';
import { t } from '../ui/i18n';
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
        {t(
          t(
            'Email: not set up on this server, so reminders and a daily agenda cannot be emailed. The person who runs Doable can turn email on (SMTP_URL and MAIL_FROM, see docs/email.md).',
          ),
        )}
      </p>
    );
  }
  const change = (body: Schemas['SettingsPatchInput'], message: string) =>
    save.mutate(body, { onSuccess: () => toast({ message }) });
  const agendaTime = time ?? data.agenda_time;
  return (
    <fieldset className="stack email-choices">
      <legend>{t('Email')}</legend>
      <SettingToggle
        id="email-reminders"
        checked={data.email_reminders}
        disabled={save.isPending}
        label={t('Email me each reminder')}
        onChange={(on) =>
          change(
            { email_reminders: on },
            on ? t('Reminders will be emailed too') : t('Reminder emails are off'),
          )
        }
      />
      <SettingToggle
        id="email-agenda"
        checked={data.email_agenda}
        disabled={save.isPending}
        label={t('Email me a daily agenda (what is due today, and overdue)')}
        onChange={(on) =>
          change(
            { email_agenda: on },
            on ? t('The daily agenda comes at {time}', { time: agendaTime }) : t('The daily agenda is off'),
          )
        }
      />
      <Form
        className="inline-form"
        onSubmit={() => {
          change({ agenda_time: agendaTime }, t('The daily agenda comes at {time}', { time: agendaTime }));
          setTime(null);
        }}
      >
        <Field label={t('Agenda time ({zone})', { zone: data.time_zone })}>
          <Input
            type="time"
            required
            value={agendaTime}
            onChange={(e) => setTime(e.target.value.slice(0, 5))}
          />
        </Field>
        <button type="submit" className="button" disabled={save.isPending || agendaTime === data.agenda_time}>
          {t('Save time')}
        </button>
      </Form>
      <ErrorText error={save.error} />
    </fieldset>
  );
}
