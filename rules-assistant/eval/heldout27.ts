// A twenty-seventh held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json, biome.json, tsconfig.json, server/features/assistant/tools.ts (the tool contract the expected calls
// are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory tools, PEOPLE, SHARED_LISTS),
// rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures are used), the first 150 lines of
// rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES) and the first 200 lines
// of rules-assistant/eval/heldout23.ts (its header: format, judging conventions, clock, how fixtures are declared, its
// first fixtures; no case of it falls in those lines); also a grep of server/features/tasks/tasks.schema.ts for
// TaskInputSchema (the service's schema, to validate fixtures). Also seen: directory listings of
// /work/main, rules-assistant/eval/, server/ and server/features/assistant/ (names only). Not opened: anything under
// rules-assistant/engine/, docs/, test/, eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/probes17.ts,
// rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any other held-out set, any git history,
// diff, log or status (no git command was run), any eval output. The assistant was never run on these
// cases; only the file's type check and lint and its expected calls (fed straight to the in-memory
// tools with each case's fixture and this set's clock, from a throwaway script outside the repository,
// with the assistant's modules stubbed out; the fixtures also parsed by the service's TaskInputSchema)
// were checked.
// People (new ones): a first officer with an airline in Karachi (two simulator sessions, an engine
// failure one and a TCAS and windshear one, the class 1 medical, January roster bids, an A320 ops
// bulletin, a dangerous goods refresher, the weekly logbook, the uniform at the dry cleaner, the car's
// monthly instalment and its service, his daughter Zara's swimming lessons on Family, a fatigue report
// on the shared list Office, a Saudi visa, the EFB iPad, a line check with Captain Rehman); a chartered
// accountant in Lahore (sales tax returns for Haider Textiles and for Noor Foods, Qasim Motors' bank
// reconciliation and withholding statement, audit fieldwork and a management letter at Ravi Mills, the
// ICAP membership, a weekly timesheet on Office, the office internet bill, an IFRS 17 webinar, her son
// Ammar's school fee on Family, Noor Foods' monthly payroll, archiving 2034's working papers, Bashir &
// Sons' engagement letter); an IT support technician at a hospital in Islamabad (toner for the ER and
// the pharmacy printers, Dr Saima's VPN, patching radiology, daily backup logs, a faulty switch in Ward
// 3, antivirus licences, an HR officer's laptop, the monthly server room inspection, a keyboard and
// mouse inventory on Office, his mother's WhatsApp on Family, CCNA study, the home internet bill, the
// patch panel); a plumber in Rawalpindi who types Roman Urdu (geyser fittings for Butt sahab and for
// Mirza sahab, a leak at the mosque's wuzu khana, PPR pipe, his apprentice Shani's weekly pay, the
// drill, the gas bill, money lent to Bashir sahab, a Hotel Pearl bathroom quote, his children's school
// fee on Family, a water tank, his motorcycle's tuning); a college football captain in Lahore who types
// Roman Urdu (inter-college matches against FC College and Islamia College, jerseys, the weekly ground
// booking, fitness test results, a statistics assignment and a physics lab report, shin guards, his
// mother's doctor on Family, a bus pass, a daily morning run, the players' list, the semester fee); a
// crockery shopkeeper in Hyderabad who types Roman Urdu (a dinner-set payment and a tea-set order with
// the Karachi supplier, a broken-glass account, 50 dinner sets for the Ansari family's wedding, the shop
// rent, shelves, the weekly count of melamine plates, his daughter's school function on Family, the
// credit register, the signboard, the electricity bill, a new tumbler design); an imam's wife who runs
// a Quran class for girls at home in Multan and types Urdu (hearing Fatima's and Zainab's parah, new
// qaidas, the monthly fee register, Thursday's mehfil, the maulana's clothes at the tailor, the
// electricity bill, her mother-in-law's medicine on Family, invitations for a khatam-e-Quran, washing
// the rehals and prayer mats, her son's exercise books on Family, a neighbour's sewing machine); a cook
// in a university hostel kitchen in Peshawar who types Urdu (sacks of flour, sugar and tea, the tandoor's
// weekly cleaning, the week's menu for the mess committee, a gas cylinder, the big degh's lid, his
// helper Naeem's monthly pay, jewellery for his daughter's wedding and money for the village on Family,
// the freezer, Friday's biryani rice, a health certificate, broken plates, the water tank at home); a
// presenter at an FM radio station in Karachi who types Urdu (the morning show's daily playlist,
// interviews with Dr Imran and Dr Samina, an ads list for the station manager on Office, a new mic
// request, listeners' letters, a jingle, car insurance, her brother's birthday present on Family, an
// award application, a throat doctor, weekly meeting notes on Office, the old shows' archive). They type
// the way people do: no command words, typos, texting shorthand, long indirect sentences, politeness,
// several requests at once, relative dates, recurring things, reminders, edits (dates, priority, titles,
// notes, tags), done and not-done news, reopening without the word, moves, assignments, comments,
// subtasks, deletes, skips, a new list, questions, two similar tasks and vague or destructive requests
// (right outcome: ask), small talk and venting that mentions what their tasks mention (no tool at all).
// Seventeen cases are news that brings up a NEW thing sharing words with an existing task (right
// outcome: a new task, the existing one untouched). One message a case, no earlier turn.
// 150 cases: 60 English, 45 Roman Urdu, 45 Urdu script.
// Intents (this set's labels, as heldout23's): add (a plain task), details (a new task with a due
// moment, list, priority, tags, recurrence or reminder), complete, reopen, update (title or note),
// edit (due moment, priority, tags, recurrence, reminders of an existing task), delete, skip, move,
// assign, comment, subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Counts: add 8, details 17, complete 9, reopen 9, update 7, edit 15, delete 9, skip 9, move 4,
// assign 8, comment 5, subtask 7, list 4, read 11, ask 10, chat 9, multi 9.
// Fixtures (its own): PILOT, AUDIT, HELPDESK (Latin-script titles, for English cases); PLUMBER,
// FOOTBALL, BARTAN (Latin-script titles, for Roman Urdu cases); QURAN, BAWARCHI, RADIO (Urdu-script
// titles, for Urdu cases). Similar pairs: PILOT 1/2 (two simulator sessions), AUDIT 1/2 (the sales tax
// returns of Haider Textiles and Noor Foods), HELPDESK 1/2 (toner for the ER and the pharmacy
// printers), PLUMBER 1/2 (Butt sahab's and Mirza sahab's geyser fittings), FOOTBALL 1/2 (the matches
// against FC College and Islamia College), BARTAN 1/2 (a payment to and an order from the Karachi
// supplier), QURAN 1/2 (hearing Fatima's and Zainab's parah), BAWARCHI 1/2 (ordering flour, ordering
// sugar and tea), RADIO 2/3 (the interviews with Dr Imran and Dr Samina). Lists named Family and Office
// are the shared lists of SHARED_LISTS (Family: the user owns it, Sara Khan editor, Ali Raza viewer;
// Office: Bilal Ahmed owns it, the user and Sara editors); Training, Flying, Home, Clients, Audit, Tax,
// Tickets, Network, Kaam, Saman, Ghar, Team, Padhai, Dukaan, Stock, کلاس, گھر, باورچی خانہ, راشن, شو
// and اسٹیشن are the user's own. No list is named Club (the user only views it). Every move goes to
// one of the user's own lists (a task cannot move into Office, a list someone else owns); every
// assignment is of a Family or Office task, to Sara (an editor of both), to Bilal (the owner of Office)
// or to the user.
// Clock (its own): Wednesday 2035-12-05 20:10 Asia/Karachi (UTC+5, no DST) = 2035-12-05T15:10:00.000Z,
// exported as HELDOUT27_NOW / HELDOUT27_ZONE; run it with runEval's clock argument set to them (and, on
// the real tools, a database opened with openEvalDatabase(HELDOUT27_NOW)). Worked out with node:
//   today (aaj, آج) = Wed 12-05 (its evening: "tonight" is still ahead); tomorrow (tmrw, kal, کل) =
//   Thu 12-06; day after tomorrow (parson, پرسوں) = Fri 12-07 (also "friday", jumma, جمعہ, "this
//   friday"); Saturday = 12-08; Sunday (itwar, اتوار) = 12-09; Monday (agle peer, اگلے پیر) = 12-10;
//   Tuesday = 12-11; next Wednesday (agle budh, اگلے بدھ, "Wednesday the 12th") = 12-12; the 20th
//   (20 tareekh, بیس تاریخ) = Thu 12-20; the 25th = Tue 12-25; 31 December (اکتیس دسمبر) = Mon 12-31.
//   "Every month on the 1st" (har mahine 1 tareekh): its first = Tue 2036-01-01; "every month on the
//   25th, starting this month": its first = 12-25; "every Friday at 7 in the evening" and "har jumme
//   shaam 5 baje, isi jumme se": their first = Fri 12-07; "every Monday at 9": its first = Mon 12-10;
//   "ہر اتوار صبح دس بجے": its first = Sun 12-09.
//   Clock times (PKT = UTC+5), as UTC ISO: Thu 12-06 8am = 2035-12-06T03:00:00.000Z, 11am = 06:00Z;
//   Fri 12-07 10am = 2035-12-07T05:00:00.000Z, 2pm = 09:00Z, 5pm = 12:00Z, 7pm = 14:00Z; Sat 12-08
//   4pm = 2035-12-08T11:00:00.000Z; Sun 12-09 10am = 2035-12-09T05:00:00.000Z, 2pm = 09:00Z; Mon 12-10
//   8am = 2035-12-10T03:00:00.000Z, 9am = 04:00Z; Wed 12-12 9:30am = 2035-12-12T04:30:00.000Z, 11am =
//   06:00Z, 4pm = 11:00Z. "Remind me a day before" (ایک دن پہلے, "the day before") = 1440 minutes,
//   "an hour before" (1 ghanta pehle, ایک گھنٹہ پہلے) = 60, "half an hour before" (آدھا گھنٹہ پہلے) = 30,
//   "15 mins before" = 15, "10 min before" = 10.
// Judging conventions (those of the earlier blind sets, as heldout23's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles (and list names) are listed only where the request fixes them (quoted, or after a
// colon, or "called X" / "naam ki" / "نام"); RRULEs and free-text notes and comments are '*' (present),
// as is an assignee (the person's name may be given in several forms). "Remind me N minutes / hours /
// a day before" expects reminders [{ minutes_before: N }]. Changes to existing tasks name their task_id;
// tags are the whole new list. Reads are judged by the reply (the titles it must name), not by which
// read tool was used. Several changes in one message are expected in the order the message gives them.
// A request that fits two tasks equally, or a sweeping destructive one, expects a question and no
// change. Venting and small talk expect no tool call at all, even where they name a task's words. In
// this set: "urgent", "bohat zaroori" and "بہت ضروری" are priority high; "low priority is fine" is
// priority low; "high kar do" is priority high. A skip is "leave this one out / skip just this one /
// sirf kal wali chhor do / اس جمعرات نہیں ہو گی، اگلی سے پھر" of a recurring task.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT27_NOW = new Date('2035-12-05T15:10:00.000Z'); // Wednesday 20:10 in Karachi
export const HELDOUT27_ZONE = 'Asia/Karachi';

/** The first officer with an airline in Karachi. */
const PILOT: FixtureTask[] = [
  {
    id: 1,
    title: 'Simulator session: engine failure drills',
    list: 'Training',
    priority: 'high',
    due_at: '2035-12-06T04:00:00.000Z',
  },
  {
    id: 2,
    title: 'Simulator session: TCAS and windshear',
    list: 'Training',
    due_at: '2035-12-08T09:00:00.000Z',
  },
  { id: 3, title: 'Renew class 1 medical', priority: 'medium', tags: ['licence'], due_date: '2035-12-20' },
  { id: 4, title: 'Submit January roster bids', list: 'Flying', due_date: '2035-12-07' },
  { id: 5, title: 'Read the A320 ops bulletin', list: 'Flying' },
  { id: 6, title: 'Dangerous goods refresher course', list: 'Training', due_date: '2035-12-03' },
  {
    id: 7,
    title: 'Update logbook hours',
    list: 'Flying',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2035-12-09',
  },
  { id: 8, title: 'Collect uniform from dry cleaner', list: 'Home', due_date: '2035-12-06' },
  {
    id: 9,
    title: 'Pay car instalment',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2035-12-10',
  },
  { id: 10, title: "Book Zara's swimming lessons", list: 'Family', due_date: '2035-12-08' },
  { id: 11, title: 'Fatigue report for the Lahore night flight', list: 'Office', due_date: '2035-12-11' },
  { id: 12, title: 'Get Saudi visa stamped', list: 'Flying', completed: true },
  { id: 13, title: 'Return the EFB iPad to the crew room', completed: true },
  { id: 14, title: 'Service the car', list: 'Home', due_date: '2035-12-15' },
  { id: 15, title: 'Line check with Captain Rehman', list: 'Training', due_date: '2035-12-11' },
];

/** The chartered accountant in Lahore. */
const AUDIT: FixtureTask[] = [
  {
    id: 1,
    title: 'File sales tax return for Haider Textiles',
    list: 'Tax',
    priority: 'high',
    due_date: '2035-12-15',
  },
  { id: 2, title: 'File sales tax return for Noor Foods', list: 'Tax', due_date: '2035-12-18' },
  { id: 3, title: 'Bank reconciliation for Qasim Motors', list: 'Clients', due_date: '2035-12-04' },
  { id: 4, title: 'Audit fieldwork at Ravi Mills', list: 'Audit', due_at: '2035-12-10T04:30:00.000Z' },
  { id: 5, title: 'Draft management letter for Ravi Mills', list: 'Audit', due_date: '2035-12-14' },
  { id: 6, title: 'Renew ICAP membership', tags: ['cpd'], due_date: '2035-12-31' },
  { id: 7, title: 'Send engagement letter to Bashir & Sons', list: 'Clients', completed: true },
  {
    id: 8,
    title: 'Weekly timesheet to Bilal',
    list: 'Office',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2035-12-07',
  },
  {
    id: 9,
    title: 'Pay office internet bill',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=12',
    due_date: '2035-12-12',
  },
  { id: 10, title: 'CPD webinar on IFRS 17', tags: ['cpd'], due_at: '2035-12-06T11:00:00.000Z' },
  { id: 11, title: 'Withholding tax statement for Qasim Motors', list: 'Tax', completed: true },
  { id: 12, title: "Pay Ammar's school fee", list: 'Family', due_date: '2035-12-10' },
  {
    id: 13,
    title: 'Payroll for Noor Foods',
    list: 'Clients',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=28',
    due_date: '2035-12-28',
  },
  { id: 14, title: 'Archive 2034 working papers', list: 'Audit' },
];

/** The IT support technician at a hospital in Islamabad. */
const HELPDESK: FixtureTask[] = [
  { id: 1, title: 'Replace toner in the ER printer', list: 'Tickets', due_date: '2035-12-05' },
  { id: 2, title: 'Replace toner in the pharmacy printer', list: 'Tickets', due_date: '2035-12-06' },
  {
    id: 3,
    title: 'Reset VPN access for Dr Saima',
    list: 'Tickets',
    priority: 'high',
    due_at: '2035-12-06T03:30:00.000Z',
  },
  { id: 4, title: 'Patch the radiology workstations', list: 'Network', due_date: '2035-12-08' },
  {
    id: 5,
    title: 'Check backup logs',
    list: 'Network',
    recurrence: 'FREQ=DAILY',
    due_at: '2035-12-06T04:00:00.000Z',
  },
  {
    id: 6,
    title: 'Replace the faulty switch in Ward 3',
    list: 'Network',
    priority: 'high',
    due_date: '2035-12-04',
  },
  { id: 7, title: 'Renew antivirus licences', tags: ['vendor'], due_date: '2035-12-28' },
  { id: 8, title: 'Set up laptop for the new HR officer', list: 'Tickets', completed: true },
  {
    id: 9,
    title: 'Monthly server room inspection',
    list: 'Network',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2036-01-01',
  },
  { id: 10, title: 'Inventory of spare keyboards and mice', list: 'Office', due_date: '2035-12-13' },
  { id: 11, title: "Fix Ammi's WhatsApp on her phone", list: 'Family' },
  { id: 12, title: 'CCNA exam prep chapter 6', tags: ['study'], due_date: '2035-12-09' },
  { id: 13, title: 'Pay home internet bill', list: 'Home', tags: ['bills'], due_date: '2035-12-11' },
  { id: 14, title: 'Label the patch panel in the basement', list: 'Network', completed: true },
];

/** The plumber in Rawalpindi (Roman Urdu). */
const PLUMBER: FixtureTask[] = [
  {
    id: 1,
    title: 'Geyser fitting Butt sahab Satellite Town',
    list: 'Kaam',
    due_at: '2035-12-06T05:00:00.000Z',
  },
  { id: 2, title: 'Geyser fitting Mirza sahab Saddar', list: 'Kaam', due_date: '2035-12-07' },
  { id: 3, title: 'Masjid ke wuzu khane ki leakage', list: 'Kaam', priority: 'high', due_date: '2035-12-05' },
  { id: 4, title: 'PPR pipe aur elbow khareedna', list: 'Saman', due_date: '2035-12-06' },
  {
    id: 5,
    title: 'Apprentice Shani ki haftawar tankhwah',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2035-12-08',
  },
  { id: 6, title: 'Drill machine repair karwana', list: 'Saman' },
  { id: 7, title: 'Gas ka bill jama karna', list: 'Ghar', tags: ['bills'], due_date: '2035-12-04' },
  { id: 8, title: 'Bashir sahab se 5000 udhaar wapis lena', tags: ['paise'], due_date: '2035-12-10' },
  { id: 9, title: 'Hotel Pearl bathroom renovation ka quote', list: 'Kaam', due_date: '2035-12-09' },
  { id: 10, title: 'Bachon ki school fee', list: 'Family', due_date: '2035-12-10' },
  { id: 11, title: 'Plot wale ghar ki tanki saaf karna', list: 'Kaam', completed: true },
  { id: 12, title: 'Motorcycle ki tuning', list: 'Ghar', due_date: '2035-12-12' },
];

/** The college football captain in Lahore (Roman Urdu). */
const FOOTBALL: FixtureTask[] = [
  {
    id: 1,
    title: 'Inter-college match vs FC College',
    list: 'Team',
    priority: 'high',
    due_at: '2035-12-08T10:00:00.000Z',
  },
  {
    id: 2,
    title: 'Inter-college match vs Islamia College',
    list: 'Team',
    due_at: '2035-12-15T10:00:00.000Z',
  },
  { id: 3, title: 'Team jerseys ka order dena', list: 'Team', due_date: '2035-12-06' },
  {
    id: 4,
    title: 'Sports office se ground booking',
    list: 'Team',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2035-12-10',
  },
  { id: 5, title: 'Fitness test ke results coach ko bhejna', list: 'Team', completed: true },
  { id: 6, title: 'Statistics assignment', list: 'Padhai', due_date: '2035-12-07' },
  { id: 7, title: 'Physics lab report', list: 'Padhai', due_date: '2035-12-04' },
  { id: 8, title: 'Shin guards khareedne', tags: ['shopping'] },
  { id: 9, title: 'Ammi ko doctor ke paas le jana', list: 'Family', due_date: '2035-12-09' },
  { id: 10, title: 'Bus pass renew karwana', due_date: '2035-12-31' },
  { id: 11, title: 'Subah ki running', recurrence: 'FREQ=DAILY', due_at: '2035-12-06T01:00:00.000Z' },
  { id: 12, title: 'Players ki list sports office mein jama karwana', list: 'Team', due_date: '2035-12-11' },
  { id: 13, title: 'Semester fee ka challan', list: 'Padhai', completed: true },
];

/** The crockery shopkeeper in Hyderabad (Roman Urdu). */
const BARTAN: FixtureTask[] = [
  {
    id: 1,
    title: 'Karachi supplier ko dinner set ki payment',
    list: 'Dukaan',
    priority: 'high',
    due_date: '2035-12-06',
  },
  { id: 2, title: 'Karachi supplier se tea set ka order', list: 'Stock', due_date: '2035-12-08' },
  { id: 3, title: 'Toote hue glass ka hisaab', list: 'Dukaan' },
  { id: 4, title: 'Ansari family ki shadi ka order: 50 dinner sets', list: 'Dukaan', due_date: '2035-12-14' },
  {
    id: 5,
    title: 'Dukaan ka kiraya',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2035-12-10',
  },
  { id: 6, title: 'Naye shelves lagwana', list: 'Dukaan', completed: true },
  {
    id: 7,
    title: 'Melamine plates ka stock ginna',
    list: 'Stock',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2035-12-09',
  },
  { id: 8, title: 'Beti ke school ka function', list: 'Family', due_at: '2035-12-07T05:00:00.000Z' },
  { id: 9, title: 'Udhaar register update karna', tags: ['hisaab'], due_date: '2035-12-03' },
  { id: 10, title: 'Dukaan ka signboard theek karwana', list: 'Dukaan', due_date: '2035-12-12' },
  { id: 11, title: 'Bijli ka bill', list: 'Ghar', tags: ['bills'], completed: true },
  { id: 12, title: 'Glass tumblers ka naya design mangwana', list: 'Stock' },
];

/** The imam's wife who runs a Quran class for girls at home in Multan (Urdu). */
const QURAN: FixtureTask[] = [
  { id: 1, title: 'فاطمہ کا پارہ سننا', list: 'کلاس', due_date: '2035-12-06' },
  { id: 2, title: 'زینب کا پارہ سننا', list: 'کلاس', due_date: '2035-12-06' },
  { id: 3, title: 'بچیوں کے لیے نئے قاعدے منگوانا', list: 'کلاس', priority: 'high', due_date: '2035-12-07' },
  {
    id: 4,
    title: 'ماہانہ فیس کا رجسٹر',
    list: 'کلاس',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2035-12-05',
  },
  {
    id: 5,
    title: 'جمعرات کی محفل کی تیاری',
    list: 'کلاس',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2035-12-06',
  },
  { id: 6, title: 'مولانا صاحب کے کپڑے درزی سے لینا', list: 'گھر', due_date: '2035-12-04' },
  { id: 7, title: 'بجلی کا بل', list: 'گھر', tags: ['bills'], completed: true },
  { id: 8, title: 'امی جان کی دوا', list: 'Family', due_date: '2035-12-08' },
  { id: 9, title: 'ختم قرآن کی تقریب کے دعوت نامے', list: 'کلاس', due_date: '2035-12-15' },
  { id: 10, title: 'رحل اور جائے نماز دھلوانا', list: 'کلاس', completed: true },
  { id: 11, title: 'بیٹے کی اسکول کی کاپیاں', list: 'Family' },
  { id: 12, title: 'پڑوسن سے سلائی مشین واپس لینا', list: 'گھر' },
];

/** The cook in a university hostel kitchen in Peshawar (Urdu). */
const BAWARCHI: FixtureTask[] = [
  { id: 1, title: 'آٹے کی بوریاں منگوانا', list: 'راشن', priority: 'high', due_date: '2035-12-06' },
  { id: 2, title: 'چینی اور پتی منگوانا', list: 'راشن', due_date: '2035-12-07' },
  {
    id: 3,
    title: 'تندور کی صفائی',
    list: 'باورچی خانہ',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2035-12-07',
  },
  { id: 4, title: 'ہفتے کا مینو میس کمیٹی کو دینا', list: 'باورچی خانہ', due_date: '2035-12-08' },
  { id: 5, title: 'گیس سلنڈر بدلوانا', list: 'باورچی خانہ', completed: true },
  { id: 6, title: 'بڑی دیگ کا ڈھکن ٹھیک کروانا', list: 'باورچی خانہ', due_date: '2035-12-03' },
  {
    id: 7,
    title: 'ہیلپر نعیم کی تنخواہ',
    tags: ['تنخواہ'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2036-01-01',
  },
  { id: 8, title: 'بیٹی کی شادی کے لیے زیور', list: 'Family', due_date: '2035-12-31' },
  { id: 9, title: 'گاؤں پیسے بھیجنا', list: 'Family', due_date: '2035-12-10' },
  { id: 10, title: 'فریزر کی مرمت', list: 'باورچی خانہ', due_date: '2035-12-05' },
  { id: 11, title: 'جمعے کی بریانی کے لیے چاول', list: 'راشن', due_date: '2035-12-07' },
  { id: 12, title: 'ہیلتھ سرٹیفکیٹ بنوانا', tags: ['کاغذات'], due_date: '2035-12-20' },
  { id: 13, title: 'ٹوٹی پلیٹیں گننا', list: 'باورچی خانہ', completed: true },
  { id: 14, title: 'چھت کی ٹینکی صاف کروانا', list: 'گھر' },
];

/** The presenter at an FM radio station in Karachi (Urdu). */
const RADIO: FixtureTask[] = [
  {
    id: 1,
    title: 'صبح کے شو کی پلے لسٹ',
    list: 'شو',
    recurrence: 'FREQ=DAILY',
    due_at: '2035-12-06T02:00:00.000Z',
  },
  {
    id: 2,
    title: 'ڈاکٹر عمران کا انٹرویو',
    list: 'شو',
    priority: 'high',
    due_at: '2035-12-06T06:00:00.000Z',
  },
  { id: 3, title: 'ڈاکٹر ثمینہ کا انٹرویو', list: 'شو', due_at: '2035-12-11T06:00:00.000Z' },
  { id: 4, title: 'اشتہارات کی فہرست اسٹیشن مینیجر کو دینا', list: 'Office', due_date: '2035-12-07' },
  { id: 5, title: 'نئے مائیک کی درخواست', list: 'اسٹیشن', completed: true },
  { id: 6, title: 'سامعین کے خطوط پڑھنا', list: 'شو', due_date: '2035-12-04' },
  { id: 7, title: 'نئے جنگل کی ریکارڈنگ', list: 'اسٹیشن', due_date: '2035-12-09' },
  { id: 8, title: 'گاڑی کی انشورنس', tags: ['bills'], due_date: '2035-12-20' },
  { id: 9, title: 'بھائی کی سالگرہ کا تحفہ', list: 'Family', due_date: '2035-12-12' },
  { id: 10, title: 'سالانہ ایوارڈ کے لیے درخواست', tags: ['کیریئر'], due_date: '2035-12-28' },
  { id: 11, title: 'گلے کے ڈاکٹر سے ملاقات', due_date: '2035-12-08' },
  {
    id: 12,
    title: 'ہفتہ وار میٹنگ کے نوٹس',
    list: 'Office',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2035-12-10',
  },
  { id: 13, title: 'پرانے شوز کا آرکائیو', list: 'اسٹیشن' },
];

const english: Utterance[] = [
  // The first officer.
  {
    intent: 'add',
    lang: 'en',
    text: 'the tyre pressure light came on in the car again on the way back from the airport, need to get the tyres looked at',
    fixture: PILOT,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "Ops just emailed, there's a new A321neo differences course I have to finish online by the 20th 😑",
    fixture: PILOT,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2035-12-20' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finally got through the dangerous goods refresher, passed with 92',
    fixture: PILOT,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'crew room says they never got the EFB iPad back from me?? it must still be in my flight bag, so thats not done',
    fixture: PILOT,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'can u push the TCAS/windshear sim to sunday, same time',
    fixture: PILOT,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_at: '2035-12-09T09:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the class 1 medical renewal is getting urgent, the AME only has a couple of slots left this month',
    fixture: PILOT,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, priority: 'high' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "rename the roster bids one to 'Submit January roster bids and leave request' please",
    fixture: PILOT,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 4, title: 'Submit January roster bids and leave request' } },
      ],
    },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'that A320 ops bulletin got withdrawn by the fleet office, so delete the reading task, no point keeping it',
    fixture: PILOT,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "I'm on a 4 day Toronto pairing over the weekend so the logbook update won't happen this Sunday, just leave this one out and keep the next",
    fixture: PILOT,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara offered to sort out Zara's swimming lessons, can that go to her?",
    fixture: PILOT,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "for tomorrow's engine failure sim, put a sub item under it to revise the engine fire memory items",
    fixture: PILOT,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1, title: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'whats on tmrw?',
    fixture: PILOT,
    expect: { reply: '^(?=[\\s\\S]*engine failure)(?=[\\s\\S]*uniform)' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'move the sim session to next week pls',
    fixture: PILOT,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'long day... sat in the sim building for 3 hours waiting for an instructor who never showed up 🙄',
    fixture: PILOT,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "dropped the car at the workshop this morning and it's serviced already, also picked up the uniform on the way back",
    fixture: PILOT,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 14 } },
        { name: 'complete_task', args: { task_id: 8 } },
      ],
    },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'on the fatigue report for the Lahore night flight, comment that we only got 4 hours of rest at the hotel because of the wedding party next door',
    fixture: PILOT,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'I want to call Ammi every Friday at 7 in the evening, remind me 15 mins before',
    fixture: PILOT,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            due_at: '2035-12-07T14:00:00.000Z',
            recurrence: '*',
            reminders: [{ minutes_before: 15 }],
          },
        },
      ],
    },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the medical renewal really belongs with the Training stuff, can you shift it there',
    fixture: PILOT,
    expect: { calls: [{ name: 'move_task', args: { task_id: 3, list: 'Training' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "I'll need somewhere to keep all the 777 conversion things, make a list called Type Rating",
    fixture: PILOT,
    expect: { calls: [{ name: 'create_list', args: { name: 'Type Rating' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Captain Rehman messaged, he wants a quick debrief call with me before the line check, Monday at 8 in the morning',
    fixture: PILOT,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2035-12-10T03:00:00.000Z' } }] },
  },

  // The chartered accountant.
  {
    intent: 'add',
    lang: 'en',
    text: "Haider Textiles' CFO called, they want us to do their wealth statement this year as well",
    fixture: AUDIT,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Noor Foods also wants a cash flow forecast from us, by next Wednesday if possible',
    fixture: AUDIT,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2035-12-12' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Qasim Motors bank rec finally ties out, the difference was a bounced cheque from October',
    fixture: AUDIT,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the sales tax return is filed, tick it off',
    fixture: AUDIT,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'Ravi Mills pushed the fieldwork, they want us there Wednesday the 12th instead, same time',
    fixture: AUDIT,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, due_at: '2035-12-12T04:30:00.000Z' } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'for the Ravi Mills management letter, jot down that the inventory count differences and the missing fixed asset register have to go in',
    fixture: AUDIT,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, description: '*' } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'the engagement letter to Bashir & Sons bounced back, wrong email address, so it never actually went',
    fixture: AUDIT,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "the firm moved all the 2034 files to the cloud so there's nothing left to archive, please delete that task",
    fixture: AUDIT,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "I'm on leave this Friday so there's no timesheet this week, skip just this one",
    fixture: AUDIT,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara said she'll go to the school herself and pay Ammar's fee, hand that one over to her",
    fixture: AUDIT,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 12, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "comment on the Noor Foods sales tax return: client still hasn't sent the purchase invoices for November",
    fixture: AUDIT,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 2, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "under the Ravi Mills fieldwork add two things: 'request stock sheets' and 'confirm debtor balances'",
    fixture: AUDIT,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 4, title: 'request stock sheets' } },
        { name: 'add_subtask', args: { task_id: 4, title: 'confirm debtor balances' } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'is anything overdue?',
    fixture: AUDIT,
    expect: { reply: 'Qasim Motors' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "which tax returns haven't I filed yet",
    fixture: AUDIT,
    expect: { reply: '^(?=[\\s\\S]*Haider)(?=[\\s\\S]*Noor)' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'tag the IFRS 17 webinar as work as well',
    fixture: AUDIT,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, tags: ['cpd', 'work'] } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'Noor Foods payroll should sit under Tax, not Clients, move it over',
    fixture: AUDIT,
    expect: { calls: [{ name: 'move_task', args: { task_id: 13, list: 'Tax' } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'tax season is killing me, Haider Textiles sent 400 invoices as blurry WhatsApp photos 😩',
    fixture: AUDIT,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "watched the IFRS 17 recording early so that one's done, and remind me about the ICAP renewal one day before it's due",
    fixture: AUDIT,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 10 } },
        { name: 'set_task_details', args: { task_id: 6, reminders: [{ minutes_before: 1440 }] } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'every month on the 25th I have to send Haider Textiles their payroll summary, starting this month',
    fixture: AUDIT,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_date: '2035-12-25', recurrence: '*' } }],
    },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "can you clean up the old stuff, there's way too much clutter in here",
    fixture: AUDIT,
    expect: { outcome: 'ask' },
  },

  // The IT support technician.
  {
    intent: 'details',
    lang: 'en',
    text: 'the ER printer is jammed now as well, not the toner this time, a proper paper jam. need to look at it tomorrow',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2035-12-06' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'swapped the toner in the ER one 👍',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'toner replaced, mark it done',
    fixture: HELPDESK,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "Dr Saima's VPN reset can wait till friday 10am, she's off tomorrow",
    fixture: HELPDESK,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2035-12-07T05:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'radiology patching isnt that urgent tbh, low priority is fine',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, priority: 'low' } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "the HR officer's laptop is back on my desk, outlook won't sync so that isn't finished after all",
    fixture: HELPDESK,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "backups are paused for the migration so tomorrow's backup log check is pointless, skip that one but keep the rest",
    fixture: HELPDESK,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'Bilal says I own the keyboard and mouse inventory now, put it on me',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'add a comment on the Ward 3 switch: ordered a replacement 2960, arrives friday',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 6, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'the antivirus renewal needs a first step, getting three quotes from vendors, stick that under it',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 7, title: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'Ammi got a new phone and WhatsApp works fine on it, so delete the fix-her-whatsapp thing',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what have I let slip? anything past due',
    fixture: HELPDESK,
    expect: { reply: 'Ward 3' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's sitting in Network right now?",
    fixture: HELPDESK,
    expect: {
      reply: '^(?=[\\s\\S]*radiology)(?=[\\s\\S]*backup)(?=[\\s\\S]*Ward 3)(?=[\\s\\S]*server room)',
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the CCNA one should say chapter 7, not 6',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, title: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'make me a list called EMR Migration, the project kicks off in January',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'create_list', args: { name: 'EMR Migration' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "the home internet bill goes in Family from now on, and Sara's the one paying it so put it on her",
    fixture: HELPDESK,
    expect: {
      calls: [
        { name: 'move_task', args: { task_id: 13, list: 'Family' } },
        { name: 'assign_task', args: { task_id: 13, assignee: '*' } },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'what a shift. the whole Ward 3 network dropped during morning rounds and I had three consultants shouting at me at once',
    fixture: HELPDESK,
    expect: { outcome: 'help' },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'every Monday at 9 I should go over the ticket queue with Bilal, remind me 10 min before',
    fixture: HELPDESK,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            due_at: '2035-12-10T04:00:00.000Z',
            recurrence: '*',
            reminders: [{ minutes_before: 10 }],
          },
        },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'remind me about the server room inspection the day before',
    fixture: HELPDESK,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'I keep forgetting, I need to buy a new crimping tool for myself',
    fixture: HELPDESK,
    expect: { calls: [{ name: 'add_task' }] },
  },
];

const roman: Utterance[] = [
  // The plumber.
  {
    intent: 'add',
    lang: 'roman',
    text: 'ek aur customer ka phone aya tha, Gulraiz mein unka bhi geyser lagana hai, date abhi nahi batayi unhon ne',
    fixture: PLUMBER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'masjid ke wuzu khane wali leakage theek kar di alhamdulillah',
    fixture: PLUMBER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'geyser fitting wala kaam ho gaya bhai',
    fixture: PLUMBER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Mirza sahab ne kaha hai jumme ki bajaye itwar ko aa jao',
    fixture: PLUMBER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2035-12-09' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal subah 11 baje Hotel Pearl walon se site pe milna hai, 1 ghanta pehle yaad dila dena plz',
    fixture: PLUMBER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2035-12-06T06:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'yaar plot wale ghar ki tanki phir gandi ho gayi, dobara saaf karni paregi',
    fixture: PLUMBER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'drill repair wala kaam hata do, nayi drill le li hai',
    fixture: PLUMBER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'Shani is hafte gaon gaya hua hai, is saturday ki tankhwah nahi banti, agle hafte se phir wese hi',
    fixture: PLUMBER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'bachon ki fee Sara jama karwa degi, uske naam laga do',
    fixture: PLUMBER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'Hotel Pearl ke quote ke neeche ek chota kaam daal do: tiles ka size napna',
    fixture: PLUMBER,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 9, title: 'tiles ka size napna' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal ka kya scene hai mera?',
    fixture: PLUMBER,
    expect: { reply: '^(?=[\\s\\S]*Butt)(?=[\\s\\S]*PPR)' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Bashir sahab wale paise bohat zaroori hain, high kar do',
    fixture: PLUMBER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj itni thand thi ke har doosre banday ka geyser kharab tha lol, phone band hi nahi ho raha tha',
    fixture: PLUMBER,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'gas ka bill bhar diya, aur motorcycle ki tuning saturday ko kar do',
    fixture: PLUMBER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'set_task_details', args: { task_id: 12, due_date: '2035-12-08' } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine 1 tareekh ko godown ka kiraya dena hota hai, 15000, ye note mein likh dena',
    fixture: PLUMBER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_date: '2036-01-01', recurrence: '*', description: '*' },
        },
      ],
    },
  },

  // The college football captain.
  {
    intent: 'details',
    lang: 'roman',
    text: 'coach keh rahe hain Islamia walay match se pehle ek friendly bhi khelna hai, agle budh 4 baje',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2035-12-12T11:00:00.000Z' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'jerseys ka order de diya aaj finally, 18 shirts',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'yaar fitness test ke results coach tak pohanche hi nahi, email fail ho gayi thi',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'match ka time 4 baje kar do',
    fixture: FOOTBALL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'FC College wala match 4 baje shift ho gaya hai, din wohi',
    fixture: FOOTBALL,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 1, due_at: '2035-12-08T11:00:00.000Z' } }],
    },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'kal subah running nahi ho payegi ankle mein moch hai, bas kal wali chhor do',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 11 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'shin guards wale mein likh do size M chahiye aur Nivia ke',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, description: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'bus pass wala hata do yaar, ab bike pe aata hoon',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'players ki list wale task pe comment kar do ke 2 naye players ke CNIC abhi baqi hain',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 12, body: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'ek nayi list bana do Tournament naam ki',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'create_list', args: { name: 'Tournament' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'padhai ka kya kya pending hai abhi?',
    fixture: FOOTBALL,
    expect: { reply: '^(?=[\\s\\S]*Statistics)(?=[\\s\\S]*Physics)' },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'shin guards wala Team wali list mein daal do',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'move_task', args: { task_id: 8, list: 'Team' } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj practice mein 3 goal kiye bhai 🔥 FC College walon ki khair nahi saturday ko',
    fixture: FOOTBALL,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'physics lab report jama ho gayi, aur statistics assignment ko urgent kar do plz',
    fixture: FOOTBALL,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'set_task_details', args: { task_id: 6, priority: 'high' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'ground booking ke ilawa changing room ki chabi bhi leni hai sports office se',
    fixture: FOOTBALL,
    expect: { calls: [{ name: 'add_task' }] },
  },

  // The crockery shopkeeper.
  {
    intent: 'add',
    lang: 'roman',
    text: 'aaj ek customer copper ki handi maang raha tha, Karachi se mangwani paregi',
    fixture: BARTAN,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Karachi wale supplier ko dinner set ki payment easypaisa kar di',
    fixture: BARTAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Ansari walon ne shadi aage kar di, ab order 20 tareekh tak chahiye',
    fixture: BARTAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2035-12-20' } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'shelves wala kaam asal mein poora nahi hua, carpenter aadha chhor ke bhaag gaya',
    fixture: BARTAN,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'Ansari walay order ke andar ek kaam aur: har set ki double packing',
    fixture: BARTAN,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 4, title: 'har set ki double packing' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is itwar stock nahi ginna, hum sab shadi pe ja rahe hain, agle itwar se normal',
    fixture: BARTAN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'beti ke school function pe Sara chali jayegi, wo uske zimme kar do',
    fixture: BARTAN,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kya kuch late ho gaya hai jo reh gaya?',
    fixture: BARTAN,
    expect: { reply: 'udhaar register' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab kuch delete kar do, naye sire se shuru karna hai',
    fixture: BARTAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'glass tumblers wale ka naam badal do: Glass tumblers aur jugs ka naya design',
    fixture: BARTAN,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 12, title: 'Glass tumblers aur jugs ka naya design' } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson dopahar 2 baje wholesaler se cups ke rates poochne hain',
    fixture: BARTAN,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2035-12-07T09:00:00.000Z' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'toote glass ka hisaab wala mita do, worker ko maaf kar diya',
    fixture: BARTAN,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj bikri bohat thandi rahi, sirf do dinner set bike, dil hi kharab ho gaya',
    fixture: BARTAN,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'udhaar register update kar diya, aur signboard wala kaam kal pe le aao',
    fixture: BARTAN,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 9 } },
        { name: 'set_task_details', args: { task_id: 10, due_date: '2035-12-06' } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har jumme shaam 5 baje dukaan ki dhulai karwani hai, isi jumme se shuru',
    fixture: BARTAN,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2035-12-07T12:00:00.000Z', recurrence: '*' } }],
    },
  },
];

const urdu: Utterance[] = [
  // The imam's wife with a Quran class.
  {
    intent: 'details',
    lang: 'ur',
    text: 'نئی بچی مریم کا پارہ بھی کل سننا ہے',
    fixture: QURAN,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2035-12-06' } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'آج پارہ سن لیا، ماشاءاللہ اچھا سنایا',
    fixture: QURAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'زینب نے پارہ سنا دیا، بہت روانی سے پڑھا ماشاءاللہ',
    fixture: QURAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'قاعدے منگوانے والا کام اگلے پیر تک ہو جائے تب بھی ٹھیک ہے',
    fixture: QURAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2035-12-10' } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'جائے نماز ابھی تک نہیں دھلے، ماسی کل آئی ہی نہیں',
    fixture: QURAN,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعرات محفل نہیں ہو گی، مولانا صاحب شہر سے باہر ہیں، اگلی جمعرات سے پھر',
    fixture: QURAN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'امی جان کی دوا سارہ لے آئے گی، یہ کام اس کے ذمے کر دیں',
    fixture: QURAN,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'دعوت ناموں والے کام کے اندر یہ بھی ڈال دیں: مہمانوں کی فہرست بنانا',
    fixture: QURAN,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 9, title: 'مہمانوں کی فہرست بنانا' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کل کے لیے کیا کیا ہے؟',
    fixture: QURAN,
    expect: { reply: '^(?=[\\s\\S]*فاطمہ)(?=[\\s\\S]*زینب)(?=[\\s\\S]*محفل)' },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'سلائی مشین والا کام مٹا دیں، وہ مشین ہماری تھی ہی نہیں، غلطی سے لکھا تھا',
    fixture: QURAN,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج بچیوں نے بہت شور کیا، سبق کم اور باتیں زیادہ، بہت تھک گئی ہوں',
    fixture: QURAN,
    expect: { outcome: 'help' },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر اتوار صبح دس بجے بچیوں کا ٹیسٹ لینا ہے، آدھا گھنٹہ پہلے یاد دلا دیجیے گا',
    fixture: QURAN,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            due_at: '2035-12-09T05:00:00.000Z',
            recurrence: '*',
            reminders: [{ minutes_before: 30 }],
          },
        },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'مولانا صاحب کے کپڑے درزی سے لے آئی ہوں، اور بیٹے کی کاپیاں پرسوں تک لانی ہیں',
    fixture: QURAN,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'set_task_details', args: { task_id: 11, due_date: '2035-12-07' } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'فیس کے رجسٹر والے کام میں نوٹ لکھ دیں کہ تین یتیم بچیوں کی فیس معاف ہے',
    fixture: QURAN,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, description: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'ایک نئی فہرست بنا دیں، نام رمضان رکھیں',
    fixture: QURAN,
    expect: { calls: [{ name: 'create_list', args: { name: 'رمضان' } }] },
  },

  // The hostel kitchen's cook.
  {
    intent: 'details',
    lang: 'ur',
    text: 'میس کمیٹی والے کہہ رہے ہیں کہ اکتیس دسمبر کو لڑکوں کی الوداعی دعوت بھی کرنی ہے',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2035-12-31' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'فریزر ٹھیک ہو گیا، مستری ابھی ابھی گیا ہے',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'منگوانے والا کام پرسوں پر ڈال دیں',
    fixture: BAWARCHI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'چینی پتی والے کو بہت ضروری کر دیں، اسٹاک ختم ہونے والا ہے',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, priority: 'high' } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'سلنڈر والا کام دوبارہ کرنا پڑے گا، نیا سلنڈر بھی لیک کر رہا ہے',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعے تندور کی صفائی نہیں ہو گی، ہاسٹل بند ہے، اگلے جمعے سے معمول کے مطابق',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'ہیلتھ سرٹیفکیٹ والا کام گھر والی فہرست میں ڈال دیں',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'گھر' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'دیگ کے ڈھکن والے کام پر تبصرہ لکھ دیں: ویلڈر ہزار روپے مانگ رہا ہے',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 6, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کون سے کام ہیں جن کی تاریخ نکل گئی ہے؟',
    fixture: BAWARCHI,
    expect: { reply: 'ڈھکن' },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'زیور والا کام ہٹا دیں، ابھی اس کا کوئی ارادہ نہیں',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج تین سو لڑکوں کا کھانا بنایا، دال کم پڑ گئی اور سب ناراض ہو گئے، بس اللہ خیر کرے',
    fixture: BAWARCHI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل صبح آٹھ بجے قصائی سے گوشت کی بات کرنی ہے، ایک گھنٹہ پہلے یاد کروا دیں',
    fixture: BAWARCHI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2035-12-06T03:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'جمعے والے چاول آ گئے ہیں اور آٹے کی بوریاں بھی پہنچ گئیں',
    fixture: BAWARCHI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 11 } },
        { name: 'complete_task', args: { task_id: 1 } },
      ],
    },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'گاؤں پیسے سارہ بھیج دے گی، اس کے نام کر دیں',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'تندور کے لیے نئی لکڑیوں کا بندوبست بھی کرنا ہے',
    fixture: BAWARCHI,
    expect: { calls: [{ name: 'add_task' }] },
  },

  // The radio presenter.
  {
    intent: 'details',
    lang: 'ur',
    text: 'اسٹیشن مینیجر نے کہا ہے کہ نئے سال کی خصوصی نشریات کا اسکرپٹ بھی بیس تاریخ تک دینا ہے',
    fixture: RADIO,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2035-12-20' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'سامعین کے خطوط پڑھ لیے، کافی مزے کے تھے',
    fixture: RADIO,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'انٹرویو جمعے پر ڈال دیں',
    fixture: RADIO,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ڈاکٹر ثمینہ والا انٹرویو اگلے بدھ کو کر دیں، وقت وہی رہے',
    fixture: RADIO,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2035-12-12T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'نئے مائیک والی درخواست منظور نہیں ہوئی، پھر سے دینی پڑے گی',
    fixture: RADIO,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'کل صبح شو نہیں ہے، کرکٹ میچ کی کوریج ہے، اس لیے کل کی پلے لسٹ رہنے دیں، پرسوں سے معمول',
    fixture: RADIO,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 1 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'جنگل والے کام کا نام بدل دیں: نئے سال کا جنگل ریکارڈ کرنا',
    fixture: RADIO,
    expect: { calls: [{ name: 'update_task', args: { task_id: 7, title: 'نئے سال کا جنگل ریکارڈ کرنا' } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'اشتہارات کی فہرست بلال خود دیکھ لیں گے، ان کے نام کر دیں',
    fixture: RADIO,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 4, assignee: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے کون کون سے انٹرویو ہیں؟',
    fixture: RADIO,
    expect: { reply: '^(?=[\\s\\S]*عمران)(?=[\\s\\S]*ثمینہ)' },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'گلے کے ڈاکٹر والی ملاقات کا ایک دن پہلے یاد دلا دیجیے گا',
    fixture: RADIO,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 11, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج شو پر ایک سامع نے فون کر کے آدھا گھنٹہ اپنی بلی کی کہانی سنائی، ہنس ہنس کر برا حال ہو گیا',
    fixture: RADIO,
    expect: { outcome: 'help' },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'ڈاکٹر عمران کے انٹرویو کے نیچے سوالات لکھنے کا ایک چھوٹا کام بنا دیں',
    fixture: RADIO,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 2, title: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'پرانے شوز کے آرکائیو والا کام فہرست سے نکال دیں، اب اس کی ضرورت نہیں رہی',
    fixture: RADIO,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: "ایک نئی فہرست 'پوڈکاسٹ' بنا دیں اور پرانے شوز کا آرکائیو اس میں ڈال دیں",
    fixture: RADIO,
    expect: {
      calls: [
        { name: 'create_list', args: { name: 'پوڈکاسٹ' } },
        { name: 'move_task', args: { task_id: 13, list: 'پوڈکاسٹ' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'بھائی کی سالگرہ کے ساتھ ساتھ بھابھی کی سالگرہ بھی آ رہی ہے، ان کے لیے بھی کچھ لینا ہے',
    fixture: RADIO,
    expect: { calls: [{ name: 'add_task' }] },
  },
];

export const heldout27: Utterance[] = [...english, ...roman, ...urdu];
