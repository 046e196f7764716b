// What the calendar reads: every open task due in the range shown, the series due before it (their
// next occurrences may fall inside), and the undated tasks for the tray. All under the tasks root,
// so a write or a live event anywhere refreshes them.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';
import type { ListQuery, Task } from '../api/types';
import { ME } from '../tasks/api';
import type { CalendarRange } from './calendar';

/** Pages of 200 (the API's most), at most this many: 5,000 tasks in one range. */
const PAGE = 200;
const MAX_PAGES = 25;

export const calendarKeys = {
  all: [...tasksRoot, 'calendar'] as const,
  range: (range: CalendarRange) => [...tasksRoot, 'calendar', range.start, range.end] as const,
  tray: [...tasksRoot, 'calendar', 'undated'] as const,
};

/** Every page of a list query (in due order), up to MAX_PAGES. */
async function allPages(
  query: ListQuery,
  signal: AbortSignal,
): Promise<{ tasks: Task[]; complete: boolean }> {
  const tasks: Task[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await unwrap(
      api.GET('/api/{user_id}/tasks', {
        params: {
          path: ME,
          query: { ...query, limit: PAGE, count: 'none', ...(cursor ? { cursor } : {}) },
        },
        signal,
      }),
    );
    tasks.push(...answer.tasks);
    cursor = answer.next_cursor ?? undefined;
    if (!cursor) return { tasks, complete: true };
  }
  return { tasks, complete: false };
}

export interface CalendarData {
  tasks: Task[];
  /** False when the range held more than the calendar reads (5,000 each). */
  complete: boolean;
}

export function useCalendarTasks(range: CalendarRange) {
  return useQuery({
    queryKey: calendarKeys.range(range),
    queryFn: async ({ signal }): Promise<CalendarData> => {
      const [inRange, series] = await Promise.all([
        allPages({ status: 'pending', sort: 'due', due_after: range.start, due_before: range.end }, signal),
        allPages({ status: 'pending', sort: 'due', recurring: 'true', due_before: range.start }, signal),
      ]);
      return { tasks: [...series.tasks, ...inRange.tasks], complete: inRange.complete && series.complete };
    },
    // Moving between weeks keeps the last one on screen (aria-busy) instead of flashing "Loading".
    placeholderData: (previous) => previous,
  });
}

/** Open tasks with no due moment, newest first, 50 at a time. */
export function useUndatedTasks() {
  return useInfiniteQuery({
    queryKey: calendarKeys.tray,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/{user_id}/tasks', {
          params: {
            path: ME,
            query: {
              status: 'pending',
              due: 'none',
              sort: '-created',
              limit: 50,
              count: pageParam ? 'none' : 'exact',
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}
