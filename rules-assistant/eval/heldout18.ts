// An eighteenth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), biome.json (its formatter settings), server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures
// are used), rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES) and the
// first 140 lines of rules-assistant/eval/heldout17.ts (its header: format, judging conventions, clock, how fixtures
// are declared). Also seen: directory listings of /work/main, rules-assistant/eval/ and server/features/assistant/, and a listing
// of /tmp (names only, to place the check script). Not opened: anything under rules-assistant/engine/,
// docs/, test/assistant*, eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/probes17.ts,
// rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any other held-out set's cases (beyond
// heldout17's first 140 lines: its header and its first fixtures), any git history or diff, any
// earlier eval output.
// The assistant was never run on these cases; only the file's type check, its own reply regexes
// (through judge() against hand-written replies) and its expected calls (fed straight to the
// in-memory tools) were checked, from a throwaway script outside the repository.
// People (new ones): a science teacher at a girls' school in Multan (test papers of two sections,
// parents evening, assembly duty, the AEO office, a shared list Family with Sara); a nurse on night
// shifts at a hospital in Islamabad (a weekly night shift, ward stock checklists, a licence, her
// mother's medicine on the Family list); a freelance designer in Karachi with clients (logos,
// Instagram posts for two "Zaiqa" clients, invoices, an agency's pitch deck on the shared list Office
// that Bilal owns); a university student in Peshawar who types Roman Urdu (assignments, quizzes,
// hostel fee, a weekly call home); a rickshaw-fleet owner in Rawalpindi who types Roman Urdu (oil
// changes, weekly rent from drivers, token tax, a driver interview); a grandmother running a joint-family
// household who types Urdu (bills, the milkman's and the washerman's accounts, medicine, the monthly
// ration on the Family list); a tailor in Faisalabad who types Urdu (customers' suits, a bridal
// outfit, his worker's weekly wage). They type the way people do: no command words, typos, texting
// shorthand, long indirect sentences, politeness, several requests at once, relative dates, recurring
// things, reminders, edits (dates, priority, titles, notes, tags), done and not-done news, reopening
// without the word, moves, assignments, comments, subtasks, deletes, skips, questions, two similar
// tasks and vague or destructive requests (right outcome: ask), small talk (no tool at all). One
// message a case, no earlier turn.
// Fixtures (its own): TEACHER, NURSE, DESIGNER (Latin-script titles, for English cases); STUDENT,
// FLEET (Latin-script titles, for Roman Urdu cases); DADI, DARZI (Urdu-script titles, for Urdu
// cases); and 'empty'. Similar pairs: TEACHER 1/2 (the 7B and 7C test papers), NURSE 2/3 (the Ward 4
// and Ward 6 stock checklists), DESIGNER 2/3 (Instagram posts for Zaiqa Biryani and Zaiqa Bakers),
// STUDENT 1/2 (assignment 3 of Data Structures and of Database Systems), FLEET 1/2 (the oil changes of
// rickshaws 3 and 5), DADI 2/3 (the milkman's and the washerman's accounts), DARZI 1/2 (Mrs Rasheed's
// suit and her daughter's sharara). Lists named Family and Office are the shared lists of SHARED_LISTS
// (Family: the user owns it, Sara Khan editor, Ali Raza viewer; Office: Bilal Ahmed owns it, the user
// and Sara editors); School and Clients are the user's own.
// Clock (its own): Monday 2027-02-08 08:40 Asia/Karachi (UTC+5, no DST) = 2027-02-08T03:40:00.000Z,
// exported as HELDOUT18_NOW / HELDOUT18_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT18_NOW)).
//   today (aaj, آج) = Mon 02-08; tonight (aaj raat) = Mon 02-08 evening; tomorrow (kal, کل, tmrw) =
//   Tue 02-09; day after tomorrow (parson, پرسوں) = Wed 02-10; Wednesday = 02-10; Thursday (jumeraat,
//   جمعرات) = 02-11; Friday (jumma, جمعہ) = 02-12; Saturday (hafta, ہفتہ) / this Saturday = 02-13;
//   Sunday / this Sunday (itwaar, اتوار) = 02-14; a bare "Monday" is today or 02-15 (never used); next
//   Monday = 02-15; this week = Mon 02-08 .. Sun 02-14 (search due 'week' = 02-08..02-14); next week =
//   Mon 02-15 .. Sun 02-21 (as a date: ambiguous, never judged); the 15th = Mon 02-15; the 20th (20
//   tareekh) = Sat 02-20; the 25th (پچیس) = Thu 02-25; the 27th = Sat 02-27; end of the month (mahine
//   ke aakhir, مہینے کے آخر) = Sun 02-28; 1 March = Mon 03-01; "every month on the 5th" (har mahine 5
//   tareekh): its first = Fri 2027-03-05 (the 5th of February is past); a monthly thing "this month"
//   is its occurrence due in February; next month = March 2027 (as a date: ambiguous, never judged);
//   "push back a week" from a date D = D + 7.
//   Clock times (PKT = UTC+5), as UTC ISO: today 7pm = 2027-02-08T14:00:00.000Z, today 11pm =
//   18:00Z ("every night at 11": its first); tomorrow (Tuesday) 7am = 2027-02-09T02:00:00.000Z, 9am =
//   04:00Z, 10am = 05:00Z, 3pm (also "same time" as a 3pm call today) = 10:00Z, 7pm = 14:00Z;
//   Wednesday 02-10 10am = 2027-02-10T05:00:00.000Z, 2pm = 09:00Z, 4pm = 11:00Z; Thursday 02-11 11am =
//   2027-02-11T06:00:00.000Z, 5pm = 12:00Z; Thursday 02-18 5pm (a Thursday 5pm pushed back a week) =
//   2027-02-18T12:00:00.000Z; Friday 02-12 5pm = 2027-02-12T12:00:00.000Z ("every Friday 5pm": its
//   first), 10pm = 17:00Z ("every Friday 10pm": its first). "Remind me a day before" = 1440 minutes,
//   "2 days before" = 2880, "an hour before" = 60, "15 mins" = 15.
// Judging conventions (those of the earlier blind sets, as heldout14's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles are listed only where the request fixes them (quoted, or after a colon); RRULEs and
// free-text notes are '*' (present), as is an assignee (the person's name may be given in several
// forms). "Remind me N minutes / hours / a day before" expects reminders [{ minutes_before: N }];
// other reminders are '*'. "Remind me" expects reminders (a due moment alone is not a reminder).
// Changes to existing tasks name their task_id; tags are the whole new list. Reads are judged by the
// reply (titles it must name), not by which read tool was used. Several changes in one message are
// expected in the order the message gives them ("both" of two tasks: in the fixture's order).
// Anything ambiguous is '*' or left out of args.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT18_NOW = new Date('2027-02-08T03:40:00.000Z'); // Monday 08:40 in Karachi
export const HELDOUT18_ZONE = 'Asia/Karachi';

/** The science teacher in Multan. */
const TEACHER: FixtureTask[] = [
  { id: 1, title: 'Check 7B science test papers', tags: ['school'], due_date: '2027-02-09' },
  { id: 2, title: 'Check 7C science test papers', tags: ['school'], due_date: '2027-02-10' },
  { id: 3, title: 'Parents evening', list: 'School', due_at: '2027-02-11T12:00:00.000Z' },
  { id: 4, title: 'Lesson plan for week 6', list: 'School', due_date: '2027-02-07' },
  {
    id: 5,
    title: 'Submit attendance register',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2027-02-13',
  },
  { id: 6, title: 'Science fair project list', priority: 'medium', due_date: '2027-02-19' },
  { id: 7, title: 'Exam duty roster', completed: true },
  { id: 8, title: 'Buy chart paper and markers' },
  { id: 9, title: 'Pay PTCL bill', due_date: '2027-02-12' },
  { id: 10, title: 'Book Daewoo tickets to Lahore', due_date: '2027-02-18' },
  {
    id: 11,
    title: 'Morning assembly duty',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_at: '2027-02-08T02:45:00.000Z',
  },
  { id: 12, title: 'Return library books', completed: true },
  { id: 13, title: 'Collect salary slip from AEO office', priority: 'high', due_date: '2027-02-05' },
  { id: 14, title: 'Groceries for the week', list: 'Family' },
];

/** The nurse on night shifts in Islamabad. */
const NURSE: FixtureTask[] = [
  {
    id: 1,
    title: 'Night shift - Ward 4',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE',
    due_at: '2027-02-08T15:00:00.000Z',
  },
  { id: 2, title: 'Ward 4 stock checklist', due_date: '2027-02-09' },
  { id: 3, title: 'Ward 6 stock checklist', due_date: '2027-02-10' },
  { id: 4, title: 'BLS refresher course', priority: 'high', due_date: '2027-02-20' },
  { id: 5, title: 'Renew PNC licence', priority: 'medium', due_date: '2027-02-28' },
  { id: 6, title: 'Pick up uniforms from dry cleaner', due_date: '2027-02-08' },
  { id: 7, title: 'Send rota swap request to Matron', due_date: '2027-02-06' },
  { id: 8, title: "Ammi's BP medicine refill", list: 'Family', due_date: '2027-02-09' },
  { id: 9, title: 'Gym membership renewal', completed: true },
  { id: 10, title: 'Take iron tablet', recurrence: 'FREQ=DAILY', due_at: '2027-02-08T04:00:00.000Z' },
  { id: 11, title: 'Car tuning at Blue Area workshop', due_date: '2027-02-13' },
  { id: 12, title: 'Call Rabia about shift swap', completed: true },
];

/** The freelance designer in Karachi. */
const DESIGNER: FixtureTask[] = [
  {
    id: 1,
    title: 'Logo revisions for Chai Khana',
    priority: 'high',
    tags: ['client'],
    due_date: '2027-02-09',
  },
  { id: 2, title: 'Instagram posts for Zaiqa Biryani', tags: ['social'], due_date: '2027-02-10' },
  { id: 3, title: 'Instagram posts for Zaiqa Bakers', tags: ['social'], due_date: '2027-02-12' },
  { id: 4, title: 'Send invoice to Mehwish - wedding cards', tags: ['invoice'], due_date: '2027-02-05' },
  { id: 5, title: 'Website mockup for Karachi Threads', list: 'Clients', due_date: '2027-02-17' },
  { id: 6, title: 'Renew Adobe subscription', due_date: '2027-02-15' },
  { id: 7, title: 'Update Behance portfolio' },
  { id: 8, title: 'Pitch deck for agency', list: 'Office', due_date: '2027-02-11' },
  { id: 9, title: 'Client call with Haris', due_at: '2027-02-08T10:00:00.000Z' },
  { id: 10, title: 'Print business cards', completed: true },
  {
    id: 11,
    title: 'Weekly backup of project files',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2027-02-12',
  },
  { id: 12, title: 'Buy new drawing tablet pen' },
  { id: 13, title: 'Brand guidelines PDF for Chai Khana', completed: true, tags: ['client'] },
];

/** The university student in Peshawar (Roman Urdu). */
const STUDENT: FixtureTask[] = [
  { id: 1, title: 'Assignment 3 - Data Structures', tags: ['uni'], due_date: '2027-02-10' },
  { id: 2, title: 'Assignment 3 - Database Systems', tags: ['uni'], due_date: '2027-02-12' },
  { id: 3, title: 'OOP lab report', due_date: '2027-02-09' },
  { id: 4, title: 'Quiz prep - Calculus', priority: 'high', due_date: '2027-02-10' },
  { id: 5, title: 'Hostel fee jama karwani', priority: 'high', due_date: '2027-02-15' },
  { id: 6, title: 'FYP proposal to Sir Kamran', due_date: '2027-02-22' },
  {
    id: 7,
    title: 'Ghar call karna',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_at: '2027-02-14T15:00:00.000Z',
  },
  { id: 8, title: 'Library book wapis karni', completed: true, due_date: '2027-02-05' },
  { id: 9, title: 'Gym join karna' },
  { id: 10, title: 'Cricket match with hostel team', due_date: '2027-02-13' },
  { id: 11, title: 'Photocopy of notes from Usman', completed: true },
  { id: 12, title: 'Bus pass renew', due_date: '2027-02-26' },
  { id: 13, title: 'Print notes for Calculus', due_date: '2027-02-08' },
];

/** The rickshaw-fleet owner in Rawalpindi (Roman Urdu). */
const FLEET: FixtureTask[] = [
  { id: 1, title: 'Rickshaw 3 oil change', due_date: '2027-02-09' },
  { id: 2, title: 'Rickshaw 5 oil change', due_date: '2027-02-11' },
  {
    id: 3,
    title: 'Collect weekly kiraya from drivers',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2027-02-13',
  },
  { id: 4, title: 'Token tax for RLP-4512', priority: 'high', due_date: '2027-02-15' },
  { id: 5, title: 'Tyre change - rickshaw 7', due_date: '2027-02-06' },
  { id: 6, title: 'Check driver Javed ka license', due_date: '2027-02-10' },
  { id: 7, title: 'Insurance renewal for all rickshaws', priority: 'medium', due_date: '2027-02-28' },
  { id: 8, title: 'CNG kit inspection', completed: true },
  { id: 9, title: 'Pay mechanic Shaukat', due_date: '2027-02-08' },
  { id: 10, title: 'Driver interview - Naveed', due_at: '2027-02-09T06:00:00.000Z' },
  { id: 11, title: 'Buy spare seat covers' },
  {
    id: 12,
    title: 'Bank loan installment',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2027-02-10',
  },
];

/** The grandmother running a joint-family household (Urdu). */
const DADI: FixtureTask[] = [
  { id: 1, title: 'بجلی کا بل جمع کرانا', due_date: '2027-02-10' },
  { id: 2, title: 'دودھ والے کا حساب', due_date: '2027-02-10' },
  { id: 3, title: 'دھوبی کا حساب', due_date: '2027-02-13' },
  { id: 4, title: 'شوگر کی دوائی لانی', priority: 'high', due_date: '2027-02-08' },
  { id: 5, title: 'نعمان کی شادی کے کپڑے', due_date: '2027-02-20' },
  { id: 6, title: 'قرآن خوانی کا انتظام', due_at: '2027-02-11T10:00:00.000Z' },
  { id: 7, title: 'فریج کی مرمت', due_date: '2027-02-05' },
  { id: 8, title: 'ماسی کی تنخواہ', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10', due_date: '2027-02-10' },
  { id: 9, title: 'مہینے کا راشن', priority: 'medium', list: 'Family', due_date: '2027-02-09' },
  { id: 10, title: 'بچوں کی سکول فیس', due_date: '2027-02-15' },
  { id: 11, title: 'گیزر ٹھیک کروانا', completed: true },
  { id: 12, title: 'خالہ کو فون کرنا' },
  { id: 13, title: 'بڑی بہو کی ڈاکٹر سے ملاقات', due_at: '2027-02-09T12:00:00.000Z' },
];

/** The tailor in Faisalabad (Urdu). */
const DARZI: FixtureTask[] = [
  { id: 1, title: 'مسز رشید کا سوٹ', due_date: '2027-02-10' },
  { id: 2, title: 'مسز رشید کی بیٹی کا شرارہ', due_date: '2027-02-18' },
  { id: 3, title: 'اعظم مارکیٹ سے کپڑا لانا', due_date: '2027-02-09' },
  { id: 4, title: 'سلائی مشین کی سروس', due_date: '2027-02-06' },
  { id: 5, title: 'کاریگر اکرم کی تنخواہ', recurrence: 'FREQ=WEEKLY;BYDAY=TH', due_date: '2027-02-11' },
  { id: 6, title: 'دکان کا کرایہ', priority: 'high', due_date: '2027-02-10' },
  { id: 7, title: 'دلہن کا جوڑا - ثمینہ', due_date: '2027-02-25' },
  { id: 8, title: 'بٹن اور لیس منگوانی' },
  { id: 9, title: 'شاہد صاحب کی شیروانی', completed: true },
  { id: 10, title: 'نیا بورڈ بنوانا' },
  { id: 11, title: 'بیٹے کی یونیورسٹی فیس', list: 'Family', due_date: '2027-02-15' },
];

/** A reply regex naming every one of `words` (any order). */
const all = (...words: string[]) => words.map((w) => `(?=[\\s\\S]*${w})`).join('');

export const heldout18: Utterance[] = [
  // ---------------------------------------------------------------- English: the teacher in Multan
  {
    intent: 'add',
    lang: 'en',
    text: "staff meeting wednesday 2pm in the principal's office",
    fixture: TEACHER,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-02-10T09:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'need to buy chalk n a new duster tmrw',
    fixture: TEACHER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-02-09' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "finally done checking 7B's papers 😩 what a pile",
    fixture: TEACHER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the test paper task, can you move it to friday',
    fixture: TEACHER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: "lesson plan for week 6 didn't happen over the weekend... I'll do it tomorrow instead",
    fixture: TEACHER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2027-02-09' } }] },
  },
  {
    intent: 'priority',
    lang: 'en',
    text: 'science fair list is getting urgent now, bump it up to high pls',
    fixture: TEACHER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'high' } }] },
  },
  {
    intent: 'query',
    lang: 'en',
    text: "what's due this week?",
    fixture: TEACHER,
    expect: { reply: all('7B', '7C', 'parents evening') },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'wait the exam duty roster isnt actually finished, AEO sent it back with corrections',
    fixture: TEACHER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'no need for the daewoo tickets anymore, my brother is driving us to lahore. get rid of it',
    fixture: TEACHER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'Mrs Naheed is covering assembly duty for me today so skip this one',
    fixture: TEACHER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 11 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'parents evening - note to self: bring the result cards and the attendance sheet',
    fixture: TEACHER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "call the chart paper one 'Stationery for science fair' instead",
    fixture: TEACHER,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 8, title: 'Stationery for science fair' } }],
    },
  },
  {
    intent: 'tags',
    lang: 'en',
    text: 'tag the PTCL bill as bills',
    fixture: TEACHER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, tags: ['bills'] } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'got my salary slip from the AEO office at last!! also add: photocopy of CNIC for transfer file, by thursday',
    fixture: TEACHER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 13 } },
        { name: 'add_task_details', args: { due_date: '2027-02-11' } },
      ],
    },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'remind me to call the van uncle at 7 tonight about the kids pickup',
    fixture: TEACHER,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2027-02-08T14:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'uff monday mornings 😮‍💨 thanks for keeping me sane',
    fixture: TEACHER,
    expect: { outcome: 'help' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'clear out all my school stuff, I want to start fresh',
    fixture: TEACHER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'recur',
    lang: 'en',
    text: 'every saturday I have to send the weekly diary to the headmistress, keep that one going for me',
    fixture: TEACHER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-02-13', recurrence: '*' } }] },
  },
  {
    intent: 'organize',
    lang: 'en',
    text: "the PTCL bill should go in the Family list, and put Sara on it, she's paying this month",
    fixture: TEACHER,
    expect: {
      calls: [
        { name: 'move_task', args: { task_id: 9, list: 'Family' } },
        { name: 'assign_task', args: { task_id: 9, assignee: '*' } },
      ],
    },
  },
  {
    intent: 'query',
    lang: 'en',
    text: "anything I'm behind on?",
    fixture: TEACHER,
    expect: { reply: all('lesson plan', 'salary slip') },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: "parents evening got pushed back a week, principal's orders",
    fixture: TEACHER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2027-02-18T12:00:00.000Z' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'submited the attendence register early this time!!',
    fixture: TEACHER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  // ---------------------------------------------------------------- English: the nurse in Islamabad
  {
    intent: 'skip',
    lang: 'en',
    text: "not going in tonight, they cancelled my night shift (ward's overstaffed)",
    fixture: NURSE,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'stock checklist done ✅',
    fixture: NURSE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'ward 6 checklist done, the ward 4 one is still pending',
    fixture: NURSE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'dentist appt thursday 11am, F-8 markaz',
    fixture: NURSE,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-02-11T06:00:00.000Z' } }] },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'can you remind me about the BLS refresher 2 days before',
    fixture: NURSE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, reminders: [{ minutes_before: 2880 }] } }],
    },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: 'moving the uniform pickup to wednesday, too wiped today',
    fixture: NURSE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2027-02-10' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "the rota swap request to matron, don't need it anymore, please delete",
    fixture: NURSE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'what do I need to sort out today before my shift?',
    fixture: NURSE,
    expect: { reply: 'uniform' },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "ugh I ticked the gym renewal by mistake, haven't paid yet",
    fixture: NURSE,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'priority',
    lang: 'en',
    text: 'licence renewal can wait, make it low priority',
    fixture: NURSE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'low' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "need to: buy compression socks, get my flu shot, return Rabia's stethoscope",
    fixture: NURSE,
    expect: { calls: [{ name: 'add_task' }, { name: 'add_task' }, { name: 'add_task' }] },
  },
  {
    intent: 'recur',
    lang: 'en',
    text: 'I keep forgetting to drink water on shift, remind me every night at 11',
    fixture: NURSE,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2027-02-08T18:00:00.000Z', recurrence: '*', reminders: '*' },
        },
      ],
    },
  },
  {
    intent: 'organize',
    lang: 'en',
    text: "Sara can pick up Ammi's BP medicine tomorrow, assign it to her",
    fixture: NURSE,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'organize',
    lang: 'en',
    text: "comment on Ammi's medicine task so Sara sees it: the pharmacy in Jinnah Super has it, ask for the 5mg one",
    fixture: NURSE,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 8, body: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'just got home after a 12 hr shift, dead tired lol',
    fixture: NURSE,
    expect: { outcome: 'help' },
  },
  {
    intent: 'tags',
    lang: 'en',
    text: 'tag the car tuning with car and weekend',
    fixture: NURSE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, tags: ['car', 'weekend'] } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "fix the spelling on the PNC one, it should be 'Renew PNC license'",
    fixture: NURSE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, title: 'Renew PNC license' } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'move it to tomorrow',
    fixture: NURSE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "for the BLS course, add that it's at the PIMS skills lab room 12 and to bring my CNIC",
    fixture: NURSE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, description: '*' } }] },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'is the car tuning this saturday or the next one?',
    fixture: NURSE,
    expect: { reply: '13|this saturday' },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'picked up the uniforms on the way back 👍',
    fixture: NURSE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'notdone',
    lang: 'en',
    text: "haven't managed to send the rota swap request yet, ugh",
    fixture: NURSE,
    expect: {},
  },
  // ---------------------------------------------------------------- English: the designer in Karachi
  {
    intent: 'ask',
    lang: 'en',
    text: 'zaiqa posts sent to the client, tick it off',
    fixture: DESIGNER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'bakers posts are done, biryani ones still pending',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finally sent the invoice to Mehwish',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: 'Haris moved our call to tomorrow, same time',
    fixture: DESIGNER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, due_at: '2027-02-09T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'new client!! kababjees wants a menu redesign by the 20th, high priority',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-02-20', priority: 'high' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "add 'Case study slides' to the Office list for thursday",
    fixture: DESIGNER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'Case study slides', list: 'Office', due_date: '2027-02-11' },
        },
      ],
    },
  },
  {
    intent: 'organize',
    lang: 'en',
    text: "Sara's taking over the pitch deck, put her on it",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'what have i got for zaiqa?',
    fixture: DESIGNER,
    expect: { reply: all('biryani', 'bakers') },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'drop the tablet pen thing, found my old one behind the couch',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "Chai Khana came back with changes to the brand guidelines pdf, so that's not done after all",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "skipping this friday's backup, laptop's at the repair shop",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 11 } }] },
  },
  {
    intent: 'organize',
    lang: 'en',
    text: 'under the Karachi Threads mockup add steps: homepage, product page, checkout',
    fixture: DESIGNER,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 5, title: 'homepage' } },
        { name: 'add_subtask', args: { task_id: 5, title: 'product page' } },
        { name: 'add_subtask', args: { task_id: 5, title: 'checkout' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'chai khana logo can slide to wednesday, but make the adobe renewal high priority',
    fixture: DESIGNER,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 1, due_date: '2027-02-10' } },
        { name: 'set_task_details', args: { task_id: 6, priority: 'high' } },
      ],
    },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'delete all my tasks',
    fixture: DESIGNER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'tags',
    lang: 'en',
    text: 'add an urgent tag on the chai khana logo',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, tags: ['client', 'urgent'] } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'put a note on the behance portfolio one: include Zaiqa and Chai Khana projects',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 7, description: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'good morning!! ☀️',
    fixture: DESIGNER,
    expect: { outcome: 'help' },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "so my cousin's wedding is on the 27th and I kinda promised I'd design the mehndi invites... should really have them done by the 20th at the latest",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-02-20' } }] },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'client call with Haris — remind me 15 mins before pls',
    fixture: DESIGNER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, reminders: [{ minutes_before: 15 }] } }],
    },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'hey what can you do?',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
  // ---------------------------------------------------------------- Roman Urdu: the student in Peshawar
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal subah 9 baje OOP ka viva hai',
    fixture: STUDENT,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-02-09T04:00:00.000Z' } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'assignment 3 submit kar di yaar',
    fixture: STUDENT,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'DBMS wali assignment jama ho gayi, DS wali abhi baqi hai',
    fixture: STUDENT,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'calculus quiz parson tha ab jumeraat ko hoga',
    fixture: STUDENT,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2027-02-11' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'hostel ki fees bhar di finally 🙏',
    fixture: STUDENT,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'aaj kya kya karna hai mujhe?',
    fixture: STUDENT,
    expect: { reply: 'print notes' },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'gym wala scene cancel, paise hi nahi hain 😂 hata do',
    fixture: STUDENT,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'library book abhi tak wapis nahi ki, galti se tick ho gaya tha',
    fixture: STUDENT,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'recur',
    lang: 'roman',
    text: 'har friday raat 10 baje laundry',
    fixture: STUDENT,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2027-02-12T17:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'remind',
    lang: 'roman',
    text: 'mujhe kal subah 7 baje yaad dila dena ke Usman se notes lene hain',
    fixture: STUDENT,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2027-02-09T02:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is sunday ghar call nahi ho payegi, trip pe hun, skip kar do',
    fixture: STUDENT,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'priority',
    lang: 'roman',
    text: 'FYP proposal ko high priority pe daal do, Sir Kamran ne deadline yaad dilayi hai',
    fixture: STUDENT,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'high' } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'lab report submit ho gayi aur bus pass ki date 1 march kar do',
    fixture: STUDENT,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'set_task_details', args: { task_id: 12, due_date: '2027-03-01' } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'DS assignment mein note daal do: linked list aur stack wale questions, Q4 optional hai',
    fixture: STUDENT,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'is hafte uni ka kya kya due hai?',
    fixture: STUDENT,
    expect: { reply: all('data structures', 'database') },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya bhai, bohat help ho gayi',
    fixture: STUDENT,
    expect: { outcome: 'help' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab kuch delete kar do yaar, semester khatam',
    fixture: STUDENT,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: "cricket match ka naam badal ke 'Hostel cricket final' kar do",
    fixture: STUDENT,
    expect: { calls: [{ name: 'update_task', args: { task_id: 10, title: 'Hostel cricket final' } }] },
  },
  {
    intent: 'tags',
    lang: 'roman',
    text: 'calculus quiz pe exam ka tag laga do',
    fixture: STUDENT,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, tags: ['exam'] } }] },
  },
  {
    intent: 'organize',
    lang: 'roman',
    text: 'FYP proposal ke andar ye steps daal do: abstract, literature review, timeline',
    fixture: STUDENT,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 6, title: 'abstract' } },
        { name: 'add_subtask', args: { task_id: 6, title: 'literature review' } },
        { name: 'add_subtask', args: { task_id: 6, title: 'timeline' } },
      ],
    },
  },
  {
    intent: 'organize',
    lang: 'roman',
    text: 'uni ke kaamon ke liye alag list bana do "Uni" naam se, aur dono assignments usmein shift kar do',
    fixture: STUDENT,
    expect: {
      calls: [
        { name: 'create_list', args: { name: 'Uni' } },
        { name: 'move_task', args: { task_id: 1, list: 'Uni' } },
        { name: 'move_task', args: { task_id: 2, list: 'Uni' } },
      ],
    },
  },
  {
    intent: 'notdone',
    lang: 'roman',
    text: 'DS assignment abhi tak shuru bhi nahi ki 😭',
    fixture: STUDENT,
    expect: {},
  },
  // ---------------------------------------------------------------- Roman Urdu: the rickshaw fleet
  {
    intent: 'ask',
    lang: 'roman',
    text: 'oil change ho gaya',
    fixture: FLEET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'rickshaw 5 ka oil change jumeraat ke bajaye hafte ko hoga',
    fixture: FLEET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2027-02-13' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Shaukat mistri ko paise de diye',
    fixture: FLEET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'parson subah 10 baje Naveed ke saath CNG station jana hai',
    fixture: FLEET,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-02-10T05:00:00.000Z' } }] },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'token tax kab tak jama karwana hai?',
    fixture: FLEET,
    expect: { reply: '15' },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'token tax ki last date 20 tareekh ho gayi hai',
    fixture: FLEET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2027-02-20' } }] },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'Naveed ka interview kal 11 ki bajaye dopahar 3 baje',
    fixture: FLEET,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 10, due_at: '2027-02-09T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'Javed ka license check wala hata do, usne kaam chor diya',
    fixture: FLEET,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is hafte kiraya collection nahi hogi, sab drivers gaon gaye hue hain',
    fixture: FLEET,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: '2 kaam likh lo: rickshaw 7 ke brake check karwane hain aur naye mirrors lene hain',
    fixture: FLEET,
    expect: { calls: [{ name: 'add_task' }, { name: 'add_task' }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'rickshaw 7 ke tyre badal diye aaj',
    fixture: FLEET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'CNG inspection wali cheez wapis pending kar do, inspector aya hi nahi tha',
    fixture: FLEET,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'priority',
    lang: 'roman',
    text: 'insurance wala kaam ab urgent hai, priority barha do',
    fixture: FLEET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'recur',
    lang: 'roman',
    text: 'har mahine 5 tareekh ko drivers ki salary, ek din pehle yaad dila dena',
    fixture: FLEET,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_date: '2027-03-05', recurrence: '*', reminders: [{ minutes_before: 1440 }] },
        },
      ],
    },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'kuch late to nahi ho gaya? jo reh gaya ho',
    fixture: FLEET,
    expect: { reply: 'tyre' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'purane sab kaam uda do',
    fixture: FLEET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'seat covers wale task mein likh do: 6 covers, Raja Bazaar wali dukaan se',
    fixture: FLEET,
    expect: { calls: [{ name: 'update_task', args: { task_id: 11, description: '*' } }] },
  },
  {
    intent: 'tags',
    lang: 'roman',
    text: 'loan installment pe bank ka tag laga do',
    fixture: FLEET,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 12, tags: ['bank'] } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'acha theek hai, baad mein baat karte hain',
    fixture: FLEET,
    expect: { outcome: 'help' },
  },
  // ---------------------------------------------------------------- Urdu: the grandmother's household
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل صبح دس بجے بینک جانا ہے',
    fixture: DADI,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-02-09T05:00:00.000Z' } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'حساب کر دیا ہے',
    fixture: DADI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دودھ والے کو پیسے دے دیے، دھوبی کا ابھی باقی ہے',
    fixture: DADI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بجلی کا بل جمع ہو گیا',
    fixture: DADI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'ur',
    text: 'فریج والا مستری اب جمعرات کو آئے گا',
    fixture: DADI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2027-02-11' } }] },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'آج کیا کیا کام ہیں؟',
    fixture: DADI,
    expect: { reply: 'شوگر' },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'قرآن خوانی منسوخ ہو گئی ہے، اسے ہٹا دو',
    fixture: DADI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'گیزر والا کام ابھی ختم نہیں ہوا، مستری ادھورا چھوڑ گیا',
    fixture: DADI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'organize',
    lang: 'ur',
    text: 'راشن سارہ لے آئے گی، یہ کام اس کے ذمے لگا دو',
    fixture: DADI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'priority',
    lang: 'ur',
    text: 'بچوں کی سکول فیس ضروری ہے، اس کی ترجیح زیادہ کر دو',
    fixture: DADI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, priority: 'high' } }] },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'بڑی بہو کی ڈاکٹر والی ملاقات سے ایک گھنٹہ پہلے یاد دلا دینا',
    fixture: DADI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 13, reminders: [{ minutes_before: 60 }] } }],
    },
  },
  {
    intent: 'recur',
    lang: 'ur',
    text: 'ہر جمعے کو شام پانچ بجے بچوں کو قاری صاحب کے پاس بھیجنا ہے',
    fixture: DADI,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2027-02-12T12:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'خالہ کو فون کر لیا، اور نعمان کے کپڑوں کی تاریخ پچیس کر دو',
    fixture: DADI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 12 } },
        { name: 'set_task_details', args: { task_id: 5, due_date: '2027-02-25' } },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'جیتے رہو بیٹا، بہت شکریہ',
    fixture: DADI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سب کام مٹا دو',
    fixture: DADI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'راشن والے کام میں لکھ دو: آٹا، چینی، گھی اور دالیں',
    fixture: DADI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 9, description: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس مہینے ماسی کو تنخواہ نہیں دینی، وہ پورا مہینہ گاؤں میں ہے',
    fixture: DADI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'بجلی کا بل کب تک جمع کرانا ہے؟',
    fixture: DADI,
    expect: { reply: '10|۱۰|بدھ' },
  },
  {
    intent: 'organize',
    lang: 'ur',
    text: 'بچوں کی فیس والا کام فیملی والی لسٹ میں ڈال دو',
    fixture: DADI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 10, list: 'Family' } }] },
  },
  {
    intent: 'notdone',
    lang: 'ur',
    text: 'خالہ کو ابھی تک فون نہیں کیا',
    fixture: DADI,
    expect: {},
  },
  // ---------------------------------------------------------------- Urdu: the tailor in Faisalabad
  {
    intent: 'ask',
    lang: 'ur',
    text: 'مسز رشید کا آرڈر تیار ہو گیا ہے',
    fixture: DARZI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'مسز رشید کی بیٹی کا شرارہ سل گیا',
    fixture: DARZI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'پرسوں شام چار بجے ثمینہ کی امی ناپ دینے آئیں گی',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-02-10T11:00:00.000Z' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دکان کا کرایہ دے دیا ہے',
    fixture: DARZI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'ur',
    text: 'کپڑا لینے کل نہیں جا سکوں گا، جمعے کو جاؤں گا',
    fixture: DARZI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2027-02-12' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'نیا بورڈ ابھی رہنے دو، پیسے نہیں ہیں، اسے فہرست سے نکال دو',
    fixture: DARZI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'شاہد صاحب کی شیروانی واپس آ گئی ہے، بازو چھوٹے ہیں، اسے پھر سے باقی کاموں میں ڈال دو',
    fixture: DARZI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'priority',
    lang: 'ur',
    text: 'ثمینہ کا دلہن والا جوڑا سب سے ضروری ہے، اسے اونچی ترجیح دے دو',
    fixture: DARZI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'مجھے کل شام سات بجے یاد دلانا کہ اکرم سے حساب کرنا ہے',
    fixture: DARZI,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2027-02-09T14:00:00.000Z', reminders: '*' } }],
    },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'اس ہفتے کون کون سے آرڈر دینے ہیں؟',
    fixture: DARZI,
    expect: { reply: 'رشید' },
  },
  {
    intent: 'tags',
    lang: 'ur',
    text: 'دلہن کے جوڑے پر شادی کا ٹیگ لگا دو',
    fixture: DARZI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, tags: ['شادی'] } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعرات اکرم کی تنخواہ نہیں بنتی، وہ ایڈوانس لے چکا ہے',
    fixture: DARZI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'مسز رشید کے سوٹ میں لکھ لو کہ گلا گول ہو اور دامن پر لیس لگے',
    fixture: DARZI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بٹن اور لیس آ گئے، اور ایک نیا کام لکھ لو: استری ٹھیک کروانی ہے',
    fixture: DARZI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }, { name: 'add_task' }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: "بیٹے کی فیس والے کام کا نام بدل کر 'علی کی یونیورسٹی فیس' کر دو",
    fixture: DARZI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 11, title: 'علی کی یونیورسٹی فیس' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم! کیسے ہو؟',
    fixture: DARZI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'کون سا کام رہ گیا ہے جو وقت پر نہیں ہوا؟',
    fixture: DARZI,
    expect: { reply: 'سلائی' },
  },
  {
    intent: 'reschedule',
    lang: 'ur',
    text: 'دلہن کا جوڑا مہینے کے آخر تک دینا ہے',
    fixture: DARZI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2027-02-28' } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'اس کی تاریخ بدل دو',
    fixture: DARZI,
    expect: { outcome: 'ask' },
  },
];
