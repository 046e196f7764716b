// The one-line add box. Quick add reads dates, #tags and !priority from the line; while typing, a
// dry run shows what it recognised, so Enter holds no surprise.
import { type FormEvent, forwardRef, useEffect, useState } from 'react';
import { useToast } from '../ui/toast';
import { useDebounced } from './debounce';
import { dayIn, dueText } from './due';
import { PRIORITY_LABELS } from './filters';
import { useQuickAdd } from './mutations';
import { useQuickAddPreview } from './queries';

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
  const typed = useDebounced(text, 250);
  const preview = useQuickAddPreview(typed);
  const add = useQuickAdd();
  const toast = useToast();
  const parse = preview.data && typed.trim() === text.trim() ? preview.data : null;
  const recognised = parse && parse.matches.length > 0 ? parse : null;
  const due = recognised ? dueText({ ...recognised, completed: false }, timeZone) : null;

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
      { text: trimmed, preview: parse, listId, sectionId, dueOn },
      { onError: () => setText((now) => now || text) },
    );
    setText('');
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
      <p id={`${inputId}-preview`} className="quick-preview" aria-live="polite">
        {recognised && (
          <>
            <span className="visually-hidden">Will add: </span>
            <strong>{recognised.title || '(no title)'}</strong>
            {due && <span className="preview-part">Due {due.label}</span>}
            {recognised.priority && recognised.priority !== 'none' && (
              <span className="preview-part">{PRIORITY_LABELS[recognised.priority]} priority</span>
            )}
            {recognised.tags.map((t) => (
              <span key={t} className="preview-part">
                #{t}
              </span>
            ))}
          </>
        )}
      </p>
    </form>
  );
});
