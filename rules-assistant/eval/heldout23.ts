// A twenty-third held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), biome.json (its formatter settings), server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures
// are used), rules-assistant/eval/db-tools.ts (its first 150 lines), the first 75 lines of rules-assistant/eval/utterances.ts (types,
// FIXTURES) and the first 200 lines of rules-assistant/eval/heldout22.ts (its header: format, judging conventions,
// clock, how fixtures are declared, its first fixtures; no case of it falls in those lines). Also
// seen: directory listings of /work/main, rules-assistant/eval/, server/ and server/features/assistant/ (names only) and a grep of
// tsconfig.json for its "include" line (to know the type check covers rules-assistant/eval/). Not opened: anything
// under rules-assistant/engine/, docs/, test/, eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/probes17.ts,
// rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any other held-out set's cases, any git
// history, diff or log (one `git status --short` was run by mistake: it printed only this file as
// untracked), any eval output. The assistant was never run on these cases; only the file's type
// check and lint, its own reply regexes (through judge() against hand-written replies) and its
// expected calls (fed straight to the in-memory tools with each case's fixture and this set's clock,
// and once more to the real tools through rules-assistant/eval/db-tools.ts's openEvalDatabase(HELDOUT23_NOW); the
// fixtures also parsed by the service's TaskInputSchema) were checked, from throwaway scripts outside
// the repository.
// People (new ones): a veterinarian with a small clinic in Lahore (the rabies boosters of Bruno and
// Rocky, a cat's spay surgery, the vaccine order, the kennels' weekly deep clean, the PVMC
// registration, an X-ray report for Dr Nadia, Simba's stitches, the clinic rent, the vaccination
// register, a deworming camp at a shelter, his son Hamza's dentist on Family and February's duty roster
// on the shared list Office of the practice Bilal owns); a real-estate agent in Karachi (a sale and a
// rent agreement for a house and a flat in Gulshan, photos of a DHA bungalow, viewings in Clifton and
// an open house in PECHS, a Zameen ad, token money from Mr Jafri, the weekly listings report for Bilal
// and a conference room on Office, his licence, the Zameen subscription, his mother's blood test on
// Family); a secondary-school teacher in Islamabad (marking the Class 9 and Class 10 chemistry tests, a
// titration practical, lab glassware, term marks and a parent-teacher meeting on Office, weekly
// worksheets, the internet bill, a lesson plan, library books, her son Saad's shoes on Family, a
// plumber, the Monday assembly duty); a mobile-phone repair shop owner who types Roman Urdu (two
// Samsung screen changes for Kashif and Waqas, an iPhone battery, charging ports and tempered glass from
// Hafeez Centre, the shop rent, an Oppo motherboard, the soldering station, his apprentice Danish's
// weekly pay, the credit register, a shop sign, his mother's medicine on Family, the electricity bill);
// a wedding caterer who types Roman Urdu (advances from Malik sahab and Chaudhry sahab, the Sheikh
// family's mehndi menu, rice for biryani, cleaning the degs every Sunday, the tent booking, the
// waiters' weekly pay, a gas cylinder, the Rizvi family's qorma tasting, the van's service, the
// children's school fees on Family, the food authority licence); a university student in Lahore who
// types Roman Urdu (the DSA and DBMS assignments, an OS quiz, the FYP proposal, the hostel fee, the gym,
// an internship timesheet on Office, a laptop battery, calling his mother on Family, a library book, a
// scholarship form, a networks lab report, a bus ticket); a village schoolteacher who types Urdu (the
// Class 5 and Class 6 papers, the attendance register, a leave application to the headmaster, chalk,
// fodder for the buffalo, the salary cheque, her daughter's ID card on Family, a parents' day, the
// roof, a training form for the district office, the library shelves); a grocery shopkeeper who types
// Urdu (sacks of flour and sugar, the credit ledger, the shop rent, the cold-drink supplier's account,
// the freezer, counting ghee tins, the electricity bill, his son's university fee on Family, the
// scale's stamping, pulse prices, a JazzCash PIN); a retired father managing the household and his
// health who types Urdu (the heart and the eye doctors, daily sugar checks, his pension, the gas bill,
// the water tank, his grandson's birthday present on Family, blood-pressure tablets, the monthly
// groceries, car insurance, a call to his younger son, a morning walk, the mosque committee). They
// type the way people do: no command words, typos, texting shorthand, long indirect sentences,
// politeness, several requests at once, relative dates, recurring things, reminders, edits (dates,
// priority, titles, notes, tags), done and not-done news, reopening without the word, moves,
// assignments, comments, subtasks, deletes, skips, a new list, questions, two similar tasks and vague
// or destructive requests (right outcome: ask), small talk (no tool at all). One message a case, no
// earlier turn.
// 155 cases: 65 English, 45 Roman Urdu, 45 Urdu script.
// Intents (this set's labels, as heldout22's): add (a plain task), details (a new task with a due
// moment, list, priority, tags, recurrence or reminder), complete, reopen, update (title or note),
// edit (due moment, priority, tags, recurrence, reminders of an existing task), delete, skip, move,
// assign, comment, subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Counts: add 12, details 22, complete 12, reopen 7, update 9, edit 14, delete 7, skip 5, move 6,
// assign 5, comment 5, subtask 6, list 4, read 14, ask 12, chat 6, multi 9.
// Fixtures (its own): VET, REALTOR, TEACHER (Latin-script titles, for English cases); MOBILE, DEGH,
// TALIB (Latin-script titles, for Roman Urdu cases); GAON, KARYANA, ABBU (Urdu-script titles, for Urdu
// cases). Similar pairs: VET 1/2 (Bruno's and Rocky's rabies boosters), REALTOR 1/2 (the Gulshan
// house's sale agreement and the Gulshan flat's rent agreement), TEACHER 1/2 (marking the Class 9 and
// the Class 10 chemistry tests), MOBILE 1/2 (Kashif's and Waqas's Samsung screens), DEGH 1/2 (the
// advances from Malik sahab and Chaudhry sahab), TALIB 1/2 (the DSA and the DBMS assignments), GAON 1/2
// (checking the Class 5 and the Class 6 papers), KARYANA 1/2 (sacks of flour and of sugar), ABBU 1/2
// (the heart doctor and the eye doctor). Lists named Family and Office are the shared lists of
// SHARED_LISTS (Family: the user owns it, Sara Khan editor, Ali Raza viewer; Office: Bilal Ahmed owns
// it, the user and Sara editors); Clinic, Surgery, Supplies, Listings, Viewings, Paperwork, School,
// Lab, Home, Dukaan, Parts, Ghar, Events, Saman, Uni, Hostel, اسکول, گھر, دکان, مال and صحت are the
// user's own. No list is named Club. Every move goes to one of the user's own lists (a task cannot
// move into Office, a list someone else owns); every assignment is to Sara (an editor of Family and of Office) or to Bilal (the owner of Office).
// Clock (its own): Thursday 2031-01-16 15:40 Asia/Karachi (UTC+5, no DST) = 2031-01-16T10:40:00.000Z,
// exported as HELDOUT23_NOW / HELDOUT23_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT23_NOW)). Worked out with node:
//   today (aaj, آج) = Thu 01-16; tomorrow (tmrw, kal, کل) = Fri 01-17 (also "friday", jumma); day
//   after tomorrow (parson, پرسوں) = Sat 01-18 (also "saturday"); "in 3 days" (3 din baad, تین دن بعد)
//   = Sun 01-19 (also "sunday", itwar, اتوار); Monday = 01-20; "this coming tuesday" = 01-21;
//   Wednesday (بدھ) = 01-22; "a week from today" = Thu 01-23; the 22nd = Wed 01-22; the 25th
//   (پچیس تاریخ) = Sat 01-25; end of the month (mahine ke akhir, مہینے کے آخر) = Fri 01-31; the 7th of
//   next month = Fri 02-07; "every month on the 10th" (har mahine ki 10 tareekh): its first = Mon 02-10
//   (01-10 is past); "every month on the 1st" (ہر مہینے کی پہلی تاریخ): its first = Sat 02-01; "every
//   friday, starting tomorrow" / "ہر جمعہ، پہلی بار کل": its first = Fri 01-17; "every monday at 9
//   starting this monday": its first = Mon 01-20 09:00; "every night at 9" (روز رات نو بجے): its first
//   = today 01-16 21:00 (still ahead at 15:40); "this saturday" = 01-18; "this sunday" (is itwar) =
//   01-19; "this monday" = 01-20.
//   Clock times (PKT = UTC+5), as UTC ISO: today 21:00 = 2031-01-16T16:00:00.000Z; tomorrow (Fri 01-17)
//   11am = 2031-01-17T06:00:00.000Z, 5:30pm = 12:30Z, 6pm = 13:00Z; Sat 01-18 9am =
//   2031-01-18T04:00:00.000Z, 10am = 05:00Z, 6pm = 13:00Z; Sun 01-19 11am = 2031-01-19T06:00:00.000Z,
//   4pm = 11:00Z; Mon 01-20 9am = 2031-01-20T04:00:00.000Z; Tue 01-21 10am = 2031-01-21T05:00:00.000Z,
//   4pm = 11:00Z. "Remind me a day before" (ek din pehle) = 1440 minutes, "an hour before" (ایک گھنٹہ
//   پہلے) = 60, "half an hour before" (aadha ghanta pehle) = 30.
// Judging conventions (those of the earlier blind sets, as heldout22's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles (and list names) are listed only where the request fixes them (quoted, or after a
// colon, or "called X"); RRULEs and free-text notes and comments are '*' (present), as is an assignee
// (the person's name may be given in several forms). "Remind me N minutes / hours / a day before"
// expects reminders [{ minutes_before: N }]; other reminders are '*'. "Remind me" expects reminders (a
// due moment alone is not a reminder). Changes to existing tasks name their task_id; tags are the
// whole new list. Reads are judged by the reply (titles or the date it must name), not by which read
// tool was used. Several changes in one message are expected in the order the message gives them.
// Anything ambiguous is '*' or left out of args. In this set: "urgent", "bohat zaroori" (بہت ضروری)
// and "high kar do" are priority high; "make it low" is priority low; a bare "important" is priority
// '*'.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT23_NOW = new Date('2031-01-16T10:40:00.000Z'); // Thursday 15:40 in Karachi
export const HELDOUT23_ZONE = 'Asia/Karachi';

/** The veterinarian with a small clinic in Lahore. */
const VET: FixtureTask[] = [
  { id: 1, title: 'Rabies booster for Bruno (Malik family)', list: 'Clinic', due_date: '2031-01-17' },
  { id: 2, title: 'Rabies booster for Rocky (Sheikh family)', list: 'Clinic', due_date: '2031-01-18' },
  {
    id: 3,
    title: "Spay surgery for the Hassans' cat Mishi",
    list: 'Surgery',
    priority: 'high',
    due_at: '2031-01-20T05:00:00.000Z',
  },
  {
    id: 4,
    title: 'Order rabies and parvo vaccines',
    list: 'Supplies',
    priority: 'high',
    due_date: '2031-01-16',
  },
  {
    id: 5,
    title: 'Deep clean the kennels',
    list: 'Clinic',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2031-01-18',
  },
  { id: 6, title: 'Renew PVMC registration', priority: 'medium', tags: ['govt'], due_date: '2031-01-31' },
  { id: 7, title: 'Send X-ray report to Dr Nadia', list: 'Clinic', completed: true },
  { id: 8, title: "Follow-up call about Simba's stitches", list: 'Clinic', due_date: '2031-01-15' },
  {
    id: 9,
    title: 'Pay clinic rent',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2031-02-01',
  },
  { id: 10, title: "Book Hamza's dentist appointment", list: 'Family', due_date: '2031-01-20' },
  { id: 11, title: 'Restock flea and tick shampoo', list: 'Supplies', completed: true },
  { id: 12, title: 'Update vaccination records in the register', tags: ['admin'] },
  { id: 13, title: 'Prepare duty roster for February', list: 'Office', due_date: '2031-01-28' },
  {
    id: 14,
    title: 'Deworming camp at the animal shelter',
    tags: ['volunteer'],
    due_at: '2031-01-19T04:00:00.000Z',
  },
];

/** The real-estate agent in Karachi. */
const REALTOR: FixtureTask[] = [
  {
    id: 1,
    title: 'Draft sale agreement for the Gulshan house',
    list: 'Paperwork',
    priority: 'high',
    due_date: '2031-01-20',
  },
  { id: 2, title: 'Draft rent agreement for the Gulshan flat', list: 'Paperwork', due_date: '2031-01-22' },
  { id: 3, title: 'Photograph the DHA Phase 8 bungalow', list: 'Listings', due_date: '2031-01-17' },
  {
    id: 4,
    title: 'Show the Clifton apartment to the Farooqis',
    list: 'Viewings',
    due_at: '2031-01-18T11:00:00.000Z',
  },
  { id: 5, title: 'Post the Bahadurabad shop on Zameen', list: 'Listings', completed: true },
  {
    id: 6,
    title: 'Collect token money from Mr Jafri',
    priority: 'high',
    tags: ['payments'],
    due_date: '2031-01-16',
  },
  {
    id: 7,
    title: 'Weekly listings report for Bilal',
    list: 'Office',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2031-01-20',
  },
  { id: 8, title: 'Renew estate agent licence', tags: ['govt'], due_date: '2031-02-14' },
  { id: 9, title: 'Call the Nazimabad landlord about the rent', completed: true },
  {
    id: 10,
    title: 'Open house at the PECHS townhouse',
    list: 'Viewings',
    due_at: '2031-01-19T06:00:00.000Z',
  },
  {
    id: 11,
    title: 'Pay the Zameen subscription',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=25',
    due_date: '2031-01-25',
  },
  { id: 12, title: "Get Ammi's blood test done", list: 'Family', due_date: '2031-01-18' },
  { id: 13, title: 'Update the client contact spreadsheet' },
  {
    id: 14,
    title: 'Book the conference room for the team meeting',
    list: 'Office',
    due_date: '2031-01-21',
  },
];

/** The secondary-school teacher in Islamabad. */
const TEACHER: FixtureTask[] = [
  {
    id: 1,
    title: 'Mark Class 9 chemistry tests',
    list: 'School',
    priority: 'high',
    due_date: '2031-01-17',
  },
  { id: 2, title: 'Mark Class 10 chemistry tests', list: 'School', due_date: '2031-01-20' },
  { id: 3, title: 'Prepare titration practical for Class 10', list: 'Lab', due_date: '2031-01-21' },
  { id: 4, title: 'Order beakers and test tubes for the lab', list: 'Lab', tags: ['supplies'] },
  {
    id: 5,
    title: 'Enter term marks on the school portal',
    list: 'Office',
    priority: 'high',
    due_date: '2031-01-31',
  },
  { id: 6, title: 'Parent-teacher meeting', list: 'Office', due_at: '2031-01-18T04:00:00.000Z' },
  {
    id: 7,
    title: 'Photocopy revision worksheets',
    list: 'School',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2031-01-17',
  },
  { id: 8, title: 'Science fair judging', list: 'School', completed: true },
  {
    id: 9,
    title: 'Pay the internet bill',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=20',
    due_date: '2031-01-20',
  },
  { id: 10, title: 'Write lesson plan for the periodic table unit', list: 'School', due_date: '2031-01-19' },
  { id: 11, title: 'Return library books', completed: true },
  { id: 12, title: "Buy Saad's school shoes", list: 'Family', due_date: '2031-01-18' },
  { id: 13, title: 'Call the plumber about the kitchen tap', list: 'Home', due_date: '2031-01-15' },
  {
    id: 14,
    title: 'Morning assembly duty',
    list: 'School',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_at: '2031-01-20T02:45:00.000Z',
  },
];

/** The mobile-phone repair shop owner (Roman Urdu). */
const MOBILE: FixtureTask[] = [
  { id: 1, title: 'Kashif ka Samsung A52 screen change', list: 'Dukaan', due_date: '2031-01-17' },
  { id: 2, title: 'Waqas ka Samsung A32 screen change', list: 'Dukaan', due_date: '2031-01-18' },
  {
    id: 3,
    title: 'iPhone 11 battery replace - Hina baji',
    list: 'Dukaan',
    priority: 'high',
    due_date: '2031-01-16',
  },
  {
    id: 4,
    title: 'Hafeez Centre se charging ports mangwana',
    list: 'Parts',
    tags: ['stock'],
    due_date: '2031-01-17',
  },
  {
    id: 5,
    title: 'Dukaan ka kiraya dena',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2031-02-05',
  },
  { id: 6, title: 'Oppo ka motherboard repair - Usman', list: 'Dukaan', completed: true },
  { id: 7, title: 'Soldering station ki repair', list: 'Parts' },
  {
    id: 8,
    title: 'Shagird Danish ki tankhwah',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2031-01-18',
  },
  { id: 9, title: 'Tempered glass ka naya stock', list: 'Parts', completed: true },
  { id: 10, title: 'Ammi ki dawai lana', list: 'Family', due_date: '2031-01-17' },
  { id: 11, title: 'Bijli ka bill', list: 'Ghar', tags: ['bills'], due_date: '2031-01-22' },
  {
    id: 12,
    title: 'Udhaar register check karna',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2031-01-20',
  },
  { id: 13, title: 'Dukaan ka board paint karwana' },
];

/** The wedding caterer (Roman Urdu). */
const DEGH: FixtureTask[] = [
  { id: 1, title: 'Malik sahab se advance lena', tags: ['payments'], due_date: '2031-01-17' },
  { id: 2, title: 'Chaudhry sahab se advance lena', tags: ['payments'], due_date: '2031-01-19' },
  {
    id: 3,
    title: 'Sheikh family ki mehndi ka menu final karna',
    list: 'Events',
    priority: 'high',
    due_date: '2031-01-18',
  },
  { id: 4, title: 'Biryani ke liye chawal mangwana', list: 'Saman', due_date: '2031-01-17' },
  {
    id: 5,
    title: 'Degon ki safai',
    list: 'Saman',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2031-01-19',
  },
  { id: 6, title: 'Tent wale ko booking confirm karna', list: 'Events', completed: true },
  {
    id: 7,
    title: 'Waiters ki payment',
    tags: ['staff'],
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2031-01-18',
  },
  { id: 8, title: 'Gas cylinder refill', list: 'Saman', due_date: '2031-01-16' },
  {
    id: 9,
    title: 'Qorma ki tasting - Rizvi family',
    list: 'Events',
    due_at: '2031-01-20T14:00:00.000Z',
  },
  { id: 10, title: 'Van ki service', due_date: '2031-01-25' },
  { id: 11, title: 'Bachon ki school fees', list: 'Family', due_date: '2031-01-31' },
  {
    id: 12,
    title: 'Food authority ka license renew',
    priority: 'medium',
    tags: ['govt'],
    due_date: '2031-02-15',
  },
  { id: 13, title: 'Naye chafing dishes khareedna', list: 'Saman', completed: true },
];

/** The university student in Lahore (Roman Urdu). */
const TALIB: FixtureTask[] = [
  { id: 1, title: 'DSA assignment submit karna', list: 'Uni', priority: 'high', due_date: '2031-01-17' },
  { id: 2, title: 'DBMS assignment submit karna', list: 'Uni', due_date: '2031-01-20' },
  { id: 3, title: 'OS quiz ki tayyari', list: 'Uni', due_date: '2031-01-18' },
  {
    id: 4,
    title: 'FYP proposal Sir Adeel ko bhejna',
    list: 'Uni',
    priority: 'high',
    due_date: '2031-01-22',
  },
  { id: 5, title: 'Hostel ki fees jama karwana', list: 'Hostel', tags: ['fees'], due_date: '2031-01-31' },
  {
    id: 6,
    title: 'Gym jana',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    due_at: '2031-01-17T13:00:00.000Z',
  },
  {
    id: 7,
    title: 'Internship timesheet bharna',
    list: 'Office',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2031-01-17',
  },
  { id: 8, title: 'Laptop ki battery change karwani' },
  {
    id: 9,
    title: 'Ammi ko call karna',
    list: 'Family',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2031-01-19',
  },
  { id: 10, title: 'Library ki kitab wapas karna', completed: true },
  { id: 11, title: 'Scholarship form ki attestation', tags: ['docs'], due_date: '2031-01-24' },
  { id: 12, title: 'Networks lab report', list: 'Uni', completed: true },
  { id: 13, title: 'Ghar ke liye bus ki ticket book karna', due_date: '2031-01-30' },
];

/** The village schoolteacher (Urdu). */
const GAON: FixtureTask[] = [
  {
    id: 1,
    title: 'پانچویں جماعت کے پرچے چیک کرنا',
    list: 'اسکول',
    priority: 'high',
    due_date: '2031-01-17',
  },
  { id: 2, title: 'چھٹی جماعت کے پرچے چیک کرنا', list: 'اسکول', due_date: '2031-01-20' },
  {
    id: 3,
    title: 'حاضری رجسٹر مکمل کرنا',
    list: 'اسکول',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2031-01-18',
  },
  { id: 4, title: 'ہیڈ ماسٹر کو چھٹی کی درخواست دینا', list: 'اسکول', due_date: '2031-01-16' },
  { id: 5, title: 'بچوں کے لیے چاک اور ڈسٹر خریدنا', list: 'اسکول', completed: true },
  { id: 6, title: 'بھینس کے لیے چارہ لانا', list: 'گھر', due_date: '2031-01-17' },
  { id: 7, title: 'تنخواہ کا چیک بینک میں جمع کرانا', tags: ['بینک'], due_date: '2031-01-20' },
  { id: 8, title: 'بیٹی کا شناختی کارڈ بنوانا', list: 'Family', due_date: '2031-01-24' },
  { id: 9, title: 'والدین سے ملاقات کا دن', list: 'اسکول', due_at: '2031-01-18T05:00:00.000Z' },
  { id: 10, title: 'گھر کی چھت کی مرمت', list: 'گھر', priority: 'medium' },
  {
    id: 11,
    title: 'ضلعی دفتر میں تربیت کا فارم جمع کرانا',
    priority: 'high',
    tags: ['دفتر'],
    due_date: '2031-01-22',
  },
  { id: 12, title: 'لائبریری کی کتابیں ترتیب دینا', list: 'اسکول', completed: true },
];

/** The grocery shopkeeper (Urdu). */
const KARYANA: FixtureTask[] = [
  { id: 1, title: 'آٹے کی بوریاں منگوانا', list: 'مال', due_date: '2031-01-17' },
  { id: 2, title: 'چینی کی بوریاں منگوانا', list: 'مال', due_date: '2031-01-18' },
  {
    id: 3,
    title: 'ادھار کھاتہ دیکھنا',
    list: 'دکان',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2031-01-20',
  },
  {
    id: 4,
    title: 'دکان کا کرایہ دینا',
    tags: ['بل'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2031-02-01',
  },
  { id: 5, title: 'کولڈ ڈرنک والے کا حساب کرنا', list: 'مال', priority: 'high', due_date: '2031-01-16' },
  { id: 6, title: 'فریزر ٹھیک کروانا', list: 'دکان', priority: 'high', due_date: '2031-01-15' },
  { id: 7, title: 'گھی کے ڈبے گننا', list: 'دکان', completed: true },
  { id: 8, title: 'بجلی کا بل جمع کرانا', tags: ['بل'], due_date: '2031-01-23' },
  { id: 9, title: 'بیٹے کی یونیورسٹی فیس', list: 'Family', due_date: '2031-01-28' },
  { id: 10, title: 'نئے ترازو کی تصدیق کروانا', tags: ['سرکاری'], due_date: '2031-01-31' },
  { id: 11, title: 'دالوں کی قیمتیں اپڈیٹ کرنا', list: 'دکان', completed: true },
  { id: 12, title: 'JazzCash اکاؤنٹ کا PIN بدلنا' },
  { id: 13, title: 'گھر کے لیے گیس سلنڈر', list: 'گھر', due_date: '2031-01-19' },
];

/** The retired father managing the household and his health (Urdu). */
const ABBU: FixtureTask[] = [
  { id: 1, title: 'دل کے ڈاکٹر سے ملاقات', list: 'صحت', due_at: '2031-01-18T06:00:00.000Z' },
  { id: 2, title: 'آنکھوں کے ڈاکٹر سے ملاقات', list: 'صحت', due_at: '2031-01-21T09:00:00.000Z' },
  {
    id: 3,
    title: 'شوگر چیک کرنا',
    list: 'صحت',
    recurrence: 'FREQ=DAILY',
    due_at: '2031-01-17T03:00:00.000Z',
  },
  {
    id: 4,
    title: 'پنشن نکلوانا',
    tags: ['بینک'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2031-02-01',
  },
  { id: 5, title: 'گیس کا بل جمع کرانا', list: 'گھر', tags: ['بل'], due_date: '2031-01-20' },
  { id: 6, title: 'پانی کی ٹنکی صاف کروانا', list: 'گھر', due_date: '2031-01-19' },
  { id: 7, title: 'پوتے کی سالگرہ کا تحفہ', list: 'Family', due_date: '2031-01-25' },
  { id: 8, title: 'بلڈ پریشر کی دوائی خریدنا', list: 'صحت', priority: 'high', due_date: '2031-01-16' },
  { id: 9, title: 'ماہانہ راشن لانا', list: 'گھر', completed: true },
  { id: 10, title: 'گاڑی کی انشورنس', tags: ['کاغذات'], due_date: '2031-01-31' },
  { id: 11, title: 'چھوٹے بیٹے کو فون کرنا', completed: true },
  { id: 12, title: 'صبح کی سیر', recurrence: 'FREQ=DAILY', due_at: '2031-01-17T01:30:00.000Z' },
  { id: 13, title: 'مسجد کمیٹی کا چندہ دینا' },
];

export const heldout23: Utterance[] = [
  // ---------------------------------------------------------------- English: the veterinarian
  {
    intent: 'add',
    lang: 'en',
    text: 'need to ring the pharma rep about the deworming tablets at some point',
    fixture: VET,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Mrs Qureshi asked if we can board her parrot over the holidays, gotta sort out a cage for that',
    fixture: VET,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "Bruno's owner wants a full blood panel, she's bringing him in saturday at 10am",
    fixture: VET,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2031-01-18T05:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'the microchip scanner needs new batteries by the day after tomorrow, urgent pls',
    fixture: VET,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-01-18', priority: 'high' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'staff huddle at the clinic every monday at 9 in the morning, starting this monday',
    fixture: VET,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2031-01-20T04:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'spoke to Simbas owner, the stitches are healing nicely 👍',
    fixture: VET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'vaccine order went thru this morning, the distributor confirmed',
    fixture: VET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'Dr Nadia says she never got the xray report.. guess it never actually went',
    fixture: VET,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "the Hassans' cat is actually called Mithu not Mishi, can you fix that on the spay surgery",
    fixture: VET,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'PVMC extended the renewal deadline to the 7th of next month',
    fixture: VET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2031-02-07' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'tag the vaccination records one as paperwork too',
    fixture: VET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, tags: ['admin', 'paperwork'] } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'the shelter called off the deworming camp so scrap that one',
    fixture: VET,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "clinic's shut this saturday so no kennel deep clean this week, next week as normal",
    fixture: VET,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'that vaccination records register thing really belongs in Clinic',
    fixture: VET,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'Clinic' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "add a comment on Mishi's spay: owner wants dissolvable stitches if possible",
    fixture: VET,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 3, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'Mishi will need a pre-op blood test before the spay, stick it under that one',
    fixture: VET,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "i'm starting a seperate list for the farm visits, call it Farm Calls",
    fixture: VET,
    expect: { calls: [{ name: 'create_list', args: { name: 'Farm Calls' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'whats on for tomorrow',
    fixture: VET,
    expect: { reply: 'Bruno' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'did anything slip past its date?',
    fixture: VET,
    expect: { reply: 'Simba' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'gave the rabies booster this morning',
    fixture: VET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'honestly just wipe everything, I want a clean slate',
    fixture: VET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "phew, three surgeries back to back today. I'm wiped out",
    fixture: VET,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "Rocky got his booster, and can you push Simba's follow-up call to tomorrow",
    fixture: VET,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'set_task_details', args: { task_id: 8, due_date: '2031-01-17' } },
      ],
    },
  },
  // ---------------------------------------------------------------- English: the real-estate agent
  {
    intent: 'add',
    lang: 'en',
    text: 'the Saddar shop owner wants his spare keys back at some point',
    fixture: REALTOR,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'something for the list: read up on the new KDA rules for commercial plots',
    fixture: REALTOR,
    expect: {
      calls: [{ name: 'add_task', args: { title: 'read up on the new KDA rules for commercial plots' } }],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'viewing of the Jauhar flat with the Ansaris tmrw 5:30pm, remind me an hour before. put it in Viewings',
    fixture: REALTOR,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            due_at: '2031-01-17T12:30:00.000Z',
            reminders: [{ minutes_before: 60 }],
            list: 'Viewings',
          },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'every friday i send the market update to my clients, starting tomorrow',
    fixture: REALTOR,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-01-17', recurrence: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "I have to deposit Mr Jafri's cheque this coming tuesday at 10am, his bank says it'll clear by then",
    fixture: REALTOR,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2031-01-21T05:00:00.000Z' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'got all the pics of the Phase 8 bungalow, they came out great',
    fixture: REALTOR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Jafri sahib handed over the token money just now',
    fixture: REALTOR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'Zameen took down the Bahadurabad shop ad for some reason, it has to go back up',
    fixture: REALTOR,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'for the conference room booking, note that we need the projector too',
    fixture: REALTOR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 14, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the Farooqis can only make it at 6 not 4 for the Clifton apartment',
    fixture: REALTOR,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, due_at: '2031-01-18T13:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "the client spreadsheet isn't a big deal, make it low",
    fixture: REALTOR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 13, priority: 'low' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'the Nazimabad landlord call is ancient history, get it off my list',
    fixture: REALTOR,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "Bilal's on leave so there's no listings report this monday",
    fixture: REALTOR,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'let Sara handle the conference room booking',
    fixture: REALTOR,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 14, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'drop a comment on the listings report: DHA numbers still missing',
    fixture: REALTOR,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 7, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "when's the PECHS open house again",
    fixture: REALTOR,
    expect: { reply: '19|sunday|\\bsun\\b' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'which of my things are high priority rn',
    fixture: REALTOR,
    expect: { reply: '^(?=[\\s\\S]*Gulshan)(?=[\\s\\S]*Jafri)' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the Gulshan agreement is drafted',
    fixture: REALTOR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'push the viewing back a day',
    fixture: REALTOR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'can you also do my taxes 😂',
    fixture: REALTOR,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "Ammi's blood test is done btw. the lab report will be ready monday, I'll need to pick it up",
    fixture: REALTOR,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 12 } },
        { name: 'add_task_details', args: { due_date: '2031-01-20' } },
      ],
    },
  },
  // ---------------------------------------------------------------- English: the teacher
  {
    intent: 'add',
    lang: 'en',
    text: 'jot this down: buy a new whiteboard marker set',
    fixture: TEACHER,
    expect: { calls: [{ name: 'add_task', args: { title: 'buy a new whiteboard marker set' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'collect the class 9 biology projects at the end of the month, tag it biology',
    fixture: TEACHER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-01-31', tags: ['biology'] } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'in 3 days I have to hand the lab safety audit to the principal, its important',
    fixture: TEACHER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-01-19', priority: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "add 'Return Class 10 notebooks' to my School list for a week from today",
    fixture: TEACHER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'Return Class 10 notebooks', list: 'School', due_date: '2031-01-23' },
        },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'the plumber finally came round and fixed the kitchen tap',
    fixture: TEACHER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "turns out 2 of the library books are still at home, so that's not done after all",
    fixture: TEACHER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "rename the titration practical to 'Acid-base titration practical for Class 10'",
    fixture: TEACHER,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 3, title: 'Acid-base titration practical for Class 10' } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "Saad's shoe size is 4, put that in the shoes task so I don't forget",
    fixture: TEACHER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'remind me about the periodic table lesson plan the night before at 8',
    fixture: TEACHER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, reminders: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the worksheet photocopying is every wednesday now, not friday',
    fixture: TEACHER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, recurrence: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'dont need the science fair judging entry anymore, remove pls',
    fixture: TEACHER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: "the beakers and test tubes order isn't really a lab job, it should sit under School",
    fixture: TEACHER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 4, list: 'School' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'Bilal is running the parent teacher meeting this time, put it on him',
    fixture: TEACHER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 6, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'under the titration practical add a step: prepare the NaOH solution',
    fixture: TEACHER,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: 'prepare the NaOH solution' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'I want a new list for the O-level mocks, name it Mocks',
    fixture: TEACHER,
    expect: { calls: [{ name: 'create_list', args: { name: 'Mocks' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's in the Lab list",
    fixture: TEACHER,
    expect: { reply: '^(?=[\\s\\S]*titration)(?=[\\s\\S]*beaker)' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what have I got on saturday?',
    fixture: TEACHER,
    expect: { reply: '^(?=[\\s\\S]*parent)(?=[\\s\\S]*shoe)' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'done marking the chem tests!!',
    fixture: TEACHER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "thanks a ton, you're a lifesaver",
    fixture: TEACHER,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "class 10 marking can wait till wednesday, and I already picked up Saad's shoes",
    fixture: TEACHER,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 2, due_date: '2031-01-22' } },
        { name: 'complete_task', args: { task_id: 12 } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'two things for monday: permission slips for the museum trip, and booking the school bus',
    fixture: TEACHER,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2031-01-20' } },
        { name: 'add_task_details', args: { due_date: '2031-01-20' } },
      ],
    },
  },
  // ---------------------------------------------------------------- Roman Urdu: the phone repair shop
  {
    intent: 'add',
    lang: 'roman',
    text: 'ek banday ka Vivo Y20 aya hai speaker kharab hai, likh lo zara',
    fixture: MOBILE,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal subah 11 baje Nokia wale uncle ne phone lene aana hai',
    fixture: MOBILE,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2031-01-17T06:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine ki 10 tareekh ko committee ki qist jati hai',
    fixture: MOBILE,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-02-10', recurrence: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Hina baji ka iphone battery laga ke de diya',
    fixture: MOBILE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'charging ports aa gaye hain Hafeez Centre se',
    fixture: MOBILE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'Usman ka Oppo phir wapas aa gaya, wohi masla dobara',
    fixture: MOBILE,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'soldering station wala kaam zaroori hai yaar, high kar do',
    fixture: MOBILE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'board paint wala scene khatam, hata do isko',
    fixture: MOBILE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'soldering station ko Dukaan wali list mein shift kar do',
    fixture: MOBILE,
    expect: { calls: [{ name: 'move_task', args: { task_id: 7, list: 'Dukaan' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'ammi ki dawai Sara le aayegi, uske naam kar do',
    fixture: MOBILE,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'aaj dukaan pe kya kya karna hai',
    fixture: MOBILE,
    expect: { reply: 'iPhone' },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'Parts wali list mein kya para hai',
    fixture: MOBILE,
    expect: { reply: '^(?=[\\s\\S]*charging)(?=[\\s\\S]*soldering)' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'samsung ki screen badal di',
    fixture: MOBILE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya bhai, bohat help ho gayi',
    fixture: MOBILE,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'Kashif ka A52 ho gaya, aur Waqas wala kal tak nikalna hai',
    fixture: MOBILE,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2031-01-17' } },
      ],
    },
  },
  // ---------------------------------------------------------------- Roman Urdu: the wedding caterer
  {
    intent: 'add',
    lang: 'roman',
    text: 'naye waiters ke liye uniform silwani hain',
    fixture: DEGH,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson Butt sahab ki barat hai 300 bande, bohat zaroori hai',
    fixture: DEGH,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-01-18', priority: 'high' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Sunday sham 4 baje mutton lene mandi jana hai, aadha ghanta pehle yaad dila dena',
    fixture: DEGH,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2031-01-19T11:00:00.000Z', reminders: [{ minutes_before: 30 }] },
        },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'gas cylinder bharwa liya',
    fixture: DEGH,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'Rizvi family ki tasting mein qorme ke sath kheer bhi rakhni hai, yeh us mein note kar lo',
    fixture: DEGH,
    expect: { calls: [{ name: 'update_task', args: { task_id: 9, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'van ki service ab 22 tareekh ko hogi',
    fixture: DEGH,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, due_date: '2031-01-22' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'waiters ki payment ab har jummay ko hogi',
    fixture: DEGH,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, recurrence: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is itwar degon ki safai nahi hogi, sab shadi pe busy hain',
    fixture: DEGH,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'mehndi wale menu pe comment daal do ke Sheikh sahab ko gajar ka halwa nahi chahiye',
    fixture: DEGH,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 3, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'mehndi menu ke andar ek chota kaam: mithai ka sample mangwana',
    fixture: DEGH,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: 'mithai ka sample mangwana' } }] },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'ek nayi list banao Shadi Season naam se',
    fixture: DEGH,
    expect: { calls: [{ name: 'create_list', args: { name: 'Shadi Season' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kis kis se advance lena reh gaya hai?',
    fixture: DEGH,
    expect: { reply: '^(?=[\\s\\S]*Malik)(?=[\\s\\S]*Chaudhry)' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'advance mil gaya hai',
    fixture: DEGH,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'Malik sahab ne advance de diya, aur Chaudhry sahab wala parson tak kar do',
    fixture: DEGH,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2031-01-18' } },
      ],
    },
  },
  // ---------------------------------------------------------------- Roman Urdu: the student
  {
    intent: 'add',
    lang: 'roman',
    text: 'yaar mujhe apna CV update karna hai kisi din',
    fixture: TALIB,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'likh lo: Ali se notes ki photocopy lena',
    fixture: TALIB,
    expect: { calls: [{ name: 'add_task', args: { title: 'Ali se notes ki photocopy lena' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'mahine ke akhir tak mess ka bill dena hai, Hostel wali list mein daal do',
    fixture: TALIB,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-01-31', list: 'Hostel' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: '3 din baad physics ka viva hai, exams ka tag laga dena',
    fixture: TALIB,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-01-19', tags: ['exams'] } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'OS quiz de diya, acha gaya alhamdulillah',
    fixture: TALIB,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'networks lab report sir ne wapis kar di, dobara likhni paregi',
    fixture: TALIB,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "laptop wale kaam ka naam 'Laptop ki battery aur keyboard theek karwana' kar do",
    fixture: TALIB,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 8, title: 'Laptop ki battery aur keyboard theek karwana' } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'FYP proposal ka ek din pehle reminder laga do',
    fixture: TALIB,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'library wali kitab wala task mita do',
    fixture: TALIB,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is sunday ammi khud hostel aa rahi hain, call wali baari chor do',
    fixture: TALIB,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 9 } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'scholarship form Uni wali list mein daal do',
    fixture: TALIB,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'Uni' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'timesheet is dafa Bilal sir khud bharenge, unke naam kar do',
    fixture: TALIB,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 7, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'FYP proposal se pehle literature review likhna hai, usay uske neeche daal do',
    fixture: TALIB,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 4, title: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal ki kya deadlines hain',
    fixture: TALIB,
    expect: { reply: 'DSA' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'assignment submit ho gayi 🎉',
    fixture: TALIB,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'DSA assignment jama ho gayi, DBMS wali high priority kar do',
    fixture: TALIB,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 2, priority: 'high' } },
      ],
    },
  },
  // ---------------------------------------------------------------- Urdu: the village schoolteacher
  {
    intent: 'add',
    lang: 'ur',
    text: 'سکول کے نلکے کی مرمت بھی کروانی ہے',
    fixture: GAON,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'پرسوں صبح نو بجے بچوں کا ٹیسٹ لینا ہے',
    fixture: GAON,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2031-01-18T04:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر جمعہ کو بچوں کو کہانی سنانی ہے، پہلی بار کل',
    fixture: GAON,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-01-17', recurrence: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'ہیڈ ماسٹر صاحب کو درخواست دے آئی ہوں',
    fixture: GAON,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'چھت کی مرمت والے کام میں لکھ دو کہ مستری کا نمبر 0300-1234567 ہے',
    fixture: GAON,
    expect: { calls: [{ name: 'update_task', args: { task_id: 10, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'تنخواہ کا چیک اب بدھ کو جمع ہوگا',
    fixture: GAON,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2031-01-22' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'لائبریری والا کام اب فہرست سے نکال دو',
    fixture: GAON,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'تربیت کا فارم اسکول والی فہرست میں رکھ دو',
    fixture: GAON,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'اسکول' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'والدین کی ملاقات والے کام پر تبصرہ لکھ دو کہ چائے کا انتظام کرنا ہے',
    fixture: GAON,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'ملاقات کے دن کے نیچے ایک کام اور: بچوں کے نتائج پرنٹ کروانا',
    fixture: GAON,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 9, title: 'بچوں کے نتائج پرنٹ کروانا' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کل کیا کیا کرنا ہے؟',
    fixture: GAON,
    expect: { reply: '^(?=[\\s\\S]*پانچویں)(?=[\\s\\S]*چارہ)' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'پرچے چیک ہو گئے',
    fixture: GAON,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم، کیسے ہیں آپ؟',
    fixture: GAON,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'چھٹی جماعت کے پرچے ہو گئے اور پانچویں والے پرسوں تک کر دو',
    fixture: GAON,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'set_task_details', args: { task_id: 1, due_date: '2031-01-18' } },
      ],
    },
  },
  // ---------------------------------------------------------------- Urdu: the grocery shopkeeper
  {
    intent: 'add',
    lang: 'ur',
    text: 'صابن والے کا نیا نمبر لینا ہے',
    fixture: KARYANA,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'مہینے کے آخر تک انکم ٹیکس کا گوشوارہ جمع کرانا ہے، بہت ضروری',
    fixture: KARYANA,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2031-01-31', priority: 'high' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل شام چھ بجے سبزی منڈی جانا ہے، ایک گھنٹہ پہلے یاد دلا دینا',
    fixture: KARYANA,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2031-01-17T13:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کولڈ ڈرنک والے سے حساب صاف ہو گیا',
    fixture: KARYANA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'گھی کے ڈبوں کی گنتی غلط نکلی، دوبارہ گننے پڑیں گے',
    fixture: KARYANA,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "جاز کیش والے کام کا نام بدل کر 'ایزی پیسہ اور جاز کیش کے PIN بدلنا' کر دو",
    fixture: KARYANA,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 12, title: 'ایزی پیسہ اور جاز کیش کے PIN بدلنا' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ترازو والے کام پر دکان کا ٹیگ بھی لگا دو',
    fixture: KARYANA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, tags: ['سرکاری', 'دکان'] } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'دالوں کی قیمتوں والا پرانا کام مٹا دو',
    fixture: KARYANA,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'بیٹے کی فیس گھر والی لسٹ میں منتقل کر دو',
    fixture: KARYANA,
    expect: { calls: [{ name: 'move_task', args: { task_id: 9, list: 'گھر' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'فریزر والے پر کمنٹ کر دو: مستری کہتا ہے کمپریسر بدلنا پڑے گا',
    fixture: KARYANA,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 6, body: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'ایک نئی فہرست بناؤ جس کا نام رمضان اسٹاک ہو',
    fixture: KARYANA,
    expect: { calls: [{ name: 'create_list', args: { name: 'رمضان اسٹاک' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کون سے کام تاریخ گزرنے کے بعد بھی پڑے ہیں؟',
    fixture: KARYANA,
    expect: { reply: 'فریزر' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'بوریاں آ گئی ہیں',
    fixture: KARYANA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سارے پرانے کام مٹا دو',
    fixture: KARYANA,
    expect: { outcome: 'ask' },
  },
  // ---------------------------------------------------------------- Urdu: the retired father
  {
    intent: 'add',
    lang: 'ur',
    text: 'بیگم کہہ رہی تھیں کہ پردے دھلوانے ہیں',
    fixture: ABBU,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'اتوار کو گیارہ بجے نواسی کی منگنی ہے',
    fixture: ABBU,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2031-01-19T06:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'روز رات نو بجے انسولین لگانی ہے',
    fixture: ABBU,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2031-01-16T16:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'صحت والی فہرست میں ڈال دو: تین دن بعد ای سی جی کروانی ہے',
    fixture: ABBU,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'صحت', due_date: '2031-01-19' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بی پی کی گولیاں لے آیا ہوں',
    fixture: ABBU,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'راشن والا کام ابھی پورا نہیں ہوا، آدھا سامان رہ گیا تھا',
    fixture: ABBU,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'پوتے کے تحفے میں نوٹ ڈال دو: سائیکل لینی ہے، نیلے رنگ کی',
    fixture: ABBU,
    expect: { calls: [{ name: 'update_task', args: { task_id: 7, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'آنکھوں والے ڈاکٹر کا وقت چار بجے ہو گیا ہے',
    fixture: ABBU,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_at: '2031-01-21T11:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'مسجد کا چندہ ہر مہینے کی پہلی تاریخ کو دینا ہوتا ہے',
    fixture: ABBU,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 13, due_date: '2031-02-01', recurrence: '*' } }],
    },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'کل صبح سیر نہیں ہو سکے گی، بارش کا کہہ رہے ہیں، پرسوں سے پھر جاؤں گا',
    fixture: ABBU,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 12 } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'پوتے کا تحفہ سارہ خرید لے گی، اس کے ذمے لگا دو',
    fixture: ABBU,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 7, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'ٹنکی کی صفائی سے پہلے پلمبر کو بلانا ہوگا، یہ اس کے اندر ڈال دو',
    fixture: ABBU,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 6, title: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'دل کے ڈاکٹر کے پاس کب جانا ہے؟',
    fixture: ABBU,
    expect: { reply: '18|ہفت' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'صحت والی فہرست میں کیا کیا ہے',
    fixture: ABBU,
    expect: { reply: '^(?=[\\s\\S]*دل کے)(?=[\\s\\S]*آنکھوں)' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ڈاکٹر سے مل آیا ہوں',
    fixture: ABBU,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج بہت سردی ہے، بس چائے پینے کو دل کر رہا ہے',
    fixture: ABBU,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'گیس کا بل جمع ہو گیا، اور بجلی کا بل بھی لکھ لو، پچیس تاریخ تک جمع کرانا ہے',
    fixture: ABBU,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 5 } },
        { name: 'add_task_details', args: { due_date: '2031-01-25' } },
      ],
    },
  },
];
