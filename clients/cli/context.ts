// What a command runs with: its streams and environment, output styles, and the connection, the
// account's time zone and its lists, each fetched once and only when a command needs it.
import type { Schemas } from '../api/index.js';
import { type Env, loadSettings, type Settings } from './config.js';
import { type Connection, connect } from './connection.js';
import { usableZone } from './due.js';
import { type Styles, styles, wantsColour } from './output.js';
import { speakAsAccount } from './speech.js';

export interface Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: Env;
}

export type List = Schemas['List'];

export class Context {
  /** Styles for stdout and for stderr, each coloured only if that stream should be. */
  readonly out: Styles;
  readonly err: Styles;
  private settingsPromise?: Promise<Settings>;
  private connection?: Connection;
  private zonePromise?: Promise<string>;
  private listsPromise?: Promise<List[]>;

  constructor(
    readonly io: Io,
    readonly version: string,
    readonly json: boolean,
    noColor: boolean,
  ) {
    this.out = styles(!json && wantsColour(io.stdout.isTTY, io.env, noColor));
    this.err = styles(wantsColour(io.stderr.isTTY, io.env, noColor));
  }

  /** The terminal's width when stdout is one; rows are not cut otherwise. */
  get width(): number | undefined {
    return this.io.stdout.isTTY ? this.io.stdout.columns || 80 : undefined;
  }

  /** Whether a person can answer a question (stdin and stderr are terminals). */
  get interactive(): boolean {
    return Boolean(this.io.stdin.isTTY && this.io.stderr.isTTY);
  }

  print(line = ''): void {
    this.io.stdout.write(`${line}\n`);
  }

  printJson(value: unknown): void {
    this.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  warn(line: string): void {
    this.io.stderr.write(`${this.err.yellow(line)}\n`);
  }

  settings(): Promise<Settings> {
    this.settingsPromise ??= loadSettings(this.io.env, (line) => this.warn(line));
    return this.settingsPromise;
  }

  /** The server's URL, when it is known (for error messages). */
  get url(): string | undefined {
    return this.connection?.url;
  }

  async connect(): Promise<Connection> {
    this.connection ??= connect(await this.settings(), this.version);
    return this.connection;
  }

  /** The account's time zone, in which due moments are shown; its language then speaks (speech.ts). */
  timeZone(): Promise<string> {
    this.zonePromise ??= this.connect()
      .then(({ client }) => client.call('getSettings'))
      .then((settings) => {
        speakAsAccount(settings.language);
        return usableZone(settings.time_zone);
      });
    return this.zonePromise;
  }

  /** Before a command that acts for an account says what it did: the account's language (and zone). */
  async speakAsAccount(): Promise<void> {
    if (!this.json) await this.timeZone();
  }

  /** The account's lists (archived ones too), in sidebar order. */
  lists(): Promise<List[]> {
    this.listsPromise ??= this.connect()
      .then(({ client }) => client.call('listLists'))
      .then(({ lists }) => lists);
    return this.listsPromise;
  }
}
