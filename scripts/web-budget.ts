// Prints what a cold start of the task list downloads before its first row shows, file by file
// (web-size.ts: JavaScript and CSS, gzipped), and fails the build over WEB_BUDGET_KB (default
// 120 KB gzipped, goal 6 of docs/benchmarks.md).
import { fileURLToPath } from 'node:url';
import { firstLoadSize } from './web-size.js';

const dist = fileURLToPath(new URL('../web/dist', import.meta.url));
const budgetKb = Number(process.env.WEB_BUDGET_KB ?? 120);

const { files, raw, gzipped, each } = await firstLoadSize(dist);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const f of each) console.log(`web:   ${f.file.replace('/assets/', '')} ${kb(f.gzipped)} gzipped`);
console.log(
  `web: first load ${files} JS and CSS file(s) before the first row, ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${budgetKb} KB)`,
);
if (gzipped > budgetKb * 1024) {
  console.error(`web: the first load is over budget by ${kb(gzipped - budgetKb * 1024)}`);
  process.exit(1);
}
