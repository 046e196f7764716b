// The command line's words in the reader's language (docs/cli.md): the catalogs' `cli` part
// (shared/i18n/catalogs/<code>/cli.json) and their `shared` part (a repeat in words, quick add's
// reasons), English being the message itself. The language is --lang, else the account's (once a
// command that acts for an account has its settings), else LC_ALL, LC_MESSAGES or LANG, else
// English. Output for scripts (--json) is never translated. One command runs per process: the
// language is this module's, set when the command starts (main.ts) and when the account is known.
import { fileURLToPath } from 'node:url';
import { catalogLanguages, readCatalog } from '#shared/i18n/catalog-files.js';
import { chooseLanguage, SOURCE_LANGUAGE } from '#shared/i18n/languages.js';
import { formatMessage, type Vars } from '#shared/i18n/message.js';

/** The environment the language is read from (config.ts's Env; not imported: config reads errors, which speak). */
type Env = Record<string, string | undefined>;

const CATALOGS = fileURLToPath(new URL('../../shared/i18n/catalogs', import.meta.url));

/** English and every language with a catalog folder, as the server and the web app offer them. */
export const LANGUAGES: readonly string[] = catalogLanguages(CATALOGS);

let active = SOURCE_LANGUAGE;
let catalog: Record<string, string> = {};
/** Whether --lang chose the language (the account's then does not change it). */
let chosen = false;

function use(language: string): void {
  active = language;
  catalog =
    language === SOURCE_LANGUAGE
      ? {}
      : { ...readCatalog(CATALOGS, language, 'shared'), ...readCatalog(CATALOGS, language, 'cli') };
}

/** A message in the reader's language, its `{names}` filled in (ICU syntax, docs/translating.md). */
export function t(message: string, vars?: Vars): string {
  const translated = catalog[message];
  return formatMessage(
    translated ?? message,
    vars,
    translated === undefined ? SOURCE_LANGUAGE : active,
    locale(),
  );
}

/** A message kept to be said later with `t` (the key check finds it here, as the web app's msg). */
export const msg = (message: string): string => message;

/** The language words are in ('en', 'ur'). */
export const language = (): string => active;

/** The locale of Intl's dates and numbers: English as the command line always wrote them, else the language. */
export const locale = (): string => (active === SOURCE_LANGUAGE ? 'en-GB' : active);

/** A POSIX locale's language ("ur_PK.UTF-8" is ur-PK); none for C and POSIX. */
function posixLanguage(value: string | undefined): string | undefined {
  const tag = value?.split(/[.@]/)[0]?.replace(/_/g, '-');
  return !tag || tag === 'C' || tag === 'POSIX' ? undefined : tag;
}

/**
 * Sets the language a command starts in: `flag` (--lang; a language there is no catalog for is
 * refused: undefined), else the environment's (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them).
 */
export function startSpeaking(flag: string | undefined, env: Env): string | undefined {
  chosen = flag !== undefined;
  if (flag !== undefined) {
    const found = LANGUAGES.find((l) => l.toLowerCase() === flag.toLowerCase().split('-')[0]);
    use(found ?? SOURCE_LANGUAGE);
    return found;
  }
  const posix = posixLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  use(posix ? chooseLanguage([posix], LANGUAGES) : SOURCE_LANGUAGE);
  return active;
}

/** The account's language (its settings), unless --lang chose one; null leaves the environment's. */
export function speakAsAccount(language: string | null | undefined): void {
  if (chosen || !language || !LANGUAGES.includes(language)) return;
  use(language);
}
