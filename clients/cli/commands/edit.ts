// `doable edit`: changes some fields of a task. Tag changes read the task first and write with
// If-Match, so a change made elsewhere in between is never overwritten (the edit is tried again).
import { type DoableClient, DoableProblemError, type operations, type Task } from '../../api/index.js';
import { deadline, duration, listOption, priority, tagOption, taskId } from '../args.js';
import type { Command } from '../command.js';
import { usageError } from '../errors.js';
import { dueChange, lensFor, repeatChange, resolveList } from '../lookups.js';
import { summary } from '../present.js';
import { msg, t } from '../speech.js';

type Patch = NonNullable<operations['updateTask']['requestBody']>['content']['application/json'];

const ATTEMPTS = 3;

function sameTag(a: string, b: string) {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Reads the task, and writes the change made from it only if the task has not changed since
 * (If-Match); when it has, reads it again and retries, a few times.
 */
async function writeOverCurrent(
  client: DoableClient,
  id: number,
  change: (current: Task) => Patch,
): Promise<Task> {
  for (let attempt = 1; ; attempt++) {
    const { data: current, etag } = await client.send('getTask', { path: { id: String(id) } });
    try {
      return await client.updateTask(id, change(current), etag ? { ifMatch: etag } : {});
    } catch (error) {
      const changed = error instanceof DoableProblemError && error.error_code === 'PRECONDITION_FAILED';
      if (!changed || attempt >= ATTEMPTS) throw error;
    }
  }
}

export const edit: Command = {
  name: 'edit',
  group: 'Tasks',
  summary: msg(
    "Change a task's title, due moment, repeat, duration, deadline, priority, tags, list, parent or note",
  ),
  usage: 'edit <id> [options]',
  description: [
    msg(
      '--due takes a date (2026-12-24), an instant (2026-12-24T17:00:00+01:00), words quick add reads ("tomorrow 5pm", "next friday", "in 3 days"; "every monday 9am" sets the repeat too) or none. --repeat takes words ("every monday", "daily", "every 2 weeks"), an RRULE or none; a task that repeats needs a due moment, which words like "every monday" give it when it has none. --duration takes minutes (45), or hours and minutes (1h30m, "2 h"), up to 30 days, or none; --deadline a date (2026-12-24) or none.',
    ),
  ],
  options: {
    title: { type: 'string', value: 'text', help: msg('the new title') },
    due: { type: 'string', value: 'when', help: msg('the due moment, or none') },
    repeat: { type: 'string', value: 'rule', help: msg('how it repeats, or none') },
    duration: { type: 'string', value: 'time', help: msg('how long it takes (45, 1h30m), or none') },
    deadline: {
      type: 'string',
      value: 'date',
      help: msg('the day it must be done by (YYYY-MM-DD), or none'),
    },
    priority: { type: 'string', short: 'p', value: 'p', help: msg('high, medium, low or none (or 1-4)') },
    tag: tagOption(msg('add a tag (repeat for several)')),
    untag: { type: 'string', multiple: true, value: 'tag', help: msg('remove a tag (repeat for several)') },
    list: listOption(msg('move it to this list (by name; "inbox" for none)')),
    parent: {
      type: 'string',
      value: 'id',
      help: msg('make it a subtask of this task, or none for top level'),
    },
    note: { type: 'string', value: 'text', help: msg('the description ("" clears it)') },
    description: { type: 'string', value: 'text', help: msg('the same as --note') },
  },
  examples: [
    'doable edit 12 --title "Call mom and dad" --due "friday 6pm"',
    'doable edit 12 --priority high --tag family --untag later',
    'doable edit 12 --list Home --note "Ask about the weekend"',
    'doable edit 12 --due none --repeat none',
    'doable edit 12 --duration 1h30m --deadline 2026-12-24',
  ],
  async run(ctx, args) {
    const [idText, ...extra] = args.positionals;
    if (idText === undefined) throw usageError(t('give the id of the task to edit'), 'edit');
    if (extra.length) {
      throw usageError(
        t('edit takes one task id; put a new title in --title "{title}"', { title: extra.join(' ') }),
        'edit',
      );
    }
    const id = taskId(idText, 'edit');
    if (args.has('note') && args.has('description')) {
      throw usageError(t('--note and --description are the same field: give one'), 'edit');
    }
    const patch: Patch = {};
    const title = args.string('title');
    if (title !== undefined) patch.title = title;
    const note = args.string('note') ?? args.string('description');
    if (note !== undefined) patch.description = note === '' ? null : note;
    const level = args.string('priority');
    if (level !== undefined) patch.priority = priority(level, 'edit');
    const durationText = args.string('duration');
    if (durationText !== undefined) patch.duration = duration(durationText, 'edit');
    const deadlineText = args.string('deadline');
    if (deadlineText !== undefined) patch.deadline = deadline(deadlineText, 'edit');
    const parent = args.string('parent');
    if (parent !== undefined)
      patch.parent_id = parent.toLowerCase() === 'none' ? null : taskId(parent, 'edit');
    const adding = args.strings('tag').map((tag) => tag.replace(/^#/, ''));
    const removing = args.strings('untag').map((tag) => tag.replace(/^#/, ''));
    const dueText = args.string('due');
    const repeatText = args.string('repeat');
    const listName = args.string('list');
    const asked = Object.keys(patch).length + adding.length + removing.length;
    if (asked === 0 && dueText === undefined && repeatText === undefined && listName === undefined) {
      throw usageError(
        'nothing to change: give --title, --due, --repeat, --duration, --deadline, --priority, --tag, --untag, --list, --parent or --note',
        'edit',
      );
    }

    const { client } = await ctx.connect();
    const [due, repeat, listId] = await Promise.all([
      dueText === undefined ? undefined : dueChange(ctx, dueText, 'edit'),
      repeatText === undefined ? undefined : repeatChange(ctx, repeatText, 'edit'),
      listName === undefined ? undefined : resolveList(ctx, listName),
    ]);
    if (due) Object.assign(patch, due);
    if (repeat) patch.recurrence = repeat.recurrence;
    if (listId !== undefined) patch.list_id = listId;

    // Tags, and a repeat that may need a due moment, depend on the task as it is.
    const readFirst = adding.length > 0 || removing.length > 0 || (repeat?.due !== undefined && !due);
    const task = !readFirst
      ? await client.updateTask(id, patch)
      : await writeOverCurrent(client, id, (current) => {
          const write: Patch = { ...patch };
          if (adding.length || removing.length) {
            const kept = current.tags.filter((tag) => !removing.some((r) => sameTag(r, tag)));
            write.tags = [...kept, ...adding.filter((a) => !kept.some((tag) => sameTag(a, tag)))];
          }
          if (repeat?.due && !due && !current.due_date && !current.due_at) Object.assign(write, repeat.due);
          return write;
        });
    if (ctx.json) return ctx.printJson(task);
    const lens = await lensFor(ctx, [task]);
    ctx.print(t('Updated {task}', { task: summary(task, lens) }));
  },
};
