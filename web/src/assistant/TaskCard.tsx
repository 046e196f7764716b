// A task the assistant added or changed, shown in its answer as a card: the title, when it is due
// and its list (read afresh), with Undo, which takes that one change back through the API: an added
// task is deleted, a completion reopened (and a reopening completed), a change of details set back
// to the values the assistant read just before it (its get_task of that task in the same turn). A
// deletion has no card (nothing is left to show); a change with nothing to go back to has no Undo.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, describeError, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';
import type { TaskPatch } from '../api/types';
import { useLists } from '../lists/api';
import { useTimeZone } from '../settings/api';
import { intlLocale, t } from '../ui/i18n';
import type { ToolCall } from './api';

// The task routes the card uses (the task screens import this folder, so it calls the API itself).
const path = (id: number) => ({ params: { path: { user_id: 'me', id: String(id) } } });
const fetchTask = (id: number) => unwrap(api.GET('/api/{user_id}/tasks/{id}', path(id)));
const deleteTask = (id: number) => unwrap(api.DELETE('/api/{user_id}/tasks/{id}', path(id)));
const setCompleted = (id: number, completed: boolean) =>
  unwrap(api.PATCH('/api/{user_id}/tasks/{id}/complete', { ...path(id), body: { completed } }));
const updateTask = (id: number, patch: TaskPatch) =>
  unwrap(api.PATCH('/api/{user_id}/tasks/{id}', { ...path(id), body: patch }));

/** When a task is due, in words on the person's clock ("Fri, Nov 27, 5:00 PM"), or null. */
function dueLabel(
  task: { due_date?: string | null; due_at?: string | null },
  timeZone: string,
): string | null {
  if (task.due_at)
    return new Intl.DateTimeFormat(intlLocale(), {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
    }).format(new Date(task.due_at));
  if (task.due_date)
    return new Intl.DateTimeFormat(intlLocale(), {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${task.due_date}T12:00:00Z`));
  return null;
}

/** The details a change may set that Undo can set back (the task's own field names). */
const UNDOABLE = ['title', 'description', 'priority', 'due_date', 'due_at', 'recurrence', 'tags'] as const;

type Result = { task_id: number; status: string; title: string };

/** The task a call added or changed, when it did one of those and did not fail. */
export function changedTask(call: ToolCall): Result | null {
  const r = call.result as Partial<Result> | null;
  if (!r || typeof r !== 'object' || typeof r.task_id !== 'number' || typeof r.title !== 'string')
    return null;
  return ['created', 'completed', 'reopened', 'updated'].includes(r.status ?? '') ? (r as Result) : null;
}

/** How to take a call's change back, or null when it cannot be. */
export function undoOf(call: ToolCall, turnCalls: ToolCall[]): (() => Promise<unknown>) | null {
  const changed = changedTask(call);
  if (!changed) return null;
  const id = changed.task_id;
  if (changed.status === 'created') return () => deleteTask(id);
  if (changed.status === 'completed') return () => setCompleted(id, false);
  if (changed.status === 'reopened') return () => setCompleted(id, true);
  // A change of details: the values read just before it, for the fields it set.
  const at = turnCalls.indexOf(call);
  const before = turnCalls
    .slice(0, at)
    .reverse()
    .find((c) => c.name === 'get_task' && (c.arguments as { task_id?: unknown }).task_id === id)?.result as
    | Record<string, unknown>
    | undefined;
  if (!before || typeof before !== 'object') return null;
  const patch: Record<string, unknown> = {};
  for (const field of UNDOABLE) if (field in call.arguments && field in before) patch[field] = before[field];
  if (Object.keys(patch).length === 0) return null;
  return () => updateTask(id, patch as TaskPatch);
}

export function TaskCard({ call, turnCalls }: { call: ToolCall; turnCalls: ToolCall[] }) {
  const qc = useQueryClient();
  const changed = changedTask(call)!;
  const timeZone = useTimeZone();
  const lists = useLists();
  const task = useQuery({
    queryKey: [...tasksRoot, 'assistant-card', changed.task_id],
    queryFn: () => fetchTask(changed.task_id),
    retry: false,
  });
  const [state, setState] = useState<'idle' | 'undoing' | 'undone'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const undo = undoOf(call, turnCalls);
  const shown = task.data;
  const due = shown ? dueLabel(shown, timeZone) : null;
  const listName = shown?.list_id
    ? (lists.data?.find((l) => l.id === shown.list_id)?.name ?? null)
    : t('Inbox');
  const verb = {
    created: t('Added'),
    completed: t('Completed'),
    reopened: t('Reopened'),
    updated: t('Changed'),
  }[changed.status];
  const takeBack = async () => {
    if (!undo) return;
    setState('undoing');
    setProblem(null);
    try {
      await undo();
      setState('undone');
      await qc.invalidateQueries({ queryKey: tasksRoot });
    } catch (error) {
      setState('idle');
      setProblem(describeError(error));
    }
  };
  return (
    <li className="tool-card task-card">
      <span className="task-card-verb">{state === 'undone' ? t('Undone') : verb}</span>{' '}
      <strong dir="auto" className="task-card-title">
        {shown?.title ?? changed.title}
      </strong>
      {(due || listName) && (
        <span className="hint task-card-details">
          {due && <span>{due}</span>}
          {due && listName && ' · '}
          {listName}
        </span>
      )}
      {undo && state !== 'undone' && (
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={state === 'undoing'}
          onClick={() => void takeBack()}
        >
          {t('Undo')} <span className="visually-hidden">{`${verb} ${changed.title}`}</span>
        </button>
      )}
      {problem && (
        <span role="alert" className="field-error">
          {problem}
        </span>
      )}
    </li>
  );
}
