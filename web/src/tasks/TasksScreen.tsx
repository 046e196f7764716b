// The task list: quick add, filter (status, priority, tags, due), search on the server, sort,
// act on tasks by mouse or keyboard, and the assistant beside it.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '../api/client';
import { setSearchParams, useLocation } from '../app/router';
import { useTimeZone } from '../settings/api';
import { useShortcuts } from '../ui/shortcuts';
import { useToast } from '../ui/toast';
import {
  occurrenceOf,
  type Task,
  useSkipOccurrence,
  useTaskCounts,
  useTaskList,
  useToggleTask,
  useUpdateTask,
} from './api';
import { useDebounced } from './debounce';
import { usePendingDeletes } from './deletes';
import { FilterBar } from './FilterBar';
import {
  CLEAR_FILTERS,
  filtersOf,
  isNarrowed,
  type ListFilters,
  SORT_LABELS,
  STATUS_LABELS,
  sortOptions,
} from './filters';
import { TASK_PARAM } from './notifications';
import { QuickAddBox } from './QuickAddBox';
import { useRowFocus } from './rowFocus';
import { TaskEditor } from './TaskEditor';
import { TaskItem } from './TaskItem';
import { useUndo } from './undo';

export { SORT_LABELS };

/** The assistant loads on first open: it does not count against the first-load budget. */
const AssistantPanel = lazy(() => import('../assistant/AssistantPanel'));

const STATUSES = Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[];
const SEARCH_DELAY_MS = 300;

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

/** The current time, renewed each minute. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function TasksScreen() {
  const location = useLocation();
  const typedSearch = location.searchParams.get('q') ?? '';
  const shown = filtersOf(location.searchParams);
  // The search goes to the server once typing pauses; everything else applies at once.
  const debouncedSearch = useDebounced(typedSearch, SEARCH_DELAY_MS);
  const searchPending = debouncedSearch !== typedSearch;
  const settled = new URLSearchParams(location.search);
  if (debouncedSearch) settled.set('q', debouncedSearch);
  else settled.delete('q');
  const filters: ListFilters = filtersOf(settled);
  const { status } = filters;
  const timeZone = useTimeZone();

  const list = useTaskList(filters);
  const counts = useTaskCounts(filters);
  const update = useUpdateTask();
  const toggle = useToggleTask();
  const skip = useSkipOccurrence();
  const deletes = usePendingDeletes();
  const undo = useUndo();
  const toast = useToast();

  const [assistantOpen, setAssistantOpen] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [editorId, setEditorId] = useState<number | null>(null);
  const addInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const taskRegion = useRef<HTMLElement>(null);

  const tasks = useMemo(
    () => (list.data?.pages ?? []).flatMap((p) => p.tasks).filter((t) => !deletes.pending.has(t.id)),
    [list.data, deletes.pending],
  );
  useRowFocus(tasks);
  const now = useMinuteClock();

  // `/?task=12` (a reminder's notification, a shared link) opens that task in the editor.
  const linkedTask = location.searchParams.get(TASK_PARAM);
  useEffect(() => {
    if (linkedTask === null) return;
    setSearchParams({ [TASK_PARAM]: null });
    if (/^\d{1,15}$/.test(linkedTask)) setEditorId(Number(linkedTask));
  }, [linkedTask]);

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
    deletes.remove(task, () => focusTask(task.id));
    // Focus stays in the list (never the add box, where `u` would be typed, not obeyed).
    if (neighbour) focusTask(neighbour.id);
    else taskRegion.current?.focus();
  };

  /** Completes or reopens, with Undo; a recurring task moves on to its next occurrence instead. */
  const toggleDone = (task: Task) => {
    if (task.id < 0) return;
    const done = !task.completed;
    if (done && occurrenceOf(task) !== undefined) {
      toggle.mutate(task);
      return;
    }
    const offer = undo.offer({
      message: `${done ? 'Completed' : 'Reopened'} “${task.title}”`,
      undo: () => toggle.mutate({ ...task, completed: done }),
    });
    toggle.mutate(task, { onError: () => undo.withdraw(offer) });
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
      if (task) toggleDone(task);
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
      if (!undo.undoLast()) toast({ message: 'Nothing to undo' });
    },
    '1': () => setSearchParams({ status: null }),
    '2': () => setSearchParams({ status: 'pending' }),
    '3': () => setSearchParams({ status: 'completed' }),
  });

  return (
    <>
      <div className="screen-head">
        <h1>Tasks</h1>
        {shownCounts && (
          <p className="counts" aria-live="polite">
            {shownCounts.pending} pending · {shownCounts.completed} completed
            {isNarrowed(filters) && <span className="visually-hidden"> matching the filters</span>}
          </p>
        )}
        <button
          type="button"
          className="button button-small assistant-toggle"
          aria-expanded={assistantOpen}
          aria-controls="assistant"
          onClick={() => setAssistantOpen((open) => !open)}
        >
          Assistant
        </button>
      </div>

      <QuickAddBox ref={addInput} timeZone={timeZone} />

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
            value={typedSearch}
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
            value={shown.sort}
            onChange={(e) => {
              const byDefault = shown.q ? 'relevance' : '-created';
              setSearchParams({ sort: e.target.value === byDefault ? null : e.target.value });
            }}
          >
            {sortOptions(shown.q !== '').map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>

      <FilterBar filters={shown} />

      <section
        ref={taskRegion}
        className="task-region"
        aria-label="Task list"
        tabIndex={-1}
        aria-busy={list.isFetching || counts.isFetching || searchPending || undefined}
      >
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
          <EmptyState filters={filters} />
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
                onToggle={() => toggleDone(task)}
                onOpen={() => setEditorId(task.id)}
                onDelete={() => remove(task)}
                onSkip={() => skip.mutate(task)}
                onTag={(tag) => {
                  if (!filters.tag.includes(tag)) setSearchParams({ tag: [...filters.tag, tag] });
                }}
                timeZone={timeZone}
                now={now}
              />
            ))}
          </ul>
        )}
      </section>
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
      {editorId !== null && <TaskEditor key={editorId} taskId={editorId} onClose={() => setEditorId(null)} />}
      {assistantOpen && (
        <Suspense
          fallback={
            <aside id="assistant" className="assistant-panel" aria-label="Assistant">
              <p role="status" className="state">
                Loading the assistant…
              </p>
            </aside>
          }
        >
          <AssistantPanel onClose={() => setAssistantOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

function EmptyState({ filters }: { filters: ListFilters }) {
  let text: React.ReactNode;
  const { status } = filters;
  if (isNarrowed(filters)) {
    text = (
      <>
        {filters.q ? `No tasks match “${filters.q}” with these filters.` : 'No tasks match these filters.'}{' '}
        <button type="button" className="link-button" onClick={() => setSearchParams({ ...CLEAR_FILTERS })}>
          Clear the filters
        </button>
      </>
    );
  } else if (status === 'pending') text = 'Nothing pending. Add a task above, or enjoy the quiet.';
  else if (status === 'completed')
    text = 'No completed tasks yet. Tick a task’s checkbox (or press x) to complete it.';
  else text = 'No tasks yet. Type one in the box above and press Enter.';
  return <p className="state empty">{text}</p>;
}
