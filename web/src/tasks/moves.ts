// Moving tasks: drag and drop (a row onto another row of your own order, or onto a view or list
// in the sidebar) and its keyboard equivalent (Alt+arrows on the focused row). Offline a move waits
// in the outbox and shows at once; each move is announced to screen readers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../api/client';
import type { Task } from '../api/types';
import type { MoveTarget } from '../offline/outbox';
import { readingStep, t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { moveOrQueue, QUEUED } from './offlineWrites';
import { taskKeys } from './queries';
import { focusTask, selectedTask } from './rowFocus';

/** The drag-and-drop type a task row carries (its id), which lists and views accept. */
export const TASK_DRAG_TYPE = 'application/x-doable-task';

/** Accepts a task dragged from the list and moves it to `listId` (null: the Inbox). */
export function useTaskDrop(listId: number | null | undefined, name: string) {
  const toast = useToast();
  const [over, setOver] = useState(false);
  const qc = useQueryClient();
  // Offline the move waits in the outbox (shown at once, Pending) and is sent when the server answers.
  const move = useMutation({
    mutationFn: (id: number) => moveOrQueue(qc, id, { list_id: listId ?? null }),
    networkMode: 'always',
    onError: (error) =>
      toast({
        message: t('Could not move the task. {error}', { error: describeError(error) }),
        tone: 'error',
      }),
    onSettled: (result) => (result === QUEUED ? undefined : qc.invalidateQueries({ queryKey: taskKeys.all })),
  });
  if (listId === undefined) return { over: false, props: {} };
  return {
    over,
    props: {
      onDragOver: (e: React.DragEvent) => {
        if (!e.dataTransfer.types.includes(TASK_DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e: React.DragEvent) => {
        setOver(false);
        const id = Number(e.dataTransfer.getData(TASK_DRAG_TYPE));
        if (!Number.isSafeInteger(id) || id < 1) return;
        e.preventDefault();
        move.mutate(id, { onSuccess: () => toast({ message: t('Moved to {name}', { name }) }) });
      },
    },
  };
}

/**
 * Moves within the list shown: a dragged row dropped onto another (`dropOnto`), and Alt+Up/Down
 * (`reorder`) and Alt+Right/Left (`indent`) on the focused row, in your own order only.
 */
export function useTaskMoves({
  tasks,
  manual,
  readOnly,
  announce,
}: {
  tasks: Task[];
  /** Whether the list is in your own order (the only one a move can change). */
  manual: boolean;
  readOnly: (task: Task) => boolean;
  announce: (text: string) => void;
}) {
  const qc = useQueryClient();
  const toast = useToast();
  const byId = (id: number) => tasks.find((t) => t.id === id);
  const move = (id: number, to: MoveTarget, done: string, refocus: boolean) => {
    void moveOrQueue(qc, id, to)
      .then((result) => {
        announce(done);
        return result === QUEUED ? undefined : qc.invalidateQueries({ queryKey: taskKeys.all });
      })
      .then(() => (refocus ? focusTask(id) : undefined))
      .catch((error) =>
        toast({
          message: t('Could not move the task. {error}', { error: describeError(error) }),
          tone: 'error',
        }),
      );
  };
  /** The focused task, when a keyboard move may change it. */
  const movable = (): Task | undefined => {
    const task = selectedTask(byId);
    return task && task.id >= 0 && manual && !readOnly(task) ? task : undefined;
  };
  const siblingsOf = (task: Task) =>
    tasks.filter((t) => t.parent_id === task.parent_id && t.list_id === task.list_id);

  /** A task dragged onto another in your own order: just before or after it, or under it as a subtask. */
  const dropOnto = (target: Task, draggedId: number, where: 'before' | 'after' | 'inside') => {
    const dragged = byId(draggedId);
    const task = dragged ? `“${dragged.title}”` : t('The task');
    const body =
      where === 'inside'
        ? { parent_id: target.id }
        : where === 'before'
          ? { before_id: target.id }
          : { after_id: target.id };
    move(
      draggedId,
      body,
      where === 'inside'
        ? t('{task} is now a subtask of “{target}”', { task, target: target.title })
        : t(where === 'before' ? 'Moved {task} above “{target}”' : 'Moved {task} below “{target}”', {
            task,
            target: target.title,
          }),
      false,
    );
  };
  /** A task dropped on a section's heading: into that section (keeping its place in the list's order). */
  const toSection = (sectionId: number, sectionName: string, draggedId: number) => {
    const dragged = byId(draggedId);
    if (dragged && readOnly(dragged)) return;
    const task = dragged ? `“${dragged.title}”` : t('The task');
    move(
      draggedId,
      { section_id: sectionId },
      t('Moved {task} to the section “{section}”', { task, section: sectionName }),
      false,
    );
  };
  /** Alt+Up/Down in your own order: the focused task goes before its previous sibling or after its next one. */
  const reorder = (step: -1 | 1) => {
    const task = movable();
    if (!task) return false;
    const siblings = siblingsOf(task);
    const other = siblings[siblings.findIndex((t) => t.id === task.id) + step];
    if (!other) return false;
    move(
      task.id,
      step < 0 ? { before_id: other.id } : { after_id: other.id },
      t(step < 0 ? 'Moved {task} above “{target}”' : 'Moved {task} below “{target}”', {
        task: `“${task.title}”`,
        target: other.title,
      }),
      true,
    );
    return true;
  };
  /**
   * Alt+Right/Left in your own order: the focused task becomes the last subtask of the sibling above
   * it, or leaves its parent to stand just after it. The server refuses a fifth level.
   */
  const indent = (step: -1 | 1) => {
    const task = movable();
    if (!task) return false;
    if (step > 0) {
      const siblings = siblingsOf(task);
      const above = siblings[siblings.findIndex((t) => t.id === task.id) - 1];
      if (!above) return false;
      move(
        task.id,
        { parent_id: above.id },
        t('{task} is now a subtask of “{target}”', { task: `“${task.title}”`, target: above.title }),
        true,
      );
    } else {
      const parent = task.parent_id === null ? undefined : byId(task.parent_id);
      if (!parent) return false;
      move(
        task.id,
        { after_id: parent.id },
        t('“{task}” is no longer a subtask of “{target}”', { task: task.title, target: parent.title }),
        true,
      );
    }
    return true;
  };
  /** The list's key handler for the Alt+arrow moves (not while typing). */
  const onKeyDown = (e: React.KeyboardEvent, typing: boolean) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || typing) return;
    // Nesting goes the way the page reads: Alt+→ in English, Alt+← in Urdu.
    const along = readingStep(e.key);
    const handled =
      e.key === 'ArrowUp' || e.key === 'ArrowDown'
        ? reorder(e.key === 'ArrowUp' ? -1 : 1)
        : along
          ? indent(along)
          : false;
    if (handled) e.preventDefault();
  };
  return { dropOnto, toSection, onKeyDown };
}
