// The task list: add in one line, filter, sort, search, and act on tasks by mouse or keyboard.
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { describeError } from '../api/client';
import { setSearchParams, useLocation } from '../app/router';
import { useShortcuts } from '../ui/shortcuts';
import { useToast } from '../ui/toast';
import {
  type Task,
  type TaskSort,
  type TaskStatus,
  useAddTask,
  useTaskCounts,
  useTaskList,
  useToggleTask,
  useUpdateTask,
} from './api';
import { usePendingDeletes } from './deletes';
import { TaskEditor } from './TaskEditor';
import { TaskItem } from './TaskItem';

/** Every sort the API offers, in words; the type makes a new API value a compile error here. */
export const SORT_LABELS: Record<TaskSort, string> = {
  '-created': 'Newest first',
  created: 'Oldest first',
  '-updated': 'Recently changed',
  updated: 'Least recently changed',
  title: 'Title A–Z',
  '-title': 'Title Z–A',
  due: 'Due soonest',
  '-due': 'Due latest',
  '-priority': 'Highest priority',
  priority: 'Lowest priority',
  relevance: 'Best match',
};
/** Relevance ranks a server-side search (`q`), which the list does not send yet. */
const SORT_OPTIONS = (Object.keys(SORT_LABELS) as TaskSort[]).filter((s) => s !== 'relevance');
const STATUS_LABELS: Record<TaskStatus, string> = { all: 'All', pending: 'Pending', completed: 'Completed' };
const STATUSES = Object.keys(STATUS_LABELS) as TaskStatus[];

const isStatus = (v: string | null): v is TaskStatus => v !== null && v in STATUS_LABELS;
const isSort = (v: string | null): v is TaskSort => v !== null && v in SORT_LABELS;

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-task-id]')];
}
function focusTask(id: number | undefined) {
  if (id === undefined) return;
  requestAnimationFrame(() =>
    document.querySelector<HTMLInputElement>(`[data-task-id="${id}"] .task-check`)?.focus(),
  );
}
function selectedRow(): HTMLElement | null {
  return (document.activeElement?.closest('[data-task-id]') as HTMLElement | null) ?? null;
}

export function TasksScreen() {
  const location = useLocation();
  const params = location.searchParams;
  const status: TaskStatus = isStatus(params.get('status')) ? (params.get('status') as TaskStatus) : 'all';
  const sort: TaskSort = isSort(params.get('sort')) ? (params.get('sort') as TaskSort) : '-created';
  const search = params.get('q') ?? '';

  const list = useTaskList({ status, sort });
  const counts = useTaskCounts();
  const add = useAddTask();
  const update = useUpdateTask();
  const toggle = useToggleTask();
  const deletes = usePendingDeletes();
  const toast = useToast();

  const [title, setTitle] = useState('');
  const [editingId, setEditingId] = useState<number | null>(null);
  const [editorId, setEditorId] = useState<number | null>(null);
  const addInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const tasks = useMemo(() => {
    const all = (list.data?.pages ?? []).flatMap((p) => p.tasks).filter((t) => !deletes.pending.has(t.id));
    const needle = search.trim().toLowerCase();
    if (!needle) return all;
    return all.filter((t) => `${t.title}\n${t.description ?? ''}`.toLowerCase().includes(needle));
  }, [list.data, deletes.pending, search]);

  const shownCounts = useMemo(() => {
    if (!counts.data) return undefined;
    const hidden = [...deletes.pending.values()];
    const done = hidden.filter((t) => t.completed).length;
    return {
      all: counts.data.all - hidden.length,
      pending: counts.data.pending - (hidden.length - done),
      completed: counts.data.completed - done,
    };
  }, [counts.data, deletes.pending]);

  const byId = (id: number) => tasks.find((t) => t.id === id);
  const selectedTask = (): Task | undefined => {
    const row = selectedRow();
    return row ? byId(Number(row.dataset.taskId)) : undefined;
  };

  const remove = (task: Task) => {
    const index = tasks.findIndex((t) => t.id === task.id);
    const neighbour = tasks[index + 1] ?? tasks[index - 1];
    deletes.remove(task);
    if (neighbour) focusTask(neighbour.id);
    else addInput.current?.focus();
  };

  const move = (step: number) => {
    const all = rows();
    if (all.length === 0) return;
    const current = selectedRow();
    const index = current ? all.indexOf(current) + step : step > 0 ? 0 : all.length - 1;
    const target = all[Math.max(0, Math.min(all.length - 1, index))];
    target?.querySelector<HTMLInputElement>('.task-check')?.focus();
  };

  const next = () => move(1);
  const previous = () => move(-1);
  const deleteSelected = () => {
    const task = selectedTask();
    if (task) remove(task);
  };
  useShortcuts({
    n: () => addInput.current?.focus(),
    '/': () => searchInput.current?.focus(),
    j: next,
    k: previous,
    ArrowDown: next,
    ArrowUp: previous,
    x: () => {
      const task = selectedTask();
      if (task && task.id > 0) toggle.mutate(task);
    },
    e: () => {
      const task = selectedTask();
      if (task && task.id > 0) setEditingId(task.id);
    },
    o: () => {
      const task = selectedTask();
      if (task && task.id > 0) setEditorId(task.id);
    },
    Delete: deleteSelected,
    '#': deleteSelected,
    u: () => {
      if (!deletes.undoLast()) toast({ message: 'Nothing to undo' });
    },
    '1': () => setSearchParams({ status: null }),
    '2': () => setSearchParams({ status: 'pending' }),
    '3': () => setSearchParams({ status: 'completed' }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return;
    if ([...trimmed].length > 200) {
      toast({ message: 'Keep the title to 200 characters or fewer.', tone: 'error' });
      return;
    }
    add.mutate({ title: trimmed });
    setTitle('');
  };

  return (
    <>
      <div className="screen-head">
        <h1>Tasks</h1>
        {shownCounts && (
          <p className="counts" aria-live="polite">
            {shownCounts.pending} pending · {shownCounts.completed} completed
          </p>
        )}
      </div>

      <form className="add-task" onSubmit={submit}>
        <label htmlFor="new-task" className="visually-hidden">
          New task
        </label>
        <input
          id="new-task"
          ref={addInput}
          type="text"
          placeholder="Add a task and press Enter (n)"
          value={title}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.currentTarget.blur();
          }}
        />
        <button type="submit" className="button button-primary">
          Add
        </button>
      </form>

      <div className="toolbar">
        <fieldset className="filters">
          <legend className="visually-hidden">Show</legend>
          {STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              className="filter"
              aria-pressed={status === s}
              onClick={() => setSearchParams({ status: s === 'all' ? null : s })}
            >
              {STATUS_LABELS[s]}
              {shownCounts && <span className="filter-count"> {shownCounts[s]}</span>}
            </button>
          ))}
        </fieldset>
        <div className="toolbar-right">
          <label htmlFor="search" className="visually-hidden">
            Search tasks
          </label>
          <input
            id="search"
            ref={searchInput}
            type="search"
            placeholder="Search (/)"
            value={search}
            onChange={(e) => setSearchParams({ q: e.target.value || null })}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setSearchParams({ q: null });
                e.currentTarget.blur();
              }
            }}
          />
          <label htmlFor="sort" className="visually-hidden">
            Sort
          </label>
          <select
            id="sort"
            value={sort}
            onChange={(e) => setSearchParams({ sort: e.target.value === '-created' ? null : e.target.value })}
          >
            {SORT_OPTIONS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="task-region" aria-busy={list.isFetching || counts.isFetching || undefined}>
        {list.isPending ? (
          <p role="status" className="state">
            Loading your tasks…
          </p>
        ) : list.isError ? (
          <div role="alert" className="state notice notice-error">
            <p>Could not load your tasks. {describeError(list.error)}</p>
            <button type="button" className="button" onClick={() => list.refetch()}>
              Try again
            </button>
          </div>
        ) : tasks.length === 0 ? (
          <EmptyState status={status} search={search} />
        ) : (
          <ul className="tasks" aria-label={`${STATUS_LABELS[status]} tasks`}>
            {tasks.map((task) => (
              <TaskItem
                key={task.id}
                task={task}
                editing={editingId === task.id}
                onEditTitle={(on) => {
                  setEditingId(on ? task.id : null);
                  if (!on) focusTask(task.id);
                }}
                onRename={(newTitle) => update.mutate({ task, patch: { title: newTitle } })}
                onToggle={() => toggle.mutate(task)}
                onOpen={() => setEditorId(task.id)}
                onDelete={() => remove(task)}
              />
            ))}
          </ul>
        )}
      </div>
      {list.hasNextPage && (
        <button
          type="button"
          className="button load-more"
          disabled={list.isFetchingNextPage}
          onClick={() => list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? 'Loading…' : 'Show more tasks'}
        </button>
      )}
      <p className="hint keys-hint">
        Press <kbd>?</kbd> for keyboard shortcuts.
      </p>
      {editorId !== null && <TaskEditor taskId={editorId} onClose={() => setEditorId(null)} />}
    </>
  );
}

function EmptyState({ status, search }: { status: TaskStatus; search: string }) {
  let text: React.ReactNode;
  if (search.trim()) {
    text = (
      <>
        No tasks match “{search}”.{' '}
        <button type="button" className="link-button" onClick={() => setSearchParams({ q: null })}>
          Clear the search
        </button>
      </>
    );
  } else if (status === 'pending') text = 'Nothing pending. Add a task above, or enjoy the quiet.';
  else if (status === 'completed')
    text = 'No completed tasks yet. Tick a task’s checkbox (or press x) to complete it.';
  else text = 'No tasks yet. Type one in the box above and press Enter.';
  return <p className="state empty">{text}</p>;
}
