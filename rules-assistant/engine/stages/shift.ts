// A moment moved by an amount of time: "push it back an hour", "make it 30 minutes earlier", "isko
// aadha ghanta baad kar do", "اسے ایک گھنٹہ پہلے کر دو". Only the shape is read here (the verb, the
// pointer, the direction); the amount is read by quick add's parser, the product's one reader of
// time, as the duration it would be in a task ("for an hour", "ek ghante ke liye").
import { parseQuickAdd } from '#shared/quickadd/quickadd.js';

const EN =
  /^(?:(?:ok(?:ay)?|so|and|then|actually|no|wait)[,\s]+)*(?<verb>push|move|shift|bump|put|make)\s+(?:it|that|this)\s+(?:(?<before>back|forward|later|earlier)\s+)?(?:by\s+)?(?<amount>.+?)(?:\s+(?<after>later|earlier|back|forward|sooner))?\s*[.!]*$/iu;
const ROMAN =
  /^(?:(?:isko|ise|isay|usko|use|usay|ye|yeh|wo|woh)\s+)?(?<amount>.+?)\s+(?<dir>baad|late|aage|pehle|jaldi)\s+(?:kar\s+do|kardo|karo|kar\s+dein|kar\s+den|kar\s+dijiye)\s*[.!]*$/iu;
const URDU =
  /^(?:(?:اسے|اس\s+کو|یہ|وہ)\s+)?(?<amount>.+?)\s+(?<dir>بعد|لیٹ|آگے|پہلے|جلدی)\s+کر\s+(?:دو|دیں|دیجیے)\s*[.!۔]*$/u;

const LATER = new Set(['back', 'later', 'baad', 'late', 'aage', 'بعد', 'لیٹ', 'آگے']);
const EARLIER = new Set(['forward', 'earlier', 'sooner', 'pehle', 'jaldi', 'پہلے', 'جلدی']);

/**
 * The minutes an amount of time is: read as a task's duration ("for an hour", "ek ghante ke liye"),
 * else as days from now ("in two days", "do din baad") in whole days; null when it is no amount.
 */
function minutesOf(amount: string, urdu: boolean): number | null {
  const clock = { now: new Date(0), timeZone: 'UTC', urdu };
  const lasting = parseQuickAdd(urdu ? `x ${amount} ke liye` : `x for ${amount}`, clock);
  if (lasting.title.trim() === 'x' && lasting.duration) return lasting.duration;
  const later = parseQuickAdd(urdu ? `x ${amount} baad` : `x in ${amount}`, clock);
  if (later.title.trim() !== 'x' || !later.due_date || later.due_at) return null;
  const days = Date.parse(`${later.due_date}T00:00:00Z`) / 86_400_000;
  return days >= 1 ? days * 24 * 60 : null;
}

/** How far a line moves the task it points at, in minutes (later positive), or null when it says no such move. */
export function shiftSaid(text: string): number | null {
  const line = text.trim().toLowerCase();
  const en = EN.exec(line)?.groups;
  if (en?.amount) {
    const said = [en.before, en.after].filter((w): w is string => Boolean(w));
    const later = said.some((w) => LATER.has(w));
    const earlier = said.some((w) => EARLIER.has(w));
    // "move it an hour" says no direction; "push it an hour" is later.
    if (later === earlier && !(said.length === 0 && /^(?:push|bump)$/u.test(en.verb!))) return null;
    const minutes = minutesOf(en.amount, false);
    return minutes === null ? null : earlier ? -minutes : minutes;
  }
  const ur = (ROMAN.exec(line) ?? URDU.exec(line))?.groups;
  if (!ur?.amount || !ur.dir) return null;
  const minutes = minutesOf(ur.amount, true);
  if (minutes === null) return null;
  return EARLIER.has(ur.dir) ? -minutes : minutes;
}

/**
 * A task's moment moved by `shift` minutes: its time when it has one; its day by whole days only
 * ("ek din baad"). Null when there is nothing to move (no moment, or only a day for an hour).
 */
export function shifted(
  current: { due_at?: string | null; due_date?: string | null },
  shift: number,
): { due_at: string | null; due_date: string | null } | null {
  if (current.due_at)
    return { due_at: new Date(Date.parse(current.due_at) + shift * 60_000).toISOString(), due_date: null };
  if (!current.due_date || shift % 1440 !== 0) return null;
  const day = new Date(Date.parse(`${current.due_date}T00:00:00Z`) + shift * 60_000)
    .toISOString()
    .slice(0, 10);
  return { due_date: day, due_at: null };
}
