// The task list: quick add, filter (status, priority, tags, due), search on the server, sort,
// act on tasks by mouse or keyboard, and the assistant beside it. Open tasks by default, the
// completed ones in a folded "Completed (N)" part below them; every row in one virtualized list. In a shared list: who is in it,
// live changes by the others, and for a viewer rows that only show. What it shows comes from the
// address (route.ts); picking tasks (selection.ts), the shortcuts (keyboard.ts) and moving tasks
// (moves.ts) are their own hooks.
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, describeError } from '../api/client';
import type { Task } from '../api/types';
import { NotFound } from '../app/NotFound';
import { setSearchParams } from '../app/router';
import { type Scope, scopePath, VIEW_TITLES } from '../app/scope';
import { useMe } from '../auth/session';
import { useLists, useMissingList } from '../lists/api';
import { rememberView, ViewSwitch } from '../lists/view';
import { isQueuedTask } from '../offline/outbox';
import { useSections } from '../sections/api';
import { useCollapsed } from '../sections/collapsed';
import { AddSection } from '../sections/SectionHeader';
import { useTimeZone } from '../settings/api';
import { usePeople } from '../sharing/api';
import { msg, t, tx } from '../ui/i18n';
import { isTyping } from '../ui/shortcuts';
import { useToast } from '../ui/toast';
import { occurrenceOf } from './api';
import { usePendingDeletes } from './deletes';
import { EmptyState } from './EmptyState';
import { isNarrowed, type ListFilters, SORT_LABELS, STATUS_LABELS, sortOptions } from './filters';
import { useTaskShortcuts } from './keyboard';
import { useListLiveUpdates } from './listLive';
import { useTaskMoves } from './moves';
import { useSkipOccurrence, useToggleTask, useUpdateTask } from './mutations';
import { QuickAddBox } from './QuickAddBox';
import { type TaskCounts, useTaskCounts, useTaskList } from './queries';
import { useTaskRoute } from './route';
import { focusTask, useRowFocus } from './rowFocus';
import { useSelection } from './selection';
import { bySection, type CompletedView, type SectionView, TaskGroups, treeOrder } from './TaskGroups';
import { TaskItem } from './TaskItem';
import {
  AssistantPanel,
  BulkBar,
  FilterBar,
  FilterOffer,
  filterLike,
  ListSharing,
  TaskEditor,
  useMinuteClock,
  ViewerHint,
} from './TasksScreenParts';
import { useUndo } from './undo';

export { SORT_LABELS };

const STATUSES = Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[];

export function TasksScreen() {
  const [editingId, setEditingId] = useState<number | null>(null);
  const [editorId, setEditorId] = useState<number | null>(null);
  const route = useTaskRoute(setEditorId);
  const { scope, scopeSort, shown, filters, searchPending, openOnly } = route;
  const { status } = filters;
  const timeZone = useTimeZone();
  const lists = useLists();
  const listById = useMemo(() => new Map((lists.data ?? []).map((l) => [l.id, l])), [lists.data]);
  const listNames = useMemo(() => new Map((lists.data ?? []).map((l) => [l.id, l.name])), [lists.data]);
  const listed = scope.kind === 'list' ? listById.get(scope.id) : undefined;
  // A list the lists lack is asked for on its own: made elsewhere a moment ago, or not there for you (404).
  const missing = useMissingList(scope.kind === 'list' && lists.isSuccess && !listed ? scope.id : null);
  const notFound = missing.error instanceof ApiError && missing.error.status === 404;
  const shownList = listed ?? missing.data;
  const title =
    scope.kind === 'view'
      ? t(VIEW_TITLES[scope.view])
      : scope.kind === 'list'
        ? (shownList?.name ?? t('List'))
        : scope.kind === 'assigned'
          ? t('Assigned to me')
          : t('All tasks');
  const me = useMe();
  const people = usePeople(lists.data ?? []);
  /** A task of a list shared with you as a viewer: it shows, nothing more. */
  const readOnly = (task: Task) =>
    task.list_id !== null && listById.get(task.list_id)?.permissions.update_tasks === false;
  /** Bulk actions act on your own tasks only (not those of lists shared with you). */
  const selectable = (task: Task) => task.id > 0 && (!me.data || task.user_id === me.data.id);
  // The others' changes in a list shared with you; your own stream carries those of your lists.
  useListLiveUpdates(shownList && shownList.role !== 'owner' ? shownList.id : null);
  // The sidebar opens a list as it was last shown in this browser: as a list, now.
  const listParam = scope.kind === 'list' ? scope.id : null;
  useEffect(() => {
    if (listParam !== null) rememberView(listParam, 'list');
  }, [listParam]);

  const list = useTaskList(filters, scope);
  const counts = useTaskCounts(filters, scope);
  // Open views show the completed tasks below the open ones, folded (remembered per view here).
  // Today's come from every task due today (the view itself holds open tasks only).
  const isToday = scope.kind === 'view' && scope.view === 'today';
  const completedPart = status === 'pending' && !(scope.kind === 'view' && scope.view === 'upcoming');
  const completedScope: Scope = isToday ? { kind: 'all' } : scope;
  const completedFilters: ListFilters = {
    ...filters,
    ...(isToday ? { due: 'today' as const } : {}),
    status: 'completed',
    sort: '-updated',
  };
  const completedCounts = useTaskCounts(isToday ? completedFilters : filters, completedScope);
  const completedFold = useCollapsed(`completed:${route.path}`);
  const completedExpanded = completedFold.ids.has(1);
  const completedList = useTaskList(completedFilters, completedScope, completedPart && completedExpanded);
  const update = useUpdateTask();
  const toggle = useToggleTask();
  const skip = useSkipOccurrence();
  const deletes = usePendingDeletes();
  const undo = useUndo();
  const toast = useToast();

  const [assistantOpen, setAssistantOpen] = useState(false);
  /** A line put in the add box from the empty state (a new object each time, so a repeat counts). */
  const [suggestion, setSuggestion] = useState<{ line: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [filtersOpen, setFiltersOpen] = useState(false);
  // On a phone the view's secondary controls fold behind one button (open while any narrows the view).
  const [optionsOpen, setOptionsOpen] = useState(false);
  const optionsShown =
    optionsOpen || filtersOpen || isNarrowed(shown) || route.search !== '' || status !== 'pending';
  const addInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const taskRegion = useRef<HTMLElement>(null);

  const listId = scope.kind === 'list' ? scope.id : null;
  const sections = useSections(listId);
  const collapsedSections = useCollapsed(`sections:${listId ?? 0}`);
  const collapsedParents = useCollapsed('subtasks');
  const completedLoaded = useMemo(
    () =>
      completedPart && completedExpanded ? (completedList.data?.pages ?? []).flatMap((p) => p.tasks) : [],
    [completedPart, completedExpanded, completedList.data],
  );
  const allTasks = useMemo(() => {
    const loaded = (list.data?.pages ?? []).flatMap((p) => p.tasks);
    const here = new Set(loaded.map((t) => t.id));
    // Open tasks only, where the completed ones have their own part: one ticked a moment ago leaves
    // at once, one reopened from the Completed part joins them until the refetch places it.
    const shownTasks = (
      completedPart
        ? [...loaded, ...completedLoaded.filter((t) => !here.has(t.id))].filter((t) => !t.completed)
        : loaded
    ).filter((t) => !deletes.pending.has(t.id));
    const ordered = filters.sort === 'manual' ? treeOrder(shownTasks) : shownTasks;
    // In a list with sections: those in none first, then each section's, as they show.
    return listId !== null && sections.data?.length ? bySection(ordered, sections.data) : ordered;
  }, [list.data, completedLoaded, completedPart, deletes.pending, filters.sort, listId, sections.data]);
  /** Tasks of the open view's pages ticked here since they loaded (offline too): the Completed part's. */
  const ticked = useMemo(
    () => (completedPart ? (list.data?.pages ?? []).flatMap((p) => p.tasks).filter((t) => t.completed) : []),
    [completedPart, list.data],
  );
  /** The Completed part's tasks, newest completed first: those loaded, and those ticked here since. */
  const doneTasks = useMemo(() => {
    if (!completedPart || !completedExpanded) return [];
    const seen = new Set<number>();
    return [...ticked, ...completedLoaded]
      .filter((t) => {
        if (!t.completed || seen.has(t.id) || deletes.pending.has(t.id)) return false;
        seen.add(t.id);
        return true;
      })
      .sort((a, b) => (b.completed_at ?? '').localeCompare(a.completed_at ?? '') || b.id - a.id);
  }, [completedPart, completedExpanded, ticked, completedLoaded, deletes.pending]);
  /** Parents with subtasks on the page: each gets a button that folds them. */
  const parents = useMemo(
    () => new Set(allTasks.flatMap((t) => (t.parent_id === null ? [] : [t.parent_id]))),
    [allTasks],
  );
  // What shows: not the tasks of a folded section, nor those under a folded parent (keys, focus,
  // selection and moves see only these).
  const tasks = useMemo(() => {
    const byId = new Map(allTasks.map((t) => [t.id, t]));
    const folded = (t: Task): boolean => {
      for (let up = t.parent_id, hops = 0; up !== null && hops < 8; hops++) {
        if (collapsedParents.ids.has(up)) return true;
        up = byId.get(up)?.parent_id ?? null;
      }
      return false;
    };
    const hiddenSection = (t: Task) =>
      listId !== null && t.section_id !== null && collapsedSections.ids.has(t.section_id);
    return allTasks.filter((t) => !hiddenSection(t) && !(parents.has(t.parent_id ?? 0) && folded(t)));
  }, [allTasks, parents, collapsedParents.ids, collapsedSections.ids, listId]);
  /** Every row with a task, in order: the open ones, then the completed ones when shown. */
  const rowTasks = useMemo(
    () => (doneTasks.length > 0 ? [...tasks, ...doneTasks] : tasks),
    [tasks, doneTasks],
  );
  useRowFocus(rowTasks);
  const now = useMinuteClock();
  const selection = useSelection(rowTasks, selectable, route.path);
  const moves = useTaskMoves({
    tasks,
    manual: filters.sort === 'manual',
    readOnly,
    announce: setAnnouncement,
  });
  const sectioned: SectionView | undefined =
    listId !== null && sections.data && shownList
      ? {
          listId,
          sections: sections.data,
          counts: allTasks.reduce(
            (counts, t) =>
              t.section_id === null ? counts : counts.set(t.section_id, (counts.get(t.section_id) ?? 0) + 1),
            new Map<number, number>(),
          ),
          collapsed: collapsedSections.ids,
          toggle: (id) => {
            const section = sections.data?.find((s) => s.id === id);
            setAnnouncement(
              t(
                collapsedSections.ids.has(id)
                  ? 'Showing the tasks of “{section}”'
                  : 'Hiding the tasks of “{section}”',
                { section: section?.name ?? t('the section') },
              ),
            );
            collapsedSections.toggle(id);
          },
          canEdit: shownList.permissions.update_sections,
          announce: setAnnouncement,
          dropInto: (sectionId, taskId) =>
            moves.toSection(sectionId, sections.data?.find((s) => s.id === sectionId)?.name ?? '', taskId),
        }
      : undefined;

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

  const completedCount = completedCounts.data
    ? `${completedCounts.data.completed - [...deletes.pending.values()].filter((t) => t.completed).length}${completedCounts.data.more.completed ? '+' : ''}`
    : '…';
  // None completed (as far as the counts know, and none ticked here): no part at all.
  const completed: CompletedView | undefined =
    completedPart && (completedCounts.data?.completed !== 0 || ticked.length > 0)
      ? {
          count: completedCount,
          expanded: completedExpanded,
          toggle: () => {
            setAnnouncement(
              t(completedExpanded ? 'Hiding the completed tasks' : 'Showing the completed tasks'),
            );
            completedFold.toggle(1);
          },
          tasks: doneTasks,
          loading: completedList.isPending || (completedList.hasNextPage ?? false),
        }
      : undefined;
  const noCompleted = !completedPart || (completedCounts.data?.completed === 0 && ticked.length === 0);

  const remove = (task: Task) => {
    if (readOnly(task)) return;
    const index = rowTasks.findIndex((t) => t.id === task.id);
    const neighbour = rowTasks[index + 1] ?? rowTasks[index - 1];
    deletes.remove(task, () => focusTask(task.id));
    // Focus stays in the list (never the add box, where `u` would be typed, not obeyed).
    if (neighbour) focusTask(neighbour.id);
    else taskRegion.current?.focus();
  };

  /**
   * Completes or reopens, with Undo; a recurring task moves on to its next occurrence instead, and
   * its Undo brings it back to the one completed.
   */
  const toggleDone = (task: Task) => {
    // A task still being created waits for its id, unless it waits offline (its changes queue behind it).
    if ((task.id < 0 && !isQueuedTask(task.id)) || readOnly(task)) return;
    const done = !task.completed;
    const what = !done
      ? msg('Reopened “{title}”')
      : occurrenceOf(task)
        ? msg('Completed this occurrence of “{title}”')
        : msg('Completed “{title}”');
    const offer = undo.offer({
      message: t(what, { title: task.title }),
      undo: () => toggle.mutate({ ...task, completed: done }),
    });
    toggle.mutate(task, { onError: () => undo.withdraw(offer) });
  };

  useTaskShortcuts({
    byId: (id) => rowTasks.find((t) => t.id === id),
    addInput,
    searchInput,
    toggleDone,
    edit: (task) => {
      if (task.id > 0 && !readOnly(task)) setEditingId(task.id);
    },
    open: (task) => {
      if (task.id > 0) setEditorId(task.id);
    },
    remove,
    undo: () => {
      if (!undo.undoLast()) toast({ message: t('Nothing to undo') });
    },
    select: (task) => selection.select(task, 'toggle'),
  });

  if (notFound) {
    return (
      <NotFound
        title={t('List not found')}
        back={{ href: scopePath({ kind: 'view', view: 'inbox' }), label: t('Go to the Inbox') }}
      >
        <p>{t('This list does not exist, or it is not shared with you.')}</p>
      </NotFound>
    );
  }

  return (
    <>
      <div className="screen-head" data-options={optionsShown || undefined}>
        <h1>{title}</h1>
        {shownCounts && (
          // On a phone the status buttons below say the same: there the line is for screen readers only.
          <p className={openOnly ? 'counts' : 'counts counts-in-tabs'} aria-live="polite">
            {openOnly
              ? t('{pending} open', { pending: shownCounts.pending })
              : t('{pending} pending · {completed} completed', shownCounts)}
            {isNarrowed(filters) && <span className="visually-hidden"> {t('matching the filters')}</span>}
          </p>
        )}
        {shownList && <ViewSwitch listId={shownList.id} current="list" />}
        {shownList && <ListSharing list={shownList} />}
        <button
          type="button"
          className="button button-small button-quiet options-toggle"
          aria-expanded={optionsShown}
          aria-controls="view-options"
          onClick={() => setOptionsOpen(!optionsShown)}
        >
          {t('View options')}
        </button>
        <button
          type="button"
          className="button button-small assistant-toggle"
          aria-expanded={assistantOpen}
          aria-controls="assistant"
          onClick={() => setAssistantOpen((open) => !open)}
        >
          {t('Assistant')}
        </button>
      </div>

      {shownList?.permissions.create_tasks === false ? (
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
            aria-label={t('Add a task')}
            onClick={() => {
              addInput.current?.scrollIntoView({ block: 'center' });
              addInput.current?.focus();
            }}
          >
            +
          </button>
        </>
      )}

      <div className="toolbar" id="view-options">
        {!openOnly && (
          <fieldset className="filters">
            <legend className="visually-hidden">{t('Show')}</legend>
            {STATUSES.map((s) => (
              <button
                key={s}
                type="button"
                className="filter"
                aria-pressed={status === s}
                onClick={() => setSearchParams({ status: s === 'pending' ? null : s })}
              >
                {t(STATUS_LABELS[s])}
                {shownCounts && <span className="filter-count"> {shownCounts[s]}</span>}
              </button>
            ))}
          </fieldset>
        )}
        <div className="toolbar-right">
          <label htmlFor="search" className="visually-hidden">
            {t('Search tasks')}
          </label>
          <input
            id="search"
            ref={searchInput}
            type="search"
            placeholder={t('Search (/)')}
            value={route.search}
            onChange={(e) => setSearchParams({ q: e.target.value || null })}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setSearchParams({ q: null });
                e.currentTarget.blur();
              }
            }}
          />
          <label htmlFor="sort" className="visually-hidden">
            {t('Sort')}
          </label>
          <button
            type="button"
            className="button button-quiet filters-toggle"
            aria-expanded={filtersOpen || isNarrowed(shown)}
            aria-controls="filter-bar"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('Filters')}
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
                {t(SORT_LABELS[s])}
              </option>
            ))}
          </select>
        </div>
      </div>

      {filterLike(route.search) && (
        <Suspense fallback={null}>
          <FilterOffer search={route.search} />
        </Suspense>
      )}
      {(filtersOpen || isNarrowed(shown)) && (
        <Suspense fallback={null}>
          <FilterBar filters={shown} open={filtersOpen} />
        </Suspense>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {selection.selected.length > 0 && (
        <Suspense fallback={null}>
          <BulkBar selected={selection.selected} timeZone={timeZone} onClear={selection.clear} />
        </Suspense>
      )}

      <section
        ref={taskRegion}
        className="task-region"
        aria-label={t('Task list')}
        tabIndex={-1}
        onKeyDown={(e) => moves.onKeyDown(e, isTyping(e.target))}
        aria-busy={list.isFetching || counts.isFetching || searchPending || undefined}
      >
        {list.isPending ? (
          <p role="status" className="state">
            {t('Loading your tasks…')}
          </p>
        ) : list.isError ? (
          <div role="alert" className="state notice notice-error">
            <p>
              {t('Could not load your tasks.')} {describeError(list.error)}
            </p>
            <button type="button" className="button" onClick={() => list.refetch()}>
              {t('Try again')}
            </button>
          </div>
        ) : allTasks.length === 0 &&
          !(scope.kind === 'view' && scope.view === 'upcoming') &&
          !sectioned?.sections.length &&
          noCompleted ? (
          <>
            <EmptyState
              // Nothing open and nothing completed: as empty as it gets.
              filters={completedPart ? { ...filters, status: 'all' } : filters}
              scope={scope}
              viewer={shownList?.permissions.create_tasks === false}
              onTry={(line) => setSuggestion({ line })}
            />
            {sectioned?.canEdit && <AddSection listId={sectioned.listId} announce={setAnnouncement} />}
          </>
        ) : (
          <TaskGroups
            scope={scope}
            tasks={tasks}
            timeZone={timeZone}
            now={now}
            label={t('{status, select, all {All tasks} pending {Pending tasks} other {Completed tasks}}', {
              status,
            })}
            sectioned={sectioned}
            completed={completed}
          >
            {(task, row) => (
              <TaskItem
                key={task.id}
                row={row}
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
                onSelect={(mode) => selection.select(task, mode)}
                onDropTask={
                  filters.sort === 'manual' && !readOnly(task)
                    ? (dragged, where) => moves.dropOnto(task, dragged, where)
                    : undefined
                }
                readOnly={readOnly(task)}
                assignee={task.assignee_id ? people.get(task.assignee_id)?.name : undefined}
                subtasksShown={!collapsedParents.ids.has(task.id)}
                onToggleSubtasks={
                  parents.has(task.id)
                    ? () => {
                        setAnnouncement(
                          t(
                            collapsedParents.ids.has(task.id)
                              ? 'Showing the subtasks of “{title}”'
                              : 'Hiding the subtasks of “{title}”',
                            { title: task.title },
                          ),
                        );
                        collapsedParents.toggle(task.id);
                      }
                    : undefined
                }
              />
            )}
          </TaskGroups>
        )}
      </section>
      <p className="hint keys-hint">{tx('Press {key} for keyboard shortcuts.', { key: <kbd>?</kbd> })}</p>
      {editorId !== null && (
        <Suspense fallback={null}>
          <TaskEditor key={editorId} taskId={editorId} onClose={() => setEditorId(null)} />
        </Suspense>
      )}
      {assistantOpen && (
        <Suspense
          fallback={
            <aside id="assistant" className="assistant-panel" aria-label={t('Assistant')}>
              <p role="status" className="state">
                {t('Loading the assistant…')}
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
