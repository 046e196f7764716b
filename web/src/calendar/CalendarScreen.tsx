// The calendar: a week (all-day row and half-hour slots, a timed task a block as long as its
// duration) or a month of open tasks on their due days, a series on its next occurrences too, and a
// tray of undated tasks. Drag a task (dnd-kit: mouse,
// touch) to another day, which keeps its time, or onto a time, which sets it; Alt+arrows do the
// same from the keyboard. Every move says what it did and offers Undo. Loaded when first opened.
import {
  DndContext,
  type DragEndEvent,
  PointerSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '../api/client';
import type { Task } from '../api/types';
import { setSearchParams, useLocation } from '../app/router';
import { useTimeZone } from '../settings/api';
import { updateTask } from '../tasks/api';
import { taskKeys } from '../tasks/queries';
import { durationWords } from '../tasks/taskSpan';
import { useUndo } from '../tasks/undo';
import { useShortcuts } from '../ui/shortcuts';
import { useToast } from '../ui/toast';
import {
  addDays,
  type Block,
  blocksOf,
  type CalendarMode,
  type CalendarRange,
  type Drop,
  dueFieldsOf,
  localeFirstDay,
  type Placed,
  place,
  type Reschedule,
  rangeOf,
  rescheduleFor,
  SLOTS,
  slotOf,
  stepAnchor,
  todayIn,
} from './calendar';
import { calendarKeys, useCalendarTasks, useUndatedTasks } from './queries';
import './calendar.css';

const TaskEditor = lazy(() => import('../tasks/TaskEditor').then((m) => ({ default: m.TaskEditor })));

const DAY_ID = 'day:';
const SLOT_ID = 'slot:';
/** How many tasks a month's day shows before "+N more". */
const MONTH_ROWS = 3;
/** The week view opens scrolled to this hour. */
const FIRST_HOUR_SHOWN = 7;

const dropOf = (id: string): Drop | null => {
  if (id.startsWith(SLOT_ID)) {
    const [day, time] = id.slice(SLOT_ID.length).split('T') as [string, string];
    return { day, time };
  }
  return id.startsWith(DAY_ID) ? { day: id.slice(DAY_ID.length) } : null;
};

const longDay = (day: string, options: Intl.DateTimeFormatOptions = {}) =>
  new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    ...options,
  }).format(new Date(`${day}T12:00:00Z`));

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

/** Moves a task's due moment, shown at once, with a toast offering Undo. */
function useReschedule(timeZone: string, announce: (text: string) => void) {
  const qc = useQueryClient();
  const toast = useToast();
  const undo = useUndo();
  const write = useMutation({
    mutationFn: ({ task, patch }: { task: Task; patch: Reschedule }) => updateTask(task.id, patch),
    onMutate: async ({ task, patch }) => {
      await qc.cancelQueries({ queryKey: calendarKeys.all });
      const snapshot = qc.getQueriesData({ queryKey: taskKeys.all });
      const moved = (t: Task) => (t.id === task.id ? { ...t, ...patch } : t);
      qc.setQueriesData<{ tasks: Task[]; complete: boolean }>({ queryKey: calendarKeys.all }, (data) =>
        data && 'tasks' in data ? { ...data, tasks: data.tasks.map(moved) } : data,
      );
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      for (const [key, data] of context?.snapshot ?? []) qc.setQueryData(key, data);
      toast({ message: `Could not move the task: ${describeError(error)}`, tone: 'error', timeout: 8000 });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: taskKeys.all }),
  });
  return (task: Task, drop: Drop) => {
    const patch = rescheduleFor(task, drop, timeZone);
    if (!patch) return;
    const before = dueFieldsOf(task);
    const when = 'time' in drop ? `${longDay(drop.day)} at ${drop.time}` : longDay(drop.day);
    const message = `Moved “${task.title}” to ${when}`;
    announce(message);
    write.mutate({ task, patch });
    undo.offer({
      message,
      undo: () => {
        write.mutate({ task: { ...task, ...patch }, patch: before });
        announce(`Moved “${task.title}” back`);
      },
    });
  };
}

export function CalendarScreen() {
  const location = useLocation();
  const timeZone = useTimeZone();
  const narrow = useNarrow();
  const today = todayIn(timeZone);
  const mode: CalendarMode = location.searchParams.get('mode') === 'week' ? 'week' : 'month';
  const asked = location.searchParams.get('date');
  const anchor = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : today;
  const firstDay = useMemo(() => localeFirstDay(), []);
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
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[key];
    if (step !== undefined) reschedule(task, { day: addDays(day, step) });
  };

  const title = new Intl.DateTimeFormat(undefined, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    ...(mode === 'week' ? { day: 'numeric' } : {}),
  }).format(new Date(`${mode === 'week' ? range.start : anchor}T12:00:00Z`));

  return (
    <section className="calendar" aria-labelledby="calendar-title" aria-busy={data.isFetching || undefined}>
      <header className="calendar-head">
        <h1 id="calendar-title">{mode === 'week' ? `Week of ${title}` : title}</h1>
        <div className="calendar-nav">
          <button
            type="button"
            className="button button-small"
            aria-label={mode === 'week' ? 'Previous week' : 'Previous month'}
            onClick={() => setSearchParams({ date: stepAnchor(mode, anchor, -1) })}
          >
            ‹
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => setSearchParams({ date: null })}
          >
            Today
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={mode === 'week' ? 'Next week' : 'Next month'}
            onClick={() => setSearchParams({ date: stepAnchor(mode, anchor, 1) })}
          >
            ›
          </button>
          <fieldset className="segmented">
            <legend className="visually-hidden">Show</legend>
            {(['week', 'month'] as const).map((m) => (
              <label key={m} className={m === mode ? 'current' : undefined}>
                <input
                  type="radio"
                  name="calendar-mode"
                  value={m}
                  checked={m === mode}
                  onChange={() => setSearchParams({ mode: m === 'month' ? null : m })}
                />
                {m === 'week' ? 'Week' : 'Month'}
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
          <p>Could not load the calendar: {describeError(data.error)}</p>
          <button type="button" className="button button-small" onClick={() => data.refetch()}>
            Try again
          </button>
        </div>
      )}
      {data.data && !data.data.complete && (
        <p className="notice">
          This range holds more tasks than the calendar shows (5,000); narrow it to the week.
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
              No date
              {undated.data?.pages[0]?.count != null && (
                <span className="count"> {undated.data.pages[0].count}</span>
              )}
            </h2>
            <p className="hint">Drag one onto a day, or focus it and press Alt+→ to give it today’s date.</p>
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
                More tasks with no date
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

interface GridProps {
  range: CalendarRange;
  today: string;
  placed: Map<string, Placed[]>;
  onOpen: (id: number) => void;
  onKeyMove: (item: Placed, key: string) => void;
}

function weekdayNames(range: CalendarRange) {
  return range.days.slice(0, 7).map((day) => ({
    short: new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(`${day}T12:00:00Z`),
    ),
    long: new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(`${day}T12:00:00Z`),
    ),
  }));
}

function MonthGrid({ range, anchor, today, placed, onOpen, onKeyMove }: GridProps & { anchor: string }) {
  const [opened, setOpened] = useState<string | null>(null);
  const month = anchor.slice(0, 7);
  return (
    <div className="month">
      <div className="month-weekdays" aria-hidden="true">
        {weekdayNames(range).map((name) => (
          <span key={name.long}>{name.short}</span>
        ))}
      </div>
      {Array.from({ length: range.days.length / 7 }, (_, week) => (
        <div className="month-week" key={range.days[week * 7]}>
          {range.days.slice(week * 7, week * 7 + 7).map((day) => {
            const items = placed.get(day) ?? [];
            const all = opened === day;
            const shown = all ? items : items.slice(0, MONTH_ROWS);
            return (
              <DayCell
                key={day}
                day={day}
                className={`month-day${day.slice(0, 7) === month ? '' : ' other-month'}${day === today ? ' today' : ''}`}
              >
                <span className="day-number" aria-hidden="true">
                  {Number(day.slice(8))}
                </span>
                <span className="visually-hidden">
                  {longDay(day)}
                  {day === today ? ', today' : ''}, {items.length} {items.length === 1 ? 'task' : 'tasks'}
                </span>
                <ul>
                  {shown.map((item) => (
                    <li key={item.key}>
                      <Chip
                        id={item.key}
                        task={item.task}
                        time={item.time}
                        projected={item.projected}
                        onOpen={onOpen}
                        onKey={(key) => onKeyMove(item, key)}
                      />
                    </li>
                  ))}
                </ul>
                {items.length > MONTH_ROWS && (
                  <button
                    type="button"
                    className="more"
                    aria-expanded={all}
                    onClick={() => setOpened(all ? null : day)}
                  >
                    {all ? 'Fewer' : `+${items.length - MONTH_ROWS} more`}
                  </button>
                )}
              </DayCell>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function WeekGrid({ range, today, placed, narrow, onOpen, onKeyMove }: GridProps & { narrow: boolean }) {
  const slots = useRef<HTMLDivElement>(null);
  // Opens on the morning (the hours scroll; .week-slots is their offset parent).
  useEffect(() => {
    const hours = slots.current;
    const first = hours?.querySelector<HTMLElement>(
      `[data-slot="${String(FIRST_HOUR_SHOWN).padStart(2, '0')}:00"]`,
    );
    if (hours && first) hours.scrollTop = first.offsetTop;
  }, []);
  // Each day's timed tasks as blocks in the slots (the phone's list has none).
  const blocks = useMemo(
    () => (narrow ? null : new Map(range.days.map((day) => [day, blocksOf(placed.get(day) ?? [])]))),
    [narrow, range, placed],
  );
  const chip = (item: Placed) => (
    <Chip
      key={item.key}
      id={item.key}
      day={longDay(item.day)}
      task={item.task}
      time={item.time}
      projected={item.projected}
      block={item.time ? blocks?.get(item.day)?.get(item.key) : undefined}
      onOpen={onOpen}
      onKey={(key) => onKeyMove(item, key)}
    />
  );
  // A phone: the days one under another, tasks in time order; a drop on a day keeps the time.
  if (narrow) {
    return (
      <ol className="week-list" aria-label="Week">
        {range.days.map((day) => {
          const items = placed.get(day) ?? [];
          return (
            <li key={day}>
              <DayCell day={day} className={`week-list-day${day === today ? ' today' : ''}`}>
                <h2>
                  {longDay(day)}
                  {day === today ? ' · Today' : ''}
                </h2>
                {items.length === 0 ? (
                  <p className="week-empty">Nothing due</p>
                ) : (
                  <ul>
                    {items.map((item) => (
                      <li key={item.key}>{chip(item)}</li>
                    ))}
                  </ul>
                )}
              </DayCell>
            </li>
          );
        })}
      </ol>
    );
  }
  const names = weekdayNames(range);
  return (
    <div className="week">
      <div className="week-row week-head" aria-hidden="true">
        <span className="week-gutter" />
        {range.days.map((day, i) => (
          <span key={day} className={day === today ? 'today' : undefined}>
            {names[i]?.short} {Number(day.slice(8))}
          </span>
        ))}
      </div>
      <div className="week-row week-allday">
        <span className="week-gutter" aria-hidden="true">
          All day
        </span>
        {range.days.map((day) => (
          <DayCell key={day} day={day} className="week-cell">
            <ul>
              {(placed.get(day) ?? [])
                .filter((item) => !item.time)
                .map((item) => (
                  <li key={item.key}>{chip(item)}</li>
                ))}
            </ul>
          </DayCell>
        ))}
      </div>
      <div className="week-slots" ref={slots}>
        <div aria-hidden="true" />
        {SLOTS.map((slot) => (
          <div className={`week-row${slot.endsWith(':00') ? ' hour' : ''}`} key={slot} data-slot={slot}>
            <span className="week-gutter" aria-hidden="true">
              {slot.endsWith(':00') ? slot : ''}
            </span>
            {range.days.map((day) => (
              <SlotCell key={day} day={day} slot={slot}>
                {(placed.get(day) ?? []).filter((item) => item.time && slotOf(item.time) === slot).map(chip)}
              </SlotCell>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function DayCell({
  day,
  className,
  children,
}: {
  day: string;
  className: string;
  children: React.ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `${DAY_ID}${day}` });
  return (
    <div ref={setNodeRef} data-day={day} className={`${className}${isOver ? ' drop-over' : ''}`}>
      {children}
    </div>
  );
}

function SlotCell({ day, slot, children }: { day: string; slot: string; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${SLOT_ID}${day}T${slot}` });
  return (
    <div
      ref={setNodeRef}
      data-day={day}
      data-slot={slot}
      className={`week-cell slot${isOver ? ' drop-over' : ''}`}
    >
      {children}
    </div>
  );
}

function Chip({
  id,
  day,
  task,
  time,
  projected = false,
  block,
  onOpen,
  onKey,
}: {
  id: string;
  /** The day in words, for a screen reader where the grid does not say it. */
  day?: string;
  task: Task;
  time?: string;
  projected?: boolean;
  /** In the week's slots: where it sits, and how long it is. */
  block?: Block | undefined;
  onOpen: (id: number) => void;
  onKey: (key: string) => void;
}) {
  // A series' later occurrence is where it will be, not a task to move: it opens the series.
  // Its attributes (role, description) serve dnd-kit's keyboard sensor, unused here: Alt+arrows move.
  const { listeners, setNodeRef, transform, isDragging } = useDraggable({
    id,
    data: { task },
    disabled: projected,
  });
  const style = {
    ...(transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : {}),
    ...(block
      ? {
          '--offset': block.offset,
          '--span': block.span,
          '--lane': block.lane,
          '--lanes': block.lanes,
        }
      : {}),
  } as React.CSSProperties;
  const extra = [
    time && task.duration ? `for ${durationWords(task.duration)}` : '',
    projected ? '(repeats)' : task.recurrence ? '(recurring)' : '',
    task.priority !== 'none' ? `${task.priority} priority` : '',
  ]
    .filter(Boolean)
    .join(', ');
  // The name is what the chip shows, with the day (where the grid does not say it) and the rest
  // in words for a screen reader: "Friday 27 November, 09:30 Call the bank (recurring)".
  return (
    <button
      ref={setNodeRef}
      type="button"
      style={style}
      className={`chip${projected ? ' projected' : ''}${isDragging ? ' dragging' : ''}${block ? ' chip-block' : ''}${block && block.span >= 2 ? ' chip-tall' : ''}`}
      data-span={block ? block.span : undefined}
      data-priority={task.priority}
      {...listeners}
      title={projected ? `${task.title} (a later occurrence)` : task.title}
      onClick={() => onOpen(task.id)}
      onKeyDown={(e) => {
        if (!e.altKey || projected) return;
        if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) {
          e.preventDefault();
          onKey(e.key);
        }
      }}
    >
      {day && <span className="visually-hidden">{day},</span>}
      {day && ' '}
      {time && <span className="chip-time">{time}</span>}
      {time && ' '}
      <span className="chip-title">{task.title}</span>
      {extra && ' '}
      {extra && <span className="visually-hidden">{extra}</span>}
      {(projected || task.recurrence) && <span aria-hidden="true"> ↻</span>}
    </button>
  );
}
