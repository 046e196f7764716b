// Repeating a task: the editor's choices (daily, weekly on the due day...) as RRULE bodies the API
// takes, the choice a stored rule reads back as, and a rule in words for the list
// (the one describer, shared/recurrence/describe.ts; in another language describe.words.ts, through
// the catalogs).
import { SOURCE_LANGUAGE } from '#shared/i18n/languages.js';
import { describeRuleText } from '#shared/recurrence/describe.js';
import { describeRuleTextIn } from '#shared/recurrence/describe.words.js';
import { intlLocale, t, translating } from '../ui/i18n';

export type RepeatChoice = 'none' | 'daily' | 'weekdays' | 'weekly' | 'monthly' | 'yearly' | 'custom';

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const WEEKDAYS = 'MO,TU,WE,TH,FR';

const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
const dayOfMonth = (day: string) => Number(day.slice(8, 10));

/** The rule a preset means for a first occurrence on `dueDay` (YYYY-MM-DD). */
function presetRule(choice: Exclude<RepeatChoice, 'none' | 'custom'>, dueDay: string): string {
  switch (choice) {
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekdays':
      return `FREQ=WEEKLY;BYDAY=${WEEKDAYS}`;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${WEEKDAY_CODES[weekdayOf(dueDay)]}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=${dayOfMonth(dueDay)}`;
    case 'yearly':
      return 'FREQ=YEARLY';
  }
}

const PRESETS = ['daily', 'weekdays', 'weekly', 'monthly', 'yearly'] as const;

/** The RRULE body to send, or null (not recurring, or no due moment to start from). */
export function ruleOf(choice: RepeatChoice, customRule: string, dueDay: string): string | null {
  if (choice === 'none' || dueDay === '') return null;
  if (choice === 'custom') return customRule.trim().replace(/^RRULE:/i, '') || null;
  return presetRule(choice, dueDay);
}

/** The choice a stored rule shows as: a preset when it is exactly one for this due day, else custom. */
export function choiceOf(rule: string | null, dueDay: string): { choice: RepeatChoice; customRule: string } {
  if (!rule) return { choice: 'none', customRule: '' };
  const preset = dueDay ? PRESETS.find((p) => presetRule(p, dueDay) === rule) : undefined;
  return preset ? { choice: preset, customRule: '' } : { choice: 'custom', customRule: rule };
}

/** The options of the control, named after the due day ("Weekly on Monday"). */
export function repeatOptions(
  dueDay: string,
  locale = intlLocale(),
): { value: RepeatChoice; label: string }[] {
  const date = dueDay ? new Date(`${dueDay}T12:00:00Z`) : null;
  const weekday = date
    ? new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date)
    : t('the due day');
  const monthDay = date ? t('day {n}', { n: dayOfMonth(dueDay) }) : t('the due day');
  return [
    { value: 'none', label: t('Does not repeat') },
    { value: 'daily', label: t('Daily') },
    { value: 'weekdays', label: t('Every weekday (Monday to Friday)') },
    { value: 'weekly', label: t('Weekly on {weekday}', { weekday }) },
    { value: 'monthly', label: t('Monthly on {day}', { day: monthDay }) },
    { value: 'yearly', label: t('Yearly') },
    { value: 'custom', label: t('Custom…') },
  ];
}

/** A rule in full words for the editor: "every 2 months on the 2nd Tuesday, 6 times". */
export function describeRuleFully(rule: string): string {
  return translating()
    ? describeRuleTextIn(rule, { t, locale: intlLocale() ?? SOURCE_LANGUAGE })
    : describeRuleText(rule);
}

/** A rule in a few words for a task row: "every Mon and Thu", "every 3 days", "every month on the 15th". */
export function describeRule(rule: string): string {
  return translating()
    ? describeRuleTextIn(rule, { t, locale: intlLocale() ?? SOURCE_LANGUAGE, detail: 'row' })
    : describeRuleText(rule, { detail: 'row' });
}
