// One task in the list: complete with the checkbox, rename in place, open the editor, delete.
import { useEffect, useRef, useState } from 'react';
import type { Task } from './api';

export interface TaskItemProps {
  task: Task;
  editing: boolean;
  onEditTitle: (editing: boolean) => void;
  onRename: (title: string) => void;
  onToggle: () => void;
  onOpen: () => void;
  onDelete: () => void;
}

export function TaskItem({
  task,
  editing,
  onEditTitle,
  onRename,
  onToggle,
  onOpen,
  onDelete,
}: TaskItemProps) {
  const saving = task.id < 0;
  return (
    <li
      className={`task ${task.completed ? 'task-done' : ''}`}
      data-task-id={task.id}
      aria-busy={saving || undefined}
    >
      <input
        type="checkbox"
        className="task-check"
        checked={task.completed}
        disabled={saving}
        onChange={onToggle}
        aria-label={`${task.completed ? 'Completed' : 'Complete'}: ${task.title}`}
      />
      <div className="task-body">
        {editing ? (
          <TitleEditor title={task.title} onSave={onRename} onDone={() => onEditTitle(false)} />
        ) : (
          <button
            type="button"
            className="task-title"
            disabled={saving}
            onClick={() => onEditTitle(true)}
            title="Rename (e)"
            aria-label={`Rename ${task.title}`}
          >
            {task.title}
          </button>
        )}
        {task.description && <p className="task-description">{task.description}</p>}
      </div>
      <div className="task-actions">
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={onOpen}
          disabled={saving}
          aria-label={`Edit ${task.title}`}
        >
          Edit
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={onDelete}
          disabled={saving}
          aria-label={`Delete ${task.title}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

function TitleEditor({
  title,
  onSave,
  onDone,
}: {
  title: string;
  onSave: (t: string) => void;
  onDone: () => void;
}) {
  const [value, setValue] = useState(title);
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
    if (save && trimmed !== '' && trimmed !== title) onSave(trimmed);
    onDone();
  };
  return (
    <input
      ref={ref}
      className="task-title-input"
      aria-label="Task title"
      value={value}
      maxLength={200}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
    />
  );
}
