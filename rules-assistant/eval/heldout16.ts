// A sixteenth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases or runs the assistant on them before that).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main README.md,
// package.json (its scripts), server/features/assistant/tools.ts (the tool contract the expected calls are
// written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory tools, PEOPLE, SHARED_LISTS),
// rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures are used), rules-assistant/eval/db-tools.ts
// (its first 150 lines), the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES) and the first 62
// lines of rules-assistant/eval/heldout14.ts (its header: format, judging conventions, the clock's export). Also seen:
// directory listings of /work/main, rules-assistant/eval/ and server/features/assistant/. Not opened: anything under
// rules-assistant/engine/, docs/assistant.md, docs/decisions/, test/assistant*, eval/intent-*.ts,
// eval/round*.ts, rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any held-out set's cases
// (heldout15.ts included), any git history or diff. The assistant was never run on these cases; only
// the file's loading and type check, its reply regexes (through judge(), against hand-written
// replies) and the expected calls (fed straight to the in-memory tools) were checked.
// People (invented): a bank officer in Rawalpindi (branch audits, client calls, reports; BANKER),
// a school teacher in Multan (lesson plans, copies to check, parent meetings; TEACHER in Roman Urdu
// and English, USTANI in Urdu script), a freelance graphic designer in Islamabad (client revisions,
// invoices, portfolio; DESIGNER), an elderly widow in Quetta who dictates to her grandson, politely
// and at length (doctor visits, medicines, family events; AMMAN, Urdu script), and a young couple
// planning their wedding in Sialkot (vendors, cards, guests; SHADI in Roman Urdu and English, BARAAT
// in Urdu script). Short and long messages, typos and texting shorthand, statements without command
// words, several requests in one message, relative dates and times, repeats, reminders, edits
// (rename, notes, dates, priority, tags, lists), done / not done news (never the word "reopen"),
// deletes, subtasks, skipped occurrences, questions about the day, the week, what is overdue and a
// task's date, assigning in a shared list, a change meant for one of two similar tasks and vague or
// destructive requests (right outcome: ask), small talk (no tool at all). No case has an earlier turn.
// Fixtures of its own: BANKER and DESIGNER (English titles), TEACHER and SHADI (Roman Urdu / English
// titles), AMMAN, BARAAT and USTANI (Urdu-script titles); plus the shared 'empty'. Urdu-script cases
// use AMMAN, BARAAT, USTANI or 'empty' only; English and Roman cases use Latin-script fixtures only.
// Two similar tasks for "which one?" cases: BANKER 1/2 (branch audits), DESIGNER 3/4 (invoices),
// TEACHER 1/2 and USTANI 1/2 (lesson plans), SHADI 3/4 and BARAAT 3/4 (caterers), AMMAN 2/3
// (medicines). Lists named Family (TEACHER, SHADI, AMMAN, BARAAT) and Office (BANKER) are the shared
// lists of SHARED_LISTS (Family: the user owns it, Sara Khan editor, Ali Raza viewer; Office: Bilal
// Ahmed owns it, the user and Sara Khan editors); every other list (School, Portfolio, سکول) is the
// user's own.
// Clock (its own): Sunday 2026-10-04 09:10 Asia/Karachi (UTC+5, no DST) = 2026-10-04T04:10:00.000Z,
// exported as HELDOUT16_NOW / HELDOUT16_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT16_NOW)).
//   today (aaj, آج) = Sun 10-04; tonight (aaj raat, آج رات) = Sun 10-04 evening; "in 2 hours" = 11:10
//   = 2026-10-04T06:10:00.000Z (not judged: only the reminder's presence is); tomorrow (kal, کل, tmrw)
//   = Mon 10-05; day after tomorrow (parson, پرسوں) = Tue 10-06; Tuesday (منگل) = 10-06; Wednesday
//   (بدھ) = 10-07; "in 3 days" = Wed 10-07; Thursday (jumeraat, جمعرات) = 10-08; Friday (jumma,
//   jumme, جمعہ) = 10-09; Saturday = 10-10; a bare "Sunday" is today or 10-11 (ambiguous, never
//   judged); "next Thursday" is 10-08 or 10-15 (ambiguous, only in an ask case); "this week" said on
//   this Sunday is Mon 09-28..Sun 10-04 by the calendar but often meant as the coming days
//   (ambiguous, never judged as a range; "is hafte dholki nahi" and "not posting this week" name the
//   next occurrence, which is what a skip moves past); next week = Mon 10-05..Sun 10-11 (as a range
//   for a question; as a due date it is ambiguous and never judged); the 15th (15 tareekh, پندرہ
//   تاریخ) = Thu 10-15; the 16th = Fri 10-16; the 20th = Tue 10-20; end of the month (end of month,
//   mahine ke aakhir, مہینے کے آخر) = Sat 10-31; the 1st of next month / of every month (next) =
//   Sun 11-01; "after jumma prayers on friday": 10-09, the time is vague (no due argument judged);
//   "every monday 9am": the first occurrence is tomorrow 10-05 09:00.
//   Clock times (PKT = UTC+5), as UTC ISO: tonight 8pm = 2026-10-04T15:00:00.000Z, 9pm = 16:00Z,
//   10pm = 17:00Z; today 3pm = 10:00Z, 6pm = 13:00Z, 7pm = 14:00Z; tomorrow 9am =
//   2026-10-05T04:00:00.000Z, 10am = 05:00Z, 11am = 06:00Z, 3pm = 10:00Z, 5pm = 12:00Z, 7pm = 14:00Z;
//   Tuesday 11am = 2026-10-06T06:00:00.000Z, 3pm = 10:00Z; Wednesday 11am = 2026-10-07T06:00:00.000Z,
//   4pm = 11:00Z; Thursday 10:30am = 2026-10-08T05:30:00.000Z, 6pm = 13:00Z; Friday 4pm =
//   2026-10-09T11:00:00.000Z; Saturday 7pm = 2026-10-10T14:00:00.000Z, 8pm = 15:00Z.
// Judging conventions (those of the earlier blind sets, as heldout14's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at (UTC ISO as above). Titles are listed only where the request fixes them (quoted, or after a
// colon); RRULEs and free-text notes are '*' (present), as is an assignee (the person's name may be
// given in several forms). "Remind me N minutes / hours before" expects reminders [{ minutes_before:
// N }]; other reminders are '*'. "Remind me" (or "don't let me forget", "yaad dila dena", "یاد دلا
// دینا") expects reminders (a due moment alone is not a reminder). Changes to existing tasks name
// their task_id; tags are the whole new list. Reads are judged by the reply (titles or dates it must
// name), not by which read tool was used. Several requests in one message expect their calls in the
// message's order. Anything ambiguous is left out of the args (or the case expects a question).
// SEALED until its one run.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT16_NOW = new Date('2026-10-04T04:10:00.000Z'); // Sunday 09:10 in Karachi
export const HELDOUT16_ZONE = 'Asia/Karachi';

/** A bank officer in Rawalpindi: branch audits, client calls, reports (English titles). */
const BANKER: FixtureTask[] = [
  {
    id: 1,
    title: 'Saddar branch audit',
    priority: 'high',
    tags: ['audit'],
    due_date: '2026-10-07',
    list: 'Office',
  },
  { id: 2, title: 'Murree Road branch audit', tags: ['audit'], due_date: '2026-10-14', list: 'Office' },
  { id: 3, title: 'Call Mr. Qureshi about loan file', tags: ['clients'], due_at: '2026-10-05T06:00:00.000Z' },
  {
    id: 4,
    title: 'Monthly NPL report',
    priority: 'high',
    tags: ['reports'],
    due_date: '2026-10-02',
    list: 'Office',
  },
  {
    id: 5,
    title: 'Weekly cash position report',
    tags: ['reports'],
    due_date: '2026-10-05',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
  },
  { id: 6, title: 'Renew car insurance', due_date: '2026-10-10' },
  { id: 7, title: 'Pay DHA maintenance bill', due_date: '2026-10-01' },
  { id: 8, title: 'KYC refresher training', completed: true },
  { id: 9, title: 'Gym', due_at: '2026-10-04T13:00:00.000Z', recurrence: 'FREQ=DAILY' },
  { id: 10, title: "Buy gift for Amir's son" },
  { id: 11, title: 'Submit expense claims', tags: ['admin'], due_date: '2026-10-04' },
  { id: 12, title: 'Call Mrs. Farooqi about locker', tags: ['clients'], due_date: '2026-10-06' },
];

/** A school teacher in Multan (Roman Urdu and English titles). */
const TEACHER: FixtureTask[] = [
  { id: 1, title: 'Class 7 lesson plan - Science', tags: ['school'], due_date: '2026-10-05' },
  { id: 2, title: 'Class 8 lesson plan - Science', tags: ['school'], due_date: '2026-10-06' },
  { id: 3, title: 'Copies check karni hain 6-B', priority: 'high', due_date: '2026-10-04' },
  { id: 4, title: 'Parent teacher meeting', due_at: '2026-10-08T05:30:00.000Z' },
  { id: 5, title: 'Monthly test paper banana', due_date: '2026-10-12' },
  {
    id: 6,
    title: 'Attendance register update',
    due_date: '2026-10-10',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
  },
  { id: 7, title: 'Bijli ka bill', tags: ['ghar'], due_date: '2026-10-02' },
  { id: 8, title: 'Ammi ki dawai lani hai', tags: ['ghar'], list: 'Family' },
  { id: 9, title: 'Science fair project guide', completed: true },
  { id: 10, title: 'Staff room chai fund dena' },
  { id: 11, title: 'Result cards print', due_date: '2026-10-20', list: 'School' },
  { id: 12, title: 'Principal ko leave application', completed: true },
];

/** A freelance graphic designer in Islamabad (English titles). */
const DESIGNER: FixtureTask[] = [
  {
    id: 1,
    title: 'Logo revisions for Chai Wala cafe',
    priority: 'high',
    tags: ['client'],
    due_at: '2026-10-05T12:00:00.000Z',
  },
  { id: 2, title: 'Menu card revisions for Chai Wala cafe', tags: ['client'], due_date: '2026-10-07' },
  { id: 3, title: 'Invoice Zameen Studio for September', tags: ['invoices'], due_date: '2026-10-01' },
  { id: 4, title: 'Invoice Noor Textiles', tags: ['invoices'], due_date: '2026-10-06' },
  { id: 5, title: 'Update portfolio site', tags: ['portfolio'], list: 'Portfolio' },
  {
    id: 6,
    title: 'Post on Behance',
    tags: ['portfolio'],
    due_date: '2026-10-08',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
  },
  { id: 7, title: 'Renew Adobe subscription', due_date: '2026-10-15' },
  { id: 8, title: 'Brand guide for Noor Textiles', tags: ['client'], completed: true },
  { id: 9, title: 'Backup hard drive', due_date: '2026-10-01', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1' },
  { id: 10, title: 'Book dentist' },
  { id: 11, title: 'Client call with Hashmi Builders', due_at: '2026-10-04T10:00:00.000Z' },
  { id: 12, title: 'Pay internet bill', completed: true },
];

/** A young couple planning their wedding in Sialkot (Roman Urdu and English titles). */
const SHADI: FixtureTask[] = [
  {
    id: 1,
    title: 'Shadi cards print karwane hain',
    priority: 'high',
    due_date: '2026-10-08',
    list: 'Family',
  },
  { id: 2, title: 'Guest list final karni hai', due_date: '2026-10-10', list: 'Family' },
  { id: 3, title: 'Caterer se baat - Mehndi', tags: ['vendors'], due_date: '2026-10-06' },
  { id: 4, title: 'Caterer se baat - Walima', tags: ['vendors'], due_date: '2026-10-09' },
  { id: 5, title: 'Photographer advance dena', tags: ['vendors'], due_date: '2026-10-03' },
  { id: 6, title: 'Bridal dress fitting', due_at: '2026-10-07T11:00:00.000Z' },
  { id: 7, title: 'Hall booking confirm', tags: ['vendors'], completed: true },
  {
    id: 8,
    title: 'Dholki rehearsal',
    due_at: '2026-10-10T15:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
  },
  { id: 9, title: 'Mehndi ke liye lights', tags: ['decor'] },
  { id: 10, title: 'Nani ko Lahore se lana', due_date: '2026-10-14' },
  { id: 11, title: 'Gold set pick up from jeweller', completed: true },
  { id: 12, title: 'Cards ke liye addresses collect', due_date: '2026-10-05', list: 'Family' },
];

/** An elderly widow in Quetta, dictating to her grandson (Urdu-script titles). */
const AMMAN: FixtureTask[] = [
  { id: 1, title: 'ڈاکٹر صاحب کے پاس چیک اپ', due_at: '2026-10-06T06:00:00.000Z' },
  { id: 2, title: 'شوگر کی دوا', due_at: '2026-10-04T03:00:00.000Z', recurrence: 'FREQ=DAILY' },
  { id: 3, title: 'بلڈ پریشر کی دوا', due_at: '2026-10-04T16:00:00.000Z', recurrence: 'FREQ=DAILY' },
  { id: 4, title: 'نواسی کی سالگرہ', due_date: '2026-10-11', list: 'Family' },
  { id: 5, title: 'بجلی کا بل جمع کرانا', due_date: '2026-10-02' },
  { id: 6, title: 'قرآن خوانی کا انتظام', due_date: '2026-10-09' },
  { id: 7, title: 'لیبارٹری سے رپورٹ لینا', completed: true },
  { id: 8, title: 'بیٹی کو فون کرنا', tags: ['خاندان'] },
  { id: 9, title: 'پنشن کے کاغذات', priority: 'high', due_date: '2026-10-15' },
  { id: 10, title: 'عینک ٹھیک کروانی ہے' },
  { id: 11, title: 'درزی سے کپڑے لینا', completed: true },
  { id: 12, title: 'ہمسائی کے گھر تعزیت', due_date: '2026-10-05' },
];

/** The Sialkot wedding, in Urdu script. */
const BARAAT: FixtureTask[] = [
  { id: 1, title: 'شادی کارڈ چھپوانا', priority: 'high', due_date: '2026-10-08', list: 'Family' },
  { id: 2, title: 'مہمانوں کی فہرست', due_date: '2026-10-10', list: 'Family' },
  { id: 3, title: 'کیٹرر سے بات مہندی کے لیے', tags: ['وینڈر'], due_date: '2026-10-06' },
  { id: 4, title: 'کیٹرر سے بات ولیمے کے لیے', tags: ['وینڈر'], due_date: '2026-10-09' },
  { id: 5, title: 'فوٹوگرافر کو ایڈوانس دینا', due_date: '2026-10-03' },
  { id: 6, title: 'دلہن کا جوڑا فٹنگ', due_at: '2026-10-07T11:00:00.000Z' },
  { id: 7, title: 'ہال کی بکنگ', completed: true },
  { id: 8, title: 'ڈھولکی کی مشق', due_at: '2026-10-10T15:00:00.000Z', recurrence: 'FREQ=WEEKLY;BYDAY=SA' },
  { id: 9, title: 'مہندی کی سجاوٹ' },
  { id: 10, title: 'زیور سنار سے لینا' },
  { id: 11, title: 'دیگیں بک کروانا', completed: true },
];

/** The Multan teacher, in Urdu script. */
const USTANI: FixtureTask[] = [
  { id: 1, title: 'جماعت ہفتم کا سبق منصوبہ', due_date: '2026-10-05' },
  { id: 2, title: 'جماعت ہشتم کا سبق منصوبہ', due_date: '2026-10-06' },
  { id: 3, title: 'کاپیاں چیک کرنا', priority: 'high', due_date: '2026-10-04' },
  { id: 4, title: 'والدین سے ملاقات', due_at: '2026-10-08T05:30:00.000Z' },
  { id: 5, title: 'ماہانہ ٹیسٹ کا پرچہ', due_date: '2026-10-12' },
  { id: 6, title: 'حاضری رجسٹر', due_date: '2026-10-10', recurrence: 'FREQ=WEEKLY;BYDAY=SA' },
  { id: 7, title: 'گیس کا بل', due_date: '2026-10-01' },
  { id: 8, title: 'سائنس میلہ', completed: true },
  { id: 9, title: 'نتائج کارڈ', due_date: '2026-10-20', list: 'سکول' },
  { id: 10, title: 'پرنسپل سے بات کرنا' },
];

/** Every one of the patterns must occur in the reply (any order). */
const all = (...patterns: string[]) => patterns.map((p) => `(?=[\\s\\S]*(?:${p}))`).join('');

export const heldout16: Utterance[] = [
  // ───────────────────────── English (60) ─────────────────────────
  // Adds
  {
    intent: 'add',
    lang: 'en',
    text: 'need to pick up dry cleaning tmrw',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-05' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'client call w/ Mr Siddiqui tomorrow at 11 pls',
    fixture: BANKER,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-10-05T06:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Remind me to call the plumber tonight at 8',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-10-04T15:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Quarterly compliance report due on the 15th, high priority, tag it reports',
    fixture: BANKER,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2026-10-15', priority: 'high', tags: ['reports'] } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'every monday 9am team huddle at the branch',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2026-10-05T04:00:00.000Z' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'pay the gas bill by end of month',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-31' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'in 3 days i have to return the library books',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-07' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'new client!! Faraz Motors wants a logo, first draft due friday 4pm. put it under the client tag',
    fixture: DESIGNER,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-10-09T11:00:00.000Z', tags: ['client'] } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add: Buy printer ink',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task', args: { title: 'Buy printer ink' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'gotta remember to send Ammi money for the electrician',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Meeting with the regional manager on Thursday at 10:30am, remind me an hour before',
    fixture: 'empty',
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2026-10-08T05:30:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'invoce Faraz Motors on the 1st of next month',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-11-01' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "Hi! could you pls add 'Renew CNIC' for me, thanks so much 🙏",
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task', args: { title: 'Renew CNIC' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "pick up Abba's reports from Chughtai lab after jumma prayers on friday",
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'tmrw 5pm dentist apointment, dont let me forget!!',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-10-05T12:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Branch audit at Satellite Town on the 20th, add it to Office',
    fixture: BANKER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-20', list: 'Office' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Need to: book flight to Karachi, call Hina, buy a charger',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task', args: { title: 'book flight to Karachi' } },
        { name: 'add_task', args: { title: 'call Hina' } },
        { name: 'add_task', args: { title: 'buy a charger' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'salary transfer to Ammi on the 1st of every month',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2026-11-01' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "put 'Chai Wala case study' in my Portfolio list, low priority",
    fixture: DESIGNER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'Chai Wala case study', list: 'Portfolio', priority: 'low' },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "doctor's appt on tuesday at 3 in the afternoon",
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-10-06T10:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'remind me in 2 hours to take the chicken out of the freezer',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { reminders: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'My sister is landing at Islamabad airport on Saturday evening at 7 and I promised I would pick her up, so please put that down somewhere before I forget',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-10-10T14:00:00.000Z' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'add a subtask under the Class 8 science lesson plan: prepare the magnet experiment',
    fixture: TEACHER,
    expect: {
      calls: [{ name: 'add_subtask', args: { task_id: 2, title: 'prepare the magnet experiment' } }],
    },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'for the Noor Textiles invoice I still need to attach the timesheet, add that as a step under it',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 4 } }] },
  },
  // Changes to existing tasks
  {
    intent: 'edit',
    lang: 'en',
    text: 'move the Murree Road audit to the 16th',
    fixture: BANKER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2026-10-16' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the car insurance thing is urgent actually',
    fixture: BANKER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "rename 'Buy gift for Amir's son' to 'Buy cricket bat for Amir's son'",
    fixture: BANKER,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 10, title: "Buy cricket bat for Amir's son" } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'add a note to the Qureshi call: ask about the missing guarantor documents',
    fixture: BANKER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'Hashmi Builders call got pushed to tomorrow same time',
    fixture: DESIGNER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 11, due_at: '2026-10-05T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the behance posting belongs in my Portfolio list',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'Portfolio' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'can u assign the Saddar audit to Sara',
    fixture: BANKER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 1, assignee: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'Gym should be at 7pm from now on, not 6',
    fixture: BANKER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, due_at: '2026-10-04T14:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'I want a reminder 30 min before the Qureshi call',
    fixture: BANKER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, reminders: [{ minutes_before: 30 }] } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the weekly cash position report should repeat on fridays instead of mondays',
    fixture: BANKER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, recurrence: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'expense claims - push to tomorrow',
    fixture: BANKER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, due_date: '2026-10-05' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'So my manager just told me the regional office wants the NPL report by Tuesday instead, can you fix the date',
    fixture: BANKER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2026-10-06' } }] },
  },
  // Done / not done
  {
    intent: 'complete',
    lang: 'en',
    text: 'submitted the expense claims finally',
    fixture: BANKER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'paid the DHA bill yesterday',
    fixture: BANKER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "KYC training - turns out I have to redo a module, so it's not actually finished",
    fixture: BANKER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Hashmi call done ✅ and menu card revisions sent too',
    fixture: DESIGNER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 11 } },
        { name: 'complete_task', args: { task_id: 2 } },
      ],
    },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'oops i ticked off the Noor brand guide by mistake, still working on it',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Checked all the 6-B copies!!',
    fixture: TEACHER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finished the logo revisions',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'Farooqi call done. also add a follow up to send her the locker forms tmrw',
    fixture: BANKER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 12 } },
        { name: 'add_task_details', args: { due_date: '2026-10-05' } },
      ],
    },
  },
  // Questions
  {
    intent: 'query',
    lang: 'en',
    text: "what's on my plate today?",
    fixture: BANKER,
    expect: { reply: all('expense claims', 'gym') },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'anything overdue?',
    fixture: BANKER,
    expect: { reply: all('NPL', 'DHA') },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'when is the Adobe renewal due',
    fixture: DESIGNER,
    expect: { reply: '15' },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'whats coming up next week',
    fixture: DESIGNER,
    expect: { reply: all('menu card', 'Noor Textiles') },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'which client calls do I have coming up?',
    fixture: BANKER,
    expect: { reply: all('Qureshi', 'Farooqi') },
  },
  {
    intent: 'query',
    lang: 'en',
    text: "when's the parent teacher meeting again?",
    fixture: TEACHER,
    expect: { reply: '10[:.]30|thu' },
  },
  // Deletes and skips
  {
    intent: 'delete',
    lang: 'en',
    text: "delete the gift for Amir's son, his dad already got him one",
    fixture: BANKER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'skipping gym today, too tired',
    fixture: BANKER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 9 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'get rid of the dentist one, not happening',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'not posting on behance this week, skip it',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 6 } }] },
  },
  // Asks and small talk
  {
    intent: 'ask',
    lang: 'en',
    text: 'change the invoice due date to wednesday',
    fixture: DESIGNER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'delete everything',
    fixture: BANKER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'move the branch audit to next Thursday',
    fixture: BANKER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'mark the lesson plan done',
    fixture: TEACHER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "thanks, you're a lifesaver",
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "good morning! how's it going",
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
  // ───────────────────────── Roman Urdu (22) ─────────────────────────
  // Adds
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal subah 9 baje bank jana hai',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-10-05T04:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'mehndi ke liye dhol wala book karna hai jumeraat tak',
    fixture: SHADI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-08' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'har jumma ko masjid ke liye chanda dena hai, yaad dila dena',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', reminders: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Family list mein daal do: Envelope pe naam likhwane hain',
    fixture: SHADI,
    expect: {
      calls: [
        { name: 'add_task_details', args: { title: 'Envelope pe naam likhwane hain', list: 'Family' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'mahine ke aakhir tak rent dena hai, bohat zaroori hai',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-31', priority: 'high' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'aaj raat 10 baje ammi ko call karni hai, 15 min pehle yaad dila dena',
    fixture: 'empty',
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2026-10-04T17:00:00.000Z', reminders: [{ minutes_before: 15 }] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: '15 tareekh ko principal ke sath result meeting hai',
    fixture: TEACHER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-15' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'photographer advance wale kaam mein subtask daal do: receipt lena',
    fixture: SHADI,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 5, title: 'receipt lena' } }] },
  },
  // Changes
  {
    intent: 'edit',
    lang: 'roman',
    text: 'bridal fitting ab jumme ko 4 baje hai',
    fixture: SHADI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 6, due_at: '2026-10-09T11:00:00.000Z' } }],
    },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'Bijli ka bill Family list mein daal do',
    fixture: TEACHER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 7, list: 'Family' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'guest list wala kaam Sara ko de do',
    fixture: SHADI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 2, assignee: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'monthly test paper ko high priority kar do aur exams ka tag laga do',
    fixture: TEACHER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'high', tags: ['exams'] } }],
    },
  },
  // Done / not done
  {
    intent: 'complete',
    lang: 'roman',
    text: 'photographer ko advance de diya',
    fixture: SHADI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'ammi ki dawai le aya hun',
    fixture: TEACHER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'gold set abhi tak nahi mila yaar, jeweller keh raha hai agle hafte, isko wapis pending kar do',
    fixture: SHADI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'cards ke addresses collect ho gaye, aur kal shaam 7 baje caterer ko walima ka final menu bhejna hai',
    fixture: SHADI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 12 } },
        { name: 'add_task_details', args: { due_at: '2026-10-05T14:00:00.000Z' } },
      ],
    },
  },
  // Questions
  {
    intent: 'query',
    lang: 'roman',
    text: 'aaj kya kya karna hai?',
    fixture: TEACHER,
    expect: { reply: 'copies' },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'caterer walon se kab kab baat karni hai?',
    fixture: SHADI,
    expect: { reply: all('mehndi', 'walima') },
  },
  // Deletes and skips
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is hafte dholki nahi hogi, skip kar do',
    fixture: SHADI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'principal wali leave application delete kar do',
    fixture: TEACHER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  // Asks and small talk
  {
    intent: 'ask',
    lang: 'roman',
    text: 'caterer wala kaam kal pe kar do',
    fixture: SHADI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya yaar, bohat help ho gayi',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
  // ───────────────────────── Urdu (28) ─────────────────────────
  // Adds
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل صبح دس بجے بینک جانا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-10-05T05:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'بیٹا ذرا لکھ لو، جمعرات کو شام چھ بجے ڈاکٹر عارف کے پاس آنکھیں دکھانے جانا ہے، اور ایک گھنٹہ پہلے یاد بھی کروا دینا، اللہ تمہیں خوش رکھے',
    fixture: AMMAN,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2026-10-08T13:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'بیٹا، ڈاکٹر صاحب نے ایک نئی گولی لکھی ہے وٹامن ڈی کی، وہ روزانہ دوپہر دو بجے کھانی ہے، اس کو بھی لکھ لو',
    fixture: AMMAN,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مہینے کے آخر تک گیس کا بل جمع کرانا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-31' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل پیر کو سجاوٹ والے کو فون کرنا ہے',
    fixture: BARAAT,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-05' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: "'مایوں کی رسم کا سامان' فیملی والی لسٹ میں ڈال دیں",
    fixture: BARAAT,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'مایوں کی رسم کا سامان', list: 'Family' } }],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'پندرہ تاریخ کو سائنس کا پرچہ جمع کرانا ہے، بہت ضروری ہے',
    fixture: USTANI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-15', priority: 'high' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'آج رات نو بجے امی کو دوا دینی ہے، یاد دلا دینا',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-10-04T16:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'نیا کام: طلبہ کے لیے انعامات خریدنا',
    fixture: USTANI,
    expect: { calls: [{ name: 'add_task', args: { title: 'طلبہ کے لیے انعامات خریدنا' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل امی کی دوائی لانی ہے اور پرسوں درزی کے پاس جانا ہے',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2026-10-05' } },
        { name: 'add_task_details', args: { due_date: '2026-10-06' } },
      ],
    },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'پنشن کے کاغذات والے کام کے نیچے یہ بھی لکھ دو: شناختی کارڈ کی کاپی',
    fixture: AMMAN,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 9, title: 'شناختی کارڈ کی کاپی' } }] },
  },
  // Changes
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ڈاکٹر صاحب والا چیک اپ منگل کی بجائے بدھ کو کر دو، وقت وہی گیارہ بجے',
    fixture: AMMAN,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 1, due_at: '2026-10-07T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'مہندی کی سجاوٹ بہت اہم ہے، اس کی ترجیح اونچی کر دو',
    fixture: BARAAT,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'زیور والے کام میں یہ نوٹ لکھ دو کہ رسید ساتھ لے کر جانی ہے',
    fixture: BARAAT,
    expect: { calls: [{ name: 'update_task', args: { task_id: 10, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: "'پرنسپل سے بات کرنا' کا نام بدل کر 'پرنسپل سے چھٹی کی بات کرنا' کر دیں",
    fixture: USTANI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 10, title: 'پرنسپل سے چھٹی کی بات کرنا' } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'مہمانوں کی فہرست والا کام سارہ کے ذمے لگا دو',
    fixture: BARAAT,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 2, assignee: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'بیٹا، عینک والا کام جمعہ تک کا کر دو، اس سے پہلے بازار نہیں جا سکوں گی',
    fixture: AMMAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, due_date: '2026-10-09' } }] },
  },
  // Done / not done
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بیٹا بجلی کا بل تو پرسوں ہی جمع ہو گیا تھا، عثمان نے کروا دیا تھا، اللہ اس کا بھلا کرے',
    fixture: AMMAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'ہال کی بکنگ ابھی پکی نہیں ہوئی، وہ غلطی سے مکمل لگ گئی تھی',
    fixture: BARAAT,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کاپیاں چیک کر لی ہیں',
    fixture: USTANI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  // Questions
  {
    intent: 'query',
    lang: 'ur',
    text: 'آج کون کون سی دوائیں لینی ہیں؟',
    fixture: AMMAN,
    expect: { reply: all('شوگر', 'بلڈ پریشر') },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'کون سے کام ہیں جن کی تاریخ گزر چکی ہے؟',
    fixture: BARAAT,
    expect: { reply: 'فوٹوگرافر' },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'والدین سے ملاقات کب ہے؟',
    fixture: USTANI,
    expect: { reply: 'جمعرات|10[:.]30|۱۰[:.]۳۰|2026-10-08|8 اکتوبر|۸ اکتوبر' },
  },
  // Deletes and skips
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج رات والی بلڈ پریشر کی گولی ڈاکٹر نے آج کے لیے منع کی ہے، بس آج والی چھوڑ دو',
    fixture: AMMAN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'دیگوں والا کام ہٹا دو',
    fixture: BARAAT,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  // Asks and small talk
  {
    intent: 'ask',
    lang: 'ur',
    text: 'دوا والا کام کل صبح کر دو',
    fixture: AMMAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سب کچھ مٹا دو',
    fixture: BARAAT,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم بیٹا، کیسے ہو؟',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
];
