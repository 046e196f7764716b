// Measures what a first visit downloads (web-size.ts). Fails the build over WEB_JS_BUDGET_KB
// (default 120 KB gzipped, goal 6 of docs/benchmarks.md).
import { fileURLToPath } from 'node:url';
import { firstLoadSize } from './web-size.js';

const dist = fileURLToPath(new URL('../web/dist', import.meta.url));
const budgetKb = Number(process.env.WEB_JS_BUDGET_KB ?? 120);

const { files, raw, gzipped } = await firstLoadSize(dist);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `web: first load ${files} JS file(s), ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${budgetKb} KB)`,
);
if (gzipped > budgetKb * 1024) {
  console.error(`web: the first-load JavaScript is over budget by ${kb(gzipped - budgetKb * 1024)}`);
  process.exit(1);
}
