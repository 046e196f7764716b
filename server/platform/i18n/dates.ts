// Dates and times in what the server writes for people (emails, push messages): through Intl, in
// the recipient's locale (`Messages.locale`: en-GB for English, as the emails always read) and zone.

/** An instant as the recipient reads it: `Mon 23 Nov, 14:30` (in English). */
export function localTime(iso: string, timeZone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The time of day alone: `14:30` (in English). */
export const localHour = (iso: string, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** A calendar day (`YYYY-MM-DD`) as the recipient reads it: `Tue 24 Nov` (in English). */
export function localDay(day: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${day}T00:00:00Z`));
}
