// The task tools over an in-memory list, with the names, arguments, results and refusals of
// server/features/assistant/tools.ts. The eval no longer uses it (it runs on the real tools,
// ./db-tools.ts); kept while the assistant's suites (rules-assistant/test) still import it.

import { localMoment, nextOccurrence, parseRule } from '#shared/recurrence/index.js';
import type { ToolRunner } from '../../server/features/assistant/agent.js';
import type { ToolTask } from '../../server/features/assistant/tools.js';
import type { Reminder } from '../../server/features/tasks/tasks.rows.js';
import { RemindersSchema } from '../../server/features/tasks/tasks.schema.js';
import { PEOPLE, SHARED_LISTS, type ToolSetup } from './sets.js';

/** A task as the store holds it: the tools' task (get_task's shape) but for series_task_id, derived on read. */
export type StoredTask = Omit<ToolTask, 'series_task_id'>;

// The sets' types and people live with the sets (./sets.ts); re-exported for this module's users.
export { type FixtureTask, PEOPLE, SHARED_LISTS, type ToolSetup } from './sets.js';

class Refusal extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const PRIORITIES = ['none', 'low', 'medium', 'high'] as const;
const RANK: Record<string, number> = { none: 0, low: 1, medium: 2, high: 3 };
const DAY_MS = 86_400_000;

/** Lower case without accents, split into words, as the database's search column holds them. */
function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 0);
}

/** Simple English stem: a trailing plural s (the database also holds stems). */
const stem = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

function localDay(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function memoryToolRunner(setup: ToolSetup): { run: ToolRunner; tasks: StoredTask[] } {
  const stamp = setup.now.toISOString();
  /** The lists the fixture names, in first-seen order, ids from 1. */
  const lists: { id: number; name: string }[] = [];
  for (const t of setup.tasks) {
    if (t.list && !lists.some((l) => l.name === t.list)) lists.push({ id: lists.length + 1, name: t.list });
  }
  const listIdOf = (name: string | undefined) =>
    name ? (lists.find((l) => l.name === name)?.id ?? null) : null;
  const tasks: StoredTask[] = setup.tasks.map((t) => ({
    id: t.id,
    title: t.title,
    description: t.description ?? null,
    completed: t.completed ?? false,
    completed_at: t.completed ? stamp : null,
    priority: t.priority ?? 'none',
    tags: t.tags ?? [],
    due_date: t.due_date ?? null,
    due_at: t.due_at ?? null,
    recurrence: t.recurrence ?? null,
    recurrence_from: t.recurrence ? 'due' : null,
    reminders: t.reminders ?? [],
    list_id: listIdOf(t.list),
    parent_id: null,
    created_by: t.created_by ?? setup.userId,
    assignee_id: t.assignee_id ?? null,
    position: t.id * 1024,
    subtasks: { open: 0, total: 0 },
    created_at: new Date(setup.now.getTime() - (t.minutes_ago ?? 1000 - t.id) * 60_000).toISOString(),
    updated_at: stamp,
  }));
  let nextId = Math.max(0, ...tasks.map((t) => t.id)) + 1;
  /** Occurrences used per recurring task since its rule was set (the service's occurrences_done). */
  const done = new Map<number, number>();
  const today = localDay(setup.now.getTime(), setup.timeZone);

  const taskId = (args: Record<string, unknown>) => {
    const id = args.task_id;
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0)
      throw new Refusal('task_id: must be a positive integer');
    return id;
  };
  const find = (args: Record<string, unknown>) => {
    const id = taskId(args);
    const task = tasks.find((t) => t.id === id);
    if (!task) throw new Refusal(`Task ${id} was not found`);
    return task;
  };
  /** The eval user's people and role in a list (by id); null when it is not shared. */
  const sharing = (listId: number | null) => {
    const name = lists.find((l) => l.id === listId)?.name;
    return name ? (SHARED_LISTS[name] ?? null) : null;
  };
  const roleIn = (listId: number | null) =>
    sharing(listId)?.find(([id]) => id === setup.userId)?.[1] ?? 'owner';
  const VIEWER = "You can see this shared list's tasks but not change them: its owner can make you an editor";
  /** A task the eval user may change: 403 for a viewer of its list, as the service answers. */
  const writable = (args: Record<string, unknown>) => {
    const task = find(args);
    if (roleIn(task.list_id) === 'viewer') throw new Refusal(VIEWER, 'AUTH_FORBIDDEN');
    return task;
  };
  const peopleOf = (listId: number | null) =>
    (sharing(listId) ?? [[setup.userId, 'owner'] as const]).map(([id, role]) => ({
      ...PEOPLE.find((p) => p.user_id === id)!,
      role,
      joined_at: stamp,
    }));
  const comments: { task_id: number; author: { id: string; name: string }; body: string }[] = [];
  const title = (value: unknown, optional: boolean): string | undefined => {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || value.trim().length === 0)
      throw new Refusal('title: title must not be empty');
    if ([...value.trim()].length > 200) throw new Refusal('title: title must be at most 200 characters');
    return value.trim();
  };
  const tagsOf = (value: unknown): string[] | undefined => {
    if (value === undefined) return undefined;
    if (
      !Array.isArray(value) ||
      value.length > 20 ||
      value.some((t) => typeof t !== 'string' || t.trim() === '')
    )
      throw new Refusal('tags: up to 20 non-empty tags');
    const seen = new Set<string>();
    return (value as string[])
      .map((t) => t.trim().replace(/^#+/u, ''))
      .filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
  };
  const priorityOf = (value: unknown) => {
    if (value === undefined) return undefined;
    if (!PRIORITIES.includes(value as never))
      throw new Refusal('priority: must be none, low, medium or high');
    return value as StoredTask['priority'];
  };
  const dueOf = (args: Record<string, unknown>) => {
    const { due_date, due_at } = args;
    if (due_date != null && (typeof due_date !== 'string' || !/^\d{4}-\d\d-\d\d$/u.test(due_date)))
      throw new Refusal('due_date: must be a calendar date YYYY-MM-DD');
    if (due_at != null && (typeof due_at !== 'string' || Number.isNaN(Date.parse(due_at))))
      throw new Refusal('due_at: must be an ISO 8601 instant with an offset or Z');
    if (due_date != null && due_at != null)
      throw new Refusal('due_at: give due_date (all day) or due_at (a time), not both');
    return {
      due_date: due_date as string | null | undefined,
      due_at: due_at == null ? (due_at as null | undefined) : new Date(due_at as string).toISOString(),
    };
  };
  /** Reminders as the real tools take them: the service's own schema (at most 10, repeats collapse). */
  const remindersOf = (value: unknown): Reminder[] | undefined => {
    if (value === undefined) return undefined;
    const parsed = RemindersSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    throw new Refusal(
      `reminders${issue.path.length > 0 ? `.${issue.path.join('.')}` : ''}: ${issue.message}`,
    );
  };
  const recurrenceOf = (value: unknown): string | null | undefined => {
    if (value === undefined || value === null) return value as null | undefined;
    if (typeof value !== 'string' || !/^FREQ=[A-Z]+/u.test(value) || value.length > 300)
      throw new Refusal('recurrence: must be an RRULE such as FREQ=WEEKLY;BYDAY=MO');
    return value;
  };
  const fromOf = (value: unknown): 'due' | 'completion' | undefined => {
    if (value === undefined) return undefined;
    if (value !== 'due' && value !== 'completion')
      throw new Refusal('recurrence_from: must be due or completion');
    return value;
  };
  const action = (task: StoredTask, status: string) => ({ task_id: task.id, status, title: task.title });
  const full = (t: StoredTask) => ({
    ...t,
    tags: [...t.tags],
    reminders: t.reminders.map((r) => ({ ...r })),
    series_task_id: t.recurrence ? t.id : null,
  });
  const dueKey = (t: StoredTask) =>
    t.due_at ? Date.parse(t.due_at) : t.due_date ? Date.parse(`${t.due_date}T00:00:00Z`) : null;
  const dueDay = (t: StoredTask) =>
    t.due_date ?? (t.due_at ? localDay(Date.parse(t.due_at), setup.timeZone) : null);

  /** A `list` argument as tools.ts reads it: "inbox", or one of the lists by name, ignoring case. */
  const listArg = (value: unknown): number | null => {
    const name = String(value).trim().replace(/^#/, '');
    if (/^inbox$/i.test(name)) return null;
    const found = lists.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (found) return found.id;
    throw new Refusal(
      lists.length === 0
        ? `You have no list called "${name}" (you have no lists yet; create_list makes one)`
        : `You have no list called "${name}". Your lists: ${lists.map((l) => l.name).join(', ')}`,
    );
  };

  const create = (args: Record<string, unknown>, rich: boolean) => {
    const description = args.description;
    if (description !== undefined && (typeof description !== 'string' || [...description].length > 1000))
      throw new Refusal('description: must be at most 1000 characters');
    const due = rich ? dueOf(args) : { due_date: undefined, due_at: undefined };
    const recurrence = rich ? recurrenceOf(args.recurrence) : undefined;
    if (recurrence && due.due_date == null && due.due_at == null)
      throw new Refusal('recurrence: a recurring task needs a due_date or due_at');
    const task: StoredTask = {
      id: nextId++,
      title: title(args.title, false)!,
      description: (description as string | undefined) ?? null,
      completed: false,
      completed_at: null,
      priority: (rich ? priorityOf(args.priority) : undefined) ?? 'none',
      tags: (rich ? tagsOf(args.tags) : undefined) ?? [],
      due_date: due.due_date ?? null,
      due_at: due.due_at ?? null,
      recurrence: recurrence ?? null,
      recurrence_from: recurrence ? ((rich ? fromOf(args.recurrence_from) : undefined) ?? 'due') : null,
      reminders: (rich ? remindersOf(args.reminders) : undefined) ?? [],
      list_id: null,
      parent_id: null,
      created_by: 'eval-user',
      assignee_id: null,
      position: nextId * 1024,
      subtasks: { open: 0, total: 0 },
      created_at: stamp,
      updated_at: stamp,
    };
    if (rich && args.list !== undefined) task.list_id = listArg(args.list);
    if (roleIn(task.list_id) === 'viewer') throw new Refusal(VIEWER, 'AUTH_FORBIDDEN');
    tasks.push(task);
    return action(task, 'created');
  };

  const tools: Record<string, (args: Record<string, unknown>) => unknown> = {
    add_task: (args) => create(args, false),
    add_task_details: (args) => create(args, true),
    list_lists: () => ({
      lists: lists.map((l) => {
        const inIt = tasks.filter((t) => t.list_id === l.id);
        return {
          ...l,
          open: inIt.filter((t) => !t.completed).length,
          total: inIt.length,
          archived: false,
          role: roleIn(l.id),
          members: (SHARED_LISTS[l.name]?.length ?? 1) - 1,
        };
      }),
    }),
    create_list: (args) => {
      const name = String(args.name ?? '').trim();
      if (name.length === 0 || [...name].length > 100) throw new Refusal('name must be 1-100 characters');
      const existing = lists.find((l) => l.name.toLowerCase() === name.toLowerCase());
      const list = existing ?? { id: lists.length + 1, name };
      if (!existing) lists.push(list);
      return { list, status: existing ? 'exists' : 'created' };
    },
    move_task: (args) => {
      const task = writable(args);
      task.list_id = listArg(args.list);
      task.parent_id = null;
      task.updated_at = stamp;
      return action(task, 'moved');
    },
    add_subtask: (args) => {
      const parent = writable(args);
      const made = create({ title: args.title }, false) as { task_id: number };
      const task = tasks.find((t) => t.id === made.task_id)!;
      task.parent_id = parent.id;
      task.list_id = parent.list_id;
      return made;
    },
    list_tasks: (args) => {
      const status = args.status ?? 'all';
      if (!['all', 'pending', 'completed'].includes(status as string))
        throw new Refusal('status: must be all, pending or completed');
      return [...tasks]
        .filter((t) => status === 'all' || t.completed === (status === 'completed'))
        .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
        .map((t) => ({ id: t.id, title: t.title, completed: t.completed }));
    },
    complete_task: (args) => {
      const task = writable(args);
      if (!task.completed) Object.assign(task, { completed: true, completed_at: stamp, updated_at: stamp });
      return action(task, 'completed');
    },
    reopen_task: (args) => {
      const task = writable(args);
      Object.assign(task, { completed: false, completed_at: null, updated_at: stamp });
      return action(task, 'reopened');
    },
    delete_task: (args) => {
      const task = writable(args);
      tasks.splice(tasks.indexOf(task), 1);
      return action(task, 'deleted');
    },
    get_task: (args) => full(find(args)),
    update_task: (args) => {
      const task = writable(args);
      const newTitle = title(args.title, true);
      const description = args.description;
      if (newTitle === undefined && description === undefined)
        throw new Refusal('Give a new title or description');
      if (newTitle !== undefined) task.title = newTitle;
      if (typeof description === 'string') task.description = description;
      task.updated_at = stamp;
      return action(task, 'updated');
    },
    set_task_details: (args) => {
      const task = writable(args);
      const priority = priorityOf(args.priority);
      const tags = tagsOf(args.tags);
      const due = dueOf(args);
      const recurrence = recurrenceOf(args.recurrence);
      const from = fromOf(args.recurrence_from);
      const reminders = remindersOf(args.reminders);
      if (
        priority === undefined &&
        tags === undefined &&
        due.due_date === undefined &&
        due.due_at === undefined &&
        recurrence === undefined &&
        from === undefined &&
        reminders === undefined
      )
        throw new Refusal('Give priority, tags, due_date, due_at, recurrence or reminders');
      // The database refuses a recurring task left without a due moment (tasks_recurrence_needs_due).
      const nextRule = recurrence !== undefined ? recurrence : task.recurrence;
      const nextDate = due.due_date !== undefined ? due.due_date : due.due_at != null ? null : task.due_date;
      const nextAt = due.due_at !== undefined ? due.due_at : due.due_date != null ? null : task.due_at;
      if (nextRule && nextDate == null && nextAt == null)
        throw new Refusal(
          'recurrence: needs a due_date or due_at: a recurring task always has a next occurrence',
        );
      if (recurrence !== undefined && recurrence !== task.recurrence) done.delete(task.id);
      if (priority !== undefined) task.priority = priority;
      if (tags !== undefined) task.tags = tags;
      if (reminders !== undefined) task.reminders = reminders;
      if (recurrence !== undefined) {
        task.recurrence = recurrence;
        task.recurrence_from = recurrence === null ? null : (from ?? task.recurrence_from ?? 'due');
      } else if (from !== undefined && task.recurrence) task.recurrence_from = from;
      // Setting one due side clears the other, like PATCH.
      if (due.due_date !== undefined) {
        task.due_date = due.due_date;
        if (due.due_date !== null) task.due_at = null;
      }
      if (due.due_at !== undefined) {
        task.due_at = due.due_at;
        if (due.due_at !== null) task.due_date = null;
      }
      task.updated_at = stamp;
      return action(task, 'updated');
    },
    // As tasks.skipOccurrence: the series moves to its next occurrence; the one skipped leaves no record.
    skip_occurrence: (args) => {
      const task = writable(args);
      if (!task.recurrence || task.completed)
        throw new Refusal(`Task ${task.id} is not a recurring task with an occurrence to skip`);
      const parsed = parseRule(task.recurrence);
      if (!parsed.ok) throw new Error(`stored recurrence of task ${task.id} does not parse: ${parsed.error}`);
      // The store keeps no series start, so the current occurrence stands in for it.
      const current = task.due_at ? localMoment(task.due_at, setup.timeZone) : { date: task.due_date! };
      const used = (done.get(task.id) ?? 0) + 1;
      const next = nextOccurrence(parsed.rule, current, current, setup.timeZone, used);
      if (!next) throw new Refusal(`This is the last occurrence of task ${task.id}: complete or delete it`);
      done.set(task.id, used);
      task.due_date = next.at ? null : next.date;
      task.due_at = next.at ?? null;
      task.updated_at = stamp;
      return action(task, 'skipped');
    },
    // As tags.listTags: each tag in its most used spelling, with open and total counts, by name.
    list_tags: () => {
      const byKey = new Map<string, { spellings: Map<string, number>; open: number; total: number }>();
      for (const t of tasks)
        for (const tag of t.tags) {
          const entry = byKey.get(tag.toLowerCase()) ?? { spellings: new Map(), open: 0, total: 0 };
          entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
          entry.total += 1;
          if (!t.completed) entry.open += 1;
          byKey.set(tag.toLowerCase(), entry);
        }
      const tags = [...byKey.values()].map(({ spellings, open, total }) => ({
        name: [...spellings].sort((a, b) => b[1] - a[1])[0]![0],
        open,
        total,
      }));
      return { tags: tags.sort((a, b) => a.name.localeCompare(b.name)) };
    },
    assign_task: (args) => {
      const task = writable(args);
      const people = peopleOf(task.list_id);
      let person: (typeof people)[number] | null = null;
      if (args.assignee !== null) {
        const said = String(args.assignee ?? '')
          .trim()
          .toLowerCase();
        const match = /^(?:me|myself)$/u.test(said)
          ? people.filter((p) => p.user_id === setup.userId)
          : people.filter(
              (p) =>
                p.email === said ||
                p.name.toLowerCase() === said ||
                p.name
                  .toLowerCase()
                  .split(' ')
                  .some((w) => w === said || (said.length >= 3 && w.startsWith(said))),
            );
        if (match.length !== 1) {
          const where = lists.find((l) => l.id === task.list_id)?.name;
          throw new Refusal(
            where
              ? `Nobody called "${args.assignee}" is in ${where}. Its people: ${people.map((p) => `${p.name} (${p.role})`).join(', ')}`
              : 'A task in the Inbox can only be assigned to its owner: move it to a shared list first',
          );
        }
        person = match[0]!;
      }
      task.assignee_id = person?.user_id ?? null;
      task.updated_at = stamp;
      return {
        ...action(task, person ? 'assigned' : 'unassigned'),
        assignee: person ? { user_id: person.user_id, name: person.name } : null,
      };
    },
    comment_on_task: (args) => {
      const task = writable(args);
      const body = String(args.body ?? '').trim();
      if (body.length === 0) throw new Refusal('body: body must not be empty');
      if ([...body].length > 2000) throw new Refusal('body: body must be at most 2000 characters');
      const me = PEOPLE[0]!;
      const comment = { task_id: task.id, author: { id: setup.userId, name: me.name }, body };
      comments.push(comment);
      return { comment: { id: comments.length, ...comment }, task_title: task.title };
    },
    list_comments: (args) => {
      const task = find(args);
      return { comments: comments.filter((c) => c.task_id === task.id) };
    },
    list_activity: (args) => {
      if ((args.task_id === undefined) === (args.list === undefined))
        throw new Refusal('Give task_id or list (one of them)');
      const listId = args.list === undefined ? undefined : listArg(args.list);
      if (listId === null) throw new Refusal('The Inbox is not a list: name one of your lists');
      const taskId = args.task_id === undefined ? undefined : find(args).id;
      const activity = tasks
        .filter((t) => (taskId === undefined ? t.list_id === listId : t.id === taskId) && sharing(t.list_id))
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .map((t) => {
          const by = PEOPLE.find((p) => p.user_id === t.created_by)!;
          return {
            id: t.id,
            task_id: t.id,
            task_title: t.title,
            action: 'created',
            changes: [],
            actor: { id: by.user_id, name: by.name },
            at: t.created_at,
          };
        });
      return { activity, next_before: null };
    },
    list_members: (args) => {
      const listId = listArg(args.list);
      if (listId === null) throw new Refusal('The Inbox is not a list: name one of your lists');
      const list = lists.find((l) => l.id === listId)!;
      return { list, your_role: roleIn(listId), members: peopleOf(listId), invitations: [] };
    },
    search_tasks: (args) => {
      const status = (args.status as string | undefined) ?? 'all';
      const terms = typeof args.query === 'string' ? searchWords(args.query).slice(0, 16) : [];
      const priorities = args.priority as string[] | undefined;
      if (
        priorities &&
        (!Array.isArray(priorities) || priorities.some((p) => !PRIORITIES.includes(p as never)))
      )
        throw new Refusal('priority: must be none, low, medium or high');
      const tags = tagsOf(args.tags)?.map((t) => t.toLowerCase());
      const due = args.due as string | undefined;
      if (due !== undefined && !['today', 'overdue', 'week', 'none'].includes(due))
        throw new Refusal('due: must be today, overdue, week or none');
      const limit = (args.limit as number | undefined) ?? 50;
      const view = args.view as string | undefined;
      const inList = args.list === undefined ? undefined : listArg(args.list);
      if (args.assigned !== undefined && args.assigned !== 'me') throw new Refusal('assigned: must be me');
      const matching = tasks.filter((t) => {
        if (status !== 'all' && t.completed !== (status === 'completed')) return false;
        if (inList !== undefined && t.list_id !== inList) return false;
        if (args.assigned === 'me' && t.assignee_id !== setup.userId) return false;
        if (args.parent_id !== undefined && t.parent_id !== args.parent_id) return false;
        if (view === 'inbox' && t.list_id !== null) return false;
        if (view === 'today' || view === 'upcoming') {
          const day = dueDay(t);
          if (t.completed || day === null) return false;
          if (view === 'today' && day > today) return false;
          if (view === 'upcoming' && (day < today || day >= addDays(today, 14))) return false;
        }
        if (terms.length > 0) {
          const have = searchWords(`${t.title} ${t.description ?? ''}`);
          const stems = have.map(stem);
          const ok = terms.every(
            (q) => have.some((w) => w.startsWith(q)) || stems.some((w) => w.startsWith(stem(q))),
          );
          if (!ok) return false;
        }
        if (priorities && !priorities.includes(t.priority)) return false;
        if (tags && !tags.every((tag) => t.tags.some((have) => have.toLowerCase() === tag))) return false;
        const day = dueDay(t);
        if (due === 'none' && (t.due_date || t.due_at)) return false;
        if (due === 'today' && day !== today) return false;
        if (due === 'week' && (day === null || day < today || day >= addDays(today, 7))) return false;
        // due_after / due_before: a date is its day in the person's zone (as the service reads it).
        for (const [bound, value] of [
          ['after', args.due_after],
          ['before', args.due_before],
        ] as const) {
          if (value === undefined) continue;
          const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value);
          if (!date && !(typeof value === 'string' && !Number.isNaN(Date.parse(value))))
            throw new Refusal(`due_${bound}: must be a date (YYYY-MM-DD) or an ISO 8601 instant`);
          if (day === null) return false;
          const at = date ? day : dueKey(t)!;
          const edge = date ? (value as string) : Date.parse(value as string);
          if (bound === 'after' ? at < edge : at >= edge) return false;
        }
        if (due === 'overdue') {
          if (t.completed) return false;
          if (t.due_date ? t.due_date >= today : !t.due_at || Date.parse(t.due_at) >= setup.now.getTime())
            return false;
        }
        return true;
      });
      const sort = (args.sort as string | undefined) ?? '-created';
      matching.sort((a, b) => {
        if (sort === 'due' || sort === '-due') {
          const [x, y] = [dueKey(a), dueKey(b)];
          if (x === null || y === null) return x === y ? a.id - b.id : x === null ? 1 : -1;
          return (sort === 'due' ? x - y : y - x) || a.id - b.id;
        }
        if (sort === '-priority') return RANK[b.priority]! - RANK[a.priority]! || b.id - a.id;
        if (sort === 'priority') return RANK[a.priority]! - RANK[b.priority]! || a.id - b.id;
        if (sort === 'title') return a.title.localeCompare(b.title) || a.id - b.id;
        return b.created_at.localeCompare(a.created_at) || b.id - a.id;
      });
      return { tasks: matching.slice(0, limit).map(full), count: matching.length };
    },
  };

  const run: ToolRunner = async (name, args) => {
    const tool = tools[name];
    if (!tool) return { result: { error: `Unknown tool ${name}` }, isError: true };
    try {
      if (args.user_id !== setup.userId && args.user_id !== 'me')
        throw new Refusal(`user_id must be your own id (${setup.userId})`);
      return { result: tool(args), isError: false };
    } catch (err) {
      if (err instanceof Refusal)
        return {
          result: err.code ? { error: err.message, code: err.code } : { error: err.message },
          isError: true,
        };
      throw err;
    }
  };
  return { run, tasks };
}
