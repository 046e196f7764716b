// The last-known tasks and profile, kept in localStorage so Doable opens offline with what it
// showed last: written a moment after the query cache changes, read back before the first render.
import type { QueryClient, QueryKey } from '@tanstack/react-query';

const KEY = 'doable.cache.v1';
/**
 * Query roots worth keeping: who is signed in, everything under 'tasks' (lists, counts, tags), and
 * the settings (the time zone gives the editor's dates their meaning offline).
 */
const KEPT = new Set(['me', 'tasks', 'settings']);
const WRITE_DELAY_MS = 500;

interface Saved {
  queries: { key: QueryKey; data: unknown; updatedAt: number }[];
}

/**
 * Puts the saved queries back, shown until the server answers: each counts as old whatever its age
 * (a copy saved a moment before a reload would otherwise pass for fresh and hide what changed
 * elsewhere meanwhile, a list made on another device), so each refetches as soon as it is used.
 */
export function restoreQueries(qc: QueryClient): void {
  let saved: Saved | null = null;
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;
  } catch {
    return;
  }
  for (const { key, data, updatedAt } of saved?.queries ?? []) {
    qc.setQueryData(key, data, { updatedAt });
    void qc.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' });
  }
}

export function forgetSavedQueries(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}

/** Writes the saved copy now (as the page is left, a delayed write would be lost). */
export function saveQueriesNow(qc: QueryClient): void {
  const me = qc.getQueryData(['me']);
  // Signed out: nothing of the last account stays on the device.
  if (me === null) {
    forgetSavedQueries();
    return;
  }
  // A query whose refetch failed (offline) still holds the last-known data: kept as well.
  const queries = qc
    .getQueryCache()
    .getAll()
    .filter((q) => KEPT.has(String(q.queryKey[0])) && q.state.data !== undefined)
    .map((q) => ({ key: q.queryKey, data: q.state.data, updatedAt: q.state.dataUpdatedAt }));
  try {
    localStorage.setItem(KEY, JSON.stringify({ queries } satisfies Saved));
  } catch {
    // Storage full or refused: the app still works, it just opens empty offline.
  }
}

/** Keeps the saved copy in step with the cache; answers the unsubscribe. */
export function persistQueries(qc: QueryClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = qc.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' && event.type !== 'removed' && event.type !== 'added') return;
    if (!KEPT.has(String(event.query.queryKey[0]))) return;
    clearTimeout(timer);
    timer = setTimeout(() => saveQueriesNow(qc), WRITE_DELAY_MS);
  });
  const flush = () => {
    clearTimeout(timer);
    saveQueriesNow(qc);
  };
  window.addEventListener('pagehide', flush);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('pagehide', flush);
  };
}
