// A fifteenth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure). Nobody fixing the assistant may read the cases below before that run.
// How it was written: blind to the assistant. Opened, and nothing else (in /work/main): README.md,
// server/features/assistant/tools.ts (the tool contract the expected calls are written in), rules-assistant/eval/memory-tools.ts
// (FixtureTask, the in-memory tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a
// set's clock and fixtures are used), rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts
// (types Utterance / ExpectedCall, FIXTURES) and the first 62 lines of rules-assistant/eval/heldout14.ts (its header:
// format, judging conventions, how a clock is exported). Also seen: directory listings of /work/main,
// rules-assistant/eval/ and server/features/assistant/. Not opened: anything under rules-assistant/engine/, docs/assistant.md,
// docs/decisions/, test/assistant*, eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/utterances-statements.ts,
// the rest of utterances.ts, any other held-out set's cases, any git history. The assistant was never
// run on these cases. Checked, from throwaway scripts in /tmp: the file's loading and type check, its
// counts, its own reply regexes (against hand-written replies, through judge()), and that every
// fixture loads and every expected call is accepted, both by the in-memory tools and by the real tools
// on openEvalDatabase (the expected calls fed to the tools directly; no agent involved).
// People (new to this set): Hamza, a software developer in Karachi working remotely for a Dutch
// client (standups, PRs, invoices, staging bugs); Nadia, a mother running a household in Lahore
// (school fees, groceries, bills, guests, the maid, the AC); Usman, a medical student in Peshawar
// (ward rounds, revisions, prof exam form, hostel mess, OSCE); Rafiq, who owns a tailor's shop in
// Hyderabad (orders, fittings, suppliers, karigars' pay). Each writes English, Roman Urdu or Urdu the
// way people type to a task app: statements with no command word, typos and slang, politeness, long
// indirect sentences, several requests in one message, relative dates and times, repeats, reminders,
// edits (rename, note, move a date, priority, tags, list), done news, not-done news without the word
// "reopen", deletes, skips of one occurrence, subtasks, assigning in a shared list, questions about the
// day / weekend / overdue, a change meant for one of two similar tasks, vague or destructive requests
// (right outcome: ask) and small talk (no tool at all). No case has an earlier turn.
// Fixtures of its own: DEV (Hamza), AMMI (Nadia), MEDIC (Usman) and DARZI (Rafiq) with Latin-script
// titles (English / Roman Urdu), used by English and Roman Urdu cases; GHAR (Nadia), KHAYATI (Rafiq)
// and PADHAI (Usman) with Urdu-script titles, used by Urdu-script cases; plus the shared 'empty'.
// Similar pairs: DEV 4/5 (login / checkout bug on staging), AMMI 4/5 (gas / electricity bill), MEDIC
// 2/3 (pharmacology / pathology revision), DARZI 1/2 (Mrs. Qureshi's suit / Qureshi sahab's kurta),
// GHAR 2/3 (gas / electricity bill), KHAYATI 1/2 (Qureshi suit / kurta), PADHAI 1/2 (revisions).
// Lists: 'Family' (AMMI, GHAR) is the shared list of SHARED_LISTS (owner: the eval user; Sara Khan
// editor, Ali Raza viewer); every other list ('Client Work', 'Home', 'Groceries', 'College', 'Hostel',
// 'Orders', 'Supplies', 'آرڈر', 'سامان') is the user's own.
// Clock (its own): Thursday 2026-07-30 22:45 Asia/Karachi (UTC+5, no DST) = 2026-07-30T17:45:00.000Z,
// exported as HELDOUT15_NOW / HELDOUT15_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT15_NOW)).
//   today (aaj, آج) = Thu 07-30; tonight (aaj raat, آج رات) = Thu 07-30 before midnight; tomorrow
//   (kal, tmrw, کل) = Fri 07-31; day after tomorrow (parson, پرسوں) = Sat 08-01; Friday (jumma, جمعہ)
//   = 07-31; Saturday (hafta, ہفتے کو) = 08-01; Sunday (itwar, اتوار) = 08-02; Monday (somvar, peer,
//   پیر) = 08-03; Tuesday (mangal, منگل) = 08-04; Wednesday (budh, بدھ) = 08-05; a bare "Thursday"
//   (today or 08-06) is ambiguous, never used; end of the month (mahine ke aakhir, مہینے کے آخر) =
//   Fri 07-31 (tomorrow); the 1st of next month (اگلے مہینے کی پہلی تاریخ) = Sat 08-01; the 3rd =
//   Mon 08-03; the 5th (5 tareekh, پانچ تاریخ) = Wed 08-05; the 6th = Thu 08-06; the 10th (10
//   tareekh) = Mon 08-10; the 12th (بارہ تاریخ) = Wed 08-12; 14 aug = Fri 08-14; the 15th (پندرہ
//   تاریخ) = Sat 08-15; the 20th = Thu 08-20; aug 10 = Mon 08-10; aug 12 = Wed 08-12. This weekend =
//   Sat 08-01 and Sun 08-02; "this week" (is hafte) is read here as up to Sun 08-02 (search due
//   'week' = 07-30..08-05 covers it); next week = Mon 08-03 to Sun 08-09 (as a date: ambiguous, never
//   judged). "Every day at 10pm" (roz raat 10 baje): the first occurrence (tonight's 22:00 has passed)
//   is ambiguous, never judged; "every sunday morning" / "subah" / "shaam" / "tonight" without a clock
//   time: the due moment is never judged (only that it is a detailed add).
//   Clock times (PKT = UTC+5), as UTC ISO: tonight 11pm (رات گیارہ بجے) = 2026-07-30T18:00:00.000Z,
//   tonight 11:30 = 2026-07-30T18:30:00.000Z; in 2 hours (دو گھنٹے بعد) = Fri 00:45 =
//   2026-07-30T19:45:00.000Z; Friday 07-31: 7am = 2026-07-31T02:00:00.000Z, 8am = 03:00Z, 9am (نو
//   بجے) = 04:00Z, 9:30am = 04:30Z, 2pm = 09:00Z, 4pm (چار بجے) = 11:00Z, 5pm = 12:00Z, 6pm =
//   13:00Z, 6:30pm = 13:30Z; Saturday 08-01: 10am = 2026-08-01T05:00:00.000Z, 11:30am = 06:30Z,
//   4pm = 11:00Z, 5pm = 12:00Z, 6pm (شام چھ بجے) = 13:00Z; Sunday 08-02: 6pm = 2026-08-02T13:00:00.000Z,
//   8pm = 15:00Z; Monday 08-03: 8am (صبح آٹھ بجے) = 2026-08-03T03:00:00.000Z, 10am = 05:00Z, 6pm =
//   13:00Z; Tuesday 08-04 5pm = 2026-08-04T12:00:00.000Z; Thursday 08-06 11am =
//   2026-08-06T06:00:00.000Z; Wednesday 08-12 9am = 2026-08-12T04:00:00.000Z.
// Judging conventions (those of the earlier blind sets, as heldout14's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at (UTC ISO as above). Titles are listed only where the request fixes them (quoted, after a
// colon, or the items of a shopping list); RRULEs and free-text notes are '*' (present), as is an
// assignee. "Remind me N minutes / hours / days before" expects reminders [{ minutes_before: N }];
// other reminders are '*'. "Remind me" expects reminders (a due moment alone is not a reminder).
// Changes to existing tasks name their task_id; several changes to one task said together are one
// set_task_details call; tags are the whole new list. Several requests in one message expect their
// calls in the order said. Reads are judged by the reply (titles it must name), not by which read tool
// was used. A change that could mean either of two similar tasks, a vague "it", and destructive
// requests over everything expect a question and no change; small talk expects no tool call at all.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT15_NOW = new Date('2026-07-30T17:45:00.000Z'); // Thursday 22:45 in Karachi
export const HELDOUT15_ZONE = 'Asia/Karachi';

/** Hamza, developer in Karachi working for a Dutch client. */
const DEV: FixtureTask[] = [
  {
    id: 1,
    title: 'Daily standup',
    tags: ['work'],
    due_at: '2026-07-31T13:30:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    list: 'Client Work',
  },
  {
    id: 2,
    title: 'Review payments refactor PR',
    priority: 'high',
    tags: ['work', 'review'],
    due_date: '2026-07-31',
    list: 'Client Work',
  },
  {
    id: 3,
    title: 'Send July invoice to client',
    priority: 'high',
    tags: ['work', 'money'],
    due_date: '2026-07-31',
    list: 'Client Work',
  },
  {
    id: 4,
    title: 'Fix login bug on staging',
    priority: 'medium',
    tags: ['work', 'bug'],
    due_date: '2026-07-29',
    list: 'Client Work',
  },
  {
    id: 5,
    title: 'Fix checkout bug on staging',
    priority: 'medium',
    tags: ['work', 'bug'],
    due_date: '2026-08-04',
    list: 'Client Work',
  },
  { id: 6, title: 'Renew domain hamza.dev', due_date: '2026-08-05' },
  { id: 7, title: 'Pay internet bill', tags: ['bills'], due_date: '2026-08-03', list: 'Home' },
  {
    id: 8,
    title: 'Gym',
    tags: ['health'],
    due_at: '2026-07-31T02:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
  },
  { id: 9, title: 'Update CV on LinkedIn' },
  { id: 10, title: 'Get laptop battery replaced', completed: true },
  { id: 11, title: 'Write sprint retro notes', completed: true, list: 'Client Work' },
  {
    id: 12,
    title: 'Weekly sync with Jeroen',
    due_at: '2026-08-03T13:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    list: 'Client Work',
  },
  { id: 13, title: 'Call Nani', due_date: '2026-08-02' },
];

/** Nadia, running a household in Lahore (English / Roman Urdu titles). */
const AMMI: FixtureTask[] = [
  {
    id: 1,
    title: 'School fees for Zainab',
    priority: 'high',
    tags: ['school'],
    due_date: '2026-08-05',
    list: 'Family',
  },
  { id: 2, title: 'Parent teacher meeting', due_at: '2026-08-01T05:00:00.000Z', list: 'Family' },
  { id: 3, title: 'Buy groceries for the week', due_date: '2026-07-31', list: 'Groceries' },
  { id: 4, title: 'Pay gas bill', tags: ['bills'], due_date: '2026-07-28' },
  { id: 5, title: 'Pay electricity bill', tags: ['bills'], due_date: '2026-08-02' },
  { id: 6, title: 'Doodh wale ka hisaab', due_date: '2026-07-31' },
  { id: 7, title: 'Dinner for Khala and family', due_at: '2026-08-02T15:00:00.000Z', list: 'Family' },
  { id: 8, title: "Get Hamid's uniform stitched", due_date: '2026-08-06' },
  { id: 9, title: 'Maid salary', due_date: '2026-08-01', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1' },
  { id: 10, title: 'Get AC serviced', completed: true },
  { id: 11, title: "Order cake for Hamid's birthday", due_date: '2026-08-08', list: 'Family' },
  { id: 12, title: 'Quran class fees', completed: true },
  { id: 13, title: 'Water tank cleaning' },
];

/** Usman, medical student in Peshawar. */
const MEDIC: FixtureTask[] = [
  {
    id: 1,
    title: 'Surgery ward round',
    due_at: '2026-07-31T03:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  },
  {
    id: 2,
    title: 'Pharmacology revision',
    priority: 'high',
    tags: ['exam'],
    due_date: '2026-08-03',
    list: 'College',
  },
  { id: 3, title: 'Pathology revision', tags: ['exam'], due_date: '2026-08-06', list: 'College' },
  {
    id: 4,
    title: 'Submit case history to Dr. Afridi',
    priority: 'high',
    due_date: '2026-07-29',
    list: 'College',
  },
  { id: 5, title: 'Pay hostel mess dues', tags: ['hostel'], due_date: '2026-07-31', list: 'Hostel' },
  {
    id: 6,
    title: 'Laundry',
    due_date: '2026-08-01',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    list: 'Hostel',
  },
  { id: 7, title: 'Buy stethoscope', completed: true },
  { id: 8, title: 'Call Ammi Abu', due_date: '2026-08-02', recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
  {
    id: 9,
    title: 'Submit prof exam form',
    priority: 'high',
    tags: ['college'],
    due_date: '2026-08-04',
    list: 'College',
  },
  { id: 10, title: 'Return library books', due_date: '2026-08-01' },
  { id: 11, title: 'OSCE practice with group', due_at: '2026-08-01T11:00:00.000Z', list: 'College' },
  { id: 12, title: 'Make notes on ECG', completed: true, list: 'College' },
];

/** Rafiq, tailor's shop in Hyderabad (Roman Urdu / English titles). */
const DARZI: FixtureTask[] = [
  { id: 1, title: 'Mrs. Qureshi ka suit', tags: ['order'], due_date: '2026-08-01', list: 'Orders' },
  { id: 2, title: 'Qureshi sahab ka kurta', tags: ['order'], due_date: '2026-08-03', list: 'Orders' },
  { id: 3, title: 'Fitting - Aslam sahab sherwani', due_at: '2026-07-31T12:00:00.000Z', list: 'Orders' },
  { id: 4, title: 'Kapra supplier ko payment', priority: 'high', tags: ['payment'], due_date: '2026-07-31' },
  {
    id: 5,
    title: 'Karigaron ki tankhwah',
    tags: ['payment'],
    due_date: '2026-08-01',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
  },
  { id: 6, title: 'Dhaage aur buttons mangwane', list: 'Supplies' },
  { id: 7, title: 'Silai machine repair', completed: true },
  { id: 8, title: 'Bridal lehnga for Kiran', priority: 'medium', due_date: '2026-08-10', list: 'Orders' },
  { id: 9, title: 'Dukaan ka bijli bill', tags: ['bills'], due_date: '2026-08-06' },
  { id: 10, title: 'Eid orders ka hisaab', completed: true },
  { id: 11, title: 'Dukaan ki safai', due_date: '2026-08-02', recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
  { id: 12, title: 'Naya signboard banwana', priority: 'low' },
];

/** Nadia's household, in Urdu script. */
const GHAR: FixtureTask[] = [
  { id: 1, title: 'زینب کی اسکول فیس', priority: 'high', due_date: '2026-08-05', list: 'Family' },
  { id: 2, title: 'گیس کا بل جمع کرانا', due_date: '2026-07-28' },
  { id: 3, title: 'بجلی کا بل جمع کرانا', due_date: '2026-08-02' },
  { id: 4, title: 'سبزی اور پھل لانا', due_date: '2026-07-31' },
  { id: 5, title: 'مہمانوں کے لیے کھانا', due_at: '2026-08-02T15:00:00.000Z', list: 'Family' },
  { id: 6, title: 'ماسی کی تنخواہ', due_date: '2026-08-01', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1' },
  { id: 7, title: 'اے سی کی سروس', completed: true },
  { id: 8, title: 'حامد کی سالگرہ کا کیک', due_date: '2026-08-08', list: 'Family' },
  { id: 9, title: 'پانی کی ٹنکی صاف کروانا' },
  { id: 10, title: 'قرآن کلاس کی فیس', completed: true },
  { id: 11, title: 'درزی سے کپڑے لینا', due_date: '2026-07-31' },
  { id: 12, title: 'امی کو فون کرنا', due_date: '2026-08-02', recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
];

/** Rafiq's shop, in Urdu script. */
const KHAYATI: FixtureTask[] = [
  { id: 1, title: 'مسز قریشی کا سوٹ', due_date: '2026-08-01', list: 'آرڈر' },
  { id: 2, title: 'قریشی صاحب کا کرتا', due_date: '2026-08-03', list: 'آرڈر' },
  { id: 3, title: 'اسلم صاحب کی شیروانی کی فٹنگ', due_at: '2026-07-31T12:00:00.000Z', list: 'آرڈر' },
  { id: 4, title: 'کپڑے والے کو ادائیگی', priority: 'high', due_date: '2026-07-31' },
  { id: 5, title: 'کاریگروں کی تنخواہ', due_date: '2026-08-01', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1' },
  { id: 6, title: 'دھاگے اور بٹن منگوانا', list: 'سامان' },
  { id: 7, title: 'سلائی مشین کی مرمت', completed: true },
  { id: 8, title: 'کرن کا عروسی لہنگا', priority: 'high', due_date: '2026-08-10', list: 'آرڈر' },
  { id: 9, title: 'دکان کی صفائی', due_date: '2026-08-02', recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
  { id: 10, title: 'نیا بورڈ بنوانا', priority: 'low' },
  { id: 11, title: 'دکان کا بجلی کا بل', due_date: '2026-08-06' },
];

/** Usman's studies, in Urdu script. */
const PADHAI: FixtureTask[] = [
  { id: 1, title: 'فارماکولوجی کی دہرائی', priority: 'high', due_date: '2026-08-03' },
  { id: 2, title: 'پیتھالوجی کی دہرائی', due_date: '2026-08-06' },
  {
    id: 3,
    title: 'وارڈ راؤنڈ',
    due_at: '2026-07-31T03:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  },
  { id: 4, title: 'ہاسٹل میس کے واجبات', due_date: '2026-07-31' },
  { id: 5, title: 'کیس ہسٹری جمع کرانی', priority: 'high', due_date: '2026-07-29' },
  { id: 6, title: 'لائبریری کی کتابیں واپس کرنا', due_date: '2026-08-01' },
  { id: 7, title: 'اسٹیتھوسکوپ خریدنا', completed: true },
  { id: 8, title: 'گھر فون کرنا', due_date: '2026-08-02', recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
  { id: 9, title: 'پروف امتحان کا فارم', priority: 'high', due_date: '2026-08-04' },
  { id: 10, title: 'کپڑے دھونا', due_date: '2026-08-01', recurrence: 'FREQ=WEEKLY;BYDAY=SA' },
  { id: 11, title: 'ای سی جی کے نوٹس', completed: true },
];

/** A reply that names every one of these (any order, ignoring case). */
const names = (...titles: string[]): string =>
  `^${titles.map((t) => `(?=[\\s\\S]*${t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')})`).join('')}`;

const ATD = 'add_task_details';
const STD = 'set_task_details';

export const heldout15: Utterance[] = [
  // ───────────────────────────── English ─────────────────────────────
  // adds
  {
    intent: 'add',
    lang: 'en',
    text: 'dentist on tuesday 5pm',
    fixture: 'empty',
    expect: { calls: [{ name: ATD, args: { due_at: '2026-08-04T12:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'remind me to log my july hours in the client portal on the 1st of next month, high priority',
    fixture: DEV,
    expect: {
      calls: [{ name: ATD, args: { due_date: '2026-08-01', priority: 'high', reminders: '*' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'remind me tonight at 11:30 to push my branch before i sleep',
    fixture: DEV,
    expect: { calls: [{ name: ATD, args: { due_at: '2026-07-30T18:30:00.000Z', reminders: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'in 2 hours check if the deploy pipeline finished',
    fixture: DEV,
    expect: { calls: [{ name: ATD, args: { due_at: '2026-07-30T19:45:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'every friday 4pm: send weekly status email to client',
    fixture: DEV,
    expect: {
      calls: [
        {
          name: ATD,
          args: {
            title: 'send weekly status email to client',
            due_at: '2026-07-31T11:00:00.000Z',
            recurrence: '*',
          },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "zainab's school van payment, every month on the 5th",
    fixture: AMMI,
    expect: { calls: [{ name: ATD, args: { due_date: '2026-08-05', recurrence: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'so my sister-in-law and her kids are coming over on the weekend and I really need to get mutton and cold drinks on friday, can you put that down somewhere',
    fixture: AMMI,
    expect: { calls: [{ name: ATD, args: { due_date: '2026-07-31' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'ward test on monday at 8 am, high priority pls',
    fixture: MEDIC,
    expect: {
      calls: [{ name: ATD, args: { due_at: '2026-08-03T03:00:00.000Z', priority: 'high' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'buy a new phone charger',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'rent due end of month',
    fixture: DEV,
    expect: { calls: [{ name: ATD, args: { due_date: '2026-07-31' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Hamid has a dentist appointment on the 6th at 11, remind me a day before',
    fixture: AMMI,
    expect: {
      calls: [
        {
          name: ATD,
          args: { due_at: '2026-08-06T06:00:00.000Z', reminders: [{ minutes_before: 1440 }] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'hostel warden meeting tmrw 2pm remnd me 30 min before',
    fixture: MEDIC,
    expect: {
      calls: [
        { name: ATD, args: { due_at: '2026-07-31T09:00:00.000Z', reminders: [{ minutes_before: 30 }] } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'need to pick up my passport from the TCS office day after tomorrow',
    fixture: DEV,
    expect: { calls: [{ name: ATD, args: { due_date: '2026-08-01' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'call the bank about my card, it got blocked at the atm today',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "Add 'Prepare demo for Jeroen' to Client Work for monday",
    fixture: DEV,
    expect: {
      calls: [
        {
          name: ATD,
          args: { title: 'Prepare demo for Jeroen', list: 'Client Work', due_date: '2026-08-03' },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'the water filter guy comes every 2 weeks on saturday, first visit is this saturday at 10am. put it in please',
    fixture: AMMI,
    expect: { calls: [{ name: ATD, args: { due_at: '2026-08-01T05:00:00.000Z', recurrence: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'db migration to postgres 16, tag it work and infra, due aug 10',
    fixture: DEV,
    expect: {
      calls: [{ name: ATD, args: { tags: ['work', 'infra'], due_date: '2026-08-10' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add eggs, bread and bananas to my Groceries list',
    fixture: AMMI,
    expect: {
      calls: [
        { name: ATD, args: { title: 'eggs', list: 'Groceries' } },
        { name: ATD, args: { title: 'bread', list: 'Groceries' } },
        { name: ATD, args: { title: 'bananas', list: 'Groceries' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'electrician coming at 5 tomorrow',
    fixture: AMMI,
    expect: { calls: [{ name: ATD, args: { due_at: '2026-07-31T12:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "mom's bday 14 aug!! dont forget",
    fixture: 'empty',
    expect: { calls: [{ name: ATD, args: { due_date: '2026-08-14' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "could you please add a task to reply to the recruiter's email? no rush, low priority",
    fixture: DEV,
    expect: { calls: [{ name: ATD, args: { priority: 'low' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'standup every weekday 9:30am',
    fixture: 'empty',
    expect: { calls: [{ name: ATD, args: { due_at: '2026-07-31T04:30:00.000Z', recurrence: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'OSCE exam on aug 12th 9am. remind me 2 hours before pls',
    fixture: MEDIC,
    expect: {
      calls: [
        { name: ATD, args: { due_at: '2026-08-12T04:00:00.000Z', reminders: [{ minutes_before: 120 }] } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'tonight: take out the trash',
    fixture: 'empty',
    expect: { calls: [{ name: ATD, args: { title: 'take out the trash' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add milk and also remind me to call Asad tomorrow at 6pm',
    fixture: 'empty',
    expect: {
      calls: [
        { name: 'add_task' },
        { name: ATD, args: { due_at: '2026-07-31T13:00:00.000Z', reminders: '*' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'two things - book the car service for saturday, and pay the credit card bill by the 5th',
    fixture: DEV,
    expect: {
      calls: [
        { name: ATD, args: { due_date: '2026-08-01' } },
        { name: ATD, args: { due_date: '2026-08-05' } },
      ],
    },
  },
  // changes
  {
    intent: 'update',
    lang: 'en',
    text: 'push the domain renewal to monday',
    fixture: DEV,
    expect: { calls: [{ name: STD, args: { task_id: 6, due_date: '2026-08-03' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'login bug is top priority now, client is literally screaming',
    fixture: DEV,
    expect: { calls: [{ name: STD, args: { task_id: 4, priority: 'high' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "rename 'Update CV on LinkedIn' to 'Update CV and portfolio'",
    fixture: DEV,
    expect: { calls: [{ name: 'update_task', args: { task_id: 9, title: 'Update CV and portfolio' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the invoice is actually due on the 3rd, not tomorrow',
    fixture: DEV,
    expect: { calls: [{ name: STD, args: { task_id: 3, due_date: '2026-08-03' } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'domain renewal should be in Home, not sitting in the inbox',
    fixture: DEV,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'Home' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'add a note to the PR review: check the currency rounding in refunds',
    fixture: DEV,
    expect: { calls: [{ name: 'update_task', args: { task_id: 2, description: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'tag the checkout bug as urgent',
    fixture: DEV,
    expect: { calls: [{ name: STD, args: { task_id: 5, tags: ['work', 'bug', 'urgent'] } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the PTM got moved to 11:30',
    fixture: AMMI,
    expect: { calls: [{ name: STD, args: { task_id: 2, due_at: '2026-08-01T06:30:00.000Z' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "remind me about zainab's school fees 2 days before",
    fixture: AMMI,
    expect: { calls: [{ name: STD, args: { task_id: 1, reminders: [{ minutes_before: 2880 }] } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'pathology revision can wait, make it low priority and push it to the 10th',
    fixture: MEDIC,
    expect: {
      calls: [{ name: STD, args: { task_id: 3, priority: 'low', due_date: '2026-08-10' } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'dr afridi extended the case history deadline till wednesday thank god',
    fixture: MEDIC,
    expect: { calls: [{ name: STD, args: { task_id: 4, due_date: '2026-08-05' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "give zainab's school fees to sara, she's going to the bank anyway",
    fixture: AMMI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 1, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "under the birthday cake task add 'buy return gifts'",
    fixture: AMMI,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 11, title: 'buy return gifts' } }] },
  },
  // done / not done
  {
    intent: 'complete',
    lang: 'en',
    text: 'finally sent the invoice 🎉',
    fixture: DEV,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'PR reviewed and merged. also push the checkout bug to monday',
    fixture: DEV,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: STD, args: { task_id: 5, due_date: '2026-08-03' } },
      ],
    },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'ugh laptop battery is dying in like an hour again, that replacement was useless',
    fixture: DEV,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "turns out the AC isn't fixed, it's still dripping water everywhere",
    fixture: AMMI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'paid the gas bill today finally',
    fixture: AMMI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'submitted the case history to dr afridi and returned the library books too',
    fixture: MEDIC,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 4 } },
        { name: 'complete_task', args: { task_id: 10 } },
      ],
    },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "oops I ticked off the ECG notes by mistake, haven't actually made them yet",
    fixture: MEDIC,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "add 'Renew car registration' for the 20th and mark Call Nani as done",
    fixture: DEV,
    expect: {
      calls: [
        { name: ATD, args: { title: 'Renew car registration', due_date: '2026-08-20' } },
        { name: 'complete_task', args: { task_id: 13 } },
      ],
    },
  },
  // questions
  {
    intent: 'query',
    lang: 'en',
    text: "what's on for tomorrow?",
    fixture: DEV,
    expect: { reply: names('standup', 'payments refactor', 'july invoice', 'gym') },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'anything overdue?',
    fixture: DEV,
    expect: { reply: names('login bug') },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'what do I have this weekend',
    fixture: AMMI,
    expect: { reply: names('parent teacher', 'maid salary', 'electricity bill', 'dinner for khala') },
  },
  {
    intent: 'query',
    lang: 'en',
    text: "what's left in the College list?",
    fixture: MEDIC,
    expect: {
      reply: names('pharmacology', 'pathology', 'case history', 'prof exam form', 'osce practice'),
    },
  },
  {
    intent: 'query',
    lang: 'en',
    text: "what's tagged exam?",
    fixture: MEDIC,
    expect: { reply: names('pharmacology revision', 'pathology revision') },
  },
  {
    intent: 'query',
    lang: 'en',
    text: "what's high priority right now",
    fixture: DEV,
    expect: { reply: names('payments refactor', 'july invoice') },
  },
  // deletes and skips
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete the retro notes task',
    fixture: DEV,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'the society cleaned the water tanks themselves so remove that one',
    fixture: AMMI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'skip gym tomorrow, flying to isb',
    fixture: DEV,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no ward round tomorrow, it's a holiday",
    fixture: MEDIC,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 1 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'get rid of the quran class fees task',
    fixture: AMMI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  // asks and small talk
  {
    intent: 'ask',
    lang: 'en',
    text: 'mark the staging bug as fixed',
    fixture: DEV,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'delete everything',
    fixture: DEV,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'paid the bill',
    fixture: AMMI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'clear my list, starting fresh for the new semester',
    fixture: MEDIC,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'move it to next week',
    fixture: DEV,
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
    text: 'ok good night',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },

  // ───────────────────────────── Roman Urdu ─────────────────────────────
  {
    intent: 'add',
    lang: 'roman',
    text: 'parson subah gym jana hai',
    fixture: 'empty',
    expect: { calls: [{ name: ATD }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Mrs Khan ka suit 10 tareekh tak ready karna hai',
    fixture: DARZI,
    expect: { calls: [{ name: ATD, args: { due_date: '2026-08-10' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'har mahine 5 tareekh ko dukaan ka kiraya dena hota hai',
    fixture: DARZI,
    expect: { calls: [{ name: ATD, args: { due_date: '2026-08-05', recurrence: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal subah 9 baje plumber aayega, aadha ghanta pehle yaad dila dena',
    fixture: AMMI,
    expect: {
      calls: [
        { name: ATD, args: { due_at: '2026-07-31T04:00:00.000Z', reminders: [{ minutes_before: 30 }] } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'pharma ka class test somvar ko 10 baje hai',
    fixture: MEDIC,
    expect: { calls: [{ name: ATD, args: { due_at: '2026-08-03T05:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'ammi ki dawai leni hai',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Bashir sahab ki sherwani ka trial itwar sham 6 baje, aur kal Kiran ko call karna hai lehnga ke design ke liye',
    fixture: DARZI,
    expect: {
      calls: [
        { name: ATD, args: { due_at: '2026-08-02T13:00:00.000Z' } },
        { name: ATD, args: { due_date: '2026-07-31' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'aaj raat 11:30 yaad dilana gate lock karna hai',
    fixture: AMMI,
    expect: { calls: [{ name: ATD, args: { due_at: '2026-07-30T18:30:00.000Z', reminders: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'mahine ke aakhir tak internet ka bill bharna hai',
    fixture: 'empty',
    expect: { calls: [{ name: ATD, args: { due_date: '2026-07-31' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'roz raat 10 baje 1 ghanta anatomy parhni hai',
    fixture: MEDIC,
    expect: { calls: [{ name: ATD, args: { recurrence: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'Aslam sahab ki fitting kal ke bajaye parson rakh do',
    fixture: DARZI,
    expect: { calls: [{ name: STD, args: { task_id: 3, due_at: '2026-08-01T12:00:00.000Z' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'Kiran ka lehnga urgent hai, high priority kar do',
    fixture: DARZI,
    expect: { calls: [{ name: STD, args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'gas ka bill kal tak shift kardo',
    fixture: AMMI,
    expect: { calls: [{ name: STD, args: { task_id: 4, due_date: '2026-07-31' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "signboard wale kaam ka naam 'Naya LED signboard' kar do",
    fixture: DARZI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, title: 'Naya LED signboard' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'school fees wale task mein likh do ke challan Bank Alfalah mein jama hoga',
    fixture: AMMI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'prof exam form pe urgent ka tag bhi laga do',
    fixture: MEDIC,
    expect: { calls: [{ name: STD, args: { task_id: 9, tags: ['college', 'urgent'] } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'supplier ko payment kar di aaj',
    fixture: DARZI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'yaar silai machine phir se kharab ho gayi',
    fixture: DARZI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'mess ke paise de diye bhai',
    fixture: MEDIC,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'kal kya kya hai?',
    fixture: DARZI,
    expect: { reply: names('aslam', 'supplier') },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'is hafte kya kya baaki hai',
    fixture: AMMI,
    expect: { reply: names('parent teacher', 'dinner for khala', 'groceries') },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is itwar dukaan band hai, safai wala skip kar do',
    fixture: DARZI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 11 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'OSCE practice wala task hata do, group ne cancel kar diya',
    fixture: MEDIC,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'Qureshi ka order tayyar ho gaya',
    fixture: DARZI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab kuch delete kar do',
    fixture: AMMI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya bhai, bohat help ho gayi',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },

  // ───────────────────────────── Urdu ─────────────────────────────
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل شام بجلی کا بل جمع کرانا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: ATD }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل صبح نو بجے ڈاکٹر کے پاس جانا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: ATD, args: { due_at: '2026-07-31T04:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ہر مہینے کی پانچ تاریخ کو کمیٹی کے پیسے دینے ہیں',
    fixture: GHAR,
    expect: { calls: [{ name: ATD, args: { due_date: '2026-08-05', recurrence: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'اتوار کو مہمان آ رہے ہیں، ہفتے کو گوشت لانا ہے',
    fixture: GHAR,
    expect: { calls: [{ name: ATD, args: { due_date: '2026-08-01' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مسز ملک کا سوٹ بارہ تاریخ تک تیار کرنا ہے، بہت ضروری ہے',
    fixture: KHAYATI,
    expect: { calls: [{ name: ATD, args: { due_date: '2026-08-12', priority: 'high' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'پیر کو صبح آٹھ بجے میڈیسن کا وارڈ ٹیسٹ ہے، ایک گھنٹہ پہلے یاد دلا دینا',
    fixture: PADHAI,
    expect: {
      calls: [
        { name: ATD, args: { due_at: '2026-08-03T03:00:00.000Z', reminders: [{ minutes_before: 60 }] } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'بچوں کے لیے نئے جوتے خریدنے ہیں',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'آج رات گیارہ بجے بچوں کی یونیفارم استری کرنی ہے',
    fixture: GHAR,
    expect: { calls: [{ name: ATD, args: { due_at: '2026-07-30T18:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مہینے کے آخر میں مکان کا کرایہ دینا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: ATD, args: { due_date: '2026-07-31' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ہر جمعہ شام چار بجے کپڑا مارکیٹ جانا ہوتا ہے',
    fixture: KHAYATI,
    expect: { calls: [{ name: ATD, args: { due_at: '2026-07-31T11:00:00.000Z', recurrence: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'دو گھنٹے بعد یاد دلانا کہ ابو کو فون کرنا ہے',
    fixture: PADHAI,
    expect: { calls: [{ name: ATD, args: { due_at: '2026-07-30T19:45:00.000Z', reminders: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'اگلے مہینے کی پہلی تاریخ کو گاڑی کی انشورنس جمع کرانی ہے اور پندرہ تاریخ کو پاسپورٹ کی تجدید',
    fixture: GHAR,
    expect: {
      calls: [
        { name: ATD, args: { due_date: '2026-08-01' } },
        { name: ATD, args: { due_date: '2026-08-15' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'لیس اور موتی منگوانے ہیں، سامان والی فہرست میں ڈال دو',
    fixture: KHAYATI,
    expect: { calls: [{ name: ATD, args: { list: 'سامان' } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'زینب کی فیس والا کام سارہ کو دے دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 1, assignee: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'اسلم صاحب کی فٹنگ ہفتے کو شام چھ بجے کر دو',
    fixture: KHAYATI,
    expect: { calls: [{ name: STD, args: { task_id: 3, due_at: '2026-08-01T13:00:00.000Z' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'فارماکولوجی کی دہرائی منگل تک آگے کر دو',
    fixture: PADHAI,
    expect: { calls: [{ name: STD, args: { task_id: 1, due_date: '2026-08-04' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "سبزی والے کام کا نام بدل کر 'سبزی، پھل اور انڈے لانا' کر دو",
    fixture: GHAR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, title: 'سبزی، پھل اور انڈے لانا' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'کاریگروں کی تنخواہ سے ایک دن پہلے یاد دلا دینا',
    fixture: KHAYATI,
    expect: { calls: [{ name: STD, args: { task_id: 5, reminders: [{ minutes_before: 1440 }] } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'ہاسٹل میس کے واجبات والا کام ضروری ہے، اس کی ترجیح زیادہ کر دو',
    fixture: PADHAI,
    expect: { calls: [{ name: STD, args: { task_id: 4, priority: 'high' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: "کیک والے کام کے نیچے 'موم بتیاں خریدنا' بھی ڈال دو",
    fixture: GHAR,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 8, title: 'موم بتیاں خریدنا' } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'نیا بورڈ بنوانے والا کام سامان والی فہرست میں ڈال دو',
    fixture: KHAYATI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 10, list: 'سامان' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'گیس کا بل آج جمع کرا دیا ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'اے سی پھر سے پانی ٹپکا رہا ہے، سروس والوں نے ٹھیک سے کام نہیں کیا',
    fixture: GHAR,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کپڑے والے کو پیسے دے دیے اور دھاگے بٹن بھی آ گئے',
    fixture: KHAYATI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 4 } },
        { name: 'complete_task', args: { task_id: 6 } },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کیس ہسٹری جمع کرا دی الحمدللہ',
    fixture: PADHAI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'کل کیا کیا کرنا ہے؟',
    fixture: GHAR,
    expect: { reply: names('سبزی اور پھل', 'درزی سے کپڑے') },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'کون سے کام ہیں جن کی تاریخ نکل گئی؟',
    fixture: PADHAI,
    expect: { reply: names('کیس ہسٹری') },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'سب سے ضروری کام کون سے ہیں؟',
    fixture: KHAYATI,
    expect: { reply: names('کپڑے والے کو ادائیگی', 'عروسی لہنگا') },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'نیا بورڈ بنوانے والا کام مٹا دو، ابھی پیسے نہیں ہیں',
    fixture: KHAYATI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس ہفتے کپڑے دھونے والا کام چھوڑ دو، گھر جا رہا ہوں',
    fixture: PADHAI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 10 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'قریشی والا کام ہو گیا',
    fixture: KHAYATI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'دہرائی مکمل ہو گئی',
    fixture: PADHAI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'بل جمع کرا دیا',
    fixture: GHAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ساری فہرست صاف کر دو',
    fixture: GHAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم، کیسے ہیں آپ؟',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
];
