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
// Dates are Todoist's: a date term's operand (`due before: Dec 12`, `date: next week`, a bare
// `sunday`) is a phrase of the product's date language, read by readWhen (shared/when/read.ts) and
// kept as typed in the tree, so a relative one (today, sunday, +4 hours) means the day the filter is
// used: resolveFilterDate reads it then, in the owner's zone and date order.
import { dayOf, formatDay } from '../time/days.js';
import { dayIn } from '../time/zone.js';
import { readWhen, type TimeContext } from '../when/read.js';

/** Limits: what a filter may hold (each answered with a clear error). */
export const FILTER_LIMITS = { length: 500, depth: 16, terms: 40, name: 200 } as const;

/** Which due moments a word means: `overdue`, `no date`, `no time` (a date without a time of day). */
export type DueWord = 'overdue' | 'none' | 'noTime';

export type FilterTerm =
  | { kind: 'due'; when: DueWord }
  /** Due on a day from today through today + days - 1 (`7 days`, `next 7 days`). */
  | { kind: 'dueNext'; days: number }
  /** Overdue, and due on or after the day `days` before today (`-3 days`). */
  | { kind: 'duePast'; days: number }
  /** Due before a date, after it, or on its day (`due before:`, `date after:`, `due:`, a bare date). */
  | { kind: 'dueBefore'; date: FilterDate }
  | { kind: 'dueAfter'; date: FilterDate }
  | { kind: 'dueOn'; date: FilterDate }
  /** The task's deadline (a date) before a date, after it, or on it; `no deadline`. */
  | { kind: 'deadlineBefore'; date: FilterDate }
  | { kind: 'deadlineAfter'; date: FilterDate }
  | { kind: 'deadlineOn'; date: FilterDate }
  | { kind: 'noDeadline' }
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

/**
 * A date operand as typed (`Dec 12`, `sunday`, `+4 hours`) and where it starts (1-based): read when
 * the filter is used (resolveFilterDate), so a saved `today` is the day it is opened.
 */
export interface FilterDate {
  phrase: string;
  position: number;
  /** Whether it reads as an instant (a time of day, `+4 hours`) rather than a day: the phrase says. */
  timed: boolean;
}

/** A date operand read: a calendar day in the owner's zone, or an instant (a time of day was given). */
export type ResolvedDate = { day: string } | { at: string };

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
      if (d === '&' || d === '|' || d === ')') break;
      text += d;
      i++;
    }
    tokens.push({ type: 'term', text: text.trim(), position: start + 1 });
    termMayStart = false;
  }
  return tokens;
}

const quoted = (token: string) => `'${token.length > 40 ? `${token.slice(0, 40)}…` : token}'`;

/**
 * What date operands are checked against while reading: they are kept as typed and read again when
 * the filter is used (resolveFilterDate). Without a date order, a phrase either order reads is taken.
 */
export type FilterReadOptions = Partial<TimeContext>;

/** Reads a filter into its tree; throws a FilterError naming the position and the token of a mistake. */
export function parseFilter(input: string, options: FilterReadOptions = {}): FilterNode {
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
      return {
        op: 'term',
        term: readTerm(token.text, token.position, options),
        position: token.position,
      };
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
  overdue: 'overdue',
  od: 'overdue',
  'no date': 'none',
  'no due date': 'none',
  'no time': 'noTime',
};

/** The words that stand alone (case and inner spaces aside). */
const WORDS: Record<string, FilterTerm> = {
  ...Object.fromEntries(Object.entries(DUE_WORDS).map(([word, when]) => [word, { kind: 'due', when }])),
  'no deadline': { kind: 'noDeadline' },
  recurring: { kind: 'recurring' },
  subtask: { kind: 'subtask' },
  subtasks: { kind: 'subtask' },
  'no labels': { kind: 'noLabels' },
  'no label': { kind: 'noLabels' },
  assigned: { kind: 'assigned', to: 'anyone' },
};

/** The keys whose value is a date, and the term each makes. */
const DATE_KEYS: Record<string, FilterTerm['kind'] & `${string}${'Before' | 'After' | 'On'}`> = {
  due: 'dueOn',
  date: 'dueOn',
  'due before': 'dueBefore',
  'date before': 'dueBefore',
  'due after': 'dueAfter',
  'date after': 'dueAfter',
  deadline: 'deadlineOn',
  'deadline before': 'deadlineBefore',
  'deadline after': 'deadlineAfter',
  completed: 'completedOn',
  'completed before': 'completedBefore',
  'completed after': 'completedAfter',
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

/**
 * A count of days, hours or minutes from now, signed or not (`+4 hours`, `-3 hours`, `+3 days`): the
 * filter's own syntax for what the date language does not read (readWhen first).
 */
const OFFSET = /^([+-]?)(\d{1,4}) ?(days?|hours?|hrs?|minutes?|mins?)$/;

/**
 * What a date operand means at `context` (its clock, zone and date order): a day, or an instant when
 * the phrase has a time of day or counts hours; undefined when it is not a date. The date language
 * reads it (readWhen: a date without a repeat, a duration or a deadline, every word understood);
 * failing that, a count of days or hours from now (OFFSET).
 */
export function resolveFilterDate(date: FilterDate, context: TimeContext): ResolvedDate | undefined {
  const phrase = date.phrase.trim();
  if (phrase === '') return undefined;
  const read = readWhen(phrase, context);
  if (read.rest === '' && read.recurrence === null && read.duration === null && read.deadline === null) {
    if (read.due_at !== null) return { at: read.due_at };
    if (read.due_date !== null) return { day: read.due_date };
  }
  const offset = OFFSET.exec(phrase.toLowerCase().replace(/\s+/g, ' '));
  if (!offset) return undefined;
  const count = Number(offset[2]) * (offset[1] === '-' ? -1 : 1);
  if (offset[3]!.startsWith('d')) {
    const [y, m, d] = dayIn(context.now, context.timeZone).split('-').map(Number) as [number, number, number];
    return { day: formatDay(dayOf(y, m, d) + count) };
  }
  const minutes = offset[3]!.startsWith('m') ? count : count * 60;
  return { at: new Date(context.now.getTime() + minutes * 60_000).toISOString() };
}

/** The calendar day a date operand names, in `timeZone`: an instant's local day. */
export const dayOfResolved = (date: ResolvedDate, timeZone: string) =>
  'day' in date ? date.day : dayIn(new Date(date.at), timeZone);

/** A phrase as a date operand, if it reads as one in the options' date order (without one, in either). */
function dateOperand(phrase: string, position: number, options: FilterReadOptions): FilterDate | undefined {
  const base = { now: options.now ?? new Date(), timeZone: options.timeZone ?? 'UTC' };
  const orders = options.dateOrder !== undefined ? [options.dateOrder] : (['dmy', 'mdy', 'ymd'] as const);
  for (const dateOrder of orders) {
    const date = resolveFilterDate({ phrase, position, timed: false }, { ...base, dateOrder });
    if (date !== undefined) return { phrase, position, timed: 'at' in date };
  }
  return undefined;
}

/** The mistake of a date operand that does not read, at its position. */
export function unknownDate(date: Pick<FilterDate, 'phrase' | 'position'>): FilterError {
  const text = date.phrase.trim();
  return new FilterError(
    `Unknown date ${quoted(text)} at ${date.position}: write a date such as Dec 12, 12/12, sunday, ` +
      'next week, today, in 3 days, 2026-12-01 or +4 hours',
    date.position,
    text,
  );
}

/** What one term's text means; `position` is where it starts. */
function readTerm(text: string, position: number, options: FilterReadOptions): FilterTerm {
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
    const dateKind = DATE_KEYS[key];
    if (dateKind) {
      const date = dateOperand(value.trim(), valuePosition, options);
      if (date === undefined) throw unknownDate({ phrase: value, position: valuePosition });
      return { kind: dateKind, date } as FilterTerm;
    }
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
  // Todoist's day spans: `7 days` and `next 7 days` from today on, `-3 days` the overdue of the last days.
  const ahead = /^(?:next )?(\d{1,4}) days?$/.exec(lower);
  if (ahead) return { kind: 'dueNext', days: Number(ahead[1]) };
  const past = /^-(\d{1,4}) days?$/.exec(lower);
  if (past) return { kind: 'duePast', days: Number(past[1]) };
  // A date alone (`Jan 3`, `sunday`, `today`): due on that day.
  const date = dateOperand(text, position, options);
  if (date !== undefined) return { kind: 'dueOn', date };
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
