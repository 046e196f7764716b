// The task list's rows as the virtualized list takes them (VirtualRows.tsx, VirtualList.tsx).
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

export interface RowsProps {
  rows: Row[];
  label: string;
  id?: string;
}
