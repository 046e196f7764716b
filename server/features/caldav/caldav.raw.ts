// A VCALENDAR's text line by line, as it was sent: what CalDAV keeps of a client's VTODO is stored
// and served as these lines, because ical.js writes some of them differently (it drops a
// `VALUE=URI` that is the property's default type, requotes parameters). The lines stand in step
// with ical.js's reading of the same text: one entry per property or component, in order.
import type ICAL from 'ical.js';

export interface RawCalendar {
  /** The VCALENDAR's own properties, one unfolded line each. */
  props: string[];
  /** Each VTIMEZONE, its lines. */
  timezones: string[][];
  /** The VTODO's properties. */
  todoProps: string[];
  /** The VTODO's components (alarms and any other), each its lines. */
  todoComponents: string[][];
}

/** Content lines unfolded (RFC 5545 3.1), empty lines left out as ical.js leaves them. */
const unfolded = (text: string) =>
  text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');

const BOUNDARY = /^(BEGIN|END):(.*)$/i;

/** The lines of a VCALENDAR holding (at most) one VTODO. */
export function rawCalendar(text: string): RawCalendar {
  const raw: RawCalendar = { props: [], timezones: [], todoProps: [], todoComponents: [] };
  let depth = 0;
  let block: string[] | null = null;
  let blockDepth = 0;
  for (const line of unfolded(text)) {
    const boundary = BOUNDARY.exec(line);
    const kind = boundary?.[1]?.toUpperCase();
    if (block) {
      block.push(line);
      if (kind === 'BEGIN') blockDepth++;
      else if (kind === 'END' && --blockDepth === 0) block = null;
      continue;
    }
    if (kind === 'BEGIN') {
      const name = boundary![2]!.trim().toUpperCase();
      if (depth === 0 || (depth === 1 && name === 'VTODO')) {
        depth++;
        continue;
      }
      block = [line];
      blockDepth = 1;
      if (depth === 2) raw.todoComponents.push(block);
      else if (name === 'VTIMEZONE') raw.timezones.push(block);
      continue;
    }
    if (kind === 'END') depth--;
    else if (depth === 1) raw.props.push(line);
    else if (depth === 2) raw.todoProps.push(line);
  }
  return raw;
}

/** The line of each property: the client's when the reading is in step, else as ical.js writes it. */
export function propLines(props: ICAL.Property[], lines: string[]): string[] {
  const inStep = lines.length === props.length;
  return props.map((prop, i) => (inStep ? lines[i]! : prop.toICALString()));
}

/** The lines of each component: the client's when the reading is in step, else as ical.js writes them. */
export function componentLines(components: ICAL.Component[], blocks: string[][]): string[][] {
  const inStep = blocks.length === components.length;
  return components.map((component, i) => (inStep ? blocks[i]! : unfolded(component.toString())));
}

/** A line's property name, lower case. */
export const nameOf = (line: string) => /^[^;:]*/.exec(line)![0].toLowerCase();
