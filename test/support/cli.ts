// `doable ...args` as the command line's `main` (clients/cli/main.ts) runs it, in this process:
// stdin from `input`, stdout and stderr as pipes (not terminals), and the environment given whole.
import { Readable, Writable } from 'node:stream';
import { main } from '../../clients/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], env: Record<string, string>, input = ''): Promise<CliRun> {
  const written = { stdout: '', stderr: '' };
  const pipe = (name: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk, _encoding, done) {
        written[name] += String(chunk);
        done();
      },
    }) as unknown as NodeJS.WriteStream;
  const code = await main(args, {
    stdin: Readable.from([input]) as unknown as NodeJS.ReadStream,
    stdout: pipe('stdout'),
    stderr: pipe('stderr'),
    env,
  });
  return { code, ...written };
}
