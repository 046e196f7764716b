// The bar over the list while tasks are selected (Shift/Ctrl/Cmd+click, or s on a focused row): one
// action on all of them through POST /tasks/bulk, each with Undo that puts back what was there.
// Offline the action waits in the outbox as one change per task (each shown at once, Pending).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { describeError } from '../api/client';
import type { Task } from '../api/types';
import { useLists } from '../lists/api';
import { t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import type { BulkAction } from './api';
import { usePendingDeletes } from './deletes';
import { dayIn, instantIn, wallTimeIn } from './due';
import { PRIORITY_LABELS, type Priority } from './filters';
import { bulkOrQueue, QUEUED } from './offlineWrites';
import { taskKeys } from './queries';
import { useUndo } from './undo';

type Change = { message: string; apply: BulkAction[]; revert: BulkAction[] };

/** Splits tasks by a key into one bulk action each (undo puts each group back as it was). */
function groups<K>(tasks: Task[], key: (t: Task) => K): Map<K, number[]> {
  const out = new Map<K, number[]>();
  for (const t of tasks) {
    const k = key(t);
    out.set(k, [...(out.get(k) ?? []), t.id]);
  }
  return out;
}

type Due = { due_date?: string; due_at?: string };

/** One set_due per distinct due moment the tasks get (neither field: no date). */
function setDue(tasks: Task[], dueOf: (t: Task) => Due): BulkAction[] {
  return [...groups(tasks, (t) => JSON.stringify(dueOf(t)))].map(([due, ids]) => ({
    action: 'set_due',
    ids,
    ...(JSON.parse(due) as Due),
  }));
}

export function BulkBar({
  selected,
  timeZone,
  onClear,
}: {
  selected: Task[];
  timeZone: string;
  onClear: () => void;
}) {
  const qc = useQueryClient();
  const toast = useToast();
  const undo = useUndo();
  const deletes = usePendingDeletes();
  const lists = useLists();
  const moveId = useId();
  const priorityId = useId();
  const dueId = useId();
  // The callbacks sit on the mutation, not on one mutate call: completing the selected tasks takes
  // them out of an open view, which ends the selection and unmounts this bar before the answer.
  const settle = (result: unknown) =>
    result === QUEUED ? undefined : qc.invalidateQueries({ queryKey: taskKeys.all });
  const back = useMutation({
    mutationFn: (actions: BulkAction[]) => bulkOrQueue(qc, actions),
    networkMode: 'always',
    onSettled: settle,
    onError: (error) =>
      toast({
        message: t('Could not change the tasks back. {error}', { error: describeError(error) }),
        tone: 'error',
      }),
  });
  const run = useMutation({
    mutationFn: (change: Change) => bulkOrQueue(qc, change.apply),
    networkMode: 'always',
    onSuccess: (_result, change) => {
      onClear();
      undo.offer({ message: change.message, undo: () => back.mutate(change.revert) });
    },
    onError: (error) =>
      toast({
        message: t('Could not change the tasks. {error}', { error: describeError(error) }),
        tone: 'error',
      }),
    // Queued: the lists keep showing the change; a refetch now would show the server without it.
    onSettled: settle,
  });
  const apply = (change: Change) => run.mutate(change);
  const ids = selected.map((t) => t.id);
  const n = selected.length;

  const complete = (done: boolean) => {
    const changing = selected.filter((t) => t.completed !== done);
    if (changing.length === 0) return;
    const changed = changing.map((t) => t.id);
    apply({
      message: t(
        done
          ? '{count, plural, one {Completed # task} other {Completed # tasks}}'
          : '{count, plural, one {Reopened # task} other {Reopened # tasks}}',
        { count: changing.length },
      ),
      apply: [{ action: done ? 'complete' : 'reopen', ids: changed }],
      revert: [{ action: done ? 'reopen' : 'complete', ids: changed }],
    });
  };
  const move = (value: string) => {
    const listId = value === 'inbox' ? null : Number(value);
    const name =
      listId === null ? 'the Inbox' : (lists.data?.find((l) => l.id === listId)?.name ?? 'the list');
    apply({
      message: t('{count, plural, one {Moved # task to {name}} other {Moved # tasks to {name}}}', {
        count: n,
        name,
      }),
      apply: [{ action: 'move', ids, list_id: listId }],
      revert: [...groups(selected, (t) => t.list_id)].map(([list_id, back]) => ({
        action: 'move',
        ids: back,
        list_id,
      })),
    });
  };
  const prioritise = (priority: Priority) =>
    apply({
      message: t(
        '{count, plural, one {Set # task to {level} priority} other {Set # tasks to {level} priority}}',
        {
          count: n,
          level: t(PRIORITY_LABELS[priority]).toLocaleLowerCase(),
        },
      ),
      apply: [{ action: 'set_priority', ids, priority }],
      revert: [...groups(selected, (t) => t.priority)].map(([p, back]) => ({
        action: 'set_priority',
        ids: back,
        priority: p,
      })),
    });
  const reschedule = (days: number | null) => {
    const today = dayIn(new Date(), timeZone);
    const date =
      days === null
        ? null
        : new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // A task due at a time of day keeps it (in the account's zone) on the new date.
    const moved = (t: Task): Due =>
      date === null
        ? {}
        : t.due_at
          ? { due_at: instantIn(date, wallTimeIn(new Date(t.due_at), timeZone).time, timeZone) }
          : { due_date: date };
    apply({
      message: t(
        date === null
          ? '{count, plural, one {Cleared the due date of # task} other {Cleared the due date of # tasks}}'
          : '{count, plural, one {Rescheduled # task} other {Rescheduled # tasks}}',
        { count: n },
      ),
      apply: setDue(selected, moved),
      revert: setDue(selected, (t) => ({
        ...(t.due_date ? { due_date: t.due_date } : {}),
        ...(t.due_at ? { due_at: t.due_at } : {}),
      })),
    });
  };

  return (
    <section className="bulk-bar" aria-label={t('Selected tasks')}>
      <span className="bulk-count" aria-live="polite">
        {t('{count} selected', { count: n })}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={run.isPending}
        onClick={() => complete(true)}
      >
        {t('Complete')}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={run.isPending}
        onClick={() => complete(false)}
      >
        {t('Reopen')}
      </button>
      <label htmlFor={moveId} className="visually-hidden">
        {t('Move to list')}
      </label>
      <select
        id={moveId}
        value=""
        disabled={run.isPending}
        onChange={(e) => e.target.value && move(e.target.value)}
      >
        <option value="">{t('Move to…')}</option>
        <option value="inbox">{t('Inbox')}</option>
        {(lists.data ?? [])
          .filter((l) => !l.archived)
          .map((l) => (
            <option key={l.id} value={String(l.id)}>
              {l.name}
            </option>
          ))}
      </select>
      <label htmlFor={priorityId} className="visually-hidden">
        {t('Priority')}
      </label>
      <select
        id={priorityId}
        value=""
        disabled={run.isPending}
        onChange={(e) => e.target.value && prioritise(e.target.value as Priority)}
      >
        <option value="">{t('Priority…')}</option>
        {(Object.keys(PRIORITY_LABELS) as Priority[]).map((p) => (
          <option key={p} value={p}>
            {t(PRIORITY_LABELS[p])}
          </option>
        ))}
      </select>
      <label htmlFor={dueId} className="visually-hidden">
        {t('Reschedule')}
      </label>
      <select
        id={dueId}
        value=""
        disabled={run.isPending}
        onChange={(e) => {
          if (e.target.value) reschedule(e.target.value === 'none' ? null : Number(e.target.value));
        }}
      >
        <option value="">{t('Reschedule…')}</option>
        <option value="0">{t('Today')}</option>
        <option value="1">{t('Tomorrow')}</option>
        <option value="7">{t('In a week')}</option>
        <option value="none">{t('No date')}</option>
      </select>
      <button
        type="button"
        className="button button-small button-danger"
        disabled={run.isPending}
        onClick={() => {
          deletes.removeMany(selected);
          onClear();
        }}
      >
        {t('Delete')}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={onClear}>
        {t('Clear')}
      </button>
    </section>
  );
}
