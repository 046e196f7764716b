// The rows of the task list: one list, in a list with sections the tasks in none and then one
// group per section under its heading, or on Upcoming one per day under its heading (Overdue
// first); and your own order as a tree (each task followed by its subtasks).
import { Fragment, useState } from 'react';
import type { Task } from '../api/types';
import type { Scope } from '../app/scope';
import type { Section } from '../sections/api';
import { AddSection, SectionHeader } from '../sections/SectionHeader';
import { TASK_DRAG_TYPE } from './moves';
import { groupByDay, OverdueGroup } from './Upcoming';

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

/**
 * The rows: one list, or on Upcoming one list per day (Overdue first, with "Reschedule all"), each
 * under its day's heading.
 */
export function TaskGroups({
  scope,
  tasks,
  timeZone,
  now,
  label,
  sectioned,
  children,
}: {
  scope: Scope;
  tasks: Task[];
  timeZone: string;
  now: Date;
  label: string;
  /** In a list: its sections (the tasks in none come first, under no heading). */
  sectioned?: SectionView;
  children: (task: Task) => React.ReactNode;
}) {
  if (sectioned) return <Sectioned view={sectioned} tasks={tasks} label={label} render={children} />;
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

/** A list's tasks in none of its sections, then a group per section: heading, then its tasks unless folded. */
function Sectioned({
  view,
  tasks,
  label,
  render,
}: {
  view: SectionView;
  tasks: Task[];
  label: string;
  render: (task: Task) => React.ReactNode;
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
  return (
    <>
      {loose.length > 0 && (
        <ul className="tasks" aria-label={label}>
          {loose.map((task) => (
            <Fragment key={task.id}>{render(task)}</Fragment>
          ))}
        </ul>
      )}
      {view.sections.map((section, i) => {
        const collapsed = view.collapsed.has(section.id);
        const listId = `section-${section.id}-tasks`;
        const mine = collapsed ? [] : tasks.filter((t) => t.section_id === section.id);
        return (
          <section key={section.id} className="section-group" aria-label={section.name}>
            <SectionHeader
              section={section}
              count={view.counts.get(section.id) ?? 0}
              collapsed={collapsed}
              onToggle={() => view.toggle(section.id)}
              controls={listId}
              canEdit={view.canEdit}
              previous={view.sections[i - 1]}
              next={view.sections[i + 1]}
              announce={view.announce}
              dropProps={dropProps(section.id)}
              dropping={over === section.id}
            />
            <ul id={listId} className="tasks" aria-label={`${section.name}: ${label}`} hidden={collapsed}>
              {mine.map((task) => (
                <Fragment key={task.id}>{render(task)}</Fragment>
              ))}
            </ul>
          </section>
        );
      })}
      {view.canEdit && <AddSection listId={view.listId} announce={view.announce} />}
    </>
  );
}
