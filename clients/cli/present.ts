// Tasks as a person reads them in a terminal: one aligned row each for `ls`, one line for what a
// command did ("Completed 12: Pay rent"), and every field for `show`.

import { describeRuleText } from '#shared/recurrence/describe.js';
import { describeRuleTextIn } from '#shared/recurrence/describe.words.js';
import type { Task } from '../api/index.js';
import { deadlineWords, dueWords, durationWords, fullMoment } from './due.js';
import { type Cell, type Styles, table } from './output.js';
import { language, locale, t } from './speech.js';

/** A repeat in words: the describer's English, else through the catalogs (describe.words.ts). */
export function repeatWords(rule: string, detail: 'full' | 'row' = 'full'): string {
  return language() === 'en'
    ? describeRuleText(rule, { detail })
    : describeRuleTextIn(rule, { t, locale: locale(), detail });
}

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
  return {
    text: t('by {date}', { date: deadline.text }),
    paint: task.completed ? s.dim : deadline.passed ? s.red : undefined,
  };
}

const durationText = (task: Task) => (task.duration ? durationWords(task.duration) : '');

const tagText = (task: Task) => task.tags.map((tag) => `#${tag}`).join(' ');
const listName = (task: Task, lens: Lens) =>
  task.list_id === null ? '' : (lens.listNames.get(task.list_id) ?? t('list {id}', { id: task.list_id }));
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
    due ? (due.overdue ? t('was due {when}', { when: due.text }) : t('due {when}', { when: due.text })) : '',
    task.recurrence ? repeatWords(task.recurrence, 'row') : '',
    durationText(task) ? t('takes {duration}', { duration: durationText(task) }) : '',
    deadline
      ? deadline.passed
        ? t('deadline passed {date}', { date: deadline.text })
        : t('deadline {date}', { date: deadline.text })
      : '',
    PRIORITY_MARKS[task.priority],
    tagText(task),
    listName(task, lens),
  ].filter(Boolean);
  const list = facts.join(t(', '));
  return `${s.bold(String(task.id))}: ${task.title}${facts.length ? s.dim(` (${list})`) : ''}`;
}

/** Every field of a task, labelled, for `show`. */
export function details(task: Task, lens: Lens): string[] {
  const s = lens.styles;
  const due = dueWords(task, lens.timeZone, lens.now);
  const deadline = deadlineWords(task, lens.timeZone, lens.now);
  const dueText = due
    ? `${due.text}, ${task.due_at ? fullMoment(task.due_at, lens.timeZone) : t('{date} (all day)', { date: task.due_date ?? '' })}${due.overdue ? ` ${s.red(t('overdue'))}` : ''}`
    : '';
  const reminders = task.reminders
    .map((r) =>
      r.minutes_before !== undefined
        ? t('{n} min before', { n: r.minutes_before })
        : r.at
          ? t('at {when}', { when: fullMoment(r.at, lens.timeZone) })
          : '',
    )
    .filter(Boolean)
    .join('; ');
  const fields: [string, string][] = [
    [
      t('status'),
      task.completed
        ? task.completed_at
          ? t('done {when}', { when: fullMoment(task.completed_at, lens.timeZone) })
          : t('done')
        : t('open'),
    ],
    [t('due'), dueText],
    [
      t('repeats'),
      task.recurrence
        ? t('{rule} (from {from, select, completion {completion} other {due}})', {
            rule: repeatWords(task.recurrence),
            from: task.recurrence_from ?? 'due',
          })
        : '',
    ],
    [t('takes'), durationText(task)],
    [
      t('deadline'),
      deadline
        ? `${deadline.text}${t(', ')}${task.deadline}${deadline.passed ? ` ${s.red(t('passed'))}` : ''}`
        : '',
    ],
    [t('reminders'), reminders],
    [
      t('priority'),
      task.priority === 'none'
        ? ''
        : t('{priority, select, high {high} medium {medium} other {low}}', { priority: task.priority }),
    ],
    [t('tags'), tagText(task)],
    [t('list'), listName(task, lens) || t('Inbox')],
    [t('parent'), task.parent_id === null ? '' : String(task.parent_id)],
    [
      t('subtasks'),
      task.subtasks.total > 0
        ? t('{done} of {total} done', {
            done: task.subtasks.total - task.subtasks.open,
            total: task.subtasks.total,
          })
        : '',
    ],
    [t('created'), fullMoment(task.created_at, lens.timeZone)],
    [t('updated'), fullMoment(task.updated_at, lens.timeZone)],
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
