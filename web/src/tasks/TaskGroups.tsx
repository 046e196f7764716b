// The rows of the task list, as one virtualized list (VirtualRows.tsx) with headings as rows: the
// tasks, in a list with sections the tasks in none and then each section's under its heading, on
// Today the overdue ones under "Overdue" and then today's under its day, or on Upcoming each day's
// under its heading (Overdue first); then, folded by default, the completed ones under
// "Completed (N)". Your own order shows as a tree (each task followed by its subtasks).
import { lazy, Suspense, useState } from 'react';
import type { Task } from '../api/types';
import type { Scope } from '../app/scope';
import type { Section } from '../sections/api';
import { AddSection, SectionHeader } from '../sections/SectionHeader';
import { t, tx } from '../ui/i18n';
import { dayIn } from './due';
import { TASK_DRAG_TYPE } from './moves';
import { dayLabel, OverdueHeading, todayGroups } from './overdue';
import { type RenderTask, ROWS_ID, taskRows } from './taskRows';
import { HeadingRow, type Row, VirtualRows } from './VirtualRows';

/**
 * The tasks in the order a list with sections shows them: those in no section first, then each
 * section's in the sections' order (each group in the order given, a tree stays together).
 */
export function bySection(tasks: Task[], sections: Section[]): Task[] {
  const known = new Set(sections.map((s) => s.id));
  const groupOf = (t: Task) => (t.section_id !== null && known.has(t.section_id) ? t.section_id : null);
  const out = tasks.filter((t) => groupOf(t) === null);
  for (const s of sections) out.push(...tasks.filter((t) => groupOf(t) === s.id));
  return out;
}

/** What a list with sections needs to show them (the task screen owns the folding and the moves). */
export interface SectionView {
  listId: number;
  sections: Section[];
  /** Tasks of each section on the page, folded or not. */
  counts: Map<number, number>;
  collapsed: Set<number>;
  toggle: (sectionId: number) => void;
  canEdit: boolean;
  announce: (text: string) => void;
  /** Moves a task dropped on a section's heading into it. */
  dropInto?: (sectionId: number, taskId: number) => void;
}

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

/** The completed tasks below the open ones: a button that folds them (folded by default). */
export interface CompletedView {
  /** How many there are (from the counts; "1000+" past a search's count). */
  count: string;
  expanded: boolean;
  toggle: () => void;
  /** Newest completed first; loaded once expanded. */
  tasks: Task[];
  loading: boolean;
}

/** Upcoming's days, loaded with the view: Today, the landing view, does without them. */
const UpcomingRows = lazy(() => import('./Upcoming').then((m) => ({ default: m.UpcomingRows })));
/** Today's Overdue heading with its button, loaded once there are overdue tasks. */
const RescheduleHeading = lazy(() => import('./reschedule').then((m) => ({ default: m.RescheduleHeading })));

/** "Completed (N)" and, unfolded, the completed tasks. */
function completedRows(completed: CompletedView | undefined, render: RenderTask): Row[] {
  if (!completed) return [];
  const rows: Row[] = [
    {
      key: 'completed',
      render: (row) => (
        <HeadingRow key="completed" row={row} className="completed-head">
          <h2 className="section-title">
            <button
              type="button"
              className="section-toggle completed-toggle"
              aria-expanded={completed.expanded}
              onClick={completed.toggle}
            >
              <span className="section-chevron" aria-hidden="true">
                {completed.expanded ? '▾' : '▸'}
              </span>
              {tx('Completed {count}', {
                count: <span className="section-count">({completed.count})</span>,
              })}
            </button>
          </h2>
        </HeadingRow>
      ),
    },
  ];
  if (!completed.expanded) return rows;
  if (completed.loading && completed.tasks.length === 0) {
    rows.push({
      key: 'completed-loading',
      render: (row) => (
        <HeadingRow key="completed-loading" row={row}>
          <p role="status" className="state">
            {t('Loading the completed tasks…')}
          </p>
        </HeadingRow>
      ),
    });
  }
  return [...rows, ...taskRows(completed.tasks, render)];
}

/**
 * The rows: one list of tasks, with a list's sections, Today's Overdue and today, or Upcoming's
 * days (Overdue first, with "Reschedule all") as heading rows, then the Completed part.
 */
export function TaskGroups({
  scope,
  tasks,
  timeZone,
  now,
  label,
  sectioned,
  completed,
  children,
}: {
  scope: Scope;
  tasks: Task[];
  timeZone: string;
  now: Date;
  label: string;
  /** In a list: its sections (the tasks in none come first, under no heading). */
  sectioned?: SectionView;
  /** Below the open tasks, where the view shows open tasks only. */
  completed?: CompletedView;
  children: RenderTask;
}) {
  if (scope.kind === 'view' && scope.view === 'upcoming') {
    return (
      <Suspense fallback={null}>
        <UpcomingRows tasks={tasks} timeZone={timeZone} now={now} label={label} render={children} />
      </Suspense>
    );
  }
  if (scope.kind === 'view' && scope.view === 'today') {
    return (
      <TodayRows
        tasks={tasks}
        timeZone={timeZone}
        now={now}
        label={label}
        render={children}
        completed={completed}
      />
    );
  }
  if (sectioned) {
    return <Sectioned view={sectioned} tasks={tasks} label={label} render={children} completed={completed} />;
  }
  return (
    <VirtualRows
      id={ROWS_ID}
      label={label}
      rows={[...taskRows(tasks, children), ...completedRows(completed, children)]}
    />
  );
}

/**
 * Today: the tasks due before today began under "Overdue" (with "Reschedule all to today"), then
 * today's under its day, in the order given (timed ones by time, late ones too, then all-day).
 * Without overdue tasks, today's alone, under no heading.
 */
function TodayRows({
  tasks,
  timeZone,
  now,
  label,
  render,
  completed,
}: {
  tasks: Task[];
  timeZone: string;
  now: Date;
  label: string;
  render: RenderTask;
  completed?: CompletedView;
}) {
  const groups = todayGroups(tasks, timeZone, now);
  const rows: Row[] = [];
  if (groups.overdue.length > 0) {
    const today = dayIn(now, timeZone);
    rows.push({
      key: 'overdue',
      render: (row) => (
        <HeadingRow key="overdue" row={row} className="day-overdue">
          <Suspense fallback={<OverdueHeading />}>
            <RescheduleHeading tasks={groups.overdue} timeZone={timeZone} now={now} />
          </Suspense>
        </HeadingRow>
      ),
    });
    rows.push(...taskRows(groups.overdue, render));
    rows.push({
      key: `day-${today}`,
      render: (row) => (
        <HeadingRow key={`day-${today}`} row={row}>
          <h2 id={`day-${today}`} className="day-heading">
            {dayLabel(today, today)}
          </h2>
        </HeadingRow>
      ),
    });
  }
  rows.push(...taskRows(groups.today, render));
  return <VirtualRows id={ROWS_ID} label={label} rows={[...rows, ...completedRows(completed, render)]} />;
}

/** A list's tasks in none of its sections, then per section its heading and, unless folded, its tasks. */
function Sectioned({
  view,
  tasks,
  label,
  render,
  completed,
}: {
  view: SectionView;
  tasks: Task[];
  label: string;
  render: RenderTask;
  completed?: CompletedView;
}) {
  const [over, setOver] = useState<number | null>(null);
  const known = new Set(view.sections.map((s) => s.id));
  const loose = tasks.filter((t) => t.section_id === null || !known.has(t.section_id));
  const dropProps = (sectionId: number): React.HTMLAttributes<HTMLDivElement> | undefined =>
    view.dropInto && {
      onDragOver: (e) => {
        if (!e.dataTransfer.types.includes(TASK_DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(sectionId);
      },
      onDragLeave: () => setOver(null),
      onDrop: (e) => {
        setOver(null);
        const id = Number(e.dataTransfer.getData(TASK_DRAG_TYPE));
        if (!Number.isSafeInteger(id) || id < 1) return;
        e.preventDefault();
        view.dropInto?.(sectionId, id);
      },
    };
  const rows: Row[] = taskRows(loose, render);
  view.sections.forEach((section, i) => {
    const collapsed = view.collapsed.has(section.id);
    rows.push({
      key: `section-${section.id}`,
      render: (row) => (
        <HeadingRow key={`section-${section.id}`} row={row} className="section-group">
          <SectionHeader
            section={section}
            count={view.counts.get(section.id) ?? 0}
            collapsed={collapsed}
            onToggle={() => view.toggle(section.id)}
            controls={ROWS_ID}
            canEdit={view.canEdit}
            previous={view.sections[i - 1]}
            next={view.sections[i + 1]}
            announce={view.announce}
            dropProps={dropProps(section.id)}
            dropping={over === section.id}
          />
        </HeadingRow>
      ),
    });
    if (!collapsed)
      rows.push(
        ...taskRows(
          tasks.filter((t) => t.section_id === section.id),
          render,
        ),
      );
  });
  if (view.canEdit) {
    rows.push({
      key: 'add-section',
      render: (row) => (
        <HeadingRow key="add-section" row={row}>
          <AddSection listId={view.listId} announce={view.announce} />
        </HeadingRow>
      ),
    });
  }
  return <VirtualRows id={ROWS_ID} label={label} rows={[...rows, ...completedRows(completed, render)]} />;
}
