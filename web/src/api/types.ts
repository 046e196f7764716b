// The task contract's shapes, named from the OpenAPI types (web/src/api/schema.d.ts): types only,
// so the task list's filters, the task calls and the offline outbox can all use them without
// importing each other.
import type { Schemas } from './client';
import type { paths } from './schema';

export type Task = Schemas['Task'];
/** `{"at": instant}` or `{"minutes_before": n}` (from the due moment); see tasks/reminders.ts. */
export type Reminder = Schemas['Reminder'];
export type TaskList = Schemas['TaskList'];
export type ListQuery = NonNullable<paths['/api/{user_id}/tasks']['get']['parameters']['query']>;
export type TaskStatus = NonNullable<ListQuery['status']>;
export type TaskSort = NonNullable<ListQuery['sort']>;
export type TaskDue = NonNullable<ListQuery['due']>;
export type QuickAddParse = Schemas['QuickAddParse'];
export type Tag = Schemas['Tag'];
export type NewTask = NonNullable<
  paths['/api/{user_id}/tasks']['post']['requestBody']
>['content']['application/json'];
export type TaskPatch = NonNullable<
  paths['/api/{user_id}/tasks/{id}']['patch']['requestBody']
>['content']['application/json'];
