// The virtualized rows themselves (VirtualRows.tsx loads this module beside the first load): TanStack
// Virtual's window virtualizer places each row at its measured offset, keeps the focused row
// rendered, and offers the keyboard a way to rows not rendered yet (rowFocus.ts).
import { defaultRangeExtractor, type Range, useWindowVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { setRowNavigator } from './rowFocus';
import type { Row, RowsProps } from './rows';

/** A row's height before it is measured: a one-line task. */
const ESTIMATE_PX = 45;
/** Rows rendered beyond each edge of the screen. */
const OVERSCAN = 12;

export function Virtualized({ rows, label, id }: RowsProps) {
  const list = useRef<HTMLUListElement>(null);
  // Where the list starts in the page: the virtualizer counts the page's scroll from there.
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const top = list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(top - margin) > 0.5) setMargin(top);
  });

  // The focused row (by key) stays rendered however far it scrolls.
  const focused = useRef<number>(-1);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  focused.current = focusedKey === null ? -1 : rows.findIndex((r) => r.key === focusedKey);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const keep = focused.current;
    if (keep >= 0 && keep < range.count && !indexes.includes(keep)) {
      indexes.push(keep);
      indexes.sort((a, b) => a - b);
    }
    return indexes;
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATE_PX,
    overscan: OVERSCAN,
    scrollMargin: margin,
    getItemKey: (index) => rows[index]?.key ?? index,
    rangeExtractor,
    initialRect:
      typeof window === 'undefined' ? undefined : { width: window.innerWidth, height: window.innerHeight },
  });

  // The keyboard's way to rows that are not rendered: their order, and scrolling one into view.
  const current = useRef({ rows, virtualizer });
  current.current = { rows, virtualizer };
  useEffect(
    () =>
      setRowNavigator({
        ids: () => current.current.rows.flatMap((r) => (r.taskId === undefined ? [] : [r.taskId])),
        reveal: (taskId) => {
          const index = current.current.rows.findIndex((r) => r.taskId === taskId);
          if (index >= 0) current.current.virtualizer.scrollToIndex(index, { align: 'auto' });
        },
      }),
    [],
  );

  // A row whose place is unchanged keeps its element: scrolling re-renders only the rows it brings in
  // (React skips an element it has already rendered). A new render of the screen makes new rows.
  const rendered = useRef(new WeakMap<Row, { at: number; index: number; element: React.ReactNode }>());
  const items = virtualizer.getVirtualItems();
  const place = (row: Row, index: number, at: number) => {
    const before = rendered.current.get(row);
    if (before && before.at === at && before.index === index) return before.element;
    const element = row.render({
      rowRef: virtualizer.measureElement,
      index,
      style: { transform: `translateY(${at}px)` },
    });
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
      style={{ height: virtualizer.getTotalSize() }}
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
      {items.map((item) => {
        const row = rows[item.index];
        return row ? <Fragment key={row.key}>{place(row, item.index, item.start - margin)}</Fragment> : null;
      })}
    </ul>
  );
}
