// The rows of the task list: one list, or on Upcoming one per day under its heading (Overdue
// first); and your own order as a tree (each task followed by its subtasks).
import { Fragment } from 'react';
import type { Task } from '../api/types';
import type { Scope } from '../app/scope';
import { groupByDay, OverdueGroup } from './Upcoming';

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
