// The web app's language: `t` turns an English message into the active language's, filled in.
// Only the active language's catalog is loaded (English has none: its text is the message id),
// so English costs the first load nothing but this module (docs/translating.md).
import { createElement, Fragment, type ReactNode, useSyncExternalStore } from 'react';
import { chooseLanguage, directionOf, PSEUDO_LANGUAGE, SOURCE_LANGUAGE } from '#shared/i18n/languages.js';
import { formatMessage, type Vars } from '#shared/i18n/message.js';

/**
 * Each language's web catalogs (shared/i18n/catalogs/<code>/app.json, screens.json and shared.json,
 * what shared code says: a repeat in words, quick add's reasons), loaded on demand.
 */
const CATALOGS = import.meta.glob<Record<string, string>>(
  '../../../shared/i18n/catalogs/*/{app,screens,shared}.json',
  {
    import: 'default',
  },
);

/** The languages offered: English and every language with a catalog folder. */
export const LANGUAGES: readonly string[] = [
  SOURCE_LANGUAGE,
  ...new Set(Object.keys(CATALOGS).map((path) => path.split('/').at(-2)!)),
];

/** This browser's choice (the switch on the sign-in page), kept until the account says otherwise. */
const KEY = 'doable:language';

const saved = (): string | null => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};

let active = SOURCE_LANGUAGE;
let translate = (message: string) => message;
/** Problems in words (problems.ts), loaded with a language other than English. */
let problems: typeof import('./problems') | undefined;
const listeners = new Set<() => void>();

/**
 * A message in the active language, its `{name}`s filled from `vars` (ICU syntax, plurals too:
 * `t('{count, plural, one {# task} other {# tasks}}', { count })`). The message is the English
 * text; the key check (test/web/i18n-catalogs.test.ts) finds it where it is written, so pass a
 * literal, or a `msg('…')` literal kept for later.
 */
export function t(message: string, vars?: Vars): string {
  const text = translate(message);
  return vars || text.includes('{') ? formatMessage(text, vars, language(), intlLocale()) : text;
}

/**
 * A message with parts that are elements: `tx('Due {when}', { when: <time>…</time> })`, each
 * `{name}` of `nodes` put where the language's word order wants it (the rest as in `t`).
 */
export function tx(message: string, nodes: Record<string, ReactNode>, vars?: Vars): ReactNode[] {
  return t(message, vars)
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 ? createElement(Fragment, { key: i }, nodes[piece]) : piece));
}

export { msg } from './msg';

/** The active language ('en', 'ur', or the pseudo-locale 'en-XA'). */
export const language = (): string => (active === PSEUDO_LANGUAGE ? SOURCE_LANGUAGE : active);

/** Whether messages are being translated (any language but English, the pseudo-locale too). */
export const translating = (): boolean => active !== SOURCE_LANGUAGE;

/** A refusal in the active language, by its code and refused fields (api/client.ts's describeError). */
export function problemText(code: string, fields: string[]): string {
  const named = fields.filter(Boolean);
  if (!problems) return t('Something went wrong. Try again.');
  if (code === 'VALIDATION_ERROR' && named.length > 0)
    return t('Check {fields}: that value is not accepted.', { fields: named.join(', ') });
  return t(problems.PROBLEMS[code] ?? problems.PROBLEMS.BAD_REQUEST!);
}

/** The locale for Intl's dates, times and numbers: the browser's own in English (as before), else the language. */
export const intlLocale = (): string | undefined =>
  active === SOURCE_LANGUAGE || active === PSEUDO_LANGUAGE ? undefined : active;

/** The active language (its code), re-rendering when it changes. */
export function useLanguage(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => active,
  );
}

/** The language this browser asked for: its own choice, else its languages in order, else English. */
export function deviceLanguage(): string {
  const choice = saved();
  return choice === PSEUDO_LANGUAGE ? choice : chooseLanguage([choice, ...navigator.languages], LANGUAGES);
}

/**
 * Follows the account's language (its setting; null until chosen, then the device's), kept as
 * this browser's choice so the next start opens in it. The pseudo-locale, set by hand, stays.
 */
export function followAccount(account: string | null | undefined): void {
  if (saved() === PSEUDO_LANGUAGE) return;
  void setLanguage(account ?? deviceLanguage(), Boolean(account));
}

/**
 * Makes `code` the active language: loads its catalogs (nothing for English), then sets the
 * document's lang and dir and re-renders. `remember` keeps it as this browser's choice.
 */
export async function setLanguage(code: string, remember = false): Promise<void> {
  try {
    if (remember) localStorage.setItem(KEY, code);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
  const wanted = code === PSEUDO_LANGUAGE ? code : chooseLanguage([code], LANGUAGES);
  if (wanted === active) return;
  let next = (message: string) => message;
  if (wanted === PSEUDO_LANGUAGE) next = (await import('#shared/i18n/pseudo.js')).pseudoMessage;
  else if (wanted !== SOURCE_LANGUAGE) {
    const parts = Object.entries(CATALOGS).filter(([path]) => path.split('/').at(-2) === wanted);
    const messages: Record<string, string> = Object.assign(
      {},
      ...(await Promise.all(parts.map(([, load]) => load()))),
    );
    next = (message) => messages[message] ?? message;
  }
  if (wanted !== SOURCE_LANGUAGE) problems ??= await import('./problems');
  active = wanted;
  translate = next;
  document.documentElement.lang = wanted;
  document.documentElement.dir = directionOf(wanted);
  for (const listener of listeners) listener();
}

/**
 * An arrow key along the line in reading order: 1 for the one pointing the way the page reads
 * (→ in English, ← in Urdu), -1 for the other, 0 for any other key. Indenting, moving between
 * columns and the like follow it, so they go the way the page shows them.
 */
export function readingStep(key: string): -1 | 0 | 1 {
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  return document.documentElement.dir === 'rtl' ? ((-step || 0) as -1 | 0 | 1) : step;
}
