// The calendar: a week (all-day row and half-hour slots, a timed task a block as long as its
// duration; WeekGrid.tsx) or a month (MonthGrid.tsx) of open tasks on their due days, a series on
// its next occurrences too, and a tray of undated tasks. Drag a task (dnd-kit: mouse, touch;
// CalendarChip.tsx) to another day, which keeps its time, or onto a time, which sets it; Alt+arrows
// do the same from the keyboard. Every move says what it did and offers Undo (useReschedule.ts).
// Loaded when first opened.
import {
  DndContext,
  type DragEndEvent,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { describeError } from '../api/client';
import type { Task } from '../api/types';
import { setSearchParams, useLocation } from '../app/router';
import { useTimeZone } from '../settings/api';
import { useUndo } from '../tasks/undo';
import { useShortcuts } from '../ui/shortcuts';
import { Chip, dropOf } from './CalendarChip';
import {
  addDays,
  type CalendarMode,
  localeFirstDay,
  type Placed,
  place,
  rangeOf,
  SLOTS,
  slotOf,
  stepAnchor,
  todayIn,
} from './calendar';
import { MonthGrid } from './MonthGrid';
import { useCalendarTasks, useUndatedTasks } from './queries';
import { useReschedule } from './useReschedule';
import { WeekGrid } from './WeekGrid';
import './calendar.css';
import { intlLocale, readingStep, t } from '../ui/i18n';

const TaskEditor = lazy(() => import('../tasks/TaskEditor').then((m) => ({ default: m.TaskEditor })));

function useNarrow(): boolean {
  const query = '(max-width: 640px)';
  const [narrow, setNarrow] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const change = () => setNarrow(list.matches);
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }, []);
  return narrow;
}

export function CalendarScreen() {
  const location = useLocation();
  const timeZone = useTimeZone();
  const narrow = useNarrow();
  const today = todayIn(timeZone);
  const mode: CalendarMode = location.searchParams.get('mode') === 'week' ? 'week' : 'month';
  const asked = location.searchParams.get('date');
  const anchor = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : today;
  // The week starts as the app's language has it (Urdu: Sunday), in English as the browser's locale does.
  const firstDay = useMemo(() => localeFirstDay(intlLocale() ?? navigator.language), []);
  const range = useMemo(() => rangeOf(mode, anchor, firstDay), [mode, anchor, firstDay]);
  const data = useCalendarTasks(range);
  const placed = useMemo(() => place(data.data?.tasks ?? [], range, timeZone), [data.data, range, timeZone]);
  const [editorId, setEditorId] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const reschedule = useReschedule(timeZone, setStatus);
  const sensors = useSensors(
    // A click opens the task; a drag starts after 6 px (mouse) or a 250 ms press (touch).
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const byId = useMemo(() => {
    const map = new Map<number, Task>();
    for (const task of data.data?.tasks ?? []) map.set(task.id, task);
    return map;
  }, [data.data]);
  const undated = useUndatedTasks();
  const undo = useUndo();
  useShortcuts({ u: () => undo.undoLast() });

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const task = (active.data.current as { task?: Task } | undefined)?.task;
    const drop = over ? dropOf(String(over.id)) : null;
    if (task && drop) reschedule(task, drop);
  };

  /** Alt+arrows: a day earlier or later, a week (up, down) in the month; half an hour in the week's slots. */
  const onKeyMove = (item: Placed, key: string) => {
    const task = byId.get(item.task.id) ?? item.task;
    const day = item.day;
    if (mode === 'week' && item.time && (key === 'ArrowUp' || key === 'ArrowDown')) {
      const index = SLOTS.indexOf(slotOf(item.time)) + (key === 'ArrowUp' ? -1 : 1);
      if (index < 0 || index >= SLOTS.length) return;
      reschedule(task, { day, time: SLOTS[index]! });
      return;
    }
    // ← and → the way they point on screen (right to left, ← is the next day); ↑ ↓ a week.
    const step =
      key === 'ArrowLeft' || key === 'ArrowRight' ? readingStep(key) : { ArrowUp: -7, ArrowDown: 7 }[key];
    if (step !== undefined) reschedule(task, { day: addDays(day, step) });
  };

  const title = new Intl.DateTimeFormat(intlLocale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    ...(mode === 'week' ? { day: 'numeric' } : {}),
  }).format(new Date(`${mode === 'week' ? range.start : anchor}T12:00:00Z`));

  return (
    <section className="calendar" aria-labelledby="calendar-title" aria-busy={data.isFetching || undefined}>
      <header className="calendar-head">
        <h1 id="calendar-title">{mode === 'week' ? t('Week of {date}', { date: title }) : title}</h1>
        <div className="calendar-nav">
          <button
            type="button"
            className="button button-small"
            aria-label={mode === 'week' ? t('Previous week') : t('Previous month')}
            onClick={() => setSearchParams({ date: stepAnchor(mode, anchor, -1) })}
          >
            ‹
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => setSearchParams({ date: null })}
          >
            {t('Today')}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={mode === 'week' ? t('Next week') : t('Next month')}
            onClick={() => setSearchParams({ date: stepAnchor(mode, anchor, 1) })}
          >
            ›
          </button>
          <fieldset className="segmented">
            <legend className="visually-hidden">{t('Show')}</legend>
            {(['week', 'month'] as const).map((m) => (
              <label key={m} className={m === mode ? 'current' : undefined}>
                <input
                  type="radio"
                  name="calendar-mode"
                  value={m}
                  checked={m === mode}
                  onChange={() => setSearchParams({ mode: m === 'month' ? null : m })}
                />
                {m === 'week' ? t('Week') : t('Month')}
              </label>
            ))}
          </fieldset>
        </div>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {data.isError && (
        <div role="alert" className="notice notice-error">
          <p>
            {t('Could not load the calendar:')} {describeError(data.error)}
          </p>
          <button type="button" className="button button-small" onClick={() => data.refetch()}>
            {t('Try again')}
          </button>
        </div>
      )}
      {data.data && !data.data.complete && (
        <p className="notice">
          {t('This range holds more tasks than the calendar shows (5,000); narrow it to the week.')}
        </p>
      )}
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        <div className="calendar-body">
          {mode === 'month' ? (
            <MonthGrid
              range={range}
              anchor={anchor}
              today={today}
              placed={placed}
              onOpen={setEditorId}
              onKeyMove={onKeyMove}
            />
          ) : (
            <WeekGrid
              range={range}
              today={today}
              placed={placed}
              narrow={narrow}
              onOpen={setEditorId}
              onKeyMove={onKeyMove}
            />
          )}
          <aside className="calendar-tray" aria-labelledby="tray-title">
            <h2 id="tray-title" className="tray-title">
              {t('No date')}
              {undated.data?.pages[0]?.count != null && (
                <span className="count"> {undated.data.pages[0].count}</span>
              )}
            </h2>
            <p className="hint">
              {t('Drag one onto a day, or focus it and press Alt+→ to give it today’s date.')}
            </p>
            <ul>
              {undated.data?.pages.flatMap((page) =>
                page.tasks.map((task) => (
                  <li key={task.id}>
                    <Chip
                      id={`tray:${task.id}`}
                      task={task}
                      onOpen={setEditorId}
                      onKey={(key) => key === 'ArrowRight' && reschedule(task, { day: today })}
                    />
                  </li>
                )),
              )}
            </ul>
            {undated.hasNextPage && (
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={undated.isFetchingNextPage}
                onClick={() => undated.fetchNextPage()}
              >
                {t('More tasks with no date')}
              </button>
            )}
          </aside>
        </div>
      </DndContext>
      {editorId !== null && (
        <Suspense fallback={null}>
          <TaskEditor key={editorId} taskId={editorId} onClose={() => setEditorId(null)} />
        </Suspense>
      )}
    </section>
  );
}
