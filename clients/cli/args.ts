// Reading a command's arguments with node:util parseArgs, and the values commands share: task ids
// and priorities. Every mistake here is a usage error (exit code 2).
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Task } from '../api/index.js';
import { readDuration } from './due.js';
import { usageError } from './errors.js';
import { msg, t } from './speech.js';

type ParseArgsOptions = NonNullable<ParseArgsConfig['options']>;

/** One option of a command, with what its help says. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's name in the help ("when", "name"). */
  value?: string;
  /** What it does: a message (msg), said in the reader's language with `helpVars`. */
  help: string;
  helpVars?: Record<string, string | number>;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** `-l, --list <name>`, as add, ls and edit take it (with what it does there). */
export const listOption = (help: string): OptionSpec => ({ type: 'string', short: 'l', value: 'name', help });

/** `-t, --tag <tag>`, repeatable, as ls and edit take it. */
export const tagOption = (help: string): OptionSpec => ({
  type: 'string',
  short: 't',
  multiple: true,
  value: 'tag',
  help,
});

/** The options every command takes. */
export const COMMON_OPTIONS: OptionSpecs = {
  json: { type: 'boolean', help: msg('print JSON on stdout (for scripts)') },
  'no-color': {
    type: 'boolean',
    help: msg('no colours (NO_COLOR=1 does the same; FORCE_COLOR=1 forces them)'),
  },
  lang: {
    type: 'string',
    value: 'code',
    help: msg(
      "the language of messages: en, ur (default: your account's, else LC_ALL or LANG, else English)",
    ),
  },
  help: { type: 'boolean', short: 'h', help: msg('show this help') },
};

type Value = string | boolean | (string | boolean)[] | undefined;

/** A command's parsed arguments, read by name. */
export class Parsed {
  constructor(
    readonly command: string,
    private readonly values: Record<string, Value>,
    readonly positionals: string[],
  ) {}

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  string(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }

  strings(name: string): string[] {
    const value = this.values[name];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  /** A usage error when the command was given arguments it does not take. */
  noArguments(): void {
    if (this.positionals.length === 0) return;
    throw usageError(
      t('{command} takes no arguments, not "{given}"', {
        command: this.command,
        given: this.positionals.join(' '),
      }),
      this.command,
    );
  }

  /** Whether the option was given at all. */
  has(name: string): boolean {
    return this.values[name] !== undefined;
  }

  /** A whole number option within bounds, or undefined when not given. */
  integer(name: string, min: number, max: number): number | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      throw usageError(
        t('--{name} must be a whole number from {min} to {max}, not "{text}"', { name, min, max, text }),
        this.command,
      );
    }
    return Number(text);
  }
}

export function parse(command: string, options: OptionSpecs, args: string[]): Parsed {
  const config: ParseArgsOptions = {};
  for (const [name, { type, short, multiple }] of Object.entries({ ...options, ...COMMON_OPTIONS })) {
    config[name] = { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({
      args,
      options: config,
      allowPositionals: true,
      strict: true,
    });
    return new Parsed(command, values as Record<string, Value>, positionals);
  } catch (error) {
    // parseArgs' own messages name the option; drop its advice about '--' when it does not help.
    const message = (error as Error).message.split('. To specify a positional argument')[0]!;
    throw usageError(message.replace(/\.$/, ''), command);
  }
}

/** A task id as typed ("12"), or a usage error. */
export function taskId(text: string, command: string): number {
  if (!/^[1-9]\d{0,14}$/.test(text)) throw usageError(t('not a task id: "{text}"', { text }), command);
  return Number(text);
}

/** At least one task id, each once, in the order given. */
export function taskIds(positionals: string[], command: string): number[] {
  if (positionals.length === 0) throw usageError(t('give at least one task id'), command);
  return [...new Set(positionals.map((p) => taskId(p, command)))];
}

const PRIORITY_WORDS: Record<string, Task['priority']> = {
  none: 'none',
  low: 'low',
  medium: 'medium',
  med: 'medium',
  high: 'high',
  // Quick add's numbers: 1 is the highest.
  '1': 'high',
  '2': 'medium',
  '3': 'low',
  '4': 'none',
};

/** A priority as typed: none, low, medium (med), high, or 1-4 (1 highest); a leading ! or p is fine. */
export function priority(text: string, command: string): Task['priority'] {
  const word = PRIORITY_WORDS[text.trim().toLowerCase().replace(/^[!p]/, '')];
  if (!word)
    throw usageError(
      t('priority must be none, low, medium or high (or 1-4), not "{text}"', { text }),
      command,
    );
  return word;
}

/** --duration: minutes (45), hours and minutes (1h30m, "2 h"), days (1d), up to 30 days; none clears. */
export function duration(text: string, command: string): number | null {
  const minutes = readDuration(text);
  if (minutes === undefined || (minutes !== null && (minutes < 1 || minutes > 43_200))) {
    throw usageError(
      t('--duration takes minutes (45), hours and minutes (1h30m) up to 30 days, or none; not "{text}"', {
        text,
      }),
      command,
    );
  }
  return minutes;
}

/** --deadline: a day of the calendar, YYYY-MM-DD, from 1900; none clears. */
export function deadline(text: string, command: string): string | null {
  const value = text.trim();
  if (value.toLowerCase() === 'none') return null;
  const real =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= '1900' && Number.isFinite(Date.parse(`${value}T00:00:00Z`));
  if (!real || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw usageError(t('--deadline takes a date (2026-12-24) or none, not "{text}"', { text }), command);
  }
  return value;
}
