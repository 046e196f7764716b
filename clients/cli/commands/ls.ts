// `doable ls`: tasks in a view (today, upcoming, overdue, inbox) or filtered, as aligned rows.
import type { operations, Task } from '../../api/index.js';
import { listOption, priority, tagOption } from '../args.js';
import type { Command } from '../command.js';
import { usageError } from '../errors.js';
import { resolveList } from '../lookups.js';
import { taskRows } from '../present.js';
import { msg, t } from '../speech.js';

type ListQuery = NonNullable<operations['listTasks']['parameters']['query']>;

/** The views `ls` takes as its argument, and the query each stands for. */
const VIEWS: Record<string, ListQuery> = {
  today: { view: 'today' },
  upcoming: { view: 'upcoming' },
  overdue: { due: 'overdue' },
  week: { due: 'week' },
  inbox: { view: 'inbox' },
};

const SORTS = ['created', 'updated', 'title', 'due', 'agenda', 'priority', 'manual', 'relevance'];
const PAGE = 200;
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 10_000;

/** Every page up to `limit` tasks; the count of all that match. */
async function fetchTasks(
  list: (query: ListQuery) => Promise<{ tasks: Task[]; count: number | null; next_cursor: string | null }>,
  query: ListQuery,
  limit: number,
): Promise<{ tasks: Task[]; count: number }> {
  const first = await list({ ...query, limit: Math.min(limit, PAGE) });
  const tasks = [...first.tasks];
  let cursor = first.next_cursor;
  while (cursor && tasks.length < limit) {
    const page = await list({ ...query, cursor, count: 'none', limit: Math.min(limit - tasks.length, PAGE) });
    tasks.push(...page.tasks);
    cursor = page.next_cursor;
  }
  return { tasks, count: first.count ?? tasks.length };
}

export const ls: Command = {
  name: 'ls',
  aliases: ['list'],
  group: 'Tasks',
  summary: msg('List open tasks: today, upcoming, overdue, inbox, or by --tag, --list, -q'),
  usage: 'ls [view] [options]',
  description: [
    msg(
      'The view is one of today, upcoming, overdue, week, inbox; without one: your open tasks, soonest due first. today: open tasks due today or overdue; upcoming: due today and the 13 days after; overdue: past due; week: due today and the 6 days after; inbox: tasks in no list. "Today" is in your account\'s time zone.',
    ),
    msg(
      'Each row: the id, [ ] or [x], the title, subtasks done, the due moment (red when overdue, ↻ when it repeats), the priority, the tags and the list.',
    ),
  ],
  options: {
    tag: tagOption(msg('only tasks with this tag (repeat for all of several)')),
    list: listOption(msg('only tasks in this list (by name; "inbox" for none)')),
    priority: {
      type: 'string',
      short: 'p',
      multiple: true,
      value: 'p',
      help: msg('only this priority: high, medium, low, none (repeat or comma-separate)'),
    },
    search: {
      type: 'string',
      short: 'q',
      value: 'words',
      help: msg('search titles and descriptions (every word, as a prefix)'),
    },
    all: { type: 'boolean', short: 'a', help: msg('open and completed tasks') },
    done: { type: 'boolean', short: 'd', help: msg('completed tasks only') },
    limit: {
      type: 'string',
      short: 'n',
      value: 'n',
      help: msg('at most n tasks (default {default}, up to {max})'),
      helpVars: { default: DEFAULT_LIMIT, max: MAX_LIMIT },
    },
    sort: {
      type: 'string',
      short: 's',
      value: 'key',
      help: msg('{keys}; a leading - reverses'),
      helpVars: { keys: SORTS.join(', ') },
    },
  },
  examples: [
    'doable ls today',
    'doable ls --tag family --list Home',
    'doable ls -q "dentist" --all',
    'doable ls overdue --json | jq ".tasks[].id"',
  ],
  async run(ctx, args) {
    const [viewName, ...extra] = args.positionals;
    if (extra.length)
      throw usageError(t('ls takes one view, not "{views}"', { views: args.positionals.join(' ') }), 'ls');
    const view = viewName === undefined ? {} : VIEWS[viewName.toLowerCase()];
    if (!view) {
      throw usageError(
        t('unknown view "{view}": use {views}', {
          view: viewName ?? '',
          views: Object.keys(VIEWS).join(', '),
        }),
        'ls',
      );
    }
    if (args.flag('all') && args.flag('done'))
      throw usageError(t('--all and --done do not go together'), 'ls');
    const limit = args.integer('limit', 1, MAX_LIMIT) ?? DEFAULT_LIMIT;
    const sort = args.string('sort');
    if (sort !== undefined && !SORTS.includes(sort.replace(/^-/, ''))) {
      throw usageError(
        t('--sort must be one of {sorts}, not "{sort}"', { sorts: SORTS.join(', '), sort }),
        'ls',
      );
    }
    const priorities = args
      .strings('priority')
      .flatMap((p) => p.split(','))
      .map((p) => priority(p, 'ls'));
    const tags = args.strings('tag').map((tag) => tag.replace(/^#/, ''));
    const q = args.string('search')?.trim();
    const listName = args.string('list');

    const { client } = await ctx.connect();
    const query: ListQuery = {
      ...view,
      status: args.flag('done') ? 'completed' : args.flag('all') ? 'all' : 'pending',
      ...(tags.length ? { tag: tags } : {}),
      ...(priorities.length ? { priority: priorities.join(',') } : {}),
      ...(q ? { q } : {}),
    };
    if (listName !== undefined) {
      const id = await resolveList(ctx, listName);
      query.list_id = id === null ? 'inbox' : String(id);
    }
    // The server's order for a view or a search; a list in your own order; otherwise soonest due.
    if (sort) query.sort = sort as ListQuery['sort'];
    else if (!viewName && !q) query.sort = listName !== undefined ? 'manual' : 'due';

    // The zone and the list names are asked for alongside the tasks: one round trip, not two.
    const [{ tasks, count }, timeZone, lists] = await Promise.all([
      fetchTasks((input) => client.listTasks(input), query, limit),
      ctx.json ? 'UTC' : ctx.timeZone(),
      ctx.json ? [] : ctx.lists(),
    ]);
    if (ctx.json) return ctx.printJson({ tasks, count });
    if (tasks.length === 0) return ctx.print(t('No tasks.'));
    const lens = { timeZone, listNames: new Map(lists.map((list) => [list.id, list.name])), styles: ctx.out };
    for (const line of taskRows(tasks, lens, ctx.width)) ctx.print(line);
    if (count > tasks.length) {
      ctx.print(
        ctx.out.dim(
          t('Showing {shown} of {count} tasks; --limit {limit} shows more.', {
            shown: tasks.length,
            count,
            limit: Math.min(count, MAX_LIMIT),
          }),
        ),
      );
    }
  },
};
