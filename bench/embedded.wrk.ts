// wrk for `npm run bench:embedded`: its Lua script (each request the next user's token, POST
// bodies numbered, one JSON line at the end), one run's figures, the medians of the rounds.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { median } from '../scripts/harness.js';

export const LIST_PATH = '/api/me/tasks?limit=50';
export const CREATE_PATH = '/api/me/tasks';

export interface LoadFigures {
  rps: number;
  /**
   * The server's CPU time per answered request (ms), all threads and its main thread alone: on a
   * busy machine latency measures the machine as much as the server; these less so. With the
   * worker the difference is mostly the database's thread.
   */
  cpuPerRequest: number;
  mainCpuPerRequest: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

// Each request takes the next user's token; POST bodies are numbered. done() prints one JSON line.
const WRK_SCRIPT = `
local tokens = {}
for t in string.gmatch(os.getenv("BENCH_TOKENS"), "[^,]+") do table.insert(tokens, t) end
local method = os.getenv("BENCH_METHOD")
local path = os.getenv("BENCH_PATH")
local n = 0
request = function()
  n = n + 1
  local headers = { ["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1] }
  if method == "POST" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", path, headers, '{"title":"Bench task ' .. n .. ' from wrk"}')
  end
  return wrk.format("GET", path, headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\nBENCH_JSON {"requests":%d,"duration_us":%d,"errors":%d,"non2xx":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
`;

let scriptPath: string | undefined;

/** Writes the wrk script into `dir`; every later run reads it from there. */
export async function writeWrkScript(dir: string): Promise<void> {
  scriptPath = path.join(dir, 'bench.lua');
  await writeFile(scriptPath, WRK_SCRIPT);
}

export function wrk(
  url: string,
  scenario: 'list' | 'create',
  connections: number,
  durationS: number,
  tokens: string[],
): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const args = [
      '-t',
      String(Math.min(2, connections)),
      '-c',
      String(connections),
      '-d',
      `${durationS}s`,
      '--timeout',
      '30s',
      '-s',
      scriptPath!,
      url,
    ];
    execFile(
      'wrk',
      args,
      {
        env: {
          ...process.env,
          BENCH_TOKENS: tokens.join(','),
          BENCH_METHOD: scenario === 'list' ? 'GET' : 'POST',
          BENCH_PATH: scenario === 'list' ? LIST_PATH : CREATE_PATH,
        },
      },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`wrk failed: ${error.message}\n${stderr}`));
        const line = stdout.split('\n').find((l) => l.startsWith('BENCH_JSON '));
        if (!line) return reject(new Error(`wrk printed no result:\n${stdout}\n${stderr}`));
        const r = JSON.parse(line.slice('BENCH_JSON '.length));
        // Not one answer within the case: every latency was at least its length (a lower bound).
        if (r.requests === 0) r.p50 = r.p95 = r.p99 = r.max = durationS * 1e6;
        resolve({
          cpuPerRequest: 0,
          mainCpuPerRequest: 0,
          rps: Math.round(r.requests / (r.duration_us / 1e6)),
          p50: r.p50 / 1000,
          p95: r.p95 / 1000,
          p99: r.p99 / 1000,
          max: r.max / 1000,
          errors: r.errors,
          non2xx: r.non2xx,
        });
      },
    );
  });
}

export function medianFigures(rounds: LoadFigures[]): LoadFigures {
  const pick = (key: keyof LoadFigures) => median(rounds.map((r) => r[key]));
  return {
    rps: Math.round(pick('rps')),
    cpuPerRequest: Number(pick('cpuPerRequest').toFixed(2)),
    mainCpuPerRequest: Number(pick('mainCpuPerRequest').toFixed(2)),
    p50: pick('p50'),
    p95: pick('p95'),
    p99: pick('p99'),
    max: pick('max'),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
  };
}
