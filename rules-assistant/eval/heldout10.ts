// A tenth held-out set for the built-in assistant, written blind and sealed until its one run (below).
// How it was written: blind to the assistant. Read: README.md, server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and
// fixtures are used, how held-out sets are registered), rules-assistant/eval/db-tools.ts, the first 75 lines of
// rules-assistant/eval/utterances.ts (types, FIXTURES), the first 60 lines of rules-assistant/eval/heldout7.ts and the first 40 of
// rules-assistant/eval/heldout9.ts (format and header). Also seen: directory listings, `git log --oneline` subjects,
// and the two `export const` lines of heldout7.ts / heldout9.ts (from a grep for the export names;
// no case of theirs). Not opened: anything under rules-assistant/engine/, docs/assistant.md,
// test/assistant*.test.ts, rules-assistant/eval/intent-data.ts, rules-assistant/eval/intent-split.ts, the rest of utterances.ts or
// of any held-out set. The assistant was never run on these cases; only the file's loading, its
// type check and its own reply regexes (against hand-written replies) were checked.
// Style: what people type into a phone: lowercase, typos (tmrw, remaind, finsihed, prio), slang and
// abbreviations (pls, lol, rn, bday, hrs), statements with no command word ("dentist on the 14th at
// 3", "kal subah doodh lana hai", "پرسوں شام چھ بجے بل جمع کرانا ہے"), long sentences with context,
// several requests in one message (English "and" / "also" / "then", Urdu اور / پھر, Roman "aur" /
// "phir"), relative dates and times, repeats, reminders, edits, done / not done without the words
// complete or reopen, deletes, questions, two-similar-task clashes and destructive or vague
// requests (right outcome: ask), small talk (no tool at all). No case has an earlier turn.
// Four fixtures of its own: OFFICE and HOME (English titles), GHAR (Urdu-script titles), MIXED
// (Roman Urdu / English titles); plus the shared 'empty'. Urdu-script cases use GHAR or 'empty'
// only, so a reply that shows titles stays in the script the judge expects.
// Clock (its own, not the shared EVAL_NOW): Friday 2025-10-24 19:30 Asia/Karachi (UTC+5, no DST)
// = 2025-10-24T14:30:00.000Z, exported as HELDOUT10_NOW / HELDOUT10_ZONE. run.ts runs every set at
// EVAL_NOW today, so this set must be run with runEval's setup given HELDOUT10_NOW and the zone
// (and, on the real tools, a database opened with openEvalDatabase(HELDOUT10_NOW)).
//   today / tonight = Fri 10-24; "in 2 hours" = 21:30 = 2025-10-24T16:30:00.000Z;
//   tomorrow (kal) = Sat 10-25; day after tomorrow (parson) = Sun 10-26; the weekend = Sat 10-25 and
//   Sun 10-26; (next) Monday (somwar, پیر) = 10-27, Tuesday 10-28, Wednesday 10-29, Thursday
//   (jumeraat) 10-30; end of the month = Fri 10-31; the 1st = Sat 11-01; the 3rd = Mon 11-03; the
//   5th = Wed 11-05; the 14th = Fri 11-14; next week = Mon 10-27 to Sun 11-02.
//   Clock times: tomorrow 5pm = 2025-10-25T12:00:00.000Z, tomorrow 11am = 06:00Z, Monday 10am =
//   2025-10-27T05:00:00.000Z, Monday 3pm = 10:00Z, Monday 7am = 02:00Z, the 14th at 3 (pm) =
//   2025-11-14T10:00:00.000Z; times are written as UTC ISO with ms.
// Judging conventions (those of sets 7 and 9): a plain add (title, maybe a note) expects add_task;
// an add with a due moment, priority, tags, recurrence or reminder expects add_task_details. All-day
// dates are due_date, a clock time is due_at. Titles are listed only where the natural title is
// clear; recurrence RRULEs, reminders and free-text notes are '*' (present). "remind me" expects
// reminders (a due moment alone is not a reminder). A repeat's first occurrence is listed where only
// one is sensible (e.g. "every other tuesday" from a Friday: 10-28), else left out. A part of the
// day without a clock time ("kal subah") is judged only as a dated add: add_task_details, its due
// field unlisted (due_date or a morning due_at are both fair). Tags are the whole list (tasks being
// tagged have none). Reads are judged by reply regexes (titles that must / must not appear, as
// lookaheads), never by a particular read tool; completed tasks must not appear in today / due /
// overdue / "still to do" answers; tasks overdue are left unjudged in "today" answers and in
// "next week" answers. Cases whose right outcome is to ask expect a question and no change; where
// two similar tasks clash, the question must name both.
// 120 utterances: 66 English, 30 Urdu script, 24 Roman Urdu.
// By intent (en/ur/roman): add 24 (14/6/4; 13 of them statements with no command word, 3 the
// bare task as an imperative, 8 with "add" / "new task" / "put ... on my list" / ٹاسک ڈالو / نیا کام /
// "add karo"), repeat 9 (5/2/2), remind 7 (4/2/1), complete 9 (5/2/2), reopen 5 (3/1/1), delete 5
// (3/1/1), update 6 (3/2/1), describe 5 (3/1/1), priority 5 (3/1/1), tags 4 (2/1/1), due 8
// (4/2/2), list/question 14 (list 8: 5/1/2, search 2: 2/0/0, question 4: 1/3/0), multi 8 (4/2/2),
// ask 7 (3/2/2), unknown 4 (2/1/1).
// Its one blind run (2026-11-23, commit 554b073: issue 18's staged assistant after its second round,
// the real tools on PGlite, at the set's own clock): 78/120 (65.0%); English 41/66 (62.1%, 4 wrong
// changes = 6.1%), Urdu 22/30 (73.3%, 2 wrong = 6.7%), Roman Urdu 15/24 (62.5%, 4 wrong = 16.7%).
// By intent: add 18/24, repeat 5/9, remind 7/7, complete 5/9, reopen 4/5, delete 5/5, update 3/6,
// describe 3/5, priority 0/5, tags 2/4, due 4/8, list 6/8, search 2/2, question 2/4, multi 4/8,
// ask 4/7, unknown 4/4. The same code scored 97/110 on set 9 and 88/100 on set 8 after working on
// their misses: the gap is what tuning to seen sets hides. The issue's bar (85%, at most 1% wrong
// changes, per language) is not met. Since that run the set is regression data, no longer blind.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT10_NOW = new Date('2025-10-24T14:30:00.000Z'); // Friday, 19:30 in Karachi
export const HELDOUT10_ZONE = 'Asia/Karachi';

const OFFICE: FixtureTask[] = [
  { id: 1, title: 'Quarterly sales report', priority: 'high', tags: ['work'], due_date: '2025-10-27' },
  { id: 2, title: 'Send invoice to Rahim', due_date: '2025-10-22' },
  { id: 3, title: 'Send invoice to Kamran', due_date: '2025-10-28' },
  { id: 4, title: 'Book flights for Dubai trip', due_date: '2025-11-05' },
  { id: 5, title: 'Team standup notes', completed: true },
  { id: 6, title: 'Renew office internet', priority: 'medium', due_date: '2025-10-24' },
  { id: 7, title: 'Client call with Nadia', due_at: '2025-10-27T06:00:00.000Z' },
  { id: 8, title: 'Update LinkedIn profile' },
  { id: 9, title: 'Prepare pitch deck', tags: ['work'], due_date: '2025-10-29' },
  { id: 10, title: 'Submit expense claims', completed: true, due_date: '2025-10-20' },
  { id: 11, title: 'Review contract draft', priority: 'high', due_date: '2025-10-21' },
];

const HOME: FixtureTask[] = [
  { id: 1, title: 'Dentist appointment', due_at: '2025-11-03T10:00:00.000Z' },
  { id: 2, title: 'Pay electricity bill', completed: true, due_date: '2025-10-20' },
  { id: 3, title: 'Call the landlord', due_date: '2025-10-23' },
  { id: 4, title: 'Buy groceries', tags: ['errands'], due_date: '2025-10-25' },
  { id: 5, title: 'Fix the kitchen tap', priority: 'high' },
  { id: 6, title: 'Return library books', tags: ['errands'], due_date: '2025-10-29' },
  { id: 7, title: 'Pick up dry cleaning', due_date: '2025-10-24' },
  { id: 8, title: 'Renew car insurance', priority: 'medium', due_date: '2025-10-31' },
  { id: 9, title: 'Buy birthday gift for Sana', due_date: '2025-10-26' },
  { id: 10, title: 'Buy birthday cake for Sana', due_date: '2025-10-26' },
  { id: 11, title: 'Read Atomic Habits', completed: true },
  { id: 12, title: 'Clean the fridge', tags: ['home'] },
];

const GHAR: FixtureTask[] = [
  { id: 1, title: 'دودھ لانا', due_date: '2025-10-24' },
  { id: 2, title: 'بجلی کا بل جمع کرانا', priority: 'high', due_date: '2025-10-27' },
  { id: 3, title: 'گیس کا بل جمع کرانا', completed: true },
  { id: 4, title: 'امی کو فون کرنا' },
  { id: 5, title: 'ڈاکٹر کے پاس جانا', due_at: '2025-10-25T12:00:00.000Z' },
  { id: 6, title: 'بچوں کی فیس جمع کرانا', due_date: '2025-10-22' },
  { id: 7, title: 'کپڑے استری کرنا', completed: true },
  { id: 8, title: 'گاڑی کی سروس کروانا', due_date: '2025-11-01' },
  { id: 9, title: 'پانی کا بل جمع کرانا', due_date: '2025-10-28' },
  { id: 10, title: 'درزی سے کپڑے لینا', due_date: '2025-10-26' },
];

const MIXED: FixtureTask[] = [
  { id: 1, title: 'Ammi ki dawai lana', due_date: '2025-10-24' },
  { id: 2, title: 'Bike ki service', due_date: '2025-10-21' },
  { id: 3, title: 'Electricity bill jama karwana', completed: true },
  { id: 4, title: 'Ali ko paise wapis karne hain', priority: 'medium' },
  { id: 5, title: 'Assignment submit karna', tags: ['uni'], due_date: '2025-10-27' },
  { id: 6, title: 'Sabzi lani hai', due_date: '2025-10-25' },
  { id: 7, title: 'Gym jana', due_date: '2025-10-25' },
  { id: 8, title: 'Khala ke ghar jana', due_date: '2025-10-26' },
  { id: 9, title: 'Laptop repair karwana', priority: 'high' },
  { id: 10, title: 'Netflix subscription cancel karna' },
  { id: 11, title: 'Cricket match tickets', completed: true },
  { id: 12, title: 'Shadi ka gift lena', due_date: '2025-11-02' },
  { id: 13, title: 'Shadi ke kapre silwana', due_date: '2025-10-30' },
];

/** A reply regex (the judge adds the flags iu): every `must` appears, no `not` does. */
const shows = (must: string[], not: string[] = []): string => {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return `^${must.map((m) => `(?=[\\s\\S]*${esc(m)})`).join('')}${not
    .map((n) => `(?![\\s\\S]*${esc(n)})`)
    .join('')}`;
};

export const heldout10: Utterance[] = [
  // ---------------------------------------------------------------- add (en 14, ur 6, roman 4)
  {
    intent: 'add',
    lang: 'en',
    text: 'add buy printer ink',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task', args: { title: 'buy printer ink' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'pick up the parcel from tcs',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task', args: { title: 'pick up the parcel from tcs' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'dentist on the 14th at 3',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-11-14T10:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'ugh my boss wants the report by wednesday so put that in and make it urgent',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { due_date: '2025-10-29', priority: 'high' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'need to get the car washed tmrw',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2025-10-25' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'tmrw 5pm pick up ayaan from football',
    fixture: 'empty',
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'pick up ayaan from football', due_at: '2025-10-25T12:00:00.000Z' },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add call the plumber, high priority',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'call the plumber', priority: 'high' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'weekly grocery run, tag it errands',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { tags: ['errands'] } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'gotta submit the visa form in 2 hours',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-10-24T16:30:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'new task: renew passport before end of the month',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'renew passport', due_date: '2025-10-31' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'moms bday dinner saturday 8pm',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-10-25T15:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "put 'email the landlord about the lease' on my list pls",
    fixture: HOME,
    expect: { calls: [{ name: 'add_task', args: { title: 'email the landlord about the lease' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'buy a new phone charger, the cable is fraying',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task', args: { title: 'buy a new phone charger' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'oil change for the car on the 3rd, low priority',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { due_date: '2025-11-03', priority: 'low' } }],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'پرسوں شام چھ بجے بل جمع کرانا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-10-26T13:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل ڈرائی کلینر سے کپڑے اٹھانے ہیں',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2025-10-25' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ٹاسک ڈالو: گیس والے کو فون کرنا',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task', args: { title: 'گیس والے کو فون کرنا' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'پیر کو صبح دس بجے بینک جانا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-10-27T05:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'نیا کام: پاسپورٹ کی تجدید، بہت ضروری ہے',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'پاسپورٹ کی تجدید', priority: 'high' } }],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مہینے کے آخر تک گھر کا کرایہ دینا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2025-10-31' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal subah doodh lana hai yaar',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'add karo: bijli ka bill check karna',
    fixture: MIXED,
    expect: { calls: [{ name: 'add_task', args: { title: 'bijli ka bill check karna' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'somwar ko 3 baje interview hai',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-10-27T10:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'cheeni khatam ho gayi hai lene jana hai, urgent',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { priority: 'high' } }] },
  },

  // ---------------------------------------------------------------- repeat (en 5, ur 2, roman 2)
  {
    intent: 'repeat',
    lang: 'en',
    text: 'water the plants every other tuesday',
    fixture: 'empty',
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'water the plants', recurrence: '*', due_date: '2025-10-28' },
        },
      ],
    },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'rent on the 1st of every month',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2025-11-01' } }],
    },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'gym every mon wed fri at 7am',
    fixture: 'empty',
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'gym', recurrence: '*', due_at: '2025-10-27T02:00:00.000Z' },
        },
      ],
    },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'take vitamins every night at 9',
    fixture: 'empty',
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'take vitamins', recurrence: '*', due_at: '2025-10-24T16:00:00.000Z' },
        },
      ],
    },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'buy groceries should repeat every saturday',
    fixture: HOME,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, recurrence: '*' } }] },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'ہر جمعے کو امی کو فون کرنا ہے',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'امی کو فون کرنا', recurrence: '*' } }],
    },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'ہر مہینے کی 5 تاریخ کو بچوں کی فیس جمع کرانی ہے',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2025-11-05' } }],
    },
  },
  {
    intent: 'repeat',
    lang: 'roman',
    text: 'har mahine ki 1 tareekh ko internet ka bill bharna',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2025-11-01' } }],
    },
  },
  {
    intent: 'repeat',
    lang: 'roman',
    text: 'gym jana wala task roz subah 7 baje repeat kar do',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, recurrence: '*' } }] },
  },

  // ---------------------------------------------------------------- remind (en 4, ur 2, roman 1)
  {
    intent: 'remind',
    lang: 'en',
    text: 'remind me to call the bank tmrw at 11',
    fixture: 'empty',
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'call the bank', due_at: '2025-10-25T06:00:00.000Z', reminders: '*' },
        },
      ],
    },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'remind me 30 min before the dentist',
    fixture: HOME,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, reminders: '*' } }] },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'remaind me in 2 hrs to take the chicken out of the freezer',
    fixture: 'empty',
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'take the chicken out of the freezer', reminders: '*' },
        },
      ],
    },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'ping me an hour before the client call with nadia',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, reminders: '*' } }] },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'کل صبح نو بجے یاد دلانا کہ گاڑی کی قسط جمع کرانی ہے',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2025-10-25T04:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'ڈاکٹر والے کام سے ایک گھنٹہ پہلے یاد دلا دینا',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, reminders: '*' } }] },
  },
  {
    intent: 'remind',
    lang: 'roman',
    text: 'mujhe yaad dilana parson 4 baje khala ko call karni hai',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2025-10-26T11:00:00.000Z', reminders: '*' } }],
    },
  },

  // ---------------------------------------------------------------- complete (en 5, ur 2, roman 2)
  {
    intent: 'complete',
    lang: 'en',
    text: 'finally called the landlord',
    fixture: HOME,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'invoice to rahim sent ✅',
    fixture: OFFICE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'groceries done',
    fixture: HOME,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finsihed the contract review finally',
    fixture: OFFICE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'fixed the kitchen tap lol took me 3 hours',
    fixture: HOME,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دودھ لے آیا ہوں',
    fixture: GHAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بچوں کی فیس جمع ہو گئی',
    fixture: GHAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'ammi ki dawai le aaya',
    fixture: MIXED,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'bike ki service karwa li hai',
    fixture: MIXED,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },

  // ---------------------------------------------------------------- reopen (en 3, ur 1, roman 1)
  {
    intent: 'reopen',
    lang: 'en',
    text: "oops i didn't actually pay the electricity bill",
    fixture: HOME,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'standup notes arent done actually, put it back',
    fixture: OFFICE,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'ticked off atomic habits by mistake, still reading it',
    fixture: HOME,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'کپڑے ابھی استری نہیں ہوئے، غلطی سے ٹک لگ گیا تھا',
    fixture: GHAR,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'cricket tickets abhi nahi liye, ghalti se done ho gaya tha',
    fixture: MIXED,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },

  // ---------------------------------------------------------------- delete (en 3, ur 1, roman 1)
  {
    intent: 'delete',
    lang: 'en',
    text: 'get rid of the linkedin thing, not doing that',
    fixture: OFFICE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete clean the fridge',
    fixture: HOME,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'dubai trip got cancelled so scrap the flights task',
    fixture: OFFICE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'درزی والا کام ہٹا دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'netflix wala task delete kar do',
    fixture: MIXED,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },

  // ---------------------------------------------------------------- update (en 3, ur 2, roman 1)
  {
    intent: 'update',
    lang: 'en',
    text: "rename 'fix the kitchen tap' to 'fix the bathroom tap', wrong room",
    fixture: HOME,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, title: 'fix the bathroom tap' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "change the pitch deck task to 'prepare pitch deck for Zara Foods'",
    fixture: OFFICE,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 9, title: 'prepare pitch deck for Zara Foods' } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the dry cleaning one should say pick up dry cleaning and shoes',
    fixture: HOME,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 7, title: 'pick up dry cleaning and shoes' } }],
    },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "گاڑی کی سروس والے کام کا نام بدل کر 'گاڑی کا تیل بدلوانا' کر دو",
    fixture: GHAR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, title: 'گاڑی کا تیل بدلوانا' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "امی کو فون کرنا کی جگہ لکھ دو 'امی اور ابو کو فون کرنا'",
    fixture: GHAR,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 4, title: 'امی اور ابو کو فون کرنا' } }],
    },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "sabzi lani hai ka naam change karo 'sabzi aur phal lane hain'",
    fixture: MIXED,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 6, title: 'sabzi aur phal lane hain' } }],
    },
  },

  // ---------------------------------------------------------------- describe (en 3, ur 1, roman 1)
  {
    intent: 'describe',
    lang: 'en',
    text: 'add a note to the sales report: use the Q3 numbers from finance, not the draft',
    fixture: OFFICE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'describe',
    lang: 'en',
    text: 'for the car insurance, policy no is 88231-K and the agent is mr javed, pls save that on it',
    fixture: HOME,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, description: '*' } }] },
  },
  {
    intent: 'describe',
    lang: 'en',
    text: 'details for the kamran invoice: 45k for september, send to accounts@kamran.pk',
    fixture: OFFICE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'describe',
    lang: 'ur',
    text: 'بجلی کے بل والے کام میں لکھ دو کہ ریفرنس نمبر 0412 ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 2, description: '*' } }] },
  },
  {
    intent: 'describe',
    lang: 'roman',
    text: 'laptop repair wale task mein note daal do ke screen aur keyboard dono kharab hain',
    fixture: MIXED,
    expect: { calls: [{ name: 'update_task', args: { task_id: 9, description: '*' } }] },
  },

  // ---------------------------------------------------------------- priority (en 3, ur 1, roman 1)
  {
    intent: 'priority',
    lang: 'en',
    text: 'quarterly report is no longer urgent, bump it down to low',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, priority: 'low' } }] },
  },
  {
    intent: 'priority',
    lang: 'en',
    text: 'car insurance is super important, top priority pls',
    fixture: HOME,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'priority',
    lang: 'en',
    text: 'make renew office internet high prio, the wifi keeps dying',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'high' } }] },
  },
  {
    intent: 'priority',
    lang: 'ur',
    text: 'پانی کے بل والا کام بہت اہم ہے، اسے ہائی پرائیورٹی کر دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, priority: 'high' } }] },
  },
  {
    intent: 'priority',
    lang: 'roman',
    text: 'assignment wala kaam high priority pe daal do',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'high' } }] },
  },

  // ---------------------------------------------------------------- tags (en 2, ur 1, roman 1)
  {
    intent: 'tags',
    lang: 'en',
    text: 'tag the dentist appointment as health',
    fixture: HOME,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, tags: ['health'] } }] },
  },
  {
    intent: 'tags',
    lang: 'en',
    text: 'put the client call with nadia under #clients and #calls',
    fixture: OFFICE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 7, tags: ['clients', 'calls'] } }],
    },
  },
  {
    intent: 'tags',
    lang: 'ur',
    text: 'گاڑی کی سروس پر ٹیگ لگا دو: گاڑی',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, tags: ['گاڑی'] } }] },
  },
  {
    intent: 'tags',
    lang: 'roman',
    text: 'khala ke ghar jana pe family ka tag laga do',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, tags: ['family'] } }] },
  },

  // ---------------------------------------------------------------- due (en 4, ur 2, roman 2)
  {
    intent: 'due',
    lang: 'en',
    text: 'push the dry cleaning to monday',
    fixture: HOME,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2025-10-27' } }] },
  },
  {
    intent: 'due',
    lang: 'en',
    text: 'move the kamran invoice to end of the month',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2025-10-31' } }] },
  },
  {
    intent: 'due',
    lang: 'en',
    text: 'client call with nadia got moved to tuesday, same time',
    fixture: OFFICE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 7, due_at: '2025-10-28T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'due',
    lang: 'en',
    text: 'i keep forgetting the landlord call, make it tmrw at 10am instead',
    fixture: HOME,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2025-10-25T05:00:00.000Z' } }],
    },
  },
  {
    intent: 'due',
    lang: 'ur',
    text: 'بجلی کا بل پرسوں تک کر دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2025-10-26' } }] },
  },
  {
    intent: 'due',
    lang: 'ur',
    text: 'ڈاکٹر کے پاس جانا اتوار شام پانچ بجے کر دو',
    fixture: GHAR,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 5, due_at: '2025-10-26T12:00:00.000Z' } }],
    },
  },
  {
    intent: 'due',
    lang: 'roman',
    text: 'assignment ki date agle jumeraat kar do',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2025-10-30' } }] },
  },
  {
    intent: 'due',
    lang: 'roman',
    text: 'sabzi wala kaam aaj raat 9 baje kar do',
    fixture: MIXED,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 6, due_at: '2025-10-24T16:00:00.000Z' } }],
    },
  },

  // ------------------------------------- list 8 (en 5, ur 1, roman 2), search 2 (en), question 4
  {
    intent: 'list',
    lang: 'en',
    text: 'whats due tmrw',
    fixture: HOME,
    expect: {
      reply: shows(['Buy groceries'], ['Dentist', 'Renew car insurance', 'Sana', 'kitchen tap']),
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'what do i have today',
    fixture: HOME,
    expect: {
      reply: shows(['Pick up dry cleaning'], ['Buy groceries', 'Sana', 'Dentist', 'Renew car insurance']),
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "what's on next week?",
    fixture: OFFICE,
    expect: {
      reply: shows(
        ['Quarterly sales report', 'Kamran', 'pitch deck', 'Nadia'],
        ['Dubai', 'LinkedIn', 'standup', 'expense'],
      ),
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'anything on for the weekend',
    fixture: HOME,
    expect: {
      reply: shows(
        ['Buy groceries', 'gift', 'cake'],
        ['Dentist', 'Renew car insurance', 'library', 'Atomic Habits'],
      ),
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'what have i already finished',
    fixture: HOME,
    expect: {
      reply: shows(['Pay electricity bill', 'Atomic Habits'], ['kitchen tap', 'Clean the fridge', 'Sana']),
    },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'آج کیا کرنا ہے',
    fixture: GHAR,
    expect: { reply: shows(['دودھ لانا'], ['گاڑی', 'پانی کا بل', 'درزی', 'ڈاکٹر']) },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'kya kal kuch hai',
    fixture: MIXED,
    expect: {
      reply: shows(['Sabzi lani hai', 'Gym jana'], ['Khala', 'Assignment', 'Ammi', 'Shadi']),
    },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'mere woh kaam dikhao jo late ho gaye hain',
    fixture: MIXED,
    expect: { reply: shows(['Bike ki service'], ['Ammi ki dawai', 'Electricity bill', 'Shadi', 'Khala']) },
  },
  {
    intent: 'search',
    lang: 'en',
    text: 'show me my high priority stuff',
    fixture: OFFICE,
    expect: {
      reply: shows(
        ['Quarterly sales report', 'Review contract draft'],
        ['office internet', 'LinkedIn', 'Dubai'],
      ),
    },
  },
  {
    intent: 'search',
    lang: 'en',
    text: 'whats tagged errands',
    fixture: HOME,
    expect: { reply: shows(['Buy groceries', 'library books'], ['Clean the fridge', 'Dentist']) },
  },
  {
    intent: 'question',
    lang: 'en',
    text: 'anything overdue?',
    fixture: OFFICE,
    expect: {
      reply: shows(['Rahim', 'Review contract draft'], ['expense', 'Dubai', 'Kamran', 'pitch deck']),
    },
  },
  {
    intent: 'question',
    lang: 'ur',
    text: 'کیا کل کچھ ہے؟',
    fixture: GHAR,
    expect: { reply: shows(['ڈاکٹر'], ['دودھ', 'گاڑی', 'درزی', 'بجلی']) },
  },
  {
    intent: 'question',
    lang: 'ur',
    text: 'کون کون سے بل ابھی باقی ہیں',
    fixture: GHAR,
    expect: { reply: shows(['بجلی', 'پانی'], ['گیس']) },
  },
  {
    intent: 'question',
    lang: 'ur',
    text: 'کیا کوئی کام لیٹ ہو گیا ہے؟',
    fixture: GHAR,
    expect: { reply: shows(['بچوں کی فیس'], ['گاڑی', 'درزی', 'پانی']) },
  },

  // ---------------------------------------------------------------- multi (en 4, ur 2, roman 2)
  {
    intent: 'multi',
    lang: 'en',
    text: 'add buy batteries and then book a haircut for saturday',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task', args: { title: 'buy batteries' } },
        { name: 'add_task_details', args: { title: 'book a haircut', due_date: '2025-10-25' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'picked up the dry cleaning, also move groceries to sunday',
    fixture: HOME,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'set_task_details', args: { task_id: 4, due_date: '2025-10-26' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'sent the rahim invoice and the kamran one too',
    fixture: OFFICE,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'complete_task', args: { task_id: 3 } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "delete the clean the fridge task then add 'defrost the freezer' for sunday",
    fixture: HOME,
    expect: {
      calls: [
        { name: 'delete_task', args: { task_id: 12 } },
        { name: 'add_task_details', args: { title: 'defrost the freezer', due_date: '2025-10-26' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'دودھ لے آیا ہوں اور امی کو فون بھی کر لیا',
    fixture: GHAR,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'complete_task', args: { task_id: 4 } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'سبزی لانی ہے اور پھر پیر کو پلمبر کو بلانا ہے',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task' }, { name: 'add_task_details', args: { due_date: '2025-10-27' } }],
    },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'ammi ki dawai le aayi aur khala ke ghar jana somwar ko kar do',
    fixture: MIXED,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 8, due_date: '2025-10-27' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'kal 11 baje dentist aur phir parson car wash',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2025-10-25T06:00:00.000Z' } },
        { name: 'add_task_details', args: { due_date: '2025-10-26' } },
      ],
    },
  },

  // ---------------------------------------------------------------- ask (en 3, ur 2, roman 2)
  {
    intent: 'ask',
    lang: 'en',
    text: "got sana's birthday thing",
    fixture: HOME,
    expect: { outcome: 'ask', reply: shows(['gift', 'cake']) },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'invoice sent',
    fixture: OFFICE,
    expect: { outcome: 'ask', reply: shows(['Rahim', 'Kamran']) },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'delete everything',
    fixture: HOME,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'بل جمع کرا دیا',
    fixture: GHAR,
    expect: { outcome: 'ask', reply: shows(['بجلی', 'پانی']) },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سب کچھ صاف کر دو',
    fixture: GHAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'shadi wala kaam ho gaya',
    fixture: MIXED,
    expect: { outcome: 'ask', reply: shows(['gift', 'kapre']) },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab tasks khatam kar do',
    fixture: MIXED,
    expect: { outcome: 'ask' },
  },

  // ---------------------------------------------------------------- unknown (en 2, ur 1, roman 1)
  {
    intent: 'unknown',
    lang: 'en',
    text: "thanks, you're a lifesaver",
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
  {
    intent: 'unknown',
    lang: 'en',
    text: 'whats the weather like in lahore tmrw',
    fixture: HOME,
    expect: { outcome: 'help' },
  },
  {
    intent: 'unknown',
    lang: 'ur',
    text: 'شکریہ، بہت مدد ہوئی',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
  {
    intent: 'unknown',
    lang: 'roman',
    text: 'yaar aaj bohat thak gaya hoon',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
];
