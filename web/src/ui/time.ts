// Instants as the app shows them: always in the account's zone (one zone everywhere, never the
// browser's own unless they agree), and the browser's zone for a new account or an offer to switch.

/** An instant as a date and time in the account's zone: "12 Mar 2026, 17:00". */
export function instantText(iso: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

/** The calendar date of an instant in the account's zone: "12 Mar 2026". */
export function dateText(iso: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** The browser's own zone (a new account starts in it; Settings offers it when it differs). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
