// A list as columns: "No section" first, then one per section in order, each holding the list's
// open top-level tasks of that section in the list's own order (a section is a filter of the list's
// order, decision 0157). Where a card dropped or moved by key goes is said here as a move body for
// POST .../move (the same one the list's reordering sends) and an optimistic position.
import type { Task } from '../api/types';
import type { MoveTarget } from '../offline/outbox';
import type { Section } from '../sections/api';
import { msg } from '../ui/i18n';

export interface Column {
  /** The section, or null for the tasks in none. */
  sectionId: number | null;
  /** For ids and dnd-kit: "none" or the section's id. */
  key: string;
  name: string;
  tasks: Task[];
}

export const NO_SECTION = msg('No section');
/** A step between positions when a card goes first or last (the server renumbers used-up gaps). */
const STEP = 1024;

export const columnKey = (sectionId: number | null) => (sectionId === null ? 'none' : String(sectionId));

const byPosition = (a: Task, b: Task) => a.position - b.position || a.id - b.id;

/** The cards: open top-level tasks (subtasks show as their parent's count), in the list's order. */
export function cardsOf(tasks: Task[]): Task[] {
  return tasks.filter((t) => !t.completed && t.parent_id === null).sort(byPosition);
}

/** The columns of a list's board; a task whose section is unknown (deleted meanwhile) is in "No section". */
export function columnsOf(tasks: Task[], sections: Section[]): Column[] {
  const cards = cardsOf(tasks);
  const known = new Set(sections.map((s) => s.id));
  const sectionOf = (t: Task) => (t.section_id !== null && known.has(t.section_id) ? t.section_id : null);
  return [
    {
      sectionId: null,
      key: columnKey(null),
      name: NO_SECTION,
      tasks: cards.filter((t) => sectionOf(t) === null),
    },
    ...sections.map((s) => ({
      sectionId: s.id,
      key: columnKey(s.id),
      name: s.name,
      tasks: cards.filter((t) => sectionOf(t) === s.id),
    })),
  ];
}

export interface Placement {
  /** The body of POST /tasks/{id}/move. */
  body: MoveTarget;
  /** Where the card shows meanwhile (the server's answer replaces it). */
  position: number;
  /** The card it now stands just above or below, for the announcement. */
  beside?: { task: Task; side: 'above' | 'below' };
}

/**
 * Puts `task` at `index` of column `to` (counted without the task itself); null when that is where
 * it already is. Every card of the board is a sibling (top level of the list), so a card of the
 * target column is the anchor, and the section is named as well.
 */
export function placeCard(columns: Column[], task: Task, to: Column, index: number): Placement | null {
  const from = columns.find((c) => c.tasks.some((t) => t.id === task.id));
  const target = to.tasks.filter((t) => t.id !== task.id);
  const at = Math.max(0, Math.min(index, target.length));
  if (from?.key === to.key && from.tasks.findIndex((t) => t.id === task.id) === at) return null;
  const all = columns
    .flatMap((c) => c.tasks)
    .filter((t) => t.id !== task.id)
    .sort(byPosition);
  const section_id = to.sectionId;
  const before = target[at];
  if (before) {
    const previous = all[all.findIndex((t) => t.id === before.id) - 1];
    return {
      body: { section_id, before_id: before.id },
      position: previous ? (previous.position + before.position) / 2 : before.position - STEP,
      beside: { task: before, side: 'above' },
    };
  }
  const after = target[target.length - 1];
  if (after) {
    const next = all[all.findIndex((t) => t.id === after.id) + 1];
    return {
      body: { section_id, after_id: after.id },
      position: next ? (after.position + next.position) / 2 : after.position + STEP,
      beside: { task: after, side: 'below' },
    };
  }
  return { body: { section_id }, position: task.position };
}
