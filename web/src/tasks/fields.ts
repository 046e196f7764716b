// The task editor's fields, in one list. A new API field (priority, tags, due date...) is one
// entry here plus its line in draftOf/patchOf; the editor renders every kind below, each in its
// place of the task view: the title and description on top, the rest in the grid of fields (two
// columns on a wide screen), the reminders across it.
import type { Reminder, Task, TaskPatch } from '../api/types';
import { intlLocale, msg, t } from '../ui/i18n';
import { instantIn, wallTimeIn } from './due';
import { choiceOf, type RepeatChoice, ruleOf } from './recurrence';
import { MAX_REMINDERS, sameReminders } from './reminders';

/** The longest description the server keeps (DESCRIPTION_MAX of server/features/tasks/tasks.schema.ts). */
const DESCRIPTION_MAX = 16_000;
/** The longest duration in minutes the server keeps (MAX_DURATION_MINUTES of server/features/tasks/tasks.fields.ts). */
const MAX_DURATION = 43_200;

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'checkbox'
  | 'select'
  | 'date'
  | 'time'
  | 'datetime'
  | 'tags'
  | 'recurrence'
  | 'reminders';

/** Where a field sits in the task view: on top (large, label for screen readers only), in the grid, or across it. */
export type FieldPlace = 'top' | 'grid' | 'wide';

export interface FieldSpec {
  name: keyof Draft;
  label: string;
  kind: FieldKind;
  place: FieldPlace;
  /** Shown in the empty control, where the label is for screen readers only (place `top`). */
  placeholder?: string;
  hint?: string;
  maxLength?: number;
  required?: boolean;
  options?: { value: string; label: string }[];
}

/** The editor's working copy of a task: form values, not API values. */
export interface Draft {
  title: string;
  description: string;
  completed: boolean;
  priority: Task['priority'];
  /** The due day (YYYY-MM-DD) in the user's zone; empty: no due moment. */
  due_date: string;
  /** The wall time (HH:MM) in the user's zone; empty: all day. */
  due_time: string;
  repeat: RepeatChoice;
  /** The RRULE typed when `repeat` is custom. */
  custom_rule: string;
  recurrence_from: 'due' | 'completion';
  tags: string[];
  reminders: Reminder[];
  /** The list (null: the Inbox). */
  list_id: number | null;
  /** The section of that list (null: none). */
  section_id: number | null;
  /** Who does it (a user id of the list's owner or a member); null: nobody. */
  assignee_id: string | null;
  /** How many minutes it takes, as typed; empty: not said. */
  duration: string;
  /** The day it must be done by (YYYY-MM-DD); empty: none. */
  deadline: string;
}

export const TASK_FIELDS: FieldSpec[] = [
  {
    name: 'title',
    label: msg('Title'),
    kind: 'text',
    place: 'top',
    placeholder: msg('Task name'),
    maxLength: 200,
    required: true,
  },
  {
    name: 'description',
    label: msg('Description'),
    kind: 'textarea',
    place: 'top',
    placeholder: msg('Description'),
    maxLength: DESCRIPTION_MAX,
    hint: msg('Markdown, up to 16,000 characters'),
  },
  { name: 'due_date', label: msg('Due date'), kind: 'date', place: 'grid' },
  { name: 'due_time', label: msg('Due time'), kind: 'time', place: 'grid', hint: msg('Empty: all day') },
  {
    name: 'deadline',
    label: msg('Deadline'),
    kind: 'date',
    place: 'grid',
    hint: msg('The day it must be done by'),
  },
  {
    name: 'priority',
    label: msg('Priority'),
    kind: 'select',
    place: 'grid',
    options: [
      { value: 'none', label: msg('None') },
      { value: 'low', label: msg('Low') },
      { value: 'medium', label: msg('Medium') },
      { value: 'high', label: msg('High') },
    ],
  },
  {
    name: 'duration',
    label: msg('Duration'),
    kind: 'text',
    place: 'grid',
    hint: msg('Minutes, e.g. 45; empty: not said'),
    maxLength: 5,
  },
  { name: 'tags', label: msg('Tags'), kind: 'tags', place: 'grid', hint: msg('Separated by commas') },
  { name: 'repeat', label: msg('Repeat'), kind: 'recurrence', place: 'grid' },
  { name: 'completed', label: msg('Completed'), kind: 'checkbox', place: 'grid' },
  { name: 'reminders', label: msg('Reminders'), kind: 'reminders', place: 'wide' },
];

/** The draft of a task, its due moment as wall time in `timeZone` (the user's saved zone). */
export function draftOf(task: Task, timeZone: string): Draft {
  const wall = task.due_at ? wallTimeIn(new Date(task.due_at), timeZone) : null;
  const due_date = wall?.day ?? task.due_date ?? '';
  const { choice, customRule } = choiceOf(task.recurrence, due_date);
  return {
    title: task.title,
    description: task.description ?? '',
    completed: task.completed,
    priority: task.priority,
    due_date,
    due_time: wall?.time ?? '',
    repeat: choice,
    custom_rule: customRule,
    recurrence_from: task.recurrence_from ?? 'due',
    tags: task.tags,
    reminders: task.reminders ?? [],
    list_id: task.list_id,
    section_id: task.section_id,
    assignee_id: task.assignee_id,
    duration: task.duration == null ? '' : String(task.duration),
    deadline: task.deadline ?? '',
  };
}

/** The rule the draft asks for: null when it does not repeat or has no due moment. */
export function recurrenceOf(draft: Draft): string | null {
  return ruleOf(draft.repeat, draft.custom_rule, draft.due_date);
}

/** Only what changed, as the API takes it; empty when nothing did. */
export function patchOf(task: Task, draft: Draft, timeZone: string): TaskPatch {
  const before = draftOf(task, timeZone);
  const patch: TaskPatch = {};
  if (draft.title.trim() !== task.title) patch.title = draft.title.trim();
  const description = draft.description.trim() === '' ? null : draft.description;
  if (description !== task.description) patch.description = description;
  if (draft.completed !== task.completed) patch.completed = draft.completed;
  if (draft.priority !== task.priority) patch.priority = draft.priority;
  if (draft.due_date !== before.due_date || draft.due_time !== before.due_time) {
    // Setting one kind of due moment clears the other on the server; clearing needs both.
    if (draft.due_date === '') {
      if (task.due_date !== null) patch.due_date = null;
      if (task.due_at !== null) patch.due_at = null;
    } else if (draft.due_time === '') patch.due_date = draft.due_date;
    else patch.due_at = instantIn(draft.due_date, draft.due_time, timeZone);
  }
  const recurrence = recurrenceOf(draft);
  if (recurrence !== task.recurrence) patch.recurrence = recurrence;
  if (recurrence !== null && draft.recurrence_from !== (task.recurrence_from ?? 'due'))
    patch.recurrence_from = draft.recurrence_from;
  if (draft.tags.join('\n') !== task.tags.join('\n')) patch.tags = draft.tags;
  if (!sameReminders(draft.reminders, task.reminders ?? [])) patch.reminders = draft.reminders;
  if (draft.list_id !== task.list_id) {
    patch.list_id = draft.list_id;
    // A subtask is in its parent's list: moved to another, it becomes a top-level task there.
    if (task.parent_id !== null) patch.parent_id = null;
  }
  if (draft.section_id !== task.section_id) patch.section_id = draft.section_id;
  if (draft.assignee_id !== task.assignee_id) patch.assignee_id = draft.assignee_id;
  const duration = draft.duration.trim() === '' ? null : Number(draft.duration.trim());
  // A copy made before the field existed (offline, optimistic) has none: null, not a change.
  if (duration !== (task.duration ?? null)) patch.duration = duration;
  if ((draft.deadline || null) !== (task.deadline ?? null)) patch.deadline = draft.deadline || null;
  return patch;
}

/** A message per field that the server would refuse, so the person fixes it before sending. */
export function validate(draft: Draft): Partial<Record<keyof Draft, string>> {
  const errors: Partial<Record<keyof Draft, string>> = {};
  if (draft.title.trim() === '') errors.title = t('Give the task a title.');
  else if ([...draft.title.trim()].length > 200)
    errors.title = t('Keep the title to 200 characters or fewer.');
  if ([...draft.description].length > DESCRIPTION_MAX)
    errors.description = t('Keep the description to 16,000 characters or fewer.');
  if (draft.due_time !== '' && draft.due_date === '')
    errors.due_date = t('Pick a day for the due time, or clear the time.');
  if (draft.due_date !== '' && draft.repeat === 'custom' && draft.custom_rule.trim() === '')
    errors.repeat = t('Write a rule such as FREQ=WEEKLY;BYDAY=MO, or pick another option.');
  if (draft.duration.trim() !== '' && !/^\d{1,5}$/.test(draft.duration.trim()))
    errors.duration = t('Give the minutes as a whole number, such as 45, or leave it empty.');
  else if (
    draft.duration.trim() !== '' &&
    !(Number(draft.duration) >= 1 && Number(draft.duration) <= MAX_DURATION)
  )
    errors.duration = t('Give from 1 to {max} minutes (30 days).', {
      max: MAX_DURATION.toLocaleString(intlLocale() ?? 'en'),
    });
  if (draft.reminders.length > MAX_REMINDERS)
    errors.reminders = t('A task has at most {max} reminders: remove some.', { max: MAX_REMINDERS });
  return errors;
}
