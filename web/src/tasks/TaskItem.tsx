// One task in the list: complete with the checkbox, rename in place, open the editor, delete;
// its priority, due moment, duration, deadline, next reminder and tags shown in words (a tag is a
// button that filters by it),
// and in a shared list who it is assigned to. A viewer's rows only show.

import { useEffect, useState } from 'react';
import type { Task } from '../api/types';
import { PendingMark, usePendingTask } from '../offline/PendingMark';
import { initials } from '../sharing/initials';
import { BellIcon } from '../ui/BellIcon';
import { InlineEdit } from '../ui/InlineEdit';
import { t, tx } from '../ui/i18n';
import { later } from '../ui/later';
import { dueText } from './due';
import { PRIORITY_LABELS } from './filters';
import { TASK_DRAG_TYPE } from './moves';
import { RepeatsText } from './RepeatsText';
import { nextReminder } from './reminders';
import { deadlineText, durationText, durationWords } from './taskSpan';
import type { RowProps } from './VirtualRows';

/** The description in Markdown, previewed as the words it reads (the editor formats it). */
const Description = later(
  () => import('./DescriptionPreview').then((m) => m.DescriptionPreview),
  ({ text }: { text: string }) => (
    <p className="task-description" dir="auto">
      {text}
    </p>
  ),
);

export interface TaskItemProps {
  task: Task;
  editing: boolean;
  onEditTitle: (editing: boolean) => void;
  onRename: (title: string) => void;
  onToggle: () => void;
  onOpen: () => void;
  onDelete: () => void;
  /** Moves a recurring task to its next occurrence without completing this one. */
  onSkip: () => void;
  /** Shows only tasks with this tag. */
  onTag: (tag: string) => void;
  timeZone: string;
  /** The list's clock, ticking each minute, so "Overdue" and the next reminder stay true. */
  now?: Date;
  /** The name of the task's list, shown when the screen is not that list. */
  listName?: string;
  /** Whether it is among the selected tasks (for a bulk action). */
  selected?: boolean;
  /** Shift+click selects a range, Ctrl/Cmd+click toggles this one. */
  onSelect?: (mode: 'toggle' | 'range') => void;
  /** In your own order: a task dropped on this one goes before or after it, or under it (right part). */
  onDropTask?: (draggedId: number, where: 'before' | 'after' | 'inside') => void;
  /** In a list shared with you as a viewer: it can be opened, not changed. */
  readOnly?: boolean;
  /** Who it is assigned to, by name. */
  assignee?: string;
  /** A parent whose subtasks are on the page: whether they show, and the button that folds them. */
  subtasksShown?: boolean;
  onToggleSubtasks?: () => void;
  /** In a virtualized list: its place, and the measuring of its height. */
  row?: RowProps;
}

export function TaskItem({
  task,
  editing,
  onEditTitle,
  onRename,
  onToggle,
  onOpen,
  onDelete,
  onSkip,
  onTag,
  timeZone,
  now = new Date(),
  listName,
  selected = false,
  onSelect,
  onDropTask,
  readOnly = false,
  assignee,
  subtasksShown = true,
  onToggleSubtasks,
  row,
}: TaskItemProps) {
  const [dropAt, setDropAt] = useState<'before' | 'after' | 'inside' | null>(null);
  const whereIn = (e: React.DragEvent<HTMLLIElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (e.clientX > box.left + box.width * 0.6) return 'inside' as const;
    return e.clientY < box.top + box.height / 2 ? ('before' as const) : ('after' as const);
  };
  const recurs = task.recurrence !== null && !task.completed;
  // A new task is locked until the server has it, unless it waits offline: then it can be changed too.
  const queued = usePendingTask(task.id);
  const saving = task.id < 0 && !queued;
  const locked = saving || readOnly;
  const due = dueText(task, timeZone, now);
  const deadline = deadlineText(task, timeZone, now);
  const reminder = nextReminder(task, timeZone, now);
  const progress = task.subtasks.total > 0 ? task.subtasks : null;
  const hasMeta =
    task.priority !== 'none' ||
    due ||
    task.duration ||
    deadline ||
    reminder ||
    recurs ||
    task.tags.length > 0 ||
    listName ||
    progress ||
    assignee;
  // The box shows the click at once: the optimistic change reaches the cache a tick later, and a
  // controlled checkbox would otherwise flip back in between. Any new copy of the task (the
  // optimistic one, the server's, a rollback) takes over again.
  const [clicked, setClicked] = useState<boolean | null>(null);
  // On a phone the row's actions sit behind one "More" button (a small menu), not on every row.
  const [menuOpen, setMenuOpen] = useState(false);
  const act = (action: () => void) => () => {
    setMenuOpen(false);
    action();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new task object is what resets it
  useEffect(() => setClicked(null), [task]);
  return (
    <li
      ref={row?.rowRef}
      data-index={row?.index}
      style={row?.style}
      className={`task ${task.completed ? 'task-done' : ''}${task.parent_id !== null ? ' task-sub' : ''}`}
      data-task-id={task.id}
      aria-busy={saving || undefined}
      data-selected={selected || undefined}
      data-drop={dropAt ?? undefined}
      onDragOver={(e) => {
        if (!onDropTask || readOnly || !e.dataTransfer.types.includes(TASK_DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setDropAt(whereIn(e));
      }}
      onDragLeave={() => setDropAt(null)}
      onDrop={(e) => {
        setDropAt(null);
        if (!onDropTask || readOnly) return;
        const dragged = Number(e.dataTransfer.getData(TASK_DRAG_TYPE));
        if (!Number.isSafeInteger(dragged) || dragged < 1 || dragged === task.id) return;
        e.preventDefault();
        onDropTask(dragged, whereIn(e));
      }}
      onClickCapture={(e) => {
        if (!onSelect || saving || !(e.shiftKey || e.ctrlKey || e.metaKey)) return;
        e.preventDefault();
        e.stopPropagation();
        onSelect(e.shiftKey ? 'range' : 'toggle');
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !menuOpen) return;
        e.stopPropagation();
        setMenuOpen(false);
        e.currentTarget.querySelector<HTMLButtonElement>('.task-more')?.focus();
      }}
      onBlur={(e) => {
        if (menuOpen && !e.currentTarget.contains(e.relatedTarget as Node | null)) setMenuOpen(false);
      }}
      draggable={!locked && !editing}
      onDragStart={(e) => {
        e.dataTransfer.setData(TASK_DRAG_TYPE, String(task.id));
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      {onToggleSubtasks && (
        <button
          type="button"
          className="button button-quiet subtasks-toggle"
          aria-expanded={subtasksShown}
          aria-label={t(subtasksShown ? 'Hide the subtasks of {title}' : 'Show the subtasks of {title}', {
            title: task.title,
          })}
          title={t(subtasksShown ? 'Hide subtasks' : 'Show subtasks')}
          // The chevron is drawn by CSS: the row's text stays the task's own.
          onClick={onToggleSubtasks}
        />
      )}
      {/* The label around the box is its tap target: 44 px tall on a phone, the box itself 24 px. */}
      <label className="task-check-target">
        <input
          type="checkbox"
          className="task-check"
          checked={clicked ?? task.completed}
          disabled={locked}
          onChange={(e) => {
            setClicked(e.target.checked);
            onToggle();
          }}
          aria-label={t(task.completed ? 'Completed: {title}' : 'Complete: {title}', { title: task.title })}
        />
      </label>
      {selected && <span className="visually-hidden">{t('Selected: ')}</span>}
      <div className="task-body">
        {readOnly ? (
          <button
            type="button"
            className="task-title"
            dir="auto"
            onClick={onOpen}
            title={t('Open (o)')}
            aria-label={t('Open {title}', { title: task.title })}
          >
            {task.title}
          </button>
        ) : editing ? (
          <InlineEdit
            value={task.title}
            label={t('Task title')}
            className="task-title-input"
            maxLength={200}
            onSave={onRename}
            onDone={() => onEditTitle(false)}
          />
        ) : (
          <button
            type="button"
            className="task-title"
            dir="auto"
            disabled={saving}
            onClick={() => onEditTitle(true)}
            title={t('Rename (e)')}
            aria-label={t('Rename {title}', { title: task.title })}
          >
            {task.title}
          </button>
        )}
        {task.description && <Description text={task.description} />}
        <PendingMark taskId={task.id} />
        {hasMeta && (
          <div className="task-meta">
            {listName && <span className="task-list">{listName}</span>}
            {assignee && (
              <span className="assignee" title={t('Assigned to {name}', { name: assignee })}>
                <span className="avatar avatar-small" aria-hidden="true">
                  {initials(assignee)}
                </span>
                <span className="visually-hidden">{t('Assigned to {name}', { name: assignee })}</span>
              </span>
            )}
            {progress && (
              <span className="subtask-progress" title={t('Subtasks done')}>
                <span className="visually-hidden">{t('Subtasks done: ')}</span>
                {progress.total - progress.open}/{progress.total}
              </span>
            )}
            {task.priority !== 'none' && (
              <span className={`priority priority-${task.priority}`}>
                <span aria-hidden="true">{'!'.repeat(PRIORITY_ORDER[task.priority])} </span>
                {t(PRIORITY_LABELS[task.priority])}
                <span className="visually-hidden"> {t('priority')}</span>
              </span>
            )}
            {due && (
              <span className={`due ${due.overdue ? 'due-overdue' : ''}`} title={due.full}>
                {tx(due.overdue ? 'Overdue: {when}' : 'Due {when}', {
                  when: <time dateTime={due.iso}>{due.label}</time>,
                })}
              </span>
            )}
            {task.duration ? (
              <span
                className="duration"
                title={t('Takes {duration}', { duration: durationWords(task.duration) })}
              >
                <span className="visually-hidden">{t('Takes ')}</span>
                {durationText(task.duration)}
              </span>
            ) : null}
            {deadline && (
              <span
                className={`deadline ${deadline.passed ? 'deadline-passed' : ''}`}
                title={t('Deadline: {when}', { when: deadline.full })}
              >
                {tx(deadline.passed ? 'Deadline passed: {when}' : 'Deadline {when}', {
                  when: <time dateTime={deadline.iso}>{deadline.label}</time>,
                })}
              </span>
            )}
            {reminder && (
              <span className="reminder-next" title={t('Next reminder: {when}', { when: reminder.full })}>
                <BellIcon />
                <span className="visually-hidden">{t('Reminder ')}</span>
                <time dateTime={reminder.iso}>{reminder.label}</time>
              </span>
            )}
            {recurs && task.recurrence && <RepeatsText rule={task.recurrence} />}
            {task.tags.map((tag) => (
              <button
                key={tag}
                type="button"
                className="chip"
                onClick={() => onTag(tag)}
                title={t('Show tasks tagged {tag}', { tag })}
                disabled={saving}
              >
                #{tag}
              </button>
            ))}
          </div>
        )}
      </div>
      <button
        type="button"
        className="button button-quiet task-more"
        aria-expanded={menuOpen}
        aria-label={t('Actions for {title}', { title: task.title })}
        disabled={saving}
        onClick={() => setMenuOpen((open) => !open)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <div className="task-actions" data-open={menuOpen || undefined}>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={act(onOpen)}
          disabled={saving}
          aria-label={t(readOnly ? 'Open {title}' : 'Edit {title}', { title: task.title })}
        >
          {t(readOnly ? 'Open' : 'Edit')}
        </button>
        {recurs && !readOnly && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={act(onSkip)}
            disabled={saving}
            aria-label={t('Skip this occurrence of {title}', { title: task.title })}
          >
            {t('Skip')}
          </button>
        )}
        {!readOnly && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={act(onDelete)}
            disabled={saving}
            aria-label={t('Delete {title}', { title: task.title })}
          >
            {t('Delete')}
          </button>
        )}
      </div>
    </li>
  );
}

const PRIORITY_ORDER: Record<Task['priority'], number> = { none: 0, low: 1, medium: 2, high: 3 };
