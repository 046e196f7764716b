// What a cold start of the task list downloads before its first row shows: every script and
// stylesheet index.html loads, the chunks they import statically, and the chunks the first rows
// wait for (FIRST_ROUTE, loaded with import() as the app starts) with their own imports and
// stylesheets, each gzipped at level 9. Used by the build's budget (web-budget.ts), `npm run
// bench:web` and the browser suite's check that nothing else is needed (test/e2e/first-load.e2e.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The chunks (by name, Vite's `<name>-<hash>.js`) that the task list's first rows wait for: the
 * virtualized rows. The browser suite holds back every other file until a row shows, so a chunk
 * missing here fails it.
 */
export const FIRST_ROUTE = ['VirtualList'];

export interface CountedFile {
  /** The path the browser asks for (`/assets/...`). */
  file: string;
  raw: number;
  gzipped: number;
}

export interface FirstLoad {
  files: number;
  raw: number;
  gzipped: number;
  /** Each file counted, in the order found. */
  each: CountedFile[];
}

const STATIC_IMPORT = /(?:^|[;\s])import\s*(?:[\w{},*$\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;
/** Vite's list of the files a dynamic import preloads, and the indexes each import() names. */
const PRELOAD_LIST = /m\.f=\[([^\]]*)\]/;
const dynamicImportOf = (name: string) =>
  new RegExp(
    `import\\(["']\\./(${name}-[\\w-]+\\.js)["']\\)(?:\\s*,\\s*__vite__mapDeps\\(\\[([\\d,]*)\\]\\))?`,
  );

export async function firstLoadSize(dist: string): Promise<FirstLoad> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  const seen = new Set<string>();
  const each: CountedFile[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const body = await readFile(path.join(dist, file));
    each.push({ file, raw: body.length, gzipped: gzipSync(body, { level: 9 }).length });
    if (!file.endsWith('.js')) continue;
    const text = body.toString('utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) queue.push(`/assets/${m[1]}`);
    const preload = PRELOAD_LIST.exec(text)?.[1]
      ?.split(',')
      .map((f) => `/${f.trim().replace(/^"|"$/g, '')}`);
    for (const name of FIRST_ROUTE) {
      const found = dynamicImportOf(name).exec(text);
      if (!found) continue;
      queue.push(`/assets/${found[1]}`);
      for (const index of found[2]?.split(',').filter(Boolean) ?? []) {
        const dep = preload?.[Number(index)];
        if (dep) queue.push(dep);
      }
    }
  }
  return {
    files: each.length,
    raw: each.reduce((n, f) => n + f.raw, 0),
    gzipped: each.reduce((n, f) => n + f.gzipped, 0),
    each,
  };
}
