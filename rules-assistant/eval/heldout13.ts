// A thirteenth held-out set for the built-in assistant, written blind and sealed until its one run.
// How it was written: blind to the assistant. Opened (read) while writing it, and nothing else:
// README.md, server/features/assistant/tools.ts (the tool contract the expected calls are written in),
// rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts
// (judge(), wrongChange(), how a set's clock and fixtures are used), rules-assistant/eval/db-tools.ts, the first 75
// lines of rules-assistant/eval/utterances.ts (types Utterance / ExpectedCall, FIXTURES) and the first 40 lines of
// rules-assistant/eval/heldout10.ts (format and header). Also seen: directory listings of the checkout, rules-assistant/eval/ and
// server/features/assistant/ (file names only). Not opened: anything under rules-assistant/engine/,
// docs/assistant.md, docs/decisions/, test/assistant*, eval/intent-*.ts, eval/round*.ts,
// rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any other held-out set's cases, any
// other file in /work/blind; no git log/diff/show. The assistant was never run on these cases;
// only the file's loading, its type check, its fixtures and its own reply regexes (against
// hand-written right and wrong replies) were checked.
//
// People: a Pakistani family living in Dubai and their relatives back home. The father runs a small
// trading business (suppliers, invoices, trade licence, visas, school fees), the mother runs the
// house and family events (a niece's wedding, guests, bills, the maid), the teenage son (Hamza) has
// school, football and exams. They text the app as they text relatives: WhatsApp style, voice notes
// transcribed without punctuation, Urdu/English mixed, polite forms, some very short.
// Four fixtures of its own: DAD and TEEN (English titles), GHAR (Urdu-script titles), AMMI (Roman
// Urdu / English titles); plus the shared 'empty'. Urdu-script cases use GHAR or 'empty' only; Roman
// cases use AMMI, DAD, TEEN or 'empty' (so a reply that shows titles stays in the judged script).
// Lists used: DAD: Business (own), Family (shared, the user owns it), Office (shared, Bilal owns it,
// the user is an editor); TEEN: School, Football; GHAR: گھر, شادی, Family; AMMI: Shaadi, Family.
// Similar pairs (right outcome for a vague mention: ask): DAD 1/2 (two invoices), TEEN 1/2 (two
// assignments), GHAR 2/3 (two bills), AMMI 2/3 (two mehndi tasks).
//
// Clock (its own): Thursday 2026-09-03 19:50 Asia/Dubai (UTC+4, no DST) = 2026-09-03T15:50:00.000Z,
// exported as HELDOUT13_NOW / HELDOUT13_ZONE; run it with runEval's clock set to them (and, on the
// real tools, a database opened with openEvalDatabase(HELDOUT13_NOW)).
//   today / tonight (aaj, آج) = Thu 2026-09-03; "overdue" = before that (or a due_at before 15:50Z);
//   tomorrow (kal, کل, "fri", jumma) = Fri 2026-09-04; day after tomorrow (parson, پرسوں) =
//   Sat 2026-09-05; Saturday (ہفتے کو) = 09-05; Sunday (itwar, اتوار) = 09-06; Monday (somwar, پیر)
//   = 09-07; Tuesday (mangal, منگل) = 09-08; Wednesday = 09-09; "Thursday" said of a test moved
//   later than its Tuesday = Thu 09-10; the 10th = 09-10; the 11th = 09-11; the 15th (پندرہ) =
//   09-15; the 19th = 09-19; the 25th = 09-25; end of the month (mahine ke end, مہینے کے آخر) =
//   Wed 09-30; the 1st (yakum, یکم, "1 tareekh") = Thu 10-01. "this week" (is hafte) is judged only
//   on tasks due Fri 09-04 and Sat 09-05 (in every reading of it); the weekend and "next week" are
//   not judged as dates. Monthly "on the 5th" first falls on Sat 09-05, "on the 25th" on Fri 09-25;
//   "every other Tuesday" first on 09-08; "every other week on Saturday" first on 09-05.
//   Clock times (UTC ISO): tomorrow 9am = 2026-09-04T05:00:00.000Z; tomorrow 10am = 06:00Z;
//   tomorrow 11am = 07:00Z; tomorrow 3pm = 11:00Z; tomorrow 4pm = 12:00Z; tomorrow 5pm = 13:00Z;
//   Saturday 6pm = 2026-09-05T14:00:00.000Z; Saturday 7pm = 15:00Z; Sunday 7am =
//   2026-09-06T03:00:00.000Z; Sunday 10am = 06:00Z; Monday 11am = 2026-09-07T07:00:00.000Z;
//   Tuesday 10am = 2026-09-08T06:00:00.000Z. Fixture moments: DAD 4 = Fri 10am (06:00Z), DAD 12 =
//   today 7pm (2026-09-03T15:00:00.000Z, overdue), TEEN 3 = Sat 5pm (2026-09-05T13:00:00.000Z),
//   GHAR 9 = Mon 10:30 (2026-09-07T06:30:00.000Z), AMMI 5 = Tue 8:30 (2026-09-08T04:30:00.000Z).
// Judging conventions: a plain add (a title, maybe a note) expects add_task; an add with a due
// moment, priority, tags, list, recurrence or reminder expects add_task_details. All-day dates are
// due_date, a clock time is due_at. Titles are listed only where the request fixes them (quoted
// names, renames). Recurrence rules, reminders, notes, comment bodies and assignees are '*'
// (present); an assignee is checked by the reply naming the person. "remind me" expects reminders.
// Several requests in one message expect their calls in the order said. Reads are judged by reply
// regexes (titles that must appear, and with lookaheads titles that must not).
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT13_NOW = new Date('2026-09-03T15:50:00.000Z'); // Thursday, 19:50 in Dubai
export const HELDOUT13_ZONE = 'Asia/Dubai';

/** The father's tasks: the trading business, the family's papers and bills (English titles). */
const DAD: FixtureTask[] = [
  {
    id: 1,
    title: 'Send invoice to Al Noor Traders',
    priority: 'high',
    tags: ['invoices'],
    due_date: '2026-09-04',
    list: 'Business',
  },
  { id: 2, title: 'Send invoice to Gulf Star', tags: ['invoices'], due_date: '2026-09-08', list: 'Business' },
  { id: 3, title: 'Renew trade license', priority: 'medium', due_date: '2026-09-30', list: 'Business' },
  {
    id: 4,
    title: 'Call supplier about container delay',
    due_at: '2026-09-04T06:00:00.000Z',
    list: 'Business',
  },
  {
    id: 5,
    title: 'Pay school fees',
    priority: 'high',
    tags: ['school'],
    due_date: '2026-09-10',
    list: 'Family',
  },
  { id: 6, title: 'Renew Ammi visa', tags: ['visa'], due_date: '2026-09-20' },
  { id: 7, title: 'DEWA bill', tags: ['bills'], due_date: '2026-09-05' },
  { id: 8, title: 'Car service', due_date: '2026-09-12' },
  {
    id: 9,
    title: 'Weekly stock check',
    due_date: '2026-09-06',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    list: 'Business',
  },
  { id: 10, title: 'Book flights to Lahore for December' },
  { id: 11, title: 'Send money to Abbu', completed: true },
  {
    id: 12,
    title: 'Pick up Hamza from football practice',
    due_at: '2026-09-03T15:00:00.000Z',
    list: 'Family',
  },
  { id: 13, title: 'Quarterly VAT return', tags: ['tax'], due_date: '2026-09-28', list: 'Office' },
];

/** The son's tasks: school, football, exams (English titles). */
const TEEN: FixtureTask[] = [
  {
    id: 1,
    title: 'Physics assignment',
    priority: 'high',
    tags: ['school'],
    due_date: '2026-09-07',
    list: 'School',
  },
  { id: 2, title: 'Chemistry assignment', tags: ['school'], due_date: '2026-09-09', list: 'School' },
  {
    id: 3,
    title: 'Football practice',
    due_at: '2026-09-05T13:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    list: 'Football',
  },
  { id: 4, title: 'Buy new football boots', list: 'Football' },
  { id: 5, title: 'Revise for maths test', priority: 'high', due_date: '2026-09-08', list: 'School' },
  { id: 6, title: 'Return library book', due_date: '2026-09-04' },
  { id: 7, title: 'Video call Nani' },
  { id: 8, title: 'Gym membership renewal', due_date: '2026-09-15' },
  { id: 9, title: 'Finish English essay', completed: true, list: 'School' },
  { id: 10, title: 'Pay coach for team kit', priority: 'medium', due_date: '2026-09-05', list: 'Football' },
  { id: 11, title: 'Mock exam prep', tags: ['exams'], due_date: '2026-09-14' },
];

/** The house, in Urdu script: bills, the wedding, guests, the family back home. */
const GHAR: FixtureTask[] = [
  { id: 1, title: 'دودھ اور ڈبل روٹی لانا', due_date: '2026-09-04' },
  { id: 2, title: 'بجلی کا بل جمع کرانا', priority: 'high', tags: ['بل'], due_date: '2026-09-05' },
  { id: 3, title: 'پانی کا بل جمع کرانا', tags: ['بل'], due_date: '2026-09-10' },
  { id: 4, title: 'حمزہ کی اسکول فیس', priority: 'high', due_date: '2026-09-10', list: 'گھر' },
  { id: 5, title: 'خالہ کی بیٹی کی شادی کا تحفہ', due_date: '2026-09-19', list: 'شادی' },
  { id: 6, title: 'درزی سے کپڑے لینا', due_date: '2026-09-06', list: 'شادی' },
  { id: 7, title: 'امی ابو کو فون کرنا', due_date: '2026-09-04', recurrence: 'FREQ=WEEKLY;BYDAY=FR' },
  { id: 8, title: 'ماسی کی تنخواہ', due_date: '2026-10-01', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1' },
  { id: 9, title: 'ڈاکٹر کی اپائنٹمنٹ', due_at: '2026-09-07T06:30:00.000Z' },
  { id: 10, title: 'گیس سلنڈر منگوانا', completed: true },
  { id: 11, title: 'مہمانوں کے لیے کھانے کا انتظام', due_date: '2026-09-11', list: 'گھر' },
  { id: 12, title: 'ویزا کے کاغذات جمع کرانا', priority: 'high', tags: ['ویزا'], due_date: '2026-09-08' },
  { id: 13, title: 'قرآن کلاس کی فیس' },
  { id: 14, title: 'استری والے کو پیسے دینا', due_date: '2026-09-02' },
  { id: 15, title: 'نانی کے لیے دوائیاں بھیجنا', due_date: '2026-09-12', list: 'Family' },
];

/** The mother's tasks in Roman Urdu / English, as she types them. */
const AMMI: FixtureTask[] = [
  { id: 1, title: 'Sabzi aur fruit lana', due_date: '2026-09-04' },
  { id: 2, title: 'Mehndi ka saman', due_date: '2026-09-12', list: 'Shaadi' },
  { id: 3, title: 'Mehndi ke kapray silwana', due_date: '2026-09-10', list: 'Shaadi' },
  { id: 4, title: 'Gas bill', tags: ['bills'], due_date: '2026-09-06' },
  { id: 5, title: 'Hamza ki PTM', due_at: '2026-09-08T04:30:00.000Z' },
  { id: 6, title: 'Khala ko birthday wish karna', due_date: '2026-09-05' },
  { id: 7, title: 'Maid ki salary', due_date: '2026-10-01', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1' },
  { id: 8, title: 'Dawai refill karwana', priority: 'high', due_date: '2026-09-04' },
  { id: 9, title: 'Cake order for Sana birthday', due_date: '2026-09-13' },
  { id: 10, title: 'Dhobi se kapray lana', completed: true },
  { id: 11, title: 'Quran teacher ki fees', due_date: '2026-09-05' },
  { id: 12, title: 'Nani ke liye dawaiyan bhejna', due_date: '2026-09-15', list: 'Family' },
  { id: 13, title: 'Ammi Abbu ko Pakistan call', due_date: '2026-09-06', recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
];

export const HELDOUT13_FIXTURES = { DAD, TEEN, GHAR, AMMI };

export const heldout13: Utterance[] = [
  // ───────────── English ─────────────
  {
    intent: 'add',
    lang: 'en',
    text: 'need to get the new price list from the sharjah supplier',
    fixture: DAD,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'container docs to the clearing agent tmrw',
    fixture: DAD,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-09-04' }, absent: ['due_at'] }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Meeting with Rashid bhai at the warehouse Sunday 10am',
    fixture: DAD,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2026-09-06T06:00:00.000Z' }, absent: ['due_date'] },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'urgent - chase payment from Al Baraka, tag it invoices',
    fixture: DAD,
    expect: { calls: [{ name: 'add_task_details', args: { priority: 'high', tags: ['invoices'] } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "put 'order packing tape' in my business list",
    fixture: DAD,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'order packing tape', list: 'Business' } }],
    },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'ok so remind me tomorrow at 9 in the morning to call the bank about the cheque book',
    fixture: DAD,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-09-04T05:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'al noor invoice sent alhamdulillah',
    fixture: DAD,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'DEWA paid',
    fixture: DAD,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "the money to abbu didn't go through, bank reversed it. still have to send it",
    fixture: DAD,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: 'car service moved to the 19th, garage is full',
    fixture: DAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, due_date: '2026-09-19' } }] },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: 'supplier call is still tomorrow but make it 3pm instead',
    fixture: DAD,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, due_at: '2026-09-04T11:00:00.000Z' } }],
    },
  },
  {
    intent: 'priority',
    lang: 'en',
    text: 'trade license renewal is top priority now, they fined Kamran last month for being late',
    fixture: DAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, priority: 'high' } }] },
  },
  {
    intent: 'tags',
    lang: 'en',
    text: 'tag the VAT return with accounts as well',
    fixture: DAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 13, tags: ['tax', 'accounts'] } }] },
  },
  {
    intent: 'note',
    lang: 'en',
    text: 'add a note to the visa renewal: passport copy, emirates id copy and my salary certificate',
    fixture: DAD,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, description: '*' } }] },
  },
  {
    intent: 'rename',
    lang: 'en',
    text: "rename 'Car service' to 'Car service + oil change'",
    fixture: DAD,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, title: 'Car service + oil change' } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the lahore flights thing should be in Family, wife will book it',
    fixture: DAD,
    expect: { calls: [{ name: 'move_task', args: { task_id: 10, list: 'Family' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "under the trade license one add 'get ejari copy'",
    fixture: DAD,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: 'get ejari copy' } }] },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'remind me an hour before the supplier call pls',
    fixture: DAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, reminders: '*' } }] },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'school fees come every month on the 10th, make it repeat',
    fixture: DAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, recurrence: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'no stock check this sunday, warehouse is closed for maintenance',
    fixture: DAD,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 9 } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'give the VAT return to Bilal, he has the bank statements',
    fixture: DAD,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 13, assignee: '*' } }], reply: 'Bilal' },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'comment on the vat return: still waiting for the august statements from ENBD',
    fixture: DAD,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 13, body: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete the lahore flights one, trip is off this year',
    fixture: DAD,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'paid the dewa bill. also car service is on monday now not the 12th',
    fixture: DAD,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'set_task_details', args: { task_id: 8, due_date: '2026-09-07' } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on for tomorrow",
    fixture: DAD,
    expect: { reply: '^(?![\\s\\S]*Gulf Star)(?![\\s\\S]*DEWA)(?=[\\s\\S]*Al Noor)[\\s\\S]*container' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'anything overdue?',
    fixture: DAD,
    expect: { reply: '^(?![\\s\\S]*DEWA)[\\s\\S]*Hamza' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what do i have in the business list',
    fixture: DAD,
    expect: { reply: '^(?![\\s\\S]*school fees)(?=[\\s\\S]*Gulf Star)(?=[\\s\\S]*licen[cs]e)[\\s\\S]*stock' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'when is the school fee due again?',
    fixture: DAD,
    expect: { reply: '\\b10(th)?\\b|Thu' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'sent the invocie',
    fixture: DAD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'wipe all the business stuff, starting fresh next month',
    fixture: DAD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'help',
    lang: 'en',
    text: 'what can you actually do?',
    fixture: DAD,
    expect: { outcome: 'help' },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'need to buy shin pads',
    fixture: TEEN,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'physics quiz on wednesday',
    fixture: TEEN,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-09-09' }, absent: ['due_at'] }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'match vs Al Wasl academy saturday 6pm, tag football',
    fixture: TEEN,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-09-05T14:00:00.000Z', tags: ['football'] } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'training camp registration fri 4pm in the football list',
    fixture: TEEN,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-09-04T12:00:00.000Z', list: 'Football' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'returned the library book finally',
    fixture: TEEN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'physics assignment submitted!!',
    fixture: TEEN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'miss sent the english essay back, i have to redo it',
    fixture: TEEN,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'priority',
    lang: 'en',
    text: "maths revision isn't that urgent anymore, make it low",
    fixture: TEEN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'low' } }] },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: 'gym renewal can wait till the end of the month',
    fixture: TEEN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, due_date: '2026-09-30' } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'put mock exam prep in School',
    fixture: TEEN,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'School' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'under mock exam prep add: 2023 past paper, 2024 past paper, formula sheet',
    fixture: TEEN,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 11 } },
        { name: 'add_subtask', args: { task_id: 11 } },
        { name: 'add_subtask', args: { task_id: 11 } },
      ],
    },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'football practice is every tuesday and saturday now',
    fixture: TEEN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, recurrence: '*' } }] },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'remind me the night before chemistry is due',
    fixture: TEEN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, reminders: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'remove the gym membership thing, mum cancelled it',
    fixture: TEEN,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "chemistry got moved to the 11th and add 'print lab report' under it",
    fixture: TEEN,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 2, due_date: '2026-09-11' } },
        { name: 'add_subtask', args: { task_id: 2, title: 'print lab report' } },
      ],
    },
  },
  {
    intent: 'tags',
    lang: 'en',
    text: 'tag maths revision and the physics assignment as exams',
    fixture: TEEN,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 5, tags: ['exams'] } },
        { name: 'set_task_details', args: { task_id: 1, tags: ['school', 'exams'] } },
      ],
    },
  },
  {
    intent: 'create_list',
    lang: 'en',
    text: 'make me a list called Exams',
    fixture: TEEN,
    expect: { calls: [{ name: 'create_list', args: { name: 'Exams' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's due this week",
    fixture: TEEN,
    expect: { reply: '^(?![\\s\\S]*gym)(?=[\\s\\S]*library)[\\s\\S]*kit' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'done with the assignment',
    fixture: TEEN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'change the date',
    fixture: TEEN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'help',
    lang: 'en',
    text: 'im so stressed about exams lol',
    fixture: TEEN,
    expect: { outcome: 'help' },
  },
  {
    intent: 'note',
    lang: 'en',
    text: 'for the cake order: chocolate, no nuts, 2kg, write Happy Birthday Sana',
    fixture: AMMI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 9, description: '*' } }] },
  },

  // ───────────── Urdu script ─────────────
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل بینک جانا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-09-04' }, absent: ['due_at'] }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'گھر کے لیے نئے پردے لینے ہیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ہفتے کو شام سات بجے خالہ کے گھر دعوت ہے',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2026-09-05T15:00:00.000Z' }, absent: ['due_date'] },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'بہت ضروری ہے، پاسپورٹ کی تجدید کی فیس جمع کرانی ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task_details', args: { priority: 'high' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'حمزہ کے نئے جوتے لینے ہیں، ٹیگ اسکول لگا دیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task_details', args: { tags: ['اسکول'] } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'شادی والی لسٹ میں ڈال دیں: مہندی کے لیے چوڑیاں',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'شادی' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ابو کی دوائی ختم ہو گئی ہے، لانی ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'ہر مہینے کی پانچ تاریخ کو کرایہ دینا ہے',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task_details', args: { recurrence: '*', due_date: '2026-09-05' }, absent: ['due_at'] },
      ],
    },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'ہر دوسرے منگل کو قرآن کی کلاس',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2026-09-08' } }] },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'کل شام پانچ بجے حمزہ کو فٹبال سے لینا ہے، آدھا گھنٹہ پہلے یاد دلا دینا',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-09-04T13:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مہینے کے آخر تک گاڑی کی رجسٹریشن کروانی ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-09-30' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'یکم کو ماسی کو ایڈوانس دینا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-01' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'کل آٹا لانا ہے اور پرسوں استری والے کو کپڑے دینے ہیں',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2026-09-04' } },
        { name: 'add_task_details', args: { due_date: '2026-09-05' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ہاں سنو وہ یاد سے اتوار کو بچوں کی اسکول کی کتابوں پر کور چڑھانے ہیں',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-09-06' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دودھ اور ڈبل روٹی آ گئی ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'ویزا کے کاغذات آج جمع کرا دیے ہیں الحمدللہ',
    fixture: GHAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'امی ابو سے بات ہو گئی',
    fixture: GHAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'گیس سلنڈر ابھی تک نہیں آیا، وہ دوبارہ کھول دیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'ur',
    text: 'درزی والا کام اتوار کی بجائے منگل کو کر دیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2026-09-08' } }] },
  },
  {
    intent: 'reschedule',
    lang: 'ur',
    text: 'ڈاکٹر کی اپائنٹمنٹ پیر کو ہی ہے لیکن اب گیارہ بجے',
    fixture: GHAR,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, due_at: '2026-09-07T07:00:00.000Z' } }],
    },
  },
  {
    intent: 'reschedule',
    lang: 'ur',
    text: 'حمزہ کی فیس کی تاریخ پندرہ کر دیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2026-09-15' } }] },
  },
  {
    intent: 'priority',
    lang: 'ur',
    text: 'مہمانوں کے کھانے والا کام سب سے ضروری ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, priority: 'high' } }] },
  },
  {
    intent: 'tags',
    lang: 'ur',
    text: 'درزی والے کام پر کپڑے کا ٹیگ لگا دیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, tags: ['کپڑے'] } }] },
  },
  {
    intent: 'note',
    lang: 'ur',
    text: 'شادی کے تحفے میں نوٹ لکھ دیں کہ بجٹ پانچ سو درہم ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, description: '*' } }] },
  },
  {
    intent: 'rename',
    lang: 'ur',
    text: "قرآن کلاس کی فیس کا نام بدل کر 'قاری صاحب کی فیس' کر دیں",
    fixture: GHAR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 13, title: 'قاری صاحب کی فیس' } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'مہمانوں والا کام شادی کی لسٹ میں ڈال دیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'شادی' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'شادی کے تحفے کے نیچے لکھ دیں: گفٹ پیک کروانا',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 5 } }] },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'ڈاکٹر کی اپائنٹمنٹ سے آدھا گھنٹہ پہلے یاد دلا دینا',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, reminders: '*' } }] },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'پانی کا بل ہر مہینے کی دس تاریخ کو آتا ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, recurrence: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعے امی ابو کو فون نہیں ہو سکے گا، اس بار چھوڑ دیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'قرآن کلاس کی فیس والا کام ہٹا دیں، کلاس بند ہو گئی ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'نانی کی دوائیوں والا کام سارہ کے ذمے لگا دیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 15, assignee: '*' } }], reply: 'سارہ|Sara' },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'نانی کی دوائیوں والے کام پر تبصرہ کر دیں کہ کورئیر والے کا نمبر ابو کے پاس ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 15, body: '*' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بجلی کا بل جمع ہو گیا اور کل صبح دس بجے پلمبر کو بلانا ہے',
    fixture: GHAR,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'add_task_details', args: { due_at: '2026-09-04T06:00:00.000Z' } },
      ],
    },
  },
  {
    intent: 'create_list',
    lang: 'ur',
    text: 'ایک نئی لسٹ بنا دیں عمرہ کے نام سے',
    fixture: GHAR,
    expect: { calls: [{ name: 'create_list', args: { name: 'عمرہ' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کل کیا کیا کرنا ہے؟',
    fixture: GHAR,
    expect: { reply: '^(?![\\s\\S]*بجلی)(?=[\\s\\S]*دودھ)[\\s\\S]*فون' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'بلوں والے کام دکھائیں',
    fixture: GHAR,
    expect: { reply: '^(?=[\\s\\S]*بجلی)[\\s\\S]*پانی' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'شادی کی لسٹ میں کیا کیا ہے',
    fixture: GHAR,
    expect: { reply: '^(?![\\s\\S]*مہمان)(?=[\\s\\S]*تحف)[\\s\\S]*درزی' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کون سا کام رہ گیا ہے جس کی تاریخ گزر چکی ہے؟',
    fixture: GHAR,
    expect: { reply: '^(?![\\s\\S]*دودھ)[\\s\\S]*استری' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'سب سے ضروری کام کون سے ہیں',
    fixture: GHAR,
    expect: { reply: '^(?![\\s\\S]*پانی)(?=[\\s\\S]*بجلی)[\\s\\S]*ویزا' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'بل جمع کرا دیا ہے',
    fixture: GHAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سب کچھ مٹا دیں',
    fixture: GHAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'اس کو کل پر کر دیں',
    fixture: GHAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'help',
    lang: 'ur',
    text: 'السلام علیکم',
    fixture: GHAR,
    expect: { outcome: 'help' },
  },
  {
    intent: 'help',
    lang: 'ur',
    text: 'جزاک اللہ بیٹا',
    fixture: GHAR,
    expect: { outcome: 'help' },
  },
  {
    intent: 'help',
    lang: 'ur',
    text: 'آپ کیا کیا کر سکتے ہیں؟',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },

  // ───────────── Roman Urdu ─────────────
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal subah 9 baje DEWA office jana hai',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2026-09-04T05:00:00.000Z' }, absent: ['due_date'] },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'sabzi wale ko pichle hafte ke paise dene hain',
    fixture: AMMI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'ghar ke liye naye parde dekhne hain',
    fixture: AMMI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'parson shaam 6 baje Hamza ka dentist',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2026-09-05T14:00:00.000Z' }, absent: ['due_date'] },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'bohat zaroori hai customs wale papers kal tak clear karwane hain #shipping',
    fixture: DAD,
    expect: {
      calls: [
        { name: 'add_task_details', args: { priority: 'high', tags: ['shipping'], due_date: '2026-09-04' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'shaadi wali list mein daal do: dholki ki booking',
    fixture: AMMI,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'Shaadi' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'mahine ke end tak warehouse ka rent dena hai',
    fixture: DAD,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-09-30' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: '1 tareekh ko school bus ki fees',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-10-01' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'coach ne bola hai sunday ko subah 7 baje ground pe aana hai',
    fixture: TEEN,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-09-06T03:00:00.000Z' } }] },
  },
  {
    intent: 'repeat',
    lang: 'roman',
    text: 'har mahine ki 25 tareekh ko staff ki salary',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2026-09-25' } }] },
  },
  {
    intent: 'repeat',
    lang: 'roman',
    text: 'har doosre hafte saturday ko Hamza ki swimming class',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2026-09-05' } }] },
  },
  {
    intent: 'remind',
    lang: 'roman',
    text: 'kal subah 11 baje Al Noor walon se meeting hai 15 min pehle yaad dila dena',
    fixture: DAD,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-09-04T07:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'kal aata lana hai aur parson mechanic ke paas gaari le jani hai',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2026-09-04' } },
        { name: 'add_task_details', args: { due_date: '2026-09-05' } },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'sabzi fruit le aayi hun',
    fixture: AMMI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'khala ko wish kar diya subah hi',
    fixture: AMMI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'gulf star wali invoice chali gayi hai',
    fixture: DAD,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'physics assignment jama karwa diya finally',
    fixture: TEEN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'dhobi ne kapray abhi tak wapas nahi kiye',
    fixture: AMMI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'gas bill sunday ki bajaye monday ko',
    fixture: AMMI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2026-09-07' } }] },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'PTM ka time change hua hai ab subah 10 baje hai',
    fixture: AMMI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 5, due_at: '2026-09-08T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'maths test postpone ho gaya ab thursday ko hai',
    fixture: TEEN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2026-09-10' } }] },
  },
  {
    intent: 'priority',
    lang: 'roman',
    text: 'dawai wala kaam itna urgent nahi hai, medium kar do',
    fixture: AMMI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'medium' } }] },
  },
  {
    intent: 'priority',
    lang: 'roman',
    text: 'stock check ko high priority kar do bhai',
    fixture: DAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, priority: 'high' } }] },
  },
  {
    intent: 'tags',
    lang: 'roman',
    text: 'cake order pe birthday ka tag laga do',
    fixture: AMMI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, tags: ['birthday'] } }] },
  },
  {
    intent: 'tags',
    lang: 'roman',
    text: 'trade license wale kaam pe govt tag laga do',
    fixture: DAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, tags: ['govt'] } }] },
  },
  {
    intent: 'note',
    lang: 'roman',
    text: 'mehndi ke kapron mein note daal do: 3 suits, size M, gota wala dupatta',
    fixture: AMMI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'rename',
    lang: 'roman',
    text: "'Gas bill' ka naam 'Gas aur internet bill' kar do",
    fixture: AMMI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, title: 'Gas aur internet bill' } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'cake order Family list mein shift kar do, Sara bhi dekh le',
    fixture: AMMI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 9, list: 'Family' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'mehndi ka saman ke neeche add karo: mehndi cones, diye, phool',
    fixture: AMMI,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 2 } },
        { name: 'add_subtask', args: { task_id: 2 } },
        { name: 'add_subtask', args: { task_id: 2 } },
      ],
    },
  },
  {
    intent: 'remind',
    lang: 'roman',
    text: 'PTM se ek ghanta pehle yaad dila dena please',
    fixture: AMMI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, reminders: '*' } }] },
  },
  {
    intent: 'repeat',
    lang: 'roman',
    text: 'gas bill har mahine 6 tareekh ko aata hai',
    fixture: AMMI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, recurrence: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is sunday Pakistan call nahi ho payegi hum log Abu Dhabi ja rahe hain, skip kar do',
    fixture: AMMI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 13 } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'nani ki dawaiyan wala kaam Sara ko de do',
    fixture: AMMI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 12, assignee: '*' } }], reply: 'Sara' },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'nani wale task pe comment kar do ke courier DHL se jayega',
    fixture: AMMI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 12, body: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'Quran teacher ki fees wala delete kar do unhon ne mana kar diya hai',
    fixture: AMMI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'dawai refill ho gayi aur kal shaam 4 baje parlour ki appointment hai',
    fixture: AMMI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 8 } },
        { name: 'add_task_details', args: { due_at: '2026-09-04T12:00:00.000Z' } },
      ],
    },
  },
  {
    intent: 'create_list',
    lang: 'roman',
    text: 'ek nayi list bana do jiska naam ho Umrah',
    fixture: DAD,
    expect: { calls: [{ name: 'create_list', args: { name: 'Umrah' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal ke kaam batao',
    fixture: AMMI,
    expect: { reply: '^(?![\\s\\S]*Gas)(?![\\s\\S]*Khala)(?=[\\s\\S]*Sabzi)[\\s\\S]*Dawai' },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'shaadi list mein kya kya hai',
    fixture: AMMI,
    expect: { reply: '^(?![\\s\\S]*Cake)(?=[\\s\\S]*saman)[\\s\\S]*kapray' },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'is hafte kya kya due hai',
    fixture: TEEN,
    expect: { reply: '^(?![\\s\\S]*gym)(?=[\\s\\S]*library)[\\s\\S]*kit' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'mehndi wala kaam ho gaya',
    fixture: AMMI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'invoice bhej di hai',
    fixture: DAD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab delete kar do yaar',
    fixture: AMMI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'isko aage kar do',
    fixture: AMMI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'help',
    lang: 'roman',
    text: 'assalam o alaikum kaise ho',
    fixture: AMMI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'help',
    lang: 'roman',
    text: 'bohat shukriya',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
];
