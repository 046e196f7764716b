// A twenty-sixth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), biome.json (its formatter settings), server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures
// are used), rules-assistant/eval/db-tools.ts (its first 150 lines), the first 75 lines of rules-assistant/eval/utterances.ts (types,
// FIXTURES) and the first 200 lines of rules-assistant/eval/heldout23.ts (its header: format, judging conventions,
// clock, how fixtures are declared, its first fixtures; no case of it falls in those lines). Also
// seen: directory listings of /work/main, rules-assistant/eval/, server/ and server/features/assistant/ (names only) and a grep of
// tsconfig.json for its "include" line. Not opened: anything under rules-assistant/engine/, docs/,
// test/, eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/probes17.ts, rules-assistant/eval/utterances-statements.ts, the rest of
// utterances.ts, any other held-out set's cases, any git history, diff, log or status (the only git
// command run was one `git --version` by slip, its output discarded), any eval output. The assistant
// was never run on these cases; only the file's type check and lint, its reply regexes (through
// judge() against hand-written replies) and its expected calls (fed straight to the in-memory tools
// with each case's fixture and this set's clock, and once more to the real tools through
// rules-assistant/eval/db-tools.ts's openEvalDatabase(HELDOUT26_NOW); the fixtures also parsed by the service's
// TaskInputSchema) were checked, from throwaway scripts outside the repository, with every module
// under rules-assistant/engine/ replaced by an empty stub through a resolve hook.
// People (new ones; none of the earlier sets' people as far as the brief and heldout23's header name
// them): a dentist with a clinic in Islamabad (two root canals, for Mr Qureshi and Mrs Abbasi, the
// composite resin order, the autoclave's weekly spore test, crown impressions for Hashmi lab, the PMDC
// licence, the clinic rent, an X-ray technician, Zoya's braces, his daughter Hira's school shoes on
// Family, an appointment-software demo on the shared list Office, an implant study, a whitening kit,
// the dental chair's service); a software freelancer in Karachi (July invoices for a Dubai and a Berlin
// client, the Hamdan app's login bug, a weekly standup with Jonas, a portfolio domain, the StormFiber
// bill, the Upwork profile, the tax return, a React Native estimate for Bilal on Office, a laptop
// backup, his mother's eye appointment on Family, a Rust course, a staging build, a laptop charger); a
// retired army officer in Rawalpindi (a blood test and an eye check-up at CMH, watering the roses every
// evening, his monthly pension, the housing society's committee and guards, a letter to the CMA about
// pension arrears, the gas bill, his grandson Umar's birthday present on Family, the car token tax, a
// reunion dinner RSVP, blood-pressure tablets, a book on the 1965 war, the garden gate, his medals); a
// girls' hostel warden in Lahore who types Roman Urdu (the fans of rooms 12 and 14, the mess ration,
// fee reminders, the nightly roll call, the water tank, admission forms, diesel for the generator, a
// report for the principal on Office, her mother's medicine on Family, a tube light, a new mess menu,
// fire extinguishers, the electricity bill); a car-workshop owner in Rawalpindi who types Roman Urdu
// (two engine overhauls, a Corolla's and a Civic's, a Mehran's brakes, parts from Raja Bazar, his
// mechanic Shakeel's weekly pay, the workshop rent, the compressor, the credit register, an Alto's
// paint job, his daughter's school fees on Family, oil filters, a hydraulic jack, Bilal's fleet on
// Office, a Cultus's AC gas); a wedding photographer in Karachi who types Roman Urdu (the Baig family's
// mehndi and barat shoots, the Qureshi album, cleaning the lenses every Sunday, a drone battery, his
// assistant Fahad's pay, weekly Instagram reels, the studio rent, the Khan family's prints, his
// grandmother's birthday cake on Family, a coverage quote for Bilal on Office, a backdrop, a hard-drive
// backup, an advance from the Siddiquis); a tuition-academy owner in Multan who types Urdu (checking
// the matric and the FSc maths tests, the teachers' salaries, the rent, an admissions advert, markers,
// fee collection, the generator, his son's uniform on Family, the weekly test paper, printer ink, a
// monthly report for Bilal on Office, an interview with Sir Imran, the electricity bill); a textile
// exporter in Faisalabad who types Urdu (the Italy and the Spain shipments, buying yarn, papers for the
// customs agent, the workers' weekly wages, an LC at the bank, the dyeing unit, the gas bill, booking a
// hall for his daughter's wedding on Family, samples for Germany, quarterly accounts with Bilal on
// Office, looms, the tax consultant, a fire-safety audit); a grandmother running a household who types
// Urdu (two committee instalments, to Razia and to Shamim, her daily sugar check, the maid's salary, her
// granddaughter's present on Family, a suit from the tailor, an eye check-up, a milad, the monthly
// ration, the gas bill, teaching her grandson the Quran every afternoon, pickle, the fridge). They type
// the way people do: no command words, typos, texting shorthand, long indirect sentences, politeness,
// several requests at once, relative dates, recurring things, reminders, edits (dates, priority,
// titles, notes, tags, recurrence), done and not-done news, reopening without the word, moves,
// assignments, comments, subtasks, deletes, skips, a new list, questions, two similar tasks and vague
// or destructive requests (right outcome: ask), small talk (no tool at all). One message a case, no
// earlier turn. Seventeen cases are news of a NEW thing that shares a word with an existing task
// (Mrs Abbasi's daughter, the Khan twins' braces, Mr Qureshi's crown fitting, Jonas's dark mode, the
// Hamdan app's push notifications, the society's streetlights, the guava tree's spray, room 9's lock,
// the generator's noise, Rashid bhai's Hilux, air filters, the Qureshis' walima, Madam Fauzia's
// interview, a matric English test, new samples for Germany, an electricity bill, another milad): a new
// task, the existing one untouched.
// 161 cases: 66 English, 48 Roman Urdu, 47 Urdu script.
// Intents (this set's labels, as heldout23's): add (a plain task), details (a new task with a due
// moment, list, priority, tags, recurrence or reminder), complete, reopen, update (title or note),
// edit (due moment, priority, tags, recurrence, reminders of an existing task), delete, skip, move,
// assign, comment, subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Counts: add 8, details 18, complete 10, reopen 9, update 10, edit 18, delete 9, skip 6, move 7,
// assign 7, comment 5, subtask 7, list 4, read 14, ask 13, chat 7, multi 9.
// Fixtures (its own): DENTIST, FREELANCER, FAUJI (Latin-script titles, for English cases); WARDEN,
// WORKSHOP, PHOTOGRAPHER (Latin-script titles, for Roman Urdu cases); ACADEMY, EXPORTER, NANI
// (Urdu-script titles, for Urdu cases). Similar pairs: DENTIST 1/2 (the root canals of Mr Qureshi and
// Mrs Abbasi), FREELANCER 1/2 (the July invoices of the Dubai and the Berlin clients), FAUJI 1/2 (the
// blood test and the eye check-up at CMH), WARDEN 1/2 (the fans of rooms 12 and 14), WORKSHOP 1/2 (the
// Corolla's and the Civic's engine overhauls), PHOTOGRAPHER 1/2 (the Baig family's mehndi and barat
// shoots), ACADEMY 1/2 (the matric and the FSc maths tests), EXPORTER 1/2 (the Italy and the Spain
// shipments), NANI 1/2 (the committee instalments to Razia and to Shamim). Lists named Family and
// Office are the shared lists of SHARED_LISTS (Family: the user owns it, Sara Khan editor, Ali Raza
// viewer; Office: Bilal Ahmed owns it, the user and Sara editors); Patients, Supplies, Clinic, Invoices,
// Clients, Personal, Health, Garden, Society, Hostel, Mess, Fees, Gaariyan, Parts, Shoots, Editing,
// Gear, اکیڈمی, سامان, ایکسپورٹ, مل, گھر and صحت are the user's own. No list is named Club. Every move
// goes to one of the user's own lists; every assignment is to Sara (an editor of Family and of Office).
// Clock (its own): Saturday 2034-08-19 11:05 Asia/Karachi (UTC+5, no DST) = 2034-08-19T06:05:00.000Z,
// exported as HELDOUT26_NOW / HELDOUT26_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT26_NOW)). Worked out by hand and
// checked with node:
//   today (aaj, آج) = Sat 08-19; tomorrow (kal, کل) = Sun 08-20 (also "sunday", "this sunday", is
//   itwar); day after tomorrow (parson, پرسوں) = Mon 08-21 (also "monday", "this monday", پیر);
//   Tuesday (منگل) = 08-22; Wednesday (is budh, بدھ) = 08-23; Thursday (جمعرات) = 08-24; Friday (jumma,
//   جمعہ) = 08-25; the 25th (25 tareekh) = Fri 08-25; the 27th (ستائیس تاریخ) = Sun 08-27; the 28th =
//   Mon 08-28; the 30th = Wed 08-30; end of the month = Thu 08-31; 1st September (یکم ستمبر) = Fri
//   09-01; 2nd September = Sat 09-02; 3rd September = Sun 09-03; "the 1st of every month" from now:
//   its first = Fri 09-01; "every month on the 10th, from next month" (ہر مہینے کی دس تاریخ، اگلے مہینے
//   سے) = Sun 09-10; "every sunday starting this sunday" (har itwar, is itwar se) = Sun 08-20; "every
//   monday 9am starting this monday" = Mon 08-21 09:00; "every Tuesday and Friday at 10 am, beginning
//   this Tuesday" = Tue 08-22 10:00.
//   Clock times (PKT = UTC+5), as UTC ISO: Sun 08-20 5pm (kal shaam 5 baje, کل شام پانچ بجے) =
//   2034-08-20T12:00:00.000Z, 7am = 2034-08-20T02:00:00.000Z; Mon 08-21 9am = 2034-08-21T04:00:00.000Z,
//   10am (parson subah 10 bajay) = 05:00Z, 11am = 06:00Z, 4pm (پیر شام چار بجے) = 11:00Z; Tue 08-22 10am
//   = 2034-08-22T05:00:00.000Z, 2pm (منگل دوپہر دو بجے) = 09:00Z, 3pm = 10:00Z; Wed 08-23 11am (بدھ گیارہ
//   بجے; also Mrs Abbasi's "wednesday same time") = 2034-08-23T06:00:00.000Z; Thu 08-24 4pm =
//   2034-08-24T11:00:00.000Z, 8pm (the mehndi "ab 8 baje", same day) = 15:00Z; Sat 09-02 7pm =
//   2034-09-02T14:00:00.000Z. "Remind me a day before" (ek din pehle) = 1440 minutes, "an hour before"
//   (ek ghanta pehle, ایک گھنٹہ پہلے) = 60, "half an hour before" (آدھا گھنٹہ پہلے) = 30, "15 min
//   before" = 15.
// Judging conventions (those of the earlier blind sets, as heldout23's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles (and list names) are listed only where the request fixes them (quoted, or after a
// colon, or "called X"); RRULEs and free-text notes and comments are '*' (present), as is an assignee
// (the person's name may be given in several forms) and a subtask's title unless quoted. "Remind me N
// minutes / hours / a day before" expects reminders [{ minutes_before: N }]. Changes to existing tasks
// name their task_id; tags are the whole new list. A note for a task ("note that…", "for X: …") is
// update_task with a description; a message meant for someone else on a task ("let Bilal know on…",
// "leave a comment for Sara") is comment_on_task. Reads are judged by the reply (titles or the date it
// must name), not by which read tool was used. Several changes in one message are expected in the
// order the message gives them. Anything ambiguous is '*' or left out of args. In this set: "urgent",
// "bohat zaroori" and بہت ضروری are priority high, as is "make it high priority". A request naming one
// of two similar tasks by what they share, or naming no task at all, or sweeping ("wipe all the client
// stuff"), expects a question and no change.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT26_NOW = new Date('2034-08-19T06:05:00.000Z'); // Saturday 11:05 in Karachi
export const HELDOUT26_ZONE = 'Asia/Karachi';

/** The dentist with a clinic in Islamabad. */
const DENTIST: FixtureTask[] = [
  {
    id: 1,
    title: 'Root canal for Mr Qureshi (second sitting)',
    list: 'Patients',
    due_at: '2034-08-21T05:00:00.000Z',
  },
  {
    id: 2,
    title: 'Root canal for Mrs Abbasi (first sitting)',
    list: 'Patients',
    due_at: '2034-08-22T06:00:00.000Z',
  },
  {
    id: 3,
    title: 'Order composite resin and bonding agent',
    list: 'Supplies',
    priority: 'high',
    due_date: '2034-08-19',
  },
  {
    id: 4,
    title: 'Autoclave spore test',
    list: 'Clinic',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2034-08-21',
  },
  { id: 5, title: 'Send crown impressions to Hashmi lab', list: 'Clinic', due_date: '2034-08-18' },
  { id: 6, title: 'Renew PMDC licence', priority: 'medium', tags: ['govt'], due_date: '2034-09-15' },
  {
    id: 7,
    title: 'Pay clinic rent',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2034-09-01',
  },
  { id: 8, title: 'Call the X-ray machine technician', list: 'Clinic', completed: true },
  { id: 9, title: 'Braces adjustment for Zoya', list: 'Patients', due_date: '2034-08-24' },
  { id: 10, title: 'Buy school shoes for Hira', list: 'Family', due_date: '2034-08-26' },
  { id: 11, title: 'Review the appointment software demo', list: 'Office', due_date: '2034-08-23' },
  { id: 12, title: 'Write up case notes for the implant study', tags: ['research'] },
  { id: 13, title: 'Whitening kit for Mrs Durrani', list: 'Patients', completed: true },
  { id: 14, title: 'Dental chair service', list: 'Clinic', due_date: '2034-08-29' },
];

/** The software freelancer in Karachi. */
const FREELANCER: FixtureTask[] = [
  { id: 1, title: 'Send July invoice to the Dubai client', list: 'Invoices', due_date: '2034-08-21' },
  { id: 2, title: 'Send July invoice to the Berlin client', list: 'Invoices', due_date: '2034-08-22' },
  {
    id: 3,
    title: 'Fix the login bug on the Hamdan app',
    list: 'Clients',
    priority: 'high',
    due_date: '2034-08-19',
  },
  {
    id: 4,
    title: 'Weekly standup call with Jonas',
    list: 'Clients',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_at: '2034-08-21T13:00:00.000Z',
  },
  { id: 5, title: 'Renew the domain for my portfolio site', tags: ['admin'], due_date: '2034-08-27' },
  {
    id: 6,
    title: 'Pay the StormFiber bill',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2034-09-10',
  },
  { id: 7, title: 'Update my Upwork profile' },
  { id: 8, title: 'File income tax return', priority: 'medium', tags: ['tax'], due_date: '2034-09-30' },
  {
    id: 9,
    title: "Write the React Native estimate for Bilal's agency",
    list: 'Office',
    due_date: '2034-08-23',
  },
  { id: 10, title: 'Back up the laptop to the external drive', completed: true },
  { id: 11, title: 'Take Ammi to the eye specialist', list: 'Family', due_at: '2034-08-20T06:00:00.000Z' },
  { id: 12, title: 'Finish the Rust course', list: 'Personal', tags: ['learning'] },
  { id: 13, title: 'Deploy the staging build for Jonas', list: 'Clients', completed: true },
  { id: 14, title: 'Buy a new laptop charger' },
];

/** The retired army officer in Rawalpindi. */
const FAUJI: FixtureTask[] = [
  { id: 1, title: 'Blood sugar test at CMH', list: 'Health', due_at: '2034-08-21T03:30:00.000Z' },
  { id: 2, title: 'Eye check-up at CMH', list: 'Health', due_date: '2034-08-28' },
  {
    id: 3,
    title: 'Water the roses and the guava tree',
    list: 'Garden',
    recurrence: 'FREQ=DAILY',
    due_at: '2034-08-19T13:00:00.000Z',
  },
  {
    id: 4,
    title: 'Collect pension from the National Bank',
    tags: ['pension'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2034-09-05',
  },
  {
    id: 5,
    title: 'Society committee meeting about the boundary wall',
    list: 'Society',
    due_at: '2034-08-20T12:00:00.000Z',
  },
  {
    id: 6,
    title: 'Write to the CMA about the pension arrears',
    tags: ['pension'],
    priority: 'high',
    due_date: '2034-08-18',
  },
  { id: 7, title: 'Pay the gas bill', tags: ['bills'], due_date: '2034-08-24' },
  { id: 8, title: 'Birthday present for grandson Umar', list: 'Family', due_date: '2034-08-27' },
  { id: 9, title: 'Renew the car token tax', tags: ['govt'], due_date: '2034-08-31' },
  { id: 10, title: 'RSVP for the reunion dinner', due_date: '2034-08-25' },
  {
    id: 11,
    title: 'Blood pressure tablets refill',
    list: 'Health',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=20',
    due_date: '2034-08-20',
  },
  { id: 12, title: 'Read the new book on the 1965 war' },
  { id: 13, title: 'Fix the garden gate latch', list: 'Garden', completed: true },
  { id: 14, title: 'Security guard salaries for the society', list: 'Society', due_date: '2034-08-31' },
  { id: 15, title: 'Polish the medals for Defence Day', list: 'Personal', due_date: '2034-09-05' },
];

/** The girls' hostel warden in Lahore (Roman Urdu). */
const WARDEN: FixtureTask[] = [
  { id: 1, title: 'Room 12 ka pankha theek karwana', list: 'Hostel', due_date: '2034-08-20' },
  { id: 2, title: 'Room 14 ka pankha theek karwana', list: 'Hostel', due_date: '2034-08-21' },
  {
    id: 3,
    title: 'Mess ka mahana ration order karna',
    list: 'Mess',
    priority: 'high',
    due_date: '2034-08-19',
  },
  {
    id: 4,
    title: 'Fee reminders bhejna',
    list: 'Fees',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2034-09-01',
  },
  {
    id: 5,
    title: 'Raat ki haazri check karna',
    list: 'Hostel',
    recurrence: 'FREQ=DAILY',
    due_at: '2034-08-19T17:00:00.000Z',
  },
  { id: 6, title: 'Water tank ki safai', list: 'Hostel', due_date: '2034-08-26' },
  { id: 7, title: 'Nayi larkiyon ke admission forms file karna', list: 'Fees', completed: true },
  { id: 8, title: 'Generator ke liye diesel mangwana', list: 'Hostel', due_date: '2034-08-18' },
  { id: 9, title: 'Principal sahiba ke liye mahana report', list: 'Office', due_date: '2034-08-25' },
  { id: 10, title: 'Ammi ki dawai lana', list: 'Family', due_date: '2034-08-20' },
  { id: 11, title: 'Common room ki tubelight badalwana', list: 'Hostel', completed: true },
  { id: 12, title: 'Mess ka naya menu banana', list: 'Mess' },
  {
    id: 13,
    title: 'Fire extinguishers refill karwana',
    tags: ['safety'],
    priority: 'medium',
    due_date: '2034-08-30',
  },
  { id: 14, title: 'Bijli ka bill jama karwana', tags: ['bills'], due_date: '2034-08-24' },
];

/** The car-workshop owner in Rawalpindi (Roman Urdu). */
const WORKSHOP: FixtureTask[] = [
  {
    id: 1,
    title: 'Corolla ka engine overhaul (Rashid bhai)',
    list: 'Gaariyan',
    priority: 'high',
    due_date: '2034-08-22',
  },
  { id: 2, title: 'Civic ka engine overhaul (Nadeem sahab)', list: 'Gaariyan', due_date: '2034-08-24' },
  { id: 3, title: 'Mehran ki brakes (Sajid)', list: 'Gaariyan', due_date: '2034-08-19' },
  { id: 4, title: 'Raja Bazar se spare parts lana', list: 'Parts', due_date: '2034-08-20' },
  {
    id: 5,
    title: 'Shakeel ki haftay ki tankhwah',
    tags: ['tankhwah'],
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2034-08-24',
  },
  {
    id: 6,
    title: 'Workshop ka kiraya',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2034-09-05',
  },
  { id: 7, title: 'Compressor ki servicing', due_date: '2034-08-26' },
  { id: 8, title: 'Udhaar register update karna', tags: ['hisaab'] },
  { id: 9, title: 'Alto ki denting painting (Faisal)', list: 'Gaariyan', completed: true },
  { id: 10, title: 'Beti ki school fees', list: 'Family', due_date: '2034-08-25' },
  { id: 11, title: 'Oil filters ka stock', list: 'Parts', completed: true },
  { id: 12, title: 'Naya hydraulic jack khareedna' },
  { id: 13, title: 'Bilal sahab ki fleet ki servicing list', list: 'Office', due_date: '2034-08-23' },
  { id: 14, title: 'Cultus ka AC gas refill (Imran)', list: 'Gaariyan', due_at: '2034-08-19T11:00:00.000Z' },
];

/** The wedding photographer in Karachi (Roman Urdu). */
const PHOTOGRAPHER: FixtureTask[] = [
  { id: 1, title: 'Baig family ki mehndi shoot', list: 'Shoots', due_at: '2034-08-24T13:00:00.000Z' },
  { id: 2, title: 'Baig family ki barat shoot', list: 'Shoots', due_at: '2034-08-26T14:00:00.000Z' },
  {
    id: 3,
    title: 'Qureshi wedding album editing',
    list: 'Editing',
    priority: 'high',
    due_date: '2034-08-21',
  },
  {
    id: 4,
    title: 'Camera lenses saaf karna',
    list: 'Gear',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2034-08-20',
  },
  { id: 5, title: 'Drone ki extra battery order karna', list: 'Gear', due_date: '2034-08-22' },
  { id: 6, title: 'Assistant Fahad ki payment', tags: ['payments'], due_date: '2034-08-19' },
  {
    id: 7,
    title: 'Instagram reel upload',
    tags: ['social'],
    recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    due_date: '2034-08-23',
  },
  {
    id: 8,
    title: 'Studio ka kiraya',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2034-09-01',
  },
  { id: 9, title: 'Khan family ke prints deliver karna', list: 'Editing', completed: true },
  { id: 10, title: 'Nani ki birthday ka cake', list: 'Family', due_date: '2034-08-22' },
  { id: 11, title: 'Bilal ke office event ki coverage ka quote', list: 'Office', due_date: '2034-08-21' },
  { id: 12, title: 'Naya backdrop khareedna', list: 'Gear' },
  { id: 13, title: 'Hard drive ka backup', completed: true },
  {
    id: 14,
    title: 'Siddiqui family se advance lena',
    tags: ['payments'],
    priority: 'medium',
    due_date: '2034-08-20',
  },
];

/** The tuition-academy owner in Multan (Urdu). */
const ACADEMY: FixtureTask[] = [
  { id: 1, title: 'میٹرک کے ریاضی کے ٹیسٹ چیک کرنا', list: 'اکیڈمی', due_date: '2034-08-20' },
  { id: 2, title: 'ایف ایس سی کے ریاضی کے ٹیسٹ چیک کرنا', list: 'اکیڈمی', due_date: '2034-08-21' },
  {
    id: 3,
    title: 'اساتذہ کی تنخواہیں دینا',
    tags: ['تنخواہ'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2034-09-01',
  },
  {
    id: 4,
    title: 'اکیڈمی کا کرایہ',
    tags: ['بل'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2034-09-05',
  },
  { id: 5, title: 'نئے داخلوں کا اشتہار اخبار میں دینا', priority: 'high', due_date: '2034-08-19' },
  { id: 6, title: 'وائٹ بورڈ مارکر خریدنا', list: 'سامان', due_date: '2034-08-22' },
  { id: 7, title: 'والدین سے فیس وصول کرنا', tags: ['فیس'], due_date: '2034-08-25' },
  { id: 8, title: 'جنریٹر کی سروس', list: 'سامان', completed: true },
  { id: 9, title: 'بیٹے کی اسکول کی وردی', list: 'Family', due_date: '2034-08-23' },
  {
    id: 10,
    title: 'ہفتہ وار ٹیسٹ کا پرچہ بنانا',
    list: 'اکیڈمی',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2034-08-24',
  },
  { id: 11, title: 'پرنٹر کی سیاہی', list: 'سامان', completed: true },
  { id: 12, title: 'بلال صاحب کے لیے ماہانہ رپورٹ', list: 'Office', due_date: '2034-08-31' },
  { id: 13, title: 'سر عمران کا انٹرویو', due_at: '2034-08-21T07:00:00.000Z' },
  { id: 14, title: 'بجلی کا بل جمع کرانا', tags: ['بل'], due_date: '2034-08-24' },
];

/** The textile exporter in Faisalabad (Urdu). */
const EXPORTER: FixtureTask[] = [
  { id: 1, title: 'اٹلی والے آرڈر کی شپمنٹ', list: 'ایکسپورٹ', priority: 'high', due_date: '2034-08-25' },
  { id: 2, title: 'اسپین والے آرڈر کی شپمنٹ', list: 'ایکسپورٹ', due_date: '2034-08-30' },
  { id: 3, title: 'سوت کی خریداری', list: 'مل', due_date: '2034-08-21' },
  { id: 4, title: 'کسٹم ایجنٹ کو کاغذات بھیجنا', list: 'ایکسپورٹ', due_date: '2034-08-18' },
  {
    id: 5,
    title: 'مزدوروں کی ہفتہ وار اجرت',
    tags: ['اجرت'],
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2034-08-24',
  },
  { id: 6, title: 'بینک سے ایل سی کھلوانا', priority: 'high', due_date: '2034-08-22' },
  { id: 7, title: 'ڈائنگ یونٹ کا معائنہ', list: 'مل', completed: true },
  { id: 8, title: 'گیس کا بل', tags: ['بل'], due_date: '2034-08-23' },
  { id: 9, title: 'بیٹی کی شادی کے لیے ہال بک کرنا', list: 'Family', due_date: '2034-08-31' },
  { id: 10, title: 'جرمنی کو نمونے بھیجنا', list: 'ایکسپورٹ', completed: true },
  { id: 11, title: 'بلال کے ساتھ سہ ماہی حساب', list: 'Office', due_date: '2034-08-28' },
  { id: 12, title: 'نئی لومز کی کوٹیشن لینا', list: 'مل' },
  { id: 13, title: 'ٹیکس کنسلٹنٹ سے ملاقات', due_at: '2034-08-20T10:00:00.000Z' },
  { id: 14, title: 'فیکٹری کا فائر سیفٹی آڈٹ', tags: ['حفاظت'], due_date: '2034-09-06' },
];

/** The grandmother running a household (Urdu). */
const NANI: FixtureTask[] = [
  {
    id: 1,
    title: 'رضیہ کو کمیٹی کی قسط دینا',
    tags: ['کمیٹی'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2034-09-10',
  },
  {
    id: 2,
    title: 'شمیم کو کمیٹی کی قسط دینا',
    tags: ['کمیٹی'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15',
    due_date: '2034-09-15',
  },
  {
    id: 3,
    title: 'شوگر چیک کرنا',
    list: 'صحت',
    recurrence: 'FREQ=DAILY',
    due_at: '2034-08-20T03:00:00.000Z',
  },
  {
    id: 4,
    title: 'ماسی کی تنخواہ',
    list: 'گھر',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=20',
    due_date: '2034-08-20',
  },
  { id: 5, title: 'نواسی کی سالگرہ کا تحفہ', list: 'Family', due_date: '2034-08-27' },
  { id: 6, title: 'درزی سے سوٹ لانا', list: 'گھر', due_date: '2034-08-20' },
  { id: 7, title: 'آنکھوں کا معائنہ', list: 'صحت', due_at: '2034-08-22T05:00:00.000Z' },
  { id: 8, title: 'میلاد کی تیاری', priority: 'high', due_date: '2034-08-26' },
  { id: 9, title: 'مہینے کا راشن', list: 'گھر', due_date: '2034-08-21' },
  { id: 10, title: 'گیس کا بل', tags: ['بل'], completed: true },
  {
    id: 11,
    title: 'پوتے کو قرآن پڑھانا',
    recurrence: 'FREQ=DAILY',
    due_at: '2034-08-19T11:30:00.000Z',
  },
  { id: 12, title: 'آم کا اچار ڈالنا' },
  { id: 13, title: 'فریج ٹھیک کروانا', list: 'گھر', completed: true },
];

const ASK = { outcome: 'ask' as const };
const HELP = { outcome: 'help' as const };
/** A reply naming every one of the given words (in any order). */
const names = (...words: string[]) => words.map((w) => `(?=[\\s\\S]*${w})`).join('');

export const heldout26: Utterance[] = [
  // ---- The dentist (English) ----
  {
    intent: 'add',
    lang: 'en',
    text: "Mrs Abbasi's daughter called, chipped her front tooth at school. need to fit her in sometime",
    fixture: DENTIST,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'braces consult for the Khan twins on thursday at 4pm pls',
    fixture: DENTIST,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2034-08-24T11:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'staff meeting every monday 9am starting this monday, ping me 15 min before',
    fixture: DENTIST,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            due_at: '2034-08-21T04:00:00.000Z',
            recurrence: '*',
            reminders: [{ minutes_before: 15 }],
          },
        },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Hashmi lab finally picked up the crown impressions this morning',
    fixture: DENTIST,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "the xray technician never actually came, so that one's not sorted after all",
    fixture: DENTIST,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'Mrs Abbasi cant do tuesday, push her root canal to wednesday same time',
    fixture: DENTIST,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_at: '2034-08-23T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'PMDC sent a reminder letter, the licence renewal is urgent now',
    fixture: DENTIST,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'high' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "the implant thing should read 'Implant study: write up 12 case notes'",
    fixture: DENTIST,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 12, title: 'Implant study: write up 12 case notes' } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'for the composite order: A2 and A3 shades, 3M if they have it, otherwise Ivoclar',
    fixture: DENTIST,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no spore test this monday, clinic's closed for the holiday. just that one week tho",
    fixture: DENTIST,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'chair service is really a supplies thing, stick it under Supplies',
    fixture: DENTIST,
    expect: { calls: [{ name: 'move_task', args: { task_id: 14, list: 'Supplies' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara's going to the mall anyway, she can get Hira's school shoes",
    fixture: DENTIST,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'Bilal should see this on the appointment software demo: pls have them show the SMS reminder feature',
    fixture: DENTIST,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'before the chair service i need to check the suction hose, put that as a step under it',
    fixture: DENTIST,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 14, title: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'the Durrani whitening kit is ancient history, clear it off my list completely',
    fixture: DENTIST,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "starting home visits for elderly patients from next month, I'd like a separate list for them called Home Visits",
    fixture: DENTIST,
    expect: { calls: [{ name: 'create_list', args: { name: 'Home Visits' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on for monday?",
    fixture: DENTIST,
    expect: { reply: names('Qureshi', 'spore') },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'how many root canals have I got this week and when?',
    fixture: DENTIST,
    expect: { reply: names('Qureshi', 'Abbasi') },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'root canal done 👍',
    fixture: DENTIST,
    expect: ASK,
  },
  {
    intent: 'chat',
    lang: 'en',
    text: '14 patients today and the AC died midway. just venting lol',
    fixture: DENTIST,
    expect: HELP,
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "Qureshi's second sitting went well so tick that, and he wants a crown fitting too, put it on the 28th",
    fixture: DENTIST,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'add_task_details', args: { due_date: '2034-08-28' } },
      ],
    },
  },

  // ---- The software freelancer (English) ----
  {
    intent: 'complete',
    lang: 'en',
    text: 'Hamdan confirmed the login fix works on his side 🎉',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'sent the july invoice',
    fixture: FREELANCER,
    expect: ASK,
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'berlin invoice is out, jonas already replied',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'jonas also wants a quote for a dark mode feature',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'the hamdan app needs push notifications now too, he just asked',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'gotta renew my github copilot sub on the 1st of every month',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2034-09-01', recurrence: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'new client!! a lahore bakery wants a website. kickoff call tuesday 3pm, put it under Clients',
    fixture: FREELANCER,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2034-08-22T10:00:00.000Z', list: 'Clients' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'domain renewal can wait till end of the month tbh',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2034-08-31' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'ping me an hour before the jonas standup',
    fixture: FREELANCER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, reminders: [{ minutes_before: 60 }] } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'jonas standup is moving to tuesdays and thursdays from now on, same time',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, recurrence: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "the upwork one should really say 'Refresh Upwork profile with the new case studies'",
    fixture: FREELANCER,
    expect: {
      calls: [
        {
          name: 'update_task',
          args: { task_id: 7, title: 'Refresh Upwork profile with the new case studies' },
        },
      ],
    },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'ugh the laptop backup failed halfway, drive got disconnected',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'laptop charger goes in my Personal list',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 14, list: 'Personal' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "sara knows react native better than me, let her take bilal's estimate",
    fixture: FREELANCER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'let bilal know on the RN estimate that i think its closer to 6 weeks than 4',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'for the tax return i need to get the bank certificates first, add that under it',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 8, title: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'forget the rust course, not happening this year. delete it',
    fixture: FREELANCER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what do i have today',
    fixture: FREELANCER,
    expect: { reply: 'login' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's still open with jonas?",
    fixture: FREELANCER,
    expect: { reply: 'standup' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "haha ok you're more organised than me 😅",
    fixture: FREELANCER,
    expect: HELP,
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'wipe all the client stuff, im done with freelancing',
    fixture: FREELANCER,
    expect: ASK,
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "ammi's eye appointment got moved to monday 11am, and make the charger high priority, mine's dying",
    fixture: FREELANCER,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 11, due_at: '2034-08-21T06:00:00.000Z' } },
        { name: 'set_task_details', args: { task_id: 14, priority: 'high' } },
      ],
    },
  },

  // ---- The retired army officer (English) ----
  {
    intent: 'complete',
    lang: 'en',
    text: 'Went to CMH early this morning and gave the blood sample, so that is taken care of.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'Please shift my CMH appointment to Thursday.',
    fixture: FAUJI,
    expect: ASK,
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'Kindly postpone it by a week.',
    fixture: FAUJI,
    expect: ASK,
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'The hospital has rescheduled my eye check-up to the 30th.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2034-08-30' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'The streetlights on lane 4 are out as well; I have told the society committee I will follow up on them by Wednesday.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2034-08-23' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "My nephew Farhan's wedding is on the 2nd of September at 7 pm at the Army Auditorium. Do remind me a day before.",
    fixture: FAUJI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2034-09-02T14:00:00.000Z', reminders: [{ minutes_before: 1440 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'The doctor has started me on physiotherapy for the knee, every Tuesday and Friday at 10 am, beginning this Tuesday.',
    fixture: FAUJI,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2034-08-22T05:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'The mali says the guava tree has some sort of fungus; I ought to buy a spray for it from the nursery.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'We had a heavy downpour this morning, so the roses and the guava will not need watering this evening.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'The garden gate latch has come loose again; the mali says it needs proper welding this time.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'The excise office tells me a fine starts after the month ends, so the car token tax is now urgent.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, priority: 'high' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'For the pension collection, kindly note that I must carry my original CNIC and the pension book.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, description: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "The reunion one should read 'RSVP to Brig. Aslam for the reunion dinner'.",
    fixture: FAUJI,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 10, title: 'RSVP to Brig. Aslam for the reunion dinner' } },
      ],
    },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'Put the 1965 book under Personal, please; it does not belong loose like that.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'Personal' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara has kindly offered to buy Umar's birthday present; let her take that on.",
    fixture: FAUJI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "On Umar's present, leave a comment for Sara that he has asked for a size 5 cricket bat.",
    fixture: FAUJI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 8, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "The committee meeting needs some preparation; under it I want 'Quotation for the boundary wall'.",
    fixture: FAUJI,
    expect: {
      calls: [{ name: 'add_subtask', args: { task_id: 5, title: 'Quotation for the boundary wall' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "The new treasurer now handles the guards' salaries, so remove that item from my list altogether.",
    fixture: FAUJI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'What is on my plate for tomorrow?',
    fixture: FAUJI,
    expect: { reply: names('committee', '(?:tablets|blood pressure)') },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'Is there anything I have let slip past its date?',
    fixture: FAUJI,
    expect: { reply: 'CMA' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "Good morning. Lovely weather in Pindi after last night's rain.",
    fixture: FAUJI,
    expect: HELP,
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'I have been asked to help organise the Defence Day function at the society. I would like a separate list called Defence Day for all of that.',
    fixture: FAUJI,
    expect: { calls: [{ name: 'create_list', args: { name: 'Defence Day' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'Paid the gas bill at the bank this morning. Also, the reunion RSVP should be done by Wednesday rather than Friday.',
    fixture: FAUJI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'set_task_details', args: { task_id: 10, due_date: '2034-08-23' } },
      ],
    },
  },

  // ---- The hostel warden (Roman Urdu) ----
  {
    intent: 'ask',
    lang: 'roman',
    text: 'pankha theek ho gaya, mistri abhi kar ke gaya hai',
    fixture: WARDEN,
    expect: ASK,
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'woh wala kaam kal pe kar do',
    fixture: WARDEN,
    expect: ASK,
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'room 14 ka fan ab chal raha hai alhamdulillah',
    fixture: WARDEN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'room 9 wali larki ki almari ka lock toot gaya, chabi wala bulana parega',
    fixture: WARDEN,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'generator se ajeeb si awaaz aa rahi hai, kisi mechanic ko dikhana hai',
    fixture: WARDEN,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson subah 10 bajay parents ki meeting hai hostel mein, ek ghanta pehle yaad dila dena',
    fixture: WARDEN,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2034-08-21T05:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'tank ki safai is budh ko karwa lete hain',
    fixture: WARDEN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2034-08-23' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'aaj raat haazri nahi hogi, sari larkiyan trip pe gayi hain. bas aaj ke liye chor do',
    fixture: WARDEN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'common room ki tubelight phir se ur gayi 🙄',
    fixture: WARDEN,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'diesel wala kaam bohat zaroori hai, light bar bar ja rahi hai',
    fixture: WARDEN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'bijli ka bill Hostel wali list mein shift kr do',
    fixture: WARDEN,
    expect: { calls: [{ name: 'move_task', args: { task_id: 14, list: 'Hostel' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'principal sahiba wali report is dafa Sara bana legi',
    fixture: WARDEN,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'ration order ke andar ek step: sabzi mandi wale ka purana bill clear karna',
    fixture: WARDEN,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'mess ka naya menu wala idea khatam, admin ne mana kar diya. hata do isay',
    fixture: WARDEN,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'aaj kya kya karna hai?',
    fixture: WARDEN,
    expect: { reply: names('ration', 'haazri') },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya yaar, aaj ka din bohat lamba tha',
    fixture: WARDEN,
    expect: HELP,
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'ration order ho gaya, aur fire extinguisher wala kaam 25 tareekh tak karna hai',
    fixture: WARDEN,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'set_task_details', args: { task_id: 13, due_date: '2034-08-25' } },
      ],
    },
  },

  // ---- The car-workshop owner (Roman Urdu) ----
  {
    intent: 'complete',
    lang: 'roman',
    text: 'sajid ki mehran tayyar hai, brakes naye lag gaye',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'engine overhaul wala kaam monday ko kar do',
    fixture: WORKSHOP,
    expect: ASK,
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'nadeem sahab ki civic ab jumme ko hi ho payegi, parts late hain',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2034-08-25' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'rashid bhai ki dusri gaari Hilux bhi aayi hai, uski clutch plate dekhni hai',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'oil filters ke sath air filters bhi mangwane hain kal tak',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2034-08-20' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har itwar workshop ki dhulai safai, is itwar se shuru',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2034-08-20', recurrence: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "jack wale kaam ka naam 'Naya 3 ton hydraulic jack khareedna' kar do",
    fixture: WORKSHOP,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 12, title: 'Naya 3 ton hydraulic jack khareedna' } }],
    },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'udhaar register wale mein note kar lo: Imran ke 4500 aur Sajid ke 2000 baqi hain',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, description: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'bilal sahab ki fleet list pe unko likh do ke 3 gaariyan is hafte nahi ho sakti',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 13, body: '*' } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'faisal ki alto wapis aa gayi, paint mein bubbles nikal aaye hain',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'compressor servicing wala kaam uda do, naya compressor le liya hai',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'insurance claims wali gaariyon ke liye alag list chahiye, naam Claims',
    fixture: WORKSHOP,
    expect: { calls: [{ name: 'create_list', args: { name: 'Claims' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'shakeel ko tankhwah kab deni hai?',
    fixture: WORKSHOP,
    expect: { reply: '24|thu|jumera' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'beti ki fees se ek din pehle yaad dila dena',
    fixture: WORKSHOP,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 10, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'cultus ka AC gas ho gaya, aur raja bazar wala chakkar kal ke bajaye parson lagaunga',
    fixture: WORKSHOP,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 14 } },
        { name: 'set_task_details', args: { task_id: 4, due_date: '2034-08-21' } },
      ],
    },
  },

  // ---- The wedding photographer (Roman Urdu) ----
  {
    intent: 'ask',
    lang: 'roman',
    text: 'baig family wali shoot ka time ek ghanta aage kar do',
    fixture: PHOTOGRAPHER,
    expect: ASK,
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'baig walon ki mehndi ab 8 baje shuru hogi, din wohi',
    fixture: PHOTOGRAPHER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 1, due_at: '2034-08-24T15:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'qureshi sahab ke bete ka walima bhi book ho gaya, 3 september ko',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2034-09-03' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'tripod ki ek taang dheeli hai, theek karwani hai. Gear mein daal dena',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'Gear' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'fahad ko paise bhej diye easypaisa se',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is itwar lens saaf nahi ho sakenge, poora din shoot pe hun. agli dafa pakka',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'hard drive wala backup corrupt nikla yaar, dobara karna parega',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'nani ka cake sara le aye gi',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'qureshi album se pehle color grading karni hai, us ke neeche alag step bana do',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'backdrop wala kaam Shoots mein rakh do',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'Shoots' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'siddiqui advance pe barat ka tag bhi laga do',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 14, tags: ['payments', 'barat'] } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'instagram chor diya maine, reel wala kaam bilkul delete kar do',
    fixture: PHOTOGRAPHER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal kya hai mera?',
    fixture: PHOTOGRAPHER,
    expect: { reply: names('lens', 'siddiqui') },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'baig family ki barat kab hai?',
    fixture: PHOTOGRAPHER,
    expect: { reply: '26' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'assalam o alaikum! kaise ho aap?',
    fixture: PHOTOGRAPHER,
    expect: HELP,
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'bilal wala quote bhej diya, aur kal shaam 5 baje Ahmed family ka pre-wedding shoot hai, Shoots mein daal do',
    fixture: PHOTOGRAPHER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 11 } },
        { name: 'add_task_details', args: { due_at: '2034-08-20T12:00:00.000Z', list: 'Shoots' } },
      ],
    },
  },

  // ---- The tuition-academy owner (Urdu) ----
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ریاضی والا ٹیسٹ چیک ہو گیا ہے',
    fixture: ACADEMY,
    expect: ASK,
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'ایف ایس سی والے پرچے دیکھ لیے، نمبر بھی لگ گئے',
    fixture: ACADEMY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'سر عمران کے بعد میڈم فوزیہ کا بھی انٹرویو کرنا ہے، منگل کو',
    fixture: ACADEMY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2034-08-22' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'میٹرک کے بچوں کے لیے انگریزی کا ٹیسٹ بھی بنانا ہے',
    fixture: ACADEMY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'پیر کو شام چار بجے اساتذہ کی میٹنگ ہے، آدھا گھنٹہ پہلے یاد دلا دینا',
    fixture: ACADEMY,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2034-08-21T11:00:00.000Z', reminders: [{ minutes_before: 30 }] },
        },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'سر عمران کا انٹرویو منگل دوپہر دو بجے کر دیں',
    fixture: ACADEMY,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 13, due_at: '2034-08-22T09:00:00.000Z' } }],
    },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'جنریٹر پھر سے بند ہو گیا، سروس ٹھیک سے نہیں ہوئی',
    fixture: ACADEMY,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعرات ہفتہ وار ٹیسٹ نہیں ہوگا، چھٹی ہے',
    fixture: ACADEMY,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 10 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "اشتہار والے کام کا نام بدل کر 'نئے داخلوں کا اشتہار جنگ اخبار میں' کر دیں",
    fixture: ACADEMY,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 5, title: 'نئے داخلوں کا اشتہار جنگ اخبار میں' } }],
    },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'مارکر والا کام اکیڈمی والی فہرست میں ڈال دیں',
    fixture: ACADEMY,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'اکیڈمی' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'بلال صاحب والی رپورٹ پر ان کے لیے لکھ دیں کہ حاضری کے اعداد و شمار اگلے ہفتے ملیں گے',
    fixture: ACADEMY,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 12, body: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: "سمر کیمپ کے لیے ایک الگ فہرست چاہیے، نام 'سمر کیمپ'",
    fixture: ACADEMY,
    expect: { calls: [{ name: 'create_list', args: { name: 'سمر کیمپ' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'والدین سے فیس کب وصول کرنی ہے؟',
    fixture: ACADEMY,
    expect: { reply: '25|۲۵|جمعہ' },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'پرنٹر کی سیاہی والا پرانا کام مٹا دیں',
    fixture: ACADEMY,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم، آج تو بہت گرمی ہے',
    fixture: ACADEMY,
    expect: HELP,
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بجلی کا بل جمع ہو گیا، اور فیس والے کام کو بہت ضروری کر دیں',
    fixture: ACADEMY,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 14 } },
        { name: 'set_task_details', args: { task_id: 7, priority: 'high' } },
      ],
    },
  },

  // ---- The textile exporter (Urdu) ----
  {
    intent: 'ask',
    lang: 'ur',
    text: 'شپمنٹ ایک ہفتہ آگے کر دیں',
    fixture: EXPORTER,
    expect: ASK,
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ایکسپورٹ والی ساری چیزیں ختم کر دیں',
    fixture: EXPORTER,
    expect: ASK,
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کسٹم ایجنٹ کو سارے کاغذات پہنچ گئے ہیں',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'جرمنی والے خریدار نے نئے ڈیزائن کے نمونے بھی مانگے ہیں، جمعہ تک بھیجنے ہیں',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2034-08-25' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر مہینے کی دس تاریخ کو بجلی کا بل، اگلے مہینے سے',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2034-09-10', recurrence: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'اسپین والی شپمنٹ اب یکم ستمبر کو جائے گی',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2034-09-01' } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'ڈائنگ یونٹ کا معائنہ پھر سے کرنا پڑے گا، رنگ پکا نہیں نکلا',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'ہال بک کرنے کا کام سارہ کے ذمے لگا دیں',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'ایل سی کے لیے پہلے پروفارما انوائس بنوانی ہے، اسے اس کے نیچے ذیلی کام بنا دیں',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 6, title: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'لومز کی کوٹیشن والے کام میں یہ نوٹ لکھ لیں کہ ٹویوٹا اور پکانول دونوں سے لینی ہے',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: "گیس کے بل پر 'فیکٹری' کا ٹیگ بھی لگا دیں",
    fixture: EXPORTER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, tags: ['بل', 'فیکٹری'] } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'سوت والا آرڈر منسوخ ہو گیا، وہ کام ہی ہٹا دیں',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کل کیا ہے؟',
    fixture: EXPORTER,
    expect: { reply: 'ٹیکس' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کون سے کام تاریخ گزرنے کے بعد بھی رہ گئے ہیں؟',
    fixture: EXPORTER,
    expect: { reply: 'کسٹم' },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'فائر سیفٹی آڈٹ کو مل والی فہرست میں ڈال دیں',
    fixture: EXPORTER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 14, list: 'مل' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'اٹلی والی شپمنٹ روانہ ہو گئی، اور گیس کا بل پرسوں تک جمع کرانا ہے',
    fixture: EXPORTER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 8, due_date: '2034-08-21' } },
      ],
    },
  },

  // ---- The grandmother (Urdu) ----
  {
    intent: 'ask',
    lang: 'ur',
    text: 'کمیٹی کی قسط دے دی ہے',
    fixture: NANI,
    expect: ASK,
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'درزی سے سوٹ آ گیا ہے',
    fixture: NANI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'بہو کی امی کے ہاں بھی میلاد ہے ستائیس تاریخ کو، جانا ہے',
    fixture: NANI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2034-08-27' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل شام پانچ بجے خالہ کے گھر جانا ہے، ایک گھنٹہ پہلے یاد کروا دینا',
    fixture: NANI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2034-08-20T12:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج پوتا اپنی نانی کے گھر گیا ہے، آج سبق نہیں ہوگا',
    fixture: NANI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 11 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'فریج پھر خراب ہو گیا، ٹھنڈا ہی نہیں کر رہا',
    fixture: NANI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'آنکھوں والی ڈاکٹر نے بدھ کو گیارہ بجے بلایا ہے',
    fixture: NANI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 7, due_at: '2034-08-23T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "اچار والے کام کا نام 'لیموں کا اچار ڈالنا' کر دو",
    fixture: NANI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, title: 'لیموں کا اچار ڈالنا' } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'نواسی کا تحفہ سارہ لے آئے گی',
    fixture: NANI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 5, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'میلاد کی تیاری کے نیچے ایک کام: نعت خوانوں کو فون کرنا',
    fixture: NANI,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 8, title: 'نعت خوانوں کو فون کرنا' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'راشن والا کام بہت ضروری ہے، گھر میں کچھ نہیں بچا',
    fixture: NANI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, priority: 'high' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'آج کیا کیا کرنا ہے؟',
    fixture: NANI,
    expect: { reply: 'قرآن' },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'گیس کے بل والا پرانا کام ہٹا دو',
    fixture: NANI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'شکریہ بیٹا، اللہ خوش رکھے',
    fixture: NANI,
    expect: HELP,
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'ماسی کو تنخواہ دے دی، اور شوگر اب روز صبح آٹھ کے بجائے سات بجے چیک کرنی ہے',
    fixture: NANI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 4 } },
        { name: 'set_task_details', args: { task_id: 3, due_at: '2034-08-20T02:00:00.000Z' } },
      ],
    },
  },
];
