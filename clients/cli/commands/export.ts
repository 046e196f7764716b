// `doable export`: every task, streamed from the export route to stdout or a file.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { DoableProblemError } from '../../api/index.js';
import type { Command } from '../command.js';
import { usageError } from '../errors.js';
import { msg, t } from '../speech.js';

const FORMATS = ['json', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];

export const exportTasks: Command = {
  name: 'export',
  group: 'Tasks',
  summary: msg('Export every task and list: JSON (re-importable), CSV or iCalendar'),
  usage: 'export [--format json|csv|ics] [-o file]',
  description: [
    msg(
      'Writes the export to stdout, or to a file with -o (written whole or not at all). The JSON export can be imported again (web app: Settings, or POST /api/me/import). With -o and --json, stdout gets {shape}.',
    ),
  ],
  descriptionVars: { shape: '{"file", "format", "bytes"}' },
  options: {
    format: { type: 'string', short: 'f', value: 'format', help: msg('json (default), csv or ics') },
    output: { type: 'string', short: 'o', value: 'file', help: msg('write to this file instead of stdout') },
  },
  examples: [
    'doable export > backup.json',
    'doable export --format csv -o tasks.csv',
    'doable export -f ics -o tasks.ics',
  ],
  async run(ctx, args) {
    args.noArguments();
    const format = (args.string('format') ?? 'json').toLowerCase() as Format;
    if (!FORMATS.includes(format))
      throw usageError(t('--format must be json, csv or ics, not "{format}"', { format }), 'export');
    const file = args.string('output');
    if (file === '') throw usageError(t('-o needs a file name'), 'export');

    const { client } = await ctx.connect();
    const { data, error, response } = await client.api.GET('/api/{user_id}/export', {
      params: { path: { user_id: 'me' }, query: { format } },
      parseAs: 'stream',
    });
    if (!response.ok || !data) throw new DoableProblemError(response, error);
    const body = Readable.fromWeb(data as ReadableStream<Uint8Array>);
    let bytes = 0;
    body.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    if (file === undefined) {
      // stdout stays open after the export: the stream must not end it.
      await pipeline(body, new Writable({ write: (chunk, _enc, next) => ctx.io.stdout.write(chunk, next) }));
      return;
    }
    const partial = `${file}.partial`;
    try {
      await pipeline(body, createWriteStream(partial, { flags: 'w' }));
      await rename(partial, file);
    } catch (failure) {
      await rm(partial, { force: true });
      throw failure;
    }
    if (ctx.json) return ctx.printJson({ file, format, bytes });
    await ctx.speakAsAccount();
    ctx.print(
      t('Exported to {file} ({format}, {bytes} bytes).', {
        file,
        format,
        bytes,
      }),
    );
  },
};
