// `npm run test:cluster -- --bench`: requests per second through the balancer with one, two and
// three instances in the same run (alternating slices, autocannon), and the time a new instance
// takes to become ready (/health/ready 200), the median of several starts.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import autocannon from 'autocannon';
import type { Balancer, Frontend } from './cluster.balancer.js';
import { call, freePort, type Instance, median, signToken } from './harness.js';

/** What the measurements take from the run: its secret, its log, its instances and balancer. */
export interface BenchContext {
  secret: string;
  say: (line: string) => void;
  makeInstance(name: string, balancerUrl: string, rateLimit: number): Promise<Instance>;
  startBalancer(frontends: Frontend[]): Promise<Balancer>;
}

export async function benchRun({ secret, say, makeInstance, startBalancer }: BenchContext): Promise<number> {
  const seconds = Number(process.env.CLUSTER_BENCH_SECONDS ?? 5);
  const rounds = Number(process.env.CLUSTER_BENCH_ROUNDS ?? 3);
  const connections = Number(process.env.CLUSTER_BENCH_CONNECTIONS ?? 20);
  const ports = [await freePort(), await freePort(), await freePort()];
  const appUrl = `http://127.0.0.1:${ports[2]}`;
  // The counter still runs on every request, as in production; one user never reaches it.
  const a = await makeInstance('a', appUrl, 1_000_000);
  const b = await makeInstance('b', appUrl, 1_000_000);
  const c = await makeInstance('c', appUrl, 1_000_000);
  await a.start('/health/ready');
  await Promise.all([b.start('/health/ready'), c.start('/health/ready')]);
  const balancer = await startBalancer([
    { port: ports[0]!, servers: [a] },
    { port: ports[1]!, servers: [a, b] },
    { port: ports[2]!, servers: [a, b, c] },
  ]);
  const token = await signToken(secret, `bench-${randomBytes(3).toString('hex')}`);
  for (let i = 0; i < 50; i++) {
    const answer = await call(balancer.urlOf(2), token, 'POST', '/api/me/tasks', {
      title: `task ${i}`,
      priority: 'high',
    });
    if (answer.status !== 201) throw new Error(`seeding: ${answer.status}`);
  }
  const scenarios = {
    'GET /api/me/tasks?limit=20': { method: 'GET', path: '/api/me/tasks?limit=20' },
    'POST /api/me/tasks': { method: 'POST', path: '/api/me/tasks', body: JSON.stringify({ title: 'bench' }) },
  } as const;
  const load0 = os.loadavg();
  say(
    `measuring: ${rounds} rounds of ${seconds} s slices per instance count, ${connections} connections; load ${load0.map((x) => x.toFixed(2)).join(' ')}`,
  );
  const cannon = (url: string, scenario: (typeof scenarios)[keyof typeof scenarios], duration: number) =>
    new Promise<autocannon.Result>((resolve, reject) =>
      autocannon(
        {
          url: url + scenario.path,
          method: scenario.method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...('body' in scenario ? { body: scenario.body } : {}),
          connections,
          duration,
          timeout: 10,
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
  const results: Record<string, number[][]> = {};
  const loads: number[] = [];
  for (const [name, scenario] of Object.entries(scenarios)) {
    results[name] = [[], [], []];
    for (let n = 0; n < 3; n++) await cannon(balancer.urlOf(n), scenario, 2); // warm-up
    for (let round = 0; round < rounds; round++) {
      // Rotated order, so a change of background load falls on every instance count alike.
      for (let k = 0; k < 3; k++) {
        const n = (round + k) % 3;
        const result = await cannon(balancer.urlOf(n), scenario, seconds);
        if (result.non2xx || result.errors)
          say(`${name} ${n + 1}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        results[name]![n]!.push(result['2xx'] / result.duration);
        loads.push(os.loadavg()[0]!);
      }
    }
  }

  // A new instance's start: spawn to /health/ready 200, on the migrated database, while the three run idle.
  const readyMs: number[] = [];
  const d = await makeInstance('d', appUrl, 1_000_000);
  for (let i = 0; i < 5; i++) {
    readyMs.push(await d.start('/health/ready'));
    await d.stop('SIGTERM');
  }
  const load1 = os.loadavg();

  console.log('');
  console.log(
    `Cluster measurements (${new Date().toISOString()}, ${os.cpus().length} cores, node ${process.version})`,
  );
  console.log(
    `  load average at start ${load0.map((x) => x.toFixed(2)).join(' ')}, at end ${load1.map((x) => x.toFixed(2)).join(' ')}; 1-min load during slices: min ${Math.min(...loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)}`,
  );
  for (const [name, perCount] of Object.entries(results)) {
    const medians = perCount.map(median);
    console.log(
      `  ${name}, ${connections} connections through HAProxy (median of ${rounds} slices of ${seconds} s)`,
    );
    for (const [n, m] of medians.entries()) {
      console.log(
        `    ${n + 1} instance${n ? 's' : ' '}  ${m.toFixed(0).padStart(6)} req/s  x${(m / medians[0]!).toFixed(2)}   slices: ${perCount[n]!.map((x) => x.toFixed(0)).join(', ')}`,
      );
    }
  }
  console.log(
    `  new instance ready (/health/ready 200): median ${median(readyMs)} ms of ${readyMs.join(', ')} ms`,
  );
  console.log('');
  return 0;
}
