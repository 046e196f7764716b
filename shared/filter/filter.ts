// The filter query language (Todoist's common subset): what a person types, e.g.
// `(today | overdue) & #Work & !@waiting`, read into a tree of terms joined by &, | and !, with the
// position of every term, so a mistake is reported where it is. Pure: the server compiles the tree
// into SQL (server/features/tasks/tasks.filter.ts), the web app checks what is typed with it.
// Grammar, loosest first:
//   query   := or
//   or      := and ('|' and)*
//   and     := unary ('&' unary)*
//   unary   := '!' unary | primary
//   primary := '(' or ')' | term
// A term is the text up to the next operator or parenthesis (a list or label name may hold spaces);
// `\` before & | ! ( ) \ takes it as a character of the term.

/** Limits: what a filter may hold (each answered with a clear error). */
export const FILTER_LIMITS = { length: 500, depth: 16, terms: 40, name: 200 } as const;

/** Which due moments a `due` term means. */
export type DueWord = 'today' | 'tomorrow' | 'overdue' | 'none' | 'next7';

export type FilterTerm =
  | { kind: 'due'; when: DueWord }
  | { kind: 'dueBefore'; date: FilterDate }
  | { kind: 'dueAfter'; date: FilterDate }
  /** Finished on that day, before it, or after it (by completion time, in the owner's zone). */
  | { kind: 'completedOn'; date: FilterDate }
  | { kind: 'completedBefore'; date: FilterDate }
  | { kind: 'completedAfter'; date: FilterDate }
  /** Todoist's p1 (highest) to p4 (none). */
  | { kind: 'priority'; level: 1 | 2 | 3 | 4 }
  /** A label (a tag); `*` in it matches any characters. */
  | { kind: 'label'; name: string }
  | { kind: 'noLabels' }
  /** A list by name (`#`, or `##` with its sublists: lists do not nest, so the same); `Inbox` is no list. */
  | { kind: 'list'; name: string; sublists: boolean }
  | { kind: 'section'; name: string }
  | { kind: 'assigned'; to: 'me' | 'others' | 'anyone' | { name: string } }
  | { kind: 'search'; text: string }
  | { kind: 'recurring' }
  | { kind: 'subtask' };

/** A date in `due before:`, `due after:` and the `completed` keys: a calendar date, or a day counted from today (in the owner's zone). */
export type FilterDate = { date: string } | { daysFromToday: number };

export type FilterNode =
  | { op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { op: 'not'; operand: FilterNode }
  | { op: 'term'; term: FilterTerm; position: number };

/** A mistake in a filter: its message names the token and its position (1 is the first character). */
export class FilterError extends Error {
  override name = 'FilterError';
  constructor(
    message: string,
    readonly position: number,
    readonly token: string,
  ) {
    super(message);
  }
}

type Token =
  | { type: '&' | '|' | '!' | '(' | ')'; position: number }
  | { type: 'term'; text: string; position: number };

/** Splits a filter into operators and term texts (trimmed), each with its 1-based position. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  // `!` and `(` are operators only where a term may start; elsewhere they belong to the term.
  let termMayStart = true;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '&' || c === '|' || c === ')' || (termMayStart && (c === '!' || c === '('))) {
      tokens.push({ type: c, position: i + 1 });
      termMayStart = c !== ')';
      i++;
      continue;
    }
    const start = i;
    let text = '';
    while (i < input.length) {
      const d = input[i]!;
      if (d === '\\' && i + 1 < input.length) {
        text += input[i + 1];
        i += 2;
        continue;
      }
      if (d === '&' || d === '|' || d === ')' || d === '(') break;
      text += d;
      i++;
    }
    tokens.push({ type: 'term', text: text.trim(), position: start + 1 });
    termMayStart = false;
  }
  return tokens;
}

const quoted = (token: string) => `'${token.length > 40 ? `${token.slice(0, 40)}…` : token}'`;

/** Reads a filter into its tree; throws a FilterError naming the position and the token of a mistake. */
export function parseFilter(input: string): FilterNode {
  if (input.length > FILTER_LIMITS.length) {
    throw new FilterError(
      `A filter has at most ${FILTER_LIMITS.length} characters`,
      FILTER_LIMITS.length + 1,
      input.slice(FILTER_LIMITS.length, FILTER_LIMITS.length + 10),
    );
  }
  const tokens = tokenize(input);
  if (tokens.length === 0) throw new FilterError('The filter is empty', 1, '');
  let at = 0;
  let terms = 0;
  const end = input.length + 1;
  const describe = (token: Token) => (token.type === 'term' ? token.text : token.type);

  const expected = (what: string): never => {
    const token = tokens[at];
    if (!token) throw new FilterError(`Expected ${what} at the end (${end})`, end, '');
    throw new FilterError(
      `Expected ${what} but found ${quoted(describe(token))} at ${token.position}`,
      token.position,
      describe(token),
    );
  };

  const or = (depth: number): FilterNode => {
    let left = and(depth);
    while (tokens[at]?.type === '|') {
      at++;
      left = { op: 'or', left, right: and(depth) };
    }
    return left;
  };
  const and = (depth: number): FilterNode => {
    let left = unary(depth);
    while (tokens[at]?.type === '&') {
      at++;
      left = { op: 'and', left, right: unary(depth) };
    }
    return left;
  };
  const unary = (depth: number): FilterNode => {
    const token = tokens[at];
    if (depth > FILTER_LIMITS.depth && token) {
      throw new FilterError(
        `A filter nests at most ${FILTER_LIMITS.depth} deep (at ${token.position})`,
        token.position,
        describe(token),
      );
    }
    if (token?.type === '!') {
      at++;
      return { op: 'not', operand: unary(depth + 1) };
    }
    if (token?.type === '(') {
      at++;
      const inner = or(depth + 1);
      if (tokens[at]?.type !== ')') expected(`')' to close the '(' at ${token.position}`);
      at++;
      return inner;
    }
    if (token?.type === 'term') {
      at++;
      terms++;
      if (terms > FILTER_LIMITS.terms) {
        throw new FilterError(
          `A filter has at most ${FILTER_LIMITS.terms} terms (at ${token.position})`,
          token.position,
          token.text,
        );
      }
      return { op: 'term', term: readTerm(token.text, token.position), position: token.position };
    }
    return expected('a term');
  };

  const tree = or(0);
  if (at < tokens.length) {
    const token = tokens[at]!;
    throw new FilterError(
      `Unexpected ${quoted(describe(token))} at ${token.position}`,
      token.position,
      describe(token),
    );
  }
  return tree;
}

const DUE_WORDS: Record<string, DueWord> = {
  today: 'today',
  tod: 'today',
  tomorrow: 'tomorrow',
  tom: 'tomorrow',
  overdue: 'overdue',
  od: 'overdue',
  'no date': 'none',
  'no due date': 'none',
  '7 days': 'next7',
  'next 7 days': 'next7',
};

/** The words that stand alone (case and inner spaces aside). */
const WORDS: Record<string, FilterTerm> = {
  ...Object.fromEntries(Object.entries(DUE_WORDS).map(([word, when]) => [word, { kind: 'due', when }])),
  recurring: { kind: 'recurring' },
  subtask: { kind: 'subtask' },
  subtasks: { kind: 'subtask' },
  'no labels': { kind: 'noLabels' },
  'no label': { kind: 'noLabels' },
  assigned: { kind: 'assigned', to: 'anyone' },
};

function name(text: string, sigil: string, position: number): string {
  const value = text.slice(sigil.length).trim();
  if (value.length === 0) {
    throw new FilterError(`Expected a name after '${sigil}' at ${position}`, position, text);
  }
  if (value.length > FILTER_LIMITS.name) {
    throw new FilterError(
      `A name has at most ${FILTER_LIMITS.name} characters (at ${position})`,
      position,
      text.slice(0, 40),
    );
  }
  return value;
}

function readDate(text: string, position: number): FilterDate {
  const value = text.trim().toLowerCase();
  const relative: Record<string, number> = { today: 0, tomorrow: 1, yesterday: -1 };
  if (value in relative) return { daysFromToday: relative[value]! };
  const days = /^([+-]?\d{1,4}) days?$/.exec(value);
  if (days) return { daysFromToday: Number(days[1]) };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return { date: value };
    }
  }
  throw new FilterError(
    `Unknown date ${quoted(text.trim())} at ${position}: use YYYY-MM-DD, today, tomorrow, yesterday or "N days"`,
    position,
    text.trim(),
  );
}

/** What one term's text means; `position` is where it starts. */
function readTerm(text: string, position: number): FilterTerm {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const word = WORDS[lower];
  if (word) return word;
  const priority = /^p([1-4])$/.exec(lower);
  if (priority) return { kind: 'priority', level: Number(priority[1]) as 1 | 2 | 3 | 4 };
  if (text.startsWith('##')) return { kind: 'list', name: name(text, '##', position), sublists: true };
  if (text.startsWith('#')) return { kind: 'list', name: name(text, '#', position), sublists: false };
  if (text.startsWith('@')) return { kind: 'label', name: name(text, '@', position) };
  if (text.startsWith('/')) return { kind: 'section', name: name(text, '/', position) };
  // "key: value" terms; the value starts after the colon (and its spaces).
  const keyed = /^([A-Za-z ]+?)\s*:\s*/.exec(text);
  if (keyed) {
    const key = keyed[1]!.toLowerCase().replace(/\s+/g, ' ');
    const value = text.slice(keyed[0].length);
    const valuePosition = position + keyed[0].length;
    if (key === 'due before') return { kind: 'dueBefore', date: readDate(value, valuePosition) };
    if (key === 'due after') return { kind: 'dueAfter', date: readDate(value, valuePosition) };
    if (key === 'completed') return { kind: 'completedOn', date: readDate(value, valuePosition) };
    if (key === 'completed before') return { kind: 'completedBefore', date: readDate(value, valuePosition) };
    if (key === 'completed after') return { kind: 'completedAfter', date: readDate(value, valuePosition) };
    if (key === 'search') {
      if (value.trim().length === 0)
        throw new FilterError(`Expected text after 'search:' at ${position}`, position, text);
      return { kind: 'search', text: name(value, '', valuePosition) };
    }
    if (key === 'assigned to') {
      const who = value.trim().toLowerCase();
      if (who === 'me' || who === 'others') return { kind: 'assigned', to: who };
      return { kind: 'assigned', to: { name: name(value, '', valuePosition) } };
    }
    throw new FilterError(`Unknown key ${quoted(`${keyed[1]}:`)} at ${position}`, position, `${keyed[1]}:`);
  }
  // Unknown: name its first word (where a person looks for the typo).
  const first = /^\S+/.exec(text)?.[0] ?? text;
  throw new FilterError(`Unknown word ${quoted(first)} at ${position}`, position, first);
}

/** The filter's terms in order (e.g. to tell whether it needs the owner's time zone). */
export function filterTerms(node: FilterNode): FilterTerm[] {
  if (node.op === 'term') return [node.term];
  if (node.op === 'not') return filterTerms(node.operand);
  return [...filterTerms(node.left), ...filterTerms(node.right)];
}
