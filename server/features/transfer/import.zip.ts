// A ZIP archive read for an import (a Todoist backup: one CSV per project), within limits: at most
// ZIP_MAX_ENTRIES entries, at most ZIP_MAX_BYTES once uncompressed, counted as it is inflated (an
// entry that says it is small and is not is stopped there, so a ZIP bomb costs no more than the
// limit), and names that stay inside the archive (no absolute paths, no "..", no backslashes, no
// control characters). The central directory is read here; fflate inflates. Pure: no database.
import { Inflate } from 'fflate';
import { ForeignFormatError } from './import.csv.js';

/** Entries (files and folders) one archive may hold. */
export const ZIP_MAX_ENTRIES = 1000;

/** The most an archive's files may hold together once uncompressed: as much as an import body. */
export const ZIP_MAX_BYTES = 48 * 1024 * 1024;

/** Compressed bytes handed to the inflater at a time: bounds what one step can make (about 1,000x). */
const STEP = 16 * 1024;

export interface ZipFile {
  /** Its name in the archive, folders included ("Work/Inbox.csv"). */
  name: string;
  bytes: Uint8Array;
}

/** Why an archive is refused: 413 when it is too large once uncompressed, else 422. */
export class ZipRefused extends ForeignFormatError {
  override name = 'ZipRefused';
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f]/u;

/** Why an entry's name is not one an archive of files may hold, or null when it is. */
function badName(name: string): string | null {
  if (name === '' || name.length > 512) return 'an empty or overlong name';
  if (CONTROL.test(name)) return 'a control character';
  if (name.includes('\\')) return 'a backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/u.test(name)) return 'an absolute path';
  if (name.split('/').some((part) => part === '..' || part === '.')) return 'a ".." or "." part';
  return null;
}

/** Entries that are no one's file: folders and the copies of file attributes macOS adds. */
const skipped = (name: string) =>
  name.endsWith('/') || name.startsWith('__MACOSX/') || (name.split('/').pop() ?? '').startsWith('.');

const refuse = (message: string) => new ZipRefused(`This ZIP file cannot be imported: ${message}`);
const tooLarge = () =>
  new ZipRefused(
    `This ZIP file holds more than ${ZIP_MAX_BYTES / 1024 / 1024} MiB once uncompressed; ` +
      'import its CSV files a few at a time',
    true,
  );

/** Whether bytes start as a ZIP archive does (a local file header, or an empty archive's end). */
export const looksLikeZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/**
 * The files of an archive whose names end in one of `extensions` (case-insensitively; folders and
 * macOS's attribute files are passed by), in the archive's order. Refused whole (ZipRefused) when
 * it is not a ZIP, is damaged, encrypted or ZIP64, holds another kind of file, names a file outside
 * itself, or is over the limits.
 */
export function readZip(bytes: Uint8Array, extensions: string[]): ZipFile[] {
  // The end of central directory record: 22 bytes, then a comment of up to 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw refuse('it is not a ZIP archive (or it is damaged)');
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const start = u32(bytes, end + 16);
  if (count === 0xffff || start === 0xffffffff) throw refuse('it is a ZIP64 archive, which is not read');
  if (count > ZIP_MAX_ENTRIES)
    throw refuse(`it holds ${count} entries; at most ${ZIP_MAX_ENTRIES} are read from one archive`);
  if (start + size > end) throw refuse('its directory is damaged');
  const names = new TextDecoder('utf-8', { fatal: false });
  const latin1 = new TextDecoder('latin1');
  const files: ZipFile[] = [];
  let total = 0;
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) throw refuse('its directory is damaged');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const declared = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & 0x800 ? names : latin1).decode(raw);
    at += 46 + nameLength + extra + comment;
    const why = badName(name);
    if (why) throw refuse(`the entry "${name.slice(0, 100)}" has ${why} in its name`);
    if (skipped(name)) continue;
    if (!extensions.some((ext) => name.toLowerCase().endsWith(ext)))
      throw refuse(`"${name}" is not a ${extensions.join(' or ')} file`);
    if (flags & 0x1) throw refuse(`"${name}" is encrypted`);
    if (method !== 0 && method !== 8) throw refuse(`"${name}" is compressed in a way that is not read`);
    if (compressed === 0xffffffff || declared === 0xffffffff || local === 0xffffffff)
      throw refuse('it is a ZIP64 archive, which is not read');
    if (total + declared > ZIP_MAX_BYTES) throw tooLarge();
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw refuse(`"${name}" is damaged`);
    const from = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (from + compressed > bytes.length) throw refuse(`"${name}" is damaged`);
    const data = bytes.subarray(from, from + compressed);
    const out = method === 0 ? data.slice() : inflate(data, ZIP_MAX_BYTES - total, name);
    if (out.length !== declared) throw refuse(`"${name}" is damaged (its size is not the one it says)`);
    total += out.length;
    files.push({ name, bytes: out });
  }
  return files;
}

/** Inflates an entry, stopped as soon as it makes more than `room` bytes. */
function inflate(data: Uint8Array, room: number, name: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let made = 0;
  const inflater = new Inflate((chunk) => {
    made += chunk.length;
    if (made > room) throw tooLarge();
    parts.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += STEP)
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw refuse(`"${name}" is damaged`);
  }
  const out = new Uint8Array(made);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
