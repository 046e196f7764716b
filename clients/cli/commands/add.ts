// `doable add`: one line made into a task by the server's quick-add parser.

import { describeRuleText } from '#shared/recurrence/describe.js';
import type { Schemas, Task } from '../../api/index.js';
import { deadline, duration, listOption, taskId } from '../args.js';
import type { Command } from '../command.js';
import type { Context } from '../context.js';
import { deadlineWords, dueWords, durationWords } from '../due.js';
import { usageError } from '../errors.js';
import { lensFor, readLine, resolveList } from '../lookups.js';
import { summary } from '../present.js';

function printParse(ctx: Context, parse: Schemas['QuickAddParse'], timeZone: string) {
  const due = dueWords({ ...parse, completed: false }, timeZone);
  const fields: [string, string][] = [
    ['title', parse.title],
    ['due', due?.text ?? ''],
    ['repeats', parse.recurrence ? describeRuleText(parse.recurrence) : ''],
    ['takes', parse.duration ? durationWords(parse.duration) : ''],
    ['deadline', deadlineWords({ deadline: parse.deadline, completed: false }, timeZone)?.text ?? ''],
    ['priority', parse.priority ?? ''],
    ['tags', parse.tags.map((tag) => `#${tag}`).join(' ')],
    ['list', parse.list ?? ''],
    ['section', parse.section ?? ''],
    ['assignee', parse.assignee ?? ''],
    [
      'reminds',
      parse.reminders
        .map((r) =>
          'minutes_before' in r
            ? `${r.minutes_before} min before`
            : (dueWords({ due_at: r.at, due_date: null, completed: false }, timeZone)?.text ?? r.at),
        )
        .join(', '),
    ],
    ...parse.unread.map((u): [string, string] => ['kept', `${u.text}: ${u.reason}`]),
  ];
  for (const [label, value] of fields) if (value) ctx.print(`${ctx.out.dim(label.padEnd(8))}  ${value}`);
}

export const add: Command = {
  name: 'add',
  aliases: ['a'],
  group: 'Tasks',
  summary: 'Add a task from one line: due dates and times, #tags, !priority, "every monday"',
  usage: 'add <text...>',
  description: [
    'The line is read like the web app\'s quick add, in your account\'s time zone: "tomorrow 5pm", ' +
      '"next friday", "in 3 days", "dec 24", "9am"; #tags; !high, !medium, !low (or !1-!4, p1-p4); ' +
      '"every monday", "every 2 weeks", "daily". What it cannot read stays in the title. Quote the ' +
      'line when it holds characters your shell treats specially (! # &). "for 45 min" in the line, ' +
      'or --duration, says how long it takes; a date in braces ("{march 30}"), or --deadline, the day ' +
      'it must be done by.',
  ],
  options: {
    list: listOption('add it to this list (by name)'),
    parent: { type: 'string', value: 'id', help: 'add it as a subtask of this task' },
    duration: { type: 'string', value: 'time', help: 'how long it takes (45, 1h30m)' },
    deadline: { type: 'string', value: 'date', help: 'the day it must be done by (YYYY-MM-DD)' },
    'dry-run': { type: 'boolean', short: 'n', help: 'show how the line is read, and add nothing' },
  },
  examples: [
    'doable add "Call mom tomorrow 5pm #family !high"',
    'doable add "Pay rent on the 1st at 9am every month #bills" --list Home',
    'doable add --dry-run "dentist next friday 9am"',
    'doable add "Write the report friday 9am" --duration 1h30m --deadline 2026-12-24',
  ],
  async run(ctx, args) {
    const text = args.positionals.join(' ').trim();
    if (!text) throw usageError('say what to add, e.g. doable add "Buy milk tomorrow #errands"', 'add');
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
    ctx.print(`Added ${summary(task, await lensFor(ctx, [task]))}`);
  },
};
