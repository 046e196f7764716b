// The tools on sections: a list's sections (named groups of its tasks), adding, renaming and deleting
// one, and the section a task is in (with add_task_details, set_task_details and move_task).
import { z } from 'zod';
import { authorize } from '../../platform/access/policy.js';
import type { Database } from '../../platform/db/client.js';
import { SectionNameSchema } from '../sections/sections.schema.js';
import {
  createSection,
  deleteSection,
  getSection,
  listSections,
  updateSection,
} from '../sections/sections.service.js';
import {
  CHANGE,
  CREATE,
  DESTROY,
  parse,
  READ,
  sharedListIdFor,
  type ToolDefinition,
  ToolError,
  userIdArg,
} from './tools.contract.js';

export const sectionArg = z
  .string()
  .min(1)
  .max(100)
  .describe('A section of the list by name (case does not matter)');

const sectionIdArg = z.number().int().positive().describe('The section id (list_sections answers them)');

const SectionOut = z.object({ id: z.number().int(), name: z.string() });

/**
 * The section a `section` argument names in the list `listId`: one of its sections by name,
 * case-insensitively. A name it has no section for is refused with the names it has.
 */
export async function sectionIdFor(
  db: Database,
  userId: string,
  listId: number,
  name: string,
): Promise<number> {
  const wanted = name.trim().toLowerCase();
  const sections = await listSections(db, userId, listId);
  const found = sections.find((s) => s.name.toLowerCase() === wanted);
  if (found) return found.id;
  throw new ToolError(
    sections.length === 0
      ? `That list has no section called "${name.trim()}" (it has no sections; create_section makes one)`
      : `That list has no section called "${name.trim()}". Its sections: ${sections.map((s) => s.name).join(', ')}`,
  );
}

export const listSectionsTool: ToolDefinition = {
  name: 'list_sections',
  title: "List a list's sections",
  description:
    'The sections of a list (yours or shared with you), in order. Tasks have a section_id (null: none).',
  input: z.object({ user_id: userIdArg, list: z.string().min(1).max(100).describe('The list, by name') }),
  output: z.object({ sections: z.array(SectionOut) }),
  annotations: READ,
  async run({ db, userId }, args) {
    const listId = await sharedListIdFor(db, userId, String(args.list));
    const sections = (await listSections(db, userId, listId)).map((s) => ({ id: s.id, name: s.name }));
    const structured = { sections };
    return { result: structured, structured };
  },
};

export const createSectionTool: ToolDefinition = {
  name: 'create_section',
  title: 'Add a section to a list',
  description:
    'Add a section (a named group of tasks, a column on a board) at the end of a list; one of that name is used as it is.',
  input: z.object({
    user_id: userIdArg,
    list: z.string().min(1).max(100).describe('The list, by name'),
    name: sectionArg.describe('The new section’s name'),
  }),
  output: z.object({ section: SectionOut, status: z.string() }),
  annotations: CREATE,
  async run({ db, userId }, args) {
    const listId = await sharedListIdFor(db, userId, String(args.list));
    const name = parse(SectionNameSchema, args.name);
    // Asked to make one, a viewer is refused even when the name exists (the answer would read "exists").
    await authorize(db, userId, 'section.update', { list: listId });
    const existing = (await listSections(db, userId, listId)).find(
      (s) => s.name.toLowerCase() === name.toLowerCase(),
    );
    const section = existing ?? (await createSection(db, userId, { list_id: listId, name }));
    const structured = {
      section: { id: section.id, name: section.name },
      status: existing ? 'exists' : 'created',
    };
    return { result: structured, structured };
  },
};

export const renameSectionTool: ToolDefinition = {
  name: 'rename_section',
  title: 'Rename a section',
  description: 'Give a section a new name.',
  input: z.object({
    user_id: userIdArg,
    section_id: sectionIdArg,
    name: sectionArg.describe('Its new name'),
  }),
  output: z.object({ section: SectionOut, status: z.string() }),
  annotations: CHANGE,
  async run({ db, userId }, args) {
    const name = parse(SectionNameSchema, args.name);
    const section = await updateSection(db, userId, args.section_id as number, { name });
    const structured = { section: { id: section.id, name: section.name }, status: 'renamed' };
    return { result: structured, structured };
  },
};

export const deleteSectionTool: ToolDefinition = {
  name: 'delete_section',
  title: 'Delete a section',
  description:
    'Delete a section. Its tasks stay in the list, in no section, unless delete_tasks is true: then they are ' +
    'deleted with it, subtasks included.',
  input: z.object({
    user_id: userIdArg,
    section_id: sectionIdArg,
    delete_tasks: z.boolean().optional().describe('true: delete its tasks too (default: keep them)'),
  }),
  output: z.object({ section: SectionOut, status: z.string() }),
  annotations: DESTROY,
  async run({ db, userId }, args) {
    const section = await getSection(db, userId, args.section_id as number);
    await deleteSection(db, userId, section.id, args.delete_tasks === true ? 'delete' : 'keep');
    const structured = { section: { id: section.id, name: section.name }, status: 'deleted' };
    return { result: structured, structured };
  },
};
