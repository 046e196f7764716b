// Reminders across tasks: the ones that fired lately (snooze them, or open the task) and the ones
// coming, soonest first. Times in the account's time zone.
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { describeError } from '../api/client';
import { settingsKey } from '../settings/api';
import { openTask } from '../tasks/notifications';
import { intlLocale, t } from '../ui/i18n';
import { browserTimeZone } from '../ui/time';
import { type ReminderEntry, SNOOZES, useReminders, useSnooze } from './api';

const DAY_MS = 86_400_000;

function useZone(): string {
  const qc = useQueryClient();
  return qc.getQueryData<{ time_zone: string }>(settingsKey)?.time_zone ?? browserTimeZone();
}

/** "Today, 17:00", "Tomorrow, 09:00" or "Tue 24 Nov, 09:00" in the zone. */
export function whenLabel(iso: string, zone: string, now = new Date()): string {
  const at = new Date(iso);
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(d);
  const time = new Intl.DateTimeFormat(intlLocale(), {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  if (day(at) === day(now)) return t('Today, {time}', { time });
  if (day(at) === day(new Date(now.getTime() + DAY_MS))) return t('Tomorrow, {time}', { time });
  if (day(at) === day(new Date(now.getTime() - DAY_MS))) return t('Yesterday, {time}', { time });
  const date = new Intl.DateTimeFormat(intlLocale(), {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at);
  return t('{date}, {time}', { date, time });
}

export function RemindersScreen() {
  const since = new Date(Date.now() - DAY_MS).toISOString().slice(0, 16);
  const fired = useReminders('sent', `${since}:00Z`);
  const coming = useReminders('pending');
  const zone = useZone();
  const firedId = useId();
  const comingId = useId();
  return (
    <>
      <div className="screen-head">
        <h1>{t('Reminders')}</h1>
      </div>
      <section aria-labelledby={firedId}>
        <h2 id={firedId}>{t('In the last 24 hours')}</h2>
        <Entries query={fired} zone={zone} empty={t('No reminder fired in the last 24 hours.')} snooze />
      </section>
      <section aria-labelledby={comingId}>
        <h2 id={comingId}>{t('Coming up')}</h2>
        <Entries
          query={coming}
          zone={zone}
          empty={t(
            "Nothing coming. Add a reminder in a task's editor, or type one in the add box: Call mom tomorrow 5pm.",
          )}
        />
      </section>
    </>
  );
}

function Entries({
  query,
  zone,
  empty,
  snooze = false,
}: {
  query: ReturnType<typeof useReminders>;
  zone: string;
  empty: string;
  snooze?: boolean;
}) {
  if (query.isPending)
    return (
      <p role="status" className="state">
        {t('Loading reminders…')}
      </p>
    );
  if (query.isError)
    return (
      <div role="alert" className="state notice notice-error">
        <p>
          {t('Could not load reminders.')} {describeError(query.error)}
        </p>
        <button type="button" className="button" onClick={() => query.refetch()}>
          {t('Try again')}
        </button>
      </div>
    );
  if (query.data.reminders.length === 0) return <p className="state empty">{empty}</p>;
  return (
    <ul className="card rows reminder-rows">
      {query.data.reminders.map((r) => (
        <Entry key={`${r.task_id}@${r.fire_at}`} entry={r} zone={zone} snooze={snooze} />
      ))}
    </ul>
  );
}

function Entry({ entry, zone, snooze }: { entry: ReminderEntry; zone: string; snooze: boolean }) {
  const snoozing = useSnooze();
  return (
    <li className="row reminder-row">
      <button type="button" className="link-button" onClick={() => openTask(entry.task_id)}>
        {entry.title}
      </button>
      <span className="meta">{whenLabel(entry.fire_at, zone)}</span>
      {snooze && (
        <fieldset className="snooze">
          <legend className="visually-hidden">{t('Snooze {title}', { title: entry.title })}</legend>
          {SNOOZES.map((choice) => (
            <button
              key={choice.label}
              type="button"
              className="button button-small button-quiet"
              disabled={snoozing.isPending}
              onClick={() => snoozing.mutate({ taskId: entry.task_id, body: choice.body() })}
            >
              {t(choice.label)}
            </button>
          ))}
        </fieldset>
      )}
    </li>
  );
}
