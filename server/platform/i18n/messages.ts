// What the server writes for people (emails, push and in-app notifications) in their language:
// the messages of shared/i18n/catalogs/<code>/server.json (docs/translating.md), English being the
// message itself. A language is offered when it has a catalog folder, as in the web app; its
// server catalog is read once, when first used.
import { fileURLToPath } from 'node:url';
import { catalogLanguages, readCatalog } from '#shared/i18n/catalog-files.js';
import { chooseLanguage, SOURCE_LANGUAGE } from '#shared/i18n/languages.js';
import { formatMessage, type Vars } from '#shared/i18n/message.js';

/** The catalogs (three levels up holds from the bundle too: build/server/bundle). */
export const CATALOGS_DIR = fileURLToPath(new URL('../../../shared/i18n/catalogs', import.meta.url));

/** The languages an account may choose: English and every language with a catalog folder. */
export const LANGUAGES: readonly [string, ...string[]] = catalogLanguages(CATALOGS_DIR);

export const isLanguage = (value: unknown): value is string =>
  typeof value === 'string' && LANGUAGES.includes(value);

/** A message in a language, its `{names}` filled in (ICU syntax, docs/translating.md). */
export type Translate = (message: string, vars?: Vars) => string;

export interface Messages {
  /** The language the text is in (English for one the server has no catalog for). */
  language: string;
  /** The locale for Intl's dates and numbers: English as the emails always wrote them (en-GB), else the language. */
  locale: string;
  t: Translate;
}

const catalogs = new Map<string, Record<string, string>>();

function catalogOf(language: string): Record<string, string> {
  let catalog = catalogs.get(language);
  if (!catalog) {
    catalog = readCatalog(CATALOGS_DIR, language, 'server');
    catalogs.set(language, catalog);
  }
  return catalog;
}

/**
 * The messages of `language` (an account's choice; null or unknown: English). A message the
 * catalog lacks is written in English.
 */
export function messagesFor(language: string | null | undefined): Messages {
  const chosen = isLanguage(language) ? language : SOURCE_LANGUAGE;
  const catalog = chosen === SOURCE_LANGUAGE ? {} : catalogOf(chosen);
  const locale = chosen === SOURCE_LANGUAGE ? 'en-GB' : chosen;
  return {
    language: chosen,
    locale,
    t: (message, vars) => {
      const translated = catalog[message];
      const text = translated ?? message;
      return formatMessage(text, vars, translated === undefined ? SOURCE_LANGUAGE : chosen, locale);
    },
  };
}

/**
 * The first language of an Accept-Language header (RFC 9110: by weight, then order) the app has,
 * exactly or by its primary subtag ("ur-PK" is "ur"); undefined when it names none of them.
 */
export function languageFromAcceptLanguage(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.weight > 0 && range.tag !== '' && range.tag !== '*')
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const found = chooseLanguage([tag], LANGUAGES);
    // chooseLanguage answers English for a tag it has nothing for: only English itself counts.
    if (found !== SOURCE_LANGUAGE || tag.split('-')[0]!.toLowerCase() === SOURCE_LANGUAGE) return found;
  }
  return undefined;
}
