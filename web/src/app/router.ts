// A tiny history router: the app has a handful of screens, which does not earn a routing library.
import { useSyncExternalStore } from 'react';
import { boardListOf, scopeOf } from './scope';

export type Screen =
  | 'tasks'
  | 'calendar'
  | 'board'
  | 'tags'
  | 'reminders'
  | 'notifications'
  | 'settings'
  | 'admin'
  | 'signin'
  | 'signup'
  | 'forgot'
  | 'reset'
  | 'notfound';

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};
const snapshot = () => window.location.pathname + window.location.search;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

export function screenOf(pathname: string): Screen {
  switch (pathname) {
    case '/tags':
      return 'tags';
    case '/calendar':
      return 'calendar';
    case '/reminders':
      return 'reminders';
    case '/notifications':
      return 'notifications';
    case '/settings':
      return 'settings';
    case '/admin':
      return 'admin';
    case '/signin':
      return 'signin';
    case '/signup':
      return 'signup';
    case '/forgot-password':
      return 'forgot';
    case '/reset-password':
      return 'reset';
    default:
      if (boardListOf(pathname) !== null) return 'board';
      // The task screen's views and lists: /today, /upcoming, /inbox, /lists/12.
      return scopeOf(pathname) ? 'tasks' : 'notfound';
  }
}

/** The current path and query; re-renders on navigation. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, snapshot);
  return new URL(href, window.location.origin);
}

/** Changes query parameters of the current page without a new history entry (a list repeats the key). */
export function setSearchParams(changes: Record<string, string | string[] | null>): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(changes)) {
    url.searchParams.delete(key);
    if (typeof value === 'string') url.searchParams.set(key, value);
    else if (value) for (const item of value) url.searchParams.append(key, item);
  }
  navigate(url.pathname + url.search, { replace: true });
}

/** A link that navigates without reloading the page. */
export function onLinkClick(event: React.MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}
