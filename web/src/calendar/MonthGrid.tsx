// The month view: a grid of weeks, each day with its first tasks and "+N more" to show them all; a
// day is a drop target for a task dragged onto it.
import { useState } from 'react';
import { t } from '../ui/i18n';
import { Chip, DayCell } from './CalendarChip';
import { type GridProps, longDay, SHOWN_PER_DAY, weekdayNames } from './calendarGrid';

export function MonthGrid({
  range,
  anchor,
  today,
  placed,
  onOpen,
  onKeyMove,
}: GridProps & { anchor: string }) {
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
            const shown = all ? items : items.slice(0, SHOWN_PER_DAY);
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
                  {day === today
                    ? t('{day}, today, {count, plural, one {# task} other {# tasks}}', {
                        day: longDay(day),
                        count: items.length,
                      })
                    : t('{day}, {count, plural, one {# task} other {# tasks}}', {
                        day: longDay(day),
                        count: items.length,
                      })}
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
                {items.length > SHOWN_PER_DAY && (
                  <button
                    type="button"
                    className="more"
                    aria-expanded={all}
                    onClick={() => setOpened(all ? null : day)}
                  >
                    {all ? t('Fewer') : t('+{count} more', { count: items.length - SHOWN_PER_DAY })}
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
