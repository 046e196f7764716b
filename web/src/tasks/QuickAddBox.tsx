// The one-line add box. Quick add reads the list, section, labels, priority, due moment, repeat,
// reminders and assignee from the line (docs/quick-add.md); while typing, a dry run shows each part
// as a chip, so Enter holds no surprise. A chip's × keeps its text in the title instead.
import { type FormEvent, forwardRef, useEffect, useState } from 'react';
import { t } from '../ui/i18n';
import { later } from '../ui/later';
import { useToast } from '../ui/toast';
import { useDebounced } from './debounce';
import { dayIn } from './due';
import { useQuickAdd } from './mutations';
import { useQuickAddPreview } from './queries';

// What the line will add, as chips, loads beside the first rows (nothing shows before typing).
const QuickAddPreview = later(() => import('./QuickAddPreview').then((m) => m.QuickAddPreview));

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
    label = t('New task'),
    placeholder = t('Add a task: “Call mom tomorrow 5pm #family !high” (n)'),
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    if ([...trimmed].length > 500) {
      toast({ message: t('Keep the line to 500 characters or fewer.'), tone: 'error' });
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
          {t('Add')}
        </button>
      </div>
      <div id={`${inputId}-preview`} className="quick-preview" aria-live="polite">
        {recognised && (
          <QuickAddPreview
            recognised={recognised}
            timeZone={timeZone}
            onKeep={(pieces) => setKept((now) => [...now, ...pieces])}
          />
        )}
      </div>
    </form>
  );
});
