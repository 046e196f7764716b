// Requests about shared lists, in English, Roman Urdu and Urdu: "assign the report to Sara", "what
// did Sara add today", "comment on the report: looks good", "show the comments on the report",
// "who is in Family", "what's assigned to me". Pure: it reads words; the agent finds the task, the
// list and the person through the tools (which decide who may do what).

import { withoutAsking } from './courtesy.js';
import roman from './lang/roman.json' with { type: 'json' };
import ur from './lang/ur.json' with { type: 'json' };

/** Words before "ko" / "کو" that say when, not to whom ("جمعہ کو کر دو" is "do it on Friday"). */
const TIME_NOUNS = new Set([...roman.timeNouns, ...ur.timeNouns].map((w) => w.toLowerCase()));

export type SharingRequest =
  /** `person`: as said ("me" for the speaker); null unassigns. */
  | { kind: 'assign'; task: string; person: string | null }
  | { kind: 'added'; person: string; day: 'today' | 'yesterday' | null }
  | { kind: 'comment'; task: string; body: string }
  | { kind: 'comments'; task: string }
  /** `explicit`: "list", "members" or "access" was said, so a missing list is worth saying so. */
  | { kind: 'members'; list: string; explicit: boolean }
  | { kind: 'mine' }
  /** "Who added the groceries task?" */
  | { kind: 'who-added'; task: string }
  /** "What happened in Family today?": a list's history, or a task's. */
  | { kind: 'history'; name: string; today: boolean };

const clean = (s: string) =>
  s
    .trim()
    .replace(/^["“'‘]+|["”'’]+$/gu, '')
    .replace(/[.?!؟۔]+$/u, '')
    .trim();

/** "the dentist task", "the report one", "report wala task", "رپورٹ والا کام" -> the words naming it. */
const taskName = (raw: string) =>
  clean(raw)
    .replace(/^(?:the|my|that|this)\s+/iu, '')
    .replace(/\s+(?:task|item|one|wala\s+task|wali\s+task|wala\s+kaam|wala|wali|والا\s+کام|والا|کام)$/iu, '')
    .trim();

/** "me", "myself", "mujhe", "مجھے" -> "me"; a name as said otherwise. */
function personName(raw: string): string {
  const said = clean(raw).replace(/^@/u, '');
  if (/^(?:me|myself|mujhe|mujhay|mujh|khud|mere|میرے|مجھے|مجھ|خود)$/iu.test(said)) return 'me';
  return said;
}

const ME = /^(?:me|myself)$/iu;
const ROMAN_DO =
  '(?:karo|kar\\s+do|kardo|kar\\s+dein|kar\\s+den|kar\\s+dena|do|dein|den|dedo|de\\s+do|de\\s+dein)';
const URDU_DO = '(?:کرو|کر\\s+دو|کر\\s+دیں|کریں|دو|دیں|دے\\s+دو|دے\\s+دیں)';

export function readSharingRequest(message: string): SharingRequest | null {
  // "can u assign X to Sara", "could you please share ...": the asking comes off first.
  const text = clean(withoutAsking(message.replace(/\s+/gu, ' ')));
  if (text.length === 0 || text.length > 2100) return null;
  let m: RegExpExecArray | null;

  // Comments: "comment on X: body" (the colon, or "saying", divides the task from the words). The
  // body is kept as written: its lines, spaces and final punctuation.
  const said = message.trim();
  m =
    /^(?:please\s+)?(?:add\s+a\s+|leave\s+a\s+|post\s+a\s+|write\s+a\s+)?(?:comment|reply)\s+(?:on|to|under)\s+(.+?)\s*(?::|\s+saying|\s+that\s+says)\s+([\s\S]+)$/iu.exec(
      said,
    ) ??
    // "let Sara know on the fees task that the challan is in the drawer": a comment for the list.
    /^(?:please\s+)?(?:let\s+\S+\s+know|tell\s+\S+)\s+(?:on|in|under)\s+(.+?)\s+that\s+([\s\S]+)$/iu.exec(
      said,
    ) ??
    /^(.+?)\s+(?:par|pe|per|pay)\s+(?:comment|tabsra|tabsara)\s*(?:karo|kar\s+do|kardo|likho|likh\s+do|karein|kar\s+dein)?\s*(?::|\s(?:ke|ki|k)\s)\s*([\s\S]+)$/iu.exec(
      said,
    ) ??
    /^(.+?)\s+پر\s+(?:تبصرہ|کمنٹ)\s*(?:کرو|کر\s+دو|کریں|کر\s+دیں|لکھو|لکھ\s+دو|لکھیں|لکھ\s+دیں)?\s*(?::|\sکہ\s)\s*([\s\S]+)$/u.exec(
      said,
    );
  if (m?.[1] && m[2]?.trim())
    return { kind: 'comment', task: taskName(m[1].replace(/\s+/gu, ' ')), body: m[2].trim() };

  // Reading comments.
  m =
    /^(?:show|read|list|see|get)\s+(?:me\s+)?(?:the\s+)?comments\s+(?:on|for|of|under)\s+(.+)$/iu.exec(
      text,
    ) ??
    /^what\s+(?:are\s+the\s+comments|did\s+people\s+say|have\s+people\s+said)\s+(?:on|about|under)\s+(.+)$/iu.exec(
      text,
    ) ??
    /^(.+?)\s+(?:ke|ki|par|pe)\s+(?:comments|tabsre|tabsray)\s+(?:dikhao|dikhaein|batao|dikhayen)$/iu.exec(
      text,
    ) ??
    /^(.+?)\s+(?:کے|پر)\s+(?:تبصرے|کمنٹس)\s+(?:دکھاؤ|دکھائیں|بتاؤ|دکھا\s+دو)$/u.exec(text);
  if (m?.[1]) return { kind: 'comments', task: taskName(m[1]) };

  // "What's assigned to me?"
  if (
    /^(?:what(?:'s|\s+is|\s+has\s+been|\s+tasks?\s+(?:are|were|have\s+been))?|which\s+tasks?\s+(?:are|were|have\s+been)|show\s+(?:me\s+)?(?:what(?:'s|\s+is)|(?:the\s+)?tasks?)|list\s+(?:the\s+)?tasks?|anything)\s+assigned\s+to\s+me$/iu.test(
      text,
    ) ||
    /^(?:show|list|what\s+are)\s+(?:me\s+)?my\s+(?:assigned\s+tasks|assignments|tasks\s+assigned\s+to\s+me)$/iu.test(
      text,
    ) ||
    /^(?:my\s+assigned\s+tasks|assigned\s+to\s+me|my\s+assignments)$/iu.test(text) ||
    /^(?:mujhe|mujhay)\s+(?:kya|kaun\s+se\s+(?:tasks?|kaam))\s+(?:assign|diya|diye|de\s+diye)\s*(?:hua|huay|hue|gaya|gaye|gya|kiya\s+gaya|kiye\s+gaye)?\s*(?:hai|hain)?$/iu.test(
      text,
    ) ||
    /^(?:mere|meray)\s+(?:assigned|zimme|zimmay)\s+(?:tasks?|kaam)?\s*(?:dikhao|batao|kya\s+hai|kya\s+hain)?$/iu.test(
      text,
    ) ||
    /^(?:mere|meray)\s+zimm?e\s+kya\s+(?:hai|hain)$/iu.test(text) ||
    /^مجھے\s+(?:کیا|کون\s+سے\s+کام)\s+(?:اسائن|دیا|دیے|سونپا|سونپے)\s*(?:ہوا|گیا|گئے|ہوئے)?\s*(?:ہے|ہیں)?$/u.test(
      text,
    ) ||
    /^میرے\s+ذمے\s+(?:کیا|کون\s+سے\s+کام)\s+(?:ہے|ہیں)$/u.test(text)
  ) {
    return { kind: 'mine' };
  }

  // Assigning: "assign X to Sara", "give X to me", "reassign X to Ali", "unassign X".
  m = /^(?:please\s+)?(?:unassign|un-assign)\s+(.+)$/iu.exec(text);
  if (m?.[1]) return { kind: 'assign', task: taskName(m[1]), person: null };
  // "assign Sara to the groceries task": the person first when the rest names a task.
  m =
    /^(?:please\s+)?(?:re-?assign|assign)\s+(me|myself|[\p{L}][\p{L}'-]*)\s+to\s+(the\s+.+|.+\s+(?:task|one))$/iu.exec(
      text,
    );
  if (m?.[1] && m[2] && !/^(?:the|a|an|this|that|it|my)$/iu.test(m[1]))
    return { kind: 'assign', task: taskName(m[2]), person: personName(m[1]) };
  // A person: "me", an email, or one or two words of a name (never "the teacher").
  const PERSON =
    "(me|myself|(?!(?:the|a|an|my|his|her|our|their|your)\\s)[\\p{L}@][\\p{L}\\p{N}.@'_-]*(?:\\s+[\\p{L}][\\p{L}'-]*)?)";
  m = new RegExp(
    `^(?:please\\s+)?(?:re-?assign|assign|delegate|hand\\s+over)\\s+(.+?)\\s+to\\s+${PERSON}$`,
    'iu',
  ).exec(text);
  if (m?.[1] && m[2] && !TIME_NOUNS.has(m[2].toLowerCase()))
    return { kind: 'assign', task: taskName(m[1]), person: personName(m[2]) };
  // "give X to Sara" is an assignment when X is called a task or Sara is written as a name.
  m = /^(?:please\s+)?give\s+(.+?)\s+to\s+(me|\p{Lu}[\p{L}'-]*|[\p{L}.'_-]+@[\p{L}\p{N}.-]+)$/u.exec(text);
  if (m?.[1] && m[2] && (/\s(?:task|one)$/iu.test(m[1]) || /^[\p{Lu}]|@/u.test(m[2])))
    return { kind: 'assign', task: taskName(m[1]), person: personName(m[2]) };
  m = /^(?:please\s+)?assign\s+(me|[\p{Lu}][\p{L}'-]*)\s+(?:the\s+)?(.+)$/u.exec(text);
  if (m?.[1] && m[2] && !/\s+to\s+/iu.test(m[2]) && (ME.test(m[1]) || /task|one$/iu.test(m[2])))
    return { kind: 'assign', task: taskName(m[2]), person: personName(m[1]) };
  m =
    /^(?:please\s+)?(?:make|let)\s+(me|[\p{Lu}][\p{L}'-]*)\s+(?:responsible\s+for|do|handle|own)\s+(.+)$/u.exec(
      text,
    );
  if (m?.[1] && m[2]) return { kind: 'assign', task: taskName(m[2]), person: personName(m[1]) };
  m = new RegExp(
    `^(.+?)\\s+(mujhe|mujhay|[\\p{L}][\\p{L}'-]*)\\s+(?:ko|ke\\s+zimm?e|ke\\s+naam)\\s+(?:assign\\s+${ROMAN_DO}|assign|saunp\\s+do|sonp\\s+do|saunpo|sonpo|${ROMAN_DO}|laga\\s+do|lagao)$`,
    'iu',
  ).exec(text);
  if (m?.[1] && m[2] && !TIME_NOUNS.has(m[2].toLowerCase()))
    return { kind: 'assign', task: taskName(m[1]), person: personName(m[2]) };
  m = new RegExp(
    `^(.+?)\\s+(mujhe|mujhay)\\s+(?:assign\\s+${ROMAN_DO}|saunp\\s+do|sonp\\s+do|de\\s+do|dedo)$`,
    'iu',
  ).exec(text);
  if (m?.[1]) return { kind: 'assign', task: taskName(m[1]), person: 'me' };
  m = new RegExp(`^(.+?)\\s+مجھے\\s+(?:اسائن\\s+${URDU_DO}|سونپ\\s+(?:دو|دیں)|دے\\s+(?:دو|دیں))$`, 'u').exec(
    text,
  );
  if (m?.[1]) return { kind: 'assign', task: taskName(m[1]), person: 'me' };
  m = new RegExp(
    `^(mujhe|[\\p{L}][\\p{L}'-]*)\\s+ko\\s+(.+?)\\s+(?:assign\\s+${ROMAN_DO}|saunp\\s+do|sonp\\s+do|${ROMAN_DO})$`,
    'iu',
  ).exec(text);
  if (m?.[1] && m[2] && !TIME_NOUNS.has(m[1].toLowerCase()) && /\s(?:wala|wali|task|kaam)$/iu.test(m[2]))
    return { kind: 'assign', task: taskName(m[2]), person: personName(m[1]) };
  m = /^(.+?)\s+(?:(?:se|say)\s+)?(?:assignment|assign)\s+(?:hata|khatam)\s*(?:do|dein|karo)?$/iu.exec(text);
  if (m?.[1]) return { kind: 'assign', task: taskName(m[1]), person: null };
  m = new RegExp(
    `^(.+?)\\s+(مجھے|[\\u0600-\\u06ff]+)\\s+(?:کو|کے\\s+ذمے|کے\\s+نام)\\s+(?:اسائن\\s+${URDU_DO}|سونپ\\s+(?:دو|دیں)|لگا\\s+(?:دو|دیں)|${URDU_DO})$`,
    'u',
  ).exec(text);
  if (m?.[1] && m[2] && !TIME_NOUNS.has(m[2].toLowerCase()))
    return { kind: 'assign', task: taskName(m[1]), person: personName(m[2]) };

  // "What did Sara add today?"
  m =
    /^(?:what|which\s+tasks?)\s+(?:did|has|have)\s+(.+?)\s+(?:add|added|create|created|put\s+in|make|made)(?:\s+(?:to|in)\s+(?:the\s+)?(?:shared\s+)?lists?)?(\s+(?:today|yesterday))?$/iu.exec(
      text,
    ) ??
    /^(?:show|list)\s+(?:me\s+)?(?:what|the\s+tasks?)\s+(.+?)\s+(?:added|created)(\s+(?:today|yesterday))?$/iu.exec(
      text,
    );
  if (m?.[1] && !/^(?:i|you|we)$/iu.test(m[1])) {
    const day = m[2]?.trim().toLowerCase();
    return {
      kind: 'added',
      person: personName(m[1]),
      day: day === 'today' || day === 'yesterday' ? day : null,
    };
  }
  m =
    /^(?:(aaj|kal)\s+)?([\p{L}][\p{L}'-]*)\s+ne\s+(?:(aaj|kal)\s+)?(?:kya|kaun\s+se\s+(?:tasks?|kaam))\s+(?:add|shamil|shaamil|dala|daala|banaya|banaye|likha)\s*(?:kiya|kiye|kia|kie)?\s*(?:hai|hain)?(?:\s+(aaj|kal))?$/iu.exec(
      text,
    ) ??
    /^(?:(آج|کل)\s+)?([\u0600-\u06ff]+)\s+نے\s+(?:(آج|کل)\s+)?(?:کیا|کون\s+سے\s+کام)\s+(?:شامل|ایڈ|ڈالا|ڈالے|بنایا|بنائے|لکھا)\s*(?:کیا|کیے|کئے)?\s*(?:ہے|ہیں)?(?:\s+(آج|کل))?$/u.exec(
      text,
    );
  if (m?.[2]) {
    const said = (m[1] ?? m[3] ?? m[4] ?? '').toLowerCase();
    const day =
      said === 'aaj' || said === 'آج' ? 'today' : said === 'kal' || said === 'کل' ? 'yesterday' : null;
    return { kind: 'added', person: personName(m[2]), day };
  }

  // Who added a task, and what happened in a list (or to a task).
  m =
    /^who\s+(?:added|created|made|put\s+in|wrote)\s+(.+)$/iu.exec(text) ??
    /^(.+?)\s+(?:kis\s+ne|kisne)\s+(?:add|dala|daala|banaya|shamil|shaamil|likha)\s*(?:kiya|kia)?\s*(?:tha|hai)?$/iu.exec(
      text,
    ) ??
    /^(.+?)\s+کس\s+نے\s+(?:شامل|ڈالا|بنایا|لکھا)\s*(?:کیا)?\s*(?:تھا|ہے)?$/u.exec(text);
  if (m?.[1]) return { kind: 'who-added', task: taskName(m[1]) };
  m =
    /^what\s+(?:happened|changed|has\s+changed|was\s+done)\s+(?:in|on|to)\s+(.+?)(\s+today)?$/iu.exec(text) ??
    /^(?:show|list|see)\s+(?:me\s+)?(?:the\s+)?(?:history|activity|changes)\s+(?:of|for|in|on)\s+(.+?)(\s+today)?$/iu.exec(
      text,
    ) ??
    /^(.+?)\s+(?:ki|ka|ke)\s+(?:history|activity|tabdeeliyan)\s+(?:dikhao|batao|dikhaein)()$/iu.exec(text) ??
    /^(.+?)\s+(?:mein|main|me)\s+(aaj\s+)?kya\s+(?:hua|badla|huwa)(?:\s+hai)?$/iu.exec(text) ??
    /^(.+?)\s+کی\s+(?:سرگرمی|ہسٹری|تاریخچہ)\s+(?:دکھاؤ|دکھائیں|بتاؤ)()$/u.exec(text) ??
    /^(.+?)\s+میں\s+(آج\s+)?کیا\s+(?:ہوا|بدلا)(?:\s+ہے)?$/u.exec(text);
  if (m?.[1]) {
    const name = clean(m[1])
      .replace(/^(?:my|the|our|meri|mera|میری|ہماری)\s+/iu, '')
      .replace(/\s+(?:list|lists|لسٹ|فہرست)$/iu, '')
      .trim();
    if (
      name &&
      !/^(?:it|this|that|there|here|the\s+world|tasks?|to-?dos?|everything|all|all\s+tasks|my\s+tasks)$/iu.test(
        name,
      )
    )
      return { kind: 'history', name, today: Boolean(m[2]?.trim()) };
  }

  // The people of a list.
  m =
    /^(?:who\s+has\s+access\s+to|who\s+can\s+see|who\s+(?:is|are)\s+the\s+members\s+of|who\s+shares|who(?:'s|\s+is|\s+are|\s+all\s+are|\s+else\s+is)?)\s+(?:in\s+|on\s+|the\s+members\s+of\s+)?(.+?)(?:\s+shared\s+with)?$/iu.exec(
      text,
    ) ??
    /^(?:show|list)\s+(?:me\s+)?(?:the\s+)?(?:members|people)\s+(?:of|in|on)\s+(.+)$/iu.exec(text) ??
    /^(?:members|people)\s+(?:of|in)\s+(.+)$/iu.exec(text) ??
    /^(.+?)\s+(?:mein|main|me)\s+(?:kaun|kon)(?:\s+(?:kaun|kon))?\s+(?:hai|hain|he)$/iu.exec(text) ??
    /^(.+?)\s+(?:kis\s+kis|kis)\s+ke\s+sath\s+share\s+(?:hai|hui\s+hai|ki\s+hai)$/iu.exec(text) ??
    /^(.+?)\s+(?:ke|ki)\s+(?:members|log)\s+(?:kaun|kon)\s+(?:hai|hain)$/iu.exec(text) ??
    /^(.+?)\s+میں\s+کون(?:\s+کون)?\s+(?:ہے|ہیں)$/u.exec(text) ??
    /^(.+?)\s+کے\s+(?:ممبر|ارکان|لوگ)\s+کون\s+(?:ہے|ہیں)$/u.exec(text);
  if (m?.[1]) {
    const explicit =
      /\b(?:list|lists|project|members?|people|access|share[ds]?|kaun\s+kaun)\b|لسٹ|فہرست|ممبر|ارکان|کون\s+کون/iu.test(
        text,
      );
    const raw = clean(m[1])
      .replace(/^(?:my|the|our|meri|mera|میری|ہماری)\s+/iu, '')
      .replace(/\s+(?:list|project|lists|لسٹ|فہرست)$/iu, '')
      .replace(/\s+(?:ki|ka|کی|کا)$/iu, '')
      .trim();
    // "who is in charge", "who is there": not a list unless the agent finds one of that name.
    if (raw && !/^(?:it|this|that|there|here|charge|me|you)$/iu.test(raw))
      return { kind: 'members', list: raw, explicit };
  }
  return null;
}
