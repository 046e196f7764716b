// The `doable` command line (bin/doable.mjs): finds the command, runs it, and turns any failure
// into a message on stderr and an exit code scripts can test (docs/cli.md).
import { readFileSync } from 'node:fs';
import { parse } from './args.js';
import type { Command } from './command.js';
import { login, logout, whoami } from './commands/account.js';
import { add } from './commands/add.js';
import { done, undo } from './commands/complete.js';
import { edit } from './commands/edit.js';
import { exportTasks } from './commands/export.js';
import { ls } from './commands/ls.js';
import { lists, tags } from './commands/organise.js';
import { rm } from './commands/rm.js';
import { show } from './commands/show.js';
import { Context, type Io } from './context.js';
import { type CliError, EXIT, toCliError, usageError } from './errors.js';
import { commandHelp, overview } from './help.js';
import { styles, wantsColour } from './output.js';
import { LANGUAGES, startSpeaking, t } from './speech.js';

export const COMMANDS: Command[] = [
  add,
  ls,
  show,
  edit,
  done,
  undo,
  rm,
  exportTasks,
  lists,
  tags,
  login,
  logout,
  whoami,
];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

const find = (name: string) => COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));

/** How many edits turn a into b (for "did you mean"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length]!;
}

function unknownCommand(name: string) {
  const names = COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  const near = names.filter((n) => distance(name, n) <= Math.min(2, Math.floor(n.length / 2)));
  return usageError(`unknown command "${name}"${near.length ? `; did you mean ${near.join(' or ')}?` : ''}`);
}

/** The failure on stderr: a sentence and notes, or with --json one JSON object. */
function report(failure: CliError, io: Io, json: boolean, noColor: boolean): void {
  if (json) {
    const problem = failure.problem;
    const error = {
      message: failure.message,
      exit_code: failure.exitCode,
      ...(problem
        ? {
            status: problem.status,
            error_code: problem.error_code,
            detail: problem.detail,
            errors: problem.errors,
            request_id: problem.request_id,
          }
        : {}),
    };
    io.stderr.write(`${JSON.stringify({ error })}\n`);
    return;
  }
  const s = styles(wantsColour(io.stderr.isTTY, io.env, noColor));
  const notes = failure.notes.map((note) => `  ${s.dim(note)}\n`).join('');
  io.stderr.write(`${s.bold(s.red('doable:'))} ${failure.message}\n${notes}`);
}

/** `--lang <code>` (or `--lang=<code>`) wherever it is given, and the arguments without it. */
function langOption(argv: string[]): { lang?: string; rest: string[] } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') lang = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { lang, rest };
}

/** Runs one command line; answers the exit code. */
export async function main(commandLine: string[], io: Io): Promise<number> {
  const { lang, rest: argv } = langOption(commandLine);
  const spoken = startSpeaking(lang, io.env);
  const at = argv.findIndex((arg) => !arg.startsWith('-'));
  const name = at === -1 ? undefined : argv[at]!;
  const rest = at === -1 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)];
  const json = rest.includes('--json');
  const noColor = rest.includes('--no-color');
  const s = styles(!json && wantsColour(io.stdout.isTTY, io.env, noColor));
  const width = Math.min(io.stdout.isTTY ? io.stdout.columns || 80 : 80, 100);
  const print = (lines: string[]) => io.stdout.write(`${lines.join('\n')}\n`);
  let ctx: Context | undefined;
  try {
    if (lang !== undefined && spoken === undefined) {
      throw usageError(
        t('--lang must be one of {languages}, not "{lang}"', { languages: LANGUAGES.join(', '), lang }),
      );
    }
    const v = version();
    if (name === undefined || name === 'help' || name === 'version') {
      const topic = name === 'help' ? rest.find((arg) => !arg.startsWith('-')) : undefined;
      if (name === 'version' || rest.includes('--version') || rest.includes('-V')) print([`doable ${v}`]);
      else if (topic !== undefined) print(commandHelp(find(topic) ?? throwUnknown(topic), s, width));
      else if (name === 'help' || rest.length === 0 || rest.includes('--help') || rest.includes('-h'))
        print(overview(COMMANDS, v, s, width));
      else throw usageError(`unknown option "${rest[0]}"`);
      return EXIT.ok;
    }
    const command = find(name) ?? throwUnknown(name);
    const args = parse(command.name, command.options, rest);
    if (args.flag('help')) {
      print(commandHelp(command, s, width));
      return EXIT.ok;
    }
    ctx = new Context(io, v, json, noColor);
    await command.run(ctx, args);
    return EXIT.ok;
  } catch (error) {
    const failure = toCliError(error, ctx?.url);
    report(failure, io, json, noColor);
    return failure.exitCode;
  }
}

function throwUnknown(name: string): never {
  throw unknownCommand(name);
}
