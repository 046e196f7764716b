// The tasks picked for a bulk action: s or a click toggles one, Shift picks the range from the last
// one picked. Only your own tasks can be picked; a new view or list starts with none.
import { useEffect, useRef, useState } from 'react';
import type { Task } from '../api/types';

export function useSelection(tasks: Task[], selectable: (task: Task) => boolean, path: string) {
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const anchor = useRef<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is what resets it
  useEffect(() => setSelection(new Set()), [path]);

  const select = (task: Task, mode: 'toggle' | 'range') => {
    // Read before the state update runs (React runs it later, after the anchor has moved on).
    const from = anchor.current === null ? -1 : tasks.findIndex((t) => t.id === anchor.current);
    const to = tasks.findIndex((t) => t.id === task.id);
    if (!selectable(task)) return;
    const range =
      mode === 'range' && from >= 0 && to >= 0
        ? tasks.slice(Math.min(from, to), Math.max(from, to) + 1)
        : null;
    anchor.current = task.id;
    setSelection((current) => {
      const next = new Set(current);
      if (range) {
        for (const t of range) if (selectable(t)) next.add(t.id);
      } else if (next.has(task.id)) next.delete(task.id);
      else next.add(task.id);
      return next;
    });
  };
  return {
    has: (id: number) => selection.has(id),
    selected: tasks.filter((t) => selection.has(t.id)),
    select,
    clear: () => setSelection(new Set()),
  };
}
