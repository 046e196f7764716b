// Requests about lists, views and subtasks, in English and Roman Urdu (and a few Urdu forms): "add
// milk to groceries", "what's on my work list", "move the dentist task to personal", "add a subtask
// to the report: charts", "create a list called Travel", "what lists do I have", "what's coming
// up". Pure: it reads words; the agent checks a named list against the person's own lists (a name
// said without the word "list" counts only when such a list exists).

import { words } from './language.js';
import { IT_WORDS } from './vocabulary.js';

export type ListRequest =
  | { kind: 'create'; name: string }
  | { kind: 'lists' }
  /** `explicit`: the word "list" was said, so a missing list is worth saying so. */
  | { kind: 'add'; text: string; list: string; explicit: boolean }
  | { kind: 'show'; list: string; explicit: boolean }
  | { kind: 'move'; task: string; list: string; explicit: boolean }
  /** `orList`: "add X under Y" is a subtask of Y, or X added to the list Y when Y names a list. */
  | { kind: 'subtask'; parent: string; title: string; orList?: boolean }
  | { kind: 'view'; view: 'upcoming' | 'inbox' | 'today' | 'week' }
  /** A list's open tasks due today or this week. */
  | { kind: 'show-due'; list: string; due: 'today' | 'week' }
  /** The subtasks of a task: "what are the subtasks of the trip?". */
  | { kind: 'subtasks'; parent: string }
  /** "make a Travel list and put renew passport on it". */
  | { kind: 'create-add'; name: string; text: string };

const clean = (s: string) =>
  s
    .trim()
    .replace(/^["“'‘]+|["”'’]+$/gu, '')
    .replace(/[.?!]+$/u, '')
    .trim();

const LIST_WORD = '(?:list|project|فہرست|لسٹ)';

/**
 * "my groceries list", "the Work list", "groceries", "school ki list", "the school list for friday":
 * the list's name, whether "list" was said, and any words after it ("for friday"), which belong to
 * the task being added.
 */
function listName(raw: string): { name: string; explicit: boolean; rest: string } {
  let s = clean(raw).replace(/^(?:my|the|our|meri|mera|mere|apni|میری|میرا)\s+/iu, '');
  // "my list", "my list for friday", "my to-do list": the person's tasks, not a list of that name.
  if (/^(?:to-?do\s+)?(?:list|lists|tasks?)(?:\s|$)/iu.test(s))
    return { name: '', explicit: false, rest: '' };
  let rest = '';
  const tail = new RegExp(`^(.+?)\\s+${LIST_WORD}(?:[\\s,]+(.*))?$`, 'iu').exec(s);
  const explicit = tail !== null;
  // "to Research, due the 25th": a name without the word "list" ends at a comma; what follows is
  // the task's (a list of that name must exist, since such a name is not explicit).
  const comma = tail ? null : /^([^,]+?)\s*,\s*(.+)$/u.exec(s);
  // "to Client Work for monday": a name without "list" ends where a moment for the task starts.
  const moment = (tail ?? comma) ? null : /^(.+?)\s+((?:for|by|on|due|before)\s+.+)$/iu.exec(s);
  const cut = tail ?? comma ?? (moment && WHEN_WORDS.test(moment[2]!) ? moment : null);
  if (cut) {
    s = cut[1]!;
    rest = clean(cut[2] ?? '').replace(/^(?:due|for)\s+/iu, '');
  }
  s = s.replace(/\s+(?:ki|ka|ke|کی|کا|کے)$/iu, '');
  return { name: clean(s), explicit, rest };
}

/**
 * What an Urdu "X کی لسٹ" names: null for the person's own tasks ("میری فہرست", "سب کاموں کی
 * فہرست"), 'named' for a name of a list, which is worth saying is missing.
 */
function urduListName(raw: string): 'named' | null {
  const name = clean(raw);
  if (/^(?:میری|میرے|میرا|اپنی|سب|تمام)$/u.test(name) || /کام|کاموں/u.test(name)) return null;
  return 'named';
}

/** Words that make "move X to ..." a new time, not a list. */
const WHEN_WORDS =
  /\d|\b(?:today|tonight|tomorrow|yesterday|next|this|mon|tue|wed|thu|fri|sat|sun|morning|afternoon|evening|noon|midnight|week|month|year|am|pm|later|kal|parson|subah|shaam|raat)/iu;

/** A task named in passing: "the dentist task", "the car insurance one" -> "dentist", "car insurance". */
const taskName = (raw: string) =>
  clean(raw)
    .replace(/^(?:the|my|that)\s+/iu, '')
    .replace(/\s+(?:task|item|one|wala\s+task|wala\s+kaam)$/iu, '')
    .trim();

const ROMAN_DO =
  '(?:karo|kar\\s+do|kardo|kar\\s+dein|kar\\s+den|do|dein|den|daal\\s+do|dal\\s+do|daalo|dalo)';

export function readListRequest(message: string): ListRequest | null {
  const read = listRequestAsSaid(message);
  // "isay zaroori kar do aur Godown list mein daal do": words about "it" are no task to add ("isay
  // Orders list mein daal do", "it" alone, is a move of it, read by the agent).
  const said = read?.kind === 'add' ? words(read.text) : [];
  if (IT_WORDS.has(said[0] ?? '') && !said.every((w) => IT_WORDS.has(w))) return null;
  return read;
}

/** The request as the words say it, "it" included ("isko Ghar list mein daal do": an add of "isko"). */
export function listRequestAsSaid(message: string): ListRequest | null {
  // "Dukaan wali list", "سودا والی فہرست": the list of that name.
  const text = clean(
    message
      .replace(/\s+/gu, ' ')
      .replace(/\s(?:wali|wala|wale|waali|waala)\s+list\b/giu, ' list')
      .replace(/\s(?:والی|والا|والے)\s+(فہرست|لسٹ)/gu, ' $1'),
  );
  if (text.length === 0 || text.length > 300) return null;
  let m: RegExpExecArray | null;
  const withList = (
    kind: 'add' | 'show' | 'move',
    first: string,
    raw: string,
    options: { explicit?: boolean } = {},
  ): ListRequest | null => {
    const list = listName(raw);
    if (!list.name) return null;
    const explicit = options.explicit ?? list.explicit;
    if (kind === 'add') {
      const line = [clean(first), list.rest].filter(Boolean).join(' ');
      return { kind, text: line, list: list.name, explicit };
    }
    if (kind === 'move') return { kind, task: taskName(first), list: list.name, explicit };
    return { kind, list: list.name, explicit };
  };

  // Making a list and adding to it at once.
  m =
    /^(?:please\s+)?(?:make|create|start)\s+(?:a\s+|an\s+)?(?:new\s+)?(.+?)\s+list\s+and\s+(?:put|add)\s+(.+?)\s+(?:on|in|to|into)\s+it$/iu.exec(
      text,
    );
  if (m?.[1] && m[2]) return { kind: 'create-add', name: clean(m[1]), text: clean(m[2]) };
  m = /^(?:please\s+)?(?:make|create|start)\s+(?:a\s+|an\s+)?(?:new\s+)?(.+?)\s+list$/iu.exec(text);
  if (m?.[1] && !/^(?:to-?do|task|shopping)$/iu.test(m[1])) return { kind: 'create', name: clean(m[1]) };
  m = /^(.+?)\s+کے\s+نام\s+سے\s+(?:ایک\s+)?(?:نئی\s+)?(?:لسٹ|فہرست)\s+بنا(?:\s*(?:دو|دیں|ئیں|یں))?$/u.exec(
    text,
  );
  if (m?.[1]) return { kind: 'create', name: clean(m[1]) };

  // The lists themselves, in Roman Urdu and Urdu.
  if (
    /^(?:meri\s+|mere\s+)?lists?\s+(?:kaun|kon)(?:\s+(?:kaun|kon))?\s*si\s+(?:hain|hai|hein)$/iu.test(text) ||
    /^(?:میری\s+)?(?:کون\s+)+سی\s+(?:لسٹیں|فہرستیں|لسٹ|فہرست)\s+(?:ہیں|ہے)/u.test(text)
  ) {
    return { kind: 'lists' };
  }

  // Views said in other words.
  if (
    /^(?:(?:show|list|see|view|give)(?:\s+me)?\s+|what(?:'s|\s+is|\s+are)\s+)?(?:my\s+|the\s+)?(?:upcoming|coming\s+up)(?:\s+(?:tasks|things|view|stuff))?(?:\s+(?:this|next)\s+(?:two\s+weeks|fortnight))?$/iu.test(
      text,
    )
  ) {
    return { kind: 'view', view: 'upcoming' };
  }
  if (
    /\b(?:not|aren't|are\s+not|isn't|is\s+not|without)\s+(?:in\s+)?(?:any|a)\s+list\b/iu.test(text) ||
    /^inbox\s+(?:mein|me|main)\s+kya\s+(?:(?:para|pada|parha)\s+)?(?:hai|he)$/iu.test(text) ||
    /^ان\s*باکس\s+میں\s+کیا\s+(?:(?:پڑا|رکھا)\s+)?ہے/u.test(text)
  ) {
    return { kind: 'view', view: 'inbox' };
  }
  if (/^(?:today'?s|todays)\s+(?:agenda|plan|tasks|list|schedule)\b/iu.test(text)) {
    return { kind: 'view', view: 'today' };
  }
  if (
    /^is\s+hafte\s+(?:kya\s+kya|kya)\s+(?:due\s+)?(?:hai|hain|he)$/iu.test(text) ||
    /^اس\s+ہفتے\s+(?:کیا\s+کیا|کیا)\s+(?:کرنا\s+)?(?:ہے|ہیں)/u.test(text)
  ) {
    return { kind: 'view', view: 'week' };
  }

  // A list's tasks due today or this week: "what's due today in clients?".
  m = /^(?:what(?:'s|\s+is)\s+)?due\s+(today|this\s+week)\s+(?:in|on|for)\s+(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) {
    const list = listName(m[2]);
    if (list.name) return { kind: 'show-due', list: list.name, due: /today/iu.test(m[1]) ? 'today' : 'week' };
  }

  // Reading a task's subtasks.
  m =
    /^(?:what\s+are\s+|show(?:\s+me)?\s+|list\s+)?(?:the\s+)?sub-?tasks\s+(?:of|for|under|in)\s+(.+)$/iu.exec(
      text,
    ) ??
    /^(.+?)\s+(?:ke|ki)\s+sub-?tasks?\s+(?:dikhao|batao|kya\s+hain)$/iu.exec(text) ??
    /^(.+?)\s+کے\s+ذیلی\s+کام\s+(?:دکھاؤ|بتاؤ|کیا\s+ہیں)/u.exec(text);
  if (m?.[1]) return { kind: 'subtasks', parent: taskName(m[1]) };

  // Subtasks said in other words.
  m = /^(?:please\s+)?(?:put|add)\s+(.+?)\s+(?:under|to|in|into|on)\s+(.+?)\s+as\s+a\s+sub-?task$/iu.exec(
    text,
  );
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[2]), title: clean(m[1]) };
  m = /^for\s+(.+?),?\s+add\s+(?:a\s+)?sub-?task\s*[:,–-]?\s*(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[1]), title: clean(m[2]) };
  // "break the NGO report down into: finance, case studies, glossary check": its steps.
  m = /^(?:break|split|divide)\s+(?:up\s+)?(.+?)\s+(?:down\s+|up\s+)?into\s*[:,–-]?\s*(.+)$/iu.exec(text);
  if (m?.[1] && m[2] && /[,،]|\s(?:and|&)\s/u.test(m[2]))
    return { kind: 'subtask', parent: taskName(m[1]), title: clean(m[2]) };
  m = /^under\s+(.+?)(?:,\s*|\s+)add\s*[:,–-]?\s+(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[1]), title: clean(m[2]) };
  m = new RegExp(
    `^(.+?)\\s+(?:mein|me|main)\\s+(?:ek\\s+)?sub-?task\\s+(?:add|shamil)\\s*${ROMAN_DO}?\\s*[:,–-]\\s*(.+)$`,
    'iu',
  ).exec(text);
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[1]), title: clean(m[2]) };
  m =
    /^(.+?)\s+میں\s+(?:ایک\s+)?ذیلی\s+کام\s+(?:شامل|ڈال)(?:\s*(?:کرو|کر\s+دو|کریں|دو|دیں))?\s*[:،,-]\s*(.+)$/u.exec(
      text,
    );
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[1]), title: clean(m[2]) };

  // "X ke neeche subtasks bana do: a, b", "X کے نیچے دو ذیلی کام بنا دیں: A، اور B".
  m =
    new RegExp(
      `^(.+?)\\s+(?:ke|ki)\\s+(?:neeche|neechay|niche|andar|under)\\s+(?:\\S+\\s+)?sub-?tasks?\\s+(?:bana|banao|add|daal|dal|shamil)\\s*${ROMAN_DO}?\\s*[:,–-]\\s*(.+)$`,
      'iu',
    ).exec(text) ??
    /^(.+?)\s+کے\s+(?:نیچے|اندر)\s+(?:\S+\s+)?ذیلی\s+کام\s+(?:بنا|بناؤ|شامل\s+کر|ڈال)\s*(?:دو|دیں|کرو|کریں)?\s*[:،,-]\s*(.+)$/u.exec(
      text,
    );
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[1]), title: clean(m[2]) };

  // "ground booking mein ek cheez aur daal do: umpire se baat karni hai", "X کے نیچے ایک کام ڈالو:
  // Y", "X wale makeup mein ek chota kaam add karo: Y": a thing to do put in a task, after a colon.
  m =
    /^(.+?)\s+(?:mein|me|main|ke\s+andar|ke\s+neeche|ke\s+niche|میں|کے\s+اندر|کے\s+نیچے)\s+(?:\S+\s+){0,3}?(?:kaam|kam|cheez|cheezen|cheezein|step|steps|sub-?tasks?|ذیلی\s+کام|کام|چیز|چیزیں)(?:\s+\S+){0,4}?\s*[:：]\s*(.+)$/iu.exec(
      text,
    );
  if (m?.[1] && m[2] && m[1].trim().length > 0)
    return { kind: 'subtask', parent: taskName(m[1]), title: clean(m[2]) };
  // "under the Q4 reviews I also need a step for collecting peer feedback".
  m =
    /^under\s+(.+?),?\s+i\s+(?:also\s+|still\s+)*need\s+(?:a\s+|another\s+)?(?:step|sub-?task)\s+(?:for\s+)?(.+)$/iu.exec(
      text,
    );
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[1]), title: clean(m[2]) };

  // Moving said in other words: "file the X task under admin", "the X one belongs in Home",
  // "take X out of Home and put it back in the inbox", "X والا کام دفتر کی لسٹ میں ڈال دو".
  m =
    /^(?:please\s+)?(?:file|put|stick|place)\s+(.+?\s+(?:task|one|item))\s+(?:under|in|into|on|to)\s+(.+)$/iu.exec(
      text,
    );
  if (m?.[1] && m[2]) {
    const r = withList('move', m[1], m[2]);
    if (r) return r;
  }
  m = /^(.+?)\s+(?:belongs|goes|should\s+go|should\s+be)\s+(?:in|on|to|under|into)\s+(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) {
    const r = withList('move', m[1], m[2], { explicit: true });
    if (r) return r;
  }
  m = /^take\s+(.+?)\s+out\s+of\s+.+?\s+and\s+(?:put|move)\s+it\s+(?:back\s+)?(?:in|into|to)\s+(.+)$/iu.exec(
    text,
  );
  if (m?.[1] && m[2]) {
    const r = withList('move', m[1], m[2], { explicit: true });
    if (r) return r;
  }
  m =
    /^(.+?)\s+وال[اےی]\s+کام\s+(.+?)\s+میں\s+(?:ڈال|رکھ|کر|منتقل\s+کر|بھیج)(?:\s*(?:دو|دیں|دیجیے))?$/u.exec(
      text,
    ) ??
    // "موٹر سائیکل کی ٹیوننگ گھر والی لسٹ میں رکھ دیں": a task, then the list it is to go in.
    /^(.+?)\s+(\S+\s+(?:لسٹ|فہرست))\s+میں\s+(?:ڈال|رکھ|کر|منتقل\s+کر)(?:\s*(?:دو|دیں|دیجیے))?$/u.exec(text);
  if (m?.[1] && m[2]) {
    const r = withList('move', m[1], m[2], { explicit: true });
    if (r) return r;
  }

  // Adding said in other words: "new task in Admin: X", "add a high priority task to clients: X",
  // "remind me to X, put it in Home", "X -> groceries", "سودا لسٹ میں انڈے ڈال دو".
  m =
    /^(?:(?:add\s+)?(?:a\s+|an\s+)?(?:new\s+)?task|add\s+(?:a|an)\s+(.+?)\s+task)\s+(?:in|to|for|on|into)\s+(.+?)\s*:\s*(.+)$/iu.exec(
      text,
    );
  if (m?.[2] && m[3]) {
    const modifiers = m[1] ? clean(m[1]) : '';
    const r = withList('add', [clean(m[3]), modifiers].filter(Boolean).join(' '), m[2]);
    if (r) return r;
  }
  // "... put it in please": a courtesy word is no list's name, nor is a priority ("put them on low").
  m =
    /^(.+?)[,.]?\s+(?:and\s+)?(?:put|add|file)\s+(?:it|her|him|them)\s+(?:in|on|to|into|under)\s+(?!(?:please|pls|plz|kindly|thanks|thx|low|high|medium|top|hold|priority)\b)(.+)$/iu.exec(
      text,
    );
  if (m?.[1] && m[2]) {
    const r = withList('add', m[1].replace(/^(?:please\s+)?(?:remind\s+me\s+to|add)\s+/iu, ''), m[2], {
      explicit: true,
    });
    if (r) return r;
  }
  m = /^(.+?)\s*(?:->|→|=>)\s*(.+)$/u.exec(text);
  if (m?.[1] && m[2]) {
    const r = withList('add', m[1], m[2]);
    if (r) return r;
  }
  m =
    /^(.+?)\s+(?:کی\s+)?(?:لسٹ|فہرست)\s+میں\s+(.+?)\s+(?:ڈال|شامل\s+کر|لکھ|رکھ)(?:\s*(?:دو|دیں|دیجیے))?$/u.exec(
      text,
    ) ??
    // "فیکٹری والی لسٹ میں ڈالیں: ...", "مدرسہ والی لسٹ میں: ...": the list first, the task after a colon.
    /^(.+?)\s+(?:کی\s+)?(?:لسٹ|فہرست)\s+میں(?:\s+(?:ڈالیں|ڈالو|ڈال|شامل\s+کرو|شامل\s+کر|لکھو|لکھ|رکھو|رکھ)(?:\s*(?:دو|دیں|دیجیے))?)?\s*:\s*(.+)$/u.exec(
      text,
    ) ??
    // "Workshop mein add karo: ...", "Ghar list mein daal do: ...": the same in Roman Urdu.
    new RegExp(
      `^(.+?)\\s+(?:list\\s+)?(?:mein|me|main)\\s+(?:add|daal|dal|daalo|dalo|likh|likho|rakh|rakho|shamil)(?:\\s*${ROMAN_DO})?\\s*:\\s*(.+)$`,
      'iu',
    ).exec(text);
  if (m?.[1] && m[2] && urduListName(m[1])) {
    // A Roman Urdu name without the word "list" must be a list the person has.
    const named = urduListName(m[1]) === 'named' && /(?:لسٹ|فہرست|\blist\b)/iu.test(m[0]!);
    return { kind: 'add', text: clean(m[2]), list: clean(m[1]), explicit: named };
  }
  m = /^(.+?)\s+(?:کی\s+)?(?:لسٹ|فہرست)\s+(?:دکھاؤ|دکھا\s+دو|دکھائیں|بتاؤ|بتا\s+دو)$/u.exec(text);
  if (m?.[1] && urduListName(m[1])) {
    return { kind: 'show', list: clean(m[1]), explicit: urduListName(m[1]) === 'named' };
  }
  // "گھر والی لسٹ میں کیا باقی ہے؟", "Ghar list mein kya reh gaya hai?": what is left on a list, asked.
  m =
    /^(.+?)\s+(?:(?:کی|والی|ki|ka|ke|wali)\s+)?(?:لسٹ|فہرست|list)\s+(?:میں|mein|me|main|pe|par)\s+(?:(?:اب|ab|abhi|ابھی)\s+)?(?:کیا|kya)\s+(?:(?:کیا|kya)\s+)?(?:باقی|رہ\s+گیا|بچا|رہتا|پڑا|baqi|baaki|reh\s+gaya|rehta|bacha|para|pending)?\s*(?:(?:ہوا|hua)\s+)?(?:ہے|hai|he)?\s*[?؟]?$/iu.exec(
      clean(text),
    );
  if (m?.[1] && urduListName(m[1].replace(/\s+(?:والی|wali)$/iu, ''))) {
    const list = clean(m[1].replace(/\s+(?:والی|wali)$/iu, ''));
    return { kind: 'show', list, explicit: true };
  }

  // Reading a list said in other words: "is there anything on the home list?", "list everything in
  // my personal list", "what do I still have to do for clients?".
  m =
    /^(?:is\s+there\s+)?anything\s+(?:on|in)\s+(.+)$/iu.exec(text) ??
    /^(?:list|show(?:\s+me)?|give\s+me)\s+(?:everything|all(?:\s+(?:the|my))?(?:\s+tasks)?|(?:the\s+|my\s+)?tasks|what(?:'s|\s+is))\s+(?:on|in|from)\s+(.+)$/iu.exec(
      text,
    );
  if (m?.[1]) {
    const r = withList('show', '', m[1]);
    if (r) return r;
  }
  // "what do I still have to do for clients?", "what's still open in Apiary?", "what is left on Home?".
  m =
    /^what\s+(?:do\s+i|have\s+i)\s+(?:still\s+)?(?:got\s+|have\s+)?(?:to\s+do|left|open)\s+(?:for|on|in)\s+(.+)$/iu.exec(
      text,
    ) ??
    /^what(?:'s|\s+is|\s+are)?\s+(?:still\s+|else\s+)?(?:open|left|pending|remaining|outstanding|unfinished|undone)\s+(?:for|on|in)\s+(.+?)\s*\??$/iu.exec(
      text,
    );
  if (m?.[1]) {
    const r = withList('show', '', m[1]);
    if (r) return r;
  }

  // Making a list.
  m =
    /^(?:please\s+)?(?:can\s+you\s+|could\s+you\s+)?(?:create|make|add|start|set\s+up)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+)?(?:new\s+)?(?:list|project)\s+(called\s+|named\s+|for\s+)?\s*(.+)$/iu.exec(
      text,
    ) ?? /^new\s+(?:list|project)\s*[:-]?\s*()(.+)$/iu.exec(text);
  // "make project report high priority, and ...": a name said without "called" that holds a
  // priority or a second clause is a task's title, not a new list.
  const unnamed = m && !m[1] && /[,;]|\b(?:priority|prio|urgent|due|tomorrow|today)\b/iu.test(m[2] ?? '');
  // "a new list for the allotment": the list is "allotment".
  // "a list called Warranty, the returns keep piling up": the name ends where a remark starts.
  // "a list called Freebies for the pro bono stuff": a purpose after the name ("for the/my ...")
  // is a remark too ("Gifts for Mom" keeps its "for").
  const named = m?.[2]
    ?.split(/[,;]\s+|\.\s+/u)[0]
    ?.replace(m[1] === 'called ' || m[1] === 'named ' ? /\s+for\s+(?:the|my|our|all)\s+.*$/iu : /$^/u, '');
  if (named && !unnamed)
    return {
      kind: 'create',
      name: clean(m![1] === 'for ' ? named.replace(/^(?:the|my|our)\s+/iu, '') : named),
    };
  m =
    /^(.+?)\s+(?:naam|nam)\s+(?:ki|ka)\s+(?:nayi\s+|naye\s+|new\s+)?list\s+(?:banao|bana\s+do|bana\s+dein)$/iu.exec(
      text,
    );
  if (m?.[1]) return { kind: 'create', name: clean(m[1]) };
  m = /^(?:nayi|naya|ek)\s+list\s+(.+?)\s+(?:banao|bana\s+do|bana\s+dein)$/iu.exec(text);
  if (m?.[1]) return { kind: 'create', name: clean(m[1]) };
  // "ek nayi list bana do jiska naam Safar ho", "ایک نئی فہرست بنا دیں جس کا نام رمضان ہو".
  m =
    /^(?:ek\s+|aik\s+)?(?:nayi\s+|naya\s+|new\s+)?list\s+(?:banao|bana\s+do|bana\s+dein|bana\s+den)\s*,?\s*(?:jis\s*ka|jis\s*ki)\s+(?:naam|nam)\s+(.+?)\s+(?:ho|hai|rakho|rakh\s+do|rakh\s+dein)$/iu.exec(
      text,
    ) ??
    /^(?:ایک\s+)?(?:نئی\s+)?(?:فہرست|لسٹ)\s+(?:بناؤ|بنا\s+دو|بنا\s+دیں|بنائیں)\s*،?\s*جس\s+کا\s+نام\s+(.+?)\s+(?:ہو|ہے|رکھو|رکھ\s+دیں)$/u.exec(
      text,
    ) ??
    /^(.+?)\s+(?:نام\s+کی|کے\s+نام\s+سے)\s+(?:ایک\s+)?(?:نئی\s+)?(?:فہرست|لسٹ)\s+(?:بناؤ|بنا\s+دو|بنا\s+دیں|بنائیں)$/u.exec(
      text,
    );
  if (m?.[1]) return { kind: 'create', name: clean(m[1]) };
  // The name after a colon or dash: "nayi list bana do: Safar", "نئی فہرست بنائیں: رمضان".
  m =
    /^(?:ek\s+|aik\s+)?(?:nayi\s+|naya\s+|new\s+)?list\s+(?:banao|bana\s+do|bana\s+dein|bana\s+den)\s*[:\-–]\s*(.+)$/iu.exec(
      text,
    ) ??
    /^(?:ایک\s+)?(?:نئی\s+)?(?:فہرست|لسٹ)\s+(?:بناؤ|بنا\s+دو|بنا\s+دیں|بنائیں)\s*[:\-–]\s*(.+)$/u.exec(text);
  if (m?.[1]) return { kind: 'create', name: clean(m[1]) };
  // The name right after the verb, in a word or three: "nayi list banao Wholesale", "نئی لسٹ بناؤ سفر".
  m =
    /^(?:ek\s+|aik\s+)?(?:nayi|naya|new)\s+list\s+(?:banao|bana\s+do|bana\s+dein|bana\s+den)\s+([^\s,]+(?:\s+[^\s,]+){0,2})$/iu.exec(
      text,
    ) ??
    /^(?:ایک\s+)?نئی\s+(?:فہرست|لسٹ)\s+(?:بناؤ|بنا\s+دو|بنا\s+دیں|بنائیں)\s+([^\s،,]+(?:\s+[^\s،,]+){0,2})$/u.exec(
      text,
    );
  // "... bana do Tournament naam ki": "naam ki" says it is the name; it is no part of it.
  if (m?.[1])
    return {
      kind: 'create',
      name: clean(m[1].replace(/\s+(?:naam|nam|نام)\s+(?:ki|ka|se|کی|کا|سے)$/iu, '')),
    };

  // A new list asked for anywhere in a longer line, its name said with "called", "named", "'X'
  // naam se" or "naam X rakhna": "..., need a separate list for it called Branch 2", "ek nayi list
  // bana do 'Eid Orders' naam ki", "mandi ke kaamon ki alag list bana do, naam Mandi rakhna".
  const newList = newListNamed(text);
  if (newList) return { kind: 'create', name: newList };
  // "I want a separate list for all that setup stuff", "ek alag list bana do": a new list whose name
  // was not said (the name is asked for).
  if (UNNAMED_LIST.some((p) => p.test(text))) return { kind: 'create', name: '' };

  // The lists themselves.
  if (
    /^(?:what|which)\s+lists\b/iu.test(text) ||
    /^(?:show|list|see|view)\s+(?:me\s+)?(?:all\s+)?(?:my|the)\s+lists$/iu.test(text) ||
    /^(?:my\s+lists|lists)$/iu.test(text) ||
    /^(?:meri|mere|sari|saari)\s+lists?\s+(?:dikhao|batao|dikha\s+do|bata\s+do)$/iu.test(text) ||
    /^(?:kaun\s*si|konsi|kon\s+si)\s+lists?\s+(?:hain|hai)$/iu.test(text)
  ) {
    return { kind: 'lists' };
  }

  // Views.
  if (
    /^(?:what(?:'s|\s+is)\s+)?(?:coming\s+up|upcoming)(?:\s+(?:this|next)\s+(?:two\s+weeks|fortnight))?$/iu.test(
      text,
    )
  ) {
    return { kind: 'view', view: 'upcoming' };
  }
  if (
    /^(?:what(?:'s|\s+is)\s+in\s+|show\s+(?:me\s+)?)?(?:my\s+|the\s+)?inbox$/iu.test(text) ||
    /^inbox\s+(?:mein\s+kya\s+hai|dikhao)$/iu.test(text)
  ) {
    return { kind: 'view', view: 'inbox' };
  }

  // A subtask: "add a subtask to the report: charts", "add charts under the report".
  m = /^(?:please\s+)?add\s+(?:a\s+)?sub-?task\s+(?:to|under|for|on)\s+(.+?)\s*[:,–-]\s*(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[1]), title: clean(m[2]) };
  m = /^(?:please\s+)?add\s+(?:a\s+)?sub-?task\s+(.+?)\s+(?:to|under|for|on)\s+(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[2]), title: clean(m[1]) };
  m = /^(?:please\s+)?add\s+(.+?)\s+as\s+a\s+sub-?task\s+of\s+(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[2]), title: clean(m[1]) };
  m = /^(?:please\s+)?add\s+(.+?)\s+under\s+(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: taskName(m[2]), title: clean(m[1]), orList: true };
  m = new RegExp(
    `^(.+?)\\s+(?:mein|me|main)\\s+sub-?task\\s+(.+?)\\s+(?:add|shamil)\\s*${ROMAN_DO}?$`,
    'iu',
  ).exec(text);
  if (m?.[1] && m[2]) return { kind: 'subtask', parent: clean(m[1]), title: clean(m[2]) };

  // Moving: "move the dentist task to personal", "dentist wala task personal mein daal do".
  m = /^(?:please\s+)?move\s+(.+?)\s+(?:to|into|in|onto)\s+(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) {
    const task = taskName(m[1]);
    const list = listName(m[2]);
    // "move X to Health": a name that is no time is a list, and a missing one is worth saying.
    const explicit = list.explicit || !WHEN_WORDS.test(m[2]);
    // "move the report down in priority", "move it up": an order or a priority, not a list.
    const notList = /\s(?:down|up)$/iu.test(m[1]) || /^(?:priority|importance|order)$/iu.test(list.name);
    if (task && list.name && !notList) return { kind: 'move', task, list: list.name, explicit };
  }
  m = new RegExp(
    `^(.+?)\\s+(?:wala|wali|walay|waley)\\s+(?:task|kaam|kam)\\s+(.+?)\\s+(?:list\\s+)?(?:mein|me|main)\\s+(?:move|daal|dal|rakh|bhej)\\s*${ROMAN_DO}?$`,
    'iu',
  ).exec(text);
  if (m?.[1] && m[2]) {
    const list = listName(m[2]);
    return { kind: 'move', task: clean(m[1]), list: list.name, explicit: true };
  }

  // "add to clients: a voice-over script, by saturday": the list first, the task after a colon.
  m = /^(?:please\s+)?(?:add|put)\s+(?:to|on|in|into|onto|under)\s+([^:]{1,40}?)\s*:\s*(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) {
    const r = withList('add', m[2], m[1]);
    if (r) return r;
  }
  // Adding to a list: "add milk to groceries", "put eggs on my shopping list", "stick X in Office".
  m = /^(?:please\s+)?(?:add|put|stick)\s+(.+?)\s+(?:to|on|in|into|onto)\s+(.+)$/iu.exec(text);
  if (m?.[1] && m[2]) {
    const r = withList('add', m[1], m[2]);
    if (r) return r;
  }
  // "groceries mein milk add karo", "groceries list mein doodh daal do".
  m = new RegExp(
    `^(?:meri\\s+|mere\\s+)?(.+?)\\s+((?:ki\\s+|ka\\s+|ke\\s+)?list\\s+)?(?:mein|me|main)\\s+(.+?)\\s+(?:add|daal|dal|shamil|likh)\\s*${ROMAN_DO}?$`,
    'iu',
  ).exec(text);
  if (m?.[1] && m[3]) {
    return {
      kind: 'add',
      text: clean(m[3]).replace(/\s+ko$/iu, ''),
      list: clean(m[1]),
      explicit: Boolean(m[2]),
    };
  }

  // The item first: "rack order karna ko Dukaan list mein daal do" (a task named with "ko" is
  // moved), "Eid ka stock mangwana Dukaan list mein daal do" (anything else is added there).
  m = new RegExp(
    `^(?:meherbani\\s+kar\\s*ke\\s+|please\\s+|zara\\s+)?(.+?)\\s+([\\p{L}\\p{N}_-]+)\\s+list\\s+(?:mein|me|main)\\s+(?:add|daal|dal|shamil|likh|move|rakh)\\s*${ROMAN_DO}?$`,
    'iu',
  ).exec(text);
  if (m?.[1] && m[2]) {
    const item = clean(m[1]);
    const task = /\s+ko$/iu.exec(item);
    // Counted only when such a list exists ("anday lana list mein daal do" has no list "lana").
    if (task) return { kind: 'move', task: item.slice(0, task.index), list: clean(m[2]), explicit: false };
    return { kind: 'add', text: item, list: clean(m[2]), explicit: false };
  }

  // Showing a list: "what's on my work list", "show the groceries list", "work list dikhao".
  m =
    /^(?:what(?:'s|\s+is|\s+do\s+i\s+have)\s+(?:on|in)|what\s+(?:tasks|items)\s+are\s+(?:on|in)|show(?:\s+me)?|list|open|tasks\s+(?:on|in))\s+(.+)$/iu.exec(
      text,
    );
  if (m?.[1]) {
    const list = listName(m[1]);
    if (list.name && !/^(?:tasks?|everything|all)$/iu.test(list.name)) {
      return { kind: 'show', list: list.name, explicit: list.explicit };
    }
  }
  m =
    /^(?:zara\s+)?(?:meri\s+|mera\s+|mere\s+)?(.+?)\s+(?:(?:ki|ka|ke)\s+)?list\s+(?:dikhao|dikha\s+do|dikha\s+dein|dikhana|dikhaiye|dikhayen|dikhaen|batao|bata\s+do|batana|mein\s+kya\s+hai)(?:\s+(?:zara|please|plz|pls|na))?$/iu.exec(
      text,
    );
  if (m?.[1]) return { kind: 'show', list: clean(m[1]), explicit: true };
  return null;
}

const STEP_COUNT =
  /^(?:(?:two|three|four|five|a\s+few|some|these|the\s+following|following|2|3|4|5|do|teen|char|paanch|ye|yeh|دو|تین|چار|پانچ|یہ)\s+)?(?:steps?|sub-?tasks?|items?|things?|cheezen|cheezein|ذیلی\s+کام|کام)\s*[:：–-]\s*/iu;
const QUOTED = /['"“‘]([^'"“”‘’]+?)['"”’](?=\s|,|،|$|\.)/gu;

/**
 * The subtasks a request names: "two steps: 'buy a thermostat' and 'call the gas fitter'" gives two,
 * as does "subtasks bana do: design final karna, printer se rate lena" or "کھجوریں، اور روح افزا"
 * after a count; one title otherwise ("salt and pepper" stays one).
 */
export function subtaskTitles(title: string): string[] {
  const counted = STEP_COUNT.exec(title);
  const rest = counted ? title.slice(counted[0].length) : title;
  const quoted = [...rest.matchAll(QUOTED)].map((q) => q[1]!.trim()).filter(Boolean);
  if (quoted.length >= 2) return quoted;
  if (!counted && !/[,،]/u.test(rest)) return [title];
  const parts = rest
    .split(/\s*[,،]\s*(?:(?:and|aur|اور)\s+)?|\s+(?:and|aur|اور)\s+/u)
    .map((p) => p.replace(/^['"“‘]|['"”’.۔]$/gu, '').trim())
    .filter((p) => p.length > 0);
  // Without a count, only a list of short items is several ("eggs, milk, bread").
  if (!counted && parts.some((p) => p.split(/\s+/u).length > 4)) return [title];
  return parts.length >= 2 && parts.length <= 10 ? parts : [counted ? rest : title];
}

const UNNAMED_LIST = [
  /\b(?:want|need|make|create|start|set\s+up|open)\s+(?:me\s+|us\s+)?(?:a|an|one)\s+(?:new\s+|separate\s+|different\s+|own\s+|fresh\s+)+list(?=\s*(?:$|[.,!;]|(?:for|to|so|where|with|of)\b))/iu,
  /\b(?:alag|nayi|naya|ek\s+alag|ek\s+nayi)\s+list\s+(?:bana|banao|banado|bana\s+do|bana\s+dein|chahiye)(?=\s*(?:$|[.,!،۔]))/iu,
  /(?:الگ|نئی)\s+(?:فہرست|لسٹ)\s+(?:بنا\s+دیں|بنا\s+دو|بناؤ|بنائیں|چاہیے)(?=\s*(?:$|[.,!،۔]))/u,
];
const MAKING =
  /\b(?:make|create|start|need|want|bana|banao|banaen|banayein|chahiye|chahye|chaiye)\b|بنا|بناؤ|بنائیں|چاہیے/iu;
const LIST_SAID = /\blist\b|لسٹ|فہرست/iu;

/** The name a line gives a new list it asks for ("called X", "'X' naam se", "naam X rakhna"), else null. */
function newListNamed(text: string): string | null {
  if (!MAKING.test(text) || !LIST_SAID.test(text)) return null;
  // "... aur dono assignments usmein shift kar do": a request about the new list follows; the split
  // stage reads the line as two.
  if (/\b(?:(?:us|is)\s*(?:me|mein|main)|usmein|ismein|in\s+it|into\s+it)\b|اس\s*میں/iu.test(text))
    return null;
  const name =
    /\blist\b[^.?!]*?\b(?:called|named)\s+["'“‘]?([^"'”’,.;!?]{1,40}?)["'”’]?\s*[.!]*$/iu.exec(text)?.[1] ??
    /(?:^|["'“‘])([^"'”’]{1,40})["'”’]\s+(?:(?:ke|کے)\s+)?(?:naam|nam|نام)\s+(?:se|ki|ka|سے|کی|کا)(?=\s|$|[,،.۔])/iu.exec(
      text,
    )?.[1] ??
    // "'Summer Camp' naam rakh do": the quoted name before "naam rakh do".
    /(?:^|["'“‘])([^"'”’]{1,40})["'”’]\s+(?:naam|nam|نام)\s+(?:rakhna|rakho|rakh\s+do|rakh\s+dein|rakhen|رکھنا|رکھو|رکھ\s+دو|رکھ\s+دیں)(?=\s|$|[,،.۔])/iu.exec(
      text,
    )?.[1] ??
    /(?:^|[\s,،])(?:naam|nam|نام)\s+["'“‘]?([^"'”’,،.]{1,40}?)["'”’]?\s+(?:rakhna|rakho|rakh\s+do|rakh\s+dein|rakhen|رکھنا|رکھو|رکھ\s+دو|رکھ\s+دیں)\b/iu.exec(
      text,
    )?.[1] ??
    // "ek nayi list bana do Tournament naam ki": an unquoted name after the asking, before "naam ki".
    /\b(?:bana\s+do|banao|bana\s+dein|bana\s+den)\s+([^"'”’,،.]{1,40}?)\s+(?:naam|nam)\s+(?:ki|ka|se)\s*[.!]*$/iu.exec(
      text,
    )?.[1];
  const clean = name?.trim();
  return clean && clean.split(/\s+/u).length <= 4 ? clean : null;
}
