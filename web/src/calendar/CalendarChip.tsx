// What a drag in the calendar moves and where it lands: a task's chip (draggable; Alt+arrows move it
// from the keyboard; in the week's slots a block as long as its duration), the day and half-hour
// cells it drops on, and the drop a cell's id names.
import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { Task } from '../api/types';
import { durationWords } from '../tasks/taskSpan';
import { msg, t } from '../ui/i18n';
import type { Block, Drop } from './calendar';

/** A task's priority in words, for a screen reader. */
const PRIORITY_WORDS: Record<string, string> = {
  high: msg('high priority'),
  medium: msg('medium priority'),
  low: msg('low priority'),
};

const DAY_ID = 'day:';
const SLOT_ID = 'slot:';

export const dropOf = (id: string): Drop | null => {
  if (id.startsWith(SLOT_ID)) {
    const [day, time] = id.slice(SLOT_ID.length).split('T') as [string, string];
    return { day, time };
  }
  return id.startsWith(DAY_ID) ? { day: id.slice(DAY_ID.length) } : null;
};

export function DayCell({
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

export function SlotCell({ day, slot, children }: { day: string; slot: string; children: React.ReactNode }) {
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

export function Chip({
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
  const priority = PRIORITY_WORDS[task.priority];
  const extra = [
    time && task.duration ? t('for {duration}', { duration: durationWords(task.duration) }) : '',
    projected ? t('(repeats)') : task.recurrence ? t('(recurring)') : '',
    priority ? t(priority) : '',
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
      title={projected ? t('{title} (a later occurrence)', { title: task.title }) : task.title}
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
