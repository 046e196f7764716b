// What the task screen shows, from the address: every task, a view (Today, Upcoming, the Inbox),
// one list, or the tasks assigned to you. Views and lists live in the path, so a reload or a link
// keeps them.
import { msg } from '../ui/i18n';

export type View = 'today' | 'upcoming' | 'inbox';
export type Scope =
  | { kind: 'all' }
  | { kind: 'view'; view: View }
  | { kind: 'list'; id: number }
  /** Tasks assigned to you, in your lists and those shared with you. */
  | { kind: 'assigned' };

// Today is the landing view; every task is at /all.
const VIEW_PATHS: Record<View, string> = { today: '/', upcoming: '/upcoming', inbox: '/inbox' };

export function scopeOf(pathname: string): Scope | undefined {
  if (pathname === '/all') return { kind: 'all' };
  if (pathname === '/assigned') return { kind: 'assigned' };
  if (pathname === '/today') return { kind: 'view', view: 'today' };
  for (const [view, path] of Object.entries(VIEW_PATHS)) {
    if (pathname === path) return { kind: 'view', view: view as View };
  }
  const list = /^\/lists\/(\d{1,15})$/.exec(pathname);
  return list ? { kind: 'list', id: Number(list[1]) } : undefined;
}

export function scopePath(scope: Scope): string {
  if (scope.kind === 'all') return '/all';
  if (scope.kind === 'assigned') return '/assigned';
  if (scope.kind === 'view') return VIEW_PATHS[scope.view];
  return `/lists/${scope.id}`;
}

/** The views' names, in English (show them with `t`). */
export const VIEW_TITLES: Record<View, string> = {
  today: msg('Today'),
  upcoming: msg('Upcoming'),
  inbox: msg('Inbox'),
};

/** The list query parameters of a scope. */
export function scopeQuery(scope: Scope): { view?: View; list_id?: string; assigned?: 'me' } {
  if (scope.kind === 'view') return { view: scope.view };
  if (scope.kind === 'assigned') return { assigned: 'me' };
  if (scope.kind === 'list') return { list_id: String(scope.id) };
  return {};
}

/** A list's board: its own address, so a reload keeps it. */
export const boardPath = (listId: number) => `/lists/${listId}/board`;

/** The list a board address names (`/lists/12/board`), or null. */
export function boardListOf(pathname: string): number | null {
  const match = /^\/lists\/(\d{1,15})\/board$/.exec(pathname);
  return match ? Number(match[1]) : null;
}
