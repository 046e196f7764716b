// The values a change is made of: a new due moment (from the shared date reader, so "friday 5pm"
// means here what it means in quick add), a priority from its word ("urgent" and "top" are high),
// a list of tags, a title tidied of quotes and end punctuation, and "field to value" edits ("due
// tomorrow at 9am, priority high") split by their field names. It decides nothing about which task
// or whether to change; its words are data (lang/values.json; field names in lang/rules.json).
import type { Priority } from '#shared/quickadd/quickadd.js';
import rules from '../lang/rules.json' with { type: 'json' };
import data from '../lang/values.json' with { type: 'json' };
import type { Change } from '../meaning.js';
import { compiled } from '../vocabulary.js';
import { type Clock, parseDueOnly } from '../when.js';

export const FIELD = rules.fragments.field;
// A whole word: "to" must not be read out of "tomorrow".
export const TO = rules.fragments.to;
const FIELD_PRIORITY = compiled(data.en.fieldPriority);
const PRIORITY_VALUE = compiled(data.en.priorityValue);
const FREE_TEXT_FIELD = compiled(data.en.freeTextField);
const NOT_TAGS = new Set(data.en.notTags);
const TAG_SEPARATOR = compiled(data.en.tagSeparator);

/** A new due moment read from the words, or null when they give none. */
export function dueChange(value: string, clock: Clock): Change | null {
  const due = parseDueOnly(value, value.split(' '), clock);
  if (!due) return null;
  return due.due_at ? { due_at: due.due_at, due_date: null } : { due_date: due.due_date, due_at: null };
}

/** "urgent", "top", "important": high; "medium" and "low" as said. */
export function priorityWord(w: string): Priority {
  const lower = w.toLowerCase();
  if ((data.en.levels as string[]).includes(lower)) return lower as Priority;
  return 'high';
}

/** The tags said, each without its '#' or the quotes around it ("'reviewing'" is reviewing). */
export function tagList(s: string): string[] {
  return s
    .split(TAG_SEPARATOR)
    .map((t) =>
      t
        .trim()
        .replace(/^["'“‘]+|["'”’]+$/gu, '')
        .replace(/^#/u, '')
        .trim(),
    )
    .filter((t) => t.length > 0 && !NOT_TAGS.has(t.toLowerCase()));
}

/**
 * A new title that opens with a quote ends at its closing quote: "'b', wrong room" is "b", the
 * clause after the comma a reason. Null when the value does not open with a closed quote.
 */
export function quotedLead(s: string): string | null {
  const m = /^\s*(["'“‘])(.+?)(["'”’])\s*[,;:(-]\s*\S/u.exec(s);
  if (!m) return null;
  const pairs: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };
  return pairs[m[1]!] === m[3] && !/["“”]/u.test(m[2]!) ? m[2]!.trim() : null;
}

export function unquote(s: string): string {
  return s
    .trim()
    .replace(/^["'“]+|["'”.!]+$/gu, '')
    .trim();
}

/** A title as it is kept: without surrounding quotes and punctuation, its first letter capital. */
export function tidyTitle(title: string): string {
  const t = (quotedLead(title) ?? title).replace(/^[\s:,\-"']+|[\s:,\-"'.!]+$/gu, '').trim();
  if (t.length === 0) return t;
  return /^\p{Ll}/u.test(t) ? t[0]!.toUpperCase() + t.slice(1) : t;
}

export function fieldChange(field: string, value: string, clock: Clock): Change | null {
  const f = field.toLowerCase();
  const v = quotedLead(value) ?? unquote(value);
  if (data.en.titleFields.includes(f)) return { title: tidyTitle(v) };
  if (data.en.descriptionFieldPrefixes.some((d) => f.startsWith(d)) || data.en.descriptionFields.includes(f))
    return { description: v };
  if (f === data.en.priorityField) {
    const p = FIELD_PRIORITY.exec(v);
    if (!p) return null;
    return { priority: p[1]!.toLowerCase() === 'none' ? 'none' : priorityWord(p[1]!) };
  }
  if (f.startsWith(data.en.tagFieldPrefix)) return { addTags: tagList(v) };
  return dueChange(v, clock);
}

/**
 * "due tomorrow at 9am, priority high": changes each led by the name of its field. Null unless
 * every part starts with a field name, so a new title that happens to hold such a word stays whole.
 */
export function fieldList(value: string, clock: Clock): Change | null {
  // Free text ("notes", "title") needs "to" or ":" after its name; "Notes and pens" is a title.
  // Dates, priorities and tags need nothing, since their values must read as such.
  const lead = new RegExp(`^${FIELD}\\s*(${TO})?\\s*(.+)$`, 'iu');
  const merged: Change = {};
  const next = FIELD.replace('(', '(?:');
  const parts = value.split(new RegExp(`\\s*(?:[,;]|\\band\\b)\\s*(?=${next}\\b)`, 'iu'));
  for (const part of parts.filter((p) => p.length > 0)) {
    const m = lead.exec(part);
    const freeText = m && FREE_TEXT_FIELD.test(m[1]!);
    const change = m && !(freeText && !m[2]) ? fieldChange(m[1]!, m[3]!, clock) : null;
    if (!change) return null;
    Object.assign(merged, change);
  }
  return Object.keys(merged).length > 0 ? merged : null;
}

/** "change X to Y": Y is a due moment, a priority, or else the new title. */
export function valueChange(value: string, clock: Clock): Change | null {
  const v = quotedLead(value) ?? unquote(value);
  const due = dueChange(v, clock);
  if (due) return due;
  const p = PRIORITY_VALUE.exec(v);
  if (p) return { priority: priorityWord(p[1] ?? 'high') };
  return v.length > 0 ? { title: tidyTitle(v) } : null;
}
