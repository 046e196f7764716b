// `doable login`, `logout` and `whoami`: the server and API key the other commands use.
import type { Schemas } from '../../api/index.js';
import type { Command } from '../command.js';
import { configFile, normalizeUrl, readConfig, removeConfig, writeConfig } from '../config.js';
import { clientFor } from '../connection.js';
import type { Context } from '../context.js';
import { CliError, EXIT, toCliError, usageError } from '../errors.js';
import { askLine, askSecret, readPiped } from '../prompt.js';
import { msg, t } from '../speech.js';

const DEFAULT_URL = 'http://localhost:3000';
const keyHelp = () => t('Create a key in the web app (Settings, API keys): it starts with dbl_.');

const who = (profile: Schemas['Profile']) =>
  profile.email ? `${profile.name ? `${profile.name} ` : ''}<${profile.email}>` : profile.id;

/** The URL and key to log in with: asked at a terminal, else --url (or DOABLE_URL) and a piped key. */
async function credentials(ctx: Context, given: string | undefined): Promise<{ url: string; key: string }> {
  const { env, stdin, stderr } = ctx.io;
  const saved = await readConfig(configFile(env), (line) => ctx.warn(line));
  const known = env.DOABLE_URL?.trim() || saved.url;
  if (stdin.isTTY) {
    const url =
      given ??
      (await askLine(
        stdin,
        stderr,
        t('Doable server URL [{url}]: ', { url: known ?? DEFAULT_URL }),
        known ?? DEFAULT_URL,
      ));
    const normalized = normalizeUrl(url);
    stderr.write(`${ctx.err.dim(keyHelp())}\n`);
    return { url: normalized, key: await askSecret(stdin, stderr, t('API key (not shown): ')) };
  }
  const url = given ?? known;
  if (!url) throw usageError(t('give the server with --url (or DOABLE_URL) when the key is piped'), 'login');
  const key =
    (await readPiped(stdin))
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  return { url: normalizeUrl(url, given ? '--url' : 'DOABLE_URL'), key };
}

export const login: Command = {
  name: 'login',
  group: 'Account',
  summary: msg('Save the server URL and an API key, after checking them with the server'),
  usage: 'login [--url URL]',
  description: [
    msg(
      'At a terminal, login asks for the URL and the key (the key is not shown as you type). Piped, it reads the key from stdin and the URL from --url or DOABLE_URL. The key is checked with the server before it is saved, in config.json in your config directory ($XDG_CONFIG_HOME/doable, ~/.config/doable, or %APPDATA%\\doable on Windows), readable by you only (0600).',
    ),
  ],
  options: {
    url: { type: 'string', value: 'URL', help: msg('the server, e.g. https://tasks.example.com') },
  },
  examples: [
    'doable login',
    'doable login --url https://tasks.example.com < key.txt',
    'printf %s "$KEY" | doable login --url http://localhost:3000',
  ],
  async run(ctx, args) {
    if (args.positionals.length) throw usageError('login takes no arguments; the URL goes in --url', 'login');
    const { url, key } = await credentials(ctx, args.string('url'));
    if (!key) throw usageError(t('no API key given. {help}', { help: keyHelp() }), 'login');
    const { timeoutSeconds } = await ctx.settings();
    let profile: Schemas['Profile'];
    try {
      profile = await clientFor(url, key, timeoutSeconds, ctx.version).call('getAccount');
    } catch (error) {
      const failure = toCliError(error, url);
      if (failure.exitCode !== EXIT.auth) throw failure;
      throw new CliError(
        t('{url} refused the key: {reason}', { url, reason: failure.message }),
        EXIT.auth,
        [keyHelp(), t('Nothing was saved.')],
        failure.problem,
      );
    }
    const file = configFile(ctx.io.env);
    await writeConfig(file, { url, api_key: key });
    if (ctx.io.env.DOABLE_API_KEY) ctx.warn(t('warning: DOABLE_API_KEY is set, and wins over the saved key'));
    if (ctx.json) return ctx.printJson({ url, user: profile, config_file: file });
    ctx.print(t('Logged in to {url} as {who}.', { url, who: who(profile) }));
    ctx.print(ctx.out.dim(t('The key is saved in {file} (readable by you only).', { file })));
  },
};

export const logout: Command = {
  name: 'logout',
  group: 'Account',
  summary: msg('Forget the saved server and key'),
  usage: 'logout',
  description: [
    msg(
      'Deletes the config file. The key itself still works until you revoke it in the web app (Settings, API keys); DOABLE_URL and DOABLE_API_KEY, when set, still apply.',
    ),
  ],
  options: {},
  examples: ['doable logout'],
  async run(ctx, args) {
    args.noArguments();
    const file = configFile(ctx.io.env);
    const removed = await removeConfig(file);
    if (ctx.json) return ctx.printJson({ removed, config_file: file });
    ctx.print(
      removed
        ? t('Logged out: removed {file}.', { file })
        : t('Not logged in: there is no {file}.', { file }),
    );
    if (removed)
      ctx.print(
        ctx.out.dim(t('The key still works until you revoke it in the web app (Settings, API keys).')),
      );
    if (ctx.io.env.DOABLE_API_KEY) ctx.warn(t('DOABLE_API_KEY is still set in your environment.'));
  },
};

export const whoami: Command = {
  name: 'whoami',
  aliases: ['status'],
  group: 'Account',
  summary: msg('Show the server, the account, and where the key comes from'),
  usage: 'whoami',
  options: {},
  examples: ['doable whoami', 'doable whoami --json'],
  async run(ctx, args) {
    args.noArguments();
    const settings = await ctx.settings();
    const { url, client } = await ctx.connect();
    const [profile, timeZone] = await Promise.all([client.call('getAccount'), ctx.timeZone()]);
    const keyStart = `${settings.apiKey!.slice(0, 8)}…`;
    const from = (source: string) => (source === 'config' ? settings.file : source);
    if (ctx.json) {
      return ctx.printJson({
        url,
        user: profile,
        time_zone: timeZone,
        url_from: from(settings.urlFrom),
        key_from: from(settings.keyFrom),
        config_file: settings.file,
      });
    }
    const s = ctx.out;
    ctx.print(t('Logged in to {url} as {who}', { url, who: who(profile) }));
    const rows: [string, string][] = [
      [t('user id'), profile.id],
      [t('time zone'), timeZone],
      [t('key'), t('{key} from {source}', { key: keyStart, source: from(settings.keyFrom) })],
      [t('URL from'), from(settings.urlFrom)],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) ctx.print(`  ${s.dim(label.padEnd(width))}  ${value}`);
  },
};
