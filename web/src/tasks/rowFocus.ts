// Keeps the keyboard where it was when the list refreshes under it. React keeps focus on a row that
// merely moves; but when a refresh removes the focused row (completed in another tab while the
// list shows pending tasks, say), focus would fall to the page and j/k would start over. This puts
// it on the same control of the same task, or of the task now in that place. Also: which row has
// the keyboard, and putting it on a row (shortcuts and moves act on that row).
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Task } from '../api/types';

interface Place {
  element: HTMLElement;
  taskId: string | undefined;
  rowIndex: number;
  controlIndex: number;
}

const rowsIn = (list: ParentNode) => [...list.querySelectorAll<HTMLElement>('[data-task-id]')];
const controlsIn = (row: ParentNode) => [
  ...row.querySelectorAll<HTMLElement>('input, button, select, textarea, a[href]'),
];

/**
 * A virtualized list's way to rows not in the DOM (VirtualRows.tsx): every task in its order, and
 * scrolling one into view (it renders then).
 */
export interface RowNavigator {
  ids: () => number[];
  reveal: (taskId: number) => void;
}
let navigator: RowNavigator | null = null;

/** Registers the list on screen; returns its removal. */
export function setRowNavigator(next: RowNavigator): () => void {
  navigator = next;
  return () => {
    if (navigator === next) navigator = null;
  };
}

/** Frames to wait for a row scrolled into view to render. */
const RENDER_FRAMES = 6;

/**
 * Puts focus on a task's checkbox after the next paint (the row may just have moved); a row of a
 * virtualized list is scrolled into view first.
 */
export function focusTask(id: number | undefined): void {
  if (id === undefined) return;
  const box = () => document.querySelector<HTMLInputElement>(`[data-task-id="${id}"] .task-check`);
  if (!box()) navigator?.reveal(id);
  pending = id;
  let frames = 0;
  const attempt = () => {
    if (pending !== id) return;
    const found = box();
    if (found) {
      found.focus();
      pending = null;
    } else if (frames++ < RENDER_FRAMES) requestAnimationFrame(attempt);
    else pending = null;
  };
  requestAnimationFrame(attempt);
}

/** The task focus is on its way to (a row being scrolled into view): j/k go on from there. */
let pending: number | null = null;

/** The row that has the keyboard, if any. */
export function selectedRow(): HTMLElement | null {
  return (document.activeElement?.closest('[data-task-id]') as HTMLElement | null) ?? null;
}

/** The task of the row that has the keyboard, among those `byId` knows. */
export function selectedTask(byId: (id: number) => Task | undefined): Task | undefined {
  const row = selectedRow();
  return row ? byId(Number(row.dataset.taskId)) : undefined;
}

/** Moves the keyboard `step` rows down (up when negative); with none focused, to the first or last. */
export function focusNextRow(step: number): void {
  const current = selectedRow();
  const ids = navigator?.ids() ?? [];
  const from = pending ?? (current ? Number(current.dataset.taskId) : null);
  const at = from === null ? -1 : ids.indexOf(from);
  if (ids.length > 0 && (at >= 0 || from === null)) {
    // In a virtualized list the next row may not be rendered yet: by the list's order.
    const index = at >= 0 ? at + step : step > 0 ? 0 : ids.length - 1;
    const id = ids[Math.max(0, Math.min(ids.length - 1, index))];
    const box = document.querySelector<HTMLInputElement>(`[data-task-id="${id}"] .task-check`);
    if (box) {
      pending = null;
      box.focus();
    } else focusTask(id);
    return;
  }
  const all = rowsIn(document);
  if (all.length === 0) return;
  const index = current ? all.indexOf(current) + step : step > 0 ? 0 : all.length - 1;
  const target = all[Math.max(0, Math.min(all.length - 1, index))];
  target?.querySelector<HTMLInputElement>('.task-check')?.focus();
}

/** Call with the rows' data: after each change that removed the focused control, focus returns. */
export function useRowFocus(rows: unknown): void {
  const place = useRef<Place | null>(null);

  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const element = event.target instanceof HTMLElement ? event.target : null;
      const row = element?.closest<HTMLElement>('[data-task-id]');
      if (!element || !row) {
        place.current = null;
        return;
      }
      place.current = {
        element,
        taskId: row.dataset.taskId,
        rowIndex: rowsIn(document).indexOf(row),
        controlIndex: controlsIn(row).indexOf(element),
      };
    };
    const onFocusOut = (event: FocusEvent) => {
      const left = place.current;
      if (!left || event.target !== left.element || event.relatedTarget) return;
      // Focus went nowhere: the person clicked the page (forget the row), or the row was removed
      // (keep it, to restore after the render).
      queueMicrotask(() => {
        if (place.current === left && left.element.isConnected) place.current = null;
      });
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the rows
  useLayoutEffect(() => {
    const was = place.current;
    if (!was || was.element.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const all = rowsIn(document);
    const row =
      all.find((r) => r.dataset.taskId === was.taskId) ?? all[Math.min(was.rowIndex, all.length - 1)];
    if (!row) return;
    const target = controlsIn(row)[was.controlIndex] ?? row.querySelector<HTMLElement>('.task-check');
    target?.focus();
  }, [rows]);
}
