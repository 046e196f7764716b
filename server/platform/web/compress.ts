// Which files of the web app are served gzipped, and their gzipped copies, which the web build
// writes beside them (`npm run build:web`, scripts/web-gzip.ts) so that a start reads them instead
// of compressing the app again, which would add to every start's time. static.ts compresses
// a file itself when its copy is missing or older than it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE_TYPES = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt']);

/** What a gzipped copy's name adds to its file's. */
export const GZIPPED = '.gz';

/** Whether a file of this name and size is served gzipped (to a client that accepts it). */
export function isCompressible(file: string, bytes: number): boolean {
  return COMPRESSIBLE_TYPES.has(path.extname(file)) && bytes > 512;
}

/** The gzipped form served: the same whether made at build or at start. */
export function gzip(body: Buffer): Buffer {
  return gzipSync(body, { level: 9 });
}

/** Every file below `dir`, by full path. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Writes each compressible file's gzipped copy beside it; answers how many. */
export async function writeGzippedCopies(dir: string): Promise<number> {
  let written = 0;
  for (const file of await listFiles(dir)) {
    if (file.endsWith(GZIPPED)) continue;
    const body = await readFile(file);
    if (!isCompressible(file, body.length)) continue;
    await writeFile(`${file}${GZIPPED}`, gzip(body));
    written++;
  }
  return written;
}
