// What a first visit downloads: every script index.html loads (and the chunks they import
// statically), gzipped at level 9. Used by the build's budget (web-budget.ts) and `npm run bench:web`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  files: number;
  raw: number;
  gzipped: number;
}

export async function firstLoadSize(dist: string): Promise<FirstLoad> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const seen = new Set<string>();
  const queue = [...entries];
  let raw = 0;
  let gzipped = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const body = await readFile(path.join(dist, file));
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
    // Static imports of other chunks load on first visit too.
    for (const m of body
      .toString('utf8')
      .matchAll(/(?:^|[;\s])import\s*(?:[\w{},*\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
      queue.push(`/assets/${m[1]}`);
    }
  }
  return { files: seen.size, raw, gzipped };
}
