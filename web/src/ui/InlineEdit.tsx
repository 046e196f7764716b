// Renaming in place (a task's title, a section's name): the text selected in an input; Enter or
// leaving saves a changed, non-empty value, Escape leaves it as it was.
import { useEffect, useRef, useState } from 'react';

export function InlineEdit({
  value: initial,
  label,
  className,
  maxLength,
  onSave,
  onDone,
}: {
  value: string;
  /** The input's accessible name, e.g. "Task title". */
  label: string;
  className: string;
  maxLength: number;
  onSave: (value: string) => void;
  onDone: () => void;
}) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    const trimmed = value.trim();
    if (save && trimmed !== '' && trimmed !== initial) onSave(trimmed);
    onDone();
  };
  return (
    <input
      ref={ref}
      className={className}
      aria-label={label}
      value={value}
      maxLength={maxLength}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          // Taken here: no other Escape (the drawer, a selection) acts on it.
          e.preventDefault();
          e.stopPropagation();
          finish(false);
        }
      }}
    />
  );
}
