// A twentieth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), biome.json (its formatter settings), server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures
// are used), rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES) and the
// first 140 lines of rules-assistant/eval/heldout19.ts (its header: format, judging conventions, clock, how fixtures
// are declared). Also seen: directory listings of /work/main, rules-assistant/eval/ and server/features/assistant/, and a listing
// of /tmp (names only, to place the check script) and the names of changed files in `git status`
// (names only, no content). Not opened: anything under rules-assistant/engine/,
// docs/, test/, eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/probes17.ts, rules-assistant/eval/utterances-statements.ts, the
// rest of utterances.ts, any other held-out set's cases (beyond heldout19's first 140 lines: its
// header and its first fixtures), any git history or diff, any earlier eval output.
// The assistant was never run on these cases; only the file's type check, its own reply regexes
// (through judge() against hand-written replies) and its expected calls (fed straight to the
// in-memory tools) were checked, from a throwaway script outside the repository.
// People (new ones): an electrician in Faisalabad running a small repair business (breaker faults at
// a bakery and a pharmacy on the same Gulberg road, Mr Butt's kitchen rewiring, ceiling fans, UPS
// batteries at a clinic, a solar inspection, a customer who owes him, the van's monthly oil change,
// the shop rent and a weekly stock count); a university admissions officer in Islamabad (the second
// merit list, HSSC verification, MBA and MS interview panels, the exam hall, the daily admissions
// inbox, orientation day, a weekly report to the registrar, on the shared list Office that Bilal owns
// with Sara); a freelance translator in Rawalpindi (court documents, drama subtitles, an NGO report,
// two July invoices to two agencies, and her mother's eye checkup, the internet bill and groceries on
// the Family list she shares with Sara); a truck dispatcher in Karachi who types Roman Urdu (bilties
// of the Multan and the Sukkur trips, a tyre change, a driver's advance, a container at the port, the
// fitness certificate, weekly vehicle checks, the diesel account); a farmer's son near Okara who types
// Roman Urdu (the tube-well motor and its electricity bill, a spray on the rice, urea, two uncles who
// owe lease money, the labourers' weekly wage, the tractor, his mother's medicine on the Family list,
// the Kissan card); a beauty-salon owner in Lahore who types Roman Urdu (a bride's mehndi and barat
// makeup, stock orders, staff salaries, a weekly Instagram post, a trainee's interview, the towels'
// laundry); a boys' hostel warden who types Urdu (a broken fan, cleanliness inspections of blocks A
// and B, the mess accounts, the nightly attendance, room allotments, the water tank, the generator's
// diesel); a retired couple in Rawalpindi who type Urdu (the monthly pension, the wife's sugar
// medicine, a heart checkup at CMH, the two daughters-in-law's calls, the Umrah passport, the gas
// bill, the grandson's birthday present on the Family list they share with their daughter Sara, the
// morning walk). They type the way people do: no command words, typos, texting shorthand, long
// indirect sentences, politeness, several requests at once, relative dates, recurring things,
// reminders, edits (dates, priority, titles, notes, tags), done and not-done news, reopening without
// the word, moves, assignments, comments, subtasks, deletes, skips, a new list, questions, two similar
// tasks and vague or destructive requests (right outcome: ask), small talk (no tool at all). One
// message a case, no earlier turn.
// 155 cases: 65 English, 45 Roman Urdu, 45 Urdu script.
// Intents (this set's labels, as heldout19's): add (a plain task), details (a new task with a due
// moment, list, priority, tags, recurrence or reminder), complete, reopen, update (title or note),
// edit (due moment, priority, tags, recurrence, reminders of an existing task), delete, skip, move,
// assign, comment, subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Fixtures (its own): BIJLI, ADMISSIONS, TARJUMA (Latin-script titles, for English cases); TRUCKS,
// ZAMEEN, SALON (Latin-script titles, for Roman Urdu cases); HOSTEL, BUZURG (Urdu-script titles, for
// Urdu cases). Similar pairs: BIJLI 1/2 (the tripping breakers at the Gulberg bakery and at the
// Gulberg pharmacy), ADMISSIONS 3/4 (the MBA and the MS interview panels), TARJUMA 4/5 (the July
// invoices of Lingvo and of Daraz), TRUCKS 1/2 (the bilties of the Multan and the Sukkur trips),
// ZAMEEN 5/6 (lease money from Chacha Rasheed and from Chacha Nazir), SALON 1/2 (Hina's mehndi and
// barat makeup), HOSTEL 2/3 (the inspections of blocks A and B), BUZURG 4/5 (calling the elder and
// the younger daughter-in-law). Lists named Family and Office are the shared lists of SHARED_LISTS
// (Family: the user owns it, Sara Khan editor, Ali Raza viewer; Office: Bilal Ahmed owns it, the user
// and Sara editors); Jobs, Shop, Orientation, Clients, Trips, Gaariyan, Zameen, Bookings, Stock, مرمت,
// میس and گھر are the user's own. No list is named Club. Every move goes to one of the user's own
// lists (or the Inbox); every assignment is to Sara (an editor of Family and of Office).
// Clock (its own): Thursday 2028-08-24 10:20 Asia/Karachi (UTC+5, no DST) = 2028-08-24T05:20:00.000Z,
// exported as HELDOUT20_NOW / HELDOUT20_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT20_NOW)).
//   today (aaj, آج) = Thu 08-24; tonight (aaj raat, آج رات) = Thu 08-24 evening; tomorrow (kal, tmrw,
//   کل) = Fri 08-25; day after tomorrow (parson) = Sat 08-26; Friday (jumma, جمعہ) = 08-25; Saturday
//   (hafta) = 08-26; Sunday (itwaar, اتوار) = 08-27; Monday (peer, somvar, پیر) = 08-28; Tuesday
//   (منگل) = 08-29; Wednesday (بدھ) = 08-30; Thursday the 31st = 08-31; a bare "Thursday" or "next
//   <day>" (never used); this week = Mon 08-21 .. Sun 08-27 (search due 'week' = 08-24..08-30); the
//   weekend = Sat 08-26 .. Sun 08-27; the 1st / 1 September (یکم ستمبر) = Fri 09-01; 2 September =
//   Sat 09-02; the 3rd of next month (اگلے مہینے کی تین تاریخ) = Sun 09-03; "every month on the 5th"
//   (har mahine 5 tareekh): its first = Tue 09-05; "every Sunday" (har itwaar): its first = Sun
//   08-27; "a day later" from a date D = D + 1.
//   Clock times (PKT = UTC+5), as UTC ISO: today 4pm = 2028-08-24T11:00:00.000Z; tonight 10pm =
//   2028-08-24T17:00:00.000Z ("every night at 10": its first, 10pm today being still ahead); tomorrow
//   (Fri 08-25) 8am = 2028-08-25T03:00:00.000Z, 11am = 06:00Z, noon / 12 = 07:00Z, 3pm = 10:00Z
//   ("every Friday at 3": its first), 5pm = 12:00Z; Sunday 08-27 12:30pm = 2028-08-27T07:30:00.000Z,
//   7pm = 14:00Z ("every Sunday at 7pm": its first); Monday 08-28 2pm = 2028-08-28T09:00:00.000Z;
//   Wednesday 08-30 9am = 2028-08-30T04:00:00.000Z; Thursday 08-31 10am = 2028-08-31T05:00:00.000Z;
//   Saturday 09-02 6pm = 2028-09-02T13:00:00.000Z. "Remind me a day before" = 1440 minutes, "2 hours
//   before" = 120, "an hour before" = 60, "half an hour before" = 30, "15 min before" = 15.
// Judging conventions (those of the earlier blind sets, as heldout19's header states them): a plain
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

export const HELDOUT20_NOW = new Date('2028-08-24T05:20:00.000Z'); // Thursday 10:20 in Karachi
export const HELDOUT20_ZONE = 'Asia/Karachi';

/** The electrician in Faisalabad. */
const BIJLI: FixtureTask[] = [
  { id: 1, title: 'Fix tripping breaker at Gulberg bakery', list: 'Jobs', due_date: '2028-08-24' },
  { id: 2, title: 'Fix tripping breaker at Gulberg pharmacy', list: 'Jobs', due_date: '2028-08-25' },
  { id: 3, title: "Rewire Mr Butt's kitchen", list: 'Jobs', priority: 'high', due_date: '2028-08-26' },
  {
    id: 4,
    title: 'Install 3 ceiling fans at Chaudhry house',
    list: 'Jobs',
    due_at: '2028-08-24T11:00:00.000Z',
  },
  { id: 5, title: 'Replace UPS batteries at Shah clinic', list: 'Jobs', due_date: '2028-08-22' },
  { id: 6, title: 'Buy copper wire and breakers from Karkhana Bazaar', list: 'Shop' },
  { id: 7, title: 'Collect payment from Haji Rafiq', tags: ['payments'], due_date: '2028-08-21' },
  { id: 8, title: 'Van oil change', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=28', due_date: '2028-08-28' },
  {
    id: 9,
    title: 'Pay shop rent',
    list: 'Shop',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2028-09-01',
  },
  { id: 10, title: 'Renew electrical contractor license', priority: 'medium', due_date: '2028-09-15' },
  { id: 11, title: 'Send quotation to Al-Noor school', completed: true },
  { id: 12, title: "Solar panel inspection at Tariq's farmhouse", list: 'Jobs', due_date: '2028-08-29' },
  {
    id: 13,
    title: 'Weekly stock count',
    list: 'Shop',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2028-08-26',
  },
  { id: 14, title: 'Return faulty stabilizer to supplier', list: 'Shop', completed: true },
  { id: 15, title: 'WhatsApp Saleem about the generator' },
];

/** The university admissions officer in Islamabad. */
const ADMISSIONS: FixtureTask[] = [
  {
    id: 1,
    title: 'Publish second merit list',
    list: 'Office',
    priority: 'high',
    due_date: '2028-08-25',
  },
  {
    id: 2,
    title: 'Verify HSSC certificates of waitlisted candidates',
    list: 'Office',
    due_date: '2028-08-28',
  },
  { id: 3, title: 'Interview panel for MBA applicants', list: 'Office', due_at: '2028-08-29T05:00:00.000Z' },
  { id: 4, title: 'Interview panel for MS applicants', list: 'Office', due_at: '2028-08-30T05:00:00.000Z' },
  {
    id: 5,
    title: 'Reply to admissions inbox',
    recurrence: 'FREQ=DAILY',
    due_at: '2028-08-24T04:00:00.000Z',
  },
  { id: 6, title: 'Book exam hall for entry test', list: 'Office', due_date: '2028-09-02' },
  { id: 7, title: 'Orientation day slides', list: 'Orientation', due_date: '2028-09-04' },
  { id: 8, title: 'Order welcome kits for freshmen', list: 'Orientation', priority: 'medium' },
  { id: 9, title: "Call back Hamza Tariq's father about fee refund", due_date: '2028-08-24' },
  { id: 10, title: 'Send fee challan reminders', list: 'Office', completed: true },
  { id: 11, title: 'Update scholarship criteria on website', list: 'Office', created_by: 'sara' },
  {
    id: 12,
    title: 'Weekly report to the registrar',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2028-08-25',
  },
  { id: 13, title: 'Print campus maps', list: 'Orientation' },
  { id: 14, title: 'Renew gym membership', due_date: '2028-08-31' },
];

/** The freelance translator in Rawalpindi. */
const TARJUMA: FixtureTask[] = [
  {
    id: 1,
    title: 'Translate court documents for Malik & Co',
    list: 'Clients',
    priority: 'high',
    due_date: '2028-08-26',
  },
  {
    id: 2,
    title: 'Subtitle Turkish drama episode 14',
    list: 'Clients',
    due_at: '2028-08-25T13:00:00.000Z',
  },
  { id: 3, title: 'Proofread NGO annual report', list: 'Clients', due_date: '2028-08-30' },
  { id: 4, title: 'Invoice Lingvo agency for July', tags: ['invoice'], due_date: '2028-08-22' },
  { id: 5, title: 'Invoice Daraz localization team for July', tags: ['invoice'], due_date: '2028-08-22' },
  { id: 6, title: "Ammi's eye checkup", list: 'Family', due_at: '2028-08-27T06:00:00.000Z' },
  {
    id: 7,
    title: 'Pay PTCL internet bill',
    list: 'Family',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2028-09-05',
  },
  { id: 8, title: 'Arabic glossary cleanup', priority: 'low' },
  { id: 9, title: 'Renew ProZ membership', completed: true },
  {
    id: 10,
    title: 'Backup laptop to external drive',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2028-08-27',
  },
  { id: 11, title: "Certified translation of Mr Javed's degree", list: 'Clients', completed: true },
  { id: 12, title: 'Buy groceries for the week', list: 'Family', due_date: '2028-08-26' },
  { id: 13, title: 'Ask Malik & Co for the missing annexures', list: 'Clients' },
];

/** The truck dispatcher in Karachi (Roman Urdu). */
const TRUCKS: FixtureTask[] = [
  { id: 1, title: 'Multan trip ki bilty banana', list: 'Trips', due_date: '2028-08-24' },
  { id: 2, title: 'Sukkur trip ki bilty banana', list: 'Trips', due_date: '2028-08-24' },
  {
    id: 3,
    title: 'TLA-552 ka tyre change karwana',
    list: 'Gaariyan',
    priority: 'high',
    due_date: '2028-08-25',
  },
  { id: 4, title: 'Driver Shakeel ko advance dena', due_date: '2028-08-25' },
  { id: 5, title: 'Port Qasim se container uthwana', list: 'Trips', due_at: '2028-08-24T09:00:00.000Z' },
  { id: 6, title: 'Toll tax ki raseedein jama karna', tags: ['hisaab'] },
  { id: 7, title: 'Fitness certificate renew karwana', list: 'Gaariyan', due_date: '2028-09-10' },
  {
    id: 8,
    title: 'Gaariyon ki weekly checking',
    list: 'Gaariyan',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2028-08-28',
  },
  {
    id: 9,
    title: 'Diesel ka hisaab Seth sahab ko bhejna',
    tags: ['hisaab'],
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2028-08-26',
  },
  { id: 10, title: 'Lahore wale load ka payment lena', completed: true },
  { id: 11, title: 'Naye driver ka interview (Rawalpindi wala)', due_at: '2028-08-26T07:00:00.000Z' },
  { id: 12, title: 'Tracker company ko call karna', completed: true },
];

/** The farmer's son near Okara (Roman Urdu). */
const ZAMEEN: FixtureTask[] = [
  { id: 1, title: 'Tube-well ki motor theek karwani', priority: 'high', due_date: '2028-08-24' },
  {
    id: 2,
    title: 'Tube-well ka bijli ka bill',
    list: 'Zameen',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=12',
    due_date: '2028-09-12',
  },
  { id: 3, title: 'Dhaan ki fasal par spray', list: 'Zameen', due_date: '2028-08-26' },
  { id: 4, title: 'Urea ki 10 bori lani', list: 'Zameen' },
  { id: 5, title: 'Chacha Rasheed se thekay ke paise lene', due_date: '2028-08-31' },
  { id: 6, title: 'Chacha Nazir se thekay ke paise lene', due_date: '2028-08-31' },
  {
    id: 7,
    title: 'Mazdooron ki dihari dena',
    list: 'Zameen',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2028-08-26',
  },
  { id: 8, title: 'Tractor ki service', list: 'Zameen', due_date: '2028-08-29' },
  { id: 9, title: 'Ammi ki dawai lani', list: 'Family', due_date: '2028-08-24' },
  { id: 10, title: 'Bhains ke liye chara', completed: true },
  { id: 11, title: 'Patwari se fard lena', completed: true },
  { id: 12, title: 'Kissan card ki registration', due_date: '2028-09-05' },
];

/** The beauty-salon owner in Lahore (Roman Urdu). */
const SALON: FixtureTask[] = [
  { id: 1, title: 'Hina ki mehndi ka makeup', list: 'Bookings', due_at: '2028-08-26T11:00:00.000Z' },
  { id: 2, title: 'Hina ki barat ka makeup', list: 'Bookings', due_at: '2028-08-27T10:00:00.000Z' },
  { id: 3, title: "L'Oreal hair colour order karna", list: 'Stock', priority: 'medium' },
  { id: 4, title: 'Staff ki tankhwah', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: '2028-09-01' },
  { id: 5, title: 'AC ki servicing', due_date: '2028-08-28' },
  { id: 6, title: 'Instagram pe nayi post', recurrence: 'FREQ=WEEKLY;BYDAY=FR', due_date: '2028-08-25' },
  { id: 7, title: 'Facial kits ka stock check', list: 'Stock', due_date: '2028-08-24' },
  { id: 8, title: 'Nayi trainee ka interview', due_at: '2028-08-25T07:00:00.000Z' },
  { id: 9, title: 'Bijli ka bill jama karwana', due_date: '2028-08-23' },
  { id: 10, title: 'Threading wali Rubina ka hisaab', completed: true },
  { id: 11, title: 'Mrs Saeed ki party makeup', list: 'Bookings', completed: true },
  {
    id: 12,
    title: 'Towels laundry bhejna',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH',
    due_date: '2028-08-24',
  },
];

/** The boys' hostel warden (Urdu). */
const HOSTEL: FixtureTask[] = [
  { id: 1, title: 'کمرہ نمبر 12 کا پنکھا ٹھیک کروانا', list: 'مرمت', due_date: '2028-08-24' },
  { id: 2, title: 'بلاک اے کی صفائی کا معائنہ', due_date: '2028-08-25' },
  { id: 3, title: 'بلاک بی کی صفائی کا معائنہ', due_date: '2028-08-25' },
  {
    id: 4,
    title: 'میس کا ماہانہ حساب',
    list: 'میس',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2028-09-01',
  },
  { id: 5, title: 'رات کی حاضری', recurrence: 'FREQ=DAILY', due_at: '2028-08-24T17:00:00.000Z' },
  { id: 6, title: 'نئے طلبہ کی کمرہ الاٹمنٹ لسٹ', priority: 'high', due_date: '2028-08-28' },
  { id: 7, title: 'پانی کی ٹنکی کی صفائی', list: 'مرمت', due_date: '2028-08-31' },
  { id: 8, title: 'والدین کو فیس کا نوٹس بھیجنا', completed: true },
  {
    id: 9,
    title: 'میس کے لیے سبزی کا آرڈر',
    list: 'میس',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2028-08-28',
  },
  { id: 10, title: 'واش روم کا نل بدلوانا', list: 'مرمت', completed: true },
  { id: 11, title: 'وارڈن میٹنگ کی رپورٹ', due_at: '2028-08-25T06:00:00.000Z' },
  { id: 12, title: 'جنریٹر کے لیے ڈیزل', list: 'مرمت', priority: 'medium' },
];

/** The retired couple in Rawalpindi (Urdu). */
const BUZURG: FixtureTask[] = [
  { id: 1, title: 'پنشن نکلوانا', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: '2028-09-01' },
  { id: 2, title: 'بیگم کی شوگر کی دوا لانا', due_date: '2028-08-24' },
  { id: 3, title: 'سی ایم ایچ میں دل کا چیک اپ', due_at: '2028-08-29T04:00:00.000Z' },
  { id: 4, title: 'بڑی بہو کو فون کرنا' },
  { id: 5, title: 'چھوٹی بہو کو فون کرنا' },
  { id: 6, title: 'عمرے کے لیے پاسپورٹ کی تجدید', priority: 'high', due_date: '2028-09-08' },
  { id: 7, title: 'سوئی گیس کا بل', list: 'گھر', due_date: '2028-08-26' },
  { id: 8, title: 'پوتے کی سالگرہ کا تحفہ', list: 'Family', due_date: '2028-08-30' },
  { id: 9, title: 'صبح کی سیر', recurrence: 'FREQ=DAILY', due_at: '2028-08-25T01:00:00.000Z' },
  { id: 10, title: 'مالی کو تنخواہ دینا', list: 'گھر', completed: true },
  { id: 11, title: 'بینک میں لائف سرٹیفکیٹ جمع کروانا', completed: true },
  { id: 12, title: 'چھت کی لیکیج ٹھیک کروانا', list: 'گھر', priority: 'medium' },
  {
    id: 13,
    title: 'اخبار والے کا بل',
    list: 'گھر',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2028-09-05',
  },
];

/** Both of a pair, or one of several, named in the reply (any order). */
const all = (...words: string[]) => words.map((w) => `(?=[\\s\\S]*${w})`).join('');

export const heldout20: Utterance[] = [
  // ---- The electrician (English) ----
  {
    intent: 'complete',
    lang: 'en',
    text: 'done with the fans at chaudhry house, all 3 running fine',
    fixture: BIJLI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'breaker job sorted, customer happy',
    fixture: BIJLI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "Mrs Qadir called, her water motor isn't starting. going there tmrw 11am",
    fixture: BIJLI,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2028-08-25T06:00:00.000Z' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "Butt sahab wants the kitchen rewiring moved to monday, he's got guests over on saturday",
    fixture: BIJLI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2028-08-28' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'whats pending for today',
    fixture: BIJLI,
    expect: { reply: all('bakery', 'fans') },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'need to get a new multimeter, mine fell off the ladder yesterday',
    fixture: BIJLI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'every friday at 3 I check the generator at Faisal mills, put that in pls',
    fixture: BIJLI,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2028-08-25T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'the Al-Noor quotation, they never got it apparently. need to send it again',
    fixture: BIJLI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'remove the whatsapp saleem task, he sold the generator already so no point',
    fixture: BIJLI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 15 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'picked up the copper wire and breakers this morning, and paid the shop rent too while i was there',
    fixture: BIJLI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'complete_task', args: { task_id: 9 } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'UPS batteries at shah clinic is urgent now, the doctor is shouting on the phone',
    fixture: BIJLI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'high' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "under mr butt's kitchen job add these steps: buy 7/29 wire, new DB box, 6 sockets",
    fixture: BIJLI,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 3 } },
        { name: 'add_subtask', args: { task_id: 3 } },
        { name: 'add_subtask', args: { task_id: 3 } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'add a note on the solar inspection: Tariq says inverter is Growatt 5kw, bring the laptop',
    fixture: BIJLI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, description: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'skip the van oil change this time, hardly drove it this month',
    fixture: BIJLI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'clear all the old stuff out',
    fixture: BIJLI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'remind me half an hour before i have to be at chaudhry house',
    fixture: BIJLI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, reminders: [{ minutes_before: 30 }] } }],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "when's the license renewal due again?",
    fixture: BIJLI,
    expect: { reply: '15|sep' },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the saleem generator thing belongs in Jobs, not lying around in the inbox',
    fixture: BIJLI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 15, list: 'Jobs' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'start a new list called Warranty, the Pak Fan returns keep piling up',
    fixture: BIJLI,
    expect: { calls: [{ name: 'create_list', args: { name: 'Warranty' } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'lol this app is better than my diary. the diary got soaked in the rain last week',
    fixture: BIJLI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "Haji Rafiq says he'll pay on the 1st, keep it for then",
    fixture: BIJLI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2028-09-01' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'new customer Mian Tahir, wants full house earthing done. tag it #earthing, no date yet',
    fixture: BIJLI,
    expect: {
      calls: [{ name: 'add_task_details', args: { tags: ['earthing'] }, absent: ['due_date', 'due_at'] }],
    },
  },

  // ---- The admissions officer (English) ----
  {
    intent: 'complete',
    lang: 'en',
    text: 'merit list 2 is live on the portal!!',
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'move the interview panel to 11 instead',
    fixture: ADMISSIONS,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'MBA interviews are now on thursday the 31st, same time',
    fixture: ADMISSIONS,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2028-08-31T05:00:00.000Z' } }],
    },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'can Sara take the HSSC verification? she knows the board people',
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 2, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'leave a comment on the exam hall booking so Bilal sees it: Hall C is under renovation, ask for the Iqbal auditorium',
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 6, body: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'not touching the admissions inbox today, stuck in committee all day',
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on my plate this week",
    fixture: ADMISSIONS,
    expect: { reply: all('merit', 'hamza') },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'the MS thesis defence schedule has to go out to all supervisors by 1st september, put it in Office',
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-09-01', list: 'Office' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "stapler's broken again, need a new one",
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "rename 'Orientation day slides' to 'Orientation day slides + VC speech'",
    fixture: ADMISSIONS,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 7, title: 'Orientation day slides + VC speech' } }],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "parents' meeting about hostel allotment on monday at 2pm in the board room, remind me 30 min before",
    fixture: ADMISSIONS,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2028-08-28T09:00:00.000Z', reminders: [{ minutes_before: 30 }] },
        },
      ],
    },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'the fee challan reminders bounced for half the list, email server was down. have to do them again',
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "called Hamza's dad, refund approved. also renewed the gym thing finally",
    fixture: ADMISSIONS,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 9 } },
        { name: 'complete_task', args: { task_id: 14 } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'tag the welcome kits one with #vendor',
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, tags: ['vendor'] } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "we're not printing campus maps this year, there's a QR code now. delete that",
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "make a Personal list and put the gym renewal in it, i don't want it mixed up with work",
    fixture: ADMISSIONS,
    expect: {
      calls: [
        { name: 'create_list', args: { name: 'Personal' } },
        { name: 'move_task', args: { task_id: 14, list: 'Personal' } },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "ugh 400 emails since morning. how's your day going",
    fixture: ADMISSIONS,
    expect: { outcome: 'help' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'bilal wants it pushed back a couple of days',
    fixture: ADMISSIONS,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "under orientation slides add 'campus tour route'",
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 7, title: 'campus tour route' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'did I already send the fee challan reminders?',
    fixture: ADMISSIONS,
    expect: { reply: 'yes|done|complet|already' },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'urgent - dean wants the final count of admitted students by tomorrow noon',
    fixture: ADMISSIONS,
    expect: {
      calls: [{ name: 'add_task_details', args: { priority: 'high', due_at: '2028-08-25T07:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the registrar report is every other friday now, not weekly',
    fixture: ADMISSIONS,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, recurrence: '*' } }] },
  },

  // ---- The translator (English) ----
  {
    intent: 'details',
    lang: 'en',
    text: 'Got a new job from Habib Law, 12 page lease agreement Urdu to English, due wednesday',
    fixture: TARJUMA,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-08-30' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'episode 14 subs delivered :)',
    fixture: TARJUMA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'sent the july invoice',
    fixture: TARJUMA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'Malik & Co gave me till monday for the court docs, phew',
    fixture: TARJUMA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, due_date: '2028-08-28' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'things to do: renew the Trados licence, and buy a new headset for the remote interpreting gigs',
    fixture: TARJUMA,
    expect: { calls: [{ name: 'add_task' }, { name: 'add_task' }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'Sara can handle the groceries this week',
    fixture: TARJUMA,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 12, assignee: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'anything overdue?',
    fixture: TARJUMA,
    expect: { reply: all('lingvo', 'daraz') },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "the glossary cleanup isn't low priority anymore, the Arabic client keeps asking. make it high",
    fixture: TARJUMA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "ammi's BP pills every night at 10, set a reminder for me",
    fixture: TARJUMA,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_at: '2028-08-24T17:00:00.000Z', reminders: '*' },
        },
      ],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no backup this sunday, laptop's at the repair shop",
    fixture: TARJUMA,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 10 } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'tell sara on the eye checkup task that the doctor moved to the Blue Area clinic',
    fixture: TARJUMA,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 6, body: '*' } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "ugh Mr Javed's degree translation came back, the embassy wants a different stamp",
    fixture: TARJUMA,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'good morning! coffee first, then work',
    fixture: TARJUMA,
    expect: { outcome: 'help' },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'break the NGO report down into: finance section, case studies, glossary check',
    fixture: TARJUMA,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 3 } },
        { name: 'add_subtask', args: { task_id: 3 } },
        { name: 'add_subtask', args: { task_id: 3 } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "Ammi's appointment is at 12:30, not 11",
    fixture: TARJUMA,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 6, due_at: '2028-08-27T07:30:00.000Z' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'turns out there were no annexures, the court file is complete as it is. get rid of that task',
    fixture: TARJUMA,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'how many client jobs do i have open',
    fixture: TARJUMA,
    expect: { reply: '\\b4\\b|four' },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'for the proofreading: they want british spelling, and keep the donor names as in the original',
    fixture: TARJUMA,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'add to clients: voice-over script for Shan foods ad, 2 pages, by saturday',
    fixture: TARJUMA,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'Clients', due_date: '2028-08-26' } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'can you remove everything in Family',
    fixture: TARJUMA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'remind me a day before the internet bill',
    fixture: TARJUMA,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 7, reminders: [{ minutes_before: 1440 }] } }],
    },
  },

  // ---- The truck dispatcher (Roman Urdu) ----
  {
    intent: 'complete',
    lang: 'roman',
    text: 'sukkur wali bilty ban gayi hai',
    fixture: TRUCKS,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'bilty bana di hai bhai',
    fixture: TRUCKS,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal subah 8 baje Hyderabad ke liye cement ka load nikalna hai',
    fixture: TRUCKS,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2028-08-25T03:00:00.000Z' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'shakeel ko advance ab somvar ko dena hai, seth sahab ne bola hai',
    fixture: TRUCKS,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2028-08-28' } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'TLA-552 ka tyre change ho gaya. aur tracker walon ko dobara call karna parega, unka system phir band hai',
    fixture: TRUCKS,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'reopen_task', args: { task_id: 12 } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'aaj kya kya karna hai',
    fixture: TRUCKS,
    expect: { reply: all('multan', 'sukkur', 'port') },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine 5 tareekh ko gaariyon ka token tax check karna hota hai, woh daal do',
    fixture: TRUCKS,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2028-09-05' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is monday checking nahi hogi, sari gaariyan trip pe hain',
    fixture: TRUCKS,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'naye driver ke liye uniform lena hai',
    fixture: TRUCKS,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'fitness certificate wala kaam urgent kar do, warna challan ho jayega',
    fixture: TRUCKS,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'rawalpindi wale driver ka interview cancel, usne kahin aur join kar liya. hata do isko',
    fixture: TRUCKS,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'driver shakeel wala kaam Trips wali list mein daal do',
    fixture: TRUCKS,
    expect: { calls: [{ name: 'move_task', args: { task_id: 4, list: 'Trips' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'port wala kaam ab 4 baje hai, aur aadha ghanta pehle yaad dila dena',
    fixture: TRUCKS,
    expect: {
      calls: [
        {
          name: 'set_task_details',
          args: { task_id: 5, due_at: '2028-08-24T11:00:00.000Z', reminders: [{ minutes_before: 30 }] },
        },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya yaar, bohat kaam aasan ho gaya hai',
    fixture: TRUCKS,
    expect: { outcome: 'help' },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'diesel ka hisaab kab bhejna hai?',
    fixture: TRUCKS,
    expect: { reply: '26|sat|hafta|hafte ko' },
  },

  // ---- The farmer's son (Roman Urdu) ----
  {
    intent: 'complete',
    lang: 'roman',
    text: 'motor theek ho gayi, mistri abhi gaya hai',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'chacha se paise mil gaye',
    fixture: ZAMEEN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson tractor wale ko bulana hai, zameen hamwar karwani hai',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-08-26' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'spray ek din baad karenge, hafte ko barish ka chance hai',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2028-08-27' } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'urea ki boriyan le aaya hun aur ammi ki dawai bhi',
    fixture: ZAMEEN,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 4 } },
        { name: 'complete_task', args: { task_id: 9 } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har itwaar tube-well ka oil check karna hota hai',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2028-08-27' } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'patwari wali fard mein ghalti nikli hai, dobara jana parega',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'ammi ki dawai sara le aayegi, usko de do',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'kissan card wale kaam ke neeche ye bhi daal do: shanakhti card ki copy, fard ki copy, 2 tasveerein',
    fixture: ZAMEEN,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 12 } },
        { name: 'add_subtask', args: { task_id: 12 } },
        { name: 'add_subtask', args: { task_id: 12 } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'is hafte khet ke kya kaam reh gaye hain',
    fixture: ZAMEEN,
    expect: { reply: all('spray', 'dihari') },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'tube-well ke bill pe #bijli laga do',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, tags: ['bijli'] } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj garmi bohat hai yaar, pasina hi pasina',
    fixture: ZAMEEN,
    expect: { outcome: 'help' },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is hafte mazdooron ki dihari nahi deni, sab shaadi pe gaye hue hain',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'tractor service mein likh do ke filter bhi badalna hai aur brake ka masla hai',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, description: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'mandi ke kaamon ki alag list bana do, naam Mandi rakhna',
    fixture: ZAMEEN,
    expect: { calls: [{ name: 'create_list', args: { name: 'Mandi' } }] },
  },

  // ---- The salon owner (Roman Urdu) ----
  {
    intent: 'ask',
    lang: 'roman',
    text: 'hina ka makeup 5 baje kar do',
    fixture: SALON,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Mrs Bukhari ki beti ki engagement 2 sept ko hai, shaam 6 baje makeup karna hai',
    fixture: SALON,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2028-09-02T13:00:00.000Z' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'facial kits gin liye, 14 bachi hain',
    fixture: SALON,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'nayi trainee kal 12 ki bajaye 3 baje aayegi',
    fixture: SALON,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 8, due_at: '2028-08-25T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: "L'Oreal wala order de diya aur bijli ka bill bhi bhar diya aaj",
    fixture: SALON,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'complete_task', args: { task_id: 9 } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Stock mein daal do: keratin shampoo ki 6 bottles mangwani hain',
    fixture: SALON,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'Stock' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is friday insta pe post nahi jayegi, salon band hai',
    fixture: SALON,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 6 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'rubina ka hisaab galat nikla, dobara karna parega',
    fixture: SALON,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'barat wale makeup se 2 ghante pehle yaad dila dena',
    fixture: SALON,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, reminders: [{ minutes_before: 120 }] } }],
    },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'is weekend ki bookings kya hain?',
    fixture: SALON,
    expect: { reply: all('mehndi', 'barat') },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'AC servicing cancel karo, landlord khud karwa raha hai',
    fixture: SALON,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'mirror wali light theek karwani hai',
    fixture: SALON,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'towels ab sirf monday ko laundry jayenge, thursday wala band',
    fixture: SALON,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, recurrence: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'bas aaj ke liye itna hi, allah hafiz',
    fixture: SALON,
    expect: { outcome: 'help' },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'Hina ki barat wale makeup mein ek chota kaam add karo: lenses confirm karna',
    fixture: SALON,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 2 } }] },
  },

  // ---- The hostel warden (Urdu) ----
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کمرہ بارہ کا پنکھا ٹھیک ہو گیا ہے',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'صفائی کا معائنہ کر لیا ہے',
    fixture: HOSTEL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل شام پانچ بجے ڈی ایس اے صاحب کے ساتھ میٹنگ ہے',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2028-08-25T12:00:00.000Z' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'پانی کی ٹنکی کی صفائی اب پیر کو ہوگی',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2028-08-28' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج رات حاضری نہیں ہوگی، سب لڑکے ٹرپ پر گئے ہوئے ہیں',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'جنریٹر کا ڈیزل آ گیا ہے اور بلاک اے کا معائنہ بھی ہو گیا',
    fixture: HOSTEL,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 12 } },
        { name: 'complete_task', args: { task_id: 2 } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'آج کیا کیا رہتا ہے؟',
    fixture: HOSTEL,
    expect: { reply: all('پنکھا', 'حاضری') },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'اپنے کمرے کے لیے نئی استری لینی ہے',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'مرمت والی لسٹ میں ڈال دیں: کمرہ 27 کی کھڑکی کا شیشہ ٹوٹا ہوا ہے',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'add_task_details', args: { list: 'مرمت' } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'واش روم کا نل پھر سے ٹپک رہا ہے، دوبارہ بدلوانا پڑے گا',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ٹنکی کی صفائی فوری کروانی ہے، پانی میں بدبو آ رہی ہے۔ اسے ہائی پرائیورٹی کر دیں',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'وارڈن میٹنگ منسوخ ہو گئی ہے، اس کی رپورٹ والا کام مٹا دیں',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'الاٹمنٹ لسٹ کے نیچے یہ بھی ڈال دیں: فرسٹ ایئر کے کمرے، اسکالرشپ والے طلبہ',
    fixture: HOSTEL,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 6 } },
        { name: 'add_subtask', args: { task_id: 6 } },
      ],
    },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'پنکھے والے کام پر تبصرہ لکھ دیں کہ الیکٹریشن نے کپیسٹر بدل دیا ہے',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 1, body: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم، کیسے ہیں آپ؟',
    fixture: HOSTEL,
    expect: { outcome: 'help' },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'میس کا ماہانہ حساب کا نام بدل کر "میس کا حساب اور بل" کر دیں',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, title: 'میس کا حساب اور بل' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر جمعے دوپہر تین بجے ہاسٹل کا راؤنڈ لگانا ہے',
    fixture: HOSTEL,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2028-08-25T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'الاٹمنٹ لسٹ کب تک دینی ہے؟',
    fixture: HOSTEL,
    expect: { reply: '28|۲۸|پیر' },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'ڈیزل والا کام مرمت سے نکال کر ان باکس میں ڈال دیں',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'inbox' } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سب مکمل کر دیں',
    fixture: HOSTEL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'رات کی حاضری سے پندرہ منٹ پہلے یاد دہانی لگا دیں',
    fixture: HOSTEL,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 5, reminders: [{ minutes_before: 15 }] } }],
    },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'ایک نئی فہرست بنا دیں جس کا نام داخلے ہو',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'create_list', args: { name: 'داخلے' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'نئے لڑکوں کے والدین کا اجلاس یکم ستمبر کو ہے، یہ بہت ضروری ہے',
    fixture: HOSTEL,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-09-01', priority: 'high' } }] },
  },

  // ---- The retired couple (Urdu) ----
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بیگم کی دوا لے آیا ہوں',
    fixture: BUZURG,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'بہو کو فون کر لیا ہے',
    fixture: BUZURG,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'اگلے مہینے کی تین تاریخ کو بیٹے کی طرف اسلام آباد جانا ہے',
    fixture: BUZURG,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2028-09-03' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'دل کا چیک اپ منگل کی بجائے بدھ کو ہے، وقت وہی ہے',
    fixture: BUZURG,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2028-08-30T04:00:00.000Z' } }],
    },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'پوتے کا تحفہ سارہ لے آئے گی',
    fixture: BUZURG,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'گیس کا بل جمع ہو گیا ہے، اور مالی کی تنخواہ ابھی نہیں دی، اس پر غلطی سے نشان لگ گیا تھا',
    fixture: BUZURG,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'reopen_task', args: { task_id: 10 } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'پاسپورٹ والا کام کب کا ہے؟',
    fixture: BUZURG,
    expect: { reply: 'ستمبر|09-08|sep|۸' },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'کل صبح سیر پر نہیں جاؤں گا، گھٹنے میں درد ہے',
    fixture: BUZURG,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 9 } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'چھت والے مستری کا نمبر ڈھونڈنا ہے',
    fixture: BUZURG,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر اتوار شام سات بجے بچوں سے ویڈیو کال ہوتی ہے، وہ بھی لکھ لیں',
    fixture: BUZURG,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2028-08-27T14:00:00.000Z' } }],
    },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'لائف سرٹیفکیٹ بینک والوں نے واپس کر دیا، دستخط کم تھے',
    fixture: BUZURG,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'چھت کی لیکیج اب بہت ضروری ہو گئی ہے، بارشیں شروع ہو گئی ہیں',
    fixture: BUZURG,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, priority: 'high' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'اخبار بند کروا دیا ہے، اس کے بل والا کام ہٹا دیں',
    fixture: BUZURG,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'تحفے والے کام پر سارہ کے لیے تبصرہ کر دیں: سائیکل نیلے رنگ کی ہو',
    fixture: BUZURG,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 8, body: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'شکریہ بیٹا، اللہ خوش رکھے',
    fixture: BUZURG,
    expect: { outcome: 'help' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے کیا کیا کرنا ہے؟',
    fixture: BUZURG,
    expect: { reply: all('شوگر', 'گیس') },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'پنشن والے دن سے ایک دن پہلے یاد دلا دینا',
    fixture: BUZURG,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 1, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'وہ کام کل پر ڈال دو',
    fixture: BUZURG,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'جمعہ کو بارہ بجے بیگم کو ڈاکٹر کے پاس لے جانا ہے، ایک گھنٹہ پہلے یاد کرا دینا',
    fixture: BUZURG,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2028-08-25T07:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'چھت کی لیکیج والا کام فیملی والی لسٹ میں ڈال دیں تاکہ سارہ بھی دیکھ لے',
    fixture: BUZURG,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'Family' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'عمرے کے پاسپورٹ کے ساتھ نوٹ لکھ لیں: پرانا پاسپورٹ اور دو تصویریں ساتھ لے جانی ہیں',
    fixture: BUZURG,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, description: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'پاسپورٹ والے کام کے نیچے ذیلی کام ڈال دیں: شناختی کارڈ کی کاپی',
    fixture: BUZURG,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 6 } }] },
  },
];
