// Text handling for the offline assistant: normalising English, Urdu script and Roman Urdu,
// telling which of the three a message is in, and forgiving typos in command words.

import roman from './lang/roman.json' with { type: 'json' };

export type Lang = 'en' | 'ur' | 'roman';

const URDU_LETTER = /[\u0600-\u06ff]/u;
// Harakat, superscript alef and tatweel carry no meaning for matching.
const URDU_MARKS = /[\u064b-\u065f\u0670\u0640]/gu;

/** One spelling per Urdu letter (Arabic and Persian code points typed by different keyboards). */
function urduLetters(text: string): string {
  return text
    .replace(URDU_MARKS, '')
    .replace(/[يى]/gu, 'ی')
    .replace(/ك/gu, 'ک')
    .replace(/[ەۃ]/gu, 'ہ')
    .replace(/[ۀ]/gu, 'ۂ')
    .replace(/[۰-۹]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** NFC, one Urdu spelling, ASCII digits and apostrophes, Urdu punctuation as Latin, spaces collapsed. */
export function cleanText(text: string): string {
  return urduLetters(text.normalize('NFC'))
    .replace(/[‘’`]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/؟/gu, '?')
    .replace(/۔/gu, '.')
    .replace(/،/gu, ',')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Lower case words without surrounding punctuation (keeps # and inner apostrophes). */
export function words(text: string): string[] {
  return cleanText(text)
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

// Day names ("jumma ko", "somwar tak") are Roman Urdu wherever they stand.
const ROMAN_STRONG = new Set<string>([...roman.detectWords, ...roman.dayNames]);
// Words that are also English (or too short to count alone): they only count next to a strong one.
const ROMAN_WEAK = new Set<string>(roman.detectWeak);

export function detectLanguage(text: string): Lang {
  const clean = cleanText(text);
  const letters = [...clean].filter((c) => /\p{L}/u.test(c));
  const urdu = letters.filter((c) => URDU_LETTER.test(c)).length;
  if (urdu > 0 && urdu * 2 >= letters.length) return 'ur';
  let strong = 0;
  let weak = 0;
  for (const w of words(clean)) {
    if (!ROMAN_STRONG.has(w)) continue;
    if (ROMAN_WEAK.has(w)) weak += 1;
    else strong += 1;
  }
  return strong >= 1 || weak >= 3 ? 'roman' : 'en';
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** The vocabulary word `word` was meant to be, when it is one typo (two for long words) away from only one. */
export function closest(word: string, vocabulary: Iterable<string>): string | null {
  const budget = typoBudget(word.length);
  if (budget === 0) return null;
  let best: string | null = null;
  let bestDistance = budget + 1;
  let tie = false;
  for (const candidate of vocabulary) {
    if (candidate.length < 4) continue;
    const d = editDistance(word, candidate, budget);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = tie || candidate !== best;
  }
  return bestDistance <= budget && !tie ? best : null;
}

const ORDINALS = new Map<string, number>([
  ['first', 0],
  ['1st', 0],
  ['second', 1],
  ['2nd', 1],
  ['third', 2],
  ['3rd', 2],
  ['fourth', 3],
  ['4th', 3],
  ['fifth', 4],
  ['5th', 4],
  ['sixth', 5],
  ['6th', 5],
  ['seventh', 6],
  ['7th', 6],
  ['eighth', 7],
  ['8th', 7],
  ['ninth', 8],
  ['9th', 8],
  ['tenth', 9],
  ['10th', 9],
  ['last', -1],
  ['pehla', 0],
  ['pehli', 0],
  ['pehlay', 0],
  ['pehle', 0],
  ['pehla', 0],
  ['dusra', 1],
  ['doosra', 1],
  ['dusri', 1],
  ['doosri', 1],
  ['dusre', 1],
  ['doosre', 1],
  ['teesra', 2],
  ['tisra', 2],
  ['teesri', 2],
  ['teesre', 2],
  ['chotha', 3],
  ['chautha', 3],
  ['chothi', 3],
  ['akhri', -1],
  ['aakhri', -1],
  ['پہلا', 0],
  ['پہلی', 0],
  ['پہلے', 0],
  ['دوسرا', 1],
  ['دوسری', 1],
  ['دوسرے', 1],
  ['تیسرا', 2],
  ['تیسری', 2],
  ['تیسرے', 2],
  ['چوتھا', 3],
  ['چوتھی', 3],
  ['چوتھے', 3],
  ['پانچواں', 4],
  ['پانچویں', 4],
  ['آخری', -1],
]);

/** A position word ("second", "2nd", "دوسرا", "akhri") as a 0-based index, -1 for the last. */
export function ordinalOf(word: string): number | null {
  return ORDINALS.get(word) ?? null;
}

const IRREGULAR = new Map<string, string>([
  ['paid', 'pay'],
  ['sent', 'send'],
  ['bought', 'buy'],
  ['did', 'do'],
  ['done', 'do'],
  ['made', 'make'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['went', 'go'],
  ['got', 'get'],
  ['took', 'take'],
  ['gave', 'give'],
  ['met', 'meet'],
  ['spoke', 'speak'],
  ['told', 'tell'],
  ['brought', 'bring'],
  ['sold', 'sell'],
  ['found', 'find'],
  ['ran', 'run'],
  ['ate', 'eat'],
  ['drove', 'drive'],
  ['fed', 'feed'],
  ['built', 'build'],
  ['kept', 'keep'],
  ['taught', 'teach'],
  ['caught', 'catch'],
  ['hung', 'hang'],
  ['swept', 'sweep'],
]);

/** A rough English stem so "booking", "booked" and "book", or "paid" and "pay", meet. */
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  let s = w;
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ied')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  // "running" -> "runn" -> "run", "submitted" -> "submitt" -> "submit".
  if (s !== w && s.length > 3 && s.at(-1) === s.at(-2) && !/[aeiouls]/u.test(s.at(-1)!)) s = s.slice(0, -1);
  return s;
}

/**
 * An Urdu noun or adjective without its number and case ending: "کپڑوں", "کپڑے" and "کپڑا" are all
 * "کپڑ"; "کتابیں" and "کتاب" are "کتاب"; "کمرے" and "کمرہ" are "کمر". Other words are returned as they are.
 */
export function urduStem(word: string): string {
  if (!/^[\u0600-\u06ff]+$/u.test(word)) return word;
  const ending = /(?:یوں|وں|یں|ئیں|ے|ا|ی|ہ)$/u.exec(word);
  if (!ending || word.length - ending[0].length < 2) return word;
  return word.slice(0, word.length - ending[0].length);
}

/** The forms of the everyday Urdu and Roman Urdu verbs, each to one lemma: "دے دیا" and "دینا" both give. */
const VERB_FORMS: [string, string[]][] = [
  ['دے', ['دے', 'دیا', 'دیے', 'دیئے', 'دیں', 'دینا', 'دینی', 'دینے', 'دیجیے', 'دیجئے', 'دوں']],
  ['کر', ['کر', 'کیا', 'کیے', 'کئے', 'کریں', 'کرنا', 'کرنی', 'کرنے', 'کرو', 'کرے', 'کرلیا']],
  ['لے', ['لے', 'لیا', 'لیں', 'لینا', 'لینی', 'لینے', 'لو', 'لیجیے']],
  ['جا', ['جا', 'گیا', 'گئی', 'گئے', 'جانا', 'جانی', 'جانے', 'جاؤ', 'جائیں']],
  ['de', ['de', 'diya', 'dia', 'diye', 'dena', 'deni', 'dene', 'dein', 'dijiye']],
  ['kar', ['kar', 'kiya', 'kia', 'kiye', 'karna', 'karni', 'karne', 'karo', 'karein', 'kro', 'krna']],
  ['le', ['le', 'liya', 'lia', 'lena', 'leni', 'lene', 'lein', 'lo']],
  ['ja', ['ja', 'gaya', 'gya', 'gayi', 'gaye', 'jana', 'jani', 'jane', 'jao']],
];
const LEMMAS = new Map(VERB_FORMS.flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)));

/** The lemma of an everyday Urdu or Roman Urdu verb form ("دیا" -> "دے", "karna" -> "kar"), else null. */
export function verbLemma(word: string): string | null {
  return LEMMAS.get(word) ?? null;
}

/** Whether a word someone typed names a word of a title: same stem, one a prefix of the other, or a typo away. */
/** A Latin-letter word without a Roman Urdu inflection ("kapron", "kapray" -> "kapr"); null when short. */
function romanStem(word: string): string | null {
  if (!/^[a-z]{5,}$/u.test(word)) return null;
  return word.replace(/(?:on|ein|en|ay|ey|iyan|yan|e|a|i|o)$/u, '');
}

/**
 * Two forms of one word, strictly: the same stem, verb lemma or inflected noun, or a typo of the
 * whole word; never a prefix ("electrician" is not "electricity", "rent" not "renew").
 */
/** Two forms of one word ("picked" and "pick", "kapron" and "kapray"), never a typo of another. */
export function sameForm(typed: string, titleWord: string): boolean {
  if (typed === titleWord) return true;
  const lemma = verbLemma(typed);
  if (lemma !== null && lemma === verbLemma(titleWord)) return true;
  if (URDU_LETTER.test(typed) && urduStem(typed) === urduStem(titleWord)) return true;
  if (stemWord(typed) === stemWord(titleWord)) return true;
  return romanStem(typed) !== null && romanStem(typed) === romanStem(titleWord);
}

export function sameWord(typed: string, titleWord: string): boolean {
  if (sameForm(typed, titleWord)) return true;
  // "cancellation" and "cancel": one word whole at the start of the other, five letters or more.
  const [short, long] = typed.length <= titleWord.length ? [typed, titleWord] : [titleWord, typed];
  if (short.length >= 5 && long.startsWith(short)) return true;
  const budget = typoBudget(typed.length);
  return budget > 0 && typed[0] === titleWord[0] && editDistance(typed, titleWord, budget) <= budget;
}

export function wordsMeet(typed: string, titleWord: string): boolean {
  if (typed === titleWord) return true;
  // "the 305 midterms" names "Grade ECON-305 midterm papers": a number said names a number in a code.
  if (/^\d+$/u.test(typed) && titleWord.split(/[-/_.]/u).includes(typed)) return true;
  // "آرڈر دے دیا" names "آرڈر دینا": forms of one verb.
  const lemma = verbLemma(typed);
  if (lemma !== null && lemma === verbLemma(titleWord)) return true;
  // Urdu inflects by ending: the oblique plural "کپڑوں" names "کپڑے" in a title.
  if (URDU_LETTER.test(typed) && urduStem(typed) === urduStem(titleWord)) return true;
  const a = stemWord(typed);
  const b = stemWord(titleWord);
  if (a === b) return true;
  // Roman Urdu inflects by ending too: "kapron" names "kapray", "dawai" names "dawaiyan".
  if (romanStem(typed) !== null && romanStem(typed) === romanStem(titleWord)) return true;
  // A typed prefix of a title word, as search does ("pay" for "payment"); the other way only for real stems.
  if (a.length >= 3 && b.startsWith(a)) return true;
  if (b.length >= 4 && a.startsWith(b) && a.length - b.length <= 3) return true;
  const budget = typoBudget(typed.length);
  return (
    budget > 0 &&
    (editDistance(typed, titleWord, budget) <= budget ||
      editDistance(typed, titleWord.slice(0, typed.length), budget) <= budget)
  );
}
