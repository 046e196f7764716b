// The task list's rows, virtualized against the page's own scroll (TanStack Virtual): whatever the
// number of tasks, only the rows on screen and a few either side are in the DOM, each placed at its
// measured offset. Headings (a section, a day, "Completed") are rows too, so the order stays one
// list. The focused row stays rendered when it scrolls out (the keyboard keeps its place), and the
// keyboard's moves reach rows not rendered yet through the navigator (rowFocus.ts): scrolled into
// view first, then focused. TanStack Virtual (about 10 KB gzipped) loads beside the first-load
// bundle, asked for as the app starts: until it is there (before the tasks, as a rule) the first
// rows show plainly.
import type { Range } from '@tanstack/react-virtual';
import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { setRowNavigator } from './rowFocus';

type Virtual = typeof import('@tanstack/react-virtual');
let virtual: Virtual | null = null;
const loadingVirtual: Promise<Virtual | null> = import('@tanstack/react-virtual').then(
  (module) => {
    virtual = module;
    return module;
  },
  // Not loaded (offline without it cached): the plain rows stay.
  () => null,
);

/** Resolves once the virtualizer is loaded (or could not be). */
export const virtualReady: Promise<unknown> = loadingVirtual;

/** Rows shown plainly while the virtualizer loads: a screenful and more. */
const PLAIN_ROWS = 60;

/** What a row's element carries: the virtualizer measures it and places it. */
export interface RowProps {
  rowRef: (element: HTMLElement | null) => void;
  index: number;
  style: React.CSSProperties;
}

export interface Row {
  key: string;
  /** The task the row shows; headings have none. */
  taskId?: number;
  render: (props: RowProps) => React.ReactNode;
}

/** A row's height before it is measured: a one-line task. */
const ESTIMATE_PX = 45;
/** Rows rendered beyond each edge of the screen. */
const OVERSCAN = 12;

interface RowsProps {
  rows: Row[];
  label: string;
  id?: string;
}

export function VirtualRows(props: RowsProps) {
  const [module, setModule] = useState(virtual);
  useEffect(() => {
    if (!module) void loadingVirtual.then((loaded) => loaded && setModule(loaded));
  }, [module]);
  return module ? <Virtualized {...props} virtual={module} /> : <PlainRows {...props} />;
}

/** The first rows, unplaced: while the virtualizer loads. */
function PlainRows({ rows, label, id }: RowsProps) {
  return (
    <ul id={id} className="tasks" aria-label={label} data-rows={rows.length}>
      {rows.slice(0, PLAIN_ROWS).map((row, index) => (
        <Fragment key={row.key}>{row.render({ rowRef: () => {}, index, style: {} })}</Fragment>
      ))}
    </ul>
  );
}

function Virtualized({ rows, label, id, virtual }: RowsProps & { virtual: Virtual }) {
  const { defaultRangeExtractor, useWindowVirtualizer } = virtual;
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: the module does not change
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

  const items = virtualizer.getVirtualItems();
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
        return row ? (
          <Fragment key={row.key}>
            {row.render({
              rowRef: virtualizer.measureElement,
              index: item.index,
              style: { transform: `translateY(${item.start - margin}px)` },
            })}
          </Fragment>
        ) : null;
      })}
    </ul>
  );
}

/** A heading row (a section's, a day's, "Completed"): a list item like the tasks, so the order is one list. */
export function HeadingRow({
  row,
  className,
  children,
}: {
  row: RowProps;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <li
      ref={row.rowRef}
      data-index={row.index}
      className={`row-heading${className ? ` ${className}` : ''}`}
      style={row.style}
    >
      {children}
    </li>
  );
}
