// The one-line add box. Quick add reads the list, section, labels, priority, due moment, repeat,
// reminders and assignee from the line (docs/quick-add.md); while typing, a dry run shows each part
// as a chip, so Enter holds no surprise. A chip's × keeps its text in the title instead.
import { type FormEvent, forwardRef, useEffect, useState } from 'react';
import type { QuickAddParse } from '../api/types';
import { useToast } from '../ui/toast';
import { useDebounced } from './debounce';
import { dayIn, dueText } from './due';
import { PRIORITY_LABELS } from './filters';
import { useQuickAdd } from './mutations';
import { useQuickAddPreview } from './queries';
import { useDescriber } from './RepeatsText';

export const QuickAddBox = forwardRef<
  HTMLInputElement,
  {
    timeZone: string;
    /** New tasks go into this list (the list being shown). */
    listId?: number;
    /** And into this section of it (a board's column). */
    sectionId?: number;
    /** Several boxes on a screen (a board's columns) each need their own id and name. */
    inputId?: string;
    label?: string;
    placeholder?: string;
    /** New tasks without a date are due today (the Today view). */
    dueToday?: boolean;
    /** A line to put in the box (an example the person chose). */
    suggestion?: { line: string } | null;
  }
>(function QuickAddBox(
  {
    timeZone,
    listId,
    sectionId,
    dueToday,
    suggestion,
    inputId = 'new-task',
    label = 'New task',
    placeholder = 'Add a task: “Call mom tomorrow 5pm #family !high” (n)',
  },
  ref,
) {
  const [text, setText] = useState('');
  useEffect(() => {
    if (!suggestion) return;
    setText(suggestion.line);
    document.getElementById(inputId)?.focus();
  }, [suggestion, inputId]);
  // Pieces the person took out of the reading (a chip's ×): sent as `keep`, they stay in the title.
  const [kept, setKept] = useState<string[]>([]);
  const typed = useDebounced(text, 250);
  const keep = kept.filter((piece) => typed.includes(piece));
  const preview = useQuickAddPreview(typed, { listId, keep });
  const add = useQuickAdd();
  const toast = useToast();
  const parse = preview.data && typed.trim() === text.trim() ? preview.data : null;
  const recognised = parse && (parse.matches.length > 0 || parse.unread.length > 0) ? parse : null;
  const describer = useDescriber();
  const chips = recognised ? chipsOf(recognised, timeZone, describer?.describeRuleFully) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    if ([...trimmed].length > 500) {
      toast({ message: 'Keep the line to 500 characters or fewer.', tone: 'error' });
      return;
    }
    // The box empties at once for the next line; a failed add puts the line back (the toast says why).
    const dueOn = dueToday ? dayIn(new Date(), timeZone) : undefined;
    add.mutate(
      { text: trimmed, preview: parse, listId, sectionId, dueOn, keep },
      { onError: () => setText((now) => now || text) },
    );
    setText('');
    setKept([]);
  };

  return (
    <form className="add-task" onSubmit={submit}>
      <div className="add-task-row">
        <label htmlFor={inputId} className="visually-hidden">
          {label}
        </label>
        <input
          id={inputId}
          ref={ref}
          type="text"
          placeholder={placeholder}
          value={text}
          maxLength={500}
          autoComplete="off"
          aria-describedby={`${inputId}-preview`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.currentTarget.blur();
          }}
        />
        <button type="submit" className="button button-primary">
          Add
        </button>
      </div>
      <div id={`${inputId}-preview`} className="quick-preview" aria-live="polite">
        {recognised && (
          <>
            <span className="visually-hidden">Will add: </span>
            <strong>{recognised.title || '(no title)'}</strong>
            {chips.map((chip) => (
              <span key={`${chip.kind}:${chip.pieces.join('|')}`} className="preview-part preview-chip">
                {chip.label}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Keep “${chip.pieces.join(' ')}” in the title instead (${chip.label})`}
                  title="Keep this text in the title"
                  onClick={() => setKept((now) => [...now, ...chip.pieces])}
                >
                  ×
                </button>
              </span>
            ))}
            {recognised.unread.map((u) => (
              <span key={`unread:${u.text}`} className="preview-note">
                {u.text} stays in the title: {u.reason}
              </span>
            ))}
          </>
        )}
      </div>
    </form>
  );
});

interface Chip {
  kind: string;
  label: string;
  /** The pieces of the line it was read from; removing the chip keeps them as title text. */
  pieces: string[];
}

/** One chip per part read: the due date and time together, the repeat with its end. */
function chipsOf(parse: QuickAddParse, timeZone: string, ruleInWords?: (rule: string) => string): Chip[] {
  const pieces = (...kinds: string[]) =>
    parse.matches.filter((m) => kinds.includes(m.kind)).map((m) => m.text);
  const each = (kind: string) => parse.matches.filter((m) => m.kind === kind);
  const chips: Chip[] = [];
  if (parse.list) chips.push({ kind: 'list', label: `List ${parse.list}`, pieces: pieces('list') });
  if (parse.section)
    chips.push({ kind: 'section', label: `Section ${parse.section}`, pieces: pieces('section') });
  for (const m of each('tag'))
    chips.push({ kind: 'tag', label: `Label ${m.text.slice(1)}`, pieces: [m.text] });
  if (parse.priority && parse.priority !== 'none')
    chips.push({
      kind: 'priority',
      label: `${PRIORITY_LABELS[parse.priority]} priority`,
      pieces: pieces('priority'),
    });
  const due = dueText({ ...parse, completed: false }, timeZone);
  if (due && pieces('date', 'time').length > 0)
    chips.push({ kind: 'due', label: `Due ${due.label}`, pieces: pieces('date', 'time') });
  if (parse.recurrence)
    chips.push({
      kind: 'repeat',
      label: ruleInWords ? `Repeats ${ruleInWords(parse.recurrence)}` : 'Repeats',
      pieces: pieces('recurrence'),
    });
  each('reminder').forEach((m, k) => {
    const r = parse.reminders[k];
    const label = !r
      ? m.text
      : 'minutes_before' in r
        ? `Reminder ${beforeText(r.minutes_before)} before`
        : `Reminder ${dueText({ due_at: r.at, due_date: null, completed: false }, timeZone)?.label ?? r.at}`;
    chips.push({ kind: 'reminder', label, pieces: [m.text] });
  });
  if (parse.assignee)
    chips.push({ kind: 'assignee', label: `Assigned to ${parse.assignee}`, pieces: pieces('assignee') });
  return chips;
}

function beforeText(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} min`;
}
