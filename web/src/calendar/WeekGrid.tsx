// The week view: an all-day row and half-hour slots, each day's timed tasks laid out as blocks as
// long as their durations (overlapping ones side by side), opening scrolled to the morning; on a
// phone, the days one under another with their tasks in time order. A day's all-day tasks show
// their first few and "+N more", as the month's days do, so the hours stay on screen.
import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../ui/i18n';
import { Chip, DayCell, SlotCell } from './CalendarChip';
import { blocksOf, type Placed, SLOTS, slotOf } from './calendar';
import { type GridProps, longDay, SHOWN_PER_DAY, weekdayNames } from './calendarGrid';

/** The week view opens scrolled to this hour. */
const FIRST_HOUR_SHOWN = 7;

export function WeekGrid({
  range,
  today,
  placed,
  narrow,
  onOpen,
  onKeyMove,
}: GridProps & { narrow: boolean }) {
  const slots = useRef<HTMLElement>(null);
  const [opened, setOpened] = useState<string | null>(null);
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
      <ol className="week-list" aria-label={t('Week')}>
        {range.days.map((day) => {
          const items = placed.get(day) ?? [];
          return (
            <li key={day}>
              <DayCell day={day} className={`week-list-day${day === today ? ' today' : ''}`}>
                <h2>{day === today ? t('{day} · Today', { day: longDay(day) }) : longDay(day)}</h2>
                {items.length === 0 ? (
                  <p className="week-empty">{t('Nothing due')}</p>
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
          {t('All day')}
        </span>
        {range.days.map((day) => {
          const allDay = (placed.get(day) ?? []).filter((item) => !item.time);
          const all = opened === day;
          return (
            <DayCell key={day} day={day} className="week-cell">
              <ul>
                {(all ? allDay : allDay.slice(0, SHOWN_PER_DAY)).map((item) => (
                  <li key={item.key}>{chip(item)}</li>
                ))}
              </ul>
              {allDay.length > SHOWN_PER_DAY && (
                <button
                  type="button"
                  className="more"
                  aria-expanded={all}
                  aria-label={
                    all
                      ? t('Fewer on {day}', { day: longDay(day) })
                      : t('+{count} more on {day}', {
                          count: allDay.length - SHOWN_PER_DAY,
                          day: longDay(day),
                        })
                  }
                  onClick={() => setOpened(all ? null : day)}
                >
                  {all ? t('Fewer') : t('+{count} more', { count: allDay.length - SHOWN_PER_DAY })}
                </button>
              )}
            </DayCell>
          );
        })}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled region takes focus, so the keyboard scrolls it where no task is in view */}
      <section className="week-slots" ref={slots} aria-label={t('Hours')} tabIndex={0}>
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
      </section>
    </div>
  );
}
