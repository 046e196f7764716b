// Messages in the ICU MessageFormat syntax that translators and their tools know, the subset the
// product uses: `{name}` (a value), `{n, plural, =0 {…} one {# task} other {# tasks}}` (the
// language's plural rules through Intl.PluralRules, `#` the number in the language's digits),
// `{x, select, a {…} other {…}}`, `{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}`
// (the language's ordinal rules). Braces are never literal text; an apostrophe is always one.
// Small on purpose: the web app's first load has no room for a library (docs/translating.md).

/** The values a message fills in, by name. */
export type Vars = Readonly<Record<string, string | number>>;

type Kind = 'plural' | 'select' | 'selectordinal';
type Part = string | { arg: string; kind?: Kind; cases?: Record<string, Part[]> } | 0;

const parsed = new Map<string, Part[]>();

/** A message's parts (cached by text): literal text, `0` for a plural's `#`, and arguments. */
export function parseMessage(message: string): Part[] {
  let parts = parsed.get(message);
  if (!parts) {
    let at = 0;
    const read = (inPlural: boolean): Part[] => {
      const out: Part[] = [];
      let text = '';
      const flush = () => {
        if (text) out.push(text);
        text = '';
      };
      while (at < message.length) {
        const c = message[at]!;
        if (c === '}') break;
        at++;
        if (c === '#' && inPlural) {
          flush();
          out.push(0);
        } else if (c === '{') {
          const head = /^\s*([^\s,{}]+)\s*(?:,\s*(plural|selectordinal|select)\s*,)?/.exec(message.slice(at));
          if (!head) {
            text += c;
            continue;
          }
          flush();
          at += head[0].length;
          if (!head[2]) {
            at = message.indexOf('}', at) + 1;
            out.push({ arg: head[1]! });
            continue;
          }
          const cases: Record<string, Part[]> = {};
          for (
            let m = /^\s*([^\s{}]+)\s*\{/.exec(message.slice(at));
            m;
            m = /^\s*([^\s{}]+)\s*\{/.exec(message.slice(at))
          ) {
            at += m[0].length;
            cases[m[1]!] = read(head[2] !== 'select');
            at++;
          }
          at = message.indexOf('}', at) + 1;
          out.push({ arg: head[1]!, kind: head[2] as Kind, cases });
        } else text += c;
      }
      flush();
      return out;
    };
    parts = read(false);
    parsed.set(message, parts);
  }
  return parts;
}

/**
 * Fills in a message. `language` picks the plural rules (the message's language, 'en' for the
 * English source); `locale` the digits (undefined: the browser's, as Intl does).
 */
export function formatMessage(
  message: string,
  vars: Vars | undefined,
  language: string,
  locale?: string,
): string {
  const out = (parts: Part[], count?: number): string =>
    parts
      .map((p) => {
        if (typeof p === 'string') return p;
        if (p === 0) return new Intl.NumberFormat(locale).format(count ?? 0);
        const value = vars?.[p.arg];
        if (!p.cases) return value === undefined ? `{${p.arg}}` : String(value);
        if (p.kind === 'select') return out(p.cases[String(value)] ?? p.cases.other ?? []);
        const n = Number(value);
        const rules = new Intl.PluralRules(language, { type: p.kind === 'plural' ? 'cardinal' : 'ordinal' });
        return out(p.cases[`=${n}`] ?? p.cases[rules.select(n)] ?? p.cases.other ?? [], n);
      })
      .join('');
  return out(parseMessage(message));
}

/** The names a message fills in (the key check holds translations to the same ones). */
export function messageArgs(message: string): string[] {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (typeof p !== 'object') continue;
      names.add(p.arg);
      for (const c of Object.values(p.cases ?? {})) walk(c);
    }
  };
  walk(parseMessage(message));
  return [...names].sort();
}

/** Plural and select case names of a message, per argument ("n:one,other"), for the key check. */
export function messageCases(message: string): string[] {
  const found: string[] = [];
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (typeof p !== 'object' || !p.cases) continue;
      found.push(`${p.arg}:${p.kind}`);
      for (const c of Object.values(p.cases)) walk(c);
    }
  };
  walk(parseMessage(message));
  return found.sort();
}
