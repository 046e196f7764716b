// The tools on lists and tags: the caller's lists (and those shared with them), making one, tags.
import { z } from 'zod';
import { ROLES } from '../../platform/access/rules.js';
import { ListNameSchema } from '../lists/lists.schema.js';
import { createList, findListByName, listLists } from '../lists/lists.service.js';
import { listTags } from '../tags/tags.service.js';
import { CREATE, parse, READ, type ToolDefinition, userIdArg } from './tools.contract.js';

export const listListsTool: ToolDefinition = {
  name: 'list_lists',
  title: 'List your lists',
  description:
    'Your lists (projects) and lists shared with you, in sidebar order, with open and total task counts, your ' +
    'role and how many people each is shared with. Tasks in no list are in the Inbox.',
  input: z.object({ user_id: userIdArg }),
  output: z.object({
    lists: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        open: z.number().int(),
        total: z.number().int(),
        archived: z.boolean(),
        role: z.enum(ROLES).describe('Yours: a viewer reads, an editor writes too'),
        members: z.number().int().describe('People it is shared with, besides its owner'),
      }),
    ),
  }),
  annotations: READ,
  async run({ db, userId }) {
    const lists = (await listLists(db, userId)).map((l) => ({
      id: l.id,
      name: l.name,
      open: l.openCount,
      total: l.totalCount,
      archived: l.archived,
      role: l.role,
      members: l.memberCount,
    }));
    const structured = { lists };
    return { result: structured, structured };
  },
};

export const createListTool: ToolDefinition = {
  name: 'create_list',
  title: 'Create a list',
  description: 'Create a list (a project) to put tasks in; an existing list of that name is used as it is.',
  input: z.object({ user_id: userIdArg, name: z.string().min(1).max(100) }),
  output: z.object({ list: z.object({ id: z.number().int(), name: z.string() }), status: z.string() }),
  annotations: CREATE,
  async run({ db, userId }, args) {
    const name = parse(ListNameSchema, args.name);
    const existing = await findListByName(db, userId, name);
    const list = existing ?? (await createList(db, userId, { name }));
    const structured = { list: { id: list.id, name: list.name }, status: existing ? 'exists' : 'created' };
    return { result: structured, structured };
  },
};

export const listTagsTool: ToolDefinition = {
  name: 'list_tags',
  title: 'List tags',
  description: 'Your tags with open and total task counts.',
  input: z.object({ user_id: userIdArg }),
  output: z.object({
    tags: z.array(z.object({ name: z.string(), open: z.number().int(), total: z.number().int() })),
  }),
  annotations: READ,
  async run({ db, userId }) {
    const structured = { tags: await listTags(db, userId) };
    return { result: structured, structured };
  },
};
