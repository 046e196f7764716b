// A twenty-second held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), biome.json (its formatter settings), server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures
// are used), rules-assistant/eval/db-tools.ts (its first 150 of 175 lines), the first 75 lines of rules-assistant/eval/utterances.ts
// (types, FIXTURES) and the first 140 lines of rules-assistant/eval/heldout21.ts (its header: format, judging
// conventions, clock, how fixtures are declared). Also seen: directory listings of /work/main, rules-assistant/eval/,
// server/ and server/features/assistant/ (names only) and a grep of tsconfig.json for its "include" line (to know the
// type check covers rules-assistant/eval/). Not opened: anything under rules-assistant/engine/, docs/,
// test/, eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/probes17.ts, rules-assistant/eval/utterances-statements.ts, the rest
// of utterances.ts, any other held-out set's cases (beyond heldout21's first 140 lines: its header and
// its first fixtures), any git history, diff or log (no git command was run), any eval output.
// The assistant was never run on these cases; only the file's type check, its own reply regexes
// (through judge() against hand-written replies) and its expected calls (fed straight to the
// in-memory tools with each case's fixture and this set's clock) were checked, from a throwaway
// script outside the repository.
// People (new ones): a pharmacist with a small chemist shop in Multan (insulin pens and expired
// antibiotics with the distributor, two distributor invoices, the drug sale licence, the vaccine
// fridge's thermometer, the narcotics register, Hamid's salary, the weekly sales register, JazzCash
// reconciling, his father's BP tablets and his daughter Zainab's parent-teacher meeting on the Family
// list he shares with Sara); an economics lecturer at a university in Peshawar (two midterm gradings,
// a PIDE conference paper, slides for Monday's lecture, office hours twice a week, a thesis draft,
// weekly attendance uploads, and the department meeting minutes, an HEC travel grant form and a guest
// lecture room on the shared list Office that Bilal, his chairman, owns with Sara; his mother's gas
// bill on Family); a freelance software developer in Islamabad (two client bug fixes, a Dutch
// client's invoice, the agency's daily standup and API docs on Office, a tax return on IRIS, the PTCL
// bill, weekly laptop backups, a portfolio domain, Rust, a UPS battery, taking his mother to the eye
// doctor on Family); a bakery owner in Lahore who types Roman Urdu (a birthday cake, the Rana family's
// mehndi and walima cupcakes, flour and sugar stock, the oven's servicing, staff pay, the gas bill,
// the daily counter cleaning, a hotel's weekly bread order, a date-biscuit trial, Instagram photos,
// the children's fees on Family); a tailor in Rawalpindi who types Roman Urdu (Imran bhai's kurta and
// waistcoat, Mrs Rizvi's three suits, thread and buttons from Raja Bazar, the machine's repair, the
// shop rent, his apprentice's weekly pay, a committee instalment, the credit register, a sherwani's
// cloth, his mother's medicine on Family); a delivery rider in Karachi who types Roman Urdu (his
// bike's front and rear tyres, oil change, the bike instalment, the weekly Foodpanda payout, a traffic
// challan, his licence, a helmet, his daughter's fee and his father's glasses on Family, the
// electricity bill and rent); a hospital nurse on shifts in Lahore who types Urdu (the dressings of
// the patients in beds 7 and 12, ward 4's medicine stock, the weekly night duty, a BLS certificate,
// her nursing council licence, handover notes, an infection-control meeting, her uniform, the
// electricity bill, the children's van fee and her mother's blood pressure on Family); a farmer near
// Sahiwal who types Urdu (a thresher for the wheat harvest, the tube-well motor, the tube-well's and
// the house's electricity bills, cotton seed, urea, the canal water turn at night, fodder for the
// buffaloes, an agricultural loan instalment, the wheat rate at the mandi, his son's admission form
// on Family, the vet, a tractor tyre). They type the way people do: no command words, typos, texting
// shorthand, long indirect sentences, politeness, several requests at once, relative dates, recurring
// things, reminders, edits (dates, priority, titles, notes, tags), done and not-done news, reopening
// without the word, moves, assignments, comments, subtasks, deletes, skips, a new list, questions, two
// similar tasks and vague or destructive requests (right outcome: ask), small talk (no tool at all).
// One message a case, no earlier turn.
// 155 cases: 65 English, 45 Roman Urdu, 45 Urdu script.
// Intents (this set's labels, as heldout21's): add (a plain task), details (a new task with a due
// moment, list, priority, tags, recurrence or reminder), complete, reopen, update (title or note),
// edit (due moment, priority, tags, recurrence, reminders of an existing task), delete, skip, move,
// assign, comment, subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Fixtures (its own): DAWAKHANA, USTAD, CODER (Latin-script titles, for English cases); BAKERY,
// DARZI, RIDER (Latin-script titles, for Roman Urdu cases); ASPATAAL, KHET (Urdu-script titles, for
// Urdu cases). Similar pairs: DAWAKHANA 3/4 (the Shifa and the Al-Madina distributors' invoices),
// USTAD 1/2 (grading the ECON-201 and the ECON-305 midterms), CODER 1/2 (the shoe store's checkout bug
// and the school app's login bug), BAKERY 2/3 (the Rana family's mehndi and walima cupcakes), DARZI
// 1/2 (Imran bhai's kurta and waistcoat), RIDER 1/2 (the bike's front and rear tyres), ASPATAAL 3/4
// (the dressings of the patients in beds 7 and 12), KHET 3/4 (the tube-well's and the house's
// electricity bills). Lists named Family and Office are the shared lists of SHARED_LISTS (Family: the
// user owns it, Sara Khan editor, Ali Raza viewer; Office: Bilal Ahmed owns it, the user and Sara
// editors); Shop, Suppliers, Teaching, Research, Clients, Home, Orders, Bakery, Silai, Dukaan, Bike,
// Ghar, وارڈ, گھر, کھیت and ٹیوب ویل are the user's own. No list is named Club. Every move goes to
// one of the user's own lists or to Family; every assignment is to Sara (an editor of Family) or to
// Bilal (the owner of Office).
// Clock (its own): Sunday 2030-04-07 09:15 Asia/Karachi (UTC+5, no DST) = 2030-04-07T04:15:00.000Z,
// exported as HELDOUT22_NOW / HELDOUT22_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT22_NOW)). Worked out with node:
//   today (aaj, آج) = Sun 04-07; tomorrow (tmrw, kal, کل) = Mon 04-08 (also "monday"); day after
//   tomorrow (parson, پرسوں) = Tue 04-09 (also "tuesday"); Wednesday (budh, بدھ) = 04-10; Thursday
//   (jumeraat, جمعرات) = 04-11; Friday (jumma, جمعہ) = 04-12; Saturday (hafta, ہفتہ) = 04-13; "agle
//   hafte somvar" (Monday of next week) = 04-15; the 15th = Mon 04-15; the 17th = Wed 04-17; the 18th
//   = Thu 04-18; the 20th = Sat 04-20; the 25th = Thu 04-25; "this week" (is hafte, اس ہفتے) on this
//   Sunday = the coming days, Sun 04-07 .. Sat 04-13 (search due 'week' = 04-07..04-13); 1st of next
//   month (yakum, یکم تاریخ) = Wed 05-01; "every month on the 5th" (ہر مہینے کی 5 تاریخ): its first =
//   Sun 05-05 (04-05 is past); "every month on the 20th": its first = Sat 04-20; "every Thursday": its
//   first = Thu 04-11; "every Friday" (har jummay): its first = Fri 04-12; "every Friday 5pm": its
//   first = Fri 04-12 17:00; "mon wed fri at 7am, starting tomorrow": its first = Mon 04-08 07:00;
//   "every Sunday at 9pm" (ہر اتوار رات 9 بجے): its first = today 04-07 21:00 (still ahead); "every
//   night at 11" (roz raat 11 baje): its first = today 04-07 23:00.
//   Clock times (PKT = UTC+5), as UTC ISO: today 14:00 = 2030-04-07T09:00:00.000Z, 16:00 = 11:00Z,
//   21:00 = 16:00Z, 23:00 = 18:00Z; tomorrow (Mon 04-08) 7am = 2030-04-08T02:00:00.000Z, 8am = 03:00Z,
//   10am = 05:00Z, 10:30am = 05:30Z, 4pm = 11:00Z, 5pm = 12:00Z, 6pm = 13:00Z, 7pm = 14:00Z; Tue 04-09
//   6am = 2030-04-09T01:00:00.000Z, 11am = 06:00Z, 2pm = 09:00Z, 4pm = 11:00Z, 5pm = 12:00Z; Wed 04-10
//   11am = 2030-04-10T06:00:00.000Z, 8pm = 15:00Z, 9pm = 16:00Z; Thu 04-11 3am =
//   2030-04-10T22:00:00.000Z; Fri 04-12 5pm = 2030-04-12T12:00:00.000Z; Thu 04-25 3pm =
//   2030-04-25T10:00:00.000Z. "Remind me a day before" = 1440 minutes, "2 days before" = 2880, "an
//   hour before" = 60, "half an hour before" (aadha ghanta, آدھا گھنٹہ) = 30, "15 min before" = 15.
// Judging conventions (those of the earlier blind sets, as heldout21's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles (and list names) are listed only where the request fixes them (quoted, or after a
// colon, or "called X"); RRULEs and free-text notes and comments are '*' (present), as is an assignee
// (the person's name may be given in several forms). "Remind me N minutes / hours / a day before"
// expects reminders [{ minutes_before: N }]; other reminders are '*'. "Remind me" expects reminders (a
// due moment alone is not a reminder). Changes to existing tasks name their task_id; tags are the
// whole new list. Reads are judged by the reply (titles or the date it must name), not by which read
// tool was used. Several changes in one message are expected in the order the message gives them.
// Anything ambiguous is '*' or left out of args. In this set: "urgent", "bahut zaroori" (بہت ضروری),
// "bump it to high", "more important" (of a medium task) are priority high; a bare "important" /
// "zaroori hai" (ضروری ہے) is priority '*'.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT22_NOW = new Date('2030-04-07T04:15:00.000Z'); // Sunday 09:15 in Karachi
export const HELDOUT22_ZONE = 'Asia/Karachi';

/** The pharmacist with a small chemist shop in Multan. */
const DAWAKHANA: FixtureTask[] = [
  {
    id: 1,
    title: 'Order insulin pens from the distributor',
    list: 'Suppliers',
    priority: 'high',
    due_date: '2030-04-08',
  },
  {
    id: 2,
    title: 'Check expiry dates on the syrup shelf',
    list: 'Shop',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2030-05-01',
  },
  {
    id: 3,
    title: 'Pay Shifa Distributors invoice',
    list: 'Suppliers',
    tags: ['payments'],
    due_date: '2030-04-10',
  },
  {
    id: 4,
    title: 'Pay Al-Madina Distributors invoice',
    list: 'Suppliers',
    tags: ['payments'],
    due_date: '2030-04-12',
  },
  { id: 5, title: 'Renew drug sale licence', priority: 'medium', tags: ['govt'], due_date: '2030-04-30' },
  {
    id: 6,
    title: 'Fix the vaccine fridge thermometer',
    list: 'Shop',
    priority: 'high',
    due_date: '2030-04-07',
  },
  {
    id: 7,
    title: "Pay Hamid's salary",
    tags: ['staff'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2030-05-05',
  },
  {
    id: 8,
    title: 'Update the sales register',
    list: 'Shop',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2030-04-13',
  },
  { id: 9, title: 'Call the DRAP inspector about the visit', completed: true },
  { id: 10, title: "Bring Abba's BP tablets", list: 'Family', due_date: '2030-04-08' },
  {
    id: 11,
    title: 'Reconcile JazzCash payments',
    list: 'Shop',
    tags: ['accounts'],
    due_date: '2030-04-05',
  },
  { id: 12, title: 'Put up Eid closing hours notice', list: 'Shop', completed: true },
  {
    id: 13,
    title: "Zainab's parent-teacher meeting",
    list: 'Family',
    due_at: '2030-04-10T06:00:00.000Z',
  },
  { id: 14, title: 'Return expired antibiotics to the distributor', list: 'Suppliers', completed: true },
];

/** The economics lecturer at a university in Peshawar. */
const USTAD: FixtureTask[] = [
  {
    id: 1,
    title: 'Grade ECON-201 midterm papers',
    list: 'Teaching',
    priority: 'high',
    due_date: '2030-04-09',
  },
  { id: 2, title: 'Grade ECON-305 midterm papers', list: 'Teaching', due_date: '2030-04-11' },
  {
    id: 3,
    title: 'Submit conference paper to PIDE',
    list: 'Research',
    priority: 'high',
    tags: ['research'],
    due_date: '2030-04-15',
  },
  {
    id: 4,
    title: "Prepare slides on inflation for Monday's lecture",
    list: 'Teaching',
    due_at: '2030-04-08T03:00:00.000Z',
  },
  {
    id: 5,
    title: 'Office hours',
    list: 'Teaching',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
    due_at: '2030-04-09T09:00:00.000Z',
  },
  { id: 6, title: 'Department meeting minutes', list: 'Office', due_date: '2030-04-10' },
  { id: 7, title: "Review Sana's thesis draft", list: 'Research', due_date: '2030-04-20' },
  { id: 8, title: 'HEC travel grant form', list: 'Office', tags: ['hec'], due_date: '2030-04-25' },
  { id: 9, title: 'Reply to the external examiner', completed: true },
  { id: 10, title: "Pay Ammi's gas bill", list: 'Family', due_date: '2030-04-13' },
  { id: 11, title: 'Book a room for the guest lecture', list: 'Office', completed: true },
  { id: 12, title: 'Renew library card', priority: 'low', due_date: '2030-04-03' },
  {
    id: 13,
    title: 'Upload attendance to the portal',
    list: 'Teaching',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2030-04-12',
  },
  { id: 14, title: 'Fix the car AC', tags: ['car'] },
];

/** The freelance software developer in Islamabad. */
const CODER: FixtureTask[] = [
  {
    id: 1,
    title: 'Fix checkout bug for the Karachi shoe store',
    list: 'Clients',
    priority: 'high',
    due_at: '2030-04-08T12:00:00.000Z',
  },
  { id: 2, title: 'Fix login bug in the Lahore school app', list: 'Clients', due_date: '2030-04-09' },
  {
    id: 3,
    title: 'Send March invoice to Jansen BV',
    list: 'Clients',
    tags: ['money'],
    due_date: '2030-04-08',
  },
  { id: 4, title: 'Renew portfolio domain', priority: 'low', due_date: '2030-04-20' },
  {
    id: 5,
    title: 'Daily standup with the agency',
    list: 'Office',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    due_at: '2030-04-08T05:30:00.000Z',
  },
  { id: 6, title: "Write API docs for the agency's delivery app", list: 'Office', due_date: '2030-04-12' },
  { id: 7, title: 'File tax return on IRIS', priority: 'medium', tags: ['tax'], due_date: '2030-04-30' },
  { id: 8, title: 'Back up the laptop', recurrence: 'FREQ=WEEKLY;BYDAY=SU', due_date: '2030-04-07' },
  {
    id: 9,
    title: 'Pay PTCL internet bill',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2030-04-10',
  },
  { id: 10, title: 'Add the school app to my portfolio', completed: true },
  { id: 11, title: 'Learn Rust basics', priority: 'low', tags: ['learning'] },
  { id: 12, title: 'Take Ammi to the eye doctor', list: 'Family', due_at: '2030-04-09T11:00:00.000Z' },
  { id: 13, title: 'Logo revisions for the Fiverr buyer', completed: true },
  { id: 14, title: 'Buy a UPS battery', list: 'Home', due_date: '2030-04-04' },
];

/** The bakery owner in Lahore (Roman Urdu). */
const BAKERY: FixtureTask[] = [
  { id: 1, title: 'Mrs Butt ka birthday cake', list: 'Orders', due_at: '2030-04-08T11:00:00.000Z' },
  {
    id: 2,
    title: 'Rana family mehndi ke cupcakes',
    list: 'Orders',
    priority: 'high',
    due_date: '2030-04-11',
  },
  {
    id: 3,
    title: 'Rana family walima ke cupcakes',
    list: 'Orders',
    priority: 'high',
    due_date: '2030-04-13',
  },
  {
    id: 4,
    title: 'Maida aur cheeni ka stock mangwana',
    list: 'Bakery',
    tags: ['stock'],
    due_date: '2030-04-08',
  },
  { id: 5, title: 'Oven ki servicing', list: 'Bakery', priority: 'medium', due_date: '2030-04-10' },
  {
    id: 6,
    title: 'Staff ki tankhwah',
    tags: ['staff'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2030-05-01',
  },
  { id: 7, title: 'Gas ka bill jama karwana', tags: ['bills'], due_date: '2030-04-05' },
  {
    id: 8,
    title: 'Display counter ki safai',
    list: 'Bakery',
    recurrence: 'FREQ=DAILY',
    due_at: '2030-04-08T02:00:00.000Z',
  },
  { id: 9, title: 'Food authority ka license renew', tags: ['govt'], due_date: '2030-04-25' },
  { id: 10, title: 'Khajoor biscuit ka trial', completed: true },
  { id: 11, title: 'Bachon ki school fees', list: 'Family', due_date: '2030-04-10' },
  { id: 12, title: 'Naya mixer dekhna Hall Road pe', priority: 'low', due_date: '2030-04-07' },
  { id: 13, title: 'Instagram pe naye cakes ki photos', tags: ['social'], completed: true },
  {
    id: 14,
    title: 'Shah ji hotel ka bread order',
    list: 'Orders',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2030-04-13',
  },
];

/** The tailor in Rawalpindi (Roman Urdu). */
const DARZI: FixtureTask[] = [
  { id: 1, title: 'Imran bhai ka kurta', list: 'Silai', due_date: '2030-04-09' },
  { id: 2, title: 'Imran bhai ki waistcoat', list: 'Silai', due_date: '2030-04-11' },
  {
    id: 3,
    title: 'Mrs Rizvi ke 3 ladies suit',
    list: 'Silai',
    priority: 'high',
    tags: ['eid'],
    due_date: '2030-04-12',
  },
  { id: 4, title: 'Raja Bazar se dhaga aur button lana', list: 'Dukaan', due_date: '2030-04-08' },
  { id: 5, title: 'Silai machine ki repair', list: 'Dukaan', priority: 'medium' },
  {
    id: 6,
    title: 'Dukaan ka kiraya',
    tags: ['kiraya'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2030-05-05',
  },
  {
    id: 7,
    title: 'Asif ki haftawar tankhwah',
    tags: ['staff'],
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2030-04-11',
  },
  { id: 8, title: 'Naveed sahab ki pant chhoti karni', list: 'Silai', completed: true },
  { id: 9, title: 'Committee ki qist', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10', due_date: '2030-04-10' },
  { id: 10, title: 'Ammi ki dawai', list: 'Family', due_date: '2030-04-08' },
  { id: 11, title: 'Eid orders ki list banana', completed: true },
  { id: 12, title: 'Udhaar wala register check karna', due_date: '2030-04-04' },
  { id: 13, title: 'Sherwani ka kapra dekhna', due_date: '2030-04-20' },
];

/** The delivery rider in Karachi (Roman Urdu). */
const RIDER: FixtureTask[] = [
  { id: 1, title: 'Bike ka agla tyre badalna', list: 'Bike', due_date: '2030-04-09' },
  { id: 2, title: 'Bike ka pichla tyre badalna', list: 'Bike', due_date: '2030-04-12' },
  {
    id: 3,
    title: 'Oil change',
    list: 'Bike',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15',
    due_date: '2030-04-15',
  },
  {
    id: 4,
    title: 'Bike ki qist',
    priority: 'high',
    tags: ['qist'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2030-04-10',
  },
  {
    id: 5,
    title: 'Foodpanda payout check karna',
    tags: ['paisay'],
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2030-04-08',
  },
  { id: 6, title: 'Naya helmet lena', priority: 'low' },
  {
    id: 7,
    title: 'Traffic challan bharna',
    priority: 'high',
    tags: ['challan'],
    due_date: '2030-04-03',
  },
  { id: 8, title: 'Driving license renew karwana', priority: 'medium', due_date: '2030-04-25' },
  { id: 9, title: 'Beti ki school fees', list: 'Family', due_date: '2030-04-10' },
  { id: 10, title: 'Abbu ka chashma banwana', list: 'Family', due_date: '2030-04-14' },
  { id: 11, title: 'Raincoat lena', completed: true },
  { id: 12, title: 'Bijli ka bill JazzCash se', list: 'Ghar', tags: ['bills'], due_date: '2030-04-12' },
  {
    id: 13,
    title: 'Ghar ka kiraya',
    list: 'Ghar',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2030-05-01',
  },
  { id: 14, title: 'Phone ki screen theek karwana', completed: true },
];

/** The hospital nurse on shifts in Lahore (Urdu). */
const ASPATAAL: FixtureTask[] = [
  { id: 1, title: 'وارڈ 4 کی دواؤں کا اسٹاک چیک کرنا', list: 'وارڈ', due_date: '2030-04-08' },
  {
    id: 2,
    title: 'نائٹ ڈیوٹی',
    recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    due_at: '2030-04-10T15:00:00.000Z',
  },
  { id: 3, title: 'بیڈ 7 کے مریض کی ڈریسنگ', list: 'وارڈ', due_at: '2030-04-07T09:00:00.000Z' },
  { id: 4, title: 'بیڈ 12 کے مریض کی ڈریسنگ', list: 'وارڈ', due_at: '2030-04-07T11:00:00.000Z' },
  {
    id: 5,
    title: 'بی ایل ایس ٹریننگ کا سرٹیفکیٹ جمع کرانا',
    priority: 'high',
    tags: ['کاغذات'],
    due_date: '2030-04-15',
  },
  {
    id: 6,
    title: 'نرسنگ کونسل کے لائسنس کی تجدید',
    priority: 'medium',
    tags: ['کاغذات'],
    due_date: '2030-04-30',
  },
  { id: 7, title: 'ہینڈ اوور نوٹس لکھنا', list: 'وارڈ', completed: true },
  { id: 8, title: 'بچوں کی وین کی فیس', list: 'Family', due_date: '2030-04-10' },
  { id: 9, title: 'امی کا بلڈ پریشر چیک کروانا', list: 'Family', due_date: '2030-04-13' },
  {
    id: 10,
    title: 'یونیفارم دھلوانا',
    list: 'گھر',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2030-04-13',
  },
  { id: 11, title: 'بجلی کا بل جمع کرانا', list: 'گھر', tags: ['بل'], due_date: '2030-04-05' },
  { id: 12, title: 'انفیکشن کنٹرول کی میٹنگ', list: 'وارڈ', due_at: '2030-04-09T06:00:00.000Z' },
  { id: 13, title: 'سسٹر انچارج کو چھٹی کی درخواست دینا', completed: true },
  { id: 14, title: 'نئے جوتے خریدنا', priority: 'low' },
];

/** The farmer near Sahiwal with a tube-well (Urdu). */
const KHET: FixtureTask[] = [
  {
    id: 1,
    title: 'گندم کی کٹائی کے لیے تھریشر بک کرنا',
    list: 'کھیت',
    priority: 'high',
    due_date: '2030-04-10',
  },
  {
    id: 2,
    title: 'ٹیوب ویل کی موٹر کی مرمت',
    list: 'ٹیوب ویل',
    priority: 'high',
    due_date: '2030-04-08',
  },
  { id: 3, title: 'ٹیوب ویل کا بجلی کا بل', list: 'ٹیوب ویل', tags: ['بل'], due_date: '2030-04-12' },
  { id: 4, title: 'گھر کا بجلی کا بل', list: 'گھر', tags: ['بل'], due_date: '2030-04-14' },
  { id: 5, title: 'کپاس کا بیج خریدنا', list: 'کھیت', due_date: '2030-04-20' },
  { id: 6, title: 'یوریا کھاد کی بوریاں لانا', list: 'کھیت', completed: true },
  {
    id: 7,
    title: 'نہر کی باری پر پانی لگانا',
    list: 'کھیت',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_at: '2030-04-10T22:00:00.000Z',
  },
  {
    id: 8,
    title: 'بھینسوں کے لیے ونڈا لانا',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2030-04-08',
  },
  { id: 9, title: 'زرعی قرض کی قسط', priority: 'medium', tags: ['بینک'], due_date: '2030-04-25' },
  { id: 10, title: 'منڈی میں گندم کا ریٹ معلوم کرنا', completed: true },
  { id: 11, title: 'بیٹے کا داخلہ فارم', list: 'Family', due_date: '2030-04-09' },
  { id: 12, title: 'جانوروں کے ڈاکٹر کو بلانا', due_date: '2030-04-06' },
  { id: 13, title: 'ٹریکٹر کا ٹائر بدلوانا', list: 'کھیت', priority: 'low' },
];

export const heldout22: Utterance[] = [
  // ---- English: the pharmacist (DAWAKHANA) ----
  {
    intent: 'add',
    lang: 'en',
    text: 'need to get the cracked glass door of the shop fixed b4 it shatters on some customer',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Mrs Naqvi wants 3 tins of Ensure, shes coming to pick them up tmrw evening around 6, put it in Shop',
    fixture: DAWAKHANA,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2030-04-08T13:00:00.000Z', list: 'Shop' } }],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'every thursday i have to send a copy of the narcotics register to the DRAP office, starting this thursday pls',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2030-04-11', recurrence: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'the fire extinguisher refill needs renewing by the 20th, high priority and tag it govt',
    fixture: DAWAKHANA,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2030-04-20', priority: 'high', tags: ['govt'] } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Hamid needs a new lab coat, order it by friday. low priority',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2030-04-12', priority: 'low' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Shifa Distributors invoice is cleared, did the bank transfer last night',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'paid the distributor invoice',
    fixture: DAWAKHANA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "the vaccine fridge thermometer isn't getting fixed today, the technician said tuesday",
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2030-04-09' } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'turns out the DRAP inspector never called me back after all, so I still have to get hold of him',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "Zainab's school cancelled the PTM so you can get rid of that one",
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "shop's closed this saturday so no sales register update, the one after stays as normal",
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: "Abba's BP tablets isnt really a family list thing, I'll just take them off my own shelf. stick it under Shop",
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'move_task', args: { task_id: 10, list: 'Shop' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara said she'll go to Zainab's parent teacher meeting on wed, hand it over to her",
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 13, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'for the drug licence renewal I still need the attested copy of my pharmacist registration, add that as a step under it',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 5 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the jazzcash reconcile should include easypaisa too, rename it to: Reconcile JazzCash and Easypaisa payments',
    fixture: DAWAKHANA,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 11, title: 'Reconcile JazzCash and Easypaisa payments' } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'is anything overdue in the shop list?',
    fixture: DAWAKHANA,
    expect: { reply: 'JazzCash' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'what a day, 2 aunties fought over the last box of Panadol 😂',
    fixture: DAWAKHANA,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "placed the insulin pen order with the distributor, and the fridge thermometer's sorted too",
    fixture: DAWAKHANA,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'complete_task', args: { task_id: 6 } },
      ],
    },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "on the Al-Madina invoice leave a comment that they're giving 2% off if we pay before the 10th",
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 4, body: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "can you remind me an hour before Zainab's PTM",
    fixture: DAWAKHANA,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 13, reminders: [{ minutes_before: 60 }] } }],
    },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "clear out everything in Suppliers, I'm switching to a new distributor anyway",
    fixture: DAWAKHANA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'opening a 2nd branch in Shah Rukn-e-Alam colony inshallah, need a separate list for it called Branch 2',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'create_list', args: { name: 'Branch 2' } }] },
  },

  // ---- English: the lecturer (USTAD) ----
  {
    intent: 'details',
    lang: 'en',
    text: 'ECON-101 quiz is on thursday so i have to make the quiz paper by wednesday night, lets say 9pm',
    fixture: USTAD,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2030-04-10T16:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "I'm presenting at the research seminar on the 25th at 3pm. put it in Research and remind me a day before",
    fixture: USTAD,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            due_at: '2030-04-25T10:00:00.000Z',
            list: 'Research',
            reminders: [{ minutes_before: 1440 }],
          },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'every friday 5pm I want to block an hour for writing, tag it research',
    fixture: USTAD,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2030-04-12T12:00:00.000Z', recurrence: '*', tags: ['research'] },
        },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finally done grading the 305 midterms!!',
    fixture: USTAD,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'grading of midterms done',
    fixture: USTAD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'HEC travel grant form turns out to be more urgent than I thought, bump it to high',
    fixture: USTAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "Sana asked for more time on her thesis draft so I'll review it on the 1st of next month instead",
    fixture: USTAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2030-05-01' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'tag the car AC one with summer too',
    fixture: USTAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 14, tags: ['car', 'summer'] } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "the external examiner replied with a bunch more questions, so that email isn't done after all",
    fixture: USTAD,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'put a note on the PIDE paper: use the 2029 CPI series, not the 2028 one',
    fixture: USTAD,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the slides are actually on monetary policy not inflation. call it: Prepare slides on monetary policy',
    fixture: USTAD,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 4, title: 'Prepare slides on monetary policy' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "don't need the library card anymore, the department got us online access. you can remove it",
    fixture: USTAD,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what have I got tomorrow?',
    fixture: USTAD,
    expect: { reply: 'slides|inflation' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "anything in Office I still haven't done?",
    fixture: USTAD,
    expect: { reply: '(?=[\\s\\S]*minutes)(?=[\\s\\S]*HEC)' },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'Bilal can do the department meeting minutes this time, assign them to him',
    fixture: USTAD,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 6, assignee: '*' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "Minutes are done. Also the room booking for the guest lecture fell through so that one's not done after all",
    fixture: USTAD,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'reopen_task', args: { task_id: 11 } },
      ],
    },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "for the PIDE submission I still have to format the references in APA and get Dr Khattak's sign-off",
    fixture: USTAD,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 3 } },
        { name: 'add_subtask', args: { task_id: 3 } },
      ],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no office hours this tuesday, I'm invigilating. thursday as usual",
    fixture: USTAD,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "that's all for now, JazakAllah khair",
    fixture: USTAD,
    expect: { outcome: 'help' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "just delete everything in Teaching, I'm handing the course over to someone else",
    fixture: USTAD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "gotta return Dr Afridi's econometrics book at some point",
    fixture: USTAD,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "let Bilal know on the dept meeting minutes task that I'll circulate them by wednesday",
    fixture: USTAD,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 6, body: '*' } }] },
  },

  // ---- English: the freelance developer (CODER) ----
  {
    intent: 'add',
    lang: 'en',
    text: 'note to self, look into moving the side projects off Heroku to a cheap VPS',
    fixture: CODER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'i should really write a blog post abt the payment gateway integration i did',
    fixture: CODER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'call with the Jansen guys tmrw 7pm our time, remind me 15 min before',
    fixture: CODER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2030-04-08T14:00:00.000Z', reminders: [{ minutes_before: 15 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'gym mon wed fri at 7am, starting tomorrow. need to stop sitting 12 hrs a day',
    fixture: CODER,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2030-04-08T02:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'pushed the fix for the shoe store checkout and the client confirmed it works 🎉',
    fixture: CODER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'ok UPS battery bought and installed',
    fixture: CODER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'sent Jansen the march invoice this morning',
    fixture: CODER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'ugh the fiverr guy came back, he wants more revisions on the logo',
    fixture: CODER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the agency app docs, add a note that they also want a Postman collection',
    fixture: CODER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'for the PTCL bill remind me 2 days before from now on',
    fixture: CODER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, reminders: [{ minutes_before: 2880 }] } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the IRIS tax return deadline is actually the 17th, change the date',
    fixture: CODER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2030-04-17' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'forget the rust thing, not happening this year',
    fixture: CODER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: "Ammi's eye doctor appointment should be in Home not Family",
    fixture: CODER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'Home' } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'domain renewal belongs with the house stuff, put it in Home',
    fixture: CODER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 4, list: 'Home' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara will take ammi to the eye doctor on tuesday, I have a deadline. it's hers",
    fixture: CODER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 12, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'under the school app login bug: Reproduce on Android 10',
    fixture: CODER,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 2, title: 'Reproduce on Android 10' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'landed a long term client, a Dubai real estate firm. make me a list for them named Dubai Realty',
    fixture: CODER,
    expect: { calls: [{ name: 'create_list', args: { name: 'Dubai Realty' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on my plate for monday",
    fixture: CODER,
    expect: { reply: '(?=[\\s\\S]*checkout)(?=[\\s\\S]*Jansen)' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'which of my tasks are high priority rn?',
    fixture: CODER,
    expect: { reply: 'checkout' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'push the bug fix to friday',
    fixture: CODER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "domain's renewed. and make the tax return high priority pls",
    fixture: CODER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 4 } },
        { name: 'set_task_details', args: { task_id: 7, priority: 'high' } },
      ],
    },
  },

  // ---- Roman Urdu: the bakery owner (BAKERY) ----
  {
    intent: 'add',
    lang: 'roman',
    text: 'yaar cake ke naye dabbe order karne hain, purane khatam ho rahe hain',
    fixture: BAKERY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal subah 10 baje Ahmed sahab 5 pound ka red velvet lene aayenge, Orders mein daal do',
    fixture: BAKERY,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2030-04-08T05:00:00.000Z', list: 'Orders' } }],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har jummay masjid ke liye 50 naan ka order bhi hota hai, isi jumme se shuru',
    fixture: BAKERY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2030-04-12', recurrence: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Mrs Butt ka cake ban gaya aur woh utha ke le bhi gayi',
    fixture: BAKERY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'Rana walon ke cupcakes ready ho gaye',
    fixture: BAKERY,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'oven servicing wala banda parson aaye ga, date badal do',
    fixture: BAKERY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2030-04-09' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'staff ki tankhwah se 1 din pehle yaad dila dena',
    fixture: BAKERY,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 6, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'khajoor wale biscuit ka trial dobara karna parega, taste sahi nahi aaya',
    fixture: BAKERY,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'maida cheeni wale kaam mein likh do ke 10 bori maida aur 5 bori cheeni chahiye',
    fixture: BAKERY,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, description: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is hafte Shah ji ka bread order nahi hai, hotel renovation ki wajah se band hai',
    fixture: BAKERY,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 14 } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'bachon ki school fees Sara jama karwa degi, us ke naam kar do',
    fixture: BAKERY,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 11, assignee: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'aaj ka kya scene hai, kya kya karna hai?',
    fixture: BAKERY,
    expect: { reply: 'mixer' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya bhai, bari help ho gayi',
    fixture: BAKERY,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'gas ka bill jama ho gaya. aur instagram wali photos phir se dalni hain, account se delete ho gayi thi',
    fixture: BAKERY,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'reopen_task', args: { task_id: 13 } },
      ],
    },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'naye mixer wala chakkar chhoro, purana hi theek karwa liya hai. hata do',
    fixture: BAKERY,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },

  // ---- Roman Urdu: the tailor (DARZI) ----
  {
    intent: 'details',
    lang: 'roman',
    text: 'Rizvi madam ki beti ka gharara bhi hai 18 tareekh tak, urgent hai',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2030-04-18', priority: 'high' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine ki 20 ko dukaan ka bijli ka bill, Dukaan list mein',
    fixture: DARZI,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2030-04-20', recurrence: '*', list: 'Dukaan' } },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'imran bhai ka kurta sil gaya, kal de dunga unko',
    fixture: DARZI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'Imran bhai wala kaam mukammal ho gaya',
    fixture: DARZI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Mrs Rizvi ke suits ab 15 tareekh tak chahiye, unhon ne jaldi mangwaye hain',
    fixture: DARZI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2030-04-15' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'committee ki qist pe committee ka tag laga do',
    fixture: DARZI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, tags: ['committee'] } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'sherwani wale kaam ka naam badal do: Waqas ki sherwani ka kapra Raja Bazar se',
    fixture: DARZI,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 13, title: 'Waqas ki sherwani ka kapra Raja Bazar se' } },
      ],
    },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'ammi ki dawai wala kaam Family se nikal ke Dukaan mein kar do, dukaan se wapsi pe le aunga',
    fixture: DARZI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 10, list: 'Dukaan' } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'ammi ki dawai pe comment kar do ke Sara baji ne nuskha bhej diya hai',
    fixture: DARZI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 10, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'sherwani wale kaam ke andar Waqas ka naap lena bhi daal do',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 13 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'Naveed sahab ki pant wala purana kaam hata do',
    fixture: DARZI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kaun kaun se kaam late ho gaye hain?',
    fixture: DARZI,
    expect: { reply: 'udhaar|register' },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is jumeraat Asif ko tankhwah nahi deni, advance le chuka hai. agli dafa se normal',
    fixture: DARZI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: "ek nayi list bana do 'Eid Orders' naam ki",
    fixture: DARZI,
    expect: { calls: [{ name: 'create_list', args: { name: 'Eid Orders' } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab purane kaam mita do yaar, bohat rush ho gaya hai',
    fixture: DARZI,
    expect: { outcome: 'ask' },
  },

  // ---- Roman Urdu: the delivery rider (RIDER) ----
  {
    intent: 'add',
    lang: 'roman',
    text: 'petrol pump wale se purane 2000 wapis lene hain',
    fixture: RIDER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'bike ke liye mobile holder lena hai',
    fixture: RIDER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson shaam 5 baje Gulshan mein parcel deliver karna hai, aadha ghanta pehle yaad dila dena',
    fixture: RIDER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2030-04-09T12:00:00.000Z', reminders: [{ minutes_before: 30 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'roz raat 11 baje din ki kamai likhni hai',
    fixture: RIDER,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2030-04-07T18:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'challan bhar diya bhai, 500 ka tha',
    fixture: RIDER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'agla tyre badal liya aaj',
    fixture: RIDER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'phone ki screen phir toot gayi yaar',
    fixture: RIDER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'helmet wale mein likh do ke ISI wala lena hai, sasta nahi',
    fixture: RIDER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'license renewal urgent kar do, warden ne warning di hai',
    fixture: RIDER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'bijli ka bill Family wali list mein daal do, biwi bhar degi',
    fixture: RIDER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'Family' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'abbu ka chashma Sara banwa degi, usko assign kar do',
    fixture: RIDER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'beti ki fees pe comment daal do: school ne late fee maaf kar di',
    fixture: RIDER,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'bike ki qist kab deni hai?',
    fixture: RIDER,
    expect: { reply: '10|budh|wed' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj barish mein 14 order kiye, bohat thak gaya hun',
    fixture: RIDER,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'oil change karwa liya, aur pichla tyre agle hafte somvar ko kar do',
    fixture: RIDER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2030-04-15' } },
      ],
    },
  },

  // ---- Urdu: the nurse (ASPATAAL) ----
  {
    intent: 'add',
    lang: 'ur',
    text: 'ڈیوٹی بیگ کے لیے نئی قینچی لینی ہے',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'سسٹر روبینہ کے ہزار روپے واپس کرنے ہیں',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل صبح 8 بجے مارننگ ڈیوٹی ہے، ایک گھنٹہ پہلے یاد دلا دینا',
    fixture: ASPATAAL,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2030-04-08T03:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر اتوار رات 9 بجے اگلے ہفتے کا ڈیوٹی روسٹر دیکھنا ہوتا ہے',
    fixture: ASPATAAL,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2030-04-07T16:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'وارڈ والی فہرست میں 20 تاریخ کو کریش کارٹ کا معائنہ ڈال دو، بہت ضروری ہے',
    fixture: ASPATAAL,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_date: '2030-04-20', list: 'وارڈ', priority: 'high' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بیڈ 12 والے مریض کی ڈریسنگ کر دی ہے',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ڈریسنگ کر دی',
    fixture: ASPATAAL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'ہینڈ اوور نوٹس دوبارہ لکھنے پڑیں گے، سسٹر انچارج نے واپس کر دیے ہیں',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'انفیکشن کنٹرول والی میٹنگ میں نوٹ لکھ دو کہ ہاتھ دھونے کی آڈٹ رپورٹ ساتھ لے کر جانی ہے',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, description: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'جوتوں والے کام کا نام بدل دو: ڈیوٹی کے لیے نرم جوتے خریدنا',
    fixture: ASPATAAL,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 14, title: 'ڈیوٹی کے لیے نرم جوتے خریدنا' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'امی کا بی پی چیک اپ جمعرات کو کروا دوں گی، ہفتے کو نہیں ہو سکے گا',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, due_date: '2030-04-11' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'نرسنگ کونسل والا لائسنس زیادہ ضروری ہے، اس کی ترجیح بڑھا کر ہائی کر دو',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'high' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'نئے جوتوں والا کام مٹا دو، بھائی نے تحفے میں دے دیے ہیں',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس ہفتے یونیفارم دھلوانے کی ضرورت نہیں، میں چھٹی پر ہوں۔ اگلے ہفتے سے پھر',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 10 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'بجلی کے بل والا کام Family والی فہرست میں ڈال دو',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'Family' } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'امی کا بی پی چیک اپ سارہ کروا دے گی، یہ کام اس کے ذمے کر دو',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'بچوں کی وین فیس پر تبصرہ کر دو کہ ڈرائیور نے اس مہینے سے 500 بڑھا دیے ہیں',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 8, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'بی ایل ایس سرٹیفکیٹ والے کام کے نیچے ایک اور کام: فوٹو کاپی کروانا',
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 5, title: 'فوٹو کاپی کروانا' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'آج میرے ذمے کیا کیا ہے؟',
    fixture: ASPATAAL,
    expect: { reply: 'ڈریسنگ' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اگلی نائٹ ڈیوٹی کب ہے؟',
    fixture: ASPATAAL,
    expect: { reply: '10|۱۰|بدھ' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'وارڈ کی ساری چیزیں ختم کر دو',
    fixture: ASPATAAL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج بہت تھکا دینے والی شفٹ تھی، بس دعا کیجیے گا',
    fixture: ASPATAAL,
    expect: { outcome: 'help' },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: "ایک نئی فہرست بنا دو 'ٹریننگ' کے نام سے",
    fixture: ASPATAAL,
    expect: { calls: [{ name: 'create_list', args: { name: 'ٹریننگ' } }] },
  },

  // ---- Urdu: the farmer (KHET) ----
  {
    intent: 'add',
    lang: 'ur',
    text: 'ڈیرے کی چھت کی مرمت کروانی ہے بارشوں سے پہلے',
    fixture: KHET,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'جمعرات کو منڈی جا کر گندم بیچنی ہے، کھیت والی فہرست میں ڈال دو',
    fixture: KHET,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2030-04-11', list: 'کھیت' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر مہینے کی 5 تاریخ کو منشی کی تنخواہ دینی ہوتی ہے',
    fixture: KHET,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2030-05-05', recurrence: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'پرسوں صبح 6 بجے ٹیوب ویل پر مستری آئے گا، آدھا گھنٹہ پہلے یاد کروا دینا',
    fixture: KHET,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2030-04-09T01:00:00.000Z', reminders: [{ minutes_before: 30 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'یکم تاریخ کو آبیانہ جمع کروانا ہے، ضروری ہے',
    fixture: KHET,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2030-05-01', priority: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'تھریشر بک ہو گیا ہے، جمعہ کو آئے گا',
    fixture: KHET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'ٹیوب ویل کی موٹر ٹھیک ہو گئی الحمدللہ',
    fixture: KHET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'بجلی کا بل جمع کرا دیا ہے',
    fixture: KHET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'منڈی میں گندم کا ریٹ پھر سے معلوم کرنا پڑے گا، کل بدل گیا تھا',
    fixture: KHET,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'کپاس کے بیج والے کام میں لکھ لو کہ ایف ایچ 142 والا بیج لینا ہے',
    fixture: KHET,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ونڈا اب ہر پیر کی بجائے ہر جمعرات کو لانا ہوگا',
    fixture: KHET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, recurrence: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ٹریکٹر کے ٹائر والا کام 15 تاریخ تک کر دو',
    fixture: KHET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 13, due_date: '2030-04-15' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'جانوروں کے ڈاکٹر والا کام ہٹا دو، وہ خود ہی چکر لگا گیا تھا',
    fixture: KHET,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعرات نہر کی باری نہیں ملے گی، بھل صفائی کی وجہ سے بند ہے',
    fixture: KHET,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'بیٹے کا داخلہ فارم گھر والی فہرست میں رکھ دو',
    fixture: KHET,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'گھر' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'زرعی قرض کی قسط پر تبصرہ لکھ دو: بینک منیجر نے کہا ہے کہ 10 دن کی مہلت مل سکتی ہے',
    fixture: KHET,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'تھریشر والے کام کے نیچے یہ بھی ڈال دو کہ ڈیزل کا بندوبست کرنا ہے',
    fixture: KHET,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1 } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے کیا کیا کام ہیں؟',
    fixture: KHET,
    expect: { reply: '(?=[\\s\\S]*تھریشر)(?=[\\s\\S]*موٹر)' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'زرعی قرض کی قسط کب دینی ہے؟',
    fixture: KHET,
    expect: { reply: '25|۲۵' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سارے بل والے کام مٹا دو',
    fixture: KHET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم، کیا حال ہے؟',
    fixture: KHET,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'موٹر ٹھیک ہو گئی، اور ونڈا اس دفعہ پرسوں لانا ہے',
    fixture: KHET,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'set_task_details', args: { task_id: 8, due_date: '2030-04-09' } },
      ],
    },
  },
];
