// What a message means once read: the shapes every reading stage produces and the agent
// (index.ts) carries out. Types only; understand.ts re-exports them for its callers.
import type { Priority } from '#shared/quickadd/quickadd.js';
import type { Reminder } from './reminders.js';
import type { Clock, Details } from './when.js';

export type Target =
  | { kind: 'id'; id: number }
  /** "mark 9 and 10 as done", "delete tasks 2 & 7": each id in turn. */
  | { kind: 'ids'; ids: number[] }
  | { kind: 'position'; index: number }
  /** "number 5", "نمبر 5": the fifth row of the list on screen if there is one, else task 5. */
  | { kind: 'numbered'; n: number }
  | { kind: 'it' }
  | { kind: 'title'; words: string[] }
  | { kind: 'none' };

export type Status = 'all' | 'pending' | 'completed';

export interface ListFilters {
  status?: Status;
  due?: 'today' | 'overdue' | 'week' | 'none';
  /** Tasks due on one day, counted from today: 1 for "tomorrow", "kal", "کل" (lang/*.json listDays). */
  dayOffset?: number;
  /** Tasks due on one date said in a question ("anything on tuesday?", "mangal ko kya hai?", "پیر کو کیا ہے؟"). */
  day?: string;
  priority?: Priority[];
  tags?: string[];
  query?: string;
  /** A list by its name (a bulk change of a list's open tasks, stages/bulk.ts). */
  list?: string;
  /** "بازار والے کام", "supplies tasks": a tag if the person has one by that name, else words to look for. */
  topic?: string;
  /** The topic was asked about by name ("what bills do i have"): looked for in English too. */
  askedTopic?: boolean;
  sort?: 'due' | '-priority';
}

export interface Change {
  title?: string;
  description?: string;
  priority?: Priority;
  addTags?: string[];
  removeTags?: string[];
  due_date?: string | null;
  due_at?: string | null;
  /** Added to the task's reminders. */
  reminders?: Reminder[];
  /** A new RRULE for the task; null: it stops repeating. */
  recurrence?: string | null;
  /** "postpone X by a week": days added to the task's due moment (today when it has none). */
  shiftDays?: number;
  /** "move X to friday, same time": the new day at the hour the task is due now. */
  keepTime?: boolean;
  /** "kal bank jana zaroori hai": a change only if an open task has the words (see index.ts softEdit). */
  onlyIfNamed?: boolean;
}

export type Understanding =
  | {
      intent: 'add';
      details: Details;
      description: string | null;
      reminders?: Reminder[];
      /** "remind me about the report at 5pm": a task of that name gets the reminder, else a new one. */
      orExisting?: boolean;
    }
  | { intent: 'list'; filters: ListFilters; count: boolean }
  | { intent: 'complete' | 'delete' | 'reopen'; target: Target }
  /** "skip this week's standup": a recurring task moves on to its next occurrence. */
  | { intent: 'skip'; target: Target }
  | { intent: 'update'; target: Target; change: Change | null }
  | { intent: 'undo' }
  | { intent: 'select'; index: number }
  | { intent: 'bulk'; action: 'complete' | 'delete' }
  /** "don't delete the milk task": a command said not to be carried out, so nothing changes. */
  | { intent: 'declined' }
  | { intent: 'greet' | 'thanks' | 'help' | 'unknown' };

export type Intent = Understanding['intent'];

/** The command a command word asks for. */
export type Verb = 'add' | 'list' | 'complete' | 'delete' | 'update' | 'reopen';

/** A reader of a whole line or a part of one, handed to the stages that read parts again. */
export type Reader = (text: string, clock: Clock) => Understanding;
