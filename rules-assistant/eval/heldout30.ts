// A thirtieth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json, tsconfig.json, biome.json, server/features/assistant/tools.ts (the tool contract the expected
// calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory tools, PEOPLE,
// SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures are used), the
// first 150 lines of rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES) and
// the first 200 lines of rules-assistant/eval/heldout23.ts (its header: format, judging conventions, clock, how
// fixtures are declared, its first fixtures; no case of it falls in those lines). Also seen: directory
// listings of /work/main, rules-assistant/eval/, server/ and server/features/assistant/ (names only), and one grep of heldout23.ts for
// where its cases begin, which printed three lines past line 200 (its `export const heldout23` line
// and two `intent: 'add',` lines, no case text). Not opened: anything under rules-assistant/engine/,
// docs/, test/, eval/intent-*.ts, eval/round*.ts, eval/probes*.ts, rules-assistant/eval/utterances-statements.ts, the
// rest of utterances.ts, any other held-out set, any git history, diff, log or status (no git command
// was run), any eval output. The assistant was never run on these cases, nor `npm run eval`; only the
// file's type check and lint, its reply regexes (against hand-written replies) and its expected calls
// (fed straight to the in-memory tools of rules-assistant/eval/memory-tools.ts with each case's fixture and this set's
// clock, the fixtures also parsed by the service's TaskInputSchema) were checked, from a throwaway
// script outside the repository that imports neither the assistant nor rules-assistant/eval/run.ts.
// People (new ones): a wedding planner in Karachi who types English (marquees for the Siddiqui
// mehndi and the Memon baraat, the caterer's advance for the Qureshi walima and the Qureshis' balance,
// a stage decor theme with Mrs Siddiqui, flowers for the mehndi, a Memon caterer tasting and a
// photographer, the weekly vendor invoices, a team meeting and a seating chart on the shared list
// Office of the business Bilal owns, the office internet, her mother's medicine on Family, chairs back
// to a tent service); a hajj and umrah tour operator in Rawalpindi who types English (July and August
// group visa applications, PIA group seats, Makkah and Madinah hotel rooms, a pilgrim briefing session
// and ihram tags on Office, passports from the Raja family and scans for the Chaudhry group, the IATA
// commission, a ground handler in Saudi Arabia, his DTS licence, a weekly WhatsApp update, vaccination
// certificates); a land surveyor in Quetta who types English (surveys at Hanna Urak and Kuchlak, the
// GPS unit, total station batteries, reports and an invoice for Baloch Builders, his field assistant
// Gul Khan's weekly wages, site photos for the QDA on Office, the Hilux, a tripod clamp, a prism pole,
// his daughter Sara's school fee on Family); a mobile repair shop owner in Hyderabad who types Roman
// Urdu (Imran's and Naveed's Vivo screens, Faisal's iPhone, Asif's Tecno, Infinix parts from Karachi,
// the shop rent, his helper boy Shahid's weekly pay, a soldering iron, the credit diary, a shop board,
// his mother's medicine on Family, the electricity bill); a tea stall owner in Lahore who types Roman
// Urdu (the milkmen Bashir and Rafiq, sugar, the gas cylinder, the committee instalment, tea leaves,
// cups, the stove, money back to his brother Saleem on Family, his mother's doctor); a truck driver on
// the Karachi-Peshawar route who types Roman Urdu (a cement load and a fruit load, the rear tyres, the
// token tax, fares from the brokers Haji Rafiq and Niaz, an oil change, the M-Tag, a fitness
// certificate, the weekly diesel account, a tarpaulin, his children's school fees and his wife's
// medicine on Family); a florist in Lahore who types Urdu (wedding stages for Malik sahab and Rana
// sahab, roses from Pattoki, the shop rent, marigold garlands for a mosque, the cold room, his helper
// Naeem's weekly pay, a birthday bouquet, ribbon and foam, his daughter's uniform on Family, the
// electricity bill, cleaning the shop every Friday); a Quran teacher in Bahawalpur who types Urdu (the
// hifz and nazra class tests, a dastar bandi (graduation) ceremony, the madrassa fee, a meeting with
// Hamid's father, certificates, his mother's medicine and his son's admission form on Family, the gas
// bill, new copies of the Quran, hearing the children's manzil every morning, a guest list); a
// restaurant chef in Lahore who types Urdu (the new menu, the vegetable and meat suppliers' accounts, a
// food authority inspection, a kitchen staff meeting on Office, oil drums, catering for Sheikh sahab
// and Butt sahab, the deep freezer, the cooks' medical certificates, the grease filter every Sunday,
// taking the children to their grandmother's on Family, the water tank). They type the way people do:
// no command words, typos, texting shorthand, long indirect sentences, politeness, several requests at
// once, relative dates, recurring things, reminders, edits (dates, times, priority, titles, notes),
// done and not-done news, reopening without the word, moves, assignments, comments, subtasks, deletes,
// skips, a new list, questions, two similar tasks and vague or destructive requests (right outcome:
// ask), small talk and venting that mention what their tasks mention (no tool at all). Many lines are
// news that brings a NEW thing sharing words with an existing task (a new task; the old one untouched)
// or news from someone else (a client, a supplier, an inspector, a relative) that is no task of the
// user's done. One message a case, no earlier turn.
// 155 cases: 60 English, 48 Roman Urdu, 47 Urdu script.
// Intents (heldout23's labels): add (a plain task), details (a new task with a due moment, list,
// priority, tags, recurrence or reminder), complete, reopen, update (title or note), edit (due moment,
// priority, tags, recurrence, reminders of an existing task), delete, skip, move, assign, comment,
// subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Counts: add 14, details 23, complete 11, reopen 6, update 8, edit 13, delete 6, skip 5, move 6,
// assign 5, comment 5, subtask 6, list 4, read 13, ask 12, chat 9, multi 9.
// Fixtures (its own): PLANNER, HAJJ, SURVEY (Latin-script titles, for English cases); MOBILE, CHAI,
// TRUCK (Latin-script titles, for Roman Urdu cases); PHOOL, QARI, CHEF (Urdu-script titles, for Urdu
// cases). Similar pairs: PLANNER 1/2 (the marquees for the Siddiqui mehndi and the Memon baraat), HAJJ
// 1/2 (the July and the August groups' visa applications), SURVEY 1/2 (the Hanna Urak and the Kuchlak
// surveys) and 5/12 (the Hanna Urak and the Kuchlak reports), MOBILE 1/2 (Imran's and Naveed's Vivo
// screens), CHAI 1/12 (the milkmen Bashir's and Rafiq's accounts), TRUCK 5/6 (the fares from Haji
// Rafiq and from Niaz), PHOOL 1/2 (Malik sahab's and Rana sahab's stages), QARI 1/2 (the hifz and the
// nazra class tests), CHEF 2/3 (the vegetable and the meat suppliers' accounts). Lists named Family
// and Office are the shared lists of SHARED_LISTS (Family: the user owns it, Sara Khan editor, Ali Raza
// viewer; Office: Bilal Ahmed owns it, the user and Sara editors); Venues, Decor, Vendors, Visas,
// Flights, Hotels, Sites, Equipment, Reports, Customers, Parts, Loads, Truck, آرڈر, مال, مدرسہ, کچن,
// سپلائر, کیٹرنگ and گھر are the user's own. No list is named Club. Every move goes to one of the
// user's own lists or to the Inbox (never into Office, a list someone else owns); no new task is added
// to Office; every assignment is to Sara (an editor of Family and of Office) or to Bilal (the owner of
// Office), and every comment is on a task in Family or Office.
// Clock (its own): Tuesday 2027-06-29 21:35 Asia/Karachi (UTC+5, no DST) = 2027-06-29T16:35:00.000Z,
// exported as HELDOUT30_NOW / HELDOUT30_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT30_NOW)). It is late evening, so
// "tonight" is still ahead only after 21:35, and the month ends tomorrow. Worked out with node:
//   today (aaj, آج) = Tue 06-29; tonight at 11 (آج رات گیارہ بجے) = 2027-06-29T18:00:00.000Z;
//   tomorrow (tmrw, kal, کل) = Wed 06-30, which is also the end of the month; day after tomorrow
//   (parson, پرسوں) = Thu 07-01, also "thursday" (jumeraat, جمعرات); "in 3 days" = Fri 07-02, also
//   "friday" (jumma, جمعہ); saturday (ہفتے کے دن) = 07-03; sunday = 07-04; monday (اگلے پیر) = 07-05;
//   "next tuesday" = 07-06; the 7th = 07-07; the 8th = 07-08; the 15th = 07-15; the 17th (سترہ تاریخ)
//   = 07-17; the 25th = 07-25; "end of next month" = 07-31; "the 4th is the last day" (چار تاریخ) =
//   07-04; "every month on the 15th" (har mahine 15 tareekh): its first = 07-15. "agle jumeraat" and
//   "agle jumme" (this week's Thursday / Friday, or the next week's?) are genuinely open: their
//   due_date is '*'.
//   Clock times (PKT = UTC+5), as UTC ISO: Wed 06-30 7am (kal subah 7 baje) = 2027-06-30T02:00:00.000Z;
//   Fri 07-02 10am = 05:00Z, 5pm (شام پانچ بجے) = 12:00Z, "friday same time" for a Thursday 4pm =
//   2027-07-02T11:00:00.000Z; Sat 07-03 10am = 2027-07-03T05:00:00.000Z; "next tuesday evening at 6"
//   = 2027-07-06T13:00:00.000Z. "Remind me an hour before" = 60 minutes.
// Judging conventions (those of the earlier blind sets, as heldout23's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles (and list names) are listed only where the request fixes them (quoted, or after a
// colon, or "call it X"); RRULEs and free-text notes and comments are '*' (present), as is an assignee
// (the person's name may be given in several forms, Urdu script too). "Remind me N minutes / hours
// before" expects reminders [{ minutes_before: N }]; other reminders are '*'. "Remind me" expects
// reminders (a due moment alone is not a reminder). A recurring task whose first moment the message
// leaves vague ("every thursday after maghrib") lists no due field. Changes to existing tasks name
// their task_id; tags are the whole new list. Reads are judged by the reply (titles or the date it
// must name), not by which read tool was used. Several changes in one message are expected in the
// order the message gives them. Anything ambiguous is '*' or left out of args. In this set: "urgent",
// "bohat zaroori" and "بہت ضروری" are priority high, as is "should be high priority".
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT30_NOW = new Date('2027-06-29T16:35:00.000Z'); // Tuesday 21:35 in Karachi
export const HELDOUT30_ZONE = 'Asia/Karachi';

/** The wedding planner in Karachi (types English). */
const PLANNER: FixtureTask[] = [
  { id: 1, title: 'Book marquee for Siddiqui mehndi', list: 'Venues', due_date: '2027-07-02' },
  { id: 2, title: 'Book marquee for Memon baraat', list: 'Venues', due_date: '2027-07-10' },
  {
    id: 3,
    title: 'Pay caterer advance for Qureshi walima',
    priority: 'high',
    tags: ['payments'],
    due_date: '2027-06-30',
  },
  {
    id: 4,
    title: 'Finalize stage decor theme with Mrs Siddiqui',
    list: 'Decor',
    due_at: '2027-07-01T11:00:00.000Z',
  },
  {
    id: 5,
    title: 'Send vendor invoices to accounts',
    list: 'Office',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2027-07-02',
  },
  { id: 6, title: 'Confirm photographer for Memon baraat', list: 'Vendors', completed: true },
  { id: 7, title: 'Collect balance payment from Qureshi family', tags: ['payments'], due_date: '2027-07-05' },
  { id: 8, title: 'Team meeting about July bookings', list: 'Office', due_at: '2027-06-30T06:00:00.000Z' },
  { id: 9, title: 'Order fresh flowers for Siddiqui mehndi', list: 'Decor', due_date: '2027-07-01' },
  {
    id: 10,
    title: 'Renew office internet package',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2027-07-01',
  },
  { id: 11, title: 'Print seating chart for Memon baraat', list: 'Office', due_date: '2027-07-09' },
  { id: 12, title: "Pick up Ammi's blood pressure medicine", list: 'Family', due_date: '2027-06-30' },
  { id: 13, title: 'Caterer tasting for Memon walima', list: 'Vendors', due_at: '2027-07-03T10:00:00.000Z' },
  { id: 14, title: 'Return extra chairs to Ali Tent Service', completed: true },
];

/** The hajj and umrah tour operator in Rawalpindi (types English). */
const HAJJ: FixtureTask[] = [
  {
    id: 1,
    title: 'Submit umrah visa applications for July group',
    list: 'Visas',
    priority: 'high',
    due_date: '2027-07-01',
  },
  { id: 2, title: 'Submit umrah visa applications for August group', list: 'Visas', due_date: '2027-07-20' },
  { id: 3, title: 'Confirm PIA group seats for July group', list: 'Flights', due_date: '2027-06-30' },
  { id: 4, title: 'Book Makkah hotel rooms near Haram', list: 'Hotels', due_date: '2027-07-03' },
  {
    id: 5,
    title: 'Pilgrim briefing session at Saddar office',
    list: 'Office',
    due_at: '2027-07-04T06:00:00.000Z',
  },
  { id: 6, title: 'Collect passports from Raja family', tags: ['passports'], due_date: '2027-07-02' },
  { id: 7, title: 'Scan passports for Chaudhry group', tags: ['passports'], completed: true },
  {
    id: 8,
    title: 'Pay IATA agent commission',
    tags: ['payments'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2027-07-05',
  },
  { id: 9, title: 'Print ihram and luggage tags', list: 'Office', due_date: '2027-07-06' },
  { id: 10, title: 'Call Saudi ground handler about Madinah transport', due_date: '2027-06-29' },
  { id: 11, title: 'Renew DTS tourism licence', priority: 'medium', due_date: '2027-07-31' },
  {
    id: 12,
    title: 'Weekly WhatsApp update to pilgrims',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_at: '2027-07-01T14:00:00.000Z',
  },
  { id: 13, title: 'Meningitis vaccination certificates for July group', list: 'Visas', completed: true },
  { id: 14, title: 'Book Madinah hotel for August group', list: 'Hotels', due_date: '2027-07-15' },
];

/** The land surveyor in Quetta (types English). */
const SURVEY: FixtureTask[] = [
  { id: 1, title: 'Topographic survey at Hanna Urak site', list: 'Sites', due_date: '2027-07-01' },
  { id: 2, title: 'Boundary survey for Kuchlak plot', list: 'Sites', due_date: '2027-07-03' },
  { id: 3, title: 'Calibrate GPS unit', list: 'Equipment', completed: true },
  {
    id: 4,
    title: 'Charge total station batteries',
    list: 'Equipment',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2027-07-04',
  },
  {
    id: 5,
    title: 'Send Hanna Urak survey report to Baloch Builders',
    list: 'Reports',
    priority: 'high',
    due_date: '2027-07-05',
  },
  { id: 6, title: 'Invoice Baloch Builders for June', tags: ['billing'], due_date: '2027-06-30' },
  {
    id: 7,
    title: 'Pay Gul Khan his weekly wages',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2027-07-03',
  },
  { id: 8, title: "Pay Sara's school fee", list: 'Family', due_date: '2027-07-05' },
  { id: 9, title: 'Buy geometry box for Sara', list: 'Family', completed: true },
  { id: 10, title: 'Service the Hilux', due_date: '2027-07-08' },
  { id: 11, title: 'Submit site photos to QDA', list: 'Office', due_date: '2027-07-02' },
  { id: 12, title: 'Draft Kuchlak boundary report', list: 'Reports', due_date: '2027-07-07' },
  { id: 13, title: 'Replace tripod leg clamp', list: 'Equipment' },
  { id: 14, title: 'Call DC office about the fard', completed: true },
  { id: 15, title: 'Return prism pole to Jamal', due_date: '2027-06-25' },
];

/** The mobile repair shop owner in Hyderabad (types Roman Urdu). */
const MOBILE: FixtureTask[] = [
  { id: 1, title: 'Imran ka Vivo screen change', list: 'Customers', due_date: '2027-06-30' },
  { id: 2, title: 'Naveed ka Vivo screen change', list: 'Customers', due_date: '2027-07-01' },
  { id: 3, title: 'Karachi se Infinix parts mangwane', list: 'Parts', due_date: '2027-07-01' },
  {
    id: 4,
    title: 'Dukaan ka kiraya dena',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2027-07-01',
  },
  { id: 5, title: 'Shahid ki tankhwa', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2027-07-03' },
  { id: 6, title: 'Asif ka Tecno charging port', list: 'Customers', completed: true },
  { id: 7, title: 'Bijli ka bill', tags: ['bills'], due_date: '2027-07-08' },
  { id: 8, title: 'Soldering iron ki nayi tip lena' },
  { id: 9, title: 'Ammi ki dawai lani', list: 'Family', due_date: '2027-06-30' },
  { id: 10, title: 'Udhaar wali diary update karni' },
  { id: 11, title: 'Samsung A52 ki battery order', list: 'Parts', completed: true },
  { id: 12, title: 'Dukaan ka naya board banwana', due_date: '2027-07-10' },
  { id: 13, title: 'Faisal ka iPhone 11 face ID', list: 'Customers', due_date: '2027-07-02' },
];

/** The tea stall owner in Lahore (types Roman Urdu). */
const CHAI: FixtureTask[] = [
  {
    id: 1,
    title: 'Bashir doodh wale ka hisaab',
    tags: ['hisaab'],
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2027-07-05',
  },
  { id: 2, title: 'Cheeni ki bori lani', due_date: '2027-06-30' },
  { id: 3, title: 'Gas cylinder refill karwana', priority: 'high', due_date: '2027-06-30' },
  { id: 4, title: 'Committee ki qist', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10', due_date: '2027-07-10' },
  { id: 5, title: 'Naye cup aur glass lene' },
  { id: 6, title: 'Tapal patti ka carton lana', due_date: '2027-07-01' },
  { id: 7, title: 'Saleem bhai ko 5000 wapas karne', list: 'Family', due_date: '2027-07-04' },
  { id: 8, title: 'Chulha theek karwana', completed: true },
  { id: 9, title: 'Bijli ka bill jama karwana', tags: ['bills'], due_date: '2027-07-02' },
  { id: 10, title: 'Biscuit aur rusk ka order', completed: true },
  { id: 11, title: 'Ammi ko doctor ke paas le jana', due_at: '2027-07-01T07:00:00.000Z' },
  { id: 12, title: 'Rafiq doodh wale ka hisaab', tags: ['hisaab'], due_date: '2027-07-01' },
];

/** The truck driver on the Karachi-Peshawar route (types Roman Urdu). */
const TRUCK: FixtureTask[] = [
  { id: 1, title: 'Karachi se cement ka load uthana', list: 'Loads', due_date: '2027-06-30' },
  { id: 2, title: 'Peshawar se fruit ka load wapsi', list: 'Loads', due_date: '2027-07-03' },
  { id: 3, title: 'Pichle do tyre badalwane', list: 'Truck', priority: 'high', due_date: '2027-07-01' },
  { id: 4, title: 'Token tax jama karwana', tags: ['govt'], priority: 'high', due_date: '2027-06-30' },
  { id: 5, title: 'Broker Haji Rafiq se kiraya lena', tags: ['paise'], due_date: '2027-07-02' },
  { id: 6, title: 'Broker Niaz se kiraya lena', tags: ['paise'], due_date: '2027-07-06' },
  { id: 7, title: 'Engine oil change karwana', list: 'Truck', due_date: '2027-07-08' },
  { id: 8, title: 'Bachon ki school fees', list: 'Family', due_date: '2027-07-05' },
  { id: 9, title: 'Biwi ke liye dawai lena', list: 'Family', completed: true },
  { id: 10, title: 'M-Tag recharge karna', due_date: '2027-07-01' },
  { id: 11, title: 'Fitness certificate renew karwana', due_date: '2027-07-20' },
  { id: 12, title: 'Diesel ka hisaab likhna', recurrence: 'FREQ=WEEKLY;BYDAY=SU', due_date: '2027-07-04' },
  { id: 13, title: 'Nayi tarpal silwani', list: 'Truck', completed: true },
];

/** The florist in Lahore (types Urdu). */
const PHOOL: FixtureTask[] = [
  { id: 1, title: 'ملک صاحب کی شادی کا اسٹیج سجانا', list: 'آرڈر', due_at: '2027-06-29T13:00:00.000Z' },
  { id: 2, title: 'رانا صاحب کی مہندی کا اسٹیج سجانا', list: 'آرڈر', due_at: '2027-07-03T13:00:00.000Z' },
  { id: 3, title: 'پتوکی سے گلاب منگوانا', list: 'مال', priority: 'high', due_date: '2027-06-30' },
  {
    id: 4,
    title: 'دکان کا کرایہ دینا',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2027-07-01',
  },
  { id: 5, title: 'مسجد کے لیے گیندے کے ہار', list: 'آرڈر', due_date: '2027-07-02' },
  { id: 6, title: 'کولڈ روم کی مرمت', completed: true },
  { id: 7, title: 'نعیم کی تنخواہ', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2027-07-03' },
  { id: 8, title: 'مسز احمد کا سالگرہ کا گلدستہ', list: 'آرڈر', due_at: '2027-06-30T07:00:00.000Z' },
  { id: 9, title: 'ربن اور فوم خریدنا', list: 'مال', completed: true },
  { id: 10, title: 'بیٹی کی اسکول یونیفارم', list: 'Family', due_date: '2027-07-02' },
  { id: 11, title: 'بجلی کا بل', tags: ['bills'], due_date: '2027-07-07' },
  { id: 12, title: 'دکان کی صفائی', recurrence: 'FREQ=WEEKLY;BYDAY=FR', due_date: '2027-07-02' },
];

/** The Quran teacher in Bahawalpur (types Urdu). */
const QARI: FixtureTask[] = [
  { id: 1, title: 'حفظ کلاس کا ٹیسٹ', list: 'مدرسہ', due_date: '2027-06-29' },
  { id: 2, title: 'ناظرہ کلاس کا ٹیسٹ', list: 'مدرسہ', due_date: '2027-07-03' },
  { id: 3, title: 'دستار بندی کی تقریب کی تیاری', list: 'مدرسہ', priority: 'high', due_date: '2027-07-10' },
  { id: 4, title: 'مدرسے کی فیس جمع کرانا', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5', due_date: '2027-07-05' },
  { id: 5, title: 'حامد کے والد سے ملاقات', due_at: '2027-06-30T12:00:00.000Z' },
  { id: 6, title: 'سندیں چھپوانا', list: 'مدرسہ', completed: true },
  { id: 7, title: 'امی کی دوائی لانا', list: 'Family', due_date: '2027-06-30' },
  { id: 8, title: 'بیٹے کا داخلہ فارم', list: 'Family', due_date: '2027-07-06' },
  { id: 9, title: 'گیس کا بل', tags: ['bills'], due_date: '2027-07-02' },
  { id: 10, title: 'قرآن پاک کے نئے نسخے منگوانا', completed: true },
  { id: 11, title: 'بچوں سے منزل سننا', recurrence: 'FREQ=DAILY', due_at: '2027-06-30T00:30:00.000Z' },
  { id: 12, title: 'مہمانوں کی فہرست بنانا', list: 'مدرسہ', due_date: '2027-07-04' },
];

/** The restaurant chef in Lahore (types Urdu). */
const CHEF: FixtureTask[] = [
  { id: 1, title: 'نیا مینیو فائنل کرنا', list: 'کچن', priority: 'high', due_date: '2027-07-02' },
  {
    id: 2,
    title: 'سبزی والے کا حساب',
    list: 'سپلائر',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2027-07-05',
  },
  { id: 3, title: 'گوشت والے کا حساب', list: 'سپلائر', due_date: '2027-07-01' },
  { id: 4, title: 'فوڈ اتھارٹی کے معائنے کی تیاری', priority: 'high', due_date: '2027-07-01' },
  { id: 5, title: 'کچن اسٹاف کی میٹنگ', list: 'Office', due_at: '2027-06-30T10:00:00.000Z' },
  { id: 6, title: 'تیل کے ڈرم منگوانا', list: 'سپلائر', completed: true },
  { id: 7, title: 'شیخ صاحب کی کیٹرنگ (دو سو بندے)', list: 'کیٹرنگ', due_at: '2027-07-03T14:00:00.000Z' },
  { id: 8, title: 'بٹ صاحب کی کیٹرنگ (اسی بندے)', list: 'کیٹرنگ', due_date: '2027-07-08' },
  { id: 9, title: 'ڈیپ فریزر کی سروس', completed: true },
  { id: 10, title: 'باورچیوں کے میڈیکل سرٹیفکیٹ', due_date: '2027-07-05' },
  {
    id: 11,
    title: 'چکنائی والا فلٹر صاف کرنا',
    list: 'کچن',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2027-07-04',
  },
  { id: 12, title: 'بچوں کو نانی کے گھر چھوڑنا', list: 'Family', due_date: '2027-07-03' },
  { id: 13, title: 'پانی کی ٹنکی صاف کروانا', list: 'گھر', due_date: '2027-07-10' },
];

const ASK = { outcome: 'ask' } as const;
const HELP = { outcome: 'help' } as const;

export const heldout30: Utterance[] = [
  // The wedding planner in Karachi (English).
  {
    intent: 'details',
    lang: 'en',
    text: 'ugh the Qureshis now want a mehndi as well 🙄 need to get a marquee booked for that by saturday the 3rd',
    fixture: PLANNER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-03' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Siddiqui mehndi marquee is booked!! paid the token at Royal Palm this evening',
    fixture: PLANNER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'marquee booking done alhamdulillah',
    fixture: PLANNER,
    expect: ASK,
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'Mrs Siddiqui cant do thursday for the decor theme, she asked for friday same time',
    fixture: PLANNER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, due_at: '2027-07-02T11:00:00.000Z' } }],
    },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: '3 weddings in one month and every single mother in law wants gold decor, im losing my mind lol',
    fixture: PLANNER,
    expect: HELP,
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'Mrs Memon called, they want the baraat marquee locked in by the 7th not the 10th, venues are filling up fast',
    fixture: PLANNER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2027-07-07' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'the Memon side also wants a dhol wala for the baraat now, have to find one',
    fixture: PLANNER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'whats on my plate tmrw?',
    fixture: PLANNER,
    expect: { reply: '(?=[\\s\\S]*caterer)(?=[\\s\\S]*meeting)(?=[\\s\\S]*medicine)' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "Finalised the photographer for the Qureshis as well. and the Qureshi balance payment should be high priority, they're always late paying",
    fixture: PLANNER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara's going to handle printing the Memon seating chart, it's hers now",
    fixture: PLANNER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 11, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "comment on tmrw's team meeting for Bilal: we need to go over the two DHA enquiries first thing",
    fixture: PLANNER,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 8, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'the Siddiqui mehndi flower order has 2 bits i keep forgetting, genda strings and rose petals for the entry, put them under it',
    fixture: PLANNER,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 9 } },
        { name: 'add_subtask', args: { task_id: 9 } },
      ],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'accounts guy is on leave so no vendor invoices this friday, skip this weeks one',
    fixture: PLANNER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'the extra chairs thing got sorted ages ago, just get it off my list',
    fixture: PLANNER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "Ammi's checkup with Dr Rizvi is next tuesday evening at 6, remind me an hour before pls",
    fixture: PLANNER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2027-07-06T13:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'the Memon photographer just backed out 😩 back to square one on that',
    fixture: PLANNER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the marquee people are doing the Siddiqui stage too so put the decor theme thing under Venues',
    fixture: PLANNER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 4, list: 'Venues' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'Qureshi balance is 4.5 lakh btw, put the amount in that task so i dont have to dig thru whatsapp',
    fixture: PLANNER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 7, description: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'I need a separate list for all the Qureshi wedding stuff, call it Qureshi Wedding',
    fixture: PLANNER,
    expect: { calls: [{ name: 'create_list', args: { name: 'Qureshi Wedding' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'PTCL guy says the fiber installation at the office is friday 10am, someone has to be there',
    fixture: PLANNER,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-07-02T05:00:00.000Z' } }] },
  },

  // The hajj and umrah tour operator in Rawalpindi (English).
  {
    intent: 'complete',
    lang: 'en',
    text: 'alhamdulillah July group visas all submitted today',
    fixture: HAJJ,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'submitted the umrah visa apps 👍',
    fixture: HAJJ,
    expect: ASK,
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'PIA is adding an extra flight for the August group, I need to confirm seats on it by the 15th',
    fixture: HAJJ,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-15' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'hotel agent in Makkah can only hold the rooms till end of month so the booking has to be done by then',
    fixture: HAJJ,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2027-06-30' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'August group needs a briefing session as well, date not fixed yet',
    fixture: HAJJ,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'bhai these Makkah hotel rates this season are crazy, 3 star near Haram asking 900 riyal a night',
    fixture: HAJJ,
    expect: HELP,
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'comment on the ihram tags task for Bilal - printer wants the final pilgrim count by thursday',
    fixture: HAJJ,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara will run sunday's briefing, put her on it",
    fixture: HAJJ,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 5, assignee: '*' } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: '2 of the Chaudhry group passport scans came out blurry and got bounced back, have to redo the scanning',
    fixture: HAJJ,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'which passports am i still waiting on?',
    fixture: HAJJ,
    expect: { reply: 'Raja' },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "skip this week's whatsapp update, nothing new to tell them",
    fixture: HAJJ,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 12 } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "remind me at 11 tonight to call Rana sahab about his mother's wheelchair for tawaf",
    fixture: HAJJ,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2027-06-29T18:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "the August group's client is booking Madinah himself, so drop the Madinah hotel task",
    fixture: HAJJ,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'under the briefing session add the prep bits: chairs, projector, dua booklets',
    fixture: HAJJ,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 5 } },
        { name: 'add_subtask', args: { task_id: 5 } },
        { name: 'add_subtask', args: { task_id: 5 } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the ground handler call is about Jeddah airport transfers too, not just Madinah, fix the title',
    fixture: HAJJ,
    expect: { calls: [{ name: 'update_task', args: { task_id: 10, title: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "Raja sahab's nephew wants to join the July group now, need his passport copy and CNIC from him",
    fixture: HAJJ,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'got the Raja family passports this afternoon, and the licence renewal is urgent now, DTS sent a notice',
    fixture: HAJJ,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'set_task_details', args: { task_id: 11, priority: 'high' } },
      ],
    },
  },
  {
    intent: 'move',
    lang: 'en',
    text: "put the IATA commission under Flights, that's where all my airline stuff is",
    fixture: HAJJ,
    expect: { calls: [{ name: 'move_task', args: { task_id: 8, list: 'Flights' } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'clear out all the old visa stuff',
    fixture: HAJJ,
    expect: ASK,
  },
  {
    intent: 'read',
    lang: 'en',
    text: "when's the briefing session again?",
    fixture: HAJJ,
    expect: { reply: '(sunday|\\bsun\\b|\\b4(th)?\\b|07-04)' },
  },

  // The land surveyor in Quetta (English).
  {
    intent: 'complete',
    lang: 'en',
    text: 'Hanna Urak topo done finally, 6 hours in that sun',
    fixture: SURVEY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "the GPS unit needs a new antenna cable, old one's cracked",
    fixture: SURVEY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'GPS unit is drifting by like 20cm again, the calibration didnt hold',
    fixture: SURVEY,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Baloch Builders want a 2nd survey at their Sariab Road plot, in 3 days they said',
    fixture: SURVEY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-02' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'client wants the Hanna Urak report by friday now instead of monday',
    fixture: SURVEY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2027-07-02' } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'Quetta wind blew my tripod over twice today, nearly lost the prism 😤',
    fixture: SURVEY,
    expect: HELP,
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "Bilal's doing the QDA photo submission himself, and the Kuchlak survey got pushed to monday",
    fixture: SURVEY,
    expect: {
      calls: [
        { name: 'assign_task', args: { task_id: 11, assignee: '*' } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2027-07-05' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Sara needs new school shoes, her toes are coming out of the old ones',
    fixture: SURVEY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'paid Gul Khan for this week. his wages go up to 9000 from next week, note that in the task',
    fixture: SURVEY,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'update_task', args: { task_id: 7, description: '*' } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'anything overdue?',
    fixture: SURVEY,
    expect: { reply: '(prism|Jamal)' },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'no battery charging this sunday, all the gear is out at the site till the 10th',
    fixture: SURVEY,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "Sara's parent teacher meeting is saturday at 10, I should go",
    fixture: SURVEY,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-07-03T05:00:00.000Z' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'got a whole new tripod so the leg clamp doesnt need replacing, get rid of that task',
    fixture: SURVEY,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the Kuchlak report is gonna include the demarcation map too, call it Kuchlak boundary report + demarcation map',
    fixture: SURVEY,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 12, title: 'Kuchlak boundary report + demarcation map' } },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'we got the Gwadar contract!! start a new list for the Gwadar project',
    fixture: SURVEY,
    expect: { calls: [{ name: 'create_list', args: { name: '*' } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'push the survey to next week',
    fixture: SURVEY,
    expect: ASK,
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'make the Hilux service repeat every 2 months',
    fixture: SURVEY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, recurrence: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'need to invoice Baloch Builders for July too, by end of next month',
    fixture: SURVEY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-31' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'is there anything pending for Sara?',
    fixture: SURVEY,
    expect: { reply: 'school fee' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'delete the report',
    fixture: SURVEY,
    expect: ASK,
  },

  // The mobile repair shop owner in Hyderabad (Roman Urdu).
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Imran ka vivo screen laga diya, woh le bhi gaya',
    fixture: MOBILE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'vivo wala screen ho gaya bhai',
    fixture: MOBILE,
    expect: ASK,
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Naveed bhai ka doosra phone bhi aa gaya, Oppo A57 ki battery change, parson tak dena hai',
    fixture: MOBILE,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-01' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'karachi se ek aur parcel aana hai TCS se, adde se uthana hai',
    fixture: MOBILE,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Karachi wale parts ab jumme tak aayenge, supplier ne bataya',
    fixture: MOBILE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2027-07-02' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Shahid ke liye ek naya aapron aur screwdriver set lena hai',
    fixture: MOBILE,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj sara din light nahi thi, ek bhi screen nahi lag saki, bas ludo khelta raha 😂',
    fixture: MOBILE,
    expect: HELP,
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'Asif ka Tecno wapis aa gaya, charging phir nahi ho rahi',
    fixture: MOBILE,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'board wala kaam cancel, malik ne mana kar diya board lagane se',
    fixture: MOBILE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal kya kya karna hai?',
    fixture: MOBILE,
    expect: { reply: '(?=[\\s\\S]*Imran)(?=[\\s\\S]*dawai)' },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine 15 tareekh ko committee ke 10 hazar dene hote hain, yaad dila dena',
    fixture: MOBILE,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2027-07-15', recurrence: '*', reminders: '*' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'Imran wala screen ho gaya, aur Naveed wala bhi kal tak karna hai',
    fixture: MOBILE,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2027-06-30' } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'Customers wali list mein kya kya baqi hai?',
    fixture: MOBILE,
    expect: { reply: '(?=[\\s\\S]*Imran)(?=[\\s\\S]*Naveed)(?=[\\s\\S]*Faisal)' },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'Faisal ke iPhone mein do kaam hain: pehle board check karna, phir face id flex mangwani, isko uske neeche daal do',
    fixture: MOBILE,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 13 } },
        { name: 'add_subtask', args: { task_id: 13 } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'Faisal ke iPhone wale kaam mein likh do ke 3500 advance le liya hai',
    fixture: MOBILE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 13, description: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'soldering station ka naya stand bhi lena hai, bohat zaroori hai',
    fixture: MOBILE,
    expect: { calls: [{ name: 'add_task_details', args: { priority: 'high' } }] },
  },

  // The tea stall owner in Lahore (Roman Urdu).
  {
    intent: 'complete',
    lang: 'roman',
    text: 'cylinder bharwa liya aaj, 3200 ka pada',
    fixture: CHAI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'doodh wale ka hisaab kar diya',
    fixture: CHAI,
    expect: ASK,
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'committee wali baji ne bataya is dafa qist 10 ki bajaye 8 tareekh ko deni hai',
    fixture: CHAI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2027-07-08' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'bhai ki bike ki service bhi karwani hai, usne chabi de di hai',
    fixture: CHAI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj itni garmi thi ke chai kisi ne nahi pi, sirf lassi bikti rahi, doodh bhi khatam',
    fixture: CHAI,
    expect: HELP,
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal subah 7 baje Rafiq se 10 kilo doodh extra lena hai',
    fixture: CHAI,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-06-30T02:00:00.000Z' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'biscuit wala order to kab ka aa gaya tha, woh list se hata do',
    fixture: CHAI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'chulha phir se kharab ho gaya, mistri dobara bulana padega',
    fixture: CHAI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'gas cylinder kab bharwana tha?',
    fixture: CHAI,
    expect: { reply: '(30|kal|tomorrow|wed)' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'cheeni ki bori le aaya, aur patti ka carton agle jumme tak le aana hai',
    fixture: CHAI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'set_task_details', args: { task_id: 6, due_date: '*' } },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'aaj Rafiq doodh wale ka sara hisaab chuka diya',
    fixture: CHAI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'bhai ke 5000 wale kaam pe comment kar do: aadhe de diye, baqi agle mahine',
    fixture: CHAI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 7, body: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: "ek nayi list bana do 'Committee' naam se",
    fixture: CHAI,
    expect: { calls: [{ name: 'create_list', args: { name: 'Committee' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har jumeraat maghrib ke baad masjid mein 20 cup chai bhejni hai',
    fixture: CHAI,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*' } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'Ammi ko doctor ke paas le jane wala kaam Family wali list mein daal do',
    fixture: CHAI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'Family' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'naye cup wale kaam ka naam badal do: Naye cup, glass aur chamchay lene',
    fixture: CHAI,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 5, title: 'Naye cup, glass aur chamchay lene' } }],
    },
  },

  // The truck driver on the Karachi-Peshawar route (Roman Urdu).
  {
    intent: 'complete',
    lang: 'roman',
    text: 'cement wala load utha liya, raat ko nikal raha hoon Peshawar',
    fixture: TRUCK,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'broker se kiraya mil gaya',
    fixture: TRUCK,
    expect: ASK,
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Multan se khaad ka load milega parson, bhoolna nahi',
    fixture: TRUCK,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-01' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'tyre ab agle jumeraat Sukkur mein badalwaunga, wahan sasta hai',
    fixture: TRUCK,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'yaar Kohat tunnel pe 3 ghante line lagi rahi, tyre bhi garam ho gaye',
    fixture: TRUCK,
    expect: HELP,
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'token tax ke saath route permit bhi renew karwana hai, 15 tareekh tak',
    fixture: TRUCK,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-15' } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'token tax jama ho gaya, aur M-tag wala kaam kal hi karna hai',
    fixture: TRUCK,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 4 } },
        { name: 'set_task_details', args: { task_id: 10, due_date: '2027-06-30' } },
      ],
    },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'bachon ki fees is dafa Sara jama karwa degi',
    fixture: TRUCK,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'biwi keh rahi hai munni ke liye bukhar ka syrup bhi lana hai, dawai wali dukaan se',
    fixture: TRUCK,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'Truck wali list mein kya baqi hai?',
    fixture: TRUCK,
    expect: { reply: '(?=[\\s\\S]*tyre)(?=[\\s\\S]*oil)' },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'diesel ke hisaab ke liye nayi diary leni hai',
    fixture: TRUCK,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'fitness certificate ki aakhri tareekh 25 hai, 20 nahi',
    fixture: TRUCK,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, due_date: '2027-07-25' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'Peshawar wale fruit load ke neeche yeh daal do: rassi kharidni, barf ka intezam',
    fixture: TRUCK,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 2 } },
        { name: 'add_subtask', args: { task_id: 2 } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Haji Rafiq ne ek naye broker ka number diya hai, usko phone karna hai',
    fixture: TRUCK,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'M-tag recharge wala kaam Truck wali list mein daal do',
    fixture: TRUCK,
    expect: { calls: [{ name: 'move_task', args: { task_id: 10, list: 'Truck' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'tarpal wale kaam mein note likh do ke 8500 diye, Sohrab Goth wali dukaan se',
    fixture: TRUCK,
    expect: { calls: [{ name: 'update_task', args: { task_id: 13, description: '*' } }] },
  },

  // The florist in Lahore (Urdu).
  {
    intent: 'complete',
    lang: 'ur',
    text: 'ملک صاحب والا اسٹیج آج شام مکمل ہو گیا، سب نے بہت تعریف کی',
    fixture: PHOOL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'اسٹیج والا کام ہو گیا ہے',
    fixture: PHOOL,
    expect: ASK,
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'پتوکی والے نے کہا ہے کہ موتیا بھی جمعرات کو بھیجے گا، وہ وصول کرنا ہے',
    fixture: PHOOL,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-01' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'پتوکی سے فون آیا تھا، گلاب اب کل کی بجائے پرسوں آئیں گے',
    fixture: PHOOL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2027-07-01' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج کی گرمی میں آدھے گلاب مرجھا گئے، دل بہت خراب ہوا',
    fixture: PHOOL,
    expect: HELP,
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مسز احمد نے اپنی بیٹی کے لیے بھی ایک گلدستہ کہا ہے',
    fixture: PHOOL,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے کن کن شادیوں کے اسٹیج ہیں؟',
    fixture: PHOOL,
    expect: { reply: '(?=[\\s\\S]*ملک)(?=[\\s\\S]*رانا)' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کل کون کون سے آرڈر ہیں؟',
    fixture: PHOOL,
    expect: { reply: 'گلدستہ' },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس ہفتے نعیم کی تنخواہ نہیں دینی، وہ پہلے ہی ایڈوانس لے چکا ہے',
    fixture: PHOOL,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'مسجد والے ہاروں کا آرڈر منسوخ ہو گیا ہے، اسے ختم کر دیں',
    fixture: PHOOL,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'رانا صاحب کی مہندی کے لیے دو سو گجرے بھی بنانے ہیں، ہفتے کے دن تک',
    fixture: PHOOL,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-03' } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'بیٹی کی یونیفارم سارہ لے آئے گی، اس کے ذمے لگا دیں',
    fixture: PHOOL,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'گلاب پہنچ گئے، اور اس جمعے دکان کی صفائی نہیں ہو گی، اگلے ہفتے کریں گے',
    fixture: PHOOL,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'skip_occurrence', args: { task_id: 12 } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'سالگرہ والے گلدستے میں نوٹ لکھ لیں کہ سرخ اور سفید گلاب ہوں اور کارڈ پر ہیپی برتھ ڈے زینب لکھنا ہے',
    fixture: PHOOL,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, description: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'شادیوں کے آرڈرز کے لیے الگ فہرست بنا دیں، نام رکھیں شادی سیزن',
    fixture: PHOOL,
    expect: { calls: [{ name: 'create_list', args: { name: 'شادی سیزن' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر جمعرات داتا دربار کے لیے گلاب کی پتیاں بھیجنی ہوتی ہیں، یاد دلا دیا کریں',
    fixture: PHOOL,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', reminders: '*' } }] },
  },

  // The Quran teacher in Bahawalpur (Urdu).
  {
    intent: 'complete',
    lang: 'ur',
    text: 'حفظ کلاس کا ٹیسٹ لے لیا، ماشاءاللہ سب بچے پاس ہو گئے',
    fixture: QARI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'بچوں کا ٹیسٹ اگلے ہفتے پر ڈال دیں',
    fixture: QARI,
    expect: ASK,
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'دستار بندی میں مفتی صاحب کو مہمان خصوصی بلانا ہے، اگلے پیر تک دعوت نامہ دینا ہے',
    fixture: QARI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-05' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'دستار بندی کی تقریب اب سترہ تاریخ کو ہو گی، تیاری بھی اسی حساب سے',
    fixture: QARI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2027-07-17' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج عصر کے بعد بچوں نے بہت پیارا سبق سنایا، دل خوش ہو گیا',
    fixture: QARI,
    expect: HELP,
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'سندوں پر دو بچوں کے نام غلط چھپ گئے، دوبارہ چھپوانی پڑیں گی',
    fixture: QARI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے مدرسے کے کون سے کام باقی ہیں؟',
    fixture: QARI,
    expect: { reply: '(?=[\\s\\S]*ناظرہ)(?=[\\s\\S]*مہمان)' },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'امی کے لیے نیا چشمہ بنوانا ہے',
    fixture: QARI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'کل صبح منزل نہیں سنوں گا، ملتان جانا ہے',
    fixture: QARI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 11 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'حامد کے والد آج ہی آ گئے تھے، ملاقات ہو گئی',
    fixture: QARI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'حامد کی والدہ کا فون آیا تھا، جمعہ کو شام پانچ بجے ملنا چاہتی ہیں',
    fixture: QARI,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-07-02T12:00:00.000Z' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'دستار بندی کی تیاری کے نیچے یہ بھی ڈال دیں: اسٹیج، کھانے کا انتظام، ساؤنڈ سسٹم',
    fixture: QARI,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 3 } },
        { name: 'add_subtask', args: { task_id: 3 } },
        { name: 'add_subtask', args: { task_id: 3 } },
      ],
    },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'بیٹے کا داخلہ فارم فیملی والی فہرست سے نکال کر ان باکس میں رکھ دیں',
    fixture: QARI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 8, list: 'inbox' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'امی کی دوائی والے کام پر سارہ کے لیے تبصرہ کر دیں کہ شوگر والی گولیاں بھی لانی ہیں',
    fixture: QARI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 7, body: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'بجلی کا بل بھی آ گیا ہے، چار تاریخ آخری ہے',
    fixture: QARI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-04' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'ناظرہ کلاس کا ٹیسٹ بھی ہو گیا، اور مہمانوں کی فہرست بہت ضروری ہے',
    fixture: QARI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'set_task_details', args: { task_id: 12, priority: 'high' } },
      ],
    },
  },

  // The restaurant chef in Lahore (Urdu).
  {
    intent: 'complete',
    lang: 'ur',
    text: 'گوشت والے کا سارا حساب آج صاف کر دیا',
    fixture: CHEF,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سپلائر کا حساب ہو گیا',
    fixture: CHEF,
    expect: ASK,
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'فوڈ اتھارٹی والوں نے پانی کی ٹیسٹ رپورٹ بھی مانگی ہے، جمعرات تک دینی ہے',
    fixture: CHEF,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-07-01' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'انسپکٹر کا فون آیا تھا، معائنہ اب جمعرات کی بجائے جمعے کو ہو گا',
    fixture: CHEF,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2027-07-02' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج شام دو سو بندوں کی کڑاہی بنائی، ہاتھ تھوڑا جل گیا',
    fixture: CHEF,
    expect: HELP,
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'بٹ صاحب کے بیٹے نے اپنے دفتر کے لیے بھی کیٹرنگ کا پوچھا ہے، انہیں ریٹ بھیجنے ہیں',
    fixture: CHEF,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'ڈیپ فریزر پھر سے برف نہیں جما رہا، اور میڈیکل سرٹیفکیٹ جمعرات تک بنوانے ہیں',
    fixture: CHEF,
    expect: {
      calls: [
        { name: 'reopen_task', args: { task_id: 9 } },
        { name: 'set_task_details', args: { task_id: 10, due_date: '2027-07-01' } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کیٹرنگ کے کون کون سے آرڈر آ رہے ہیں؟',
    fixture: CHEF,
    expect: { reply: '(?=[\\s\\S]*شیخ)(?=[\\s\\S]*بٹ)' },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'کچن اسٹاف کی میٹنگ بلال کروائے گا',
    fixture: CHEF,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 5, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'میٹنگ والے کام پر تبصرہ لکھ دیں کہ سب لوگ وردی میں آئیں',
    fixture: CHEF,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 5, body: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'نئے مینیو والے کام کا نام بدل کر سمر مینیو فائنل کرنا رکھ دیں',
    fixture: CHEF,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, title: 'سمر مینیو فائنل کرنا' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'روز رات گیارہ بجے گیس کے والو بند کرنے کی یاد دہانی لگا دیں، آج سے',
    fixture: CHEF,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2027-06-29T18:00:00.000Z', recurrence: '*', reminders: '*' },
        },
      ],
    },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سارے پرانے کام صاف کر دیں',
    fixture: CHEF,
    expect: ASK,
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'بچوں کو نانی کے گھر چھوڑنے والا کام فیملی سے ہٹا کر گھر والی فہرست میں ڈال دیں',
    fixture: CHEF,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'گھر' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'نئے مینیو والے کام کے نیچے یہ ڈال دیں: قیمتیں طے کرنا، کھانوں کی تصویریں بنوانا',
    fixture: CHEF,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 1 } },
        { name: 'add_subtask', args: { task_id: 1 } },
      ],
    },
  },
];
