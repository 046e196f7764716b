// Tasks as a person reads them in a terminal: one aligned row each for `ls`, one line for what a
// command did ("Completed 12: Pay rent"), and every field for `show`.

import { describeRuleText } from '#shared/recurrence/describe.js';
import type { Task } from '../api/index.js';
import { deadlineWords, dueWords, durationWords, fullMoment } from './due.js';
import { type Cell, type Styles, table } from './output.js';

/** What rows need besides the task: the zone for due moments, list names, the time, the styles. */
export interface Lens {
  timeZone: string;
  listNames: Map<number, string>;
  styles: Styles;
  now?: number;
}

const PRIORITY_MARKS: Record<Task['priority'], string> = {
  none: '',
  low: '!low',
  medium: '!medium',
  high: '!high',
};

function priorityCell(task: Task, s: Styles): Cell {
  const paint = { none: undefined, low: s.blue, medium: s.yellow, high: s.red }[task.priority];
  return { text: PRIORITY_MARKS[task.priority], paint };
}

function dueCell(task: Task, lens: Lens): Cell {
  const due = dueWords(task, lens.timeZone, lens.now);
  if (!due) return { text: '' };
  const text = task.recurrence ? `${due.text} ↻` : due.text;
  const s = lens.styles;
  return { text, paint: task.completed ? s.dim : due.overdue ? s.red : due.today ? s.yellow : undefined };
}

function deadlineCell(task: Task, lens: Lens): Cell {
  const deadline = deadlineWords(task, lens.timeZone, lens.now);
  if (!deadline) return { text: '' };
  const s = lens.styles;
  return { text: `by ${deadline.text}`, paint: task.completed ? s.dim : deadline.passed ? s.red : undefined };
}

const durationText = (task: Task) => (task.duration ? durationWords(task.duration) : '');

const tagText = (task: Task) => task.tags.map((tag) => `#${tag}`).join(' ');
const listName = (task: Task, lens: Lens) =>
  task.list_id === null ? '' : (lens.listNames.get(task.list_id) ?? `list ${task.list_id}`);
const progress = (task: Task) =>
  task.subtasks.total > 0 ? `${task.subtasks.total - task.subtasks.open}/${task.subtasks.total}` : '';

/** The rows of `ls`: id, checkbox, title, subtask progress, due, duration, deadline, priority, tags, list. */
export function taskRows(tasks: Task[], lens: Lens, width?: number): string[] {
  const s = lens.styles;
  const rows = tasks.map((task): Cell[] => [
    { text: String(task.id), paint: s.dim },
    task.completed ? { text: '[x]', paint: s.green } : { text: '[ ]' },
    { text: task.title, paint: task.completed ? s.dim : undefined },
    { text: progress(task), paint: s.dim },
    dueCell(task, lens),
    { text: durationText(task), paint: s.dim },
    deadlineCell(task, lens),
    priorityCell(task, s),
    { text: tagText(task), paint: s.cyan },
    { text: listName(task, lens), paint: s.magenta },
  ]);
  return table(rows, { right: [0], flexible: 2, width });
}

/** One line naming a task and what matters about it: "12: Call mom (Tomorrow 17:00, !high, #family)". */
export function summary(task: Task, lens: Lens): string {
  const s = lens.styles;
  const due = dueWords(task, lens.timeZone, lens.now);
  const deadline = deadlineWords(task, lens.timeZone, lens.now);
  const facts = [
    due ? `${due.overdue ? 'was due' : 'due'} ${due.text}` : '',
    task.recurrence ? describeRuleText(task.recurrence, { detail: 'row' }) : '',
    durationText(task) ? `takes ${durationText(task)}` : '',
    deadline ? `${deadline.passed ? 'deadline passed' : 'deadline'} ${deadline.text}` : '',
    PRIORITY_MARKS[task.priority],
    tagText(task),
    listName(task, lens),
  ].filter(Boolean);
  return `${s.bold(String(task.id))}: ${task.title}${facts.length ? s.dim(` (${facts.join(', ')})`) : ''}`;
}

/** Every field of a task, labelled, for `show`. */
export function details(task: Task, lens: Lens): string[] {
  const s = lens.styles;
  const due = dueWords(task, lens.timeZone, lens.now);
  const deadline = deadlineWords(task, lens.timeZone, lens.now);
  const dueText = due
    ? `${due.text}${task.due_at ? `, ${fullMoment(task.due_at, lens.timeZone)}` : `, ${task.due_date} (all day)`}${due.overdue ? s.red(' overdue') : ''}`
    : '';
  const reminders = task.reminders
    .map((r) =>
      r.minutes_before !== undefined
        ? `${r.minutes_before} min before`
        : r.at
          ? `at ${fullMoment(r.at, lens.timeZone)}`
          : '',
    )
    .filter(Boolean)
    .join('; ');
  const fields: [string, string][] = [
    [
      'status',
      task.completed
        ? `done${task.completed_at ? ` ${fullMoment(task.completed_at, lens.timeZone)}` : ''}`
        : 'open',
    ],
    ['due', dueText],
    [
      'repeats',
      task.recurrence ? `${describeRuleText(task.recurrence)} (from ${task.recurrence_from ?? 'due'})` : '',
    ],
    ['takes', durationText(task)],
    [
      'deadline',
      deadline ? `${deadline.text}, ${task.deadline}${deadline.passed ? s.red(' passed') : ''}` : '',
    ],
    ['reminders', reminders],
    ['priority', task.priority === 'none' ? '' : task.priority],
    ['tags', tagText(task)],
    ['list', listName(task, lens) || 'Inbox'],
    ['parent', task.parent_id === null ? '' : String(task.parent_id)],
    [
      'subtasks',
      task.subtasks.total > 0
        ? `${task.subtasks.total - task.subtasks.open} of ${task.subtasks.total} done`
        : '',
    ],
    ['created', fullMoment(task.created_at, lens.timeZone)],
    ['updated', fullMoment(task.updated_at, lens.timeZone)],
  ];
  const shown = fields.filter(([, value]) => value !== '');
  const labelWidth = Math.max(...shown.map(([label]) => label.length));
  const lines = [
    `${s.bold(String(task.id))}  ${task.completed ? s.green('[x]') : '[ ]'} ${s.bold(task.title)}`,
    ...shown.map(([label, value]) => `  ${s.dim(label.padEnd(labelWidth))}  ${value}`),
  ];
  if (task.description) {
    lines.push('', ...task.description.split('\n').map((line) => `  ${line}`));
  }
  return lines;
}
