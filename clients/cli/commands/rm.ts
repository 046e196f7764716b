// `doable rm`: deletes tasks (and their subtasks), after asking on a terminal.
import type { Task } from '../../api/index.js';
import { taskIds } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { lensFor } from '../lookups.js';
import { summary } from '../present.js';
import { confirm } from '../prompt.js';
import { msg, t } from '../speech.js';
import { allOrNothing } from './complete.js';

export const rm: Command = {
  name: 'rm',
  aliases: ['delete'],
  group: 'Tasks',
  summary: msg('Delete tasks and their subtasks (asks first, unless --yes)'),
  usage: 'rm <id>... [--yes]',
  description: [
    msg(
      'On a terminal, rm shows the tasks and asks before deleting them. Elsewhere (a script, a pipe) it deletes nothing without --yes. All or nothing: when one id is not one of your tasks, none is deleted.',
    ),
  ],
  options: {
    yes: { type: 'boolean', short: 'y', help: msg('delete without asking') },
  },
  examples: ['doable rm 12', 'doable rm 12 13 --yes'],
  async run(ctx, args) {
    const ids = taskIds(args.positionals, 'rm');
    const { client } = await ctx.connect();
    let tasks: Task[] = [];
    if (!args.flag('yes')) {
      if (!ctx.interactive) {
        throw usageError(
          t('rm deletes nothing without --yes when it cannot ask (stdin is not a terminal)'),
          'rm',
        );
      }
      tasks = await Promise.all(ids.map((id) => client.getTask(id)));
      const lens = await lensFor(ctx, tasks);
      for (const task of tasks) ctx.io.stderr.write(`  ${summary(task, { ...lens, styles: ctx.err })}\n`);
      const subtasks = tasks.reduce((n, task) => n + task.subtasks.total, 0);
      const question = t(
        '{subtasks, select, yes {Delete {n, plural, one {this task} other {these # tasks}} and their subtasks?} other {Delete {n, plural, one {this task} other {these # tasks}}?}}',
        { n: ids.length, subtasks: subtasks ? 'yes' : 'no' },
      );
      if (!(await confirm(ctx.io.stdin, ctx.io.stderr, question))) {
        throw new CliError(t('nothing deleted'), EXIT.failed);
      }
    }
    if (ids.length === 1) await client.deleteTask(ids[0]!);
    else
      await client.call('bulkTasks', { body: { action: 'delete', ids } }).catch((error: unknown) => {
        throw allOrNothing(error);
      });
    if (ctx.json) return ctx.printJson({ deleted: ids });
    await ctx.speakAsAccount();
    if (tasks.length === 0)
      return ctx.print(
        t('Deleted {n, plural, one {task} other {tasks}} {ids}.', { n: ids.length, ids: ids.join(', ') }),
      );
    const lens = await lensFor(ctx, tasks);
    for (const task of tasks) ctx.print(t('Deleted {task}', { task: summary(task, lens) }));
  },
};
