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

/** Where an operator's command (server/cli/) writes: its output and its errors. */
interface CommandOutput {
  log(line: string): void;
  error(line: string): void;
}

/**
 * An operator's command run in this process as a function (`runAdminCommand`, `runTokenCommand`,
 * ...), its lines captured as its process would print them; answers what a process of its own
 * would have: exit code, stdout and stderr.
 */
export async function captured(command: (out: CommandOutput) => Promise<number>): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await command({
    log: (line) => stdout.push(`${line}\n`),
    error: (line) => stderr.push(`${line}\n`),
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}
