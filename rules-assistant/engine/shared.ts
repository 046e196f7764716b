// What the built-in assistant says and does for requests about shared lists (sharing.ts reads
// them): it finds the task, list or person through the tools, which decide who may do what, so a
// viewer's request changes nothing and is answered "you can only view that list".

import { dayIn } from '#shared/time/zone.js';
import type { AgentOutput } from '../../server/features/assistant/agent.js';
import type { Lang } from './language.js';
import type { SharingRequest } from './sharing.js';

type Text = Record<Lang, string>;
const said = (en: string, roman: string, ur: string): Text => ({ en, roman, ur });
const q = (s: string) => `“${s}”`;

/** What the agent's turn offers this module: calls, replies, and finding a task by what was said. */
export interface SharedTurn {
  lang: Lang;
  userId: string;
  timeZone: string;
  now: Date;
  call(name: string, args: Record<string, unknown>): Promise<{ result: unknown; isError: boolean }>;
  reply(text: Text): AgentOutput;
  /** The task named, or the reply to give instead (which one? not found). */
  findTask(said: string): Promise<{ task: { id: number; title?: string } } | { reply: AgentOutput }>;
  /** The reply for a tool's refusal. */
  refused(result: unknown): AgentOutput;
  /** Leaves the last call out of the answer (a look that led nowhere). */
  forgetLastCall(): void;
}

interface ListSummary {
  name: string;
  archived: boolean;
  role?: string;
  members?: number;
}
interface Member {
  user_id: string;
  name: string;
  email: string | null;
  role: string;
}

export const viewOnly = (): Text =>
  said(
    'You can only view that list, so nothing was changed: its owner can make you an editor.',
    'Aap yeh list sirf dekh sakte hain, is liye kuch nahi badla: iska owner aap ko editor bana sakta hai.',
    'آپ یہ فہرست صرف دیکھ سکتے ہیں، اس لیے کچھ نہیں بدلا: اس کا مالک آپ کو ایڈیٹر بنا سکتا ہے۔',
  );

const URDU = /[\u0600-\u06ff]/u;
/** Urdu letters by their sound in Latin ones (people's and lists' names said in the other script). */
export const URDU_SOUNDS: Record<string, string> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ث: 's',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ڈ: 'd',
  ذ: 'z',
  ر: 'r',
  ڑ: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'z',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
  ہ: 'h',
  ھ: 'h',
};

/**
 * A name's consonants in Latin letters, so "سارہ" meets "Sara" and "احمد" "Ahmed": Urdu letters
 * by sound (vowel letters and a final ہ dropped), Latin ones without vowels, w, v or y.
 */
export function skeleton(name: string): string {
  const lower = name.trim().toLowerCase();
  if (URDU.test(lower)) {
    return [...lower.replace(/[ہه](?=\s|$)/gu, '')].map((c) => URDU_SOUNDS[c] ?? '').join('');
  }
  return lower.replace(/q/gu, 'k').replace(/[^a-z]|[aeiouwvy]/gu, '');
}

/** Whether `said` names this person: their name, a word of it, their email, or its sound in Urdu. */
export function names(person: { name: string; email?: string | null }, said: string): boolean {
  const wanted = said.trim().toLowerCase();
  const name = person.name.toLowerCase();
  if (wanted === name || wanted === person.email?.toLowerCase()) return true;
  const parts = name.split(/\s+/u);
  if (parts.includes(wanted)) return true;
  if (URDU.test(wanted)) {
    const sound = skeleton(wanted);
    return sound.length >= 2 && (skeleton(name) === sound || parts.some((p) => skeleton(p) === sound));
  }
  return false;
}

async function lists(turn: SharedTurn): Promise<ListSummary[]> {
  const outcome = await turn.call('list_lists', {});
  return outcome.isError ? [] : ((outcome.result as { lists?: ListSummary[] }).lists ?? []);
}

/** A list shared with others, or with the user by another: its people may be given its tasks. */
export const shared = (l: ListSummary) =>
  !l.archived && ((l.members ?? 0) > 0 || (l.role ?? 'owner') !== 'owner');

/** The list a name means: as said, a unique prefix, or (said in Urdu) the same sound. */
function listNamed(all: ListSummary[], name: string): ListSummary | undefined {
  const wanted = name.trim().toLowerCase();
  const active = all.filter((l) => !l.archived);
  const starting = wanted.length >= 3 ? active.filter((l) => l.name.toLowerCase().startsWith(wanted)) : [];
  const sounding = URDU.test(wanted) ? active.filter((l) => skeleton(l.name) === skeleton(wanted)) : [];
  return (
    all.find((l) => l.name.toLowerCase() === wanted) ??
    (starting.length === 1 ? starting[0] : undefined) ??
    (sounding.length === 1 ? sounding[0] : undefined)
  );
}

async function members(turn: SharedTurn, list: string): Promise<Member[]> {
  const outcome = await turn.call('list_members', { list });
  return outcome.isError ? [] : (outcome.result as { members: Member[] }).members;
}

const ROLE_WORDS: Record<Lang, Record<string, string>> = {
  en: { owner: 'owner', editor: 'editor', viewer: 'viewer' },
  roman: { owner: 'owner', editor: 'editor', viewer: 'viewer' },
  ur: { owner: 'مالک', editor: 'ایڈیٹر', viewer: 'ناظر' },
};

export async function sharingRequest(turn: SharedTurn, request: SharingRequest): Promise<AgentOutput | null> {
  switch (request.kind) {
    case 'mine':
      return assignedToMe(turn);
    case 'members':
      return people(turn, request.list, request.explicit);
    case 'added':
      return added(turn, request.person, request.day);
    case 'assign':
      return assign(turn, request.task, request.person);
    case 'comment':
    case 'comments':
      return comment(turn, request);
    case 'who-added':
      return history(turn, { task: request.task, today: false, createdOnly: true });
    case 'history':
      return history(turn, { name: request.name, today: request.today, createdOnly: false });
  }
}

const DONE: Record<Lang, Record<string, string>> = {
  en: {
    created: 'added',
    updated: 'edited',
    completed: 'completed',
    reopened: 'reopened',
    moved: 'moved',
    deleted: 'deleted',
  },
  roman: {
    created: 'ne add kiya',
    updated: 'ne badla',
    completed: 'ne mukammal kiya',
    reopened: 'ne dobara khola',
    moved: 'ne move kiya',
    deleted: 'ne delete kiya',
  },
  ur: {
    created: 'نے شامل کیا',
    updated: 'نے بدلا',
    completed: 'نے مکمل کیا',
    reopened: 'نے دوبارہ کھولا',
    moved: 'نے منتقل کیا',
    deleted: 'نے حذف کیا',
  },
};

function clockTime(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(Date.parse(at));
}

/** "the budget task" -> "budget". */
const taskWords = (name: string) =>
  name
    .replace(/^(?:the|my|that|this)\s+/iu, '')
    .replace(/\s+(?:task|one|wala\s+task|wala\s+kaam|والا\s+کام)$/iu, '')
    .trim();

/** A list's history (or a task's): who did what, newest first; or only who added the task. */
async function history(
  turn: SharedTurn,
  asked: { name?: string; task?: string; today: boolean; createdOnly: boolean },
): Promise<AgentOutput | null> {
  let args: Record<string, unknown> | null = null;
  let subject = '';
  if (asked.name !== undefined) {
    const list = listNamed(await lists(turn), asked.name);
    if (list) {
      args = { list: list.name, limit: 100 };
      subject = list.name;
    }
  }
  if (!args) {
    const found = await turn.findTask(asked.task ?? taskWords(asked.name ?? ''));
    if ('reply' in found) return found.reply;
    args = { task_id: found.task.id, limit: 100 };
    subject = found.task.title ?? `#${found.task.id}`;
  }
  const outcome = await turn.call('list_activity', args);
  if (outcome.isError) return turn.refused(outcome.result);
  const today = dayIn(turn.now.getTime(), turn.timeZone);
  let entries = (outcome.result as { activity: Activity[] }).activity;
  if (asked.today) entries = entries.filter((a) => dayIn(Date.parse(a.at), turn.timeZone) === today);
  if (asked.createdOnly) {
    const made = entries.find((a) => a.action === 'created');
    if (!made)
      return turn.reply(
        said(
          `${q(subject)} has no record of who added it: lists record that only while they are shared.`,
          `${q(subject)} ka record nahi ke kis ne add kiya: list share hone ke baad hi record hota hai.`,
          `${q(subject)} کا ریکارڈ نہیں کہ کس نے شامل کیا: فہرست شریک ہونے کے بعد ہی ریکارڈ ہوتا ہے۔`,
        ),
      );
    const when = clockTime(made.at, turn.timeZone);
    return turn.reply(
      said(
        `${made.actor.name} added ${q(made.task_title)} (${when}).`,
        `${q(made.task_title)} ${made.actor.name} ne add kiya (${when}).`,
        `${q(made.task_title)} ${made.actor.name} نے شامل کیا (${when})۔`,
      ),
    );
  }
  if (entries.length === 0)
    return turn.reply(
      said(
        `Nothing recorded for ${subject}${asked.today ? ' today' : ''}.`,
        `${subject} mein${asked.today ? ' aaj' : ''} kuch record nahi.`,
        `${subject} میں${asked.today ? ' آج' : ''} کچھ ریکارڈ نہیں۔`,
      ),
    );
  const lines = entries
    .slice(0, 25)
    .map((a) => {
      const what = `"${a.task_title}"`;
      const fields = a.action === 'updated' && a.changes.length > 0 ? ` (${a.changes.join(', ')})` : '';
      const verb = DONE[turn.lang][a.action] ?? a.action;
      const when = clockTime(a.at, turn.timeZone);
      return turn.lang === 'en'
        ? `- ${a.actor.name} ${verb} ${what}${fields}, ${when}`
        : `- ${a.actor.name} ${verb}: ${what}${fields}, ${when}`;
    })
    .join('\n');
  return turn.reply(
    said(
      `What happened in ${subject}${asked.today ? ' today' : ''}, newest first:\n${lines}`,
      `${subject} mein${asked.today ? ' aaj' : ''} kya hua (naya pehle):\n${lines}`,
      `${subject} میں${asked.today ? ' آج' : ''} کیا ہوا (نیا پہلے):\n${lines}`,
    ),
  );
}

async function assignedToMe(turn: SharedTurn): Promise<AgentOutput> {
  const outcome = await turn.call('search_tasks', { assigned: 'me', status: 'pending' });
  if (outcome.isError) return turn.refused(outcome.result);
  const tasks = (outcome.result as { tasks: { title: string }[] }).tasks;
  if (tasks.length === 0)
    return turn.reply(
      said(
        'Nothing open is assigned to you.',
        'Aap ko koi baqi kaam assign nahi hua.',
        'آپ کے ذمے کوئی باقی کام نہیں۔',
      ),
    );
  const lines = tasks
    .slice(0, 25)
    .map((t, i) => `${i + 1}. ${t.title}`)
    .join('\n');
  return turn.reply(
    said(
      `Assigned to you (${tasks.length}):\n${lines}`,
      `Aap ko assign hue kaam (${tasks.length}):\n${lines}`,
      `آپ کے ذمے کام (${tasks.length}):\n${lines}`,
    ),
  );
}

async function people(turn: SharedTurn, name: string, explicit: boolean): Promise<AgentOutput | null> {
  const all = await lists(turn);
  const list = listNamed(all, name);
  if (!list && !explicit) {
    // "who is coming to dinner": no list of that name, and no list was asked for.
    turn.forgetLastCall();
    return null;
  }
  if (!list) {
    const mine = all.filter((l) => !l.archived).map((l) => l.name);
    const known = mine.length > 0 ? mine.join(', ') : '-';
    return turn.reply(
      said(
        `You have no list called ${q(name)}. Your lists: ${known}.`,
        `${q(name)} naam ki koi list nahi. Aap ki lists: ${known}.`,
        `${q(name)} نام کی کوئی فہرست نہیں۔ آپ کی فہرستیں: ${known}۔`,
      ),
    );
  }
  const outcome = await turn.call('list_members', { list: list.name });
  if (outcome.isError) return turn.refused(outcome.result);
  const { members: everyone, your_role: role } = outcome.result as { members: Member[]; your_role: string };
  if (everyone.length <= 1)
    return turn.reply(
      said(
        `${list.name} is not shared: only you.`,
        `${list.name} kisi ke sath share nahi: sirf aap.`,
        `${list.name} کسی کے ساتھ شریک نہیں: صرف آپ۔`,
      ),
    );
  const words = ROLE_WORDS[turn.lang];
  const line = everyone
    .map(
      (m) =>
        `${m.user_id === turn.userId ? `${m.name} (${words[m.role]}, ${turn.lang === 'ur' ? 'آپ' : turn.lang === 'roman' ? 'aap' : 'you'})` : `${m.name} (${words[m.role]})`}`,
    )
    .join(', ');
  const yours = words[role] ?? role;
  return turn.reply(
    said(
      `In ${list.name}: ${line}. You can ${role === 'viewer' ? 'only view it' : 'change its tasks'}.`,
      `${list.name} mein: ${line}. Aap ${role === 'viewer' ? 'sirf dekh sakte hain' : 'iske kaam badal sakte hain'} (${yours}).`,
      `${list.name} میں: ${line}۔ آپ ${role === 'viewer' ? 'صرف دیکھ سکتے ہیں' : 'اس کے کام بدل سکتے ہیں'}۔`,
    ),
  );
}

interface Activity {
  task_title: string;
  action: string;
  changes: string[];
  actor: { id: string; name: string };
  at: string;
}

async function added(
  turn: SharedTurn,
  person: string,
  day: 'today' | 'yesterday' | null,
): Promise<AgentOutput> {
  const sharedLists = (await lists(turn)).filter(shared);
  if (sharedLists.length === 0)
    return turn.reply(
      said(
        'None of your lists is shared, so only you add to them.',
        'Aap ki koi list share nahi, is liye sirf aap hi kaam add karte hain.',
        'آپ کی کوئی فہرست شریک نہیں، اس لیے صرف آپ ہی کام شامل کرتے ہیں۔',
      ),
    );
  const today = dayIn(turn.now.getTime(), turn.timeZone);
  const yesterday = dayIn(turn.now.getTime() - 86_400_000, turn.timeZone);
  const wantedDay = day === 'today' ? today : day === 'yesterday' ? yesterday : null;
  const found: { title: string; list: string; who: string }[] = [];
  let who: string | null = null;
  for (const list of sharedLists) {
    const outcome = await turn.call('list_activity', { list: list.name, limit: 100 });
    if (outcome.isError) continue;
    for (const a of (outcome.result as { activity: Activity[] }).activity) {
      if (a.action !== 'created') continue;
      const byThem = person === 'me' ? a.actor.id === turn.userId : names(a.actor, person);
      if (!byThem) continue;
      who ??= person === 'me' ? null : a.actor.name;
      if (wantedDay && dayIn(Date.parse(a.at), turn.timeZone) !== wantedDay) continue;
      found.push({ title: a.task_title, list: list.name, who: a.actor.name });
    }
  }
  if (who === null && person !== 'me') {
    // Nobody of that name has added anything: is there such a person at all?
    for (const list of sharedLists) {
      const match = (await members(turn, list.name)).find((m) => names(m, person));
      if (match) {
        who = match.name;
        break;
      }
    }
    if (who === null)
      return turn.reply(
        said(
          `Nobody called ${q(person)} is in your shared lists.`,
          `${q(person)} naam ka koi shakhs aap ki shared lists mein nahi.`,
          `${q(person)} نام کا کوئی شخص آپ کی شریک فہرستوں میں نہیں۔`,
        ),
      );
  }
  const name = who ?? (turn.lang === 'en' ? 'You' : turn.lang === 'roman' ? 'Aap' : 'آپ');
  const when = {
    en: day === 'today' ? ' today' : day === 'yesterday' ? ' yesterday' : '',
    roman: day === 'today' ? ' aaj' : day === 'yesterday' ? ' kal' : '',
    ur: day === 'today' ? ' آج' : day === 'yesterday' ? ' کل' : '',
  };
  if (found.length === 0)
    return turn.reply(
      said(
        `${name} added nothing to your shared lists${when.en}.`,
        `${name} ne${when.roman} shared lists mein kuch add nahi kiya.`,
        `${name} نے${when.ur} شریک فہرستوں میں کچھ شامل نہیں کیا۔`,
      ),
    );
  const lines = found
    .slice(0, 25)
    .map((f, i) => `${i + 1}. "${f.title}" (${f.list})`)
    .join('\n');
  const n = found.length;
  return turn.reply(
    said(
      `${name} added ${n} task${n === 1 ? '' : 's'}${when.en}:\n${lines}`,
      `${name} ne${when.roman} ${n} task add kiye:\n${lines}`,
      `${name} نے${when.ur} ${n} کام شامل کیے:\n${lines}`,
    ),
  );
}

async function assign(turn: SharedTurn, taskSaid: string, person: string | null): Promise<AgentOutput> {
  const found = await turn.findTask(taskSaid);
  if ('reply' in found) return found.reply;
  let assignee: string | null = person;
  if (person !== null && URDU.test(person)) {
    // A name said in Urdu letters: the member whose name sounds the same, by email.
    const task = await turn.call('get_task', { task_id: found.task.id });
    const listId = task.isError ? null : (task.result as { list_id: number | null }).list_id;
    const all = await turn.call('list_lists', {});
    const list = all.isError
      ? undefined
      : (all.result as { lists: { id: number; name: string }[] }).lists.find((l) => l.id === listId);
    const match = list ? (await members(turn, list.name)).filter((m) => names(m, person)) : [];
    if (match.length === 1) assignee = match[0]!.email ?? match[0]!.name;
  }
  const outcome = await turn.call('assign_task', { task_id: found.task.id, assignee });
  if (outcome.isError) return turn.refused(outcome.result);
  const done = outcome.result as { title: string; assignee: { user_id: string; name: string } | null };
  if (!done.assignee)
    return turn.reply(
      said(
        `${q(done.title)} is assigned to nobody now.`,
        `${q(done.title)} ab kisi ko assign nahi.`,
        `${q(done.title)} اب کسی کے ذمے نہیں۔`,
      ),
    );
  const toMe = done.assignee.user_id === turn.userId;
  const en = toMe ? 'you' : done.assignee.name;
  return turn.reply(
    said(
      `Assigned ${q(done.title)} to ${en}.`,
      `${q(done.title)} ${toMe ? 'aap' : done.assignee.name} ko assign kar diya.`,
      `${q(done.title)} ${toMe ? 'آپ' : done.assignee.name} کے ذمے لگا دیا۔`,
    ),
  );
}

async function comment(
  turn: SharedTurn,
  request: Extract<SharingRequest, { kind: 'comment' | 'comments' }>,
): Promise<AgentOutput> {
  const found = await turn.findTask(request.task);
  if ('reply' in found) return found.reply;
  if (request.kind === 'comment') {
    const outcome = await turn.call('comment_on_task', {
      task_id: found.task.id,
      body: [...request.body].slice(0, 2000).join(''),
    });
    if (outcome.isError) return turn.refused(outcome.result);
    const title = (outcome.result as { task_title: string }).task_title;
    return turn.reply(
      said(
        `Added your comment on ${q(title)}.`,
        `${q(title)} par aap ka comment likh diya.`,
        `${q(title)} پر آپ کا تبصرہ لکھ دیا۔`,
      ),
    );
  }
  const outcome = await turn.call('list_comments', { task_id: found.task.id });
  if (outcome.isError) return turn.refused(outcome.result);
  const comments = (outcome.result as { comments: { author: { name: string }; body: string }[] }).comments;
  const title = found.task.title ?? `#${found.task.id}`;
  if (comments.length === 0)
    return turn.reply(
      said(
        `No comments on ${q(title)} yet.`,
        `${q(title)} par abhi koi comment nahi.`,
        `${q(title)} پر ابھی کوئی تبصرہ نہیں۔`,
      ),
    );
  const lines = comments
    .slice(-25)
    .map((c) => `${c.author.name}: ${c.body}`)
    .join('\n');
  return turn.reply(
    said(
      `Comments on ${q(title)}:\n${lines}`,
      `${q(title)} par comments:\n${lines}`,
      `${q(title)} پر تبصرے:\n${lines}`,
    ),
  );
}
