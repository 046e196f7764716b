// Terminal output: colours only where a person will see them, and rows in aligned columns.
import type { Env } from './config.js';

export type Paint = (text: string) => string;

export interface Styles {
  enabled: boolean;
  red: Paint;
  green: Paint;
  yellow: Paint;
  blue: Paint;
  magenta: Paint;
  cyan: Paint;
  dim: Paint;
  bold: Paint;
}

/**
 * Whether to colour a stream: never with --no-color; FORCE_COLOR (anything but 0 or false) turns
 * colours on, as Node reads it, even over NO_COLOR; then NO_COLOR (non-empty) or TERM=dumb turn
 * them off; otherwise only a terminal gets them.
 */
export function wantsColour(isTTY: boolean | undefined, env: Env, noColorFlag = false): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return Boolean(isTTY);
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

export function styles(enabled: boolean): Styles {
  if (!enabled) {
    return {
      enabled,
      red: plain,
      green: plain,
      yellow: plain,
      blue: plain,
      magenta: plain,
      cyan: plain,
      dim: plain,
      bold: plain,
    };
  }
  return {
    enabled,
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    magenta: sgr(35, 39),
    cyan: sgr(36, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
  };
}

/** Columns a text takes: code points (wide characters count as one; good enough for titles). */
export const widthOf = (text: string) => [...text].length;

/** `text` cut to `width` columns, ending in an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  const points = [...text];
  if (points.length <= width) return text;
  return width <= 1 ? points.slice(0, width).join('') : `${points.slice(0, width - 1).join('')}…`;
}

export interface Cell {
  text: string;
  paint?: Paint;
}

export interface TableOptions {
  /** Columns aligned right (numbers). */
  right?: number[];
  /** The column that gives up width when the rows are wider than `width` (the title). */
  flexible?: number;
  /** The terminal's width, when the output is a terminal; unlimited otherwise. */
  width?: number;
}

/**
 * Rows as aligned lines: two spaces between columns, a column that is empty in every row left out,
 * no trailing spaces. Widths come from the plain text, so colours never shift a column.
 */
export function table(rows: Cell[][], options: TableOptions = {}): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const kept = Array.from({ length: columns }, (_, c) => c).filter((c) =>
    rows.some((row) => (row[c]?.text ?? '') !== ''),
  );
  const widths = new Map(kept.map((c) => [c, Math.max(...rows.map((row) => widthOf(row[c]?.text ?? '')))]));
  const flexible = options.flexible;
  if (options.width && flexible !== undefined && widths.has(flexible)) {
    const total = [...widths.values()].reduce((a, b) => a + b, 0) + 2 * (kept.length - 1);
    const over = total - options.width;
    if (over > 0) widths.set(flexible, Math.max(12, widths.get(flexible)! - over));
  }
  return rows.map((row) =>
    kept
      .map((c) => {
        const width = widths.get(c)!;
        const cell = row[c] ?? { text: '' };
        const text = truncate(cell.text, width);
        const pad = ' '.repeat(width - widthOf(text));
        const painted = (cell.paint ?? plain)(text);
        return options.right?.includes(c) ? pad + painted : painted + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
