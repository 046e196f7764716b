// Upcoming, loaded with its view: the days in the account's zone, each under its heading, with the
// overdue tasks on top (overdue.tsx: "Reschedule all to today", with Undo).
import type { Task } from '../api/types';
import { dayIn } from './due';
import type { ListFilters } from './filters';
import { dayLabel, dueDay } from './overdue';
import { useTaskList } from './queries';
import { RescheduleHeading } from './reschedule';
import { type RenderTask, ROWS_ID, taskRows } from './taskRows';
import { HeadingRow, type Row, VirtualRows } from './VirtualRows';

export interface DayGroup {
  day: string;
  label: string;
  tasks: Task[];
}

/** Tasks (already in due order) grouped by the day they are due. */
export function groupByDay(tasks: Task[], timeZone: string, now: Date): DayGroup[] {
  const today = dayIn(now, timeZone);
  const groups: DayGroup[] = [];
  for (const task of tasks) {
    const day = dueDay(task, timeZone);
    if (day === null) continue;
    let group = groups.at(-1);
    if (group?.day !== day) {
      group = { day, label: dayLabel(day, today), tasks: [] };
      groups.push(group);
    }
    group.tasks.push(task);
  }
  return groups;
}

const OVERDUE: ListFilters = {
  status: 'pending',
  sort: 'agenda',
  q: '',
  priority: [],
  tag: [],
  due: 'overdue',
  filter: '',
};

/** Upcoming: Overdue (with "Reschedule all to today"), then each day's tasks under its heading. */
export function UpcomingRows({
  tasks,
  timeZone,
  now,
  label,
  render,
}: {
  tasks: Task[];
  timeZone: string;
  now: Date;
  label: string;
  render: RenderTask;
}) {
  const overdue = useTaskList(OVERDUE);
  const days = groupByDay(tasks, timeZone, now);
  // A task in a day and in Overdue (one of the two answers older, as after "Reschedule all") shows
  // once, on its day: a row's key and task are one row's only.
  const onDays = new Set(days.flatMap((day) => day.tasks.map((t) => t.id)));
  const overdueTasks = (overdue.data?.pages ?? [])
    .flatMap((p) => p.tasks)
    .filter((t) => t.id > 0 && !t.completed && !onDays.has(t.id));
  const rows: Row[] = [];
  if (overdueTasks.length > 0) {
    rows.push({
      key: 'overdue',
      render: (row) => (
        <HeadingRow key="overdue" row={row} className="day-overdue">
          <RescheduleHeading tasks={overdueTasks} timeZone={timeZone} now={now} />
        </HeadingRow>
      ),
    });
    rows.push(...taskRows(overdueTasks, render));
  }
  for (const day of days) {
    rows.push({
      key: `day-${day.day}`,
      render: (row) => (
        <HeadingRow key={`day-${day.day}`} row={row}>
          <h2 id={`day-${day.day}`} className="day-heading">
            {day.label}
          </h2>
        </HeadingRow>
      ),
    });
    rows.push(...taskRows(day.tasks, render));
  }
  return (
    <>
      {rows.length > 0 && <VirtualRows id={ROWS_ID} label={label} rows={rows} />}
      {days.length === 0 && <p className="state empty">Nothing due in the next two weeks.</p>}
    </>
  );
}
