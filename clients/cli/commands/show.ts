// `doable show`: one task with every field.
import { taskId } from '../args.js';
import type { Command } from '../command.js';
import { usageError } from '../errors.js';
import { lensFor } from '../lookups.js';
import { details } from '../present.js';
import { msg, t } from '../speech.js';

export const show: Command = {
  name: 'show',
  aliases: ['view'],
  group: 'Tasks',
  summary: msg('Show one task in full: due, repeat, reminders, tags, list, subtasks, note'),
  usage: 'show <id>',
  options: {},
  examples: ['doable show 12', 'doable show 12 --json'],
  async run(ctx, args) {
    if (args.positionals.length !== 1) throw usageError(t('show takes one task id'), 'show');
    const id = taskId(args.positionals[0]!, 'show');
    const { client } = await ctx.connect();
    const task = await client.getTask(id);
    if (ctx.json) return ctx.printJson(task);
    for (const line of details(task, await lensFor(ctx, [task]))) ctx.print(line);
  },
};
