// The task list's rows, virtualized against the page's own scroll (VirtualList.tsx): whatever the
// number of tasks, only the rows on screen and a few either side are in the DOM, each placed at its
// measured offset. Headings (a section, a day, "Completed") are rows too, so the order stays one
// list. The focused row stays rendered when it scrolls out (the keyboard keeps its place), and the
// keyboard's moves reach rows not rendered yet through the navigator (rowFocus.ts): scrolled into
// view first, then focused. The virtualizer (1.6 KB gzipped, counted in the first load) is asked
// for as the app starts: until it is there the first rows show plainly.
import { Fragment, useEffect, useState } from 'react';
import type { RowProps, RowsProps } from './rows';

type Virtual = typeof import('./VirtualList');
let virtual: Virtual | null = null;
const loadingVirtual: Promise<Virtual | null> = import('./VirtualList').then(
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

export type { Row, RowProps, RowsProps } from './rows';

export function VirtualRows(props: RowsProps) {
  const [module, setModule] = useState(virtual);
  useEffect(() => {
    if (!module) void loadingVirtual.then((loaded) => loaded && setModule(loaded));
  }, [module]);
  return module ? <module.Virtualized {...props} /> : <PlainRows {...props} />;
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
