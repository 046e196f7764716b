// `doable lists` and `doable tags`: what there is to filter by, with counts.
import type { Command } from '../command.js';
import { table } from '../output.js';
import { msg, t } from '../speech.js';

export const lists: Command = {
  name: 'lists',
  group: 'Lists and tags',
  summary: msg('Your lists, with open and total task counts'),
  usage: 'lists [--archived]',
  options: {
    archived: { type: 'boolean', help: msg('archived lists too') },
  },
  examples: ['doable lists', 'doable lists --json'],
  async run(ctx, args) {
    args.noArguments();
    const { client } = await ctx.connect();
    const query = args.flag('archived') ? {} : { archived: 'false' as const };
    const { lists: found } = await client.call('listLists', { query });
    if (ctx.json) return ctx.printJson({ lists: found });
    await ctx.speakAsAccount();
    if (found.length === 0) return ctx.print(t('No lists: every task is in the Inbox.'));
    const s = ctx.out;
    const rows = found.map((list) => [
      { text: String(list.id), paint: s.dim },
      { text: list.name, paint: s.magenta },
      { text: t('{n} open', { n: list.open_count }) },
      { text: t('{n} total', { n: list.total_count }), paint: s.dim },
      { text: list.archived ? t('archived') : '', paint: s.dim },
    ]);
    for (const line of table(rows, { right: [0], flexible: 1, width: ctx.width })) ctx.print(line);
  },
};

export const tags: Command = {
  name: 'tags',
  group: 'Lists and tags',
  summary: msg('Your tags, with open and total task counts'),
  usage: 'tags',
  options: {},
  examples: ['doable tags', 'doable tags --json'],
  async run(ctx, args) {
    args.noArguments();
    const { client } = await ctx.connect();
    const { tags: found } = await client.listTags();
    if (ctx.json) return ctx.printJson({ tags: found });
    await ctx.speakAsAccount();
    if (found.length === 0)
      return ctx.print(t('No tags yet: add some with #words, e.g. doable add "Buy milk #errands".'));
    const s = ctx.out;
    const rows = found.map((tag) => [
      { text: `#${tag.name}`, paint: s.cyan },
      { text: t('{n} open', { n: tag.open }) },
      { text: t('{n} total', { n: tag.total }), paint: s.dim },
    ]);
    for (const line of table(rows, { flexible: 0, width: ctx.width })) ctx.print(line);
  },
};
