// One command of the command line: its name, help and options, and what it does.
import type { OptionSpecs, Parsed } from './args.js';
import type { Context } from './context.js';

export interface Command {
  name: string;
  aliases?: string[];
  group: 'Tasks' | 'Lists and tags' | 'Account';
  /** One line for `doable help`. */
  summary: string;
  /** What follows `doable` ("done <id>..."). */
  usage: string;
  /** Paragraphs for `doable <command> --help`, after the summary. */
  description?: string[];
  /** Values the description's messages name ({example}): text a message cannot hold, such as braces. */
  descriptionVars?: Record<string, string>;
  options: OptionSpecs;
  examples: string[];
  run(ctx: Context, args: Parsed): Promise<void>;
}
