// A nineteenth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), biome.json (its formatter settings), server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures
// are used), rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES) and the
// first 140 lines of rules-assistant/eval/heldout18.ts (its header: format, judging conventions, clock, how fixtures
// are declared). Also seen: directory listings of /work/main, rules-assistant/eval/ and server/features/assistant/, a listing of
// /tmp (names only, to place the check script) and the names of changed files in `git status`
// (names only, no content). Not opened: anything under rules-assistant/engine/, docs/, test/,
// eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/probes17.ts, rules-assistant/eval/utterances-statements.ts, the rest of
// utterances.ts, any other held-out set's cases (beyond heldout18's first 140 lines: its header and
// its first fixtures), any git history or diff, any earlier eval output.
// The assistant was never run on these cases; only the file's type check, its own reply regexes
// (through judge() against hand-written replies) and its expected calls (fed straight to the
// in-memory tools) were checked, from a throwaway script outside the repository.
// People (new ones): the receptionist of a two-doctor clinic in Lahore (Dr Qureshi and Dr Naveed:
// appointment confirmations, insurance claims, the PHC registration, a sterilizer, a weekly water
// restock); a software team lead in Karachi (pull requests of Sara and Bilal on the shared list
// Office that Bilal owns, sprint planning, a daily standup, performance reviews, a client demo); a
// mother of three in Islamabad (Omar, Zainab and baby Hamza: parent-teacher meetings, school fees and
// a weekly grocery run on the Family list she shares with Sara, a birthday party); a cricket-club
// captain in Sialkot who types Roman Urdu (ground booking, net practice, membership fees, kit order,
// the umpire and the scorer); a landlord in Rawalpindi who types Roman Urdu (two flats' monthly rent,
// shop repairs, property tax, a tenant's police verification); a grocery-shop (kiryana) owner in
// Gujranwala who types Roman Urdu (supplier payments, stock, the udhaar ledger, a committee
// instalment); a mosque committee treasurer who types Urdu (donations, the imam's and the muezzin's
// salaries, bills, a committee meeting); a woman running a home catering kitchen in Karachi who types
// Urdu (a wedding order, two orders of Mrs Jamil, the gas cylinder, the vegetable market, her
// children's school fee on the Family list). They type the way people do: no command words, typos,
// texting shorthand, long indirect sentences, politeness, several requests at once, relative dates,
// recurring things, reminders, edits (dates, priority, titles, notes, tags), done and not-done news,
// reopening without the word, moves, assignments, comments, subtasks, deletes, skips, a new list,
// questions, two similar tasks and vague or destructive requests (right outcome: ask), small talk
// (no tool at all). One message a case, no earlier turn.
// Intents (this set's labels): add (a plain task), details (a new task with a due moment, list,
// priority, recurrence or reminder), complete, reopen, update (title or note), edit (due moment,
// priority, tags, recurrence, reminders of an existing task), delete, skip, move, assign, comment,
// subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Fixtures (its own): CLINIC, TEAMLEAD, MOTHER (Latin-script titles, for English cases); CRICKET,
// LANDLORD, DUKAN (Latin-script titles, for Roman Urdu cases); MASJID, KHANA (Urdu-script titles, for
// Urdu cases). Similar pairs: CLINIC 1/2 (Thursday appointments of Dr Qureshi and of Dr Naveed),
// TEAMLEAD 1/2 (the pull requests of Sara and of Bilal), MOTHER 2/3 (the parent-teacher meetings of
// Omar and of Zainab), CRICKET 5/6 (calling the umpire and the scorer), LANDLORD 1/2 (the rent of
// flats 2 and 4), DUKAN 1/2 (payments to the Nestle and the Shan Masala suppliers), MASJID 3/4 (the
// imam's and the muezzin's salaries), KHANA 2/3 (Mrs Jamil's qorma and haleem orders). Lists named
// Family and Office are the shared lists of SHARED_LISTS (Family: the user owns it, Sara Khan editor,
// Ali Raza viewer; Office: Bilal Ahmed owns it, the user and Sara editors); Admin, Team, Flats, Shops,
// کمیٹی and آرڈرز are the user's own. No list is named Club. (On the real tools a task cannot be moved
// into a list the user does not own, so every move here goes to one of the user's own lists.)
// Clock (its own): Tuesday 2027-11-16 16:25 Asia/Karachi (UTC+5, no DST) = 2027-11-16T11:25:00.000Z,
// exported as HELDOUT19_NOW / HELDOUT19_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT19_NOW)).
//   today (aaj, آج) = Tue 11-16; tonight (aaj raat, آج رات) = Tue 11-16 evening; tomorrow (kal, کل,
//   tmrw) = Wed 11-17; day after tomorrow (parson, پرسوں) = Thu 11-18; Thursday (jumeraat, جمعرات) =
//   11-18; Friday (jumma, جمعہ) = 11-19; Saturday (hafta, ہفتے کو) = 11-20; Sunday (itwaar, اتوار) =
//   11-21; Monday (peer) = 11-22; a bare "Tuesday" or "next Thursday" (never used); this week = Mon
//   11-15 .. Sun 11-21 (search due 'week' = 11-16..11-22); the weekend = Sat 11-20 .. Sun 11-21; the
//   20th (20 tareekh) = Sat 11-20; the 22nd = Mon 11-22; the 25th (پچیس) = Thu 11-25; the 30th / end
//   of the month = Tue 11-30; 1 December = Wed 12-01; 5 December = Sun 12-05; "every month on the
//   10th" (har mahine 10 tareekh, ہر مہینے دس تاریخ): its first = Fri 2027-12-10 (the 10th of November
//   is past); "every month on the 1st": its first = Wed 12-01; "a day later" from a date D = D + 1.
//   Clock times (PKT = UTC+5), as UTC ISO: tomorrow (Wed 11-17) 8am = 2027-11-17T03:00:00.000Z ("every
//   morning at 8": its first, as 8am today is past), 10am = 05:00Z, 11am = 06:00Z, 5pm = 12:00Z;
//   Thursday 11-18 10:30am = 2027-11-18T05:30:00.000Z, 5pm = 12:00Z; Friday 11-19 4pm =
//   2027-11-19T11:00:00.000Z ("every Friday at 4pm": its first), 6pm = 13:00Z ("har jumme shaam 6
//   baje": its first); Saturday 11-20 11am = 2027-11-20T06:00:00.000Z; Sunday 11-21 10am =
//   2027-11-21T05:00:00.000Z ("ہر اتوار صبح دس بجے": its first). "Remind me a day before" = 1440
//   minutes, "2 days before" = 2880, "an hour before" = 60, "15 min before" = 15.
// Judging conventions (those of the earlier blind sets, as heldout18's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles are listed only where the request fixes them (quoted, or after a colon); RRULEs and
// free-text notes are '*' (present), as is an assignee (the person's name may be given in several
// forms). "Remind me N minutes / hours / a day before" expects reminders [{ minutes_before: N }];
// other reminders are '*'. "Remind me" expects reminders (a due moment alone is not a reminder).
// Changes to existing tasks name their task_id; tags are the whole new list. Reads are judged by the
// reply (titles it must name), not by which read tool was used. Several changes in one message are
// expected in the order the message gives them. Anything ambiguous is '*' or left out of args.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT19_NOW = new Date('2027-11-16T11:25:00.000Z'); // Tuesday 16:25 in Karachi
export const HELDOUT19_ZONE = 'Asia/Karachi';

/** The clinic receptionist in Lahore. */
const CLINIC: FixtureTask[] = [
  {
    id: 1,
    title: "Confirm Dr Qureshi's Thursday appointments",
    tags: ['appointments'],
    due_date: '2027-11-17',
  },
  {
    id: 2,
    title: "Confirm Dr Naveed's Thursday appointments",
    tags: ['appointments'],
    due_date: '2027-11-17',
  },
  { id: 3, title: 'Order printer toner', priority: 'medium' },
  { id: 4, title: 'Renew PHC registration', priority: 'high', due_date: '2027-11-30' },
  { id: 5, title: 'Sterilizer servicing', due_at: '2027-11-18T06:00:00.000Z' },
  {
    id: 6,
    title: 'Send monthly patient report to Dr Qureshi',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2027-12-01',
  },
  {
    id: 7,
    title: 'Restock waiting room water bottles',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2027-11-22',
  },
  { id: 8, title: 'File October insurance claims', priority: 'high', due_date: '2027-11-12' },
  { id: 9, title: 'Update patient register', completed: true },
  { id: 10, title: 'Fix the front desk phone line' },
  { id: 11, title: 'Pay clinic electricity bill', due_date: '2027-11-19' },
  { id: 12, title: 'Call Mrs Farooq about her lab results', due_date: '2027-11-16' },
  { id: 13, title: 'Buy new appointment diary', completed: true },
  { id: 14, title: 'Dengue awareness poster for waiting room', tags: ['poster'] },
];

/** The software team lead in Karachi. */
const TEAMLEAD: FixtureTask[] = [
  { id: 1, title: "Review Sara's pull request (login page)", list: 'Office', due_date: '2027-11-16' },
  { id: 2, title: "Review Bilal's pull request (payments API)", list: 'Office', due_date: '2027-11-17' },
  {
    id: 3,
    title: 'Sprint planning',
    list: 'Office',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_at: '2027-11-22T05:00:00.000Z',
  },
  { id: 4, title: 'Write Q4 performance reviews', priority: 'high', due_date: '2027-11-26' },
  { id: 5, title: 'Fix flaky CI pipeline', list: 'Office', priority: 'medium' },
  { id: 6, title: 'Update onboarding doc for new hires', list: 'Office' },
  { id: 7, title: 'Daily standup', recurrence: 'FREQ=DAILY', due_at: '2027-11-16T04:30:00.000Z' },
  { id: 8, title: 'Book flights to Lahore for DevCon', due_date: '2027-11-24' },
  { id: 9, title: 'Renew company domain', list: 'Admin', completed: true },
  { id: 10, title: '1:1 with Sara', due_at: '2027-11-17T10:00:00.000Z' },
  { id: 11, title: 'Team dinner booking' },
  { id: 12, title: 'Prepare client demo', priority: 'high', tags: ['client'], due_date: '2027-11-19' },
  { id: 13, title: 'Migrate database to Postgres 17', list: 'Office', completed: true },
  { id: 14, title: 'Birthday gift for Bilal' },
];

/** The mother of three in Islamabad. */
const MOTHER: FixtureTask[] = [
  { id: 1, title: "Pack Zainab's school bag for the trip", due_date: '2027-11-17' },
  { id: 2, title: 'Parent-teacher meeting - Omar', list: 'Family', due_at: '2027-11-18T04:00:00.000Z' },
  { id: 3, title: 'Parent-teacher meeting - Zainab', list: 'Family', due_at: '2027-11-19T04:00:00.000Z' },
  {
    id: 4,
    title: 'Pay school fees for all three kids',
    list: 'Family',
    priority: 'high',
    due_date: '2027-11-20',
  },
  { id: 5, title: 'Buy winter uniforms', list: 'Family' },
  { id: 6, title: "Hamza's vaccination (9 months)", due_date: '2027-11-23' },
  {
    id: 7,
    title: 'Grocery run',
    list: 'Family',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2027-11-20',
  },
  { id: 8, title: 'Iron school uniforms', recurrence: 'FREQ=WEEKLY;BYDAY=SU', due_date: '2027-11-21' },
  { id: 9, title: 'Call plumber about the geyser', due_date: '2027-11-15' },
  { id: 10, title: "Book Zainab's swimming class", completed: true },
  { id: 11, title: "Omar's birthday party", tags: ['party'], due_date: '2027-11-27' },
  { id: 12, title: "Return Omar's library books", completed: true },
  { id: 13, title: "Clear out the kids' cupboard" },
  { id: 14, title: 'Sui gas bill', due_date: '2027-11-18' },
];

/** The cricket-club captain in Sialkot (Roman Urdu). */
const CRICKET: FixtureTask[] = [
  { id: 1, title: 'Ground booking for Sunday match', list: 'Team', due_date: '2027-11-19' },
  {
    id: 2,
    title: 'Net practice',
    list: 'Team',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
    due_at: '2027-11-18T11:00:00.000Z',
  },
  {
    id: 3,
    title: 'Players se membership fee collect karni',
    list: 'Team',
    priority: 'high',
    due_date: '2027-11-20',
  },
  { id: 4, title: 'Kit order - Sialkot Sports', list: 'Team', due_date: '2027-11-25' },
  { id: 5, title: 'Umpire ko call karna', due_date: '2027-11-18' },
  { id: 6, title: 'Scorer ko call karna', due_date: '2027-11-18' },
  { id: 7, title: 'Tournament ke liye team selection', list: 'Team', due_date: '2027-11-22' },
  { id: 8, title: 'Naye balls khareedne' },
  { id: 9, title: 'Physio appointment (shoulder)', due_at: '2027-11-17T12:00:00.000Z' },
  { id: 10, title: 'Last match ki report group pe daalni', completed: true },
  { id: 11, title: 'Trophy polish karwani', completed: true },
  { id: 12, title: 'Tournament entry fee jama karwani', priority: 'high', due_date: '2027-11-15' },
];

/** The landlord in Rawalpindi (Roman Urdu). */
const LANDLORD: FixtureTask[] = [
  {
    id: 1,
    title: 'Flat 2 ka kiraya lena',
    list: 'Flats',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2027-11-05',
  },
  {
    id: 2,
    title: 'Flat 4 ka kiraya lena',
    list: 'Flats',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2027-11-05',
  },
  { id: 3, title: 'Shop 1 ki tanki theek karwani', list: 'Shops', due_date: '2027-11-18' },
  { id: 4, title: 'Property tax jama karwana', priority: 'high', due_date: '2027-11-30' },
  { id: 5, title: 'Naye kirayedar ki police verification', due_date: '2027-11-17' },
  { id: 6, title: 'Rent agreement renew - Flat 4', list: 'Flats', due_date: '2027-11-25' },
  { id: 7, title: 'Plumber ko bulana - Flat 2', due_date: '2027-11-16' },
  { id: 8, title: 'Electrician ka hisaab', completed: true },
  { id: 9, title: 'Gate ko paint karwana' },
  { id: 10, title: 'Bijli ke meter ki complaint', due_date: '2027-11-12' },
  { id: 11, title: 'Flat 3 wale ka advance wapas karna', completed: true },
  { id: 12, title: 'Shop 2 ke liye kirayedar dhoondna', list: 'Shops', tags: ['shop'] },
];

/** The kiryana (grocery) shop owner in Gujranwala (Roman Urdu). */
const DUKAN: FixtureTask[] = [
  { id: 1, title: 'Supplier payment - Nestle', due_date: '2027-11-17' },
  { id: 2, title: 'Supplier payment - Shan Masala', due_date: '2027-11-18' },
  { id: 3, title: 'Ghee ka stock mangwana', priority: 'high' },
  {
    id: 4,
    title: 'Udhaar khata check karna',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2027-11-21',
  },
  { id: 5, title: 'Fridge repair wale ko bulana', due_date: '2027-11-16' },
  { id: 6, title: 'Dukaan ki safai', recurrence: 'FREQ=DAILY', due_date: '2027-11-16' },
  { id: 7, title: 'Sales tax return file karni', priority: 'high', due_date: '2027-11-15' },
  { id: 8, title: 'Cheeni ki bori order karni', completed: true },
  { id: 9, title: 'Nayi rate list banwani' },
  { id: 10, title: 'Bank mein cash jama karwana', due_date: '2027-11-16' },
  {
    id: 11,
    title: 'Committee ki qist',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2027-12-10',
  },
  { id: 12, title: 'Shelf ke liye naye rack' },
];

/** The mosque committee treasurer (Urdu). */
const MASJID: FixtureTask[] = [
  { id: 1, title: 'چندے کا حساب مکمل کرنا', due_date: '2027-11-19' },
  { id: 2, title: 'مسجد کا بجلی کا بل جمع کرانا', due_date: '2027-11-20' },
  {
    id: 3,
    title: 'امام صاحب کی تنخواہ',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15',
    due_date: '2027-11-15',
  },
  {
    id: 4,
    title: 'مؤذن صاحب کی تنخواہ',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15',
    due_date: '2027-11-15',
  },
  {
    id: 5,
    title: 'جمعہ سے پہلے مسجد کی صفائی',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2027-11-18',
  },
  { id: 6, title: 'قالین دھلوانا', due_date: '2027-11-25' },
  { id: 7, title: 'واٹر کولر کی مرمت', due_date: '2027-11-17' },
  { id: 8, title: 'کمیٹی میٹنگ', list: 'کمیٹی', due_at: '2027-11-21T14:00:00.000Z' },
  { id: 9, title: 'ماہانہ حساب کمیٹی کو دکھانا', list: 'کمیٹی', due_date: '2027-11-30' },
  { id: 10, title: 'لاؤڈ اسپیکر ٹھیک کروانا', completed: true },
  { id: 11, title: 'رسید بکیں چھپوانا' },
  { id: 12, title: 'وضو خانے کے نلکے بدلوانا', due_date: '2027-11-13' },
];

/** The home catering kitchen in Karachi (Urdu). */
const KHANA: FixtureTask[] = [
  {
    id: 1,
    title: 'شادی کا آرڈر: پچاس افراد کی بریانی',
    list: 'آرڈرز',
    priority: 'high',
    due_date: '2027-11-20',
  },
  { id: 2, title: 'قورمہ کا آرڈر - مسز جمیل', list: 'آرڈرز', due_date: '2027-11-18' },
  { id: 3, title: 'حلیم کا آرڈر - مسز جمیل', list: 'آرڈرز', due_date: '2027-11-19' },
  { id: 4, title: 'گیس سلنڈر بھروانا', due_date: '2027-11-16' },
  { id: 5, title: 'سبزی منڈی سے خریداری', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2027-11-20' },
  { id: 6, title: 'ڈبے اور پیکنگ کا سامان خریدنا' },
  { id: 7, title: 'فوڈ اتھارٹی کا لائسنس', priority: 'medium', due_date: '2027-11-30' },
  { id: 8, title: 'کھانے کی قیمتوں کی نئی فہرست' },
  { id: 9, title: 'بچوں کی اسکول فیس', list: 'Family', due_date: '2027-11-20' },
  { id: 10, title: 'فریزر کی سروس', completed: true },
  { id: 11, title: 'مصالحوں کا اسٹاک', completed: true },
  {
    id: 12,
    title: 'ڈلیوری والے لڑکے کے پیسے',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2027-11-19',
  },
];

/** A reply naming all of these (in any order). */
const all = (...words: string[]) => `^${words.map((w) => `(?=[\\s\\S]*${w})`).join('')}`;

export const heldout19: Utterance[] = [
  // ---------------------------------------------------------------- English: the clinic receptionist
  {
    intent: 'add',
    lang: 'en',
    text: "oh and the AC filter in Dr Qureshi's room needs cleaning at some point, it's making a weird smell",
    fixture: CLINIC,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Mr Saleem wants a callback tmrw around 11 about his MRI report, pls put it down',
    fixture: CLINIC,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-11-17T06:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "Dr Naveed's leave application has to reach admin by Friday. remind me a day before so I don't forget",
    fixture: CLINIC,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_date: '2027-11-19', reminders: [{ minutes_before: 1440 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "every month on the 10th I have to send the lab invoices to Chughtai's, could you set that up for me",
    fixture: CLINIC,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2027-12-10' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'spoke to Mrs Farooq just now, she was relieved, results were all normal',
    fixture: CLINIC,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "the toner came in this morning and it's already in the printer",
    fixture: CLINIC,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'thursday appointments are all confirmed, you can tick that off',
    fixture: CLINIC,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "the sterilizer guy called, he can't make it Thursday, he'll come Saturday instead same time",
    fixture: CLINIC,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 5, due_at: '2027-11-20T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "patients keep complaining they can't get through, the front desk phone line is now the top priority",
    fixture: CLINIC,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, priority: 'high' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "the poster should cover malaria as well, so call it 'Dengue and malaria awareness poster'",
    fixture: CLINIC,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 14, title: 'Dengue and malaria awareness poster' } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'for the October insurance claims, jot down that State Life wants stamped copies this time',
    fixture: CLINIC,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'can the phone line thing go under maintenance? as a tag i mean',
    fixture: CLINIC,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, tags: ['maintenance'] } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "we're not making the dengue poster anymore, the health department sent printed ones. take it off my list",
    fixture: CLINIC,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "hmm the patient register isn't actually up to date, Dr Qureshi found entries missing from Monday",
    fixture: CLINIC,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no need to restock the water bottles this coming Monday, we've still got two full cartons",
    fixture: CLINIC,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what've I got on today? anything I'm behind on?",
    fixture: CLINIC,
    expect: { reply: all('Farooq', 'insurance') },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'when is the clinic electricity bill due again',
    fixture: CLINIC,
    expect: { reply: 'Fri|19' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'which of my things are marked high priority at the moment?',
    fixture: CLINIC,
    expect: { reply: all('PHC', 'insurance') },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'just delete all my tasks, I want to start over fresh from Monday',
    fixture: CLINIC,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "thank you, honestly you've been a lifesaver today with the rush we had",
    fixture: CLINIC,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'Farooq callback done. also PHC registration can move to the 5th of December, they extended the deadline',
    fixture: CLINIC,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 12 } },
        { name: 'set_task_details', args: { task_id: 4, due_date: '2027-12-05' } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'remind me an hour before the sterilizer servicing so I can clear the room',
    fixture: CLINIC,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 5, reminders: [{ minutes_before: 60 }] } }],
    },
  },

  // ---------------------------------------------------------------- English: the team lead
  {
    intent: 'assign',
    lang: 'en',
    text: "could Sara take the onboarding doc? she joined most recently so she knows what's missing from it",
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 6, assignee: '*' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "I'll handle the flaky CI myself, nobody else has the time this sprint",
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 5, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "leave a note on the payments PR review saying the retry logic needs tests before I'll approve it",
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 2, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'under the Q4 perf reviews I also need a step for collecting peer feedback first',
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 4, title: '*' } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'went through the PR, all good, mark it',
    fixture: TEAMLEAD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "merged Sara's login PR after going through it over coffee 👍",
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the client wants the demo on Monday now instead of Friday',
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, due_date: '2027-11-22' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'i want a quick retro with the team every friday at 4pm going forward',
    fixture: TEAMLEAD,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2027-11-19T11:00:00.000Z' } }],
    },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the team dinner booking is more of an admin chore really, file it under Admin with the domain stuff',
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'Admin' } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "there won't be sprint planning next Monday, half of us are at DevCon. just the one week",
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'turns out the Postgres migration is not finished, we had to roll it back last night',
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's still open on the Office list?",
    fixture: TEAMLEAD,
    expect: { reply: all('onboarding', 'CI') },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what do I have due between now and the weekend',
    fixture: TEAMLEAD,
    expect: { reply: all('demo', 'payments') },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "Bilal's gift - drop it, we're all chipping in for one group present and Sara's sorting that out",
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "my 1:1 with Sara is about her raise, so make it '1:1 with Sara - salary discussion'",
    fixture: TEAMLEAD,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 10, title: '1:1 with Sara - salary discussion' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'need to order a new monitor for Hamza, his one keeps flickering',
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'urgent - the postmortem for last nights prod incident has to be written up by thursday',
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'add_task_details', args: { priority: 'high', due_date: '2027-11-18' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'booked the Lahore flights finally. and can the perf reviews be due on the 30th instead, HR gave us more time',
    fixture: TEAMLEAD,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 8 } },
        { name: 'set_task_details', args: { task_id: 4, due_date: '2027-11-30' } },
      ],
    },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "push it to later, I can't deal with it right now",
    fixture: TEAMLEAD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'long day lol, my brain is completely fried',
    fixture: TEAMLEAD,
    expect: { outcome: 'help' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'ping me 15 min before my 1:1 with Sara',
    fixture: TEAMLEAD,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 10, reminders: [{ minutes_before: 15 }] } }],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'stick an SSL certificate renewal in the Office list, the cert expires on the 25th',
    fixture: TEAMLEAD,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'Office' } }] },
  },

  // ---------------------------------------------------------------- English: the mother of three
  {
    intent: 'complete',
    lang: 'en',
    text: "Zainab's bag is packed and sitting by the door 🙂",
    fixture: MOTHER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the school messaged, the parent teacher meeting got moved to 11',
    fixture: MOTHER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "Omar's PTM is at 10:30 now, not 9",
    fixture: MOTHER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_at: '2027-11-18T05:30:00.000Z' } }],
    },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara said she'll do the grocery run this week, put her down for it",
    fixture: MOTHER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 7, assignee: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Hamza has to get his vitamin D drops every morning at 8, I keep forgetting',
    fixture: MOTHER,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2027-11-17T03:00:00.000Z' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "we're out of Omar's inhaler, have to get a new one from the pharmacy",
    fixture: MOTHER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "Zainab's science project is due on the 25th, she wants to make a volcano 🌋",
    fixture: MOTHER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-11-25' } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "the swimming academy called, Zainab's booking fell through, they overbooked the batch",
    fixture: MOTHER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "my mother-in-law cleared out the kids' cupboard yesterday while I was at work, bless her",
    fixture: MOTHER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'remove the plumber one, turned out the geyser just needed the pilot light lit again',
    fixture: MOTHER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the winter uniforms can wait till next month honestly, put them on low priority',
    fixture: MOTHER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'low' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'checked the sui gas bill and the due date on it is actually the 22nd',
    fixture: MOTHER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 14, due_date: '2027-11-22' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "for Omar's party I still need to sort out the cake, the balloons and the return gifts",
    fixture: MOTHER,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 11 } },
        { name: 'add_subtask', args: { task_id: 11 } },
        { name: 'add_subtask', args: { task_id: 11 } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what have I got this weekend?',
    fixture: MOTHER,
    expect: { reply: all('fee', 'grocer', 'iron') },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'let Sara know on the school fees task that the bank challan is in the top drawer',
    fixture: MOTHER,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 4, body: '*' } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "just wipe the whole family list, we'll redo it from scratch",
    fixture: MOTHER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'phew, all three are napping at the same time for once 😴',
    fixture: MOTHER,
    expect: { outcome: 'help' },
  },
  {
    intent: 'move',
    lang: 'en',
    text: "Hamza's vaccination should be on the family list too so Sara can see it",
    fixture: MOTHER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'Family' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'fees paid ✅ and the winter uniforms are bought as well',
    fixture: MOTHER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 4 } },
        { name: 'complete_task', args: { task_id: 5 } },
      ],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no grocery run this saturday, we'll be at my parents' in Murree",
    fixture: MOTHER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'ironing the uniforms has to happen on Wednesdays as well as Sundays from now on',
    fixture: MOTHER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, recurrence: '*' } }] },
  },

  // ---------------------------------------------------------------- Roman Urdu: the cricket captain
  {
    intent: 'complete',
    lang: 'roman',
    text: 'ground book ho gayi hai sunday ke match ke liye, 5000 advance bhi de diya',
    fixture: CRICKET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'call wala kaam ho gaya yaar',
    fixture: CRICKET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'wicket keeper ke liye naye gloves bhi lene hain, purane phat gaye',
    fixture: CRICKET,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har jumme shaam 6 baje team ka fitness session rakhna hai ab se',
    fixture: CRICKET,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2027-11-19T13:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Team wali list mein daal do ke tournament ki jerseys pe naam print karwane hain, 25 tareekh tak',
    fixture: CRICKET,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'Team', due_date: '2027-11-25' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'physio wali appointment parson pe shift ho gayi hai, time wohi hai',
    fixture: CRICKET,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, due_at: '2027-11-18T12:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'kit order bohat urgent hai bhai, tournament se pehle har haal mein chahiye',
    fixture: CRICKET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, priority: 'high' } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'trophy phir se dhundli ho gayi, bachon ne haath laga laga ke kharab kar di',
    fixture: CRICKET,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'balls wala task hata do, sponsor ne 2 dozen de di hain',
    fixture: CRICKET,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is jumeraat net practice nahi hogi, ground pe kisi ki shadi hai',
    fixture: CRICKET,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 2 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'team ke is hafte kya kya kaam pending hain?',
    fixture: CRICKET,
    expect: { reply: all('ground', 'fee') },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'membership fee kab tak collect karni thi?',
    fixture: CRICKET,
    expect: { reply: '20|sat|haft' },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'kit order pe comment kar do ke size chart Usman se confirm karna hai pehle',
    fixture: CRICKET,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 4, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'team selection ke andar do cheezen aur: players ki fitness report, aur last 5 matches ke stats',
    fixture: CRICKET,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 7 } },
        { name: 'add_subtask', args: { task_id: 7 } },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj jeet gaye yaar 🏏🔥 maza aa gaya',
    fixture: CRICKET,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'umpire ko call kar li, scorer ko kal kar lunga',
    fixture: CRICKET,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 5 } },
        { name: 'set_task_details', args: { task_id: 6, due_date: '2027-11-17' } },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'tournament ki entry fee aaj jama karwa di, raseed bhi le li',
    fixture: CRICKET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 12 } }] },
  },

  // ---------------------------------------------------------------- Roman Urdu: the landlord
  {
    intent: 'ask',
    lang: 'roman',
    text: 'kiraya mil gaya hai aaj',
    fixture: LANDLORD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'flat 2 walon ne is mahine ka kiraya de diya aakhir kaar',
    fixture: LANDLORD,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Flat 4 wale keh rahe hain 20 tareekh tak kiraya de denge',
    fixture: LANDLORD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2027-11-20' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal subah 10 baje property dealer se milna hai shop 2 ke silsile mein',
    fixture: LANDLORD,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-11-17T05:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'generator ki servicing har 3 mahine baad karwani hoti hai, pehli 1 December ko',
    fixture: LANDLORD,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2027-12-01' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'rent agreement renew wale kaam ka 2 din pehle yaad dila dena mujhe',
    fixture: LANDLORD,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 6, reminders: [{ minutes_before: 2880 }] } }],
    },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "tanki wale kaam mein motor bhi shamil hai, naam ye kar do: 'Shop 1 ki tanki aur motor theek karwani'",
    fixture: LANDLORD,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 3, title: 'Shop 1 ki tanki aur motor theek karwani' } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'meter ki complaint mein note kar lo, complaint number 4471 hai',
    fixture: LANDLORD,
    expect: { calls: [{ name: 'update_task', args: { task_id: 10, description: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'gate ka paint cancel, society wale khud karwa rahe hain sab gates',
    fixture: LANDLORD,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'Flat 3 wale ka advance abhi wapas nahi hua asal mein, cheque bounce ho gaya',
    fixture: LANDLORD,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'shop 2 ke kirayedar wale kaam pe urgent ka tag bhi laga do',
    fixture: LANDLORD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, tags: ['shop', 'urgent'] } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'mere kaun kaun se kaam late ho gaye hain?',
    fixture: LANDLORD,
    expect: { reply: all('kiraya', 'meter') },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab purane kaam uda do yaar, list bohat lambi ho gayi hai',
    fixture: LANDLORD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya bhai, Allah khush rakhe',
    fixture: LANDLORD,
    expect: { outcome: 'help' },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'plumber wala kaam bhi Flats wali list mein rakh do',
    fixture: LANDLORD,
    expect: { calls: [{ name: 'move_task', args: { task_id: 7, list: 'Flats' } }] },
  },

  // ---------------------------------------------------------------- Roman Urdu: the shopkeeper
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Nestle wale ko paise de diye hain aaj',
    fixture: DUKAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'supplier ko payment kar di hai',
    fixture: DUKAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'dahi ka koi naya supplier dhoondna hai, purana wala khatta maal de raha hai',
    fixture: DUKAN,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine 1 tareekh ko dukaan ka kiraya dena hota hai',
    fixture: DUKAN,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2027-12-01' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson GEPCO ka bill jama karwana hai, subah yaad dila dena',
    fixture: DUKAN,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-11-18', reminders: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'ghee ki koi jaldi nahi, 10 tin abhi pare hain. low priority pe rakh do',
    fixture: DUKAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, priority: 'low' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'fridge wala aaj nahi aaya, ab keh raha hai jumme ko aayega',
    fixture: DUKAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2027-11-19' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is itwaar udhaar khata nahi dekh paunga, shadi pe Lahore ja raha hun',
    fixture: DUKAN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'cheeni ki bori abhi tak nahi aayi, order dobara karna parega',
    fixture: DUKAN,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'aaj kya kya karna hai mujhe?',
    fixture: DUKAN,
    expect: { reply: all('bank', 'fridge') },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'rate list wala kaam hata do, purani hi chalegi abhi',
    fixture: DUKAN,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'bank mein cash jama karwa diya aur dukaan ki safai bhi ho gayi aaj ki',
    fixture: DUKAN,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 10 } },
        { name: 'complete_task', args: { task_id: 6 } },
      ],
    },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'wo wala kaam parson pe daal do',
    fixture: DUKAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'naye rack wale kaam ke neeche likh do: naap lena, carpenter se rate puchna',
    fixture: DUKAN,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 12, title: 'naap lena' } },
        { name: 'add_subtask', args: { task_id: 12, title: 'carpenter se rate puchna' } },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: "Ramzan ka maal alag rakhna hai, ek nayi list bana do 'Ramzan Stock' naam se",
    fixture: DUKAN,
    expect: { calls: [{ name: 'create_list', args: { name: 'Ramzan Stock' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'committee ki agli qist kab deni hai?',
    fixture: DUKAN,
    expect: { reply: '10|dec' },
  },

  // ---------------------------------------------------------------- Urdu: the mosque treasurer
  {
    intent: 'complete',
    lang: 'ur',
    text: 'وضو خانے کے نلکے بدل دیے گئے ہیں الحمدللہ',
    fixture: MASJID,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'تنخواہ دے دی ہے',
    fixture: MASJID,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'امام صاحب کو اس مہینے کی تنخواہ دے دی گئی ہے',
    fixture: MASJID,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مسجد کے لیے نئی جائے نمازیں خریدنی ہیں، پرانی کافی گھس گئی ہیں',
    fixture: MASJID,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہفتے کو چندے کی رقم بینک میں جمع کرانی ہے',
    fixture: MASJID,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-11-20' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر مہینے دس تاریخ کو مسجد کا سوئی گیس کا بل جمع کرانا ہوتا ہے',
    fixture: MASJID,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2027-12-10' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'قالین دھلوانے کا کام پچیس کی بجائے ہفتے کو ہو گا، دھوبی نے جلدی کا کہا ہے',
    fixture: MASJID,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2027-11-20' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'بجلی کے بل کا معاملہ بہت ضروری ہے، کنکشن کٹنے کا نوٹس آ گیا ہے',
    fixture: MASJID,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, priority: 'high' } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'لاؤڈ اسپیکر پھر سے خراب ہو گیا ہے، فجر میں آواز ہی نہیں آئی',
    fixture: MASJID,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'رسید بکوں والا کام مٹا دیں، اب رسیدیں کمپیوٹر سے بنیں گی',
    fixture: MASJID,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے میرے ذمے کیا کیا کام ہیں؟',
    fixture: MASJID,
    expect: { reply: all('چندے', 'کولر') },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کمیٹی کی میٹنگ کب رکھی ہے؟',
    fixture: MASJID,
    expect: { reply: 'اتوار|21|۲۱' },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'کمیٹی میٹنگ سے ایک گھنٹہ پہلے مجھے یاد دلا دیجیے گا',
    fixture: MASJID,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 8, reminders: [{ minutes_before: 60 }] } }],
    },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'چندے کے حساب میں یہ بات لکھ لیں کہ پچھلے جمعہ کا چندہ بارہ ہزار آیا تھا',
    fixture: MASJID,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعرات صفائی نہیں ہو گی، مسجد میں جماعت ٹھہری ہوئی ہے، اگلی بار کریں گے',
    fixture: MASJID,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'نئی کمیٹی آ گئی ہے، سارے کام ختم کر دیں',
    fixture: MASJID,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'جزاک اللہ، آپ سے بہت آسانی ہو گئی',
    fixture: MASJID,
    expect: { outcome: 'help' },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "نلکوں والے کام کا نام 'وضو خانے کے نلکے اور پائپ بدلوانا' کر دیں، پائپ بھی پرانے ہیں",
    fixture: MASJID,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 12, title: 'وضو خانے کے نلکے اور پائپ بدلوانا' } }],
    },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'کولر ٹھیک ہو گیا اور موذن صاحب کو تنخواہ بھی دے دی',
    fixture: MASJID,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'complete_task', args: { task_id: 4 } },
      ],
    },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'قالین والا کام بھی کمیٹی والی فہرست میں رکھ دیں',
    fixture: MASJID,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'کمیٹی' } }] },
  },

  // ---------------------------------------------------------------- Urdu: the home kitchen
  {
    intent: 'complete',
    lang: 'ur',
    text: 'گیس سلنڈر بھروا لیا ہے، اب پورا ہفتہ چلے گا',
    fixture: KHANA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'مسز جمیل کا آرڈر بھیج دیا ہے',
    fixture: KHANA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'مسز جمیل کا قورمہ پہنچ گیا، پیسے بھی مل گئے',
    fixture: KHANA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ایک بڑی دیگ خریدنی ہے، شادیوں کے آرڈر بڑھ رہے ہیں',
    fixture: KHANA,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل شام پانچ بجے خان صاحب کے ہاں پچیس لوگوں کا کھانا پہنچانا ہے',
    fixture: KHANA,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-11-17T12:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'آرڈرز میں یہ بھی ڈال دیں کہ جمعہ کو سلمیٰ باجی کی دعوت کے لیے شامی کباب بنانے ہیں',
    fixture: KHANA,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'آرڈرز', due_date: '2027-11-19' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'شادی والا آرڈر ایک دن آگے ہو گیا ہے، بارات اب اتوار کو ہے',
    fixture: KHANA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, due_date: '2027-11-21' } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'بچوں کی فیس اس دفعہ سارہ جمع کرا دے گی',
    fixture: KHANA,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'فریزر پھر سے ٹھنڈا نہیں کر رہا، سروس والے نے ٹھیک سے کام نہیں کیا',
    fixture: KHANA,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے کون کون سے آرڈر ہیں؟',
    fixture: KHANA,
    expect: { reply: all('شادی', 'قورمہ', 'حلیم') },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'قیمتوں کی نئی فہرست والا کام ہٹا دیں، ریٹ وہی رہیں گے',
    fixture: KHANA,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس ہفتے منڈی نہیں جاؤں گی، پچھلی بار کا سامان ابھی پورا ہے',
    fixture: KHANA,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'فوڈ اتھارٹی والا لائسنس سب سے ضروری ہے، انسپکشن کبھی بھی آ سکتی ہے',
    fixture: KHANA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'شادی والے آرڈر کے نیچے یہ بھی لکھ دیں: چاول، گوشت، دیگیں',
    fixture: KHANA,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 1, title: 'چاول' } },
        { name: 'add_subtask', args: { task_id: 1, title: 'گوشت' } },
        { name: 'add_subtask', args: { task_id: 1, title: 'دیگیں' } },
      ],
    },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'حلیم والے آرڈر پر تبصرہ لکھ دیں کہ مسز جمیل کو مرچ کم چاہیے',
    fixture: KHANA,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 3, body: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج تو بہت تھک گئی ہوں، دو سو کباب بنائے صبح سے',
    fixture: KHANA,
    expect: { outcome: 'help' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'اس کو کل پر کر دیں',
    fixture: KHANA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر اتوار صبح دس بجے پورے ہفتے کا مینیو بنانا ہوتا ہے',
    fixture: KHANA,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2027-11-21T05:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'سلنڈر والے کام کی آج رات آٹھ بجے یاد دہانی کرا دیں',
    fixture: KHANA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, reminders: '*' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'ڈبے اور پیکنگ کا سامان لے آئی ہوں، اور مصالحے پھر سے ختم ہو گئے ہیں',
    fixture: KHANA,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'reopen_task', args: { task_id: 11 } },
      ],
    },
  },
];
