// Organise suites' shared reference: calendar arithmetic in a time zone with Intl only, the list
// API's filters and sorts computed here, and small helpers that set a zone and create tasks.
import { expect } from 'vitest';
import type { TestServer } from './server.js';

export type Call = ReturnType<TestServer['as']>;
export type Priority = 'none' | 'low' | 'medium' | 'high';
export const PRIORITIES: Priority[] = ['none', 'low', 'medium', 'high'];

export interface Task {
  id: number;
  user_id: string;
  title: string;
  description: string | null;
  completed: boolean;
  completed_at: string | null;
  priority: Priority;
  tags: string[];
  due_date: string | null;
  due_at: string | null;
  created_at: string;
  updated_at: string;
}

// ---- Calendar arithmetic in a time zone, with Intl only (the server uses Postgres for the same).

export const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(zone: string, at: number): Record<string, number> {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(at))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/** The calendar date (YYYY-MM-DD) it is in `zone` at instant `at`. */
export function localDate(zone: string, at = Date.now()): string {
  const p = wallClock(zone, at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** How far the wall clock in `zone` is ahead of UTC at instant `at`. */
function zoneOffset(zone: string, at: number): number {
  const p = wallClock(zone, at);
  return Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}

/** The instant `date` starts in `zone`. */
export function dayStart(date: string, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  return wall - zoneOffset(zone, wall - zoneOffset(zone, wall));
}

/** An ISO instant written with a numeric UTC offset, e.g. 2030-01-01T05:30:00+05:30. */
export function withOffset(at: number, minutes: number): string {
  const local = new Date(at + minutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}${minutes < 0 ? '-' : '+'}${hhmm}`;
}

export const isoZ = (at: number) => new Date(at).toISOString();

// ---- The list API and a reference implementation of its filters and orders.

type DueFilter = 'today' | 'overdue' | 'week' | 'none';
export interface Filter {
  status?: 'pending' | 'completed';
  priority?: Priority[];
  /** Send the priorities as one comma-separated value instead of repeating the parameter. */
  priorityAsList?: boolean;
  tag?: string[];
  due?: DueFilter;
  due_before?: string;
  due_after?: string;
  q?: string;
}

export const SORTS = [
  'created',
  '-created',
  'updated',
  '-updated',
  'title',
  '-title',
  'due',
  '-due',
  'priority',
  '-priority',
];

export function queryOf(filter: Filter, sort?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q !== undefined) params.set('q', filter.q);
  if (filter.status) params.set('status', filter.status);
  if (filter.priority) {
    if (filter.priorityAsList) params.set('priority', filter.priority.join(','));
    else for (const p of filter.priority) params.append('priority', p);
  }
  for (const tag of filter.tag ?? []) params.append('tag', tag);
  if (filter.due) params.set('due', filter.due);
  if (filter.due_before) params.set('due_before', filter.due_before);
  if (filter.due_after) params.set('due_after', filter.due_after);
  if (sort) params.set('sort', sort);
  return params;
}

/**
 * Every page of a list query, checking that each page carries the same count and is full but the
 * last. With `laterPages: 'none'`, pages after the first ask for count=none and must carry null.
 */
export async function listAll(
  call: Call,
  params: URLSearchParams,
  limit: number,
  laterPages: 'exact' | 'none' = 'exact',
): Promise<{ tasks: Task[]; count: number }> {
  const tasks: Task[] = [];
  const counts: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const qs = new URLSearchParams(params);
    qs.set('limit', String(limit));
    if (cursor) qs.set('cursor', cursor);
    if (cursor && laterPages === 'none') qs.set('count', 'none');
    const res = await call('GET', `/api/me/tasks?${qs}`);
    expect(res.status, `${qs}: ${res.text}`).toBe(200);
    pages++;
    cursor = res.body.next_cursor;
    if (cursor) expect(res.body.tasks, `a page before the last is full: ${qs}`).toHaveLength(limit);
    tasks.push(...res.body.tasks);
    counts.push(res.body.count);
  } while (cursor && pages < 100);
  if (laterPages === 'none') {
    expect(
      counts.slice(1).every((c) => c === null),
      `count=none answers null: ${params}`,
    ).toBe(true);
    counts.splice(1);
  }
  expect(new Set(counts).size, `count is the same on every page: ${params}`).toBe(1);
  expect(pages, `no empty page at the end: ${params}`).toBe(Math.max(1, Math.ceil(tasks.length / limit)));
  return { tasks, count: counts[0]! };
}

/** The moment a task is due, as the server orders it: its instant, or its date's start in the owner's zone. */
function dueMoment(task: Task, zone: string): number | null {
  if (task.due_at) return Date.parse(task.due_at);
  if (task.due_date) return dayStart(task.due_date, zone);
  return null;
}

const boundOf = (value: string, zone: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayStart(value, zone) : Date.parse(value);

export function matches(task: Task, filter: Filter, zone: string, now: number): boolean {
  const due = dueMoment(task, zone);
  const today = localDate(zone, now);
  if (filter.status && task.completed !== (filter.status === 'completed')) return false;
  if (filter.priority && !filter.priority.includes(task.priority)) return false;
  const keys = new Set(task.tags.map((t) => t.toLowerCase()));
  if (filter.tag?.some((t) => !keys.has(t.replace(/^#+/, '').toLowerCase()))) return false;
  const within = (from: string, days: number) =>
    due !== null && due >= dayStart(from, zone) && due < dayStart(addDays(from, days), zone);
  if (filter.due === 'today' && !within(today, 1)) return false;
  if (filter.due === 'week' && !within(today, 7)) return false;
  if (filter.due === 'none' && due !== null) return false;
  if (filter.due === 'overdue') {
    if (task.completed || due === null) return false;
    if (due >= (task.due_at ? now : dayStart(today, zone))) return false;
  }
  if (filter.due_before && (due === null || due >= boundOf(filter.due_before, zone))) return false;
  if (filter.due_after && (due === null || due < boundOf(filter.due_after, zone))) return false;
  return true;
}

/** The reference order: the sort key, then id, both in the sort's direction; no due moment last either way. */
export function reference(tasks: Task[], filter: Filter, sort: string, zone: string, now: number): Task[] {
  const descending = sort.startsWith('-');
  const field = sort.replace('-', '');
  const key = (t: Task): number | string => {
    switch (field) {
      case 'created':
        return Date.parse(t.created_at);
      case 'updated':
        return Date.parse(t.updated_at);
      case 'title':
        return t.title.toLowerCase();
      case 'priority':
        return PRIORITIES.indexOf(t.priority);
      default:
        return dueMoment(t, zone) ?? (descending ? -Infinity : Infinity);
    }
  };
  const sign = descending ? -1 : 1;
  return tasks
    .filter((t) => matches(t, filter, zone, now))
    .map((t) => ({ t, k: key(t) }))
    .sort((a, b) => sign * (a.k < b.k ? -1 : a.k > b.k ? 1 : a.t.id - b.t.id))
    .map(({ t }) => t);
}

/** One line per task, so a failing comparison reads as a list of tasks. */
export const describeTask = (t: Task) =>
  `#${t.id} ${t.title} ${t.priority} [${t.tags.join(',')}] due=${t.due_date ?? t.due_at ?? '-'}${t.completed ? ' done' : ''}`;

export async function settle(call: Call, zone: string): Promise<void> {
  const res = await call('PATCH', '/api/me/settings', { body: { time_zone: zone } });
  expect(res.status, res.text).toBe(200);
  expect(res.body).toMatchObject({ time_zone: zone });
}

export async function create(call: Call, body: Record<string, unknown>): Promise<Task> {
  const res = await call('POST', '/api/me/tasks', { body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}
