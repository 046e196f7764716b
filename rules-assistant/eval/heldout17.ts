// A seventeenth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), server/features/assistant/tools.ts (the tool contract the expected calls are written
// in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts
// (judge(), wrongChange(), how a set's clock and fixtures are used), rules-assistant/eval/db-tools.ts, the first 75
// lines of rules-assistant/eval/utterances.ts (types, FIXTURES) and the first 62 lines of rules-assistant/eval/heldout14.ts (its
// header: format, judging conventions, clock). Also seen: directory listings of /work/main, rules-assistant/eval/ and
// server/features/assistant/, and a listing of /tmp (names only, to place the check script). Not opened:
// anything under rules-assistant/engine/, docs/, test/assistant*, eval/intent-*.ts, eval/round*.ts,
// rules-assistant/eval/probes17.ts, rules-assistant/eval/utterances-statements.ts, the rest of
// utterances.ts, any other held-out set's cases, any git history or diff, any earlier eval output.
// The assistant was never run on these cases; only the file's type check, its own reply regexes
// (through judge() against hand-written replies) and its expected calls (fed straight to the
// in-memory tools) were checked, from a throwaway script outside the repository.
// People (new ones): a pharmacist in Gujranwala (stock orders, supplier invoices, staff shifts,
// licence; a shared list Office with Bilal, its owner); a cricket-coach father in Karachi (his kids
// Hamza and Zoya, matches, nets practice, school fees); a PhD student in Lahore (thesis chapters,
// meetings with her supervisor Dr. Farooq, paper deadlines); a retired army officer in Abbottabad who
// writes long formal sentences (bank, pension, garden, grandchildren Umar and Mahnoor, daughter Sara);
// a young woman running a home bakery on Instagram (orders, deliveries, ingredients). They type the
// way people do: no command words, typos, texting shorthand, long indirect sentences, politeness,
// several requests at once, edits, done / not-done news, deletes, skips, questions, two similar tasks
// and vague or destructive requests (right outcome: ask), small talk (no tool at all). One message a
// case, no earlier turn.
// Fixtures (its own): PHARMACY, COACH, THESIS, COLONEL, BAKERY (Latin-script titles, for English and
// Roman Urdu cases); DAWAKHANA, NANA, MITHAI (Urdu-script titles, for Urdu cases); and 'empty'.
// Similar pairs: PHARMACY 2/3 (the two invoices), COACH 3/4 (the two school fees), THESIS 5/6 (the two
// paper submissions), COLONEL 8/9 (the two bills), BAKERY 2/3 (the two red velvet orders), DAWAKHANA
// 2/3 (the two payments), NANA 8/9 (the two bills), MITHAI 1/12 (the two chocolate cakes). Lists named
// Family and Office are the shared lists of SHARED_LISTS (Family: the user owns it, Sara Khan editor,
// Ali Raza viewer; Office: Bilal Ahmed owns it, the user and Sara editors); Shop, Thesis and Bakery
// are the user's own.
// Clock (its own): Wednesday 2026-12-16 13:20 Asia/Karachi (UTC+5, no DST) = 2026-12-16T08:20:00.000Z,
// exported as HELDOUT17_NOW / HELDOUT17_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT17_NOW)).
//   today (aaj, آج) = Wed 12-16; tonight (aaj raat) = Wed 12-16 evening; "in 2 hours" (2 ghante baad)
//   = 15:20 = 2026-12-16T10:20:00.000Z; tomorrow (kal, کل, tmrw) = Thu 12-17; day after tomorrow
//   (parson, پرسوں) = Fri 12-18; Friday (jumma, جمعہ) = 12-18; Saturday (hafta, ہفتے کو) = 12-19;
//   Sunday / this Sunday (itwaar, اتوار) = 12-20; this weekend = Sat 12-19 or Sun 12-20 (ambiguous:
//   '*'); Monday / "Monday next" (peer, پیر) = 12-21; Tuesday = 12-22; a bare "Wednesday" is today or
//   12-23 (never used); this week = Mon 12-14 .. Sun 12-20 (search due 'week' = 12-16..12-22); next
//   week = Mon 12-21 .. Sun 12-27 (as a date: ambiguous, never judged); the 22nd = Tue 12-22; the 23rd
//   = Wed 12-23; the 24th = Thu 12-24; 25 December = Fri 12-25; end of the month (mahine ke aakhir,
//   مہینے کے آخر) = Thu 12-31; the 1st / New Year's day (نئے سال کا پہلا دن) = Fri 2027-01-01; the
//   2nd of January = Sat 2027-01-02; 5 January / next month's 5th (اگلے مہینے کی پانچ تاریخ) = Tue
//   2027-01-05; "every month on the 10th" (har mahine ki 10 tareekh): its first = Sun 2027-01-10;
//   "every other Friday": its first (12-18 or 12-25) is ambiguous, '*'; next month = January 2027 (as a
//   date: ambiguous, never judged); "push back a week" from a date D = D + 7.
//   Clock times (PKT = UTC+5), as UTC ISO: today 9pm = 2026-12-16T16:00:00.000Z, 10pm = 17:00Z;
//   tomorrow (Thursday) 10am = 2026-12-17T05:00:00.000Z, 11am = 06:00Z, 5pm = 12:00Z, 8pm = 15:00Z;
//   Friday 10am = 2026-12-18T05:00:00.000Z, 11am = 06:00Z, 3pm = 10:00Z, 4pm = 11:00Z;
//   Saturday 8am = 2026-12-19T03:00:00.000Z, 9am = 04:00Z,
//   4pm = 11:00Z, 6pm = 13:00Z, 7pm = 14:00Z; Sunday 7am = 2026-12-20T02:00:00.000Z, 8am = 03:00Z;
//   Monday 9am = 2026-12-21T04:00:00.000Z, 11am = 06:00Z; Tuesday 12-22 5pm = 2026-12-22T12:00:00.000Z
//   ("every tuesday 5pm starting next week": its first); Wed the 23rd 10am =
//   2026-12-23T05:00:00.000Z; Fri 25 Dec 2pm = 2026-12-25T09:00:00.000Z; Sat 12-26 7pm =
//   2026-12-26T14:00:00.000Z; Fri 2027-01-01 7pm = 2027-01-01T14:00:00.000Z; Sat 2027-01-02 7pm =
//   2027-01-02T14:00:00.000Z. "Remind me a day before" = 1440 minutes, "an hour before" = 60, "half
//   an hour" / "aadha ghanta" = 30, "15 mins" = 15.
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

export const HELDOUT17_NOW = new Date('2026-12-16T08:20:00.000Z'); // Wednesday 13:20 in Karachi
export const HELDOUT17_ZONE = 'Asia/Karachi';

/** The pharmacist in Gujranwala. */
const PHARMACY: FixtureTask[] = [
  {
    id: 1,
    title: 'Order Panadol stock from Hilal Distributors',
    priority: 'high',
    tags: ['stock'],
    due_date: '2026-12-17',
  },
  { id: 2, title: 'Pay Hilal Distributors invoice', tags: ['payments'], due_date: '2026-12-18' },
  { id: 3, title: 'Pay Medix Traders invoice', tags: ['payments'], due_date: '2026-12-21' },
  { id: 4, title: 'Staff shift roster for next week', due_date: '2026-12-19' },
  { id: 5, title: 'Check expiry dates on cough syrups', due_date: '2026-12-14' },
  { id: 6, title: 'Renew drug sale licence', priority: 'high', due_date: '2026-12-31' },
  { id: 7, title: 'Fridge temperature log', recurrence: 'FREQ=DAILY', due_at: '2026-12-16T04:00:00.000Z' },
  {
    id: 8,
    title: 'Insulin stock count',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2026-12-19',
    tags: ['stock'],
  },
  { id: 9, title: 'Call Dr. Naveed about bulk order', completed: true },
  { id: 10, title: 'Fix the barcode scanner', list: 'Shop' },
  { id: 11, title: 'Salary for Imran and Zubair', tags: ['staff'], due_date: '2026-12-31' },
  { id: 12, title: 'Return expired stock to Medix', due_date: '2026-12-15' },
  { id: 13, title: 'Stock audit with Bilal', list: 'Office', due_date: '2026-12-23' },
  { id: 14, title: 'Clean the display shelves', list: 'Shop', completed: true },
];

/** The cricket-coach father in Karachi. */
const COACH: FixtureTask[] = [
  { id: 1, title: 'Hamza ka match - U13 vs Gymkhana', due_at: '2026-12-19T04:00:00.000Z', list: 'Family' },
  {
    id: 2,
    title: 'Nets practice',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
    due_at: '2026-12-17T11:00:00.000Z',
  },
  { id: 3, title: 'School fee for Hamza', tags: ['school'], due_date: '2026-12-20' },
  { id: 4, title: 'School fee for Zoya', tags: ['school'], due_date: '2026-12-20' },
  { id: 5, title: 'Buy new batting gloves' },
  { id: 6, title: 'Parent-teacher meeting', tags: ['school'], due_at: '2026-12-18T05:00:00.000Z' },
  { id: 7, title: 'Wash the kit bag', completed: true },
  { id: 8, title: 'Book ground for Sunday match', priority: 'high', due_date: '2026-12-19' },
  { id: 9, title: 'Zoya ka science project', due_date: '2026-12-18', list: 'Family' },
  { id: 10, title: 'Send team selection list', due_date: '2026-12-15' },
  { id: 11, title: 'Car service', due_date: '2026-12-23' },
  { id: 12, title: 'Renew coaching certificate', priority: 'medium', due_date: '2027-01-10' },
  { id: 13, title: 'Order cricket balls', tags: ['kit'], completed: true },
];

/** The PhD student in Lahore. */
const THESIS: FixtureTask[] = [
  {
    id: 1,
    title: 'Chapter 3 - methodology draft',
    priority: 'high',
    due_date: '2026-12-22',
    list: 'Thesis',
  },
  { id: 2, title: 'Chapter 4 - results', due_date: '2027-01-15', list: 'Thesis' },
  { id: 3, title: 'Chapter 2 - literature review revisions', completed: true, list: 'Thesis' },
  { id: 4, title: 'Supervisor meeting with Dr. Farooq', due_at: '2026-12-18T06:00:00.000Z' },
  {
    id: 5,
    title: 'Submit paper to NeurIPS workshop',
    priority: 'high',
    tags: ['conference'],
    due_date: '2026-12-19',
  },
  { id: 6, title: 'Submit paper to IEEE conference', tags: ['conference'], due_date: '2027-01-08' },
  { id: 7, title: 'Read Vaswani et al. paper' },
  {
    id: 8,
    title: 'Lab group meeting',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_at: '2026-12-21T10:00:00.000Z',
  },
  { id: 9, title: 'HEC scholarship renewal form', due_date: '2026-12-10' },
  { id: 10, title: 'Back up thesis files', recurrence: 'FREQ=WEEKLY;BYDAY=SU', due_date: '2026-12-20' },
  { id: 11, title: 'Email Dr. Farooq the survey results', completed: true },
  { id: 12, title: 'Ethics committee form', due_date: '2026-12-15' },
  { id: 13, title: 'Rerun regression with new data', list: 'Thesis' },
];

/** The retired army officer in Abbottabad. */
const COLONEL: FixtureTask[] = [
  {
    id: 1,
    title: 'Collect pension from National Bank',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2027-01-01',
  },
  { id: 2, title: 'Renew fixed deposit at Askari Bank', priority: 'high', due_date: '2026-12-28' },
  { id: 3, title: 'Prune the rose bushes', tags: ['garden'], due_date: '2026-12-19' },
  { id: 4, title: 'Buy fertiliser for the lawn', tags: ['garden'] },
  { id: 5, title: 'Call Umar on his birthday', due_date: '2026-12-22', list: 'Family' },
  { id: 6, title: 'Call Mahnoor', list: 'Family' },
  { id: 7, title: 'Blood pressure check-up at CMH', due_at: '2026-12-17T05:30:00.000Z' },
  { id: 8, title: 'Pay Sui gas bill', due_date: '2026-12-14' },
  { id: 9, title: 'Pay electricity bill', due_date: '2026-12-23' },
  { id: 10, title: 'Regimental reunion dinner', due_at: '2026-12-26T14:00:00.000Z' },
  { id: 11, title: 'Write letter to the Station Commander', completed: true },
  { id: 12, title: 'Get car tuning done' },
  { id: 13, title: "Gift for Mahnoor's prize day", due_date: '2026-12-21', list: 'Family' },
];

/** The home bakery on Instagram. */
const BAKERY: FixtureTask[] = [
  {
    id: 1,
    title: 'Order: chocolate fudge cake for Mrs. Qureshi',
    tags: ['orders'],
    due_at: '2026-12-17T12:00:00.000Z',
  },
  {
    id: 2,
    title: 'Order: red velvet cupcakes for Sana',
    tags: ['orders'],
    due_at: '2026-12-18T09:00:00.000Z',
  },
  { id: 3, title: 'Order: red velvet cake for Hira', tags: ['orders'], due_date: '2026-12-19' },
  { id: 4, title: 'Buy butter and cream cheese', tags: ['ingredients'] },
  { id: 5, title: 'Buy cake boxes', tags: ['packaging'] },
  { id: 6, title: 'Post Christmas menu on Instagram', priority: 'high', due_date: '2026-12-17' },
  { id: 7, title: 'Pay the delivery rider', recurrence: 'FREQ=WEEKLY;BYDAY=WE', due_date: '2026-12-16' },
  { id: 8, title: 'Reply to DMs', recurrence: 'FREQ=DAILY', due_date: '2026-12-16' },
  { id: 9, title: 'Oven service', due_date: '2026-12-12' },
  {
    id: 10,
    title: "Brownies for Ayan's birthday",
    tags: ['orders'],
    due_date: '2026-12-14',
    completed: true,
  },
  { id: 11, title: 'Photo shoot of new cookie box', due_date: '2026-12-21' },
  { id: 12, title: 'Update price list', list: 'Bakery' },
  { id: 13, title: 'Cocoa powder restock', tags: ['ingredients'], list: 'Bakery' },
  { id: 14, title: "Dinner at Khala's", due_date: '2026-12-20', list: 'Family' },
];

/** The pharmacist, in Urdu script. */
const DAWAKHANA: FixtureTask[] = [
  { id: 1, title: 'پیناڈول کا آرڈر دینا', priority: 'high', tags: ['سٹاک'], due_date: '2026-12-17' },
  { id: 2, title: 'حلال ڈسٹری بیوٹرز کو ادائیگی', due_date: '2026-12-18' },
  { id: 3, title: 'میڈکس ٹریڈرز کو ادائیگی', due_date: '2026-12-21' },
  { id: 4, title: 'عملے کی ڈیوٹی کا چارٹ بنانا', due_date: '2026-12-19' },
  { id: 5, title: 'کھانسی کے شربت کی میعاد چیک کرنا', due_date: '2026-12-14' },
  { id: 6, title: 'لائسنس کی تجدید', priority: 'high', due_date: '2026-12-31' },
  { id: 7, title: 'فریج کا درجہ حرارت لکھنا', recurrence: 'FREQ=DAILY', due_date: '2026-12-16' },
  { id: 8, title: 'انسولین کا سٹاک گننا', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2026-12-19' },
  { id: 9, title: 'ڈاکٹر نوید کو فون کرنا', completed: true },
  { id: 10, title: 'بارکوڈ سکینر ٹھیک کروانا' },
  { id: 11, title: 'عمران اور زبیر کی تنخواہ', due_date: '2026-12-31' },
  { id: 12, title: 'زائد المیعاد دوائیں واپس کرنا', due_date: '2026-12-15' },
];

/** The retired officer, in Urdu script. */
const NANA: FixtureTask[] = [
  { id: 1, title: 'پنشن نکلوانا', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: '2027-01-01' },
  { id: 2, title: 'فکسڈ ڈپازٹ کی تجدید', priority: 'high', due_date: '2026-12-28' },
  { id: 3, title: 'گلاب کی کانٹ چھانٹ', tags: ['باغ'], due_date: '2026-12-19' },
  { id: 4, title: 'لان کے لیے کھاد خریدنا', tags: ['باغ'] },
  { id: 5, title: 'عمر کو سالگرہ پر فون کرنا', due_date: '2026-12-22', list: 'Family' },
  { id: 6, title: 'ماہ نور کو فون کرنا', list: 'Family' },
  { id: 7, title: 'سی ایم ایچ میں بلڈ پریشر کا معائنہ', due_at: '2026-12-17T05:30:00.000Z' },
  { id: 8, title: 'گیس کا بل جمع کرانا', due_date: '2026-12-14' },
  { id: 9, title: 'بجلی کا بل جمع کرانا', due_date: '2026-12-23' },
  { id: 10, title: 'رجمنٹ کا ری یونین ڈنر', due_at: '2026-12-26T14:00:00.000Z' },
  { id: 11, title: 'اسٹیشن کمانڈر کو خط لکھنا', completed: true },
  { id: 12, title: 'گاڑی کی ٹیوننگ' },
];

/** The home bakery, in Urdu script. */
const MITHAI: FixtureTask[] = [
  { id: 1, title: 'مسز قریشی کا چاکلیٹ کیک', tags: ['آرڈر'], due_at: '2026-12-17T12:00:00.000Z' },
  { id: 2, title: 'ثنا کے کپ کیک', tags: ['آرڈر'], due_at: '2026-12-18T09:00:00.000Z' },
  { id: 3, title: 'حرا کا ریڈ ویلوٹ کیک', tags: ['آرڈر'], due_date: '2026-12-19' },
  { id: 4, title: 'مکھن اور کریم خریدنا' },
  { id: 5, title: 'کیک کے ڈبے خریدنا' },
  { id: 6, title: 'انسٹاگرام پر کرسمس مینو لگانا', priority: 'high', due_date: '2026-12-17' },
  { id: 7, title: 'پیغامات کا جواب دینا', recurrence: 'FREQ=DAILY', due_date: '2026-12-16' },
  { id: 8, title: 'اوون کی سروس', due_date: '2026-12-12' },
  { id: 9, title: 'ایان کی سالگرہ کے براؤنیز', tags: ['آرڈر'], completed: true },
  { id: 10, title: 'نئے کوکی باکس کی تصویریں', due_date: '2026-12-21' },
  { id: 11, title: 'ڈیلیوری والے کو پیسے دینا', recurrence: 'FREQ=WEEKLY;BYDAY=WE', due_date: '2026-12-16' },
  { id: 12, title: 'نازیہ کا چاکلیٹ کیک', tags: ['آرڈر'], due_date: '2026-12-20' },
];

/** The reply names every one of these (a regex, case ignored). */
const names = (...parts: string[]) => `^${parts.map((p) => `(?=[\\s\\S]*(?:${p}))`).join('')}`;

export const heldout17: Utterance[] = [
  // ---------------------------------------------------------------- English: the pharmacist
  {
    intent: 'add',
    lang: 'en',
    text: 'need to order augmentin 625 and brufen syrup from medix by friday',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-12-18' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "Remind me tomorrow at 10 to call the drug inspector's office about the licence",
    fixture: PHARMACY,
    expect: { calls: [{ name: 'add_task_details', args: { reminders: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'tonight around 10 after closing I have to count the cash and lock the safe',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-16T17:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Add three things - call GEPCO about the meter, buy printer paper, get the AC serviced',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'add_task' }, { name: 'add_task' }, { name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'every 1st of the month i pay shop rent to Haji sahab, starting jan',
    fixture: PHARMACY,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2027-01-01' } }],
    },
  },
  {
    intent: 'done',
    lang: 'en',
    text: 'hilal invoice paid ✅',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'what have i missed? anything overdue',
    fixture: PHARMACY,
    expect: { reply: names('cough', 'return expired') },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'move the invoice payment to monday',
    fixture: PHARMACY,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "the barcode scanner thing is urgent, it's been beeping all day and customers are waiting",
    fixture: PHARMACY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'Staff roster can wait till Monday',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2026-12-21' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'Bilal should handle the stock audit himself, pls put it on him',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 13, assignee: '*' } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no insulin count this saturday, shop's closed for my cousin's wedding",
    fixture: PHARMACY,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'the company replaced the scanner with a new one so scrap that task pls',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  // ---------------------------------------------------------------- English: the PhD student
  {
    intent: 'add',
    lang: 'en',
    text: 'ugh almost forgot, registration fee for the Karachi AI conference, deadline is the 22nd',
    fixture: THESIS,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-12-22' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'I want to write 500 words every morning at 6, remind me 15 mins before so I actually wake up',
    fixture: THESIS,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_at: '*', reminders: [{ minutes_before: 15 }] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'intro draft for chapter 4 has to be with Farooq sir by the end of the month',
    fixture: THESIS,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-12-31' } }] },
  },
  {
    intent: 'done',
    lang: 'en',
    text: 'neurips workshop paper submitted!!! 🎉🎉',
    fixture: THESIS,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "turns out Dr Farooq wants the lit review redone, so chapter 2 isn't actually finished",
    fixture: THESIS,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'query',
    lang: 'en',
    text: "when's my meeting with farooq sir again?",
    fixture: THESIS,
    expect: { reply: 'fri|18' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'push the paper submission back a week',
    fixture: THESIS,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'under chapter 3 add a subtask: redo the sampling section',
    fixture: THESIS,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1, title: 'redo the sampling section' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'supervisor meeting is now friday 3pm instead of 11',
    fixture: THESIS,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, due_at: '2026-12-18T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'for the vaswani paper, note to self: focus on section 3.2 and the attention figure',
    fixture: THESIS,
    expect: { calls: [{ name: 'update_task', args: { task_id: 7, description: '*' } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the vaswani reading belongs in my Thesis list tbh',
    fixture: THESIS,
    expect: { calls: [{ name: 'move_task', args: { task_id: 7, list: 'Thesis' } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no backup this sunday, I'll be at my sister's mehndi all day",
    fixture: THESIS,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 10 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "delete the ethics form, the committee said we don't need one for secondary data",
    fixture: THESIS,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'im so done with this thesis honestly 😭',
    fixture: THESIS,
    expect: { outcome: 'help' },
  },
  // ---------------------------------------------------------------- English: the retired officer
  {
    intent: 'add',
    lang: 'en',
    text: 'Kindly make a note that I must have my spectacles re-examined at the Eye Hospital on Monday next at 11 in the morning.',
    fixture: COLONEL,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-21T06:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "I should be obliged if you would remind me a day in advance of my grandson Umar's school annual function, which falls on the 23rd of this month at 10 a.m.",
    fixture: COLONEL,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2026-12-23T05:00:00.000Z', reminders: [{ minutes_before: 1440 }] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Every Sunday at seven in the morning I wish to water the indoor plants myself. Please arrange this.',
    fixture: COLONEL,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2026-12-20T02:00:00.000Z' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "Please record that the car's token tax is to be paid before the end of the month, as the excise office will levy a penalty thereafter.",
    fixture: COLONEL,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-12-31' } }] },
  },
  {
    intent: 'done',
    lang: 'en',
    text: 'Please be informed that the Sui gas bill was deposited at the bank this morning.',
    fixture: COLONEL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'I regret to say that the letter to the Station Commander was never posted; it is still lying in my desk drawer.',
    fixture: COLONEL,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'The bill may be marked as paid.',
    fixture: COLONEL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "My daughter Sara has kindly offered to arrange Mahnoor's prize-day gift; please assign that task to her.",
    fixture: COLONEL,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 13, assignee: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'The lawn fertiliser has become rather pressing now that the winter sowing is upon us; kindly give it high priority.',
    fixture: COLONEL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "The entry 'Get car tuning done' should instead read 'Car tuning and oil change at Shah Motors'.",
    fixture: COLONEL,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 12, title: 'Car tuning and oil change at Shah Motors' } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'The regiment has postponed the reunion dinner to the 2nd of January, at the same hour.',
    fixture: COLONEL,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 10, due_at: '2027-01-02T14:00:00.000Z' } }],
    },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'Would you be so kind as to tell me what engagements I have tomorrow?',
    fixture: COLONEL,
    expect: { reply: 'blood pressure|CMH' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'Please clear away all of the old tasks; the whole thing has become rather cluttered.',
    fixture: COLONEL,
    expect: { outcome: 'ask' },
  },
  // ---------------------------------------------------------------- English: the home bakery
  {
    intent: 'add',
    lang: 'en',
    text: 'new order!! 2 dozen brownies for Mehak, pickup saturday 4pm',
    fixture: BAKERY,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-19T11:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'out of vanilla essence, need to get some',
    fixture: BAKERY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'remind me at 9 tonight to take the butter out of the fridge for tmrw',
    fixture: BAKERY,
    expect: { calls: [{ name: 'add_task_details', args: { reminders: '*' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "mrs qureshi's cake delivered 🙌 she loved it and ordered a lemon cake for the 24th",
    fixture: BAKERY,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'add_task_details', args: { due_date: '2026-12-24' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "add 'pick up ammi's medicine' to the family list, sara can do it",
    fixture: BAKERY,
    expect: {
      calls: [
        { name: 'add_task_details', args: { title: "pick up ammi's medicine", list: 'Family' } },
        { name: 'assign_task', args: { task_id: 15, assignee: '*' } },
      ],
    },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'change the red velvet order to 5pm',
    fixture: BAKERY,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'wats on tmrw',
    fixture: BAKERY,
    expect: { reply: names('qureshi', 'christmas') },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'anything i forgot about?? feels like im behind',
    fixture: BAKERY,
    expect: { reply: 'oven' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'put the cake boxes under the ingredients tag too',
    fixture: BAKERY,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 5, tags: ['packaging', 'ingredients'] } }],
    },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'cake boxes should go in the Bakery list',
    fixture: BAKERY,
    expect: { calls: [{ name: 'move_task', args: { task_id: 5, list: 'Bakery' } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no rider payment this week, he's on leave",
    fixture: BAKERY,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "ayan's brownies were ages ago, just delete it",
    fixture: BAKERY,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "thank youuu you're a lifesaver 💕",
    fixture: BAKERY,
    expect: { outcome: 'help' },
  },
  // ---------------------------------------------------------------- English: the coach
  {
    intent: 'add',
    lang: 'en',
    text: 'Hamza has a semi final this Sunday at 8am at KPT ground',
    fixture: COACH,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-20T03:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'gotta get the car washed this weekend before the trip',
    fixture: COACH,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '*' } }] },
  },
  {
    intent: 'done',
    lang: 'en',
    text: 'both school fees paid',
    fixture: COACH,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'complete_task', args: { task_id: 4 } },
      ],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'no nets this thursday, ground is booked for a tournament',
    fixture: COACH,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 2 } }] },
  },
  {
    intent: 'query',
    lang: 'en',
    text: 'how many things am i late on',
    fixture: COACH,
    expect: { reply: 'team selection' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'change the time',
    fixture: COACH,
    expect: { outcome: 'ask' },
  },
  // ---------------------------------------------------------------- English: more adds
  {
    intent: 'add',
    lang: 'en',
    text: 'Zubair is off on Friday, need to find someone to cover his evening shift',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-12-18' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'pay the GEPCO bill by the 22nd, high priority, tag it bills',
    fixture: PHARMACY,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_date: '2026-12-22', priority: 'high', tags: ['bills'] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'ACL abstract deadline is jan 5th!! put it in my thesis list',
    fixture: THESIS,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-01-05', list: 'Thesis' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'joined a writing group, we meet every other friday 4pm at the library',
    fixture: THESIS,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "Preparations for the family wedding must begin; kindly add 'Order sherwani for Umar' to the Family list.",
    fixture: COLONEL,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'Order sherwani for Umar', list: 'Family' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'school bake sale order, 50 cupcakes, ready by 10am on the 23rd #orders',
    fixture: BAKERY,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2026-12-23T05:00:00.000Z', tags: ['orders'] } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "Zoya's painting class every tuesday 5pm starting next week, remind me an hour before",
    fixture: COACH,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            recurrence: '*',
            due_at: '2026-12-22T12:00:00.000Z',
            reminders: [{ minutes_before: 60 }],
          },
        },
      ],
    },
  },
  // ---------------------------------------------------------------- Roman Urdu: the coach
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal shaam 5 baje Hamza ko nets ke liye le kar jana hai',
    fixture: COACH,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-17T12:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'har saturday subah 8 baje fielding drills, yaad dila dena aadha ghanta pehle',
    fixture: COACH,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            recurrence: '*',
            due_at: '2026-12-19T03:00:00.000Z',
            reminders: [{ minutes_before: 30 }],
          },
        },
      ],
    },
  },
  {
    intent: 'done',
    lang: 'roman',
    text: 'Zoya ka science project jama ho gaya aaj',
    fixture: COACH,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'kit bag abhi tak nahi dhula, ghalti se tick laga diya tha',
    fixture: COACH,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'car service parson pe kar do',
    fixture: COACH,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, due_date: '2026-12-18' } }] },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'is hafte kya kya hai mere paas?',
    fixture: COACH,
    expect: { reply: names('parent', 'gymkhana|u13') },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'school fee wala kaam kal tak shift kar do',
    fixture: COACH,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'gloves wala task hata do, Hamza ke mamu ne gift kar diye',
    fixture: COACH,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'ground booking mein ek cheez aur daal do: umpire se baat karni hai',
    fixture: COACH,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 8, title: 'umpire se baat karni hai' } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'yaar aaj Pakistan ne kya zabardast match jeeta 🔥',
    fixture: COACH,
    expect: { outcome: 'help' },
  },
  // ---------------------------------------------------------------- Roman Urdu: the home bakery
  {
    intent: 'add',
    lang: 'roman',
    text: 'Fatima ka order aya hai, 1 kg chocolate cake 25 december ko dopahar 2 baje',
    fixture: BAKERY,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-25T09:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Bakery list mein daal do: naye piping nozzles mangwane hain',
    fixture: BAKERY,
    expect: {
      calls: [
        { name: 'add_task_details', args: { title: 'naye piping nozzles mangwane hain', list: 'Bakery' } },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'butter wali cheez urgent hai, kal tak chahiye',
    fixture: BAKERY,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, priority: 'high', due_date: '2026-12-17' } }],
    },
  },
  {
    intent: 'done',
    lang: 'roman',
    text: 'red velvet cupcakes Sana ko deliver ho gaye',
    fixture: BAKERY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'aaj kya karna hai mujhe',
    fixture: BAKERY,
    expect: { reply: names('rider', 'DMs') },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'aaj DMs ka reply nahi ho payega, aaj wala skip kar do',
    fixture: BAKERY,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'price list update wala kaam Family list mein daal do aur Sara ko de do, woh kar degi',
    fixture: BAKERY,
    expect: {
      calls: [
        { name: 'move_task', args: { task_id: 12, list: 'Family' } },
        { name: 'assign_task', args: { task_id: 12, assignee: '*' } },
      ],
    },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab kuch delete kar do, naye sire se shuru karna hai',
    fixture: BAKERY,
    expect: { outcome: 'ask' },
  },
  // ---------------------------------------------------------------- Roman Urdu: the pharmacist
  {
    intent: 'add',
    lang: 'roman',
    text: 'Imran ki shift kal raat 8 baje se hai, isay note kar lo',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-17T15:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'mujhe 2 ghante baad yaad dilana ke Medix walon ko call karni hai',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'add_task_details', args: { reminders: '*' } }] },
  },
  {
    intent: 'done',
    lang: 'roman',
    text: 'panadol ka order de diya hai',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'licence renewal ki date 5 january kar do',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2027-01-05' } }] },
  },
  {
    intent: 'query',
    lang: 'roman',
    text: 'Hilal walon ki payment kab due hai?',
    fixture: PHARMACY,
    expect: { reply: '18|fri|jumm' },
  },
  // ---------------------------------------------------------------- Roman Urdu: more adds
  {
    intent: 'add',
    lang: 'roman',
    text: 'Hamza ke naye joote lene hain',
    fixture: COACH,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal subah 11 baje tak Hira ko cake ka design bhejna hai, zaroori hai',
    fixture: BAKERY,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-17T06:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'har mahine ki 10 tareekh ko dukaan ka bijli ka bill',
    fixture: PHARMACY,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2027-01-10' } }],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Farooq sir ko monday subah 9 baje email karni hai chapter 3 ke sath',
    fixture: THESIS,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-21T04:00:00.000Z' } }] },
  },
  // ---------------------------------------------------------------- Urdu: the pharmacist
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل صبح دس بجے سپلائر سے ملاقات ہے',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-17T05:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ہر پیر کو صبح نو بجے دوائیوں کی ڈیلیوری چیک کرنی ہے',
    fixture: DAWAKHANA,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2026-12-21T04:00:00.000Z' } }],
    },
  },
  {
    intent: 'done',
    lang: 'ur',
    text: 'پیناڈول کا آرڈر دے دیا ہے',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'ڈاکٹر نوید سے بات نہیں ہو سکی، ان کا فون بند تھا',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ادائیگی والا کام پیر تک آگے کر دیں',
    fixture: DAWAKHANA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس ہفتے انسولین کا سٹاک نہیں گننا، ہفتے کو دکان بند ہوگی',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'کون سے کام رہ گئے ہیں جن کی تاریخ گزر چکی ہے؟',
    fixture: DAWAKHANA,
    expect: { reply: names('کھانسی', 'واپس') },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'بارکوڈ سکینر والا کام بہت ضروری ہے، اسے اونچی ترجیح دے دیں',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'تنخواہ والے کام میں لکھ دیں کہ عمران کے ایڈوانس کے پانچ ہزار کاٹنے ہیں',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'update_task', args: { task_id: 11, description: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'ڈاکٹر نوید والا کام مٹا دیں',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  // ---------------------------------------------------------------- Urdu: the retired officer
  {
    intent: 'add',
    lang: 'ur',
    text: 'براہ کرم نوٹ فرما لیں کہ جمعہ کے روز سہ پہر چار بجے مجھے ڈاکٹر صاحب کے پاس جانا ہے',
    fixture: NANA,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-18T11:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مہینے کے آخر تک گھر کا پراپرٹی ٹیکس جمع کرانا ہے، ایک دن پہلے یاد دلا دیجیے گا',
    fixture: NANA,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_date: '2026-12-31', reminders: [{ minutes_before: 1440 }] },
        },
      ],
    },
  },
  {
    intent: 'done',
    lang: 'ur',
    text: 'گیس کا بل آج صبح جمع کرا دیا گیا ہے',
    fixture: NANA,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'بل والا کام مکمل کر دیں',
    fixture: NANA,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'کل میری کیا مصروفیات ہیں؟',
    fixture: NANA,
    expect: { reply: 'بلڈ پریشر|سی ایم ایچ' },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'ماہ نور کو فون کرنے کا کام سارہ کے ذمے لگا دیں',
    fixture: NANA,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 6, assignee: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ری یونین ڈنر اب نئے سال کے پہلے دن ہوگا، وقت وہی رہے گا',
    fixture: NANA,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 10, due_at: '2027-01-01T14:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: "کھاد خریدنے والے کام کا نام بدل کر 'لان کے لیے یوریا کھاد' کر دیں",
    fixture: NANA,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, title: 'لان کے لیے یوریا کھاد' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'گاڑی کی ٹیوننگ کے نیچے ایک ذیلی کام ڈال دیں: ٹائروں کی ہوا چیک کروانا',
    fixture: NANA,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 12, title: 'ٹائروں کی ہوا چیک کروانا' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'گلاب کی کانٹ چھانٹ والا کام حذف کر دیں، مالی نے کل خود ہی کر دی',
    fixture: NANA,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم، آج ایبٹ آباد میں بہت سردی ہے',
    fixture: NANA,
    expect: { outcome: 'help' },
  },
  // ---------------------------------------------------------------- Urdu: the home bakery
  {
    intent: 'add',
    lang: 'ur',
    text: 'نیا آرڈر: ماریہ کے لیے دو درجن کوکیز، ہفتے کو شام چھ بجے',
    fixture: MITHAI,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-19T13:00:00.000Z' } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'چاکلیٹ کیک کا وقت بدل کر شام سات بجے کر دیں',
    fixture: MITHAI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'done',
    lang: 'ur',
    text: 'ثنا کے کپ کیک پہنچا دیے',
    fixture: MITHAI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'query',
    lang: 'ur',
    text: 'اس ہفتے کون کون سے آرڈر ہیں؟',
    fixture: MITHAI,
    expect: { reply: names('قریشی', 'نازیہ') },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج ڈیلیوری والے کو پیسے نہیں دینے، وہ چھٹی پر ہے',
    fixture: MITHAI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 11 } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'مکھن والا کام کل تک کا کر دیں اور کیک کے ڈبے بھی کل ہی',
    fixture: MITHAI,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 4, due_date: '2026-12-17' } },
        { name: 'set_task_details', args: { task_id: 5, due_date: '2026-12-17' } },
      ],
    },
  },
  // ---------------------------------------------------------------- Urdu: no tasks yet
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل شام پانچ بجے امی کو ڈاکٹر کے پاس لے کر جانا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2026-12-17T12:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'روزانہ رات دس بجے دوا کھانی ہے، یاد دلاتے رہنا',
    fixture: 'empty',
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '*', reminders: '*' } }],
    },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'تم کیا کیا کر سکتے ہو؟',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },
  // ---------------------------------------------------------------- Urdu: more adds
  {
    intent: 'add',
    lang: 'ur',
    text: 'پرسوں تک نئے سیلز مین کا انٹرویو کرنا ہے',
    fixture: DAWAKHANA,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2026-12-18' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ہر جمعرات کو صبح دس بجے مسجد کمیٹی کا اجلاس ہوتا ہے',
    fixture: NANA,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2026-12-17T05:00:00.000Z' } }],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'انڈے ختم ہو گئے ہیں',
    fixture: MITHAI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'آج رات نو بجے بجلی کا بل آن لائن جمع کرانا ہے، آدھا گھنٹہ پہلے یاد دلا دینا',
    fixture: 'empty',
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2026-12-16T16:00:00.000Z', reminders: [{ minutes_before: 30 }] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'اگلے مہینے کی پانچ تاریخ کو گاڑی کی انشورنس ختم ہو رہی ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-01-05' } }] },
  },
];
