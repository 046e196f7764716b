// The task emails: one reminder, and the daily agenda. Plain text; times in the recipient's zone.
import type { MailMessage } from './mailer.js';

/** The fields of the API task (`doable_task_json`) an email shows. */
export interface MailedTask {
  title: string;
  due_date?: string | null;
  due_at?: string | null;
  description?: string | null;
  priority?: number;
}

/** An instant as the recipient reads it: `Mon 23 Nov, 14:30`. */
export function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

function due(task: MailedTask, timeZone: string): string | undefined {
  if (task.due_at) return `due ${localTime(task.due_at, timeZone)}`;
  if (task.due_date) return `due ${task.due_date}`;
  return undefined;
}

/** One line of text from user input: no line breaks (they could fake headers or lines). */
const oneLine = (text: string, max = 200) => {
  const flat = text.replace(/[\r\n\t]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function reminderMessage(
  to: string,
  task: MailedTask,
  fireAt: string | undefined,
  timeZone: string,
  appUrl: string,
): MailMessage {
  const when = due(task, timeZone);
  const lines = [
    `Reminder: ${oneLine(task.title, 500)}`,
    ...(when ? [when[0]!.toUpperCase() + when.slice(1)] : []),
    ...(fireAt ? [`(reminder set for ${localTime(fireAt, timeZone)}, ${timeZone})`] : []),
    ...(task.description ? ['', task.description.slice(0, 2000)] : []),
    '',
    `Open Doable: ${appUrl}/`,
    '',
    'You get this email because reminder emails are on in Settings → Notifications.',
  ];
  return { to, subject: `Reminder: ${oneLine(task.title, 120)}`, text: lines.join('\n') };
}

export function agendaMessage(
  to: string,
  day: string,
  overdue: MailedTask[],
  today: MailedTask[],
  timeZone: string,
  appUrl: string,
): MailMessage {
  const item = (task: MailedTask) => {
    const when = task.due_at ? ` (${localTime(task.due_at, timeZone).split(', ')[1]})` : '';
    return `- ${oneLine(task.title)}${when}`;
  };
  const overdueItem = (task: MailedTask) => `- ${oneLine(task.title)} (${due(task, timeZone)})`;
  const lines = [
    `Your agenda for ${day}`,
    '',
    ...(today.length ? ['Today:', ...today.map(item)] : ['Nothing is due today.']),
    ...(overdue.length ? ['', 'Overdue:', ...overdue.map(overdueItem)] : []),
    '',
    `Open Doable: ${appUrl}/`,
    '',
    'You get this email because the daily agenda is on in Settings → Notifications.',
  ];
  const count = today.length === 1 ? '1 task' : `${today.length} tasks`;
  return { to, subject: `Your agenda for ${day}: ${count} today`, text: lines.join('\n') };
}
