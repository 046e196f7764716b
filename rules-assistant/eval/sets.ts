// The assistant's phrase sets (rules-assistant/sets/, format in its README.md): one JSONL file a
// set, a header record then one case a line, read only here. Every record is validated; a bad one
// fails naming its file and line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import type { ToolTask } from '../../server/features/assistant/tools.js';

export const SETS_DIR = fileURLToPath(new URL('../sets/', import.meta.url));
/** training: sets whose lines fed rules or a model; held-out: sets nothing trains on. */
export const SET_FOLDERS = ['training', 'held-out'] as const;
export type SetFolder = (typeof SET_FOLDERS)[number];

/** A task an eval case starts with: id and title, the rest defaulted as the service would. */
export type FixtureTask = Pick<ToolTask, 'id' | 'title'> &
  Partial<
    Pick<
      ToolTask,
      'description' | 'completed' | 'priority' | 'tags' | 'due_date' | 'due_at' | 'recurrence' | 'reminders'
    >
  > & {
    /** The name of the list it is in (lists are made from the names the fixture uses). */
    list?: string;
    /** Who made it (a user id of PEOPLE; default the eval user), and how long ago. */
    created_by?: string;
    minutes_ago?: number;
    assignee_id?: string | null;
  };

/** What a case's tools start from. */
export interface ToolSetup {
  userId: string;
  tasks: FixtureTask[];
  now: Date;
  timeZone: string;
}

export interface ExpectedCall {
  name: string;
  /** Each listed argument must match: strings ignoring case and surrounding space, arrays as sets; '*' = present. */
  args?: Record<string, unknown>;
  absent?: string[];
}

export interface Utterance {
  intent: string;
  lang: 'en' | 'ur' | 'roman';
  text: string;
  /** The tasks the case starts with (a fixture named in the file is the same array for every case naming it). */
  fixture: FixtureTask[];
  /** Earlier user turns, run through the same agent first (their replies become the history). */
  before?: string[];
  history?: HistoryMessage[];
  expect: {
    calls?: ExpectedCall[];
    reads?: ExpectedCall[];
    /** ask: a question and no change; help: no tool call at all. */
    outcome?: 'ask' | 'help';
    /** A regular expression's source the reply must match (case-insensitive, unicode: flags iu). */
    reply?: string;
  };
}

const FixtureTaskSchema = z.strictObject({
  id: z.number().int().positive(),
  title: z.string().min(1),
  description: z.string().nullable().optional(),
  completed: z.boolean().optional(),
  priority: z.enum(['none', 'low', 'medium', 'high']).optional(),
  tags: z.array(z.string()).optional(),
  due_date: z.string().nullable().optional(),
  due_at: z.string().nullable().optional(),
  recurrence: z.string().nullable().optional(),
  reminders: z.array(z.strictObject({ minutes_before: z.number().int().nonnegative() })).optional(),
  list: z.string().min(1).optional(),
  created_by: z.string().optional(),
  minutes_ago: z.number().optional(),
  assignee_id: z.string().nullable().optional(),
});
const FixtureSchema = z.array(FixtureTaskSchema);

const ExpectedCallSchema = z.strictObject({
  name: z.string().min(1),
  args: z.record(z.string(), z.unknown()).optional(),
  absent: z.array(z.string()).optional(),
});

const HistorySchema = z.array(
  z.strictObject({
    role: z.enum(['user', 'assistant']),
    content: z.string(),
    tool_calls: z
      .array(
        z.strictObject({
          name: z.string(),
          arguments: z.record(z.string(), z.unknown()),
          result: z.unknown(),
        }),
      )
      .optional(),
  }),
);

const CaseSchema = z.strictObject({
  intent: z.string().min(1),
  lang: z.enum(['en', 'ur', 'roman']),
  text: z.string(),
  /** A fixture's name (the header's, else world.json's) or the tasks themselves. */
  fixture: z.union([z.string().min(1), FixtureSchema]),
  before: z.array(z.string()).optional(),
  history: HistorySchema.optional(),
  expect: z.strictObject({
    calls: z.array(ExpectedCallSchema).optional(),
    reads: z.array(ExpectedCallSchema).optional(),
    outcome: z.enum(['ask', 'help']).optional(),
    reply: z
      .string()
      .refine((source) => {
        try {
          new RegExp(source, 'iu');
          return true;
        } catch {
          return false;
        }
      }, 'not a regular expression (flags iu)')
      .optional(),
  }),
});

const HeaderSchema = z.strictObject({
  /** The set's name: its file's name without .jsonl. */
  set: z.string().regex(/^[a-z0-9-]+$/u),
  /**
   * Its short name in the order the sets were written ("heldout42", "round14b"): what the journal,
   * the decision records and the risk data call it ("set 42"). Sets are listed in this order.
   */
  id: z
    .string()
    .regex(/^[a-z]+[0-9]+[a-z]?$/u)
    .optional(),
  /** Who wrote the lines (the builder, the developer, a helper writing blind). */
  written_by: z.string().min(1),
  /** Written without seeing the assistant's rules or its answers. */
  blind: z.boolean(),
  /** Nobody ran the assistant on it or read it against the assistant before its first run. */
  sealed_before_run: z.boolean(),
  /** The commit that added the set (for a sealed set, the code its first run measured). */
  added_in: z.string().optional(),
  /** Its first run's score, as recorded. */
  first_run: z.string().optional(),
  /** Rules were written from its misses after that run (its figures since are not blind). */
  tuned_after_first_run: z.boolean(),
  /** What trains on it automatically: intents (eval/intent-data.ts), risk (eval/risk-data.ts). */
  trained_on_by: z.array(z.enum(['intents', 'risk'])),
  /** A part is run as part of another set (its `parts`), never on its own. */
  part_of: z.string().optional(),
  /** Sets of the same folder whose cases follow this one's, in this order. */
  parts: z.array(z.string()).optional(),
  /** The moment and zone the cases are written for: the tools' database runs at it. */
  clock: z.strictObject({ now: z.iso.datetime(), zone: z.string().min(1) }),
  languages: z.array(z.enum(['en', 'ur', 'roman'])).min(1),
  /** How it was written and what it covers: the original file's header comment. */
  notes: z.string(),
  /** Fixtures cases name (each is one array, shared by the cases naming it). */
  fixtures: z.record(z.string(), FixtureSchema).optional(),
});

export type SetHeader = z.infer<typeof HeaderSchema>;

export interface PhraseSet {
  header: SetHeader;
  /** The set's own cases, then its parts' (see SetHeader.parts). */
  cases: Utterance[];
  /** Its clock as runEval takes it. */
  clock: { now: Date; timeZone: string };
}

const WorldSchema = z.strictObject({
  _comment: z.string().optional(),
  /** The people of the shared lists (the eval user first). */
  people: z.array(z.strictObject({ user_id: z.string(), name: z.string(), email: z.string() })).min(1),
  /** Lists of these names are shared: their people and roles, the owner first. */
  shared_lists: z.record(z.string(), z.array(z.tuple([z.string(), z.enum(['owner', 'editor', 'viewer'])]))),
  /** Fixtures any set may name. */
  fixtures: z.record(z.string(), FixtureSchema),
});

const worldFile = path.join(SETS_DIR, 'world.json');
const world = (() => {
  const parsed = WorldSchema.safeParse(JSON.parse(readFileSync(worldFile, 'utf8')));
  if (!parsed.success) throw new Error(`${worldFile}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
})();
export const PEOPLE = world.people;
export const SHARED_LISTS = world.shared_lists;
/** Fixtures every set may name (one array each, shared by every set). */
export const FIXTURES: Record<string, FixtureTask[]> = world.fixtures;

/** A set's file: absolute, or relative to rules-assistant/sets/ ("held-out/vet-editor-rickshaw-principal.jsonl"). */
const fileOf = (file: string) => (path.isAbsolute(file) ? file : path.join(SETS_DIR, file));

/**
 * The sets of a folder that run on their own (parts run with their whole), as files in the order
 * they were written (by `id`, "heldout9" before "heldout10"; a set without one by its name).
 */
export function listSets(folder: SetFolder): string[] {
  const dir = path.join(SETS_DIR, folder);
  const order = (f: string) => {
    const header = readHeader(f);
    return header.id ?? header.set;
  };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => path.join(dir, f))
    .filter((f) => readHeader(f).part_of === undefined)
    .map((f) => ({ f, key: order(f) }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }))
    .map(({ f }) => f);
}

function parseLine<T>(schema: z.ZodType<T>, file: string, n: number, line: string): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new Error(`${file}:${n}: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${file}:${n}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A set's header alone (file as loadSet takes it). */
export function readHeader(file: string): SetHeader {
  const full = fileOf(file);
  const text = readFileSync(full, 'utf8');
  return parseLine(HeaderSchema, full, 1, text.slice(0, text.indexOf('\n')));
}

/** The file of the set of that name or `id` ("heldout42"), in whichever folder it is. */
export function setFile(name: string): string {
  for (const folder of SET_FOLDERS) {
    const file = path.join(SETS_DIR, folder, `${name}.jsonl`);
    if (existsSync(file)) return file;
  }
  for (const folder of SET_FOLDERS) {
    const dir = path.join(SETS_DIR, folder);
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.jsonl') && readHeader(path.join(dir, f)).id === name) return path.join(dir, f);
    }
  }
  throw new Error(`no set named "${name}" in ${SET_FOLDERS.map((f) => path.join(SETS_DIR, f)).join(' or ')}`);
}

/** One set: its header and cases (its parts' appended), every record checked. */
export function loadSet(file: string): PhraseSet {
  const full = fileOf(file);
  const lines = readFileSync(full, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) throw new Error(`${full}: empty (line 1 must be the header)`);
  const header = parseLine(HeaderSchema, full, 1, lines[0]!);
  const name = path.basename(full, '.jsonl');
  if (header.set !== name) throw new Error(`${full}:1: set is "${header.set}", the file says "${name}"`);
  const own = header.fixtures ?? {};
  const cases: Utterance[] = lines.slice(1).map((line, i) => {
    const c = parseLine(CaseSchema, full, i + 2, line);
    let fixture: FixtureTask[];
    if (typeof c.fixture === 'string') {
      const named = own[c.fixture] ?? FIXTURES[c.fixture];
      if (!named) throw new Error(`${full}:${i + 2}: no fixture named "${c.fixture}" (header or world.json)`);
      fixture = named;
    } else fixture = c.fixture;
    if (!header.languages.includes(c.lang))
      throw new Error(`${full}:${i + 2}: language ${c.lang} is not among the header's`);
    return { ...c, fixture } as Utterance;
  });
  for (const part of header.parts ?? []) {
    const partFile = path.join(path.dirname(full), `${part}.jsonl`);
    const loaded = loadSet(partFile);
    if (loaded.header.part_of !== header.set)
      throw new Error(`${partFile}:1: part_of should be "${header.set}"`);
    cases.push(...loaded.cases);
  }
  return { header, cases, clock: { now: new Date(header.clock.now), timeZone: header.clock.zone } };
}
