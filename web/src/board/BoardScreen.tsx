// A list as a board: a column per section (and "No section" first), each a stack of cards of its
// open tasks in the list's order. Drag a card (dnd-kit: mouse, touch) between columns or within
// one, or press Alt+arrows on it; each move goes through POST .../move as the list's reordering
// does, shows at once and is announced. Each column has the list's quick add; a viewer only sees.
// Reads the same cached list pages as the list view, so live events and writes refresh it too.
// Loaded when first opened.
import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { ApiError, describeError } from '../api/client';
import type { Task } from '../api/types';
import { NotFound } from '../app/NotFound';
import { scopePath } from '../app/scope';
import { type List, useLists, useMissingList } from '../lists/api';
import { rememberView, ViewSwitch } from '../lists/view';
import { isQueuedTask } from '../offline/outbox';
import { useSections } from '../sections/api';
import { AddSection } from '../sections/SectionHeader';
import { useTimeZone } from '../settings/api';
import { ListSharing, ViewerHint } from '../sharing/ListSharing';
import { occurrenceOf } from '../tasks/api';
import { changeCachedTasks, storeTask } from '../tasks/cache';
import { dueText } from '../tasks/due';
import { type ListFilters, PRIORITY_LABELS } from '../tasks/filters';
import { useListLiveUpdates } from '../tasks/listLive';
import { useToggleTask } from '../tasks/mutations';
import { moveOrQueue, QUEUED } from '../tasks/offlineWrites';
import { QuickAddBox } from '../tasks/QuickAddBox';
import { taskKeys, useTaskList } from '../tasks/queries';
import { useUndo } from '../tasks/undo';
import { useShortcuts } from '../ui/shortcuts';
import { useToast } from '../ui/toast';
import { type Column, columnsOf, placeCard } from './board';
import './board.css';
import { readingStep, t } from '../ui/i18n';

const TaskEditor = lazy(() => import('../tasks/TaskEditor').then((m) => ({ default: m.TaskEditor })));

/** The list view's "open tasks, my order" query: the board shares its cached pages. */
const OPEN_IN_ORDER: ListFilters = {
  status: 'pending',
  sort: 'manual',
  q: '',
  priority: [],
  tag: [],
  due: null,
  filter: '',
};
const CARD_ID = 'card:';
const COLUMN_ID = 'column:';

/** Cards first (the one under the pointer), then the column; the nearest by area without a pointer. */
const cardsFirst: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  const hits = under.length > 0 ? under : rectIntersection(args);
  return [...hits].sort(
    (a, b) => Number(String(b.id).startsWith(CARD_ID)) - Number(String(a.id).startsWith(CARD_ID)),
  );
};

/** dnd-kit's own announcements name its ids ("card:12"): the board's announcer says each move instead. */
const QUIET = {
  announcements: {
    onDragStart: () => undefined,
    onDragMove: () => undefined,
    onDragOver: () => undefined,
    onDragEnd: () => undefined,
    onDragCancel: () => undefined,
  },
  screenReaderInstructions: { draggable: '' },
};

/** Puts the keyboard focus back on a card once it has moved (it re-renders in its new place). */
function focusCard(id: number) {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[data-card="${id}"] .card-title`)?.focus(),
  );
}

export function BoardScreen({ listId }: { listId: number }) {
  const lists = useLists();
  const listed = lists.data?.find((l) => l.id === listId);
  const missing = useMissingList(lists.isSuccess && !listed ? listId : null);
  const list: List | undefined = listed ?? missing.data;
  const notFound = missing.error instanceof ApiError && missing.error.status === 404;
  useListLiveUpdates(list && list.role !== 'owner' ? list.id : null);
  // The sidebar opens this list as a board from now on (in this browser).
  useEffect(() => rememberView(listId, 'board'), [listId]);

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
  return <Board listId={listId} list={list} />;
}

function Board({ listId, list }: { listId: number; list: List | undefined }) {
  const qc = useQueryClient();
  const toast = useToast();
  const undo = useUndo();
  const toggle = useToggleTask();
  const timeZone = useTimeZone();
  const sections = useSections(listId);
  const pages = useTaskList(OPEN_IN_ORDER, { kind: 'list', id: listId });
  const [announcement, setAnnouncement] = useState('');
  const [editorId, setEditorId] = useState<number | null>(null);
  useShortcuts({ u: () => (undo.undoLast() ? undefined : toast({ message: t('Nothing to undo') })) });

  // useTaskList reads every page, one after another, as the list view does: a column needs all of its cards.
  const columns = useMemo(
    () =>
      columnsOf(
        (pages.data?.pages ?? []).flatMap((p) => p.tasks),
        sections.data ?? [],
      ),
    [pages.data, sections.data],
  );
  const canMove = list?.permissions.update_tasks ?? false;
  const canAdd = list?.permissions.create_tasks ?? false;
  const sensors = useSensors(
    // A click opens the task or ticks it; a drag starts after 6 px (mouse) or a 250 ms press (touch).
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );

  /** Moves a card to `index` of a column: shown at once, sent as the list's moves are, announced. */
  const moveCard = (task: Task, to: Column, index: number, refocus: boolean) => {
    const place = placeCard(columns, task, to, index);
    if (!place) return;
    const from = columns.find((c) => c.tasks.some((t) => t.id === task.id));
    const title = task.title;
    const message =
      from?.key !== to.key
        ? to.sectionId === null
          ? t('Moved “{title}” to no section', { title })
          : t('Moved “{title}” to “{section}”', { title, section: to.name })
        : place.beside
          ? place.beside.side === 'above'
            ? t('Moved “{title}” above “{other}”', { title, other: place.beside.task.title })
            : t('Moved “{title}” below “{other}”', { title, other: place.beside.task.title })
          : t('Moved “{title}”', { title });
    void qc.cancelQueries({ queryKey: taskKeys.lists });
    changeCachedTasks(qc, (t) =>
      t.id === task.id ? { ...t, section_id: to.sectionId, position: place.position } : t,
    );
    if (refocus) focusCard(task.id);
    moveOrQueue(qc, task.id, place.body)
      .then((saved) => {
        setAnnouncement(message);
        if (saved === QUEUED) return;
        storeTask(qc, saved);
        return qc.invalidateQueries({ queryKey: taskKeys.all });
      })
      .catch((error) => {
        toast({ message: `${t('Could not move the task.')} ${describeError(error)}`, tone: 'error' });
        return qc.invalidateQueries({ queryKey: taskKeys.all });
      });
  };

  /** Alt+←/→: the previous or next column (its end); Alt+↑/↓: one place up or down in the column. */
  const onCardKey = (task: Task, key: string) => {
    const at = columns.findIndex((c) => c.tasks.some((t) => t.id === task.id));
    const column = columns[at];
    if (!column) return;
    const index = column.tasks.findIndex((t) => t.id === task.id);
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      // The way the arrow points on screen: right to left, ← is the next column.
      const to = columns[at + readingStep(key)];
      if (to) moveCard(task, to, to.tasks.length, true);
    } else if (key === 'ArrowUp' && index > 0) moveCard(task, column, index - 1, true);
    else if (key === 'ArrowDown' && index < column.tasks.length - 1) moveCard(task, column, index + 1, true);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const task = (active.data.current as { task?: Task } | undefined)?.task;
    if (!task || !over) return;
    const id = String(over.id);
    if (id.startsWith(COLUMN_ID)) {
      const to = columns.find((c) => c.key === id.slice(COLUMN_ID.length));
      if (to) moveCard(task, to, to.tasks.length, false);
      return;
    }
    const target = (over.data.current as { task?: Task } | undefined)?.task;
    if (!target || target.id === task.id) return;
    const to = columns.find((c) => c.tasks.some((t) => t.id === target.id));
    if (!to) return;
    // Above the card under it, or below it when the dragged card's middle passed the target's.
    const dragged = active.rect.current.translated;
    const below = dragged ? dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2 : false;
    const rest = to.tasks.filter((t) => t.id !== task.id);
    moveCard(task, to, rest.findIndex((t) => t.id === target.id) + (below ? 1 : 0), false);
  };

  /** Completes with the list's toast and Undo (a repeating task moves on to its next occurrence). */
  const complete = (task: Task) => {
    if ((task.id < 0 && !isQueuedTask(task.id)) || !canMove) return;
    const offer = undo.offer({
      message: occurrenceOf(task)
        ? t('Completed this occurrence of “{title}”', { title: task.title })
        : t('Completed “{title}”', { title: task.title }),
      undo: () => toggle.mutate({ ...task, completed: true }),
    });
    toggle.mutate(task, { onError: () => undo.withdraw(offer) });
  };

  // The list's own count, as the sidebar and the list view give it: open tasks, subtasks included
  // (the columns hold top-level cards only).
  const open = list?.open_count;
  return (
    <section className="board-screen" aria-labelledby="board-title" aria-busy={pages.isFetching || undefined}>
      <div className="screen-head">
        <h1 id="board-title">{list?.name ?? t('List')}</h1>
        {pages.data && open !== undefined && (
          <p className="counts" aria-live="polite">
            {t('{open} open', { open })} <span className="counts-note">{t('(subtasks included)')}</span>
          </p>
        )}
        {list && <ViewSwitch listId={list.id} current="board" />}
        {list && <ListSharing list={list} />}
      </div>
      {list && !canAdd && <ViewerHint />}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {canMove && (
        <p className="hint board-hint">
          {t('Drag a card, or focus its title and press Alt+arrows, to move it between and within columns.')}
        </p>
      )}
      {/* The sections too: the list view's cached tasks can come first, and every card would show in
          "No section" and then jump to its column (offline, a paused fetch does not hold the board). */}
      {pages.isPending || sections.isLoading ? (
        <p role="status" className="state">
          {t('Loading your tasks…')}
        </p>
      ) : pages.isError ? (
        <div role="alert" className="state notice notice-error">
          <p>
            {t('Could not load your tasks.')} {describeError(pages.error)}
          </p>
          <button type="button" className="button" onClick={() => pages.refetch()}>
            {t('Try again')}
          </button>
        </div>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={cardsFirst}
          onDragEnd={onDragEnd}
          accessibility={QUIET}
        >
          <div className="board">
            {columns.map((column) => (
              <BoardColumn key={column.key} column={column}>
                <ul className="board-cards">
                  {column.tasks.map((task) => (
                    <Card
                      key={task.id}
                      task={task}
                      timeZone={timeZone}
                      movable={canMove && task.id > 0}
                      onOpen={() => task.id > 0 && setEditorId(task.id)}
                      onComplete={() => complete(task)}
                      onKey={(key) => onCardKey(task, key)}
                    />
                  ))}
                </ul>
                {canAdd && (
                  <QuickAddBox
                    timeZone={timeZone}
                    listId={listId}
                    sectionId={column.sectionId ?? undefined}
                    inputId={`new-task-${column.key}`}
                    label={t('New task in {column}', { column: columnName(column) })}
                    placeholder={t('Add a task')}
                  />
                )}
              </BoardColumn>
            ))}
            {list?.permissions.update_sections && (
              <div className="board-column board-add-column">
                <AddSection listId={listId} announce={setAnnouncement} />
              </div>
            )}
          </div>
        </DndContext>
      )}
      {editorId !== null && (
        <Suspense fallback={null}>
          <TaskEditor key={editorId} taskId={editorId} onClose={() => setEditorId(null)} />
        </Suspense>
      )}
    </section>
  );
}

/** A column's name: its section's, or "No section" in the active language. */
const columnName = (column: Column) => (column.sectionId === null ? t(column.name) : column.name);

function BoardColumn({ column, children }: { column: Column; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${COLUMN_ID}${column.key}` });
  const count = column.tasks.length;
  return (
    <section
      ref={setNodeRef}
      className={`board-column${isOver ? ' drop-over' : ''}`}
      aria-label={t('{column}, {count, plural, one {# task} other {# tasks}}', {
        column: columnName(column),
        count,
      })}
      data-column={column.key}
    >
      <h2 className="board-column-title">
        {columnName(column)}{' '}
        <span className="count" aria-hidden="true">
          {count}
        </span>
      </h2>
      {children}
    </section>
  );
}

function Card({
  task,
  timeZone,
  movable,
  onOpen,
  onComplete,
  onKey,
}: {
  task: Task;
  timeZone: string;
  movable: boolean;
  onOpen: () => void;
  onComplete: () => void;
  onKey: (key: string) => void;
}) {
  // Alt+arrows move it (dnd-kit's keyboard sensor, and so its attributes, are not used).
  const drag = useDraggable({ id: `${CARD_ID}${task.id}`, data: { task }, disabled: !movable });
  const drop = useDroppable({ id: `${CARD_ID}${task.id}`, data: { task }, disabled: !movable });
  const { transform, isDragging } = drag;
  const style = transform
    ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 2 }
    : undefined;
  const due = dueText(task, timeZone);
  const progress = task.subtasks.total > 0 ? task.subtasks : null;
  return (
    <li
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
      style={style}
      className={`board-card${isDragging ? ' dragging' : ''}${movable ? ' movable' : ''}`}
      data-card={task.id}
      data-priority={task.priority}
      {...(movable ? drag.listeners : {})}
    >
      <label className="task-check-target">
        <input
          type="checkbox"
          className="task-check"
          checked={false}
          disabled={!movable}
          onChange={onComplete}
          aria-label={t('Complete: {title}', { title: task.title })}
        />
      </label>
      <div className="card-body">
        <button
          type="button"
          className="card-title"
          dir="auto"
          onClick={onOpen}
          onKeyDown={(e) => {
            if (!movable || !e.altKey || e.ctrlKey || e.metaKey) return;
            if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) {
              e.preventDefault();
              onKey(e.key);
            }
          }}
        >
          {task.title}
        </button>
        {(due || task.priority !== 'none' || task.tags.length > 0 || progress) && (
          <div className="task-meta card-meta">
            {task.priority !== 'none' && (
              <span className={`priority priority-${task.priority}`}>
                {t(PRIORITY_LABELS[task.priority])}
                <span className="visually-hidden"> {t('priority')}</span>
              </span>
            )}
            {due && (
              <span className={`due ${due.overdue ? 'due-overdue' : ''}`} title={due.full}>
                {due.overdue ? t('Overdue:') : t('Due')} <time dateTime={due.iso}>{due.label}</time>
              </span>
            )}
            {task.tags.map((tag) => (
              <span key={tag} className="card-tag">
                #{tag}
              </span>
            ))}
            {progress && (
              <span className="subtask-progress" title={t('Subtasks done')}>
                <span className="visually-hidden">{t('Subtasks done:')} </span>
                {progress.total - progress.open}/{progress.total}
              </span>
            )}
          </div>
        )}
      </div>
      {movable && (
        <span className="drag-grip" aria-hidden="true" title={t('Drag to move')}>
          ⠿
        </span>
      )}
    </li>
  );
}
