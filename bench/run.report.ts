// `npm run bench`'s report: the table, ours over theirs against the targets, the results file.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CaseResult, label, round, type Target } from './run.measure.js';
import { options, ROOT, type SmallScenario, TARGETS } from './run.options.js';

const RESULTS_DIR = path.join(ROOT, 'bench/results');

export function table(results: CaseResult[]): string {
  const header = [
    'database',
    'scenario',
    'connections',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'non-2xx',
    'errors',
  ];
  const rows = results.map((r) => [
    r.database,
    label(r),
    String(r.connections),
    r.reqPerSec.toFixed(0),
    r.latencyMs.p50.toFixed(2),
    r.latencyMs.p95.toFixed(2),
    r.latencyMs.p99.toFixed(2),
    String(r.non2xx),
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => `${i < 2 ? '-' : ''}${'-'.repeat(w + 1)}${i < 2 ? '' : ':'}`).join('|')}|`,
  ]
    .concat(rows.map(line))
    .join('\n');
}

export interface Comparison {
  scenario: SmallScenario;
  against: Target;
  connections: number;
  /** Ours over theirs, of the medians (req/s, p95, p99). */
  throughputRatio: number;
  p95Ratio: number;
  p99Ratio: number;
  /** Ours over theirs in each round (the runs of a round are back to back). */
  roundRatios: number[];
  /** Undefined when the comparison has no target (for information). */
  pass?: boolean;
  summary: string;
}

const cpuText = (cpu: { node: number; postgres: number }) =>
  `${cpu.node.toFixed(2)} + ${cpu.postgres.toFixed(2)} = ${(cpu.node + cpu.postgres).toFixed(2)}`;

export function compare(results: CaseResult[]): Comparison[] {
  const find = (scenario: SmallScenario, target: Target, c: number) =>
    results.find(
      (r) => r.database === 'server' && r.scenario === scenario && r.target === target && r.connections === c,
    );
  const pairs: Array<{ scenario: SmallScenario; against: Target }> = [
    { scenario: 'list', against: 'seed' },
    { scenario: 'list', against: 'bare' },
    { scenario: 'list', against: 'before' },
    { scenario: 'create', against: 'seed' },
    { scenario: 'create', against: 'bare' },
    { scenario: 'patch', against: 'seed' },
    { scenario: 'patch', against: 'bare' },
  ];
  return pairs.flatMap(({ scenario, against }) =>
    options.connections.flatMap((c): Comparison[] => {
      const ours = find(scenario, 'doable', c);
      const theirs = find(scenario, against, c);
      if (!ours || !theirs) return [];
      const throughputRatio = round(ours.reqPerSec / theirs.reqPerSec);
      const p95Ratio = round(ours.latencyMs.p95 / theirs.latencyMs.p95);
      const p99Ratio = round(ours.latencyMs.p99 / theirs.latencyMs.p99);
      const roundRatios = ours.runs.map((run, i) => round(run.reqPerSec / theirs.runs[i]!.reqPerSec));
      let pass: boolean | undefined;
      let target = '';
      if (scenario === 'list' && against === 'seed') {
        pass = throughputRatio >= TARGETS.list.throughput && p99Ratio <= TARGETS.list.p99;
        target = ` (targets >= ${TARGETS.list.throughput}x req/s, <= ${TARGETS.list.p99}x p99)`;
      } else if (against === 'seed') {
        pass = throughputRatio >= TARGETS.writeFloor.throughput;
        target = ` (target >= ${TARGETS.writeFloor.throughput}x req/s)`;
      } else if (scenario !== 'list') {
        pass = throughputRatio >= TARGETS.writes.throughput;
        target = ` (target >= ${TARGETS.writes.throughput}x req/s)`;
      }
      const summary =
        `${scenario}@${c} vs ${label({ target: against, scenario })}: ${throughputRatio.toFixed(2)}x req/s, ` +
        `p95 ${p95Ratio.toFixed(2)}x, p99 ${p99Ratio.toFixed(2)}x; rounds ${roundRatios.map((r) => r.toFixed(2)).join(', ')}` +
        `${target}${pass === undefined ? '' : pass ? ' PASS' : ' MISS'}` +
        (ours.cpuMsPerRequest && theirs.cpuMsPerRequest
          ? `; CPU/request (node + postgres) ${cpuText(ours.cpuMsPerRequest)} vs ${cpuText(theirs.cpuMsPerRequest)} ms`
          : '');
      return [
        {
          scenario,
          against,
          connections: c,
          throughputRatio,
          p95Ratio,
          p99Ratio,
          roundRatios,
          pass,
          summary,
        },
      ];
    }),
  );
}

export function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

export async function writeResults(report: object, startedAt: Date): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(file, json);
  await writeFile(path.join(RESULTS_DIR, 'latest.json'), json);
  return file;
}
