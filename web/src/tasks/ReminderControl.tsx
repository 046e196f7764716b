// The editor's "Reminders" control: the task's reminders, each with the moment it fires (following
// the due moment being edited), a remove button each, and an adder: one-click presets relative to
// the due moment, or a date and time in the user's saved zone. The first reminder added is the
// moment the browser is asked whether Doable may show notifications.
import { useEffect, useId, useRef, useState } from 'react';
import { ALL_DAY_REMINDER_TIME } from '#shared/reminders/anchor.js';
import type { Reminder } from '../api/types';
import {
  askedForNotifications,
  askOnceForNotifications,
  useNotificationPermission,
} from '../settings/notificationPermission';
import { BellIcon } from '../ui/BellIcon';
import { t } from '../ui/i18n';
import { instantIn, momentText, wallTimeIn } from './due';
import type { Draft } from './fields';
import {
  anchorOf,
  describeReminder,
  fireTime,
  MAX_REMINDERS,
  REMINDER_PRESETS,
  relativeWords,
  reminderKey,
} from './reminders';

const AT = 'at';

export function ReminderControl({
  draft,
  timeZone,
  error,
  onChange,
}: {
  draft: Draft;
  timeZone: string;
  error: string | undefined;
  onChange: (draft: Draft) => void;
}) {
  const id = useId();
  const permission = useNotificationPermission();
  const [picked, setPicked] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const focusAfterRemove = useRef<number | null>(null);

  const noDue = draft.due_date === '';
  const allDay = !noDue && draft.due_time === '';
  const anchor = anchorOf({ date: draft.due_date || null, time: draft.due_time || null }, timeZone);
  const now = Date.now();
  const present = new Set(draft.reminders.map(reminderKey));
  const full = draft.reminders.length >= MAX_REMINDERS;

  const presets = REMINDER_PRESETS.map((minutes) => ({
    value: String(minutes),
    label:
      minutes === 0 && allDay
        ? t('At {time} on the due day', { time: ALL_DAY_REMINDER_TIME })
        : relativeWords(minutes),
    disabled: noDue || present.has(`before:${minutes}`),
  }));
  const enabled = (value: string) => value === AT || presets.some((p) => p.value === value && !p.disabled);
  const choice = picked && enabled(picked) ? picked : (presets.find((p) => !p.disabled)?.value ?? AT);

  // The custom moment starts at the due moment, else at the next whole hour.
  const start = defaultMoment(draft, timeZone);
  const customDate = date || start.day;
  const customTime = time || start.time;

  const rows = draft.reminders
    .map((reminder, index) => ({ reminder, index, at: fireTime(reminder, anchor) }))
    .sort((a, b) => (a.at ?? Number.POSITIVE_INFINITY) - (b.at ?? Number.POSITIVE_INFINITY));

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    (buttons[index] ?? buttons[index - 1] ?? select.current)?.focus();
  });

  const add = () => {
    setProblem(null);
    let reminder: Reminder;
    if (choice === AT) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(customDate) || !/^\d{2}:\d{2}$/.test(customTime)) {
        setProblem(t('Pick a date and a time for the reminder.'));
        return;
      }
      const at = instantIn(customDate, customTime, timeZone);
      if (Date.parse(at) <= Date.now()) {
        setProblem(t('That moment has already passed: pick a later one.'));
        return;
      }
      reminder = { at };
    } else reminder = { minutes_before: Number(choice) };
    if (present.has(reminderKey(reminder))) {
      setProblem(t('That reminder is already set.'));
      return;
    }
    // Inside the click: browsers only show the permission prompt for a user's own action.
    askOnceForNotifications();
    onChange({ ...draft, reminders: [...draft.reminders, reminder] });
    setAnnouncement(t('Reminder added: {what}', { what: describeReminder(reminder, timeZone) }));
  };

  const remove = (index: number, position: number) => {
    const removed = draft.reminders[index];
    focusAfterRemove.current = position;
    onChange({ ...draft, reminders: draft.reminders.filter((_, i) => i !== index) });
    if (removed)
      setAnnouncement(t('Reminder removed: {what}', { what: describeReminder(removed, timeZone) }));
  };

  const addButton = (
    <button type="button" className="button" disabled={full} onClick={add} aria-label={t('Add reminder')}>
      {t('Add')}
    </button>
  );

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, problem || error ? errorId : ''].filter(Boolean).join(' ');

  return (
    <fieldset className="field reminders">
      <legend>{t('Reminders')}</legend>
      {rows.length === 0 ? (
        <p className="hint reminders-none">{t('No reminders.')}</p>
      ) : (
        <ul className="reminder-list" ref={list}>
          {rows.map(({ reminder, index, at }, position) => {
            const what = describeReminder(reminder, timeZone);
            const when = whenWords(reminder, at, now, timeZone);
            return (
              <li key={reminderKey(reminder)} className="reminder-row">
                <BellIcon />
                <span className="reminder-what">
                  {what}
                  {when && <span className="reminder-when"> · {when}</span>}
                </span>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={t('Remove reminder: {what}', { what })}
                  onClick={() => remove(index, position)}
                >
                  {t('Remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="reminder-add">
        <label htmlFor={`${id}-choice`}>{t('Add a reminder')}</label>
        <div className="reminder-add-row">
          <select
            id={`${id}-choice`}
            ref={select}
            value={choice}
            disabled={full}
            aria-describedby={describedBy}
            onChange={(e) => {
              setPicked(e.target.value);
              setProblem(null);
            }}
          >
            {presets.map((p) => (
              <option key={p.value} value={p.value} disabled={p.disabled}>
                {p.label}
              </option>
            ))}
            <option value={AT}>{t('On a date and time…')}</option>
          </select>
          {(choice !== AT || full) && addButton}
        </div>
        {choice === AT && !full && (
          <div className="reminder-add-row">
            <div className="reminder-moment">
              <label htmlFor={`${id}-date`}>{t('Date')}</label>
              <input
                id={`${id}-date`}
                type="date"
                value={customDate}
                aria-describedby={describedBy}
                aria-invalid={problem ? true : undefined}
                onChange={(e) => setDate(e.target.value)}
                onKeyDown={addOnEnter(add)}
              />
            </div>
            <div className="reminder-moment">
              <label htmlFor={`${id}-time`}>{t('Time')}</label>
              <input
                id={`${id}-time`}
                type="time"
                value={customTime}
                aria-describedby={describedBy}
                aria-invalid={problem ? true : undefined}
                onChange={(e) => setTime(e.target.value)}
                onKeyDown={addOnEnter(add)}
              />
            </div>
            {addButton}
          </div>
        )}
      </div>
      <p id={hintId} className="hint">
        {hintText({ noDue, allDay, full, repeats: draft.repeat !== 'none', custom: choice === AT, timeZone })}{' '}
        {permissionText(permission)}
      </p>
      {(problem || error) && (
        <p id={errorId} className="field-error">
          {problem ?? error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}

/** Enter in the date or time box adds the reminder instead of submitting the whole editor. */
function addOnEnter(add: () => void) {
  return (event: React.KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
}

/** Where the date and time boxes start: the due moment, or the next whole hour in the zone. */
function defaultMoment(draft: Draft, timeZone: string): { day: string; time: string } {
  if (draft.due_date && draft.due_time) return { day: draft.due_date, time: draft.due_time };
  if (draft.due_date) return { day: draft.due_date, time: ALL_DAY_REMINDER_TIME };
  const next = wallTimeIn(new Date(Math.floor(Date.now() / 3_600_000 + 1) * 3_600_000), timeZone);
  return { day: next.day, time: `${next.time.slice(0, 2)}:00` };
}

function whenWords(reminder: Reminder, at: number | null, now: number, timeZone: string): string {
  if (at === null) return t('waits for a due date');
  const moment = reminder.at !== undefined ? null : momentText(new Date(at), timeZone).label;
  if (at <= now) return moment ? t('{moment}, passed', { moment }) : t('passed');
  return moment ?? '';
}

function hintText(o: {
  noDue: boolean;
  allDay: boolean;
  full: boolean;
  repeats: boolean;
  custom: boolean;
  timeZone: string;
}): string {
  const parts: string[] = [];
  if (o.full) parts.push(t('A task has at most {max} reminders.', { max: MAX_REMINDERS }));
  if (o.noDue)
    parts.push(t('Reminders before the due time need a due date: set one above, or pick a date and time.'));
  else if (o.allDay)
    parts.push(
      t('This task is all day: reminders count back from {time} on the due day.', {
        time: ALL_DAY_REMINDER_TIME,
      }),
    );
  if (o.repeats && !o.noDue) parts.push(t('Reminders before the due time come back for every occurrence.'));
  if (o.custom) parts.push(t('Times are in {zone}.', { zone: o.timeZone }));
  return parts.join(' ');
}

function permissionText(permission: ReturnType<typeof useNotificationPermission>): string {
  switch (permission) {
    case 'granted':
      return t('Reminders arrive as notifications from this browser.');
    case 'denied':
      return t(
        'Notifications are blocked for Doable in this browser, so reminders show inside Doable while it is open.',
      );
    case 'unsupported':
      return t(
        'This browser cannot show notifications here, so reminders show inside Doable while it is open.',
      );
    default:
      return askedForNotifications()
        ? t('Notifications are off: reminders show inside Doable while it is open. Turn them on in Settings.')
        : t('Adding one asks whether Doable may show notifications.');
  }
}
