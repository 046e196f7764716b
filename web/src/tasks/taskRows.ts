// The rows of the one virtualized task list, shared by the views that build them (TaskGroups.tsx and
// Upcoming.tsx, which is loaded on its own).
import type { Task } from '../api/types';
import type { Row, RowProps } from './VirtualRows';

/** Renders a task's row; `row` places it in the virtualized list. */
export type RenderTask = (task: Task, row: RowProps) => React.ReactNode;

/** The id of the one list of rows (a section's fold button controls it). */
export const ROWS_ID = 'task-rows';

export const taskRows = (tasks: Task[], render: RenderTask): Row[] =>
  tasks.map((task) => ({ key: `t${task.id}`, taskId: task.id, render: (row) => render(task, row) }));
