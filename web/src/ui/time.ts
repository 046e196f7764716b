// Instants as the app shows them: always in the account's zone (one zone everywhere, never the
// browser's own unless they agree), and the browser's zone for a new account or an offer to switch.
// In the active language's words (i18n.ts).
import { intlLocale } from './i18n';

/** An instant as a date and time in the account's zone: "12 Mar 2026, 17:00". */
export function instantText(iso: string, timeZone: string, locale = intlLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

/** The calendar date of an instant in the account's zone: "12 Mar 2026". */
export function dateText(iso: string, timeZone: string, locale = intlLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** The browser's own zone (a new account starts in it; Settings offers it when it differs). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** How this browser's locale writes numeric dates (a new account reads "12/10" so in quick add). */
export function browserDateOrder(locale?: string): 'dmy' | 'mdy' | 'ymd' {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2026, 11, 24))
    .map((p) => p.type)
    .filter((t) => t === 'day' || t === 'month' || t === 'year');
  const order = parts.map((t) => t[0]).join('');
  return order === 'dmy' || order === 'ymd' ? order : 'mdy';
}
