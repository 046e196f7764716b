// Names a person types, turned into what the API takes: a list name into its id, a due moment
// ("next friday 9am") into due_date or due_at, a repeat ("every monday") into an RRULE. Words are
// read by the server's quick-add parser (a dry run), in the account's time zone.
import type { Schemas, Task } from '../api/index.js';
import type { Context } from './context.js';
import { CliError, EXIT, usageError } from './errors.js';
import type { Lens } from './present.js';
import { t } from './speech.js';

/** A list by name (any case), or by id; "inbox" is the Inbox (null) unless a list has that name. */
export async function resolveList(ctx: Context, name: string): Promise<number | null> {
  const lists = await ctx.lists();
  const wanted = name.trim().toLowerCase();
  const named = lists.find((list) => list.name.toLowerCase() === wanted);
  if (named) return named.id;
  if (wanted === 'inbox') return null;
  const byId = /^\d+$/.test(wanted) ? lists.find((list) => list.id === Number(wanted)) : undefined;
  if (byId) return byId.id;
  const names = lists.filter((list) => !list.archived).map((list) => list.name);
  // Said in the account's language, which may not be known yet.
  await ctx.speakAsAccount();
  throw new CliError(t('no list named "{name}"', { name }), EXIT.notFound, [
    names.length
      ? t('Your lists: {names} (and the Inbox).', { names: names.join(', ') })
      : t('You have no lists yet: only the Inbox.'),
  ]);
}

/** What rows need to show these tasks: the zone, and list names when one of them is in a list. */
export async function lensFor(ctx: Context, tasks: Task[]): Promise<Lens> {
  const [timeZone, lists] = await Promise.all([
    ctx.timeZone(),
    tasks.some((task) => task.list_id !== null) ? ctx.lists() : Promise.resolve([]),
  ]);
  return { timeZone, listNames: new Map(lists.map((list) => [list.id, list.name])), styles: ctx.out };
}

type QuickParse = Schemas['QuickAddParse'];

/** Quick add's reading of `text`, creating nothing. */
export async function readLine(ctx: Context, text: string): Promise<QuickParse> {
  const { client } = await ctx.connect();
  return (await client.call('quickAddTask', { body: { text }, query: { dry_run: 'true' } })) as QuickParse;
}

/** Whether the parse read all of `text` (joining words like "at" and "on" aside). */
function readWhole(text: string, parse: QuickParse): boolean {
  let rest = ` ${text.toLowerCase()} `;
  for (const match of parse.matches) rest = rest.replace(match.text.toLowerCase(), ' ');
  return rest.replace(/\b(at|on|by|due|from|starting)\b|[,.]/g, ' ').trim() === '';
}

export interface DueChange {
  due_date?: string | null;
  due_at?: string | null;
  recurrence?: string | null;
}

const CLEAR = new Set(['none', 'clear', 'never', '-']);

/**
 * `--due`: none (clears it), a date (YYYY-MM-DD), an instant with an offset, or words quick add
 * reads ("tomorrow 5pm", "next friday", "every monday 9am", which sets the repeat too).
 */
export async function dueChange(ctx: Context, text: string, command: string): Promise<DueChange> {
  const value = text.trim();
  if (CLEAR.has(value.toLowerCase())) return { due_date: null, due_at: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { due_date: value };
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value))
    return { due_at: value };
  const parse = await readLine(ctx, value);
  if ((!parse.due_date && !parse.due_at) || !readWhole(value, parse)) {
    throw usageError(
      t(
        'cannot read "{text}" as a due moment; try "tomorrow 5pm", "next friday", "dec 24", 2026-12-24 or none',
        {
          text,
        },
      ),
      command,
    );
  }
  return {
    ...(parse.due_date ? { due_date: parse.due_date } : { due_at: parse.due_at }),
    ...(parse.recurrence ? { recurrence: parse.recurrence } : {}),
  };
}

export interface RepeatChange {
  recurrence: string | null;
  /** The first occurrence words like "every monday" name: for a task that has no due moment yet. */
  due?: DueChange;
}

/** `--repeat`: none, an RRULE (FREQ=WEEKLY;BYDAY=MO), or words ("every monday", "daily", "every 2 weeks"). */
export async function repeatChange(ctx: Context, text: string, command: string): Promise<RepeatChange> {
  const value = text.trim();
  if (CLEAR.has(value.toLowerCase())) return { recurrence: null };
  if (/^(RRULE:)?FREQ=/i.test(value)) return { recurrence: value.replace(/^RRULE:/i, '').toUpperCase() };
  const parse = await readLine(ctx, value);
  const read = parse.matches.some((m) => m.kind === 'recurrence') && readWhole(value, parse);
  if (!parse.recurrence || !read) {
    throw usageError(
      t(
        'cannot read "{text}" as a repeat; try "every monday", "daily", "every 2 weeks", FREQ=MONTHLY;BYMONTHDAY=1 or none',
        {
          text,
        },
      ),
      command,
    );
  }
  const due = parse.due_date
    ? { due_date: parse.due_date }
    : parse.due_at
      ? { due_at: parse.due_at }
      : undefined;
  return { recurrence: parse.recurrence, ...(due ? { due } : {}) };
}
