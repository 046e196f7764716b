// The task emails: one reminder (plain text and a simple HTML alternative), and the daily agenda
// (plain text), in the recipient's language (server/platform/i18n), dates and times through Intl in
// its locale and the recipient's zone. In HTML, everything that comes from a person (the title, the
// description) is escaped: it is shown as text, never read as markup.
import { directionOf } from '#shared/i18n/languages.js';
import { localDay, localHour, localTime } from '../../platform/i18n/dates.js';
import type { Messages } from '../../platform/i18n/messages.js';
import type { MailMessage } from './mailer.js';

/** The fields of the API task (`doable_task_json`) an email shows. */
export interface MailedTask {
  title: string;
  due_date?: string | null;
  due_at?: string | null;
  description?: string | null;
  priority?: number;
}

/** When the task is due, as the recipient reads it, or undefined. */
function dueWhen(task: MailedTask, timeZone: string, locale: string): string | undefined {
  if (task.due_at) return localTime(task.due_at, timeZone, locale);
  if (task.due_date) return localDay(task.due_date, locale);
  return undefined;
}

/** One line of text from user input: no line breaks (they could fake headers or lines). */
export const oneLine = (text: string, max = 200) => {
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

/**
 * A small HTML body in the recipient's language and its direction: no remote content, no scripts,
 * inline styles only (mail clients drop the rest).
 */
export function htmlPage(m: Messages, title: string, body: string): string {
  const dir = directionOf(m.language);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(m.language)}" dir="${dir}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328; max-width: 36em">',
    body,
    '</body></html>',
  ].join('\n');
}

export function reminderMessage(
  m: Messages,
  to: string,
  task: MailedTask,
  fireAt: string | undefined,
  timeZone: string,
  appUrl: string,
): MailMessage {
  const { t, locale } = m;
  const when = dueWhen(task, timeZone, locale);
  const dueLine = when ? t('Due {when}', { when }) : undefined;
  const setFor = fireAt
    ? t('Reminder set for {when}, {zone}', { when: localTime(fireAt, timeZone, locale), zone: timeZone })
    : undefined;
  const footer = t('You get this email because reminder emails are on in Settings → Notifications.');
  const lines = [
    t('Reminder: {title}', { title: oneLine(task.title, 500) }),
    ...(dueLine ? [dueLine] : []),
    ...(setFor ? [`(${setFor})`] : []),
    ...(task.description ? ['', task.description.slice(0, 2000)] : []),
    '',
    t('Open Doable: {url}', { url: `${appUrl}/` }),
    '',
    footer,
  ];
  const paragraphs = task.description
    ? escapeHtml(task.description.slice(0, 2000))
        .split(/\r?\n\r?\n/)
        .map((p) => `<p>${p.replace(/\r?\n/g, '<br>')}</p>`)
    : [];
  const subject = t('Reminder: {title}', { title: oneLine(task.title, 120) });
  const html = htmlPage(
    m,
    subject,
    [
      `<h1 style="font-size: 1.25em; margin: 0 0 0.25em">${escapeHtml(oneLine(task.title, 500))}</h1>`,
      ...(dueLine ? [`<p style="margin: 0"><strong>${escapeHtml(dueLine)}</strong></p>`] : []),
      ...(setFor ? [`<p style="margin: 0; color: #59636e">${escapeHtml(setFor)}</p>`] : []),
      ...paragraphs,
      `<p><a href="${escapeHtml(`${appUrl}/`)}">${escapeHtml(t('Open Doable'))}</a></p>`,
      `<p style="color: #59636e; font-size: 0.875em">${escapeHtml(footer)}</p>`,
    ].join('\n'),
  );
  return { to, subject, text: lines.join('\n'), html };
}

export function agendaMessage(
  m: Messages,
  to: string,
  day: string,
  overdue: MailedTask[],
  today: MailedTask[],
  timeZone: string,
  appUrl: string,
): MailMessage {
  const { t, locale } = m;
  const item = (task: MailedTask) => {
    const when = task.due_at ? ` (${localHour(task.due_at, timeZone, locale)})` : '';
    return `- ${oneLine(task.title)}${when}`;
  };
  const overdueItem = (task: MailedTask) =>
    `- ${oneLine(task.title)} (${t('due {when}', { when: dueWhen(task, timeZone, locale) ?? '' })})`;
  const dayText = localDay(day, locale);
  const lines = [
    t('Your agenda for {day}', { day: dayText }),
    '',
    ...(today.length ? [t('Today:'), ...today.map(item)] : [t('Nothing is due today.')]),
    ...(overdue.length ? ['', t('Overdue:'), ...overdue.map(overdueItem)] : []),
    '',
    t('Open Doable: {url}', { url: `${appUrl}/` }),
    '',
    t('You get this email because the daily agenda is on in Settings → Notifications.'),
  ];
  return {
    to,
    subject: t('Your agenda for {day}: {count, plural, one {# task} other {# tasks}} today', {
      day: dayText,
      count: today.length,
    }),
    text: lines.join('\n'),
  };
}

/** An inbox notification by email (docs/decisions/0165): what happened, the comment's start, a link. */
export function notificationMessage(
  m: Messages,
  to: string,
  text: string,
  excerpt: string | null,
  url: string,
): MailMessage {
  const { t } = m;
  const sentence = oneLine(text, 600);
  const footer = t('You get this email because reminder emails are on in Settings → Notifications.');
  const lines = [
    sentence,
    ...(excerpt ? ['', `“${oneLine(excerpt, 200)}”`] : []),
    '',
    t('Open it: {url}', { url }),
    '',
    footer,
  ];
  const html = htmlPage(
    m,
    oneLine(text, 120),
    [
      `<p style="margin: 0 0 0.5em"><strong>${escapeHtml(sentence)}</strong></p>`,
      ...(excerpt
        ? [
            `<blockquote style="margin: 0 0 0.5em; color: #59636e">${escapeHtml(oneLine(excerpt, 200))}</blockquote>`,
          ]
        : []),
      `<p><a href="${escapeHtml(url)}">${escapeHtml(t('Open it in Doable'))}</a></p>`,
      `<p style="color: #59636e; font-size: 0.875em">${escapeHtml(footer)}</p>`,
    ].join('\n'),
  );
  return { to, subject: oneLine(text, 120), text: lines.join('\n'), html };
}
