// The task list: quick add, filter (status, priority, tags, due), search on the server, sort,
// act on tasks by mouse or keyboard, and the assistant beside it. In a shared list: who is in it,
// live changes by the others, and for a viewer rows that only show.

import { useQueryClient } from '@tanstack/react-query';
import { Fragment, lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '../api/client';
import { setSearchParams, useLocation } from '../app/router';
import { type Scope, scopeOf, VIEW_TITLES } from '../app/scope';
import { useMe } from '../auth/session';
import { useLists } from '../lists/api';
import { isQueuedTask } from '../offline/outbox';
import { useTimeZone } from '../settings/api';
import { usePeople } from '../sharing/api';
import { ListSharing, ViewerHint } from '../sharing/ListSharing';
import { isTyping, useShortcuts } from '../ui/shortcuts';
import { useToast } from '../ui/toast';
import {
  moveOrQueue,
  occurrenceOf,
  QUEUED,
  type Task,
  type TaskCounts,
  taskKeys,
  useSkipOccurrence,
  useTaskCounts,
  useTaskList,
  useToggleTask,
  useUpdateTask,
} from './api';
import { BulkBar } from './BulkBar';
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
import { useListLiveUpdates } from './listLive';
import { TASK_PARAM } from './notifications';
import { QuickAddBox } from './QuickAddBox';
import { useRowFocus } from './rowFocus';
import { TaskEditor } from './TaskEditor';
import { TaskItem } from './TaskItem';
import { groupByDay, OverdueGroup } from './Upcoming';
import { useUndo } from './undo';

export { SORT_LABELS };

/** The assistant loads on first open: it does not count against the first-load budget. */
const AssistantPanel = lazy(() => import('../assistant/AssistantPanel'));

const STATUSES = Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[];
const SEARCH_DELAY_MS = 300;

/** Your own order as a tree: each task followed by its subtasks (those on the page), depth first. */
export function treeOrder(tasks: Task[]): Task[] {
  const here = new Set(tasks.map((t) => t.id));
  const children = new Map<number, Task[]>();
  const roots: Task[] = [];
  for (const t of tasks) {
    if (t.parent_id !== null && here.has(t.parent_id)) {
      children.set(t.parent_id, [...(children.get(t.parent_id) ?? []), t]);
    } else roots.push(t);
  }
  const out: Task[] = [];
  const visit = (t: Task) => {
    out.push(t);
    for (const child of children.get(t.id) ?? []) visit(child);
  };
  for (const root of roots) visit(root);
  return out;
}

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
  // The search goes to the server once typing pauses; everything else applies at once.
  const debouncedSearch = useDebounced(typedSearch, SEARCH_DELAY_MS);
  const searchPending = debouncedSearch !== typedSearch;
  const settled = new URLSearchParams(location.search);
  if (debouncedSearch) settled.set('q', debouncedSearch);
  else settled.delete('q');
  const scope: Scope = scopeOf(location.pathname) ?? { kind: 'all' };
  // Today and Upcoming show open tasks by due moment; the Inbox and lists your own order.
  const scopeSort =
    scope.kind === 'view'
      ? scope.view === 'inbox'
        ? 'manual'
        : 'due'
      : scope.kind === 'list'
        ? 'manual'
        : null;
  const withScopeSort = (params: URLSearchParams, searching: boolean) => {
    if (scopeSort && !params.has('sort') && !searching) params.set('sort', scopeSort);
    return params;
  };
  const shown = filtersOf(withScopeSort(new URLSearchParams(location.search), typedSearch !== ''));
  const filters: ListFilters = filtersOf(withScopeSort(settled, debouncedSearch !== ''));
  const { status } = filters;
  const timeZone = useTimeZone();
  const openOnly = scope.kind === 'view' && scope.view !== 'inbox';
  const lists = useLists();
  const listById = useMemo(() => new Map((lists.data ?? []).map((l) => [l.id, l])), [lists.data]);
  const listNames = useMemo(() => new Map((lists.data ?? []).map((l) => [l.id, l.name])), [lists.data]);
  const shownList = scope.kind === 'list' ? listById.get(scope.id) : undefined;
  const title =
    scope.kind === 'view'
      ? VIEW_TITLES[scope.view]
      : scope.kind === 'list'
        ? (shownList?.name ?? 'List')
        : scope.kind === 'assigned'
          ? 'Assigned to me'
          : 'All tasks';
  const me = useMe();
  const people = usePeople(lists.data ?? []);
  /** A task of a list shared with you as a viewer: it shows, nothing more. */
  const readOnly = (task: Task) => task.list_id !== null && listById.get(task.list_id)?.role === 'viewer';
  /** Bulk actions act on your own tasks only (not those of lists shared with you). */
  const selectable = (task: Task) => task.id > 0 && (!me.data || task.user_id === me.data.id);
  // The others' changes in a list shared with you; your own stream carries those of your lists.
  useListLiveUpdates(shownList && shownList.role !== 'owner' ? shownList.id : null);

  const list = useTaskList(filters, scope);
  const counts = useTaskCounts(filters, scope);
  const update = useUpdateTask();
  const toggle = useToggleTask();
  const skip = useSkipOccurrence();
  const deletes = usePendingDeletes();
  const undo = useUndo();
  const toast = useToast();

  const qc = useQueryClient();
  const [assistantOpen, setAssistantOpen] = useState(false);
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  /** A line put in the add box from the empty state (a new object each time, so a repeat counts). */
  const [suggestion, setSuggestion] = useState<{ line: string } | null>(null);
  const selectionAnchor = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // A new view or list starts with nothing selected.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is what resets it
  useEffect(() => setSelection(new Set()), [location.pathname]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [editorId, setEditorId] = useState<number | null>(null);
  const addInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const taskRegion = useRef<HTMLElement>(null);

  const tasks = useMemo(() => {
    const shownTasks = (list.data?.pages ?? [])
      .flatMap((p) => p.tasks)
      .filter((t) => !deletes.pending.has(t.id));
    return filters.sort === 'manual' ? treeOrder(shownTasks) : shownTasks;
  }, [list.data, deletes.pending, filters.sort]);
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
    // "1000+" where a search counted only its first 1,000 matches.
    const shown = (status: keyof TaskCounts['more'], n: number) =>
      `${n}${counts.data.more[status] ? '+' : ''}`;
    return {
      all: shown('all', counts.data.all - hidden.length),
      pending: shown('pending', counts.data.pending - (hidden.length - done)),
      completed: shown('completed', counts.data.completed - done),
    };
  }, [counts.data, deletes.pending]);

  const byId = (id: number) => tasks.find((t) => t.id === id);
  const selectTask = (task: Task, mode: 'toggle' | 'range') => {
    // Read before the state update runs (React runs it later, after the anchor has moved on).
    const from =
      selectionAnchor.current === null ? -1 : tasks.findIndex((t) => t.id === selectionAnchor.current);
    const to = tasks.findIndex((t) => t.id === task.id);
    if (!selectable(task)) return;
    const range =
      mode === 'range' && from >= 0 && to >= 0
        ? tasks.slice(Math.min(from, to), Math.max(from, to) + 1)
        : null;
    selectionAnchor.current = task.id;
    setSelection((current) => {
      const next = new Set(current);
      if (range) {
        for (const t of range) if (selectable(t)) next.add(t.id);
      } else if (next.has(task.id)) next.delete(task.id);
      else next.add(task.id);
      return next;
    });
  };
  const selectedTasks = tasks.filter((t) => selection.has(t.id));
  /** A task dragged onto another in your own order: just before or after it, or under it as a subtask. */
  const dropOnto = (target: Task, draggedId: number, where: 'before' | 'after' | 'inside') => {
    const dragged = byId(draggedId);
    const name = dragged ? `“${dragged.title}”` : 'The task';
    const body =
      where === 'inside'
        ? { parent_id: target.id }
        : where === 'before'
          ? { before_id: target.id }
          : { after_id: target.id };
    void moveOrQueue(qc, draggedId, body)
      .then((result) => {
        setAnnouncement(
          where === 'inside'
            ? `${name} is now a subtask of “${target.title}”`
            : `Moved ${name} ${where === 'before' ? 'above' : 'below'} “${target.title}”`,
        );
        return result === QUEUED ? undefined : qc.invalidateQueries({ queryKey: taskKeys.all });
      })
      .catch((error) =>
        toast({ message: `Could not move the task. ${describeError(error)}`, tone: 'error' }),
      );
  };
  /** Alt+Up/Down in your own order: the focused task goes before its previous sibling or after its next one. */
  const reorder = (step: -1 | 1) => {
    const task = selectedTask();
    if (!task || task.id < 0 || filters.sort !== 'manual' || readOnly(task)) return false;
    const siblings = tasks.filter((t) => t.parent_id === task.parent_id && t.list_id === task.list_id);
    const at = siblings.findIndex((t) => t.id === task.id);
    const other = siblings[at + step];
    if (!other) return false;
    void moveOrQueue(qc, task.id, step < 0 ? { before_id: other.id } : { after_id: other.id })
      .then((result) => {
        setAnnouncement(`Moved “${task.title}” ${step < 0 ? 'above' : 'below'} “${other.title}”`);
        return result === QUEUED ? undefined : qc.invalidateQueries({ queryKey: taskKeys.all });
      })
      .then(() => focusTask(task.id))
      .catch((error) =>
        toast({ message: `Could not move the task. ${describeError(error)}`, tone: 'error' }),
      );
    return true;
  };
  /**
   * Alt+Right/Left in your own order: the focused task becomes the last subtask of the sibling above
   * it, or leaves its parent to stand just after it. The server refuses a fifth level.
   */
  const indent = (step: -1 | 1) => {
    const task = selectedTask();
    if (!task || task.id < 0 || filters.sort !== 'manual' || readOnly(task)) return false;
    let body: { parent_id: number } | { after_id: number };
    let done: string;
    if (step > 0) {
      const siblings = tasks.filter((t) => t.parent_id === task.parent_id && t.list_id === task.list_id);
      const above = siblings[siblings.findIndex((t) => t.id === task.id) - 1];
      if (!above) return false;
      body = { parent_id: above.id };
      done = `“${task.title}” is now a subtask of “${above.title}”`;
    } else {
      const parent = task.parent_id === null ? undefined : byId(task.parent_id);
      if (!parent) return false;
      body = { after_id: parent.id };
      done = `“${task.title}” is no longer a subtask of “${parent.title}”`;
    }
    void moveOrQueue(qc, task.id, body)
      .then((result) => {
        setAnnouncement(done);
        return result === QUEUED ? undefined : qc.invalidateQueries({ queryKey: taskKeys.all });
      })
      .then(() => focusTask(task.id))
      .catch((error) =>
        toast({ message: `Could not move the task. ${describeError(error)}`, tone: 'error' }),
      );
    return true;
  };
  const selectedTask = (): Task | undefined => {
    const row = selectedRow();
    return row ? byId(Number(row.dataset.taskId)) : undefined;
  };

  const remove = (task: Task) => {
    if (readOnly(task)) return;
    const index = tasks.findIndex((t) => t.id === task.id);
    const neighbour = tasks[index + 1] ?? tasks[index - 1];
    deletes.remove(task, () => focusTask(task.id));
    // Focus stays in the list (never the add box, where `u` would be typed, not obeyed).
    if (neighbour) focusTask(neighbour.id);
    else taskRegion.current?.focus();
  };

  /** Completes or reopens, with Undo; a recurring task moves on to its next occurrence instead. */
  const toggleDone = (task: Task) => {
    // A task still being created waits for its id, unless it waits offline (its changes queue behind it).
    if ((task.id < 0 && !isQueuedTask(task.id)) || readOnly(task)) return;
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
      if (task && task.id > 0 && !readOnly(task)) setEditingId(task.id);
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
    s: () => {
      const task = selectedTask();
      if (task) selectTask(task, 'toggle');
    },
    '1': () => setSearchParams({ status: null }),
    '2': () => setSearchParams({ status: 'pending' }),
    '3': () => setSearchParams({ status: 'completed' }),
  });

  return (
    <>
      <div className="screen-head">
        <h1>{title}</h1>
        {shownCounts && (
          <p className="counts" aria-live="polite">
            {openOnly
              ? `${shownCounts.pending} open`
              : `${shownCounts.pending} pending · ${shownCounts.completed} completed`}
            {isNarrowed(filters) && <span className="visually-hidden"> matching the filters</span>}
          </p>
        )}
        {shownList && <ListSharing list={shownList} />}
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

      {shownList?.role === 'viewer' ? (
        <ViewerHint />
      ) : (
        <>
          <QuickAddBox
            ref={addInput}
            timeZone={timeZone}
            listId={scope.kind === 'list' ? scope.id : undefined}
            dueToday={scope.kind === 'view' && scope.view === 'today'}
            suggestion={suggestion}
          />
          <button
            type="button"
            className="button button-primary add-fab"
            aria-label="Add a task"
            onClick={() => {
              addInput.current?.scrollIntoView({ block: 'center' });
              addInput.current?.focus();
            }}
          >
            +
          </button>
        </>
      )}

      <div className="toolbar">
        {!openOnly && (
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
        )}
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
          <button
            type="button"
            className="button button-quiet filters-toggle"
            aria-expanded={filtersOpen || isNarrowed(shown)}
            aria-controls="filter-bar"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            Filters
          </button>
          <select
            id="sort"
            value={shown.sort}
            onChange={(e) => {
              const byDefault = shown.q ? 'relevance' : (scopeSort ?? '-created');
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

      <FilterBar filters={shown} open={filtersOpen} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {selectedTasks.length > 0 && (
        <BulkBar selected={selectedTasks} timeZone={timeZone} onClear={() => setSelection(new Set())} />
      )}

      <section
        ref={taskRegion}
        className="task-region"
        aria-label="Task list"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (!e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
          const handled =
            e.key === 'ArrowUp' || e.key === 'ArrowDown'
              ? reorder(e.key === 'ArrowUp' ? -1 : 1)
              : e.key === 'ArrowRight' || e.key === 'ArrowLeft'
                ? indent(e.key === 'ArrowRight' ? 1 : -1)
                : false;
          if (handled) e.preventDefault();
        }}
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
        ) : tasks.length === 0 && !(scope.kind === 'view' && scope.view === 'upcoming') ? (
          <EmptyState
            filters={filters}
            scope={scope}
            viewer={shownList?.role === 'viewer'}
            onTry={(line) => setSuggestion({ line })}
          />
        ) : (
          <TaskGroups
            scope={scope}
            tasks={tasks}
            timeZone={timeZone}
            now={now}
            label={`${STATUS_LABELS[status]} tasks`}
          >
            {(task) => (
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
                listName={
                  scope.kind !== 'list' && task.list_id !== null ? listNames.get(task.list_id) : undefined
                }
                selected={selection.has(task.id)}
                onSelect={(mode) => selectTask(task, mode)}
                onDropTask={
                  filters.sort === 'manual' && !readOnly(task)
                    ? (dragged, where) => dropOnto(task, dragged, where)
                    : undefined
                }
                readOnly={readOnly(task)}
                assignee={task.assignee_id ? people.get(task.assignee_id)?.name : undefined}
              />
            )}
          </TaskGroups>
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

/**
 * The rows: one list, or on Upcoming one list per day (Overdue first, with "Reschedule all"), each
 * under its day's heading.
 */
function TaskGroups({
  scope,
  tasks,
  timeZone,
  now,
  label,
  children,
}: {
  scope: Scope;
  tasks: Task[];
  timeZone: string;
  now: Date;
  label: string;
  children: (task: Task) => React.ReactNode;
}) {
  if (!(scope.kind === 'view' && scope.view === 'upcoming')) {
    return (
      <ul className="tasks" aria-label={label}>
        {tasks.map((task) => (
          <Fragment key={task.id}>{children(task)}</Fragment>
        ))}
      </ul>
    );
  }
  const days = groupByDay(tasks, timeZone, now);
  return (
    <>
      <OverdueGroup timeZone={timeZone} now={now}>
        {children}
      </OverdueGroup>
      {days.length === 0 && <p className="state empty">Nothing due in the next two weeks.</p>}
      {days.map((day) => (
        <section key={day.day} className="day-group" aria-labelledby={`day-${day.day}`}>
          <h2 id={`day-${day.day}`} className="day-heading">
            {day.label}
          </h2>
          <ul className="tasks" aria-labelledby={`day-${day.day}`}>
            {day.tasks.map((task) => (
              <Fragment key={task.id}>{children(task)}</Fragment>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** Lines a new person can try, each showing one thing quick add reads. */
const EXAMPLES = [
  'Call mom tomorrow 5pm #family !high',
  'Pay rent every month on the 1st',
  'Water the plants every 3 days',
  'Read a book',
];

/** What an empty view or list says; where nothing narrows it, a few lines to try and the syntax. */
function EmptyState({
  filters,
  scope,
  viewer,
  onTry,
}: {
  filters: ListFilters;
  scope: Scope;
  viewer: boolean;
  onTry: (line: string) => void;
}) {
  let text: React.ReactNode;
  const { status } = filters;
  if (scope.kind === 'view' && scope.view === 'today' && !isNarrowed(filters)) {
    text = 'Nothing due today. Add a task with a date (“Call mom today 5pm”), or enjoy the quiet.';
  } else if (scope.kind === 'view' && scope.view === 'inbox' && !isNarrowed(filters)) {
    text = 'Your Inbox is empty: tasks you add without a list land here.';
  } else if (viewer && !isNarrowed(filters)) {
    return <p className="state empty">No tasks in this list yet.</p>;
  } else if (scope.kind === 'assigned' && !isNarrowed(filters)) {
    return (
      <p className="state empty">
        Nothing is assigned to you. In a shared list, open a task and pick who does it.
      </p>
    );
  } else if (scope.kind === 'list' && !isNarrowed(filters) && status === 'all') {
    text = 'No tasks in this list yet. Type one in the box above: it is added to this list.';
  } else if (isNarrowed(filters)) {
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
  if (isNarrowed(filters) || status === 'completed') return <p className="state empty">{text}</p>;
  return (
    <div className="state empty">
      <p>{text}</p>
      <p className="try-heading">Try one of these (it goes in the box, Enter adds it):</p>
      <ul className="try-lines">
        {EXAMPLES.map((line) => (
          <li key={line}>
            <button type="button" className="link-button" onClick={() => onTry(line)}>
              {line}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">
        Dates (“tomorrow 5pm”, “next friday”, “in 3 days”), repeats (“every monday”), <code>#tags</code> and{' '}
        <code>!high</code> are read from the line. Press <kbd>n</kbd> to add, <kbd>?</kbd> for every shortcut.
      </p>
    </div>
  );
}
