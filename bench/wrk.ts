// The load client of `npm run bench`: wrk (https://github.com/wg/wrk), an external C process, so
// the client never shares the event loop (or the V8 heap) of the server it measures, as autocannon
// running inside the benchmark's own node process did. One Lua script per run carries the
// requests (method, path, headers, body); wrk cycles through them, and `[<id>]` in a body becomes
// a number unique to the run, so every create and every rename really writes.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const WRK = process.env.BENCH_WRK?.trim() || '/usr/bin/wrk';

export interface WrkRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What one wrk run measured. Latencies in milliseconds, over every response. */
export interface WrkResult {
  seconds: number;
  requests: number;
  reqPerSec: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** Responses with a status of 400 or more (wrk counts nothing else as an error status). */
  non2xx: number;
  /** Connect, read and write errors. */
  errors: number;
  timeouts: number;
}

const lua = (s: string) => JSON.stringify(s); // JSON string literals are valid Lua string literals for this ASCII.

function script(requests: WrkRequest[], runId: number): string {
  const entries = requests.map((r) => {
    const headers = Object.entries(r.headers)
      .map(([k, v]) => `[${lua(k)}] = ${lua(v)}`)
      .join(', ');
    return `{ method = ${lua(r.method)}, path = ${lua(r.path)}, headers = { ${headers} }, body = ${r.body === undefined ? 'nil' : lua(r.body)} }`;
  });
  return `
local requests = { ${entries.join(',\n  ')} }
local formatted = {}
local counter = 0
local run = ${runId}
thread_no = 0
local threads = {}

function setup(thread)
  thread:set("thread_no", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for i, r in ipairs(requests) do
    if r.body == nil or not string.find(r.body, "[<id>]", 1, true) then
      formatted[i] = wrk.format(r.method, r.path, r.headers, r.body)
    end
  end
end

function request()
  counter = counter + 1
  local i = (counter % #requests) + 1
  local ready = formatted[i]
  if ready ~= nil then return ready end
  local r = requests[i]
  local id = string.format("%d-%d-%d", run, thread_no, counter)
  local body = string.gsub(r.body, "%[<id>%]", id)
  return wrk.format(r.method, r.path, r.headers, body)
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"duration_us":%d,"requests":%d,"mean_us":%f,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.duration, summary.requests, latency.mean, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
`;
}

let runs = 0;

/**
 * One wrk run of `seconds` against `url` with `connections` connections on one thread (one
 * thread drives 50 connections at a few thousand requests a second with most of a core to spare,
 * and leaves more of the machine to the server). Rejects when wrk fails or prints no result.
 */
export async function wrk(
  url: string,
  requests: WrkRequest[],
  connections: number,
  seconds: number,
  signal?: AbortSignal,
): Promise<WrkResult> {
  if (requests.length === 0) throw new Error('wrk: no requests');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doable-wrk-'));
  const file = path.join(dir, 'load.lua');
  try {
    await writeFile(file, script(requests, ++runs));
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', file, url];
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(WRK, args, { signal, maxBuffer: 1 << 20 }, (error, out, err) => {
        if (error) reject(new Error(`wrk failed: ${error.message}\n${err}`));
        else resolve(out);
      });
    });
    const line = stdout.split('\n').find((l) => l.startsWith('WRK_RESULT '));
    if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
    const r = JSON.parse(line.slice('WRK_RESULT '.length)) as Record<string, number>;
    const ms = (us: number) => Math.round(us) / 1000;
    const secondsRun = r.duration_us! / 1e6;
    return {
      seconds: secondsRun,
      requests: r.requests!,
      reqPerSec: Math.round((r.requests! / secondsRun) * 10) / 10,
      latencyMs: {
        mean: ms(r.mean_us!),
        p50: ms(r.p50_us!),
        p95: ms(r.p95_us!),
        p99: ms(r.p99_us!),
        max: ms(r.max_us!),
      },
      non2xx: r.status!,
      errors: r.connect! + r.read! + r.write!,
      timeouts: r.timeout!,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
