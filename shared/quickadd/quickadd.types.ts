// What quick add is given (the options) and what it answers (the parse). How a line is read: quickadd.ts.
import type { DateOrder, Priority } from './quickadd.words.js';

export type QuickAddMatchKind =
  | 'priority'
  | 'tag'
  | 'list'
  | 'section'
  | 'assignee'
  | 'reminder'
  | 'date'
  | 'time'
  | 'recurrence'
  | 'duration'
  | 'deadline';

/** One of the user's lists, as quick add may name it; sections and members only where they exist. */
export interface QuickAddList {
  name: string;
  sections?: readonly string[];
  /** People on a shared list: "+sara" matches a name (its first word too) or an email's local part. */
  members?: readonly { name: string; email?: string | null }[];
}

export interface QuickAddOptions {
  now: Date;
  /** IANA zone name, validated by the caller. */
  timeZone: string;
  /** Read recurrence phrases; default true. */
  recurrence?: boolean;
  /** The user's lists (owned or shared): "#Home" is the list when one is named so, else a tag. */
  lists?: readonly QuickAddList[];
  /** The list the task goes to when the line names none: "/Section" and "+person" are looked up in it. */
  defaultList?: string | null;
  /** How numeric dates are written (12/10, 10.12.); without it they are not read. */
  dateOrder?: DateOrder | null;
  /** Pieces of the line to keep as title text though they could be read (a preview chip removed). */
  keep?: readonly string[];
  /**
   * Read Urdu and Roman Urdu words too (quickadd.urdu.ts); quick add's callers set it. Off, a line
   * reads as it did before them: the assistant's rules (frozen) translate Urdu themselves.
   */
  urdu?: boolean;
  /**
   * Read only time (dates, times, repeats, durations, deadlines): no tags, priorities, lists,
   * people or reminders, and a line that is all time leaves an empty title (shared/when/read.ts).
   */
  timeOnly?: boolean;
}

/** A reminder read from the line: minutes before the due moment, or an instant. */
export type QuickAddReminder = { minutes_before: number } | { at: string };

export interface QuickAddParse {
  title: string;
  priority: Priority | null;
  tags: string[];
  /** YYYY-MM-DD, an all-day due date in the user's zone. */
  due_date: string | null;
  /** ISO instant in UTC with ms, when a time was given (due_date is then null). */
  due_at: string | null;
  /** RFC 5545 RRULE body without the 'RRULE:' prefix. */
  recurrence: string | null;
  /** What the repeat counts from: the due date, or the completion (`every!`, "after 3 days"). */
  recurrence_from: 'due' | 'completion';
  /** Minutes the task takes ("for 45 min", "for 2h"), or null. */
  duration: number | null;
  /** YYYY-MM-DD, a deadline apart from the due date ("{march 30}"), or null. */
  deadline: string | null;
  /** The list "#Name" named (its name as in options.lists), or null. */
  list: string | null;
  /** The section "/Name" named, as the list spells it, or null. */
  section: string | null;
  /** The member "+name" named, by the name in options.lists, or null. */
  assignee: string | null;
  reminders: QuickAddReminder[];
  matches: { text: string; kind: QuickAddMatchKind }[];
  /** Pieces that looked like a part but were kept in the title, and why ("+bob": not a member). */
  unread: { text: string; kind: 'section' | 'assignee'; reason: string }[];
}
