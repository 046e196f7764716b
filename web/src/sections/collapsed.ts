// What is folded away on this device: a list's collapsed sections, the parents whose subtasks are
// hidden. Kept in the browser (localStorage) per key, so a reload shows the list as it was left.
import { useCallback, useState } from 'react';

const PREFIX = 'doable:collapsed:';
/** Ids kept per key: enough for any list, small enough for localStorage. */
const MAX_IDS = 500;

function read(key: string): Set<number> {
  try {
    const raw = JSON.parse(localStorage.getItem(PREFIX + key) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((n) => Number.isSafeInteger(n)) : []);
  } catch {
    return new Set();
  }
}

function write(key: string, ids: Set<number>) {
  try {
    if (ids.size === 0) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify([...ids].slice(-MAX_IDS)));
  } catch {
    // Storage full or refused (private mode): it stays folded for this page only.
  }
}

/** The ids collapsed under `key` on this device, and a toggle that remembers. */
export function useCollapsed(key: string) {
  const [state, setState] = useState(() => ({ key, ids: read(key) }));
  // Another key (another list): its own set, read once.
  const ids = state.key === key ? state.ids : read(key);
  if (state.key !== key) setState({ key, ids });
  const toggle = useCallback(
    (id: number) => {
      setState((current) => {
        const next = new Set(current.key === key ? current.ids : read(key));
        if (next.has(id)) next.delete(id);
        else next.add(id);
        write(key, next);
        return { key, ids: next };
      });
    },
    [key],
  );
  return { ids, toggle };
}
