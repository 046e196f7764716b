// The task screen's parts that load apart from it (not in the first load, 0177), and its clock.
import { lazy, useEffect, useState } from 'react';
import { later } from '../ui/later';

// Who is in a shared list, its Share button and a viewer's note load beside the first rows.
export const ListSharing = later(() => import('../sharing/ListSharing').then((m) => m.ListSharing));
export const ViewerHint = later(() => import('../sharing/ListSharing').then((m) => m.ViewerHint));

// The editor loads when a task is first opened (it carries the repeat and reminder builders).
export const TaskEditor = lazy(() => import('./TaskEditor').then((m) => ({ default: m.TaskEditor })));
/** The bulk bar loads when a first task is selected (the first load stays within its budget). */
// The filter bar loads when first unfolded (or when the address has a filter): not in the first load.
export const FilterBar = lazy(() => import('./FilterBar').then((m) => ({ default: m.FilterBar })));
export const BulkBar = lazy(() => import('./BulkBar').then((m) => ({ default: m.BulkBar })));
export const FilterOffer = lazy(() => import('./FilterOffer'));
/** A search holding a mark of the filter language, which FilterOffer may offer to apply as a filter. */
export const filterLike = (text: string) =>
  /[#@&|!():]|\bp[1-4]\b|\b(?:today|tomorrow|overdue|no date|no labels|recurring|subtask)\b/i.test(text);
/** The assistant loads on first open: it does not count against the first-load budget. */
export const AssistantPanel = lazy(() => import('../assistant/AssistantPanel'));

/** The current time, renewed each minute. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
