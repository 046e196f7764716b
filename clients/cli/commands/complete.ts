// `doable done` and `doable undo`: complete or reopen several tasks at once, all or nothing (the
// bulk action: an id that is not yours changes nothing and names the ids not found).
import { DoableProblemError, type Task } from '../../api/index.js';
import { taskIds } from '../args.js';
import type { Command } from '../command.js';
import type { Context } from '../context.js';
import { toCliError } from '../errors.js';
import { lensFor } from '../lookups.js';
import { summary } from '../present.js';
import { msg, t } from '../speech.js';

/** A bulk action the server refused, saying that it changed nothing. */
export function allOrNothing(error: unknown): unknown {
  if (!(error instanceof DoableProblemError)) return error;
  const failure = toCliError(error);
  failure.notes.push(t('Nothing was changed: the tasks change all together or not at all.'));
  return failure;
}

/** Runs the bulk action and says what it did to each task, in the order given. */
async function bulk(
  ctx: Context,
  action: 'complete' | 'reopen',
  ids: number[],
  verb: (task: Task, summary: string) => string,
): Promise<void> {
  const { client } = await ctx.connect();
  const result = await client.call('bulkTasks', { body: { action, ids } }).catch((error: unknown) => {
    throw allOrNothing(error);
  });
  if (ctx.json) return ctx.printJson({ tasks: result.tasks, changed: result.changed });
  const lens = await lensFor(ctx, result.tasks);
  for (const task of result.tasks) ctx.print(verb(task, summary(task, lens)));
}

export const done: Command = {
  name: 'done',
  aliases: ['complete'],
  group: 'Tasks',
  summary: msg('Complete tasks (a repeating one moves on to its next occurrence)'),
  usage: 'done <id>...',
  description: [
    msg(
      'All or nothing: when one id is not one of your tasks, none is completed. Completing a task completes its open subtasks too.',
    ),
  ],
  options: {},
  examples: ['doable done 12', 'doable done 12 13 14'],
  async run(ctx, args) {
    // A repeating task stays open, due at its next occurrence.
    await bulk(ctx, 'complete', taskIds(args.positionals, 'done'), (task, said) =>
      task.completed
        ? t('Completed {task}', { task: said })
        : t('Completed one occurrence of {task}', { task: said }),
    );
  },
};

export const undo: Command = {
  name: 'undo',
  aliases: ['reopen'],
  group: 'Tasks',
  summary: msg('Reopen completed tasks'),
  usage: 'undo <id>...',
  description: [
    msg('All or nothing, like done. Reopening a task reopens the subtasks that were completed with it.'),
  ],
  options: {},
  examples: ['doable undo 12', 'doable reopen 12 13'],
  async run(ctx, args) {
    await bulk(ctx, 'reopen', taskIds(args.positionals, 'undo'), (_task, said) =>
      t('Reopened {task}', { task: said }),
    );
  },
};
