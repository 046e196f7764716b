// A twenty-first held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), biome.json (its formatter settings), server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures
// are used), rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES) and the
// first 140 lines of rules-assistant/eval/heldout20.ts (its header: format, judging conventions, clock, how fixtures
// are declared). Also seen: directory listings of /work/main, rules-assistant/eval/ and server/features/assistant/, a listing of
// /tmp (names only, to place the check script) and the names of changed files in `git status` (names
// only, no content). Not opened: anything under rules-assistant/engine/, docs/, test/,
// eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/probes17.ts, rules-assistant/eval/utterances-statements.ts, the rest of
// utterances.ts, any other held-out set's cases (beyond heldout20's first 140 lines: its header and
// its first fixtures), any git history or diff, any earlier eval output.
// The assistant was never run on these cases; only the file's type check, its own reply regexes
// (through judge() against hand-written replies) and its expected calls (fed straight to the
// in-memory tools) were checked, from a throwaway script outside the repository.
// People (new ones): a dentist with a small practice in Islamabad (Mrs and Mr Qureshi's root canal
// follow-up and crown fitting, an extraction, braces, the autoclave's servicing, a Dentmart order, the
// weekly X-ray sensor cleaning, the assistant's salary, the PMDC renewal, a quarterly tax return, a
// Karachi conference flight); a journalist in Karachi (a Lyari water story, a KWSC interview, a budget
// fact-check and the water story's photos on the shared list Office that Bilal, her editor, owns with
// Sara; two interviews to transcribe, a weekly column, press club dues, the press card, a Dawn
// invoice, a heatwave idea); a new mother back at work as an HR manager in Lahore (her baby Zoya's
// vaccination, daycare fee and bottles, two job interviews she conducts, appraisal forms, maternity
// paperwork, the car insurance, and formula, her mother's pot and the weekly grocery run on the Family
// list she shares with Sara); a wedding photographer in Lahore who types Roman Urdu (a couple's mehndi
// and barat shoots, a walima, an album delivery, drone batteries, a second shooter's pay, a weekly
// reel, sensor cleaning, a cancelled pre-wedding shoot); a property dealer in Rawalpindi who types
// Roman Urdu (showing a house, token money, two plot file transfers at the Bahria office, a
// commission, weekly Zameen.com listings, a registry at the patwari, a rental flat, his mother's
// medicine on the Family list); a school-van driver in Hyderabad who types Roman Urdu (the monthly van
// fees, the fitness certificate, tyres, oil change, two parents to talk to, the van's weekly wash, a
// committee instalment, a school trip); a madrassa (hifz) teacher who types Urdu (two students'
// manzil, the monthly test papers, the Friday bayan, the attendance register, a parents' meeting, the
// electricity bill, his daughter's fee, his father's glasses on the Family list); a textile-mill shift
// supervisor in Faisalabad who types Urdu (the night-shift roster, repairs of looms 12 and 21, the
// overtime sheet, a fire drill, a daily production report, safety shoes, his children's fee, his
// father's checkup, a committee instalment). They type the way people do: no command words, typos,
// texting shorthand, long indirect sentences, politeness, several requests at once, relative dates,
// recurring things, reminders, edits (dates, priority, titles, notes, tags), done and not-done news,
// reopening without the word, moves, assignments, comments, subtasks, deletes, skips, a new list,
// questions, two similar tasks and vague or destructive requests (right outcome: ask), small talk (no
// tool at all). One message a case, no earlier turn.
// 155 cases: 65 English, 45 Roman Urdu, 45 Urdu script.
// Intents (this set's labels, as heldout20's): add (a plain task), details (a new task with a due
// moment, list, priority, tags, recurrence or reminder), complete, reopen, update (title or note),
// edit (due moment, priority, tags, recurrence, reminders of an existing task), delete, skip, move,
// assign, comment, subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Fixtures (its own): DANDAAN, KHABAR, AMMI (Latin-script titles, for English cases); TASVEER,
// PROPERTY, VAN (Latin-script titles, for Roman Urdu cases); MADRASSA, MILL (Urdu-script titles, for
// Urdu cases). Similar pairs: DANDAAN 1/2 (Mrs Qureshi's root canal follow-up and Mr Qureshi's crown
// fitting), KHABAR 5/6 (transcribing the fishermen's and the port workers' interviews), AMMI 6/7 (the
// HR assistant and the payroll officer interviews), TASVEER 1/2 (Rabia & Usman's mehndi and barat
// shoots), PROPERTY 3/4 (the file transfers of plots 233 and 418), VAN 5/6 (talking to Hassan's mother
// and to Areeba's father), MADRASSA 1/2 (Usman's and Umair's manzil), MILL 2/3 (the repairs of looms 12
// and 21). Lists named Family and Office are the shared lists of SHARED_LISTS (Family: the user owns
// it, Sara Khan editor, Ali Raza viewer; Office: Bilal Ahmed owns it, the user and Sara editors);
// Patients, Clinic, Ideas, Baby, Work, Shoots, Delivery, Deals, Parents, طلبہ, مدرسہ, گھر and فیکٹری are
// the user's own. No list is named Club. Every move goes to one of the user's own lists or to Family;
// every assignment is to Sara (an editor of Family and of Office) or to Bilal (the owner of Office).
// Clock (its own): Monday 2029-11-12 17:35 Asia/Karachi (UTC+5, no DST) = 2029-11-12T12:35:00.000Z,
// exported as HELDOUT21_NOW / HELDOUT21_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT21_NOW)).
//   today (aaj, آج) = Mon 11-12; tomorrow (tmrw, kal, کل) = Tue 11-13; day after tomorrow (parson) =
//   Wed 11-14; Wednesday (budh, بدھ) = 11-14; Thursday (jumeraat, جمعرات) = 11-15; Friday (jumma,
//   جمعہ) = 11-16; Saturday (hafta, ہفتہ) = 11-17; Sunday (itwar, اتوار) = 11-18; "agle somvar" (next
//   Monday) = 11-19; the 20th = Tue 11-20; the 22nd = Thu 11-22; the 24th = Sat 11-24; this week = Mon
//   11-12 .. Sun 11-18 (search due 'week' = 11-12..11-18); 1st of the month (1 tareekh) = Sat 12-01;
//   "every month on the 25th" (ہر مہینے کی 25 تاریخ): its first = Sun 11-25; "every Friday": its first
//   = Fri 11-16; "every Tuesday at 9am": its first = Tue 11-13; "every morning at 8": its first = Tue
//   11-13 (8am today is past); "every Sunday at 9am / 5pm": its first = Sun 11-18.
//   Clock times (PKT = UTC+5), as UTC ISO: tomorrow (Tue 11-13) 6am = 2029-11-13T01:00:00.000Z, 8am =
//   03:00Z, 9am = 04:00Z; Wednesday 11-14 11am = 2029-11-14T06:00:00.000Z, 11:30am = 06:30Z; Thursday
//   11-15 11am = 2029-11-15T06:00:00.000Z, 3pm = 10:00Z, 4:30pm = 11:30Z; Friday 11-16 2pm =
//   2029-11-16T09:00:00.000Z, 8pm = 15:00Z; Sunday 11-18 9am = 2029-11-18T04:00:00.000Z, 5pm = 12:00Z;
//   Saturday 11-24 3pm = 2029-11-24T10:00:00.000Z. "Remind me a day before" = 1440 minutes, "2 days
//   before" = 2880, "2 hours before" = 120, "an hour before" = 60, "half an hour before" = 30, "10 min
//   before" = 10. "Same time" keeps the task's clock time on the new day.
// Judging conventions (those of the earlier blind sets, as heldout20's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles (and list names) are listed only where the request fixes them (quoted, or after a
// colon, or "called X"); RRULEs and free-text notes and comments are '*' (present), as is an assignee
// (the person's name may be given in several forms). "Remind me N minutes / hours / a day before"
// expects reminders [{ minutes_before: N }]; other reminders are '*'. "Remind me" expects reminders (a
// due moment alone is not a reminder). Changes to existing tasks name their task_id; tags are the
// whole new list. Reads are judged by the reply (titles or the date it must name), not by which read
// tool was used. Several changes in one message are expected in the order the message gives them.
// Anything ambiguous is '*' or left out of args.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT21_NOW = new Date('2029-11-12T12:35:00.000Z'); // Monday 17:35 in Karachi
export const HELDOUT21_ZONE = 'Asia/Karachi';

/** The dentist with a small practice in Islamabad. */
const DANDAAN: FixtureTask[] = [
  { id: 1, title: 'Root canal follow-up for Mrs Qureshi', list: 'Patients', due_date: '2029-11-13' },
  { id: 2, title: 'Crown fitting for Mr Qureshi', list: 'Patients', due_date: '2029-11-14' },
  { id: 3, title: 'Send autoclave for servicing', list: 'Clinic', priority: 'high', due_date: '2029-11-12' },
  { id: 4, title: 'Order composite and bonding agent from Dentmart', list: 'Clinic' },
  { id: 5, title: 'Renew PMDC registration', priority: 'medium', due_date: '2029-12-31' },
  {
    id: 6,
    title: 'Clean X-ray sensor',
    list: 'Clinic',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2029-11-16',
  },
  {
    id: 7,
    title: 'Pay assistant salary',
    tags: ['payroll'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2029-12-01',
  },
  { id: 8, title: 'Extraction for Hamza Javed', list: 'Patients', due_at: '2029-11-13T06:30:00.000Z' },
  { id: 9, title: 'Reply to Dr Faraz about the CPD workshop', completed: true },
  { id: 10, title: 'Update patient records in the software', tags: ['admin'], due_date: '2029-11-10' },
  { id: 11, title: 'Buy new suction tips', list: 'Clinic', completed: true },
  { id: 12, title: 'Braces adjustment for Anaya', list: 'Patients', due_date: '2029-11-19' },
  {
    id: 13,
    title: 'File quarterly tax return',
    tags: ['admin'],
    priority: 'high',
    due_date: '2029-11-15',
  },
  { id: 14, title: 'Book flight for Karachi dental conference', due_date: '2029-11-20' },
];

/** The journalist in Karachi. */
const KHABAR: FixtureTask[] = [
  {
    id: 1,
    title: 'File story on Lyari water shortage',
    list: 'Office',
    priority: 'high',
    due_at: '2029-11-12T14:00:00.000Z',
  },
  { id: 2, title: 'Interview KWSC spokesperson', list: 'Office', due_at: '2029-11-13T05:00:00.000Z' },
  { id: 3, title: 'Fact-check budget figures for Sunday piece', list: 'Office', due_date: '2029-11-16' },
  { id: 4, title: 'Write weekly column', recurrence: 'FREQ=WEEKLY;BYDAY=TH', due_date: '2029-11-15' },
  { id: 5, title: 'Transcribe interview with fishermen at Ibrahim Hyderi', due_date: '2029-11-11' },
  { id: 6, title: 'Transcribe interview with port workers union', due_date: '2029-11-14' },
  {
    id: 7,
    title: 'Pay press club dues',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2029-12-10',
  },
  { id: 8, title: 'Renew press card', priority: 'medium', due_date: '2029-11-30' },
  { id: 9, title: 'Pitch climate series to Bilal', list: 'Office', completed: true },
  { id: 10, title: 'Send invoice to Dawn for freelance piece', tags: ['invoices'], due_date: '2029-11-09' },
  { id: 11, title: 'Back up recorder files' },
  { id: 12, title: 'Call Amna about the court hearing', due_date: '2029-11-13' },
  { id: 13, title: 'Get photos for the water story', list: 'Office', assignee_id: 'sara' },
  { id: 14, title: 'Read the new PEMRA guidelines', completed: true },
  { id: 15, title: 'Research Karachi heatwave data', list: 'Ideas' },
];

/** The new mother back at work (an HR manager in Lahore). */
const AMMI: FixtureTask[] = [
  { id: 1, title: "Zoya's 14-week vaccination at EPI centre", list: 'Baby', due_date: '2029-11-15' },
  {
    id: 2,
    title: 'Pay daycare fee',
    list: 'Baby',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2029-12-05',
  },
  { id: 3, title: 'Buy formula and diapers', list: 'Family' },
  {
    id: 4,
    title: 'Sterilize bottles',
    list: 'Baby',
    recurrence: 'FREQ=DAILY',
    due_at: '2029-11-12T16:00:00.000Z',
  },
  {
    id: 5,
    title: 'Finish appraisal forms for sales team',
    list: 'Work',
    priority: 'high',
    due_date: '2029-11-14',
  },
  { id: 6, title: 'Interview for HR assistant position', list: 'Work', due_at: '2029-11-13T09:00:00.000Z' },
  {
    id: 7,
    title: 'Interview for payroll officer position',
    list: 'Work',
    due_at: '2029-11-15T09:00:00.000Z',
  },
  { id: 8, title: 'Book pediatrician appointment for Zoya', list: 'Baby', completed: true },
  { id: 9, title: 'Send thank you cards for baby gifts', due_date: '2029-11-08' },
  { id: 10, title: "Return Ammi's hot pot", list: 'Family' },
  { id: 11, title: 'Renew car insurance', priority: 'medium', due_date: '2029-11-20' },
  { id: 12, title: 'Ask admin for a pumping room', list: 'Work', completed: true },
  { id: 13, title: 'Maternity leave paperwork for HR file', list: 'Work', due_date: '2029-11-09' },
  {
    id: 14,
    title: 'Weekly grocery run',
    list: 'Family',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2029-11-17',
  },
];

/** The wedding photographer in Lahore (Roman Urdu). */
const TASVEER: FixtureTask[] = [
  {
    id: 1,
    title: 'Mehndi shoot - Rabia & Usman',
    list: 'Shoots',
    due_at: '2029-11-14T14:00:00.000Z',
  },
  {
    id: 2,
    title: 'Barat shoot - Rabia & Usman',
    list: 'Shoots',
    due_at: '2029-11-16T13:00:00.000Z',
  },
  { id: 3, title: 'Walima shoot - Fatima & Danish', list: 'Shoots', due_date: '2029-11-18' },
  {
    id: 4,
    title: 'Deliver album to Kiran & Saad',
    list: 'Delivery',
    priority: 'high',
    due_date: '2029-11-10',
  },
  { id: 5, title: 'Edit highlight reel for Kiran & Saad', list: 'Delivery', completed: true },
  { id: 6, title: 'Charge drone batteries', due_date: '2029-11-13' },
  {
    id: 7,
    title: 'Collect balance payment from Fatima family',
    tags: ['payments'],
    due_date: '2029-11-19',
  },
  { id: 8, title: 'Print sample album for studio' },
  { id: 9, title: 'Post reel on Instagram', recurrence: 'FREQ=WEEKLY;BYDAY=TH', due_date: '2029-11-15' },
  {
    id: 10,
    title: 'Camera sensor cleaning',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=20',
    due_date: '2029-11-20',
  },
  { id: 11, title: 'Pay Asad second shooter', tags: ['payments'], due_date: '2029-11-17' },
  { id: 12, title: 'Backup hard drive for November weddings', priority: 'medium' },
  { id: 13, title: 'Lens repair at Hall Road', completed: true },
  {
    id: 14,
    title: 'Pre-wedding shoot at Lahore Fort - Aleena & Hamza',
    list: 'Shoots',
    due_date: '2029-11-24',
  },
];

/** The property dealer in Rawalpindi (Roman Urdu). */
const PROPERTY: FixtureTask[] = [
  {
    id: 1,
    title: 'Show 10 marla house in Phase 7 to Sheikh sahab',
    list: 'Deals',
    due_at: '2029-11-13T11:00:00.000Z',
  },
  {
    id: 2,
    title: 'Token money from Malik sahab for plot 233',
    list: 'Deals',
    priority: 'high',
    due_date: '2029-11-12',
  },
  { id: 3, title: 'File transfer of plot 233 at Bahria office', list: 'Deals', due_date: '2029-11-15' },
  { id: 4, title: 'File transfer of plot 418 at Bahria office', list: 'Deals', due_date: '2029-11-19' },
  { id: 5, title: 'Collect commission from Raja sahab', tags: ['commission'], due_date: '2029-11-08' },
  { id: 6, title: 'Office rent', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: '2029-12-01' },
  {
    id: 7,
    title: 'Update listings on Zameen.com',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2029-11-12',
  },
  { id: 8, title: 'Registry at patwari office for Chakri land', due_date: '2029-11-21' },
  { id: 9, title: 'Get NOC for Gulraiz shop', completed: true },
  { id: 10, title: 'Call Javed about rental flat in Saddar' },
  { id: 11, title: 'Print new visiting cards' },
  { id: 12, title: 'Car service', due_date: '2029-11-17' },
  { id: 13, title: 'Ad in Jang classifieds', tags: ['ads'], completed: true },
  { id: 14, title: 'Ammi ki medicine lani hai', list: 'Family' },
];

/** The school-van driver in Hyderabad (Roman Urdu). */
const VAN: FixtureTask[] = [
  {
    id: 1,
    title: 'Collect van fees from parents',
    tags: ['fees'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2029-11-05',
  },
  { id: 2, title: 'Van fitness certificate renewal', priority: 'high', due_date: '2029-11-22' },
  { id: 3, title: 'Change rear tyres', due_date: '2029-11-14' },
  { id: 4, title: 'Oil change', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15', due_date: '2029-11-15' },
  { id: 5, title: "Talk to Hassan's mother about late pickup", list: 'Parents' },
  { id: 6, title: "Talk to Areeba's father about fee", list: 'Parents' },
  { id: 7, title: 'Fix van AC', tags: ['repairs'] },
  { id: 8, title: 'Wash the van', recurrence: 'FREQ=WEEKLY;BYDAY=SU', due_date: '2029-11-18' },
  {
    id: 9,
    title: 'Pay committee installment',
    tags: ['committee'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2029-12-10',
  },
  { id: 10, title: 'Get new seat covers', completed: true },
  { id: 11, title: 'School trip to Sindh Museum', due_at: '2029-11-16T03:30:00.000Z' },
  { id: 12, title: 'Pay Rashid mechanic', tags: ['repairs'], completed: true },
  { id: 13, title: 'Plan route for new kids in Qasimabad', due_date: '2029-11-13' },
];

/** The madrassa (hifz) teacher (Urdu). */
const MADRASSA: FixtureTask[] = [
  { id: 1, title: 'عثمان کی منزل سننا', list: 'طلبہ', due_date: '2029-11-13' },
  { id: 2, title: 'عمیر کی منزل سننا', list: 'طلبہ', due_date: '2029-11-14' },
  { id: 3, title: 'ماہانہ ٹیسٹ کے پرچے بنانا', priority: 'high', due_date: '2029-11-15' },
  { id: 4, title: 'جمعہ کے بیان کی تیاری', recurrence: 'FREQ=WEEKLY;BYDAY=FR', due_date: '2029-11-16' },
  { id: 5, title: 'کتب خانے کے لیے قرآن پاک کے نسخے منگوانا', list: 'مدرسہ' },
  {
    id: 6,
    title: 'حاضری رجسٹر مہتمم صاحب کو دینا',
    list: 'مدرسہ',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2029-11-15',
  },
  { id: 7, title: 'بجلی کا بل جمع کرانا', list: 'گھر', tags: ['بل'], due_date: '2029-11-10' },
  { id: 8, title: 'والدین کی میٹنگ', list: 'مدرسہ', due_at: '2029-11-17T05:00:00.000Z' },
  { id: 9, title: 'نئے داخلوں کی فہرست بنانا', list: 'مدرسہ', completed: true },
  { id: 10, title: 'امی کی دوائی لانا' },
  {
    id: 11,
    title: 'بیٹی کی اسکول فیس',
    list: 'گھر',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2029-11-10',
  },
  { id: 12, title: 'تراویح کے لیے حافظ صاحب سے بات کرنا', due_date: '2029-12-01' },
  { id: 13, title: 'سائیکل کی مرمت', completed: true },
  { id: 14, title: 'تجوید کی کلاس کا شیڈول بنانا', priority: 'medium' },
  { id: 15, title: 'ابو کی عینک بنوانا', list: 'Family' },
];

/** The textile-mill shift supervisor in Faisalabad (Urdu). */
const MILL: FixtureTask[] = [
  { id: 1, title: 'نائٹ شفٹ کا روسٹر بنانا', list: 'فیکٹری', priority: 'high', due_date: '2029-11-13' },
  { id: 2, title: 'لوم نمبر 12 کی مرمت', list: 'فیکٹری', due_date: '2029-11-12' },
  { id: 3, title: 'لوم نمبر 21 کی مرمت', list: 'فیکٹری', due_date: '2029-11-14' },
  {
    id: 4,
    title: 'اوور ٹائم کی شیٹ منیجر کو دینا',
    list: 'فیکٹری',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2029-11-17',
  },
  { id: 5, title: 'فائر ڈرل کروانا', list: 'فیکٹری', due_date: '2029-11-20' },
  { id: 6, title: 'اکرم کی چھٹی کی درخواست منظور کروانا', list: 'فیکٹری' },
  { id: 7, title: 'سیفٹی شوز کا آرڈر', list: 'فیکٹری', completed: true },
  { id: 8, title: 'بچوں کی اسکول فیس جمع کرانا', list: 'گھر', due_date: '2029-11-10' },
  { id: 9, title: 'موٹر سائیکل کی ٹیوننگ', due_date: '2029-11-17' },
  {
    id: 10,
    title: 'کمیٹی کی قسط',
    tags: ['کمیٹی'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2029-12-01',
  },
  { id: 11, title: 'ابا جی کا چیک اپ', list: 'گھر', due_at: '2029-11-14T06:00:00.000Z' },
  {
    id: 12,
    title: 'پروڈکشن رپورٹ',
    list: 'فیکٹری',
    recurrence: 'FREQ=DAILY',
    due_at: '2029-11-12T14:00:00.000Z',
  },
  { id: 13, title: 'نئے ورکرز کی ٹریننگ', list: 'فیکٹری', completed: true },
];

export const heldout21: Utterance[] = [
  // ───────────── English: the dentist (DANDAAN) ─────────────
  {
    intent: 'details',
    lang: 'en',
    text: 'Mrs Durrani called, she needs a scaling on thursday at 4:30pm. put her in patients',
    fixture: DANDAAN,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2029-11-15T11:30:00.000Z', list: 'Patients' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'the autoclave guy finally came and took it for servicing',
    fixture: DANDAAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the qureshi appointment got moved to saturday',
    fixture: DANDAAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "Hamza Javed's extraction is pushed to wednesday, same time",
    fixture: DANDAAN,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 8, due_at: '2029-11-14T06:30:00.000Z' } }],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what do i have tmrw',
    fixture: DANDAAN,
    expect: { reply: '^(?=[\\s\\S]*qureshi)(?=[\\s\\S]*hamza)' },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'ugh the suction tips that came are the wrong size, still need to buy proper ones',
    fixture: DANDAAN,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'the AC in the waiting room is leaking again, need to tell the landlord',
    fixture: DANDAAN,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "clinic's shut this friday for my cousin's wedding so the sensor cleaning can wait till the week after",
    fixture: DANDAAN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 6 } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "for the karachi conference I'll need a hotel too, put that under the flight booking",
    fixture: DANDAAN,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 14, title: '*' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'patient records are all updated now. also the PMDC renewal just became urgent, they sent a notice',
    fixture: DANDAAN,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 10 } },
        { name: 'set_task_details', args: { task_id: 5, priority: 'high' } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'every tuesday at 9am I need to check expiry dates on the anesthetic cartridges',
    fixture: DANDAAN,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2029-11-13T04:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'karachi trip is off, get rid of the flight booking',
    fixture: DANDAAN,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'add a note to the composite order: 3M Filtek, shades A2 and A3, 2 syringes each',
    fixture: DANDAAN,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, description: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'long day. 14 patients and 2 emergencies 😩',
    fixture: DANDAAN,
    expect: { outcome: 'help' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'tag the tax return as accounts too',
    fixture: DANDAAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 13, tags: ['admin', 'accounts'] } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'is anything overdue?',
    fixture: DANDAAN,
    expect: { reply: 'patient records' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "remind me a day before Anaya's braces adjustment",
    fixture: DANDAAN,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 12, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the PMDC renewal should really be in the clinic list',
    fixture: DANDAAN,
    expect: { calls: [{ name: 'move_task', args: { task_id: 5, list: 'Clinic' } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "wipe all the patient stuff, we're moving to a new system next month",
    fixture: DANDAAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "urgent, call the dental lab tomorrow, they sent the wrong shade for Mrs Baig's veneers",
    fixture: DANDAAN,
    expect: { calls: [{ name: 'add_task_details', args: { priority: 'high', due_date: '2029-11-13' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "when's Anaya's braces thing again?",
    fixture: DANDAAN,
    expect: { reply: '19' },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'opening the G-13 branch in january, I want a separate list for all that setup stuff',
    fixture: DANDAAN,
    expect: { calls: [{ name: 'create_list', args: { name: '*' } }] },
  },

  // ───────────── English: the journalist (KHABAR) ─────────────
  {
    intent: 'complete',
    lang: 'en',
    text: 'filed the lyari piece, its with bilal now',
    fixture: KHABAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "transcription's done, finally",
    fixture: KHABAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'KWSC spokesperson postponed to thursday 3pm',
    fixture: KHABAR,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_at: '2029-11-15T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "can Sara take over the budget fact-check? I'm drowning this week",
    fixture: KHABAR,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 3, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'on the photos task let sara know I need at least 5 shots of the tanker queues',
    fixture: KHABAR,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 13, body: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'need to pitch the heatwave series to bilal by wednesday, office list',
    fixture: KHABAR,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2029-11-14', list: 'Office' } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no column this week, I'm off on thursday",
    fixture: KHABAR,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's still open in office",
    fixture: KHABAR,
    expect: { reply: '^(?=[\\s\\S]*lyari)(?=[\\s\\S]*kwsc)(?=[\\s\\S]*budget)(?=[\\s\\S]*photos)' },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "Bilal wants to hear the climate pitch again, apparently it wasn't settled",
    fixture: KHABAR,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'sent the Dawn invoice and backed up the recorder, both done',
    fixture: KHABAR,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 10 } },
        { name: 'complete_task', args: { task_id: 11 } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Baldia case hearing wednesday at 11am, remind me an hour before',
    fixture: KHABAR,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2029-11-14T06:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the amna call is about the bail hearing, not the court hearing, fix the title',
    fixture: KHABAR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, title: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'scrap the heatwave research, the desk gave it to someone else',
    fixture: KHABAR,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 15 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "make the press card one low prio, current one's valid till january anyway",
    fixture: KHABAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'low' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'how many things have I got this week',
    fixture: KHABAR,
    expect: { reply: '\\b(?:6|six)\\b' },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'every friday i have to send my expense sheet to accounts',
    fixture: KHABAR,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2029-11-16', recurrence: '*' } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'move the heatwave research to office, bilal approved it',
    fixture: KHABAR,
    expect: { calls: [{ name: 'move_task', args: { task_id: 15, list: 'Office' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "under the budget fact-check: get the finance ministry's revised estimates",
    fixture: KHABAR,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'do you ever get writers block lol',
    fixture: KHABAR,
    expect: { outcome: 'help' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'did I already read the PEMRA guidelines?',
    fixture: KHABAR,
    expect: {
      reply:
        "^(?=[\\s\\S]*pemra)(?![\\s\\S]*\\b(?:not|haven't|hasn't|isn't)\\b)(?=[\\s\\S]*(?:yes|done|complete|already|ticked|finished))",
    },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Bilal said he'll do the KWSC interview himself since I'm in court tomorrow",
    fixture: KHABAR,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 2, assignee: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'need new batteries for the recorder',
    fixture: KHABAR,
    expect: { calls: [{ name: 'add_task' }] },
  },

  // ───────────── English: the new mother back at work (AMMI) ─────────────
  {
    intent: 'assign',
    lang: 'en',
    text: "can sara do the formula and diapers run? she's going to the market anyway",
    fixture: AMMI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 3, assignee: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'zoya got her shots today!! she was so brave',
    fixture: AMMI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the interview got cancelled',
    fixture: AMMI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'payroll officer interview moved to friday, same time',
    fixture: AMMI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 7, due_at: '2029-11-16T09:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'need a cooler bag for the breast pump by saturday, urgent',
    fixture: AMMI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2029-11-17', priority: 'high' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on my plate tomorrow",
    fixture: AMMI,
    expect: { reply: 'HR assistant' },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no grocery run this saturday, we'll be at my in-laws",
    fixture: AMMI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 14 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "returned ammi's pot and the thank you cards finally went out",
    fixture: AMMI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 10 } },
        { name: 'complete_task', args: { task_id: 9 } },
      ],
    },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'management cancelled the appraisals this year, delete the forms task',
    fixture: AMMI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "zoya's vitamin D drops every morning at 8, remind me 10 min before",
    fixture: AMMI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            due_at: '2029-11-13T03:00:00.000Z',
            recurrence: '*',
            reminders: [{ minutes_before: 10 }],
          },
        },
      ],
    },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "wait, the pediatrician never actually confirmed, so that booking isn't done",
    fixture: AMMI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'on the grocery run tell Sara we need brown bread this time not white',
    fixture: AMMI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 14, body: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'remind me 2 hours before the HR assistant interview',
    fixture: AMMI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 6, reminders: [{ minutes_before: 120 }] } }],
    },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'car insurance is a family thing, put it with the family stuff',
    fixture: AMMI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'Family' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "need to get zoya's B-form made at nadra",
    fixture: AMMI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'is it normal to feel this tired going back to work 😭',
    fixture: AMMI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what have i missed, anything past due?',
    fixture: AMMI,
    expect: { reply: '^(?=[\\s\\S]*thank)(?=[\\s\\S]*maternity)' },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "put a note on the daycare fee: it's 18,500 from december",
    fixture: AMMI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 2, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'HR is chasing me for the maternity paperwork, make it top priority and due tomorrow',
    fixture: AMMI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 13, priority: 'high', due_date: '2029-11-13' } }],
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "can you start a list for zoya's aqiqa",
    fixture: AMMI,
    expect: { calls: [{ name: 'create_list', args: { name: '*' } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "delete all the work stuff, I'm resigning",
    fixture: AMMI,
    expect: { outcome: 'ask' },
  },

  // ───────────── Roman Urdu: the wedding photographer (TASVEER) ─────────────
  {
    intent: 'details',
    lang: 'roman',
    text: 'Sana aur Faraz ka nikah shoot 24 ko hai Badshahi masjid, 3 bje. shoots wali list mein daal dena',
    fixture: TASVEER,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2029-11-24T10:00:00.000Z', list: 'Shoots' } }],
    },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'rabia usman wala shoot aage ho gya hai',
    fixture: TASVEER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'kiran saad ki album aaj de aya finally, bohat khush thay',
    fixture: TASVEER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'rabia usman ki barat ka time badal gya, ab raat 8 bje hai',
    fixture: TASVEER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_at: '2029-11-16T15:00:00.000Z' } }],
    },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'is hafte kon kon se shoots hain?',
    fixture: TASVEER,
    expect: { reply: '^(?=[\\s\\S]*mehndi)(?=[\\s\\S]*barat)(?=[\\s\\S]*walima)' },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is jumeraat reel nai dalni, shadiyon ka rush hai',
    fixture: TASVEER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 9 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'yaar lens phr se kharab ho gya, hall road dobara jana prega',
    fixture: TASVEER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'drone ki batteries charge kr li hain aur november walon ka hard drive backup bhi hogaya',
    fixture: TASVEER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'complete_task', args: { task_id: 12 } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'walima shoot se ek din pehle yaad dila dena',
    fixture: TASVEER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'aleena aur hamza ne pre wedding shoot cancel kr dia, wo nikal do',
    fixture: TASVEER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine 1 tareekh ko adobe ki subscription pay krni hoti hai',
    fixture: TASVEER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2029-12-01', recurrence: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'walima shoot ke andar ye bhi dal do: extra flash batteries sath le jani hain',
    fixture: TASVEER,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya bhai bari help hogayi 🙏',
    fixture: TASVEER,
    expect: { outcome: 'help' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'fatima walon se balance lena bohat zaroori hai, isko high priority kr do',
    fixture: TASVEER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'asad ko payment kab deni hai?',
    fixture: TASVEER,
    expect: { reply: '17|sat|haft' },
  },

  // ───────────── Roman Urdu: the property dealer (PROPERTY) ─────────────
  {
    intent: 'complete',
    lang: 'roman',
    text: 'malik sahab ne 233 ka token de dia hai',
    fixture: PROPERTY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'bahria office wali file transfer kal hogi, date update kr do',
    fixture: PROPERTY,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'ammi ki dawai sara le aye gi, usko de do ye kaam',
    fixture: PROPERTY,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 14, assignee: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'DHA phase 2 mein 1 kanal ka client hai Raja Imran, usko parson 11 bje ghar dikhana hai',
    fixture: PROPERTY,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2029-11-14T06:00:00.000Z' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'aaj zameen pe listings update nahi ho sakti net nahi chal raha, agle somvar kr lunga',
    fixture: PROPERTY,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'aaj kya kya krna hai',
    fixture: PROPERTY,
    expect: { reply: '^(?=[\\s\\S]*token)(?=[\\s\\S]*(?:listing|zameen))' },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'gulraiz shop ka NOC reject hogya, dobara apply krna parega',
    fixture: PROPERTY,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'javed wali call mein note likh do: flat 45 hazar ka hai, 2 mahine advance',
    fixture: PROPERTY,
    expect: { calls: [{ name: 'update_task', args: { task_id: 10, description: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'visiting cards ab nahi chapwane, digital card bana lia hai. wo wala kaam hata do',
    fixture: PROPERTY,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'raja sahab se commission mil gya, aur car service hafte ki bajaye itwar ko karwani hai',
    fixture: PROPERTY,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 5 } },
        { name: 'set_task_details', args: { task_id: 12, due_date: '2029-11-18' } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har itwar sham 5 bje bahria mein open house hota hai',
    fixture: PROPERTY,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2029-11-18T12:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: "sheikh sahab wali visit pe 'hot-lead' tag laga do",
    fixture: PROPERTY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, tags: ['hot-lead'] } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'Rentals naam ki list bana do aur javed wali call usme daal do',
    fixture: PROPERTY,
    expect: {
      calls: [
        { name: 'create_list', args: { name: 'Rentals' } },
        { name: 'move_task', args: { task_id: 10, list: 'Rentals' } },
      ],
    },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'ammi ki dawai wale kaam pe sara ke liye likh do ke sugar wali goli bhi leni hai',
    fixture: PROPERTY,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 14, body: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'bahria office se naya map lena hai',
    fixture: PROPERTY,
    expect: { calls: [{ name: 'add_task' }] },
  },

  // ───────────── Roman Urdu: the school-van driver (VAN) ─────────────
  {
    intent: 'complete',
    lang: 'roman',
    text: 'aaj sab parents ne van ki fees de di, jo 2 reh gaye thay wo bhi',
    fixture: VAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'parents se baat hogayi, wo wala kaam done kr do',
    fixture: VAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal subah 6 bje CNG station jana hai warna line lag jati hai',
    fixture: VAN,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2029-11-13T01:00:00.000Z' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'tyre budh ki bajaye kal hi badalwa lunga',
    fixture: VAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2029-11-13' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is itwar van nahi dhulegi, shadi pe ja rahe hain',
    fixture: VAN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'fitness certificate kab tak renew karwana hai?',
    fixture: VAN,
    expect: { reply: '22' },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'seat covers phir phat gaye, naye lene parenge',
    fixture: VAN,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'oil change karwa lia aur AC bhi theek hogya',
    fixture: VAN,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 4 } },
        { name: 'complete_task', args: { task_id: 7 } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'fitness wale kaam ka 2 din pehle reminder laga do',
    fixture: VAN,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, reminders: [{ minutes_before: 2880 }] } }],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: '20 tareekh ko excise office mein token tax jama karwana hai, ek din pehle yaad dila dena',
    fixture: VAN,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_date: '2029-11-20', reminders: [{ minutes_before: 1440 }] },
        },
      ],
    },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'museum wala trip cancel hogaya school walon ne bataya, list se nikal do',
    fixture: VAN,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'areeba ke father wale kaam ka naam badal do: Areeba ke abbu se fee ki baat',
    fixture: VAN,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 6, title: 'Areeba ke abbu se fee ki baat' } }],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'van ka horn theek karwana hai',
    fixture: VAN,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'qasimabad route wala kaam parents wali list mein daal do',
    fixture: VAN,
    expect: { calls: [{ name: 'move_task', args: { task_id: 13, list: 'Parents' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'committee ki agli qist kab hai?',
    fixture: VAN,
    expect: { reply: '10' },
  },

  // ───────────── Urdu: the madrassa teacher (MADRASSA) ─────────────
  {
    intent: 'complete',
    lang: 'ur',
    text: 'الحمدللہ آج عثمان نے پوری منزل بغیر غلطی کے سنا دی',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'منزل سننے والا کام کل پر ڈال دیں',
    fixture: MADRASSA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'عمیر کی منزل بدھ کے بجائے جمعرات کو سنوں گا',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2029-11-15' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے کیا کیا کرنا ہے میرے ذمے؟',
    fixture: MADRASSA,
    expect: { reply: '^(?=[\\s\\S]*پرچے)(?=[\\s\\S]*بیان)' },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعے بیان مفتی صاحب خود کریں گے، میری تیاری کی ضرورت نہیں',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل حافظ ادریس صاحب سے ملنا ہے',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2029-11-13' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر اتوار صبح 9 بجے ناظرہ والے بچوں کا ٹیسٹ لینا ہوتا ہے',
    fixture: MADRASSA,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2029-11-18T04:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'سائیکل پھر سے خراب ہو گئی، بریک کام نہیں کر رہی',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'قرآن پاک کے نسخوں والے کام میں یہ بھی لکھ دیں کہ 20 نسخے چاہئیں، 13 سطری',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, description: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'تجوید کی کلاس کا شیڈول اب قاری صاحب بنائیں گے، یہ کام میری فہرست سے نکال دیں',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بجلی کا بل جمع ہو گیا ہے اور بیٹی کی فیس بھی آج دے دی',
    fixture: MADRASSA,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'complete_task', args: { task_id: 11 } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'والدین والی میٹنگ بہت اہم ہے، اسے ضروری کاموں میں سب سے اوپر رکھیں',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ہفتے والی میٹنگ سے آدھا گھنٹہ پہلے یاد دلا دیجیے گا',
    fixture: MADRASSA,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 8, reminders: [{ minutes_before: 30 }] } }],
    },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'امی کی دوائی والا کام گھر والی لسٹ میں کر دیں',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'move_task', args: { task_id: 10, list: 'گھر' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'ماہانہ ٹیسٹ کے پرچے کب تک تیار کرنے ہیں؟',
    fixture: MADRASSA,
    expect: { reply: '15|۱۵|پندرہ|جمعرات' },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'پرچے بنانے والے کام کے اندر فوٹو کاپیاں کروانا بھی ڈال دیں',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'جزاک اللہ خیر، آپ بہت کام آتے ہیں',
    fixture: MADRASSA,
    expect: { outcome: 'help' },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مسجد کی صفیں دھلوانی ہیں',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'وہ والا کام ہو گیا ہے، ختم کر دیں',
    fixture: MADRASSA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'مدرسہ والی لسٹ میں: نئے نورانی قاعدے منگوانے ہیں، تیس عدد',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'مدرسہ' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'ابو کی عینک والے کام پر سارہ کے لیے لکھ دیں کہ نمبر والی پرچی الماری کے دراز میں ہے',
    fixture: MADRASSA,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 15, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'نئے داخلوں کی فہرست بن گئی تھی نا؟',
    fixture: MADRASSA,
    expect: {
      reply:
        '^(?=[\\s\\S]*داخل)(?![\\s\\S]*نہیں)(?=[\\s\\S]*(?:مکمل|ہو چکا|ہو چکی|ہو گیا|ہو گئی|بن چکی|بن گئی|جی ہاں|ہاں))',
    },
  },

  // ───────────── Urdu: the textile-mill shift supervisor (MILL) ─────────────
  {
    intent: 'complete',
    lang: 'ur',
    text: 'نائٹ شفٹ کا روسٹر تیار ہو گیا، منیجر صاحب کو دے آیا ہوں',
    fixture: MILL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'لوم کی مرمت ہو گئی ہے',
    fixture: MILL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: '21 نمبر لوم چل پڑی ہے، مستری نے ٹھیک کر دی',
    fixture: MILL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'فائر ڈرل اب 20 کے بجائے 22 تاریخ کو ہو گی',
    fixture: MILL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2029-11-22' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'آج کے کیا کام رہ گئے ہیں؟',
    fixture: MILL,
    expect: { reply: '^(?=[\\s\\S]*لوم)(?=[\\s\\S]*پروڈکشن)' },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج مل میں بجلی نہیں ہے، پروڈکشن رپورٹ آج نہیں بنے گی',
    fixture: MILL,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 12 } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل صبح 8 بجے بوائلر کی انسپکشن ہے',
    fixture: MILL,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2029-11-13T03:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'فیکٹری والی لسٹ میں ڈالیں: کاٹن کی نئی گانٹھوں کا معائنہ، بہت ضروری ہے',
    fixture: MILL,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'فیکٹری', priority: 'high' } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'سیفٹی شوز غلط سائز کے آ گئے ہیں، آرڈر دوبارہ کرنا پڑے گا',
    fixture: MILL,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بچوں کی فیس جمع کرا دی ہے، اور ابا جی کا چیک اپ بدھ کے بجائے جمعرات کو ہے، اسی وقت',
    fixture: MILL,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 8 } },
        { name: 'set_task_details', args: { task_id: 11, due_at: '2029-11-15T06:00:00.000Z' } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ابا جی کے چیک اپ سے ایک گھنٹہ پہلے یاد کروا دینا',
    fixture: MILL,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 11, reminders: [{ minutes_before: 60 }] } }],
    },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'اکرم نے نوکری چھوڑ دی ہے، اس کی چھٹی والا کام مٹا دیں',
    fixture: MILL,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'اوور ٹائم شیٹ والے کام کا نام بدل کر "اوور ٹائم اور حاضری کی شیٹ" کر دیں',
    fixture: MILL,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, title: 'اوور ٹائم اور حاضری کی شیٹ' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کمیٹی کی قسط کب دینی ہے؟',
    fixture: MILL,
    expect: { reply: 'یکم|دسمبر|12-01|december|\\b1\\b' },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر مہینے کی 25 تاریخ کو ورکرز کی تنخواہوں کی لسٹ بنانی ہوتی ہے',
    fixture: MILL,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2029-11-25', recurrence: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'موٹر سائیکل والے کام پر ذاتی کا ٹیگ لگا دیں',
    fixture: MILL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, tags: ['ذاتی'] } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'موٹر سائیکل کی ٹیوننگ گھر والی لسٹ میں رکھ دیں',
    fixture: MILL,
    expect: { calls: [{ name: 'move_task', args: { task_id: 9, list: 'گھر' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج ڈبل شفٹ لگی ہے، کمر ٹوٹ گئی ہے',
    fixture: MILL,
    expect: { outcome: 'help' },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ڈائنگ مشین کے بارے میں انجینئر صاحب سے بات کرنی ہے',
    fixture: MILL,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'فائر ڈرل کے کام کے نیچے ایک اور ڈال دیں: آگ بجھانے والے سلنڈر ری فل کروانے ہیں',
    fixture: MILL,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 5, title: '*' } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'فیکٹری والی لسٹ کے سارے کام ختم کر دیں',
    fixture: MILL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'اوور ٹائم کی شیٹ اب ہر ہفتے نہیں، ہر دو ہفتے بعد دینی ہے',
    fixture: MILL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, recurrence: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'ڈائنگ یونٹ کے کاموں کے لیے الگ لسٹ چاہیے',
    fixture: MILL,
    expect: { calls: [{ name: 'create_list', args: { name: '*' } }] },
  },
];
