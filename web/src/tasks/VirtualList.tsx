// The virtualized rows themselves (VirtualRows.tsx loads this module beside the first load): a
// window virtualizer of the app's own, about 1.5 KB gzipped where TanStack Virtual took 11 KB of
// the first load. Each row is placed at the sum of the heights before it (measured once shown, by
// a ResizeObserver; a one-line task's height until then); only the rows on screen and OVERSCAN
// either side are rendered, and the focused row stays rendered however far it scrolls. A row
// above the screen that changes height moves the page's scroll by as much, so what is on screen
// stays put. The keyboard reaches rows not rendered yet through the navigator (rowFocus.ts).
import { Fragment, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { setRowNavigator } from './rowFocus';
import type { Row, RowsProps } from './rows';

/** A row's height before any is measured: a one-line task. */
const ESTIMATE_PX = 45;
/** Rows rendered beyond each edge of the screen. */
const OVERSCAN = 12;

/** The first index whose row ends below `y` (offsets[i] is where row i starts; one more entry than rows). */
function rowAt(offsets: number[], y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((offsets[mid] ?? 0) <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

export function Virtualized({ rows, label, id }: RowsProps) {
  const list = useRef<HTMLUListElement>(null);
  /** Measured heights by row key (a row keeps its height when rows before it come or go). */
  const heights = useRef(new Map<string, number>());
  // A row not measured yet counts as the height measured most often (a one-line task in this
  // density): when it shows and matches, nothing below it moves, so a scroll renders only the rows
  // it brings in instead of placing every rendered row again.
  const estimate = useRef(ESTIMATE_PX);
  const seen = useRef(new Map<number, number>());
  const [measured, remeasure] = useReducer((n: number) => n + 1, 0);
  // Where the list starts in the page: the page's scroll counts from there.
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const top = list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(top - margin) > 0.5) setMargin(top);
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new measurement changes the offsets.
  const offsets = useMemo(() => {
    const at = [0];
    let sum = 0;
    for (const row of rows) {
      sum += heights.current.get(row.key) ?? estimate.current;
      at.push(sum);
    }
    return at;
  }, [rows, measured]);

  // The window's scroll and height, read again as it scrolls or resizes.
  const [view, setView] = useState(() => ({
    top: typeof window === 'undefined' ? 0 : window.scrollY,
    height: typeof window === 'undefined' ? 800 : window.innerHeight,
  }));
  useEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      setView((now) =>
        now.top === window.scrollY && now.height === window.innerHeight
          ? now
          : { top: window.scrollY, height: window.innerHeight },
      );
    };
    const soon = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    window.addEventListener('scroll', soon, { passive: true });
    window.addEventListener('resize', soon);
    read();
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', soon);
      window.removeEventListener('resize', soon);
    };
  }, []);

  // The focused row (by key) stays rendered however far it scrolls.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  // A focused row gone from the rows (completed, deleted) leaves its place rendered: the row now
  // there is where the keyboard goes on from (rowFocus.ts puts focus back on it).
  const lastFocused = useRef(-1);
  const found = focusedKey === null ? -1 : rows.findIndex((r) => r.key === focusedKey);
  const focused = found >= 0 || focusedKey === null ? found : Math.min(lastFocused.current, rows.length - 1);
  lastFocused.current = focused;
  const first = Math.max(0, rowAt(offsets, view.top - margin) - OVERSCAN);
  const last = Math.min(rows.length - 1, rowAt(offsets, view.top - margin + view.height) + OVERSCAN);
  const indexes: number[] = [];
  for (let i = first; i <= last; i++) indexes.push(i);
  if (focused >= 0 && (focused < first || focused > last)) {
    indexes.push(focused);
    indexes.sort((a, b) => a - b);
  }

  // Heights as the rows render and change; one above the screen moves the scroll by its change.
  const current = useRef({ rows, offsets, margin });
  current.current = { rows, offsets, margin };
  const measure = useMemo(
    () => (elements: HTMLElement[]) => {
      const { rows, offsets, margin } = current.current;
      let changed = false;
      let shift = 0;
      for (const element of elements) {
        if (!element.isConnected) continue;
        const index = Number(element.dataset.index);
        const row = rows[index];
        if (!row) continue;
        const height = element.offsetHeight;
        const measuredBefore = heights.current.get(row.key);
        const before = measuredBefore ?? estimate.current;
        if (measuredBefore === undefined) {
          const count = (seen.current.get(height) ?? 0) + 1;
          seen.current.set(height, count);
          if (count > (seen.current.get(estimate.current) ?? 0)) estimate.current = height;
        }
        heights.current.set(row.key, height);
        if (Math.abs(height - before) < 0.5) continue;
        changed = true;
        if ((offsets[index] ?? 0) + margin < window.scrollY) shift += height - before;
      }
      if (!changed) return;
      if (shift !== 0) window.scrollTo({ top: window.scrollY + shift });
      remeasure();
    },
    [],
  );
  const watched = useRef(new Set<HTMLElement>());
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const watching = new ResizeObserver((entries) => measure(entries.map((e) => e.target as HTMLElement)));
    observer.current = watching;
    for (const element of watched.current) if (element.isConnected) watching.observe(element);
    return () => {
      watching.disconnect();
      observer.current = null;
    };
  }, [measure]);
  // Each row is measured as it comes, then whenever its size changes.
  const rowRef = useMemo(
    () => (element: HTMLElement | null) => {
      if (!element || watched.current.has(element)) return;
      // Elements gone from the page are let go of as new ones come.
      for (const old of watched.current)
        if (!old.isConnected) {
          observer.current?.unobserve(old);
          watched.current.delete(old);
        }
      watched.current.add(element);
      observer.current?.observe(element);
      measure([element]);
    },
    [measure],
  );

  // The keyboard's way to rows that are not rendered: their order, and scrolling one into view.
  useEffect(
    () =>
      setRowNavigator({
        ids: () => current.current.rows.flatMap((r) => (r.taskId === undefined ? [] : [r.taskId])),
        reveal: (taskId) => {
          const index = current.current.rows.findIndex((r) => r.taskId === taskId);
          if (index >= 0) scrollIntoView(index, current);
        },
      }),
    [],
  );

  // A row whose place is unchanged keeps its element: scrolling re-renders only the rows it brings in
  // (React skips an element it has already rendered). A new render of the screen makes new rows.
  const rendered = useRef(new WeakMap<Row, { at: number; index: number; element: React.ReactNode }>());
  const place = (row: Row, index: number, at: number) => {
    const before = rendered.current.get(row);
    if (before && before.at === at && before.index === index) return before.element;
    const element = row.render({ rowRef, index, style: { transform: `translateY(${at}px)` } });
    rendered.current.set(row, { at, index, element });
    return element;
  };
  return (
    <ul
      ref={list}
      id={id}
      className="tasks virtual-rows"
      aria-label={label}
      data-rows={rows.length}
      style={{ height: offsets[rows.length] ?? 0 }}
      onFocus={(e) => {
        const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
        const index = row ? Number(row.dataset.index) : -1;
        setFocusedKey(rows[index]?.key ?? null);
      }}
      onBlur={(e) => {
        // Focus leaving the list lets the row go; a row removed under it keeps its key (rowFocus.ts restores).
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node)) setFocusedKey(null);
      }}
    >
      {indexes.map((index) => {
        const row = rows[index];
        return row ? <Fragment key={row.key}>{place(row, index, offsets[index] ?? 0)}</Fragment> : null;
      })}
    </ul>
  );
}

/**
 * Scrolls the least that shows row `index` whole; then again on the next frames while heights
 * measured meanwhile move it (rows between were only estimated).
 */
function scrollIntoView(
  index: number,
  current: React.RefObject<{ offsets: number[]; margin: number }>,
  tries = 4,
): void {
  const { offsets, margin } = current.current;
  const top = (offsets[index] ?? 0) + margin;
  const bottom = (offsets[index + 1] ?? top) + margin;
  const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
  const viewTop = window.scrollY + header;
  const viewBottom = window.scrollY + window.innerHeight;
  let target: number | null = null;
  if (top < viewTop) target = top - header;
  else if (bottom > viewBottom) target = bottom - window.innerHeight;
  if (target === null) return;
  window.scrollTo({ top: Math.max(0, target) });
  if (tries > 0) requestAnimationFrame(() => scrollIntoView(index, current, tries - 1));
}
