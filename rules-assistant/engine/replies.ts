// What the offline assistant says, in English, Urdu and Roman Urdu: one friendly sentence per
// action, numbered lists (so "the second one" can be answered), and short help.

import { PROPOSAL_CONFIRM as CONFIRM, UNDO_CONFIRM } from '#shared/answers.js';
import { describeRuleText, ENGLISH, type RuleWords } from '#shared/recurrence/describe.js';
import { wallClock } from '#shared/time/zone.js';
import { dueWords } from './dates.js';
import type { Lang } from './language.js';
import type { Reminder } from './reminders.js';
import type { Clock } from './when.js';

export interface ShownTask {
  id: number;
  title: string;
  completed: boolean;
  priority?: string;
  due_date?: string | null;
  due_at?: string | null;
}

type Text = Record<Lang, string>;

const q = (title: string) => `"${title}"`;
/** "on Mon 23 Nov", but "today", "yesterday", "this week" alone. */
const onDay = (period: string) => (/^(?:today|yesterday|this week)$/u.test(period) ? period : `on ${period}`);

/**
 * Tasks in date order, as every answer that lists tasks shows them: overdue first (they are the
 * earliest due), then by due moment on the person's clock (a day without a time before that day's
 * timed tasks), undated last; ties keep the tools' order.
 */
export function inDateOrder<T extends ShownTask>(tasks: T[], timeZone: string): T[] {
  const key = (t: ShownTask): number => {
    if (t.due_at) return wallClock(Date.parse(t.due_at), timeZone) + 1;
    if (t.due_date) return Date.parse(`${t.due_date}T00:00:00Z`);
    return Number.POSITIVE_INFINITY;
  };
  return tasks
    .map((t, i) => ({ t, i, k: key(t) }))
    .sort((a, b) => (a.k === b.k ? a.i - b.i : a.k < b.k ? -1 : 1))
    .map(({ t }) => t);
}

export function numbered(tasks: ShownTask[], lang: Lang, clock: Clock): string {
  return tasks
    .map((t, i) => {
      const notes: string[] = [];
      if (t.completed) notes.push(lang === 'ur' ? 'مکمل' : lang === 'roman' ? 'mukammal' : 'done');
      if (t.priority === 'high')
        notes.push(lang === 'ur' ? 'اہم' : lang === 'roman' ? 'zaroori' : 'high priority');
      const due = dueWords(t.due_date, t.due_at, lang, clock);
      if (due) notes.push(`${lang === 'ur' ? 'آخری تاریخ' : lang === 'roman' ? 'due' : 'due'} ${due}`);
      return `${i + 1}. ${t.title}${notes.length > 0 ? ` (${notes.join(lang === 'ur' ? '، ' : ', ')})` : ''}`;
    })
    .join('\n');
}

/** Periods said the same alone and after a number ("ہر ہفتے", "ہر 2 ہفتے"). */
function sameAfterNumbers(day: string, week: string, month: string, year: string): RuleWords['units'] {
  const both = (word: string) => ({ one: word, many: word });
  return { DAILY: both(day), WEEKLY: both(week), MONTHLY: both(month), YEARLY: both(year) };
}

/** The describer's words in each language: it says how often, naming the days of a weekly rule. */
const RULE_WORDS: Record<Lang, RuleWords> = {
  en: { ...ENGLISH, unreadable: 'repeating' },
  ur: {
    every: 'ہر',
    units: sameAfterNumbers('روز', 'ہفتے', 'مہینے', 'سال'),
    days: { MO: 'پیر', TU: 'منگل', WE: 'بدھ', TH: 'جمعرات', FR: 'جمعہ', SA: 'ہفتہ', SU: 'اتوار' },
    separator: '، ',
    unreadable: 'بار بار',
  },
  roman: {
    every: 'har',
    units: sameAfterNumbers('roz', 'hafte', 'mahine', 'saal'),
    days: { MO: 'peer', TU: 'mangal', WE: 'budh', TH: 'jumeraat', FR: 'jumma', SA: 'hafta', SU: 'itwar' },
    separator: ', ',
    unreadable: 'baar baar',
  },
};

/** "every Sunday", "ہر 2 ہفتے", "har roz": how often a rule repeats, in the person's words. */
export function repeatText(rule: string, lang: Lang): string {
  return describeRuleText(rule, { detail: 'days', words: RULE_WORDS[lang] });
}

/** " (due Fri 13 Jun, high priority, every Sunday)": what a new task was given besides its title. */
export function addedText(
  details: {
    due_date: string | null;
    due_at: string | null;
    priority: string | null;
    recurrence?: string | null;
    duration?: number | null;
  },
  lang: Lang,
  clock: Clock,
): string {
  const notes: string[] = [];
  const due = dueWords(details.due_date, details.due_at, lang, clock);
  if (due) notes.push(lang === 'ur' ? `آخری تاریخ ${due}` : `due ${due}`);
  if (details.priority && details.priority !== 'none')
    notes.push(
      lang === 'en'
        ? `${details.priority} priority`
        : lang === 'ur'
          ? `ترجیح ${urduLevel(details.priority)}`
          : `priority ${details.priority}`,
    );
  if (details.recurrence) notes.push(repeatText(details.recurrence, lang));
  if (details.duration) notes.push(lastingText(details.duration, lang));
  return notes.length > 0 ? ` (${notes.join(lang === 'ur' ? '، ' : ', ')})` : '';
}

/** "for 1 h 30 min", "1 گھنٹہ 30 منٹ", "45 minute": how long a task takes. */
function lastingText(minutes: number, lang: Lang): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const [h, m] = lang === 'ur' ? ['گھنٹے', 'منٹ'] : lang === 'en' ? ['h', 'min'] : ['ghante', 'minute'];
  const said = [hours > 0 ? `${hours} ${h}` : '', rest > 0 ? `${rest} ${m}` : ''].filter(Boolean).join(' ');
  return lang === 'en' ? `for ${said}` : lang === 'ur' ? `${said} کے لیے` : `${said} ke liye`;
}

export const say = {
  /** A new task; `list` when it went into a list of that name ("Added X to Groceries."). */
  created: (title: string, extra: string, reminder = '', list?: string): Text => ({
    en: `Added ${q(title)}${extra} to ${list ?? 'your tasks'}${reminder ? `, with ${reminder}` : ''}.`,
    ur: `${q(title)}${extra}${list ? ` (${list} کی فہرست میں)` : ''} آپ کے کاموں میں شامل کر دیا گیا ہے${reminder ? `، ${reminder} کے ساتھ` : ''}۔`,
    roman: `${q(title)}${extra}${list ? ` (${list} list mein)` : ''} aap ke tasks mein shamil kar diya hai${reminder ? `, ${reminder} ke saath` : ''}.`,
  }),
  completed: (title: string): Text => ({
    en: `Nice work! ${q(title)} is marked as done.`,
    ur: `شاباش! ${q(title)} مکمل ہو گیا۔`,
    roman: `Shabash! ${q(title)} mukammal ho gaya.`,
  }),
  deleted: (title: string): Text => ({
    en: `Deleted ${q(title)}.`,
    ur: `${q(title)} حذف کر دیا گیا۔`,
    roman: `${q(title)} delete kar diya gaya.`,
  }),
  updated: (title: string, what: string): Text => ({
    en: `Updated ${q(title)}${what ? `: ${what}` : ''}.`,
    ur: `${q(title)} اپڈیٹ کر دیا گیا${what ? ` (${what})` : ''}۔`,
    roman: `${q(title)} update kar diya${what ? ` (${what})` : ''}.`,
  }),
  reopened: (title: string): Text => ({
    en: `Reopened ${q(title)}; it is pending again.`,
    ur: `${q(title)} دوبارہ کھول دیا گیا، اب یہ باقی ہے۔`,
    roman: `${q(title)} dobara khol diya, ab yeh baqi hai.`,
  }),
  alreadyDone: (title: string): Text => ({
    en: `${q(title)} is already done.`,
    ur: `${q(title)} پہلے ہی مکمل ہے۔`,
    roman: `${q(title)} pehle hi mukammal hai.`,
  }),
  alreadyOpen: (title: string): Text => ({
    en: `${q(title)} is not completed, so there is nothing to reopen.`,
    ur: `${q(title)} ابھی مکمل نہیں ہوا، اسے دوبارہ کھولنے کی ضرورت نہیں۔`,
    roman: `${q(title)} abhi mukammal nahi hua, dobara kholne ki zaroorat nahi.`,
  }),
  skipped: (title: string): Text => ({
    en: `Skipped this occurrence of ${q(title)}; it moves on to the next one.`,
    ur: `${q(title)} کی یہ باری چھوڑ دی گئی، اب یہ اگلی بار پر ہے۔`,
    roman: `${q(title)} ki yeh baari skip kar di, ab yeh agli baar par hai.`,
  }),
  /** A skip said of a time that is not the task's next one ("no standup this friday", standups on Mondays). */
  notThatTime: (title: string, due: string): Text => ({
    en: `The next ${q(title)} is ${due}, not in the time you said, so nothing was skipped. Say "skip ${title}" to skip that one.`,
    ur: `${q(title)} کی اگلی باری ${due} ہے، آپ کے بتائے وقت میں نہیں، اس لیے کچھ نہیں چھوڑا۔`,
    roman: `${q(title)} ki agli baari ${due} hai, aap ke bataye waqt mein nahi, is liye kuch skip nahi kiya.`,
  }),
  notRepeating: (title: string): Text => ({
    en: `${q(title)} doesn't repeat, so nothing changed. Say "make it repeat every week" to give it a rule.`,
    ur: `${q(title)} دہرایا نہیں جاتا، اس لیے کچھ نہیں بدلا۔`,
    roman: `${q(title)} repeat nahi hota, is liye kuch nahi badla.`,
  }),
  askRepeatStart: (title: string): Text => ({
    en: `${q(title)} has no due date, and a repeating task counts from one. When should it first be due?`,
    ur: `${q(title)} کی کوئی آخری تاریخ نہیں، اور دہرائے جانے والے کام کو ایک تاریخ چاہیے۔ یہ پہلی بار کب ہو؟`,
    roman: `${q(title)} ki koi due date nahi, aur repeat hone wale task ko ek date chahiye. Yeh pehli baar kab ho?`,
  }),
  askReminderTask: (words: string): Text => ({
    en: `I couldn't find a task matching ${q(words)}, and a reminder before it needs its due time. Which task do you mean, or when is it due?`,
    ur: `${q(words)} سے ملتا کوئی کام نہیں ملا، اور پہلے کی یاد دہانی کو کام کا وقت چاہیے۔ کون سا کام، یا یہ کب ہے؟`,
    roman: `${q(words)} se milta koi task nahi mila, aur pehle ke reminder ko task ka waqt chahiye. Kaun sa task, ya yeh kab hai?`,
  }),
  toolError: (message: string): Text => ({
    en: `I couldn't do that: ${message}. Say "show my tasks" to see what you have.`,
    ur: `یہ نہیں ہو سکا: ${message}۔ اپنے کام دیکھنے کے لیے لکھیں "میرے کام دکھاؤ"۔`,
    roman: `Yeh nahi ho saka: ${message}. Apne tasks dekhne ke liye likhein "mere tasks dikhao".`,
  }),
  notFound: (words: string): Text => ({
    en: `I couldn't find a task matching ${q(words)}. Say "show my tasks" to see them all.`,
    ur: `${q(words)} سے ملتا کوئی کام نہیں ملا۔ سب کام دیکھنے کے لیے لکھیں "میرے کام دکھاؤ"۔`,
    roman: `${q(words)} se milta koi task nahi mila. Sab dekhne ke liye likhein "mere tasks dikhao".`,
  }),
  /**
   * A reference with the word for all that no task matches and that is not a day's bulk change
   * (stages/bulk.ts): many tasks are meant, so none is guessed; the bulk changes it can make are named.
   */
  manyNotOne: (words: string): Text => ({
    en: `${q(words)} sounds like several tasks, so nothing was changed. I can change every task due on a day at once: for example "move everything due today to tomorrow" or "mark all of today's tasks done".`,
    ur: `${q(words)} سے کئی کام لگتے ہیں، اس لیے کچھ نہیں بدلا۔ میں کسی دن کے سب کام ایک ساتھ بدل سکتا ہوں، مثلاً "آج کے سب کام کل پر کر دو" یا "آج کے سب کام مکمل کر دو"۔`,
    roman: `${q(words)} se kai tasks lagte hain, is liye kuch nahi badla. Main kisi din ke sab tasks ek saath badal sakta hoon, maslan "aaj ke sab tasks kal par kar do" ya "aaj ke sab tasks mukammal kar do".`,
  }),
  /** A guess put as a question: "yes" next turn carries it out (index.ts, pendingQuestion). */
  suggest: (words: string, title: string): Text => ({
    en: `I couldn't find a task matching ${q(words)}. Did you mean ${q(title)}? ${CONFIRM.en}`,
    ur: `${q(words)} سے ملتا کوئی کام نہیں ملا۔ کیا آپ کا مطلب ${q(title)} ہے؟ ${CONFIRM.ur}`,
    roman: `${q(words)} se milta koi task nahi mila. Kya aap ka matlab ${q(title)} hai? ${CONFIRM.roman}`,
  }),
  /** News that shares only a word with one task ("ground is booked for a tournament"): asked, never acted on. */
  partlyMatches: (title: string): Text => ({
    en: `Is this about ${q(title)}? Only part of what you said matches it, so nothing was changed.`,
    ur: `کیا یہ ${q(title)} کی بات ہے؟ آپ کی بات اس سے پوری نہیں ملتی، اس لیے کچھ نہیں بدلا۔`,
    roman: `Kya yeh ${q(title)} ki baat hai? Aap ki baat is se poori nahi milti, is liye kuch nahi badla.`,
  }),
  proposeAdd: (title: string, extra: string, names: string): Text => ({
    en: `Add ${q(title)}${extra} as a new task? ${names} is already open: nothing was changed. ${CONFIRM.en}, or say what to change about ${names}.`,
    ur: `کیا ${q(title)}${extra} نیا کام بنا دوں؟ ${names} پہلے سے ہے: کچھ نہیں بدلا۔ ${CONFIRM.ur}، یا بتائیں ${names} میں کیا بدلنا ہے۔`,
    roman: `Kya ${q(title)}${extra} naya task bana doon? ${names} pehle se hai: kuch nahi badla. ${CONFIRM.roman}, ya batayein ${names} mein kya badalna hai.`,
  }),
  /** A statement that may be news or a to-do: a new task put as a question. */
  proposeStatement: (title: string, extra: string): Text => ({
    en: `Add ${q(title)}${extra} as a new task? Nothing was changed. ${CONFIRM.en}.`,
    ur: `کیا ${q(title)}${extra} نیا کام بنا دوں؟ کچھ نہیں بدلا۔ ${CONFIRM.ur}۔`,
    roman: `Kya ${q(title)}${extra} naya task bana doon? Kuch nahi badla. ${CONFIRM.roman}.`,
  }),
  /** Done news naming one side of a title that joins two things: nothing is completed. */
  partlyDone: (title: string): Text => ({
    en: `Is all of ${q(title)} done, or only part of it? Nothing was changed: say "complete ${title}" if it is all done.`,
    ur: `کیا ${q(title)} پورا ہو گیا یا اس کا کچھ حصہ؟ کچھ نہیں بدلا: سب ہو گیا ہو تو لکھیں "${title} مکمل کرو"۔`,
    roman: `Kya ${q(title)} poora ho gaya ya sirf kuch hissa? Kuch nahi badla: sab ho gaya ho to likhein "${title} mukammal karo".`,
  }),
  /** "finished half of the report": nothing is completed. */
  partDone: (): Text => ({
    en: 'That sounds like only part of it is done, so nothing was changed. Say "complete" and the task when all of it is.',
    ur: 'لگتا ہے ابھی کچھ حصہ ہوا ہے، اس لیے کچھ نہیں بدلا۔ سب ہو جائے تو کام کا نام لکھ کر "مکمل کرو" کہیں۔',
    roman:
      'Lagta hai abhi sirf kuch hissa hua hai, is liye kuch nahi badla. Sab ho jaye to task ka naam likh kar "mukammal karo" kahein.',
  }),
  which: (list: string): Text => ({
    en: `Several tasks match. Which one do you mean?\n${list}`,
    ur: `کئی کام ملتے ہیں۔ آپ کون سا کہہ رہے ہیں؟\n${list}`,
    roman: `Kai tasks milte hain. Aap kaun sa keh rahe hain?\n${list}`,
  }),
  pickFrom: (list: string): Text => ({
    en: `Which task do you mean? Here are your tasks:\n${list}`,
    ur: `کون سا کام؟ یہ رہے آپ کے کام:\n${list}`,
    roman: `Kaun sa task? Yeh rahe aap ke tasks:\n${list}`,
  }),
  /** A new list asked for without its name ("I want a separate list for the setup stuff"). */
  askListName: (): Text => ({
    en: 'What should I call the new list?',
    ur: 'نئی فہرست کا نام کیا رکھوں؟',
    roman: 'Nayi list ka naam kya rakhun?',
  }),
  whichTask: (): Text => ({
    en: 'Which task do you mean? Give its number (like "task 3") or a few words of its title.',
    ur: 'کون سا کام؟ اس کا نمبر (جیسے "ٹاسک 3") یا اس کے نام کے کچھ الفاظ لکھیں۔',
    roman: 'Kaun sa task? Uska number (jaise "task 3") ya naam ke kuch alfaaz likhein.',
  }),
  noPosition: (n: number, count: number): Text => ({
    en: `The last list had ${count} task${count === 1 ? '' : 's'}, so there is no number ${n}. Which one do you mean?`,
    ur: `پچھلی فہرست میں ${count} کام تھے، نمبر ${n} نہیں ہے۔ آپ کون سا کہہ رہے ہیں؟`,
    roman: `Pichli list mein ${count} tasks thay, number ${n} nahi hai. Aap kaun sa keh rahe hain?`,
  }),
  /** A new task whose title kept words the reading did not take (stages/guard.ts): nothing is added. */
  askUnread: (title: string, unread: string, kind: 'date' | 'command'): Text =>
    kind === 'date'
      ? {
          en: `Add ${q(title)}? I could not read the date in ${q(unread)}, so nothing was added. Say the task again with its date (like "on 31 Dec at 9pm").`,
          ur: `کیا ${q(title)} شامل کروں؟ ${q(unread)} میں تاریخ سمجھ نہیں آئی، اس لیے کچھ شامل نہیں کیا۔ کام اس کی تاریخ کے ساتھ دوبارہ لکھیں (جیسے "31 دسمبر کو رات 9 بجے")۔`,
          roman: `${q(title)} add kar doon? ${q(unread)} mein date samajh nahi aayi, is liye kuch add nahi kiya. Task dobara us ki date ke saath likhein (jaise "31 Dec ko raat 9 baje").`,
        }
      : {
          en: `What should I do with ${q(title)}? ${q(unread)} sounds like a request about a list or a task you have, so nothing was added. Which task or list do you mean?`,
          ur: `${q(title)} کا کیا کروں؟ ${q(unread)} کسی فہرست یا پہلے سے موجود کام کی بات لگتی ہے، اس لیے کچھ شامل نہیں کیا۔ کون سا کام یا فہرست؟`,
          roman: `${q(title)} ka kya karoon? ${q(unread)} kisi list ya pehle se maujood task ki baat lagti hai, is liye kuch add nahi kiya. Kaun sa task ya list?`,
        },
  /** A change that would move a task's date although the line said it repeats: nothing is changed. */
  askRepeatUnread: (title: string, unread: string): Text => ({
    en: `How often should ${q(title)} repeat? I could not read ${q(unread)}, so nothing was changed. Say it like "make ${title} repeat every 2 weeks".`,
    ur: `${q(title)} کتنی بار دہرایا جائے؟ ${q(unread)} سمجھ نہیں آیا، اس لیے کچھ نہیں بدلا۔ یوں لکھیں: "${title} ہر دو ہفتے بعد دہراؤ"۔`,
    roman: `${q(title)} kitni baar repeat ho? ${q(unread)} samajh nahi aaya, is liye kuch nahi badla. Aise likhein: "${title} har 2 hafte repeat karo".`,
  }),
  /** A date move whose line holds a date word no reader takes ("monday week"): nothing is changed. */
  askDateUnread: (title: string, unread: string): Text => ({
    en: `When should ${q(title)} be due? I could not read the date in ${q(unread)}, so nothing was changed. Say the day like "on 5 Jan".`,
    ur: `${q(title)} کب ہو؟ ${q(unread)} میں تاریخ سمجھ نہیں آئی، اس لیے کچھ نہیں بدلا۔ دن یوں لکھیں: "5 جنوری کو"۔`,
    roman: `${q(title)} kab ho? ${q(unread)} mein date samajh nahi aayi, is liye kuch nahi badla. Din aise likhein: "5 Jan ko".`,
  }),
  askTitle: (): Text => ({
    en: 'What should the new task say?',
    ur: 'نئے کام کا نام کیا ہو؟',
    roman: 'Naye task ka naam kya ho?',
  }),
  askChange: (title: string | null): Text => ({
    en: `What should I change${title ? ` about ${q(title)}` : ''}? For example "rename it to ..." or "move it to friday".`,
    ur: `${title ? `${q(title)} میں ` : ''}کیا تبدیل کروں؟ مثلاً "اس کا نام بدل کر ... رکھو"۔`,
    roman: `${title ? `${q(title)} mein ` : ''}kya badloon? Maslan "iska naam badal kar ... rakho".`,
  }),
  listed: (list: string, count: number, total: number | null): Text => ({
    en: `${total !== null && total > count ? `Here are ${count} of ${total} tasks` : count === 1 ? 'Here is your task' : `Here are your ${count} tasks`}:\n${list}`,
    ur: `یہ رہے آپ کے ${count} کام:\n${list}`,
    roman: `Yeh rahe aap ke ${count} tasks:\n${list}`,
  }),
  counted: (count: number, pending: number, list: string): Text => ({
    en: `You have ${count} task${count === 1 ? '' : 's'}, ${pending} still pending.${list ? `\n${list}` : ''}`,
    ur: `آپ کے ${count} کام ہیں، ${pending} ابھی باقی ہیں۔${list ? `\n${list}` : ''}`,
    roman: `Aap ke ${count} tasks hain, ${pending} abhi baqi hain.${list ? `\n${list}` : ''}`,
  }),
  empty: (): Text => ({
    en: 'No tasks here. Add one with "add buy milk tomorrow".',
    ur: 'یہاں کوئی کام نہیں۔ نیا کام شامل کرنے کے لیے لکھیں "دودھ خریدنا شامل کرو"۔',
    roman: 'Yahan koi task nahi. Naya task ke liye likhein "doodh lena add karo".',
  }),
  /** "What did I finish today?": the tasks finished then, each with when it was finished. */
  finished: (period: string, count: number, list: string): Text => ({
    en: `You finished ${count === 1 ? '1 task' : `${count} tasks`} ${onDay(period)}:\n${list}`,
    ur: `آپ نے ${period} ${count} کام مکمل کیے:\n${list}`,
    roman: `Aap ne ${period} ${count} task mukammal kiye:\n${list}`,
  }),
  /** Nothing was finished in the stretch asked about. */
  nothingFinished: (period: string): Text => ({
    en: `You haven't finished any task ${onDay(period)}.`,
    ur: `آپ نے ${period} کوئی کام مکمل نہیں کیا۔`,
    roman: `Aap ne ${period} koi task mukammal nahi kiya.`,
  }),
  /** Nothing open is due on the day a question asked about ("anything on tuesday?"). */
  nothingOn: (day: string): Text => {
    // "today", "kal", "آج" take no "on" / "ko" / "کو"; a weekday or a date does.
    const near = /^(?:today|tomorrow|aaj|kal|parson|آج|کل|پرسوں)(?:\s|$)/u.test(day);
    return {
      en: near ? `Nothing is due ${day}.` : `Nothing is due on ${day}.`,
      ur: near ? `${day} کوئی کام نہیں۔` : `${day} کو کوئی کام نہیں۔`,
      roman: near ? `${day} koi task nahi.` : `${day} ko koi task nahi.`,
    };
  },
  declined: (): Text => ({
    en: "OK, I won't change anything.",
    ur: 'ٹھیک ہے، میں کچھ نہیں بدل رہا۔',
    roman: 'Theek hai, main kuch nahi badal raha.',
  }),
  bulk: (): Text => ({
    en: 'I can only change one task at a time, to be safe. Which task do you mean?',
    ur: 'احتیاط کے لیے میں ایک وقت میں ایک ہی کام بدلتا ہوں۔ کون سا کام؟',
    roman: 'Ehtiyat ke liye main ek waqt mein ek hi task badalta hoon. Kaun sa task?',
  }),
  undoNothing: (): Text => ({
    en: 'There is nothing here I can undo.',
    ur: 'یہاں واپس کرنے کو کچھ نہیں۔',
    roman: 'Yahan undo karne ko kuch nahi.',
  }),
  undoDelete: (title: string): Text => ({
    en: `Sorry, ${q(title)} was deleted and cannot be brought back. You can add it again.`,
    ur: `معذرت، ${q(title)} حذف ہو چکا ہے اور واپس نہیں آ سکتا۔ آپ اسے دوبارہ شامل کر سکتے ہیں۔`,
    roman: `Maazrat, ${q(title)} delete ho chuka hai aur wapas nahi aa sakta. Aap isay dobara add kar sakte hain.`,
  }),
  undoAddAsk: (title: string, added: number): Text => ({
    en: `${added > 1 ? `The last change added ${added} tasks; the last of them was ${q(title)}` : `The last change was adding ${q(title)}`}. Undo it by deleting ${q(title)}? ${UNDO_CONFIRM.en}`,
    ur: `${added > 1 ? `آخری تبدیلی میں ${added} کام شامل ہوئے، ان میں آخری ${q(title)} تھا` : `آخری تبدیلی ${q(title)} کا اضافہ تھی`}۔ کیا ${q(title)} حذف کر کے اسے واپس کروں؟ ${UNDO_CONFIRM.ur}`,
    roman: `${added > 1 ? `Aakhri tabdeeli mein ${added} tasks add huay, un mein aakhri ${q(title)} tha` : `Aakhri tabdeeli ${q(title)} add karna thi`}. Kya ${q(title)} delete kar ke isay undo karoon? ${UNDO_CONFIRM.roman}`,
  }),
  undoneAdd: (title: string): Text => ({
    en: `Undone: deleted ${q(title)}, the task I had added.`,
    ur: `واپس کر دیا: میرا شامل کیا ہوا ${q(title)} حذف کر دیا گیا۔`,
    roman: `Undo kar diya: mera add kiya hua ${q(title)} delete kar diya.`,
  }),
  undoneCompletion: (title: string): Text => ({
    en: `Undone: ${q(title)} is no longer done; it is pending again.`,
    ur: `واپس کر دیا: ${q(title)} اب مکمل نہیں، دوبارہ باقی ہے۔`,
    roman: `Undo kar diya: ${q(title)} ab mukammal nahi, dobara baqi hai.`,
  }),
  undoneReopen: (title: string): Text => ({
    en: `Undone: ${q(title)} is marked as done again.`,
    ur: `واپس کر دیا: ${q(title)} دوبارہ مکمل ہے۔`,
    roman: `Undo kar diya: ${q(title)} dobara mukammal hai.`,
  }),
  undoUpdate: (): Text => ({
    en: 'I cannot undo a change; tell me the old value and I will set it back.',
    ur: 'میں تبدیلی واپس نہیں کر سکتا؛ پرانی بات بتائیں تو میں دوبارہ لکھ دوں گا۔',
    roman: 'Main tabdeeli undo nahi kar sakta; purani baat batayein to main dobara set kar doon ga.',
  }),
  greet: (): Text => ({
    en: 'Hi! I can add, list, complete, update and delete your tasks. Try "add call mom tomorrow at 5pm".',
    ur: 'السلام علیکم! میں آپ کے کام شامل، مکمل، تبدیل اور حذف کر سکتا ہوں۔ مثلاً "کل دودھ خریدنا شامل کرو"۔',
    roman:
      'Salam! Main aap ke tasks add, mukammal, update aur delete kar sakta hoon. Maslan "kal doodh lena add karo".',
  }),
  thanks: (): Text => ({
    en: "You're welcome!",
    ur: 'خوشی ہوئی!',
    roman: 'Koi baat nahi!',
  }),
  help: (): Text => ({
    en: 'I manage your tasks. Try: "add buy milk tomorrow #home", "show pending tasks", "what\'s due today", "complete task 3", "rename task 2 to call Ali", "delete the meeting task".',
    ur: 'میں آپ کے کاموں میں مدد کرتا ہوں۔ مثلاً: "دودھ خریدنا شامل کرو"، "میرے کام دکھاؤ"، "ٹاسک 3 مکمل کرو"، "میٹنگ والا کام حذف کرو"۔',
    roman:
      'Main aap ke tasks sambhalta hoon. Maslan: "doodh lena add karo", "mere tasks dikhao", "task 3 mukammal karo", "meeting wala task delete karo".',
  }),
  unknown: (): Text => ({
    en: 'Sorry, I only understand task commands. Try "add buy milk", "show my tasks", "complete task 3" or "delete the meeting task".',
    ur: 'معذرت، میں صرف کاموں سے متعلق باتیں سمجھتا ہوں۔ مثلاً "میرے کام دکھاؤ" یا "ٹاسک 3 مکمل کرو"۔',
    roman:
      'Maazrat, main sirf tasks ki baatein samajhta hoon. Maslan "mere tasks dikhao" ya "task 3 mukammal karo".',
  }),
};

/** "a reminder 15 minutes before", "15 منٹ پہلے یاد دہانی", "kal shaam 5 baje ka reminder". */
export function reminderText(reminders: Reminder[], lang: Lang, clock: Clock): string {
  const each = reminders.map((r) => {
    if ('at' in r) {
      const at = dueWords(null, r.at, lang, clock);
      return lang === 'en' ? `a reminder ${at}` : lang === 'ur' ? `${at} کی یاد دہانی` : `${at} ka reminder`;
    }
    const n = r.minutes_before;
    if (n === 0)
      return lang === 'en'
        ? 'a reminder when it is due'
        : lang === 'ur'
          ? 'وقت پر یاد دہانی'
          : 'waqt par reminder';
    const [count, en, ur, roman] =
      n % 10_080 === 0
        ? [n / 10_080, 'week', 'ہفتہ', 'hafta']
        : n % 1440 === 0
          ? [n / 1440, 'day', 'دن', 'din']
          : n % 60 === 0
            ? [n / 60, 'hour', 'گھنٹہ', 'ghanta']
            : [n, 'minute', 'منٹ', 'minute'];
    const one = en === 'hour' ? 'an hour' : `a ${en}`;
    return lang === 'en'
      ? `a reminder ${count === 1 ? one : `${count} ${en}s`} before`
      : lang === 'ur'
        ? `${count} ${ur} پہلے یاد دہانی`
        : `${count} ${roman} pehle reminder`;
  });
  return each.join(lang === 'en' ? ' and ' : lang === 'ur' ? ' اور ' : ' aur ');
}

const URDU_LEVELS: Record<string, string> = {
  high: 'زیادہ',
  medium: 'درمیانی',
  low: 'کم',
  none: 'کوئی نہیں',
};
/** A priority level in Urdu ("high" is "زیادہ"). */
export const urduLevel = (level: string): string => URDU_LEVELS[level] ?? level;

export function changeText(
  change: {
    title?: string;
    description?: string;
    priority?: string;
    tags?: string[];
    due?: string;
    /** The due date was taken away. */
    noDue?: boolean;
    reminders?: string;
    /** How it repeats now ("every Sunday"); null: it no longer repeats. */
    repeat?: string | null;
  },
  lang: Lang,
): string {
  const parts: string[] = [];
  const en = lang === 'en';
  if (change.title !== undefined) parts.push(en ? `renamed to "${change.title}"` : `"${change.title}"`);
  if (change.description !== undefined)
    parts.push(en ? 'new description' : lang === 'ur' ? 'نئی تفصیل' : 'nayi tafseel');
  if (change.priority !== undefined)
    parts.push(lang === 'ur' ? `ترجیح ${urduLevel(change.priority)}` : `priority ${change.priority}`);
  if (change.tags !== undefined)
    parts.push(change.tags.length > 0 ? `tags ${change.tags.map((t) => `#${t}`).join(' ')}` : 'no tags');
  if (change.due !== undefined)
    parts.push(en ? `due ${change.due}` : lang === 'ur' ? `آخری تاریخ ${change.due}` : `due ${change.due}`);
  if (change.noDue)
    parts.push(en ? 'no due date' : lang === 'ur' ? 'کوئی آخری تاریخ نہیں' : 'koi due date nahi');
  if (change.reminders !== undefined) parts.push(change.reminders);
  if (change.repeat === null)
    parts.push(en ? 'no longer repeats' : lang === 'ur' ? 'اب نہیں دہرایا جائے گا' : 'ab repeat nahi hoga');
  else if (change.repeat !== undefined) parts.push(en ? `repeats ${change.repeat}` : change.repeat);
  return parts.join(', ');
}
