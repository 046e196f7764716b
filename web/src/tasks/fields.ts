// The task editor's fields, in one list. A new API field (priority, tags, due date...) is one
// entry here plus its line in draftOf/patchOf; the editor renders every kind below.
import type { Task, TaskPatch } from './api';

export type FieldKind = 'text' | 'textarea' | 'checkbox' | 'select' | 'date' | 'datetime' | 'tags';

export interface FieldSpec {
  name: keyof Draft;
  label: string;
  kind: FieldKind;
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
  due_date: string;
  tags: string[];
}

export const TASK_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'Title', kind: 'text', maxLength: 200, required: true },
  {
    name: 'description',
    label: 'Description',
    kind: 'textarea',
    maxLength: 1000,
    hint: 'Optional, up to 1000 characters',
  },
  {
    name: 'priority',
    label: 'Priority',
    kind: 'select',
    options: [
      { value: 'none', label: 'None' },
      { value: 'low', label: 'Low' },
      { value: 'medium', label: 'Medium' },
      { value: 'high', label: 'High' },
    ],
  },
  { name: 'due_date', label: 'Due date', kind: 'date', hint: 'Optional' },
  { name: 'tags', label: 'Tags', kind: 'tags', hint: 'Separate tags with commas' },
  { name: 'completed', label: 'Completed', kind: 'checkbox' },
];

export function draftOf(task: Task): Draft {
  return {
    title: task.title,
    description: task.description ?? '',
    completed: task.completed,
    priority: task.priority,
    due_date: task.due_date ?? '',
    tags: task.tags,
  };
}

/** Only what changed, as the API takes it; empty when nothing did. */
export function patchOf(task: Task, draft: Draft): TaskPatch {
  const patch: TaskPatch = {};
  if (draft.title.trim() !== task.title) patch.title = draft.title.trim();
  const description = draft.description.trim() === '' ? null : draft.description;
  if (description !== task.description) patch.description = description;
  if (draft.completed !== task.completed) patch.completed = draft.completed;
  if (draft.priority !== task.priority) patch.priority = draft.priority;
  const due = draft.due_date === '' ? null : draft.due_date;
  if (due !== task.due_date) patch.due_date = due;
  if (draft.tags.join('\n') !== task.tags.join('\n')) patch.tags = draft.tags;
  return patch;
}

/** A message per field that the server would refuse, so the person fixes it before sending. */
export function validate(draft: Draft): Partial<Record<keyof Draft, string>> {
  const errors: Partial<Record<keyof Draft, string>> = {};
  if (draft.title.trim() === '') errors.title = 'Give the task a title.';
  else if ([...draft.title.trim()].length > 200) errors.title = 'Keep the title to 200 characters or fewer.';
  if ([...draft.description].length > 1000)
    errors.description = 'Keep the description to 1000 characters or fewer.';
  return errors;
}
