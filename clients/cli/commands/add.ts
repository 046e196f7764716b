// `doable add`: one line made into a task by the server's quick-add parser.

import { sayReason } from '#shared/quickadd/quickadd.reasons.js';
import type { Schemas, Task } from '../../api/index.js';
import { deadline, duration, listOption, taskId } from '../args.js';
import type { Command } from '../command.js';
import type { Context } from '../context.js';
import { deadlineWords, dueWords, durationWords } from '../due.js';
import { usageError } from '../errors.js';
import { lensFor, readLine, resolveList } from '../lookups.js';
import { repeatWords, summary } from '../present.js';
import { msg, t } from '../speech.js';

function printParse(ctx: Context, parse: Schemas['QuickAddParse'], timeZone: string) {
  const due = dueWords({ ...parse, completed: false }, timeZone);
  const fields: [string, string][] = [
    [t('title'), parse.title],
    [t('due'), due?.text ?? ''],
    [t('repeats'), parse.recurrence ? repeatWords(parse.recurrence) : ''],
    [t('takes'), parse.duration ? durationWords(parse.duration) : ''],
    [t('deadline'), deadlineWords({ deadline: parse.deadline, completed: false }, timeZone)?.text ?? ''],
    [
      t('priority'),
      parse.priority && parse.priority !== 'none'
        ? t('{priority, select, high {high} medium {medium} other {low}}', { priority: parse.priority })
        : (parse.priority ?? ''),
    ],
    [t('tags'), parse.tags.map((tag) => `#${tag}`).join(' ')],
    [t('list'), parse.list ?? ''],
    [t('section'), parse.section ?? ''],
    [t('assignee'), parse.assignee ?? ''],
    [
      t('reminds'),
      parse.reminders
        .map((r) =>
          'minutes_before' in r
            ? t('{n} min before', { n: r.minutes_before })
            : (dueWords({ due_at: r.at, due_date: null, completed: false }, timeZone)?.text ?? r.at),
        )
        .join(t(', ')),
    ],
    ...parse.unread.map((u): [string, string] => [t('kept'), `${u.text}: ${sayReason(u.reason, t)}`]),
  ];
  const shown = fields.filter(([, value]) => value !== '');
  const width = Math.max(8, ...shown.map(([label]) => label.length));
  for (const [label, value] of shown) ctx.print(`${ctx.out.dim(label.padEnd(width))}  ${value}`);
}

export const add: Command = {
  name: 'add',
  aliases: ['a'],
  group: 'Tasks',
  summary: msg('Add a task from one line: due dates and times, #tags, !priority, "every monday"'),
  usage: 'add <text...>',
  description: [
    msg(
      'The line is read like the web app\'s quick add, in your account\'s time zone: "tomorrow 5pm", "next friday", "in 3 days", "dec 24", "9am"; #tags; !high, !medium, !low (or !1-!4, p1-p4); "every monday", "every 2 weeks", "daily". What it cannot read stays in the title. Quote the line when it holds characters your shell treats specially (! # &). "for 45 min" in the line, or --duration, says how long it takes; a date in braces ({example}), or --deadline, the day it must be done by.',
    ),
  ],
  descriptionVars: { example: '"{march 30}"' },
  options: {
    list: listOption(msg('add it to this list (by name)')),
    parent: { type: 'string', value: 'id', help: msg('add it as a subtask of this task') },
    duration: { type: 'string', value: 'time', help: msg('how long it takes (45, 1h30m)') },
    deadline: { type: 'string', value: 'date', help: msg('the day it must be done by (YYYY-MM-DD)') },
    'dry-run': { type: 'boolean', short: 'n', help: msg('show how the line is read, and add nothing') },
  },
  examples: [
    'doable add "Call mom tomorrow 5pm #family !high"',
    'doable add "Pay rent on the 1st at 9am every month #bills" --list Home',
    'doable add --dry-run "dentist next friday 9am"',
    'doable add "Write the report friday 9am" --duration 1h30m --deadline 2026-12-24',
  ],
  async run(ctx, args) {
    const text = args.positionals.join(' ').trim();
    if (!text) throw usageError(t('say what to add, e.g. doable add "Buy milk tomorrow #errands"'), 'add');
    const { client } = await ctx.connect();
    if (args.flag('dry-run')) {
      const [parse, timeZone] = await Promise.all([readLine(ctx, text), ctx.timeZone()]);
      if (ctx.json) ctx.printJson(parse);
      else printParse(ctx, parse, timeZone);
      return;
    }
    // Checked before anything is written: a bad value adds nothing.
    const durationText = args.string('duration');
    const deadlineText = args.string('deadline');
    const extra = {
      ...(durationText !== undefined ? { duration: duration(durationText, 'add') } : {}),
      ...(deadlineText !== undefined ? { deadline: deadline(deadlineText, 'add') } : {}),
    };
    const listName = args.string('list');
    const parentText = args.string('parent');
    const body = {
      text,
      ...(listName !== undefined ? { list_id: await resolveList(ctx, listName) } : {}),
      ...(parentText !== undefined ? { parent_id: taskId(parentText, 'add') } : {}),
    };
    let task = (await client.call('quickAddTask', { body })) as Task;
    if (Object.keys(extra).length > 0) task = await client.updateTask(task.id, extra);
    if (ctx.json) return ctx.printJson(task);
    const lens = await lensFor(ctx, [task]);
    ctx.print(t('Added {task}', { task: summary(task, lens) }));
  },
};
