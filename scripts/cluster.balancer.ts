// The balancer of `npm run test:cluster`: HAProxy (Debian's `haproxy`) in front of the instances.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { type Instance, sleep } from './harness.js';

/** One entry of the balancer: its port and the instances it sends to. */
export interface Frontend {
  port: number;
  servers: Instance[];
}

/** HAProxy in the foreground: one frontend per entry, round robin over its instances, which are
 * health-checked on /health/ready; each answer names its instance in `x-backend`. */
export class Balancer {
  private child: ReturnType<typeof spawn> | undefined;

  constructor(
    private readonly frontends: Frontend[],
    /** Where its configuration is written. */
    private readonly dir: string,
    /** Where haproxy.log is written. */
    private readonly logDir: string,
  ) {}

  urlOf(index = 0) {
    return `http://127.0.0.1:${this.frontends[index]!.port}`;
  }

  async start(): Promise<void> {
    const config = [
      'global',
      '  maxconn 4000',
      'defaults',
      '  mode http',
      '  timeout connect 1s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  timeout http-keep-alive 10s',
      // A refused connection (an instance that is down or draining) is tried on another instance;
      // a request that reached one is never sent twice (the client decides, with Idempotency-Key).
      '  retries 3',
      '  option redispatch 1',
      ...this.frontends.flatMap(({ port, servers }, i) => [
        `frontend web${i}`,
        `  bind 127.0.0.1:${port}`,
        `  default_backend app${i}`,
        `backend app${i}`,
        '  balance roundrobin',
        '  option httpchk GET /health/ready',
        '  http-check expect status 200',
        // A loaded machine can take more than a second to answer a probe: 2 s before a check fails.
        '  timeout check 2s',
        '  default-server check inter 1s fastinter 500 downinter 500 fall 2 rise 1',
        '  http-response set-header x-backend %[srv_name]',
        ...servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port}`),
      ]),
      '',
    ].join('\n');
    const file = path.join(this.dir, 'haproxy.cfg');
    await writeFile(file, config);
    const log = createWriteStream(path.join(this.logDir, 'haproxy.log'), { flags: 'a' });
    const child = spawn('haproxy', ['-f', file, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    for (const { port } of this.frontends) {
      const until = Date.now() + 10_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`haproxy exited; see ${this.logDir}/haproxy.log`);
        const open = await new Promise<boolean>((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => {
            socket.end();
            resolve(true);
          });
          socket.on('error', () => resolve(false));
        });
        if (open) break;
        if (Date.now() > until) throw new Error('haproxy did not listen');
        await sleep(100);
      }
    }
  }

  stop(): void {
    this.child?.kill('SIGTERM');
  }
}
