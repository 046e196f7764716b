// Files with one job: no source file (TypeScript, JavaScript, shell) under the product's, the
// tests', the benchmarks' or the scripts' folders is longer than MAX_LINES, except the data and
// generated files in EXCEPTIONS. `npm run cycles` runs it; alone: `tsx scripts/file-lengths.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_LINES = 600;
const FOLDERS = ['server', 'shared', 'web/src', 'clients', 'rules-assistant', 'test', 'bench', 'scripts'];
const SOURCE = /\.(ts|tsx|mjs|js|sh)$/;
/** Data and generated files, which may be as long as they need. */
export const EXCEPTIONS: Record<string, string> = {
  'clients/api/schema.d.ts': 'generated from the OpenAPI document (npm run api:types)',
};

const root = fileURLToPath(new URL('..', import.meta.url));

function* sources(dir: string): Generator<string> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) yield* sources(file);
    } else if (entry.isFile() && SOURCE.test(entry.name)) yield file;
  }
}

/** Lines as `wc -l` counts them (a last line without its newline counts too). */
const linesOf = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Every source file over MAX_LINES that is not an exception, with its length, longest first. */
export function longFiles(): { file: string; lines: number }[] {
  const long: { file: string; lines: number }[] = [];
  for (const folder of FOLDERS) {
    for (const file of sources(folder)) {
      if (file in EXCEPTIONS) continue;
      const lines = linesOf(readFileSync(path.join(root, file), 'utf8'));
      if (lines > MAX_LINES) long.push({ file, lines });
    }
  }
  return long.sort((a, b) => b.lines - a.lines);
}

/** Reports the long files; true when there are none. */
export function checkFileLengths(): boolean {
  const long = longFiles();
  if (long.length === 0) {
    console.log(
      `lengths: no source file over ${MAX_LINES} lines (exceptions: ${Object.keys(EXCEPTIONS).join(', ')})`,
    );
    return true;
  }
  console.error(`lengths: ${long.length} source file(s) over ${MAX_LINES} lines: split each by its jobs`);
  for (const { file, lines } of long) console.error(`- ${file}: ${lines} lines`);
  return false;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!checkFileLengths()) process.exit(1);
}
