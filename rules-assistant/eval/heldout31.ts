// A thirty-first held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json, tsconfig.json, biome.json, server/features/assistant/tools.ts (the tool contract the expected
// calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory tools, PEOPLE,
// SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures are used), the
// first 150 lines of rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES),
// the first 130 lines of rules-assistant/eval/heldout30.ts (its header: format, judging conventions, clock, how
// fixtures are declared, its first fixture; no case of it falls in those lines) and the first 200
// lines of server/features/tasks/tasks.schema.ts (the task fields and their limits). Also seen: directory listings
// of /work/main, rules-assistant/eval/, server/, server/features/assistant/ and server/features/tasks/ (names only). Not opened: anything under
// rules-assistant/engine/ (run.ts's import lines name two constants from it; their files were not
// opened), docs/, test/, eval/intent-*.ts, eval/risk-*, eval/round*.ts, eval/probes*.ts,
// rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any other held-out set or the rest of
// heldout30.ts, any git history, diff, log or status (no git command was run), any eval output. The
// assistant was never run on these cases, nor `npm run eval`; only the file's type check and lint,
// its reply regexes (against hand-written replies) and its expected calls (fed straight to the
// in-memory tools of rules-assistant/eval/memory-tools.ts with each case's fixture and this set's clock, the fixtures
// also parsed by the service's TaskInputSchema) were checked, from a throwaway script outside the
// repository that imports neither the assistant nor rules-assistant/eval/run.ts.
// People (new ones): a veterinarian in Islamabad who types English (the vaccinations of Kazmi's
// German shepherd and Durrani's Labrador, rabies vaccines from the distributor, deworming the Abbasi
// cats, the weekly Tarnol dairy farm visit, the autoclave service, the clinic rent, her mother's BP
// tablets on Family, the April surgery roster and a pharmacy shelf count on Office, the pet hospital
// Bilal owns, a spay surgery for the Niazi cat, her PVMC registration, Mrs Hashmi's parrot's lab
// report, bird flu shots at a Chak Shahzad poultry farm, the clinic's weekly deep clean); a freelance
// video editor in Karachi who types English (the Shaikh and the Memon wedding highlight reels, an
// invoice to the vlogger Hamza, his episodes' uploads and subtitles, a colour grade for the Biryani
// House ad, the Premiere Pro subscription, the weekly drive backup, an SSD, the gimbal, the internet
// bill, a company intro video and YouTube thumbnails on Office, her cousin Rida's mehndi video on
// Family); a cricket academy coach in Multan who types English (the U-16 and U-19 squads, hard balls,
// the fast bowlers' nets three times a week, the monthly fees, the pitch roller, a U-16 fitness test,
// a parents meeting and a sponsor banner on Office, the Qasim Bagh ground, his son Usman's tuition fee
// on Family, a Level 2 coaching course form, Hasnain's bowling action, stumps); a rickshaw driver in
// Faisalabad who types Roman Urdu (the school pickup accounts of Chaudhry sahab's and Sheikh sahab's
// children, the rickshaw's monthly instalment, engine tuning, the committee, the rear tyre, a
// challan, his mother's medicine and wheat for his sister on Family, a staff pickup list on Office, the
// token tax, the CNG cylinder, washing the rickshaw every Sunday); a tailor in Sialkot who types Roman
// Urdu (suits for Nadeem's and Naveed's weddings, Haji Anwar's waistcoat, thread and buttons, the
// sewing machine, the shop rent, his karigar Sajid's weekly pay, boski cloth, staff uniforms on Office,
// his daughter's school uniform on Family, Khan sahab's sherwani, the electricity bill); a university
// student in Peshawar who types Roman Urdu (DSA and DBMS assignment 3, an OOP quiz, the FYP proposal,
// the hostel fee, a weekly group project meeting, the laptop screen, slippers for his mother and his
// brother's admission form on Family, an internship report on Office, the semester registration form,
// a library book); a bakery owner in Gujranwala who types Urdu (birthday cakes for Chaudhry sahab's
// daughter and Butt sahab's son, sacks of flour, the oven, the bakers' weekly pay, the rent, the food
// authority licence, the egg man's account, her mother's eye check-up on Family, packing boxes, sweets
// for Malik sahab's wedding, the gas bill, a hotel breakfast contract on Office); a school principal
// in Sukkur who types Urdu (class 9 and class 10 results, a teachers' meeting, the annual function, the
// science lab, a weekly report to the district education officer, the fee record, new uniforms, his
// daughter's wedding cards on Family, the trust's budget on Office, the admissions notice to parents,
// the water tank); a pharmacist in Lahore who types Urdu (the Al-Imran and the Shifa distributors'
// bills, an insulin order, the drug licence, the fridge temperature every day, returning expired
// medicines, the counter boy's monthly pay, his father's diabetes medicine on Family, a stock count on
// Office, a new AC, the BP machine's battery, a drug inspector's visit). They type the way people do:
// no command words, typos, texting shorthand, long indirect sentences, politeness, several requests at
// once, relative dates, recurring things, reminders, edits (dates, times, priority, titles, notes),
// done and not-done news, reopening without the word, moves, assignments, comments, subtasks, deletes,
// skips, a new list, questions about tasks and about days, two similar tasks and vague or destructive
// requests (right outcome: ask), small talk and venting that mention what their tasks mention (no
// tool at all). Many lines are news that brings a NEW thing sharing words with an existing task (a new
// task; the old one untouched) or news from someone else (a client, a farm manager, a supplier's
// representative, the food authority, a relative) that is no task of the user's done. One message a
// case, no earlier turn.
// 155 cases: 60 English, 48 Roman Urdu, 47 Urdu script.
// Intents (heldout30's labels): add (a plain task), details (a new task with a due moment, list,
// priority, tags, recurrence or reminder), complete, reopen, update (title or note), edit (due moment,
// priority, tags, recurrence, reminders of an existing task), delete, skip, move, assign, comment,
// subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Counts: add 12, details 21, complete 11, reopen 7, update 7, edit 13, delete 7, skip 6, move 6,
// assign 6, comment 6, subtask 6, list 4, read 12, ask 13, chat 9, multi 9.
// Fixtures (its own): VET, EDITOR, COACH (Latin-script titles, for English cases); RICKSHAW, DARZI,
// TALIB (Latin-script titles, for Roman Urdu cases); NANBAI, PRINCIPAL, DAWAKHANA (Urdu-script titles,
// for Urdu cases). Similar pairs: VET 1/2 (the vaccinations of Kazmi's shepherd and Durrani's
// Labrador), EDITOR 1/2 (the Shaikh and the Memon wedding highlight reels), COACH 1/2 (the U-16 and the
// U-19 squads), RICKSHAW 1/2 (Chaudhry sahab's and Sheikh sahab's children's pickup accounts), DARZI
// 1/2 (the suits for Nadeem's and Naveed's weddings), TALIB 1/2 (DSA and DBMS assignment 3), NANBAI
// 1/2 (the birthday cakes of Chaudhry sahab's daughter and Butt sahab's son), PRINCIPAL 1/2 (class 9
// and class 10 results), DAWAKHANA 1/2 (the Al-Imran and the Shifa distributors' bills). Lists named
// Family and Office are the shared lists of SHARED_LISTS (Family: the user owns it, Sara Khan editor,
// Ali Raza viewer; Office: Bilal Ahmed owns it, the user and Sara editors); Clinic, Supplies, Farm
// Visits, Clients, Gear, Academy, Matches, Equipment, Hisaab, Rickshaw, Orders, Kapra, Uni, Hostel,
// آرڈر, سامان, دکان, اسکول, امتحانات and دوائیں are the user's own. No list is named Club. Every move
// goes to one of the user's own lists or to the Inbox (never into Office, a list someone else owns, and
// no Office task is moved); no new task or subtask is added to Office; every assignment is to Sara (an
// editor of Family) or to Bilal (the owner of Office), and every comment is on a task in Office.
// Clock (its own): Saturday 2028-03-18 10:25 Asia/Karachi (UTC+5, no DST) = 2028-03-18T05:25:00.000Z,
// exported as HELDOUT31_NOW / HELDOUT31_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT31_NOW)). It is a Saturday
// morning, so "tonight" and "today at 10pm" are still ahead, the week's weekdays are all to come, and
// Thursday is Pakistan Day (23 March). Worked out with node:
//   today (aaj, آج) = Sat 03-18; "tonight at 10" (raat 10 baje) = 2028-03-18T17:00:00.000Z; tomorrow
//   (tmrw, kal, کل) = Sun 03-19, also "sunday" (itwar, اتوار); day after tomorrow (parson, پرسوں) =
//   Mon 03-20, also "monday" (peer, پیر); tuesday (mangal, منگل) = 03-21; wednesday (budh, بدھ) =
//   03-22; thursday (jumeraat, جمعرات) = 03-23; friday (jumma, جمعہ) = 03-24; the 25th = Sat 03-25;
//   the 28th = Tue 03-28; "thursday the 30th" = 03-30; the 31st, the end of the month = Fri 03-31;
//   "5 tareekh" = Wed 04-05 (the next 5th); "9 tareekh" (a wedding pushed back from 04-02) = Sun
//   04-09; "agle mahine ki 10 tareekh" = Mon 04-10; "har mahine ki das tareekh" (every month on the
//   10th): its first = 04-10; "pandra April" (پندرہ اپریل) = Sat 04-15. Genuinely open, their date '*':
//   "agle jumme" (اگلے جمعے: this week's Friday 03-24 or the next week's 03-31), "agle mangal" (اگلے
//   منگل: 03-21 or 03-28) and "budh raat 12 baje" (midnight at the start of Wednesday,
//   2028-03-21T19:00:00.000Z, or at its end, 2028-03-22T19:00:00.000Z).
//   Clock times (PKT = UTC+5), as UTC ISO: Sun 03-19 5pm = 2028-03-19T12:00:00.000Z, 6pm (اتوار شام چھ
//   بجے, tmrw at 6pm) = 13:00Z; Mon 03-20 7am (parson subah 7 baje) = 2028-03-20T02:00:00.000Z, 9am =
//   04:00Z, 11am (parson 11 baje) = 06:00Z, 3pm = 10:00Z, 4:30pm = 11:30Z, 5pm = 12:00Z, 6pm = 13:00Z,
//   11:59pm = 18:59Z; Tue 03-21 9:30am (منگل ساڑھے نو بجے) = 2028-03-21T04:30:00.000Z, 10am = 05:00Z,
//   3pm (منگل دوپہر تین بجے) = 10:00Z; Wed 03-22 10am (بدھ صبح دس بجے) = 2028-03-22T05:00:00.000Z, 4pm
//   = 11:00Z; Thu 03-23 8am = 2028-03-23T03:00:00.000Z, 5pm (jumeraat sham 5 bje) = 12:00Z; Fri 03-24
//   3pm = 2028-03-24T10:00:00.000Z; Sun 03-26 6pm = 2028-03-26T13:00:00.000Z. "Remind me an hour
//   before" = 60 minutes; "aadha ghanta pehle" = 30 minutes.
// Judging conventions (those of the earlier blind sets, as heldout30's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles (and list names) are listed only where the request fixes them (quoted, or after a
// colon, or "call it X"); RRULEs and free-text notes and comments are '*' (present), as is an assignee
// (the person's name may be given in several forms, Urdu script too). "Remind me N minutes / hours
// before" expects reminders [{ minutes_before: N }]; other reminders are '*'. "Remind me" (yaad dila
// dena, یاد دلا دینا) expects reminders (a due moment alone is not a reminder). A recurring task whose
// first moment the message leaves vague lists no due field. Changes to existing tasks name their
// task_id; tags are the whole new list. Reads are judged by the reply (titles or the date it must
// name), not by which read tool was used. Several changes in one message are expected in the order
// the message gives them. Anything ambiguous is '*' or left out of args. In this set: "urgent",
// "zaroori" said of a bill that must not be late, and "بہت ضروری" are priority high.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT31_NOW = new Date('2028-03-18T05:25:00.000Z'); // Saturday 10:25 in Karachi
export const HELDOUT31_ZONE = 'Asia/Karachi';

/** The veterinarian in Islamabad (types English). */
const VET: FixtureTask[] = [
  { id: 1, title: "Vaccinate Kazmi's German shepherd", list: 'Clinic', due_date: '2028-03-20' },
  { id: 2, title: "Vaccinate Durrani's Labrador", list: 'Clinic', due_date: '2028-03-22' },
  {
    id: 3,
    title: 'Order rabies vaccines from the distributor',
    list: 'Supplies',
    priority: 'high',
    due_date: '2028-03-19',
  },
  { id: 4, title: 'Deworm the Abbasi cats', list: 'Clinic', completed: true },
  {
    id: 5,
    title: 'Tarnol dairy farm visit',
    list: 'Farm Visits',
    due_date: '2028-03-21',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
  },
  { id: 6, title: 'Get the autoclave serviced', list: 'Supplies', due_date: '2028-03-25' },
  {
    id: 7,
    title: 'Pay clinic rent',
    tags: ['bills'],
    due_date: '2028-04-01',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
  },
  { id: 8, title: "Amma's BP tablets", list: 'Family', due_date: '2028-03-19' },
  { id: 9, title: 'Surgery roster for April', list: 'Office', created_by: 'bilal' },
  {
    id: 10,
    title: 'Spay surgery for the Niazi cat',
    list: 'Clinic',
    due_at: '2028-03-21T05:00:00.000Z',
  },
  { id: 11, title: 'Renew PVMC registration', completed: true },
  { id: 12, title: "Lab report for Mrs Hashmi's parrot", list: 'Clinic' },
  {
    id: 13,
    title: 'Bird flu shots at Chak Shahzad poultry farm',
    list: 'Farm Visits',
    due_date: '2028-03-23',
  },
  { id: 14, title: 'Pharmacy shelf inventory count', list: 'Office', created_by: 'sara' },
  {
    id: 15,
    title: 'Weekly clinic deep clean',
    due_date: '2028-03-19',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
  },
];

/** The freelance video editor in Karachi (types English). */
const EDITOR: FixtureTask[] = [
  {
    id: 1,
    title: 'Edit Shaikh wedding highlight reel',
    list: 'Clients',
    priority: 'high',
    due_date: '2028-03-24',
  },
  { id: 2, title: 'Edit Memon wedding highlight reel', list: 'Clients', due_date: '2028-03-31' },
  { id: 3, title: 'Send invoice to Hamza for vlog episodes', list: 'Clients', due_date: '2028-03-20' },
  {
    id: 4,
    title: 'Color grade the Biryani House ad',
    list: 'Clients',
    due_at: '2028-03-19T11:00:00.000Z',
  },
  {
    id: 5,
    title: 'Renew Premiere Pro subscription',
    tags: ['bills'],
    due_date: '2028-03-22',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=22',
  },
  {
    id: 6,
    title: 'Back up the project drives',
    due_date: '2028-03-24',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
  },
  { id: 7, title: 'Buy a 2TB SSD', list: 'Gear' },
  { id: 8, title: 'Upload Hamza vlog episode 14', list: 'Clients', completed: true },
  {
    id: 9,
    title: 'Company intro video',
    list: 'Office',
    created_by: 'bilal',
    due_date: '2028-03-28',
  },
  { id: 10, title: 'Thumbnails for the office YouTube channel', list: 'Office', created_by: 'sara' },
  { id: 11, title: "Rida's mehndi video", list: 'Family' },
  { id: 12, title: 'Fix the gimbal', list: 'Gear', completed: true },
  { id: 13, title: 'Pay internet bill', tags: ['bills'], due_date: '2028-03-25' },
  { id: 14, title: 'Subtitles for Hamza vlog episode 15', list: 'Clients' },
];

/** The cricket academy coach in Multan (types English). */
const COACH: FixtureTask[] = [
  {
    id: 1,
    title: 'Pick the U-16 squad for the Sheikhupura tour',
    list: 'Matches',
    due_date: '2028-03-22',
  },
  {
    id: 2,
    title: 'Pick the U-19 squad for the inter-district cup',
    list: 'Matches',
    due_date: '2028-03-25',
  },
  { id: 3, title: 'Order 2 dozen hard balls', list: 'Equipment', priority: 'medium' },
  {
    id: 4,
    title: 'Fast bowlers nets session',
    list: 'Academy',
    due_at: '2028-03-20T11:30:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
  },
  { id: 5, title: 'Collect monthly fees from parents', list: 'Academy', due_date: '2028-03-31' },
  { id: 6, title: 'Get the pitch roller repaired', list: 'Equipment', completed: true },
  { id: 7, title: 'Fitness test for the U-16 boys', list: 'Academy', due_date: '2028-03-21' },
  {
    id: 8,
    title: 'Parents meeting',
    list: 'Office',
    created_by: 'bilal',
    due_at: '2028-03-26T13:00:00.000Z',
  },
  { id: 9, title: 'Book Qasim Bagh ground for the practice match', list: 'Matches', completed: true },
  { id: 10, title: "Usman's tuition fee", list: 'Family', due_date: '2028-03-20' },
  { id: 11, title: 'Sponsor banner for the academy', list: 'Office', created_by: 'sara' },
  { id: 12, title: 'Submit Level 2 coaching course form', due_date: '2028-03-29' },
  { id: 13, title: "Video analysis of Hasnain's bowling action", list: 'Academy' },
  { id: 14, title: 'Buy new stumps', list: 'Equipment', completed: true },
];

/** The rickshaw driver in Faisalabad (types Roman Urdu). */
const RICKSHAW: FixtureTask[] = [
  { id: 1, title: 'Chaudhry sahab ke bachon ki pickup ka hisaab', list: 'Hisaab', due_date: '2028-03-31' },
  { id: 2, title: 'Sheikh sahab ke bachon ki pickup ka hisaab', list: 'Hisaab', due_date: '2028-03-31' },
  {
    id: 3,
    title: 'Rickshaw ki qist jama karwani',
    priority: 'high',
    due_date: '2028-03-25',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=25',
  },
  { id: 4, title: 'Engine tuning mistri se karwani', list: 'Rickshaw', due_date: '2028-03-20' },
  {
    id: 5,
    title: 'Committee ke paise dene',
    due_date: '2028-04-01',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
  },
  { id: 6, title: 'Pichla tyre badalwana', list: 'Rickshaw', completed: true },
  { id: 7, title: 'Challan bharna', due_date: '2028-03-22' },
  { id: 8, title: 'Ammi ki dawai lani', list: 'Family', due_date: '2028-03-19' },
  { id: 9, title: 'Staff pickup list', list: 'Office', created_by: 'bilal' },
  { id: 10, title: 'Token tax jama karwana', completed: true },
  { id: 11, title: 'CNG cylinder ki checking', list: 'Rickshaw', due_date: '2028-03-28' },
  { id: 12, title: 'Baji ke ghar gandum pohanchani', list: 'Family' },
  {
    id: 13,
    title: 'Rickshaw dhulwana',
    list: 'Rickshaw',
    due_date: '2028-03-19',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
  },
];

/** The tailor in Sialkot (types Roman Urdu). */
const DARZI: FixtureTask[] = [
  {
    id: 1,
    title: 'Nadeem ki shadi ke 3 suit',
    list: 'Orders',
    priority: 'high',
    due_date: '2028-03-25',
  },
  { id: 2, title: 'Naveed ki shadi ke 2 suit', list: 'Orders', due_date: '2028-04-02' },
  { id: 3, title: 'Haji Anwar ka waistcoat', list: 'Orders', due_date: '2028-03-21' },
  { id: 4, title: 'Dhaaga aur button lene', list: 'Kapra' },
  { id: 5, title: 'Silai machine ki marammat', due_date: '2028-03-20' },
  {
    id: 6,
    title: 'Dukaan ka kiraya',
    tags: ['bills'],
    due_date: '2028-04-05',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
  },
  {
    id: 7,
    title: 'Karigar Sajid ki tankhwah',
    due_date: '2028-03-23',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
  },
  { id: 8, title: 'Boski ka kapra wholesale se', list: 'Kapra', completed: true },
  {
    id: 9,
    title: 'Staff uniforms ka order',
    list: 'Office',
    created_by: 'bilal',
    due_date: '2028-03-30',
  },
  { id: 10, title: 'Beti ka school uniform', list: 'Family' },
  { id: 11, title: 'Khan sahab ki sherwani', list: 'Orders', completed: true },
  { id: 12, title: 'Bijli ka bill', tags: ['bills'], due_date: '2028-03-22' },
];

/** The university student in Peshawar (types Roman Urdu). */
const TALIB: FixtureTask[] = [
  { id: 1, title: 'DSA assignment 3 submit karna', list: 'Uni', due_at: '2028-03-20T18:59:00.000Z' },
  { id: 2, title: 'DBMS assignment 3 submit karna', list: 'Uni', due_date: '2028-03-22' },
  { id: 3, title: 'OOP quiz ki tayari', list: 'Uni', due_date: '2028-03-21' },
  {
    id: 4,
    title: 'FYP proposal supervisor ko bhejna',
    list: 'Uni',
    priority: 'high',
    due_date: '2028-03-24',
  },
  { id: 5, title: 'Hostel fee jama karwani', list: 'Hostel', due_date: '2028-03-31' },
  {
    id: 6,
    title: 'Group project meeting',
    list: 'Uni',
    due_at: '2028-03-22T11:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=WE',
  },
  { id: 7, title: 'Laptop ki screen theek karwani', completed: true },
  { id: 8, title: 'Ammi ke liye chappal bhejni', list: 'Family' },
  { id: 9, title: 'Internship report', list: 'Office', created_by: 'bilal', due_date: '2028-03-29' },
  { id: 10, title: 'Semester registration form', completed: true },
  { id: 11, title: 'Library ki kitab wapis karni', list: 'Uni', due_date: '2028-03-19' },
  { id: 12, title: 'Chotay bhai ka admission form', list: 'Family', due_date: '2028-03-27' },
];

/** The bakery owner in Gujranwala (types Urdu). */
const NANBAI: FixtureTask[] = [
  {
    id: 1,
    title: 'چوہدری صاحب کی بیٹی کی سالگرہ کا کیک',
    list: 'آرڈر',
    due_at: '2028-03-19T12:00:00.000Z',
  },
  {
    id: 2,
    title: 'بٹ صاحب کے بیٹے کی سالگرہ کا کیک',
    list: 'آرڈر',
    due_at: '2028-03-20T13:00:00.000Z',
  },
  { id: 3, title: 'میدے کی بوریاں منگوانی', list: 'سامان', priority: 'high', due_date: '2028-03-19' },
  { id: 4, title: 'اوون کی مرمت', list: 'دکان', due_date: '2028-03-21' },
  {
    id: 5,
    title: 'کاریگروں کی ہفتہ وار تنخواہ',
    due_date: '2028-03-18',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
  },
  {
    id: 6,
    title: 'بیکری کا کرایہ',
    tags: ['بل'],
    due_date: '2028-04-01',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
  },
  { id: 7, title: 'فوڈ اتھارٹی کا لائسنس', completed: true },
  { id: 8, title: 'انڈوں والے کا حساب', list: 'سامان', due_date: '2028-03-25' },
  { id: 9, title: 'امی کی آنکھوں کا چیک اپ', list: 'Family', due_date: '2028-03-22' },
  { id: 10, title: 'پیکنگ کے نئے ڈبے', list: 'سامان' },
  { id: 11, title: 'ملک صاحب کی شادی کی مٹھائی', list: 'آرڈر', due_date: '2028-03-26' },
  { id: 12, title: 'گیس کا بل', tags: ['بل'], completed: true },
  { id: 13, title: 'ہوٹل کے ناشتے کا معاہدہ', list: 'Office', created_by: 'bilal' },
];

/** The school principal in Sukkur (types Urdu). */
const PRINCIPAL: FixtureTask[] = [
  { id: 1, title: 'جماعت نہم کے نتائج', list: 'امتحانات', due_date: '2028-03-24' },
  { id: 2, title: 'جماعت دہم کے نتائج', list: 'امتحانات', due_date: '2028-03-27' },
  { id: 3, title: 'اساتذہ کا اجلاس', list: 'اسکول', due_at: '2028-03-20T04:00:00.000Z' },
  { id: 4, title: 'سالانہ تقریب کی تیاری', list: 'اسکول', priority: 'high', due_date: '2028-03-30' },
  { id: 5, title: 'سائنس لیب کا سامان', list: 'اسکول' },
  {
    id: 6,
    title: 'ضلعی تعلیمی افسر کو ہفتہ وار رپورٹ',
    due_date: '2028-03-20',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
  },
  { id: 7, title: 'فیسوں کی وصولی کا ریکارڈ', due_date: '2028-03-31' },
  { id: 8, title: 'نئی وردیوں کا آرڈر', completed: true },
  { id: 9, title: 'بیٹی کی شادی کے کارڈ', list: 'Family', due_date: '2028-03-29' },
  { id: 10, title: 'ٹرسٹ کا بجٹ', list: 'Office', created_by: 'bilal', due_date: '2028-03-28' },
  { id: 11, title: 'والدین کو داخلوں کا نوٹس', completed: true },
  { id: 12, title: 'پانی کی ٹینکی کی صفائی', list: 'اسکول', due_date: '2028-03-22' },
];

/** The pharmacist in Lahore (types Urdu). */
const DAWAKHANA: FixtureTask[] = [
  { id: 1, title: 'العمران ڈسٹری بیوٹر کا بل', list: 'دکان', due_date: '2028-03-20' },
  { id: 2, title: 'شفا ڈسٹری بیوٹر کا بل', list: 'دکان', due_date: '2028-03-23' },
  { id: 3, title: 'انسولین کا آرڈر', list: 'دوائیں', priority: 'high', due_date: '2028-03-19' },
  { id: 4, title: 'ڈرگ لائسنس کی تجدید', priority: 'high', due_date: '2028-03-31' },
  { id: 5, title: 'فریج کا درجہ حرارت چیک کرنا', due_date: '2028-03-18', recurrence: 'FREQ=DAILY' },
  { id: 6, title: 'ایکسپائری والی دوائیں واپس کرنا', list: 'دوائیں', due_date: '2028-03-25' },
  {
    id: 7,
    title: 'کاؤنٹر کے لڑکے کی تنخواہ',
    due_date: '2028-04-01',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
  },
  { id: 8, title: 'ابو کی شوگر کی دوا', list: 'Family', due_date: '2028-03-19' },
  { id: 9, title: 'اسٹاک کا حساب', list: 'Office', created_by: 'bilal', due_date: '2028-03-26' },
  { id: 10, title: 'نیا اے سی لگوانا', completed: true },
  { id: 11, title: 'بلڈ پریشر مشین کی بیٹری', completed: true },
  { id: 12, title: 'ڈرگ انسپکٹر کے دورے کی تیاری', due_date: '2028-03-22' },
];

export const heldout31: Utterance[] = [
  // ---------------------------------------------------------------- English: the veterinarian
  {
    intent: 'add',
    lang: 'en',
    text: 'mrs hashmi called again, now her second parrot has started plucking its feathers too 🙄 need to have a look at that one as well',
    fixture: VET,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "kazmi's shepherd is in for his shots monday, but his wife also wants the same dog groomed friday at 3. put that down pls",
    fixture: VET,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2028-03-24T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "I've signed up to do free checkups at the edhi animal shelter every thursday morning, starting this thursday at 8",
    fixture: VET,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2028-03-23T03:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'rabies vaccines finally ordered, the distributor confirmed on whatsapp',
    fixture: VET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "durrani texted that his lab ate a whole sock again 😂 says he's fine and bouncing around, that dog is something else",
    fixture: VET,
    expect: { outcome: 'help' },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "ugh the abbasi cats are scooting on the carpet again, the deworming clearly didn't work, gotta redo it",
    fixture: VET,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "turns out the niazi cat is a tom, so it's a neuter not a spay. fix the name on that one",
    fixture: VET,
    expect: { calls: [{ name: 'update_task', args: { task_id: 10, title: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'autoclave guy called, he can only come on the 28th now',
    fixture: VET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2028-03-28' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'mrs hashmi is losing her mind over the parrot lab report, bump that up to urgent',
    fixture: VET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, priority: 'high' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "kazmi's already moved to lahore with the dog, he'll get the shots done there. scrap it from my list",
    fixture: VET,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: "the autoclave thing isn't really supplies, stick it with the clinic stuff",
    fixture: VET,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'Clinic' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "sara said she'll grab amma's BP tablets on her way back from work, that one's hers",
    fixture: VET,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "on the april surgery roster, let bilal know I can't take the friday night slots, kids have exams",
    fixture: VET,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'before the niazi spay on tuesday I have to send them the fasting instructions, add that under the surgery',
    fixture: VET,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 10, title: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on my plate monday?",
    fixture: VET,
    expect: { reply: 'Kazmi' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'did I ever get the PVMC renewal done or is it still hanging',
    fixture: VET,
    expect: { reply: 'PVMC' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the vaccination appointment got pushed back a week',
    fixture: VET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'honestly just wipe the clinic list, I want a fresh start',
    fixture: VET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "got amma's tablets ✅ and tomorrow I need to call the feed supplier about the calf formula",
    fixture: VET,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 8 } },
        { name: 'add_task_details', args: { due_date: '2028-03-19' } },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'tarnol is such a long drive man, 40 minutes each way when the kashmir highway is jammed',
    fixture: VET,
    expect: { outcome: 'help' },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "the chak shahzad farm manager says their broilers need the newcastle vaccine too, I'll do it thursday when I go for the bird flu shots",
    fixture: VET,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-03-23' } }] },
  },

  // ---------------------------------------------------------------- English: the video editor
  {
    intent: 'add',
    lang: 'en',
    text: 'hamza wants subtitles on episode 16 too now, same as 15 lol',
    fixture: EDITOR,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'biryani house loved the grade!! now they want a 15 sec cut for instagram by wednesday',
    fixture: EDITOR,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-03-22' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'got a call from a couple in DHA, faraz & mahnoor, they want to meet about their nikkah video tmrw at 6pm. remind me an hour before',
    fixture: EDITOR,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2028-03-19T13:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "memon reel is out the door!! the bride's mum cried watching it 😭",
    fixture: EDITOR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'hamza says ep 14 got copyright-struck and youtube took it down, I have to upload it again',
    fixture: EDITOR,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'for the shaikh reel, note to self: use the qawwali from the mehndi, NOT the baraat one',
    fixture: EDITOR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'biryani house moved the grading review to monday 3pm',
    fixture: EDITOR,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, due_at: '2028-03-20T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'adobe gave me a free month so no premiere payment this time around',
    fixture: EDITOR,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'can you ping me at 9 the morning the internet bill is due',
    fixture: EDITOR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 13, reminders: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'the gimbal one is ancient history, just get rid of it',
    fixture: EDITOR,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: "rida's mehndi video is a paid gig now (cousin discount lol), it goes with my clients",
    fixture: EDITOR,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'Clients' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'on the youtube thumbnails, tell sara the brand font is montserrat bold and no drop shadows pls',
    fixture: EDITOR,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 10, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'shaikh reel: I still have to sync the drone footage, add that as a step under it',
    fixture: EDITOR,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1, title: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'starting my own youtube channel finally!! want a separate list for it called My Channel',
    fixture: EDITOR,
    expect: { calls: [{ name: 'create_list', args: { name: 'My Channel' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what bills have I got coming up this month',
    fixture: EDITOR,
    expect: { reply: '(?=[\\s\\S]*premiere)(?=[\\s\\S]*internet)' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the music licence for the wedding reel came through, note it on the reel',
    fixture: EDITOR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'premiere crashed twice today and I lost 40 mins of the shaikh edit, I want to throw this laptop out the window',
    fixture: EDITOR,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'sent hamza the invoice finally, and the drives are backed up for this week too',
    fixture: EDITOR,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'complete_task', args: { task_id: 6 } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "the memons' photographer is sending over the raw footage on the 25th, I need to check it the day it lands",
    fixture: EDITOR,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-03-25' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "bilal moved the company intro to thursday the 30th. also put 'Return the rented lens' down for monday",
    fixture: EDITOR,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 9, due_date: '2028-03-30' } },
        { name: 'add_task_details', args: { title: 'Return the rented lens', due_date: '2028-03-20' } },
      ],
    },
  },

  // ---------------------------------------------------------------- English: the cricket coach
  {
    intent: 'add',
    lang: 'en',
    text: "hasnain's dad wants a word about his diet, the kid's been skipping breakfast before nets",
    fixture: COACH,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "hasnain's younger brother wants a trial as well, need to watch him bowl some day",
    fixture: COACH,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "the u-19 boys need a fitness test too before the cup, let's do it thursday",
    fixture: COACH,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-03-23' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "PCB regional office called, they want the academy's registration papers renewed by the 31st",
    fixture: COACH,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-03-31' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'u16 squad is sorted, sent the names to the tour manager last night',
    fixture: COACH,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'the roller is leaking oil all over the main pitch again, same problem as before 😤',
    fixture: COACH,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'on the hasnain video analysis, remember his front foot is landing across, check that first',
    fixture: COACH,
    expect: { calls: [{ name: 'update_task', args: { task_id: 13, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "fast bowlers' nets are at 5pm from now on, it's too hot at 4:30",
    fixture: COACH,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, due_at: '2028-03-20T12:00:00.000Z' } }],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no nets monday, the ground's booked for a club match",
    fixture: COACH,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "bilal's running the parents meeting himself",
    fixture: COACH,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'on the sponsor banner, tell sara the sponsor wants his logo bigger and the academy name in urdu as well',
    fixture: COACH,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "for the u19 squad I need to check the boys' age certificates first, put that under it",
    fixture: COACH,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 2, title: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'summer camp registrations open in may, I want a separate list for all the camp stuff',
    fixture: COACH,
    expect: { calls: [{ name: 'create_list', args: { name: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'when do I have to hand in the u19 squad again?',
    fixture: COACH,
    expect: { reply: '25|saturday' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'anything on tuesday?',
    fixture: COACH,
    expect: { reply: 'fitness' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the squad selection got pushed to next week',
    fixture: COACH,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'get rid of all the old stuff from last season',
    fixture: COACH,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'multan heat has already started, the boys were dying at nets yesterday',
    fixture: COACH,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "balls came today. fees are in from most parents but 4 still haven't paid, put down chasing those 4 for monday",
    fixture: COACH,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'add_task_details', args: { due_date: '2028-03-20' } },
      ],
    },
  },

  // ---------------------------------------------------------------- Roman Urdu: the rickshaw driver
  {
    intent: 'add',
    lang: 'roman',
    text: 'mistri keh raha tha silencer bhi ghis gaya hai, wo bhi lagwana parega kisi din',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Chaudhry sahab ke ghar se phone aya tha, parson subah 7 baje unki ammi ko allied hospital le ke jana hai',
    fixture: RICKSHAW,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2028-03-20T02:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'ab se har jumeraat sham 5 bje Madina Town wali sawari pakki hai, pehli isi jumeraat ko',
    fixture: RICKSHAW,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2028-03-23T12:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'challan bhar diya aj, 500 ka tha shukar hai zyada nahi tha',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'yaar pichla tyre phir se baith gaya, wohi wala, dobara badalwana parega',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'gandum wala kaam: baji ke ghar nahi, khala ke ghar deni hai ab',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, title: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'ammi ki dawai le aya hun, do hafte ki',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is itwar rickshaw nahi dhulwana, mausam kharab hai baarish honi hai',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 13 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'CNG cylinder wali checking list se hata do, cylinder hi nikalwa diya hai ab',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'ammi ki dawai wala kaam family wali list se nikal ke mere apne paas rakho, main khud le aunga',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'move_task', args: { task_id: 8, list: 'inbox' } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'Bilal sahab ki staff pickup list pe likh do ke Saddar wale do bande ab nahi aate',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal kya kya karna hai?',
    fixture: RICKSHAW,
    expect: { reply: '(?=[\\s\\S]*dawai)(?=[\\s\\S]*dhulwana)' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'bachon ki pickup ka hisaab ho gaya',
    fixture: RICKSHAW,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aj subah se Jhang Bazar mein itna rush tha, 2 ghante mein sirf 3 sawariyan mili',
    fixture: RICKSHAW,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'qist jama karwa di hai, token tax ki receipt bhi mil gayi thi. aur license renew karwana hai agle mahine ki 10 tareekh tak',
    fixture: RICKSHAW,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'add_task_details', args: { due_date: '2028-04-10' } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'committee wali baji ne bataya is dafa committee meri nikli hai!! 5 tareekh ko paise lene jana hai',
    fixture: RICKSHAW,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-04-05' } }] },
  },

  // ---------------------------------------------------------------- Roman Urdu: the tailor
  {
    intent: 'add',
    lang: 'roman',
    text: 'Haji Anwar sahab ke bete ne bhi waistcoat ka keh diya hai, naap le liya hai maine',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Naveed keh raha tha uske chotay bhai ki bhi mangni hai, uska bhi aik suit banana hai',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Khan sahab aye the, sherwani ki fitting bilkul theek hai mashallah, ab unko 2 shalwar kameez bhi chahiye jummay tak',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-03-24' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson 11 baje Rang Pura jana hai lining ka kapra lene, subah yaad dila dena',
    fixture: DARZI,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2028-03-20T06:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Haji Anwar ka waistcoat tayar tha, aaj utha ke le gaye',
    fixture: DARZI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'Nadeem ke suiton mein se aik ka collar band gala hoga, ye note kar lo',
    fixture: DARZI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'bijli ka bill zaroori hai bhai, is dafa late hua to meter kat jayega',
    fixture: DARZI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, priority: 'high' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is jumeraat Sajid gaon gaya hua hai, uski tankhwah agle hafte hi degi',
    fixture: DARZI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'dhaage aur button wala kaam hata do yaar, ab sab online mangwa liya karunga',
    fixture: DARZI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'beti ka uniform family se nikal ke orders mein daal do, dukaan pe hi silna hai',
    fixture: DARZI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 10, list: 'Orders' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'beti ke uniform ki zimmedari ab Sara ki hai',
    fixture: DARZI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'Nadeem ke suiton se pehle kapre ka rang uske abbu se confirm karwana hai, wo uske andar likh do',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1, title: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'is hafte kya kya deliver karna hai?',
    fixture: DARZI,
    expect: { reply: 'Anwar' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'shadi wale suiton ki date badal gayi hai',
    fixture: DARZI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj light 6 ghante gayi rahi, machine band pari rahi, kaam ka bura haal hai',
    fixture: DARZI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: "bari eid ke orders abhi se aane lage hain, unke liye alag list bana do 'Eid Orders' naam se",
    fixture: DARZI,
    expect: { calls: [{ name: 'create_list', args: { name: 'Eid Orders' } }] },
  },

  // ---------------------------------------------------------------- Roman Urdu: the student
  {
    intent: 'add',
    lang: 'roman',
    text: 'sir ne FYP proposal ke sath literature review bhi maang liya hai 🥲',
    fixture: TALIB,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'OOP quiz to mangal ko hai, uske baad jumeraat ko OOP ka lab exam bhi announce ho gaya hai',
    fixture: TALIB,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-03-23' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'aaj se roz raat 10 baje 1 ghanta leetcode krna hai, yaad dila diya karna',
    fixture: TALIB,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2028-03-18T17:00:00.000Z', recurrence: '*', reminders: '*' },
        },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'dbms wali assignment LMS pe submit kar di, alhamdulillah',
    fixture: TALIB,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'registration form reject ho gaya yaar, signature missing tha, dobara jama karwana parega',
    fixture: TALIB,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'sir ne DSA assignment ki deadline barha di hai, ab budh raat 12 baje tak',
    fixture: TALIB,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, due_at: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'group meeting se aadha ghanta pehle yaad dila diya karo',
    fixture: TALIB,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 6, reminders: [{ minutes_before: 30 }] } }],
    },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'ammi ke liye chappal wala kaam cancel, ammi khud Peshawar aa rahi hain agle hafte',
    fixture: TALIB,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'internship report pe Bilal sir ke liye likh do ke draft itwar tak bhej dunga',
    fixture: TALIB,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'FYP proposal ke andar aik step daal do: problem statement Sir Ihsan se check karwani',
    fixture: TALIB,
    expect: {
      calls: [
        {
          name: 'add_subtask',
          args: { task_id: 4, title: 'problem statement Sir Ihsan se check karwani' },
        },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'mangal ko kya hai mera?',
    fixture: TALIB,
    expect: { reply: 'OOP' },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'family wali list mein kya kya pending hai',
    fixture: TALIB,
    expect: { reply: '(?=[\\s\\S]*chappal)(?=[\\s\\S]*admission)' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'assignment 3 jama ho gayi',
    fixture: TALIB,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab kuch delete kar do, semester hi drop kar raha hun',
    fixture: TALIB,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'mid terms ne jaan nikal di hai, DSA bilkul samajh nahi aata',
    fixture: TALIB,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'quiz ki tayari ho gayi hai, aur hostel fee ki last date 31 nahi 28 hai',
    fixture: TALIB,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'set_task_details', args: { task_id: 5, due_date: '2028-03-28' } },
      ],
    },
  },

  // ---------------------------------------------------------------- Urdu: the bakery owner
  {
    intent: 'add',
    lang: 'ur',
    text: 'ملک صاحب کے بھائی نے بھی اپنے ولیمے کے لیے مٹھائی کا پوچھا ہے، پانچ من کے قریب',
    fixture: NANBAI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'بٹ صاحب کہہ رہے تھے ان کی نئی دکان کے افتتاح پر سو ڈبے مٹھائی چاہیے ہوگی',
    fixture: NANBAI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'چوہدری صاحب کا کیک تو کل جانا ہے، اب انہوں نے اپنے بیٹے کی منگنی کا کیک بھی بک کروا دیا ہے اگلے جمعے کے لیے',
    fixture: NANBAI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'فوڈ اتھارٹی والوں کا فون آیا تھا، ۲۳ تاریخ کو سب کاریگروں کے میڈیکل سرٹیفکیٹ دکھانے ہیں',
    fixture: NANBAI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-03-23' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'میدے کی بوریاں پہنچ گئی ہیں، گودام میں رکھوا دی ہیں',
    fixture: NANBAI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'فوڈ اتھارٹی نے لائسنس کی فائل واپس کر دی ہے کہ فیس کم جمع ہوئی، دوبارہ جمع کروانی پڑے گی',
    fixture: NANBAI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'انڈوں والے کے حساب میں اس کا نام بھی ڈال دو، اکرم',
    fixture: NANBAI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, title: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'بٹ صاحب نے کیک ایک دن پہلے منگوا لیا ہے، اب اتوار شام چھ بجے دینا ہے',
    fixture: NANBAI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_at: '2028-03-19T13:00:00.000Z' } }],
    },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس ہفتے کاریگروں کو تنخواہ نہیں دینی، وہ پہلے ہی ایڈوانس لے چکے ہیں',
    fixture: NANBAI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'پیکنگ کے نئے ڈبوں والا کام نکال دو، پرانے ڈبے ہی چلیں گے',
    fixture: NANBAI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'امی کا آنکھوں کا چیک اپ سارہ کروائے گی',
    fixture: NANBAI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'ہوٹل کے ناشتے والے معاہدے پر بلال صاحب کے لیے لکھ دیں کہ روزانہ دو سو بن اور پچاس ڈبل روٹیاں دے سکتے ہیں',
    fixture: NANBAI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 13, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کل کیا کیا ہے؟',
    fixture: NANBAI,
    expect: { reply: '(?=[\\s\\S]*چوہدری)(?=[\\s\\S]*میدے)' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سالگرہ والا کیک کینسل ہو گیا ہے',
    fixture: NANBAI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج صبح سے بجلی نہیں ہے، جنریٹر پر اوون چلا رہے ہیں، ڈیزل کا خرچہ ہی پورا نہیں ہوتا',
    fixture: NANBAI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'دکان کا کرایہ دے دیا ہے، اور پیر کو نئی مکسر مشین کا پتا کرنا ہے وہ بھی لکھ لیں',
    fixture: NANBAI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'add_task_details', args: { due_date: '2028-03-20' } },
      ],
    },
  },

  // ---------------------------------------------------------------- Urdu: the school principal
  {
    intent: 'add',
    lang: 'ur',
    text: 'سائنس ٹیچر نے بتایا ہے کہ لیب کی ایک مائیکروسکوپ بھی ٹوٹی پڑی ہے، اس کی مرمت بھی کروانی ہوگی',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ڈی ای او صاحب کے دفتر سے فون آیا تھا، بدھ صبح دس بجے اسکول کا معائنہ ہے',
    fixture: PRINCIPAL,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2028-03-22T05:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'سالانہ تقریب کے مہمان خصوصی کو دعوت نامہ بھیجنا ہے اگلے منگل تک، یہ اسکول والی فہرست میں رکھیں',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'اسکول', due_date: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'نہم کے نتائج مکمل ہو گئے ہیں، نوٹس بورڈ پر بھی لگ گئے',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'والدین کو داخلوں والا نوٹس دوبارہ بھیجنا پڑے گا، اس میں فیس غلط چھپ گئی تھی',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ٹینکی کی صفائی بہت ضروری ہے، بچے پیٹ خراب ہونے کی شکایت کر رہے ہیں',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'اساتذہ کا اجلاس پیر کے بجائے منگل کو ساڑھے نو بجے رکھ لیں',
    fixture: PRINCIPAL,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2028-03-21T04:30:00.000Z' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'وردیوں والا پرانا آرڈر مٹا دیں، اب اس کی کوئی ضرورت نہیں',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'سائنس لیب کا سامان امتحانات والی فہرست میں ہونا چاہیے، پریکٹیکل کے لیے ہی تو چاہیے',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'move_task', args: { task_id: 5, list: 'امتحانات' } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'بیٹی کی شادی کے کارڈ سارہ دیکھ لے گی',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'سالانہ تقریب کے اندر ایک کام اور: ساؤنڈ سسٹم کی بکنگ',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 4, title: 'ساؤنڈ سسٹم کی بکنگ' } }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: "داخلوں کے لیے ایک الگ فہرست بنا دیں، نام ہو 'داخلے 2028'",
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'create_list', args: { name: 'داخلے 2028' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'پیر کو میرے ذمے کیا کیا ہے؟',
    fixture: PRINCIPAL,
    expect: { reply: '(?=[\\s\\S]*اجلاس)(?=[\\s\\S]*رپورٹ)' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'نتائج کی تاریخ آگے کر دیں',
    fixture: PRINCIPAL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'سکھر کی گرمی ابھی سے شروع ہو گئی ہے، اللہ کرے سالانہ تقریب والے دن بچے دھوپ میں بے ہوش نہ ہوں',
    fixture: PRINCIPAL,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'ضلعی افسر والی رپورٹ بھیج دی ہے، اور ٹرسٹ کے بجٹ پر بلال صاحب کے لیے لکھ دیں کہ لیب کے لیے پچاس ہزار اضافی رکھیں',
    fixture: PRINCIPAL,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'comment_on_task', args: { task_id: 10, body: '*' } },
      ],
    },
  },

  // ---------------------------------------------------------------- Urdu: the pharmacist
  {
    intent: 'add',
    lang: 'ur',
    text: 'ایک خاتون روز انسولین کا پوچھنے آتی ہیں، ان کا نمبر لے لیا ہے، جب انسولین آئے تو انہیں فون کرنا ہے',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'شفا والوں کا نمائندہ آیا تھا، کہتا ہے نئی سکیم آئی ہے، منگل کو دوپہر تین بجے دوبارہ آئے گا',
    fixture: DAWAKHANA,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2028-03-21T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر مہینے کی دس تاریخ کو ڈرگ رجسٹر کی انٹریاں چیک کرنی ہیں',
    fixture: DAWAKHANA,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_date: '2028-04-10', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'ابو کی شوگر کی دوا لے آیا ہوں، تین مہینے کی',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'شفا والوں کا بل آج چکا دیا',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'انسولین کے آرڈر میں یہ لکھ دیں: لینٹس کے دس پین اور نوو ریپڈ کے پانچ',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'لائسنس کی تجدید کی آخری تاریخ بڑھ کر پندرہ اپریل ہو گئی ہے',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2028-04-15' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'انسپکٹر کے دورے سے ایک دن پہلے یاد دلا دینا',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, reminders: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج دکان بند رکھنی ہے، فریج کا درجہ حرارت آج نہیں دیکھ پاؤں گا',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'ایکسپائری والی دوائیں واپس کرنے کا کام دکان والی فہرست میں ہونا چاہیے',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'دکان' } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'اسٹاک کا حساب بلال صاحب خود کریں گے',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے کون کون سے بل دینے ہیں؟',
    fixture: DAWAKHANA,
    expect: { reply: '(?=[\\s\\S]*العمران)(?=[\\s\\S]*شفا)' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ڈسٹری بیوٹر کا بل دے دیا ہے',
    fixture: DAWAKHANA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'جو کام ہو چکے ہیں وہ سب صاف کر دو',
    fixture: DAWAKHANA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'انسولین کا آرڈر دے دیا ہے، اور العمران والوں کا بل بھی چکا دیا',
    fixture: DAWAKHANA,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'complete_task', args: { task_id: 1 } },
      ],
    },
  },
];
