// The task emails: one reminder (plain text and a simple HTML alternative), and the daily agenda
// (plain text). Times in the recipient's zone. In HTML, everything that comes from a person (the
// title, the description) is escaped: it is shown as text, never read as markup.
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

/** Text as HTML text: the five characters HTML gives meaning to are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** A small HTML body: no remote content, no scripts, inline styles only (mail clients drop the rest). */
function htmlPage(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328; max-width: 36em">',
    body,
    '</body></html>',
  ].join('\n');
}

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
  const paragraphs = task.description
    ? escapeHtml(task.description.slice(0, 2000))
        .split(/\r?\n\r?\n/)
        .map((p) => `<p>${p.replace(/\r?\n/g, '<br>')}</p>`)
    : [];
  const html = htmlPage(
    `Reminder: ${oneLine(task.title, 120)}`,
    [
      `<h1 style="font-size: 1.25em; margin: 0 0 0.25em">${escapeHtml(oneLine(task.title, 500))}</h1>`,
      ...(when
        ? [`<p style="margin: 0"><strong>${escapeHtml(when[0]!.toUpperCase() + when.slice(1))}</strong></p>`]
        : []),
      ...(fireAt
        ? [
            `<p style="margin: 0; color: #59636e">Reminder set for ${escapeHtml(localTime(fireAt, timeZone))}, ${escapeHtml(timeZone)}</p>`,
          ]
        : []),
      ...paragraphs,
      `<p><a href="${escapeHtml(`${appUrl}/`)}">Open Doable</a></p>`,
      '<p style="color: #59636e; font-size: 0.875em">You get this email because reminder emails are on in Settings → Notifications.</p>',
    ].join('\n'),
  );
  return { to, subject: `Reminder: ${oneLine(task.title, 120)}`, text: lines.join('\n'), html };
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

/** An inbox notification by email (docs/decisions/0165): what happened, the comment's start, a link. */
export function notificationMessage(
  to: string,
  text: string,
  excerpt: string | null,
  url: string,
): MailMessage {
  const sentence = oneLine(text, 600);
  const footer = 'You get this email because reminder emails are on in Settings → Notifications.';
  const lines = [
    sentence,
    ...(excerpt ? ['', `“${oneLine(excerpt, 200)}”`] : []),
    '',
    `Open it: ${url}`,
    '',
    footer,
  ];
  const html = htmlPage(
    oneLine(text, 120),
    [
      `<p style="margin: 0 0 0.5em"><strong>${escapeHtml(sentence)}</strong></p>`,
      ...(excerpt
        ? [
            `<blockquote style="margin: 0 0 0.5em; color: #59636e">${escapeHtml(oneLine(excerpt, 200))}</blockquote>`,
          ]
        : []),
      `<p><a href="${escapeHtml(url)}">Open it in Doable</a></p>`,
      `<p style="color: #59636e; font-size: 0.875em">${escapeHtml(footer)}</p>`,
    ].join('\n'),
  );
  return { to, subject: oneLine(text, 120), text: lines.join('\n'), html };
}
