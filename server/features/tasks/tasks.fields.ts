// The task's plain fields, each declared once (database-free, as the contract is): a stored column
// shown in the task JSON as it is stored (SQL's null as JSON's null; the MCP tools' answers show it
// too), accepted by create, PUT, PATCH and import, carried by export, cleared by null, null when a create or a PUT leaves it out (a CalDAV
// client's save and an import of a file that does not name it keep it). Everything else
// is derived from this table: the contract's input and output shapes (tasks.schema.ts), the
// presenter's entries and with them the stored JSON parts (tasks.presenter.ts, tasks.json.ts), the
// INSERT and UPDATE of the service (tasks.service.ts), the import's columns, its sameness check and
// its batch UPDATE (transfer/), the OpenAPI example; the SQL of each column is PLAIN_COLUMNS
// (tasks.rows.ts). A field with rules of its own (priority's
// names, tags' keys, the due moment and its series, places, assignees) is written out where its
// rule lives.
//
// A new plain field: its column in server/platform/db/schema/tasks.ts, its entry here, then
// `npm run db:generate` (the migration) and `npm run api:types` (the client's types); the web
// editor's control, when people edit it there, in web/src/tasks/fields.ts.
import type { getTableColumns } from 'drizzle-orm';
import { z } from 'zod';
import type { tasks } from '../../platform/db/schema.js';

export type TaskColumns = ReturnType<typeof getTableColumns<typeof tasks>>;

interface PlainField {
  /** The Drizzle key of its column in server/platform/db/schema/tasks.ts. */
  column: keyof TaskColumns;
  /** What a write accepts (null clears it). */
  input: z.ZodType;
  /** How the task JSON shows it, null when not set (the OpenAPI document's shape). */
  output: z.ZodType;
  /** A value for the OpenAPI document's example task. */
  example: unknown;
}

export const MAX_DURATION_MINUTES = 43_200;

export const PLAIN_FIELDS = {
  duration: {
    column: 'duration',
    input: z.number().int().min(1).max(MAX_DURATION_MINUTES).nullable().meta({
      description:
        'How many minutes the task takes, 1 to 43,200 (30 days): its block in a calendar; null: not said',
    }),
    output: z.number().int().nullable().describe('How many minutes the task takes; null: not said'),
    example: 45,
  },
  deadline: {
    column: 'deadline',
    input: z.iso
      .date('deadline must be a calendar date YYYY-MM-DD')
      .refine((iso) => iso >= '1900', 'deadline must be between 1900 and 9999')
      .nullable()
      .meta({
        description: 'The day (YYYY-MM-DD) it must be done by, apart from when it is due; null: none',
      }),
    output: z
      .string()
      .nullable()
      .meta({ format: 'date', description: 'The day it must be done by; null: none' }),
    example: '2026-11-30',
  },
} as const satisfies Record<string, PlainField>;

type Plain = typeof PLAIN_FIELDS;
export type PlainName = keyof Plain;

/** The plain fields' values a write gives (undefined: left as it is). */
export type PlainValues = { -readonly [K in PlainName]?: z.output<Plain[K]['input']> };

const mapFields = <T>(of: (field: Plain[PlainName], name: PlainName) => T) =>
  Object.fromEntries((Object.keys(PLAIN_FIELDS) as PlainName[]).map((n) => [n, of(PLAIN_FIELDS[n], n)]));

/** The plain fields of a write's body (create, PUT, PATCH, import): each optional. */
export const plainInputShape = mapFields((f) => f.input.optional()) as {
  [K in PlainName]: z.ZodOptional<Plain[K]['input']>;
};

/** The plain fields of the task JSON. */
export const plainOutputShape = mapFields((f) => f.output) as { [K in PlainName]: Plain[K]['output'] };

/** The plain fields of the OpenAPI document's example task. */
export const plainExample = mapFields((f) => f.example) as { [K in PlainName]: Plain[K]['example'] };

/** What a write that replaces a task (PUT, an import) sets each plain field to: the value given, else null. */
export const plainReplacement = (given: PlainValues): Required<PlainValues> =>
  mapFields((_, name) => given[name] ?? null) as Required<PlainValues>;
