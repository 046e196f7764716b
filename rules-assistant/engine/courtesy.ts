// Courtesy and chat around a request ("could you please ...?", "... for me, thanks", "براہ کرم")
// say nothing about the task, so they come off before the message is read; otherwise they leak
// into titles and into the words used to find a task.

const LEAD_WORDS =
  /^(?:(?:hey|hi|hello|ok|okay|so|um+|uh+|well|oh|yo|please|pls|plz|kindly|and|also|alright|right|actually|wait|oops|hmm+|now)[,!.]?\s+)+/iu;
/** A person addressed first ("بیٹا، عینک والا کام ...", "beta, ..."): no word of the task. */
const ADDRESSED = /^(?:beta|bete|bhai|yaar|yar|jaan|بیٹا|بیٹے|بیٹی|بھائی|یار)\s*[،,]\s*/iu;
const ASKING = new RegExp(
  '^(?:' +
    [
      '(?:would|do)\\s+you\\s+mind\\s+',
      '(?:can|could|would|will)\\s+(?:you|u)\\s+(?:please\\s+|kindly\\s+|just\\s+|maybe\\s+|quickly\\s+)*',
      "i'?d\\s+like\\s+you\\s+to\\s+",
      'i\\s+would\\s+like\\s+you\\s+to\\s+',
      'i\\s+want\\s+you\\s+to\\s+',
      'i\\s+need\\s+you\\s+to\\s+',
      '(?:can|could|may)\\s+i\\s+(?:please\\s+)?ask\\s+you\\s+to\\s+',
      'help\\s+me\\s+(?=add|create|delete|remove|complete|finish|mark|change|update|move)',
      'go\\s+ahead\\s+and\\s+',
    ].join('|') +
    ')',
  'iu',
);
const TRAIL =
  /(?:[,\s]+(?:please|pls|plz|thanks?(?:\s+(?:a\s+lot|so\s+much))?|thank\s+you(?:\s+(?:so\s+much|very\s+much))?|thx|ty|for\s+me|if\s+you\s+(?:can|could|don'?t\s+mind)|if\s+possible|when\s+you\s+(?:can|get\s+a\s+chance)|shukriya|meherbani))+\s*[.!?]*$/iu;
const ANYWHERE = /(?:^|\s)(?:please|pls|plz|kindly)(?=\s|,|$)/giu;
const URDU_COURTESY =
  /(?:^|\s)(?:براہ کرم|برائے مہربانی|مہربانی کر کے|مہربانی کرکے|مہربانی|پلیز|ذرا|meherbani kar ?ke|meharbani kar ?ke)(?=\s|,|$)/gu;

/**
 * The message without its greeting and asking at the head ("can u", "please", "ok so"), nothing
 * else changed: for readers that keep the rest as written (sharing requests, comments).
 */
export function withoutAsking(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const before = out;
    out = out.replace(LEAD_WORDS, '').replace(ASKING, '');
    if (out === before) break;
  }
  return out;
}

/** A sigh or an exclamation first ("ugh", "uff yaar", "phew", "ارے"): no word of the task. */
const EXCLAIMED = /^(?:(?:ugh+|argh+|oof|oh\s+no|oh\s+god|omg|phew|damn|dang|arr?e+y?|ارے|اوہو)[,!.]*\s+)+/iu;

/** The message without the person it addresses first ("بیٹا، ...", "beta, ...") or a sigh before it ("ugh"). */
export const withoutAddress = (text: string): string => text.replace(EXCLAIMED, '').replace(ADDRESSED, '');

/** Gerunds after "would you mind": "adding" -> "add", "deleting" -> "delete". */
function plainVerb(word: string, known: (w: string) => boolean): string {
  const lower = word.toLowerCase();
  if (!lower.endsWith('ing') || lower.length < 6) return word;
  const base = lower.slice(0, -3);
  for (const candidate of [base, `${base}e`, base.slice(0, -1)]) if (known(candidate)) return candidate;
  return word;
}

/** The request without its wrapping: leading greetings and "could you", trailing thanks, "?" and "!". */
export function withoutCourtesy(text: string, isVerb: (w: string) => boolean): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const before = out;
    out = out.replace(ADDRESSED, '').replace(LEAD_WORDS, '').replace(ASKING, '').replace(TRAIL, '');
    if (out === before) break;
  }
  out = out
    .replace(ANYWHERE, ' ')
    .replace(URDU_COURTESY, ' ')
    .replace(/\s*[?!]+(?=\s|$)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // "remember: dentist on friday", "change the note to: call back": a colon after a lead word.
  out = out.replace(/^([\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s*:\s+/u, (m, lead: string) =>
    // "new: X" keeps its colon: "new" leads a task only before a colon or a word for a task.
    lead.split(' ').some((w) => isVerb(w.toLowerCase())) && lead.toLowerCase() !== 'new' ? `${lead} ` : m,
  );
  out = out.replace(/\s(to|as|into|saying)\s*:\s+/giu, ' $1 ');
  const first = out.split(' ')[0] ?? '';
  const plain = plainVerb(first, isVerb);
  if (plain !== first) out = `${plain}${out.slice(first.length)}`;
  return out.replace(/[,.;:\s]+$/u, '').trim() || text;
}
