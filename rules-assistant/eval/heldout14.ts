// A fourteenth held-out set for the built-in assistant, written blind and SEALED until its one run
// at the end of the work (the honest measure).
// How it was written: blind to the assistant. Opened, and nothing else: /work/prompts/blind14.md and
// /work/prompts/blind-common.md (the brief); in /work/wt-blind: README.md, server/features/assistant/tools.ts
// (the tool contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the
// in-memory tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and
// fixtures are used), rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES)
// and the first 40 lines of rules-assistant/eval/heldout10.ts (format and header). Also seen: directory listings of
// the checkout's root, rules-assistant/eval/, server/features/assistant/ and /work/blind. Not opened: anything under
// rules-assistant/engine/, docs/assistant.md, docs/decisions/, test/assistant*, eval/intent-*.ts,
// eval/round*.ts, rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any other held-out set's
// cases, any other file in /work/blind, any git history. The assistant was never run on these cases;
// only the file's loading, its type check and its own reply regexes (against hand-written replies,
// through judge()) were checked.
// People: users of a task app in Pakistan: a university lecturer in Islamabad (classes, grading,
// papers, committee meetings), a nurse on shifts in Lahore (rota, night shifts, family errands), a
// shopkeeper's son in Faisalabad (deliveries, khata, payments) and a retired grandfather who writes
// slowly and formally ("Kindly ...", "meherbani farma kar", "براہ کرم", "مہربانی فرما کر"). Short and
// long messages, typos, statements without command words, several requests in one message, edits,
// done / not done news, moves, subtasks, reminders, repeats, skips, deletes, questions about the day
// and the week, assigning in a shared list, two similar tasks and vague or destructive requests
// (right outcome: ask), small talk (no tool at all). No case has an earlier turn.
// Fixtures of its own: LECTURER and GRANDPA (English titles), NURSE and DUKAAN (Roman Urdu / English
// titles), DADA, KAAM and DUTY (Urdu-script titles); plus the shared 'empty'. Urdu-script cases use
// DADA, KAAM, DUTY or 'empty' only; English and Roman cases use Latin-script fixtures only. The lists
// named Family are the shared list of SHARED_LISTS (Sara Khan editor, Ali Raza viewer); every other
// list is the user's own.
// Clock (its own): Monday 2026-02-16 07:35 Asia/Karachi (UTC+5, no DST) = 2026-02-16T02:35:00.000Z,
// exported as HELDOUT14_NOW / HELDOUT14_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT14_NOW)).
//   today (aaj, آج) = Mon 02-16; tonight = Mon 02-16 evening; "in 2 hours" = 09:35 =
//   2026-02-16T04:35:00.000Z; tomorrow (kal, کل, tmrw) = Tue 02-17; day after tomorrow (parson,
//   پرسوں) = Wed 02-18; Wednesday (budh, بدھ) = 02-18; Thursday (jumeraat, جمعرات) = 02-19; Friday /
//   this Friday (jumma, جمعہ) = 02-20; Saturday (hafta, ہفتے کے دن) = 02-21; Sunday (itwaar, اتوار) =
//   02-22; next Monday (اگلے پیر) = 02-23; a bare "Monday" is today or 02-23 (ambiguous, never
//   judged); "next Friday" is 02-20 or 02-27 (ambiguous, never judged); this week = Mon 02-16 to Sun
//   02-22 (search due 'week' = 02-16..02-22); next week = Mon 02-23 to Sun 03-01 (as a date:
//   ambiguous, never judged); end of the month (mahine ke aakhir, مہینے کے آخر) = Sat 02-28; the 1st
//   = Sun 03-01; the 5th (5 tareekh, پانچ تاریخ) = Thu 03-05 (of March when said of March); the 10th
//   (دس تاریخ) = Tue 03-10; the 25th (25 tareekh) = Wed 02-25; every other Tuesday: the first
//   occurrence (02-17 or 02-24) is ambiguous, never judged.
//   Clock times (PKT = UTC+5), as UTC ISO: today 8am = 2026-02-16T03:00:00.000Z, today 11am =
//   06:00Z, tonight 7pm = 14:00Z; tomorrow 8am = 2026-02-17T03:00:00.000Z, 9am = 04:00Z, 10am =
//   05:00Z, 11am = 06:00Z, 3pm = 10:00Z, 4pm = 11:00Z, 5pm = 12:00Z, 6pm = 13:00Z, 8pm = 15:00Z;
//   Wednesday 10am = 2026-02-18T05:00:00.000Z, 11am = 06:00Z, 2pm = 09:00Z, 3pm = 10:00Z, 6pm =
//   13:00Z; Thursday 9am = 2026-02-19T04:00:00.000Z, 10am = 05:00Z, 11am = 06:00Z, 2pm = 09:00Z,
//   3pm = 10:00Z, 4:30pm = 11:30Z; Friday 7am = 2026-02-20T02:00:00.000Z, 9am = 04:00Z, 10am =
//   05:00Z, 11am = 06:00Z, 3pm = 10:00Z; Saturday 6pm = 2026-02-21T13:00:00.000Z.
// Judging conventions (those of the earlier blind sets): a plain add (a title, maybe a note) expects
// add_task; an add with a due moment, priority, tags, a list, a recurrence or a reminder expects
// add_task_details. All-day dates are due_date, a clock time is due_at. Titles are listed only where
// the request fixes them (quoted, or after a colon); RRULEs and free-text notes are '*' (present),
// as is an assignee (the person's name may be given in several forms). "Remind me N minutes / hours
// / a day before" expects reminders [{ minutes_before: N }]; other reminders are '*'. "Remind me"
// expects reminders (a due moment alone is not a reminder). Changes to existing tasks name their
// task_id; tags are the whole new list. Reads are judged by the reply (titles it must name), not by
// which read tool was used.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT14_NOW = new Date('2026-02-16T02:35:00.000Z'); // Monday 07:35 in Karachi
export const HELDOUT14_ZONE = 'Asia/Karachi';

/** The Islamabad lecturer (English titles). */
const LECTURER: FixtureTask[] = [
  {
    id: 1,
    title: 'Grade CS-201 midterm papers',
    priority: 'high',
    tags: ['grading'],
    due_date: '2026-02-18',
    list: 'Teaching',
  },
  { id: 2, title: 'Prepare lecture slides for week 6', due_date: '2026-02-16', list: 'Teaching' },
  { id: 3, title: 'Curriculum committee meeting', due_at: '2026-02-17T06:00:00.000Z', tags: ['committee'] },
  { id: 4, title: 'Hiring committee meeting', due_at: '2026-02-19T09:00:00.000Z', tags: ['committee'] },
  {
    id: 5,
    title: 'Review paper for IEEE Access',
    due_date: '2026-02-25',
    tags: ['research'],
    list: 'Research',
  },
  {
    id: 6,
    title: 'Submit conference paper draft',
    priority: 'high',
    due_date: '2026-02-28',
    list: 'Research',
  },
  {
    id: 7,
    title: 'Office hours',
    due_at: '2026-02-18T09:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    list: 'Teaching',
  },
  { id: 8, title: 'Renew library books', due_date: '2026-02-13' },
  { id: 9, title: 'Call HEC about travel grant' },
  {
    id: 10,
    title: 'Pay house rent',
    due_date: '2026-03-01',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    tags: ['bills'],
  },
  { id: 11, title: 'Send recommendation letter for Hamza', completed: true },
  { id: 12, title: 'Buy printer toner', priority: 'low' },
  {
    id: 13,
    title: 'Upload CS-310 quiz marks to LMS',
    due_date: '2026-02-17',
    tags: ['grading'],
    list: 'Teaching',
  },
];

/** The retired grandfather, when he writes English. */
const GRANDPA: FixtureTask[] = [
  { id: 1, title: 'Cardiologist appointment', due_at: '2026-02-18T05:00:00.000Z', tags: ['health'] },
  {
    id: 2,
    title: 'Collect pension',
    priority: 'high',
    due_date: '2026-03-01',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
  },
  { id: 3, title: 'Pay electricity bill', due_date: '2026-02-19', tags: ['bills'] },
  { id: 4, title: 'Pay gas bill', due_date: '2026-02-23', tags: ['bills'] },
  { id: 5, title: 'Blood pressure medicine', due_at: '2026-02-16T03:00:00.000Z', recurrence: 'FREQ=DAILY' },
  { id: 6, title: 'Write letter to Kamran' },
  { id: 7, title: 'Get spectacles repaired', due_date: '2026-02-12' },
  { id: 8, title: 'Mosque committee meeting', due_at: '2026-02-20T10:00:00.000Z' },
  { id: 9, title: "Grandson's birthday gift", due_date: '2026-02-22', list: 'Family' },
  { id: 10, title: 'Renew newspaper subscription', completed: true },
  { id: 11, title: 'Visit Chaudhry sahib', due_date: '2026-02-21' },
];

/** The Lahore nurse (Roman Urdu / English titles). */
const NURSE: FixtureTask[] = [
  {
    id: 1,
    title: 'Night shift ward 4',
    due_at: '2026-02-16T14:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH',
    list: 'Hospital',
  },
  { id: 2, title: 'Duty rota check karna', due_date: '2026-02-17', list: 'Hospital' },
  {
    id: 3,
    title: 'CPR refresher course',
    priority: 'medium',
    due_at: '2026-02-19T05:00:00.000Z',
    list: 'Hospital',
  },
  { id: 4, title: 'Insulin stock check', tags: ['ward'], list: 'Hospital' },
  { id: 5, title: 'Ammi ki dawai lani', due_date: '2026-02-16', list: 'Family' },
  { id: 6, title: 'Bachon ki school fees', priority: 'high', due_date: '2026-02-10', list: 'Family' },
  { id: 7, title: 'Bijli ka bill', priority: 'high', due_date: '2026-02-20', tags: ['bills'] },
  { id: 8, title: 'Gas ka bill', due_date: '2026-02-22', tags: ['bills'] },
  { id: 9, title: 'Dhobi se kapray lene' },
  { id: 10, title: 'Sabzi aur atta lana', list: 'Family' },
  { id: 11, title: 'Sara ki birthday ka gift', due_date: '2026-02-21', tags: ['family'] },
  { id: 12, title: 'Uniform press karwana', completed: true },
];

/** The Faisalabad shopkeeper's son (Roman Urdu / English titles). */
const DUKAAN: FixtureTask[] = [
  { id: 1, title: 'Ahmed Traders delivery', due_at: '2026-02-16T06:00:00.000Z', list: 'Deliveries' },
  { id: 2, title: 'Ahmed Sweets delivery', due_date: '2026-02-17', list: 'Deliveries' },
  {
    id: 3,
    title: 'Khata update karna',
    due_date: '2026-02-21',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    tags: ['accounts'],
    list: 'Hisaab',
  },
  {
    id: 4,
    title: 'Supplier ko payment',
    priority: 'high',
    due_date: '2026-02-18',
    tags: ['accounts'],
    list: 'Hisaab',
  },
  { id: 5, title: 'Bank mein cash jama karwana', due_date: '2026-02-16' },
  { id: 6, title: 'Godown ki safai' },
  { id: 7, title: 'Rizwan se udhaar wapas lena', tags: ['udhaar'] },
  { id: 8, title: 'Bike ki service', due_date: '2026-02-14' },
  { id: 9, title: 'Lahore se kapray ka maal uthana', due_date: '2026-02-19', list: 'Deliveries' },
  {
    id: 10,
    title: 'GST return file karni',
    priority: 'high',
    due_date: '2026-02-28',
    tags: ['accounts'],
    list: 'Hisaab',
  },
  { id: 11, title: 'Invoice book order karni', completed: true },
  { id: 12, title: 'Rickshaw wale ko kiraya dena', due_date: '2026-02-16' },
];

/** The grandfather, in Urdu script. */
const DADA: FixtureTask[] = [
  { id: 1, title: 'ڈاکٹر سے چیک اپ', due_at: '2026-02-18T05:00:00.000Z', tags: ['صحت'] },
  { id: 2, title: 'بلڈ پریشر کی دوا', due_at: '2026-02-16T03:00:00.000Z', recurrence: 'FREQ=DAILY' },
  {
    id: 3,
    title: 'پنشن وصول کرنا',
    priority: 'high',
    due_date: '2026-03-01',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    list: 'بینک',
  },
  { id: 4, title: 'بجلی کا بل جمع کرانا', priority: 'high', due_date: '2026-02-19', tags: ['بل'] },
  { id: 5, title: 'گیس کا بل جمع کرانا', due_date: '2026-02-23', tags: ['بل'] },
  { id: 6, title: 'اخبار والے کو پیسے دینا', due_date: '2026-02-28' },
  { id: 7, title: 'پوتے کی سالگرہ کا تحفہ', due_date: '2026-02-22', list: 'Family' },
  { id: 8, title: 'مسجد کمیٹی کا اجلاس', due_at: '2026-02-20T10:00:00.000Z' },
  { id: 9, title: 'عینک کی مرمت', due_date: '2026-02-12' },
  { id: 10, title: 'بیٹے کو خط لکھنا', completed: true },
  { id: 11, title: 'پودوں کو پانی دینا', list: 'گھر' },
  { id: 12, title: 'نئی چیک بک لینا', list: 'بینک' },
];

/** The lecturer, in Urdu script. */
const KAAM: FixtureTask[] = [
  {
    id: 1,
    title: 'مڈٹرم کے پرچے چیک کرنا',
    priority: 'high',
    due_date: '2026-02-19',
    tags: ['گریڈنگ'],
    list: 'یونیورسٹی',
  },
  { id: 2, title: 'کوئز کے پرچے چیک کرنا', due_date: '2026-02-18', tags: ['گریڈنگ'], list: 'یونیورسٹی' },
  { id: 3, title: 'کمیٹی کی میٹنگ', due_at: '2026-02-18T06:00:00.000Z' },
  { id: 4, title: 'تحقیقی مقالہ جمع کرانا', priority: 'high', due_date: '2026-02-27', list: 'تحقیق' },
  {
    id: 5,
    title: 'ہفتہ وار لیکچر کی تیاری',
    due_date: '2026-02-16',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    list: 'یونیورسٹی',
  },
  { id: 6, title: 'طلبہ کی حاضری اپ لوڈ کرنا', due_date: '2026-02-13' },
  { id: 7, title: 'بچوں کی فیس جمع کرانا', priority: 'medium', due_date: '2026-02-20', tags: ['گھر'] },
  { id: 8, title: 'سبزی لانا', due_date: '2026-02-16' },
  { id: 9, title: 'درزی سے کپڑے لینا' },
  { id: 10, title: 'گاڑی کی سروس', completed: true },
  { id: 11, title: 'لائبریری کی کتابیں واپس کرنا', due_date: '2026-02-17' },
];

/** The nurse, in Urdu script. */
const DUTY: FixtureTask[] = [
  {
    id: 1,
    title: 'رات کی ڈیوٹی',
    due_at: '2026-02-17T15:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    list: 'ہسپتال',
  },
  { id: 2, title: 'ڈیوٹی روسٹر دیکھنا', due_date: '2026-02-16', list: 'ہسپتال' },
  { id: 3, title: 'امی کی دوائی لانا', due_date: '2026-02-16', tags: ['گھر'] },
  { id: 4, title: 'ابو کی دوائی لانا', due_date: '2026-02-18', tags: ['گھر'] },
  { id: 5, title: 'یونیفارم استری کرنا' },
  { id: 6, title: 'دھوبی سے کپڑے لینا', completed: true },
  { id: 7, title: 'بچوں کی فیس', priority: 'high', due_date: '2026-02-10' },
  { id: 8, title: 'نرسنگ لائسنس کی تجدید', priority: 'high', due_date: '2026-02-27' },
  { id: 9, title: 'بہن کی منگنی کی تیاری', due_date: '2026-02-22' },
];

export const heldout14: Utterance[] = [
  // ─────────────────────────────── English ───────────────────────────────
  // The lecturer.
  {
    intent: 'add',
    lang: 'en',
    text: 'need to set the CS-201 final exam paper by friday',
    fixture: LECTURER,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-02-20' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'need to buy whiteboard markers',
    fixture: LECTURER,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finally graded the midterms 😮‍💨',
    fixture: LECTURER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'quiz marks are up on LMS',
    fixture: LECTURER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: 'move the curriculum committee meeting to wednesday 3pm',
    fixture: LECTURER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2026-02-18T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the committee meeting got cancelled',
    fixture: LECTURER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'priority',
    lang: 'en',
    text: 'the IEEE reveiw is urgent now, editor emailed twice',
    fixture: LECTURER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'high' } }] },
  },
  {
    intent: 'note',
    lang: 'en',
    text: 'add a note to the conference paper draft: use the ACM template, 8 pages max excluding refs',
    fixture: LECTURER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, description: '*' } }] },
  },
  {
    intent: 'rename',
    lang: 'en',
    text: "rename 'Buy printer toner' to 'Buy toner for HP LaserJet'",
    fixture: LECTURER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, title: 'Buy toner for HP LaserJet' } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'put the library books task in Research',
    fixture: LECTURER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 8, list: 'Research' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'under the conference paper draft add a subtask: fix related work section',
    fixture: LECTURER,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 6, title: 'fix related work section' } }] },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'remind me 30 min before the hiring committee meeting',
    fixture: LECTURER,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, reminders: [{ minutes_before: 30 }] } }],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no office hours this week, I'm away at the HEC workshop",
    fixture: LECTURER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete the travel grant one, they rejected the application anyway',
    fixture: LECTURER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on my plate today?",
    fixture: LECTURER,
    expect: { reply: 'slides' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'how does my week look',
    fixture: LECTURER,
    expect: { reply: '^(?=[\\s\\S]*midterm)(?=[\\s\\S]*hiring)' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'anything overdue?',
    fixture: LECTURER,
    expect: { reply: 'library' },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'the recomendation letter for Hamza bounced back, still need to send it',
    fixture: LECTURER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'tmrw: photocopy the quiz sheets, and email the TA about attendance at 4pm',
    fixture: LECTURER,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2026-02-17' } },
        { name: 'add_task_details', args: { due_at: '2026-02-17T11:00:00.000Z' } },
      ],
    },
  },
  {
    intent: 'tags',
    lang: 'en',
    text: "tag the IEEE review with 'reviewing' as well",
    fixture: LECTURER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, tags: ['research', 'reviewing'] } }] },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'quiz marks upload should repeat every tuesday from now on',
    fixture: LECTURER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 13, recurrence: '*' } }] },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'department seminar every other thursday at 3, starting this thursday',
    fixture: LECTURER,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-02-19T10:00:00.000Z', recurrence: '*' } }],
    },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "clear out my teaching list, this semester's a mess anyway",
    fixture: LECTURER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'push it to next week',
    fixture: LECTURER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'help',
    lang: 'en',
    text: 'hey, what can you actually do?',
    fixture: LECTURER,
    expect: { outcome: 'help' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "where's the task about the travel grant",
    fixture: LECTURER,
    expect: { reply: 'HEC' },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'start a new list called PhD supervision',
    fixture: LECTURER,
    expect: { calls: [{ name: 'create_list', args: { name: 'PhD supervision' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "add 'draft viva questions for Usman' to Research, due the 25th",
    fixture: LECTURER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'draft viva questions for Usman', list: 'Research', due_date: '2026-02-25' },
        },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "when's the rent due?",
    fixture: LECTURER,
    expect: { reply: 'mar(?:ch)?\\.?\\s*(?:1|1st)\\b|\\b(?:1|1st|first)\\s*(?:of\\s*)?mar|2026-03-01' },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'exam invigilation duty thursday 9am, remind me an hour before',
    fixture: LECTURER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2026-02-19T04:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  // The grandfather, in English.
  {
    intent: 'add',
    lang: 'en',
    text: 'Kindly add a task for me. I must renew my driving licence before the end of this month.',
    fixture: GRANDPA,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-02-28' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'I have paid the electricity bill at the post office this morning. Kindly strike it off.',
    fixture: GRANDPA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'Please note that I have paid the bill.',
    fixture: GRANDPA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: 'My appointment with the cardiologist has been moved to Thursday at 11 in the morning. Kindly make the change.',
    fixture: GRANDPA,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 1, due_at: '2026-02-19T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'Would you be so kind as to remind me one day before the mosque committee meeting.',
    fixture: GRANDPA,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 8, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'What are my engagements for this week, if you please?',
    fixture: GRANDPA,
    expect: { reply: '^(?=[\\s\\S]*cardiologist)(?=[\\s\\S]*mosque)' },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'Kindly assign the birthday gift to Sara, she will be going to the market anyway.',
    fixture: GRANDPA,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'help',
    lang: 'en',
    text: 'Thank you very much, young man. God bless you.',
    fixture: GRANDPA,
    expect: { outcome: 'help' },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'The doctor has advised me to pause the blood pressure tablet for today only, so kindly skip it today.',
    fixture: GRANDPA,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'The letter to Kamran is no longer required as he telephoned me yesterday. Please remove it.',
    fixture: GRANDPA,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'note',
    lang: 'en',
    text: 'Regarding the spectacles: the shop is Hashmi Opticians in Blue Area. Please record this with it.',
    fixture: GRANDPA,
    expect: { calls: [{ name: 'update_task', args: { task_id: 7, description: '*' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "Kindly note two things. On Wednesday I must visit the bank to update my pension documents, and on Saturday at 6 in the evening my daughter's family is coming for dinner.",
    fixture: GRANDPA,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2026-02-18' } },
        { name: 'add_task_details', args: { due_at: '2026-02-21T13:00:00.000Z' } },
      ],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'Have I paid the gas bill yet?',
    fixture: GRANDPA,
    expect: { reply: '^(?=[\\s\\S]*gas)(?=[\\s\\S]*(?:not|pending|open|still|due|23))' },
  },
  // The nurse, in English.
  {
    intent: 'skip',
    lang: 'en',
    text: "can't do tonight's night shift, swapped with Rabia. skip it",
    fixture: NURSE,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "picked up ammi's meds on the way home",
    fixture: NURSE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'school fees paid!!',
    fixture: NURSE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: 'CPR course moved to friday, same time',
    fixture: NURSE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2026-02-20T05:00:00.000Z' } }],
    },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'under sabzi aur atta add: tomatoes, onions, dhaniya',
    fixture: NURSE,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 10, title: 'tomatoes' } },
        { name: 'add_subtask', args: { task_id: 10, title: 'onions' } },
        { name: 'add_subtask', args: { task_id: 10, title: 'dhaniya' } },
      ],
    },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'Sara can get the atta this time, put that one on her',
    fixture: NURSE,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  // The shopkeeper's son, in English.
  {
    intent: 'complete',
    lang: 'en',
    text: 'ahmed traders delivery done',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'ahmed delivery done',
    fixture: DUKAAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reschedule',
    lang: 'en',
    text: 'GST return is actually due on the 25th, not end of month',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, due_date: '2026-02-25' } }] },
  },
  // Nothing yet.
  {
    intent: 'add',
    lang: 'en',
    text: 'dentist appt thursday 4:30pm',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-02-19T11:30:00.000Z' } }] },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'pay internet bill on the 5th of every month',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-03-05', recurrence: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'call the plumber in 2 hours',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-02-16T04:35:00.000Z' } }] },
  },
  {
    intent: 'help',
    lang: 'en',
    text: 'thanks!',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },

  // ─────────────────────────────── Urdu script ───────────────────────────────
  // The grandfather.
  {
    intent: 'add',
    lang: 'ur',
    text: 'جمعرات کو حجام کے پاس جانا ہے۔ مہربانی فرما کر لکھ لیجیے۔',
    fixture: DADA,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-02-19' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بجلی کا بل آج صبح ڈاک خانے میں جمع کروا دیا ہے۔',
    fixture: DADA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'بل جمع ہو گیا ہے',
    fixture: DADA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reschedule',
    lang: 'ur',
    text: 'ڈاکٹر صاحب نے چیک اپ جمعہ کے دن صبح گیارہ بجے کر دیا ہے، براہ کرم تبدیل فرما دیں۔',
    fixture: DADA,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 1, due_at: '2026-02-20T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'مسجد کمیٹی کے اجلاس سے ایک گھنٹہ پہلے مجھے یاد دلا دیجیے گا۔',
    fixture: DADA,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 8, reminders: [{ minutes_before: 60 }] } }],
    },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے میرے کون کون سے کام ہیں؟',
    fixture: DADA,
    expect: { reply: '^(?=[\\s\\S]*ڈاکٹر)(?=[\\s\\S]*مسجد)' },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج دوا نہیں لینی، ڈاکٹر صاحب نے ایک دن کا وقفہ بتایا ہے۔ آج کی دوا چھوڑ دیں۔',
    fixture: DADA,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 2 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'عینک کی مرمت والا کام مٹا دیجیے، نئی عینک بنوا لی ہے۔',
    fixture: DADA,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'بیٹے کو خط ابھی نہیں لکھا، غلطی سے نشان لگ گیا تھا۔',
    fixture: DADA,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'نئی چیک بک والا کام گھر کی فہرست میں ڈال دیں۔',
    fixture: DADA,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'گھر' } }] },
  },
  {
    intent: 'priority',
    lang: 'ur',
    text: 'گیس کا بل بہت ضروری ہے، اسے اہم کر دیجیے۔',
    fixture: DADA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'high' } }] },
  },
  {
    intent: 'note',
    lang: 'ur',
    text: 'پنشن والے کام میں یہ بات درج کر لیں کہ شناختی کارڈ کی کاپی ساتھ لے جانی ہے۔',
    fixture: DADA,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'help',
    lang: 'ur',
    text: 'السلام علیکم، آپ کا بہت شکریہ بیٹا۔',
    fixture: DADA,
    expect: { outcome: 'help' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'پنشن کب ملے گی؟',
    fixture: DADA,
    expect: { reply: 'مارچ|2026-03-01|03-01|یکم' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'کل صبح نو بجے بینک جانا ہے اور پرسوں دوا کی نئی پرچی بنوانی ہے۔',
    fixture: DADA,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2026-02-17T04:00:00.000Z' } },
        { name: 'add_task_details', args: { due_date: '2026-02-18' } },
      ],
    },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'پوتے کی سالگرہ کے تحفے کے نیچے یہ بھی لکھ دیں: کارڈ خریدنا',
    fixture: DADA,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 7, title: 'کارڈ خریدنا' } }] },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'پودوں کو پانی ہر دوسرے دن دینا ہوتا ہے، شام پانچ بجے۔',
    fixture: DADA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, recurrence: '*', due_at: '*' } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'وہ کام ہو گیا',
    fixture: DADA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'پوتے کے تحفے کی ذمہ داری سارہ کو دے دیں، وہ ویسے بھی بازار جا رہی ہے۔',
    fixture: DADA,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 7, assignee: '*' } }] },
  },
  // The lecturer.
  {
    intent: 'add',
    lang: 'ur',
    text: 'جمعرات کو شعبے کی میٹنگ ہے دوپہر دو بجے',
    fixture: KAAM,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-02-19T09:00:00.000Z' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کوئز کے پرچے چیک ہو گئے',
    fixture: KAAM,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'پرچے چیک کر لیے',
    fixture: KAAM,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reschedule',
    lang: 'ur',
    text: 'تحقیقی مقالہ اب مارچ کی پانچ تاریخ تک جمع کرانا ہے',
    fixture: KAAM,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2026-03-05' } }] },
  },
  {
    intent: 'tags',
    lang: 'ur',
    text: 'کمیٹی کی میٹنگ پر دفتر کا ٹیگ لگا دیں',
    fixture: KAAM,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, tags: ['دفتر'] } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'آج کیا کیا کرنا ہے؟',
    fixture: KAAM,
    expect: { reply: '^(?=[\\s\\S]*لیکچر)(?=[\\s\\S]*سبزی)' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کون سا کام رہ گیا ہے جس کی تاریخ گزر چکی ہے؟',
    fixture: KAAM,
    expect: { reply: 'حاضری' },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'لائبریری کی کتابیں تحقیق والی لسٹ میں ڈال دو',
    fixture: KAAM,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'تحقیق' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'گاڑی کی سروس والا کام حذف کر دو',
    fixture: KAAM,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج یونیورسٹی میں چھٹی ہے، اس ہفتے لیکچر کی تیاری رہنے دیں',
    fixture: KAAM,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'مقالے والے کام میں ایک ذیلی کام شامل کریں: حوالہ جات درست کرنا',
    fixture: KAAM,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 4, title: 'حوالہ جات درست کرنا' } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سب کام مٹا دو',
    fixture: KAAM,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'rename',
    lang: 'ur',
    text: "'سبزی لانا' کا نام بدل کر 'سبزی اور پھل لانا' کر دیں",
    fixture: KAAM,
    expect: { calls: [{ name: 'update_task', args: { task_id: 8, title: 'سبزی اور پھل لانا' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بچوں کی فیس تو جمع ہو گئی، اور درزی سے کپڑے کل شام چھ بجے لینے ہیں',
    fixture: KAAM,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'set_task_details', args: { task_id: 9, due_at: '2026-02-17T13:00:00.000Z' } },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'ایک نئی فہرست بنائیں: کانفرنس',
    fixture: KAAM,
    expect: { calls: [{ name: 'create_list', args: { name: 'کانفرنس' } }] },
  },
  // The nurse.
  {
    intent: 'add',
    lang: 'ur',
    text: 'ہفتے کے دن بہن کے ساتھ بازار جانا ہے',
    fixture: DUTY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-02-21' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'امی کی دوائی لے آئی ہوں',
    fixture: DUTY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'دوائی لے آئی',
    fixture: DUTY,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'کل رات کی ڈیوٹی نہیں ہے، چھٹی مل گئی',
    fixture: DUTY,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 1 } }] },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'رات کی ڈیوٹی سے دو گھنٹے پہلے یاد کرا دینا',
    fixture: DUTY,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 1, reminders: [{ minutes_before: 120 }] } }],
    },
  },
  {
    intent: 'priority',
    lang: 'ur',
    text: 'یونیفارم استری کرنا بہت ضروری ہے',
    fixture: DUTY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'high' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کل کیا ہے میرے پاس؟',
    fixture: DUTY,
    expect: { reply: 'رات کی ڈیوٹی' },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'دھوبی سے کپڑے ابھی نہیں ملے، دکان بند تھی',
    fixture: DUTY,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'ur',
    text: 'منگنی کی تیاری اتوار کے بجائے ہفتے کے دن کرنی ہے',
    fixture: DUTY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, due_date: '2026-02-21' } }] },
  },
  {
    intent: 'help',
    lang: 'ur',
    text: 'آج بہت تھک گئی ہوں یار',
    fixture: DUTY,
    expect: { outcome: 'help' },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'ہر مہینے کی دس تاریخ کو گھر کا کرایہ دینا ہے',
    fixture: DUTY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-03-10', recurrence: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'بچوں کی فیس والا کام کب کا تھا؟',
    fixture: DUTY,
    expect: { reply: '^(?=[\\s\\S]*فیس)(?=[\\s\\S]*(?:10|۱۰|دس))' },
  },
  // Nothing yet.
  {
    intent: 'add',
    lang: 'ur',
    text: 'پرسوں دوپہر تین بجے بجلی والے کو بلانا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-02-18T10:00:00.000Z' } }] },
  },
  {
    intent: 'help',
    lang: 'ur',
    text: 'آپ کیا کیا کر سکتے ہیں؟',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'ہر جمعہ کو گاڑی دھلوانی ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-02-20', recurrence: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مہینے کے آخر میں موٹر سائیکل کا ٹوکن جمع کرانا ہے، بہت ضروری ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-02-28', priority: 'high' } }] },
  },
  {
    intent: 'help',
    lang: 'ur',
    text: 'شکریہ',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },

  // ─────────────────────────────── Roman Urdu ───────────────────────────────
  // The nurse.
  {
    intent: 'complete',
    lang: 'roman',
    text: 'ammi ki dawai le li',
    fixture: NURSE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'aaj raat wali shift nahi hai, isko skip kr do',
    fixture: NURSE,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'bill jama karwa diya',
    fixture: NURSE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'bijli ka bill bhar diya alhamdulillah',
    fixture: NURSE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'CPR wala course ab jumma ko hai subah 9 baje',
    fixture: NURSE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2026-02-20T04:00:00.000Z' } }],
    },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'dhobi se kapray kal shaam 5 baje lene hain',
    fixture: NURSE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, due_at: '2026-02-17T12:00:00.000Z' } }],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'parson dopahar 2 baje ward meeting hai',
    fixture: NURSE,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-02-18T09:00:00.000Z' } }] },
  },
  {
    intent: 'priority',
    lang: 'roman',
    text: 'insulin stock check ko urgent kar do',
    fixture: NURSE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, priority: 'high' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'school fees wala kaam Sara ko de do, woh bank ja rahi hai',
    fixture: NURSE,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 6, assignee: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'is hafte kya kya hai mere paas?',
    fixture: NURSE,
    expect: { reply: '^(?=[\\s\\S]*rota)(?=[\\s\\S]*CPR)' },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'birthday gift ke neeche add karo: cake order karna',
    fixture: NURSE,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 11, title: 'cake order karna' } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'uniform abhi press nahi hui, galti se tick ho gaya tha',
    fixture: NURSE,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'gas ke bill wala task delete kar do, bhai ne bhar diya',
    fixture: NURSE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'sabzi wala kaam inbox mein daal do',
    fixture: NURSE,
    expect: { calls: [{ name: 'move_task', args: { task_id: 10, list: 'inbox' } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'note kar lo: kal sehpehar 3 baje Sana ke ghar jana hai aur jumeraat ko gas cylinder bharwana hai',
    fixture: NURSE,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2026-02-17T10:00:00.000Z' } },
        { name: 'add_task_details', args: { due_date: '2026-02-19' } },
      ],
    },
  },
  {
    intent: 'rename',
    lang: 'roman',
    text: "dhobi wale task ka naam 'Dry cleaner se coat lena' kar do",
    fixture: NURSE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 9, title: 'Dry cleaner se coat lena' } }] },
  },
  {
    intent: 'remind',
    lang: 'roman',
    text: 'CPR course se 1 ghanta pehle yaad dila dena',
    fixture: NURSE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, reminders: [{ minutes_before: 60 }] } }],
    },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'woh wala kaam kal pe kar do',
    fixture: NURSE,
    expect: { outcome: 'ask' },
  },
  // The shopkeeper's son.
  {
    intent: 'complete',
    lang: 'roman',
    text: 'ahmed traders ka maal pohncha diya',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'ahmed wali delivery ho gayi',
    fixture: DUKAAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'supplier wali payment parson ki bajaye kal karni hai',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2026-02-17' } }] },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'rizwan wale udhaar ki date 25 tareekh rakh do',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2026-02-25' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'khata update is hafte skip kar do, abba khud kar lenge',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'note',
    lang: 'roman',
    text: 'GST return mein note likh do: consultant ka number 0300-1234567, fees 5000',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'update_task', args: { task_id: 10, description: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'bike ki service kal hi karwa li thi',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'godown ki safai Deliveries wali list mein daal do',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'Deliveries' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'naya order aya hai Bilal Cloth House ka, 40 than lawn, jumeraat ko deliver karna hai',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-02-19' } }] },
  },
  {
    intent: 'repeat',
    lang: 'roman',
    text: 'har mahine ki 5 tareekh ko dukaan ka kiraya dena hota hai',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-03-05', recurrence: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'aaj ki deliveries kaun kaun si hain?',
    fixture: DUKAAN,
    expect: { reply: '^(?![\\s\\S]*sweets)[\\s\\S]*traders' },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'rickshaw wale ko 500 de diye',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'priority',
    lang: 'roman',
    text: 'godown ki safai ki priority low kar do, koi jaldi nahi',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'low' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'saare accounts wale kaam dikhao',
    fixture: DUKAAN,
    expect: { reply: '^(?=[\\s\\S]*khata)(?=[\\s\\S]*supplier)(?=[\\s\\S]*gst)' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab kuch delete kar do yaar, naye sire se shuru karte hain',
    fixture: DUKAAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'Lahore wala maal jumeraat ki bajaye jumma ko uthana hai, subah 7 baje',
    fixture: DUKAAN,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, due_at: '2026-02-20T02:00:00.000Z' } }],
    },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: "nayi list banao Wholesale aur us mein 'Faisal Mills se rate poochna' daal do",
    fixture: DUKAAN,
    expect: {
      calls: [
        { name: 'create_list', args: { name: 'Wholesale' } },
        { name: 'add_task_details', args: { title: 'Faisal Mills se rate poochna', list: 'Wholesale' } },
      ],
    },
  },
  {
    intent: 'tags',
    lang: 'roman',
    text: 'supplier payment pe urgent ka tag bhi laga do',
    fixture: DUKAAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, tags: ['accounts', 'urgent'] } }] },
  },
  // The grandfather, in Roman Urdu.
  {
    intent: 'note',
    lang: 'roman',
    text: 'Meherbani farma kar pension wale kaam mein yeh likh dein ke shanakhti card ki copy saath le kar jani hai.',
    fixture: GRANDPA,
    expect: { calls: [{ name: 'update_task', args: { task_id: 2, description: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Janab, gas ka bill bhi ada kar diya hai. Shukriya.',
    fixture: GRANDPA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'reschedule',
    lang: 'roman',
    text: 'Meherbani farma kar Chaudhry sahib se milne ka din itwaar kar dein, hafte ko woh shehar se bahar hain.',
    fixture: GRANDPA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, due_date: '2026-02-22' } }] },
  },
  {
    intent: 'help',
    lang: 'roman',
    text: 'Aap ka bohat shukriya beta, Allah aap ko khush rakhe.',
    fixture: GRANDPA,
    expect: { outcome: 'help' },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'Meherbani farma kar batayein ke budh ke roz mera kya program hai?',
    fixture: GRANDPA,
    expect: { reply: 'cardiologist' },
  },
  // The lecturer, in Roman Urdu.
  {
    intent: 'complete',
    lang: 'roman',
    text: 'week 6 ki slides bana li',
    fixture: LECTURER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'curriculum committee ki meeting kitne baje hai kal?',
    fixture: LECTURER,
    expect: { reply: '\\b11\\b|11:00|11\\s*(?:am|baje)' },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'toner mil gaya department se',
    fixture: LECTURER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 12 } }] },
  },
  // Nothing yet.
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal subah 10 baje dentist',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-02-17T05:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'doodh lena hai',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'help',
    lang: 'roman',
    text: 'assalam o alaikum',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
  {
    intent: 'repeat',
    lang: 'roman',
    text: 'har doosray mangal ko committee ki meeting, shaam 4 baje',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '*' } }] },
  },
  {
    intent: 'remind',
    lang: 'roman',
    text: 'mujhe kal subah 8 baje yaad dilana ke Ammi ko phone karna hai',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { reminders: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'parson Faisalabad wapas jana hai, bus shaam 6 baje ki hai',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-02-18T13:00:00.000Z' } }] },
  },
];
