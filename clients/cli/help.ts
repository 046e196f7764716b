// `doable help` and `doable <command> --help`: the overview and each command's page.
import { COMMON_OPTIONS, type OptionSpecs } from './args.js';
import type { Command } from './command.js';
import { EXIT } from './errors.js';
import type { Styles } from './output.js';
import { msg, t } from './speech.js';

/** Words wrapped to `width` columns, each line indented. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** Label and text pairs in two columns, the text wrapped under itself. */
function pairs(
  rows: [string, string][],
  width: number,
  labelWidth = Math.min(26, Math.max(...rows.map(([label]) => label.length))),
): string[] {
  return rows.flatMap(([label, text]) => {
    const indent = ' '.repeat(labelWidth + 4);
    const wrapped = wrap(text, width, indent);
    if (label.length > labelWidth) return [`  ${label}`, ...wrapped];
    return [`  ${label.padEnd(labelWidth)}  ${(wrapped[0] ?? '').trimStart()}`, ...wrapped.slice(1)];
  });
}

function optionRows(options: OptionSpecs): [string, string][] {
  return Object.entries(options).map(([name, spec]) => {
    const value = spec.type === 'string' ? ` <${spec.value ?? 'value'}>` : '';
    return [`${spec.short ? `-${spec.short}, ` : '    '}--${name}${value}`, t(spec.help, spec.helpVars)];
  });
}

const EXIT_CODES: [string, string][] = [
  [String(EXIT.ok), msg('done')],
  [String(EXIT.failed), msg('the server refused or failed (a problem: invalid input, rate limit, outage)')],
  [String(EXIT.usage), msg('the command line was wrong (unknown command or option, bad argument)')],
  [String(EXIT.auth), msg('not logged in, or the server refused the key')],
  [String(EXIT.notFound), msg('no such task or list')],
  [String(EXIT.unreachable), msg('the server could not be reached (refused, unknown host, timeout)')],
];

const GROUPS: Record<Command['group'], string> = {
  Tasks: msg('Tasks'),
  'Lists and tags': msg('Lists and tags'),
  Account: msg('Account'),
};

export function overview(commands: Command[], version: string, s: Styles, width: number): string[] {
  const groups = [...new Set(commands.map((c) => c.group))];
  const label = (c: Command) => c.usage.replace(/ \[(options|-).*$/, '');
  const labelWidth = Math.max(...commands.map((c) => label(c).length));
  return [
    t('{doable} {version}: your Doable tasks from the terminal', { doable: s.bold('doable'), version }),
    '',
    s.bold(t('Usage')),
    '  doable <command> [options]',
    ...groups.flatMap((group) => [
      '',
      s.bold(t(GROUPS[group])),
      ...pairs(
        commands.filter((c) => c.group === group).map((c) => [label(c), t(c.summary)]),
        width,
        labelWidth,
      ),
    ]),
    '',
    s.bold(t('Options for every command')),
    ...pairs([...optionRows(COMMON_OPTIONS), ['-V, --version', t('the version')]], width),
    '',
    s.bold(t('Environment')),
    ...pairs(
      [
        ['DOABLE_URL', t('the server, e.g. https://tasks.example.com (wins over the saved one)')],
        ['DOABLE_API_KEY', t('an API key (wins over the saved one)')],
        ['DOABLE_TIMEOUT', t('seconds to wait for the server to answer (default 30)')],
        ['NO_COLOR, FORCE_COLOR', t('turn colours off, or on even when not a terminal')],
        ['LC_ALL, LANG', t('the language, when neither --lang nor your account chose one')],
      ],
      width,
    ),
    '',
    s.bold(t('Exit codes')),
    ...pairs(
      EXIT_CODES.map(([code, text]) => [code, t(text)]),
      width,
    ),
    '',
    t("Run '{help}' for a command's options; docs/cli.md has everything.", {
      help: 'doable <command> --help',
    }),
  ];
}

export function commandHelp(command: Command, s: Styles, width: number): string[] {
  return [
    `${s.bold(`doable ${command.name}`)}: ${t(command.summary)}`,
    '',
    s.bold(t('Usage')),
    `  doable ${command.usage}`,
    ...(command.description ?? []).flatMap((paragraph) => [
      '',
      ...wrap(t(paragraph, command.descriptionVars), width, '  '),
    ]),
    '',
    s.bold(t('Options')),
    ...pairs(optionRows({ ...command.options, ...COMMON_OPTIONS }), width),
    '',
    s.bold(t('Examples')),
    ...command.examples.map((example) => `  ${example}`),
    ...(command.aliases?.length ? ['', `${s.bold(t('Aliases'))}: ${command.aliases.join(', ')}`] : []),
  ];
}
