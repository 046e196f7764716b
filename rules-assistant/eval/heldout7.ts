// A seventh held-out set for the built-in assistant, written blind to it: from the tool contract
// (server/features/assistant/tools.ts), the in-memory tools (rules-assistant/eval/memory-tools.ts), the judge (rules-assistant/eval/run.ts), the
// type definitions and fixture shapes at the top of rules-assistant/eval/utterances.ts and the first 60 lines of
// rules-assistant/eval/heldout6.ts (file format) only. Nothing under rules-assistant/engine/ was opened, nor
// docs/assistant.md, nor the assistant tests, nor the rest of the other sets.
// It covers task lists, subtasks and views: adding to a named list (with a due date or priority
// too), reading a list, the today / this week / upcoming / overdue / inbox views (alone and
// crossed with a list), moving a task between lists and to the Inbox, adding subtasks (and
// reading one back), listing and creating lists (also a list and a first task in one request),
// and negatives: list names the user does not have, negations, ambiguous task names.
// 67 utterances: 44 English, 11 Roman Urdu, 12 Urdu script, on three fixtures of its own (a
// Karachi family with Groceries, School and Home lists, English and Roman Urdu; a freelancer with
// Clients, Admin and Personal, English; an Urdu household with سودا, اسکول and دفتر lists). The
// in-memory tools make lists from the fixture's `list` names but give no task a parent, so no
// fixture holds existing subtasks: one case adds a subtask in an earlier turn and reads it back.
// The eval's "now" is Wednesday 2025-06-11, 14:00 in Asia/Karachi: today is 06-11, "tomorrow"
// 06-12, Friday 06-13; the Upcoming view is 06-11 to 06-24.
// Judging: changes by the mutating calls and their key arguments (list names compared ignoring
// case, as the judge compares strings); reads by the titles the reply must show and must not show
// (no particular read tool is required: list_tasks, search_tasks with list/view/due, or
// list_lists all do). "This week" is only judged on dates that are in it under every reading
// (06-12, 06-13, 06-14) and out of it under every reading (06-20 and later, undated); 06-16/06-17
// and overdue tasks are left unjudged. Completed tasks are not judged in list reads (hidden or
// marked done are both fine) but must not appear in "today" or "still to do" answers.
// A list name the user does not have: a demanding user expects to be told (or asked whether to
// create it), never a task silently put in the Inbox or a list created unasked; so no mutating
// call, and the reply must name the missing list. Note the judge counts a call the tools refused
// as a change, so an attempt refused with "You have no list called ..." also fails those cases.
// Measured once, blind, when written (first run, nothing changed since): 24/67 (35.8%); English
// 17/44, Roman Urdu 5/11, Urdu 2/12. By intent: clarify 1/2, list-add 2/13, list-read 2/9, lists
// 4/8, move 2/7, negation 4/4, notfound 2/4, subtask 1/7, view 6/13. The misses:
//   English, list-add: "put oat milk on my grocery list" (looked for a list "grocery": no change);
//   "dish soap -> groceries" (not understood); "add buy glue sticks to the school list for friday"
//   and "add draft proposal for Northwind to my clients list, due tomorrow" (added to the Inbox
//   with the list phrase in the title); "remind me to buy batteries, put it in Home", "new task in
//   Admin: renew business license", "add a high priority task to clients: send the revised quote
//   to Acme" (Inbox, list words in the title); "add book a haircut under personal" (looked for a
//   task "personal": no change).
//   English, list-read: "what's on my grocery list?" (no list "grocery"); "is there anything on
//   the home list?" (all 15 tasks); "list everything in my personal list" (no list "everything in
//   my personal"); "what do I still have to do for clients?" (not understood); "what's due today
//   in clients?" (today's tasks of every list, the Inbox's internet bill included).
//   English, view: "show me my upcoming tasks" (due this week, not the 14-day Upcoming view:
//   "Renew domain name" on 06-20 missing); "show me the tasks that aren't in any list" (all 15
//   tasks); "today's agenda please, overdue stuff included" (not understood).
//   English, move: "put Read the contract draft in Clients" (a new duplicate task in Clients, no
//   move); "file the accounting app task under admin", "the car insurance one belongs in Home",
//   "take the AC filter out of Home and put it back in the inbox" (not understood).
//   English, subtask: "put 'book the hotel' under plan the summer trip as a subtask" (not
//   understood); "for the tax return, add a subtask: collect bank statements" and "under the
//   Northwind kickoff call, add prepare the agenda" (whole sentence added as an Inbox task); "what
//   are the subtasks of the summer trip?" after adding one (not understood).
//   English, other: "make a Travel list and put renew passport on it" (listed all tasks, no
//   change); "move the dentist task to Health" (no change, but asked what to change about
//   "Dentist appointment" without saying there is no Health list); "add a subtask under the renew
//   task: find the documents" (no task "the renew task", no question about the two "Renew" tasks).
//   Roman Urdu: "school ki list mein 'Buy chart paper' daal do" and "meri groceries ki list
//   dikhao" (looked for lists "school ki" / "groceries ki"); "inbox mein kya para hai?" and "is
//   hafte kya kya due hai?" (not understood); "meri lists kaun kaun si hain?" (all tasks, not the
//   lists); "Plan the summer trip mein subtask add karo: hotel book karna" (whole sentence added).
//   Urdu: "سودا لسٹ میں انڈے ڈال دو", "دفتر کی لسٹ میں بجٹ بنانا شامل کر دو", "بجلی کے بل والا کام
//   دفتر کی لسٹ میں ڈال دو", "سفر کے نام سے نئی لسٹ بنا دو", "میٹنگ کی تیاری میں ایک ذیلی کام شامل
//   کرو: سلائیڈز بنانا" and "باغبانی کی لسٹ میں کھاد ڈال دو" (each added to the Inbox as a task
//   titled with the request; the last should change nothing); "اسکول کی لسٹ دکھاؤ" and "میری کون
//   کون سی لسٹیں ہیں؟" (all 12 tasks); "ان باکس میں کیا ہے؟" and "اس ہفتے کیا کیا ہے؟" (not
//   understood).
// No expectation was changed after the run.
// After the run, the assistant was changed with these misses in view (so what follows is no longer
// a blind figure): list names matched in singular or plural and by a unique prefix, the words after
// "list" ("for friday") kept for the task, adding and reading a list, moving, subtasks and views in
// more phrasings (English, Roman Urdu "ki list", Urdu لسٹ/فہرست forms), "put <an existing task's
// exact title> in X" moving it, "move X to Y" saying when Y is no list, and search_tasks by
// parent_id for "what are the subtasks of ...". Then: 67/67 (66/67 before parent_id). The main set
// and held-outs 1-6 stayed at 100%.
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

type Lang = Utterance['lang'];
type Fixture = Utterance['fixture'];

const TOMORROW = '2025-06-12';
const FRIDAY = '2025-06-13';

// Lists (first seen): Groceries, School, Home. Inbox: 9, 10, 12, 13, 14. Completed: 3, 11.
// Due today: 4 (11 is done). Overdue: 7. Tomorrow: 10. Friday: 5. Next Tue: 6. 06-20: 14. 06-26: 15.
const family: FixtureTask[] = [
  { id: 1, title: 'Milk', list: 'Groceries' },
  { id: 2, title: 'Bananas', list: 'Groceries' },
  { id: 3, title: 'Olive oil', list: 'Groceries', completed: true },
  { id: 4, title: 'Sign the field trip form', list: 'School', due_date: '2025-06-11' },
  { id: 5, title: 'Science fair poster', list: 'School', due_date: '2025-06-13' },
  { id: 6, title: 'Parent-teacher meeting', list: 'School', due_at: '2025-06-17T11:00:00.000Z' },
  { id: 7, title: 'Fix the leaking tap', list: 'Home', due_date: '2025-06-08' },
  { id: 8, title: 'Change the AC filter', list: 'Home' },
  { id: 9, title: 'Book the dentist for the kids' },
  { id: 10, title: 'Renew car insurance', due_date: '2025-06-12' },
  { id: 11, title: 'Return library books', list: 'School', completed: true, due_date: '2025-06-11' },
  { id: 12, title: 'Plan the summer trip' },
  { id: 13, title: 'Renew passports' },
  { id: 14, title: "Grandma's birthday dinner", due_date: '2025-06-20' },
  { id: 15, title: 'Pay school fees', list: 'School', due_date: '2025-06-26' },
];

// Lists: Clients, Admin, Personal. Inbox: 8, 10, 11, 12, 13. Completed: 6, 14.
// Overdue: 1. Today: 2, 13. Tomorrow 11:00: 3. Friday: 4. Saturday: 9. Mon 06-16: 8. 06-20: 5.
// 06-30: 15. Three tasks with "call": 3, 7, 12.
const freelancer: FixtureTask[] = [
  { id: 1, title: 'Send invoice to Acme', list: 'Clients', priority: 'high', due_date: '2025-06-09' },
  { id: 2, title: 'Logo revisions for Bloom Bakery', list: 'Clients', due_date: '2025-06-11' },
  { id: 3, title: 'Kickoff call with Northwind', list: 'Clients', due_at: '2025-06-12T06:00:00.000Z' },
  { id: 4, title: 'File quarterly tax return', list: 'Admin', due_date: '2025-06-13' },
  { id: 5, title: 'Renew domain name', list: 'Admin', due_date: '2025-06-20' },
  { id: 6, title: 'Back up laptop', list: 'Admin', completed: true },
  { id: 7, title: 'Call the accountant', list: 'Admin' },
  { id: 8, title: 'Dentist appointment', due_date: '2025-06-16' },
  { id: 9, title: 'Buy a birthday gift for Sara', list: 'Personal', due_date: '2025-06-14' },
  { id: 10, title: 'Read the contract draft' },
  { id: 11, title: 'Look into a new accounting app' },
  { id: 12, title: 'Call the landlord' },
  { id: 13, title: 'Pay the internet bill', due_date: '2025-06-11' },
  { id: 14, title: 'Send invoice to Bloom Bakery', list: 'Clients', completed: true },
  { id: 15, title: 'Gym membership renewal', list: 'Personal', due_date: '2025-06-30' },
];

// Lists: سودا (groceries), اسکول (school), دفتر (office). Inbox: 8-12. Completed: 3, 11.
// Today: 4. Overdue: 6. Tomorrow: 5, 8. Friday: 7. 06-25: 12.
const ghar: FixtureTask[] = [
  { id: 1, title: 'دودھ', list: 'سودا' },
  { id: 2, title: 'آٹا', list: 'سودا' },
  { id: 3, title: 'چینی', list: 'سودا', completed: true },
  { id: 4, title: 'فیس جمع کرانا', list: 'اسکول', due_date: '2025-06-11' },
  { id: 5, title: 'ہوم ورک چیک کرنا', list: 'اسکول', due_date: '2025-06-12' },
  { id: 6, title: 'رپورٹ بھیجنا', list: 'دفتر', due_date: '2025-06-10' },
  { id: 7, title: 'میٹنگ کی تیاری', list: 'دفتر', due_date: '2025-06-13' },
  { id: 8, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-12' },
  { id: 9, title: 'ڈاکٹر سے وقت لینا' },
  { id: 10, title: 'درزی سے کپڑے لینا' },
  { id: 11, title: 'امی کو فون کرنا', completed: true },
  { id: 12, title: 'گاڑی کی سروس', due_date: '2025-06-25' },
];

const call = (name: string, args: Record<string, unknown> = {}): ExpectedCall => ({ name, args });
const addTo = (title: string, list: string, extra: Record<string, unknown> = {}) =>
  call('add_task_details', { title, list, ...extra });
const move = (id: number, list: string) => call('move_task', { task_id: id, list });
const subtask = (id: number, title: string) => call('add_subtask', { task_id: id, title });
const newList = (name: string) => call('create_list', { name });

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** The reply shows every one of `must` and none of `mustNot` (ignoring case). */
const shows = (must: string[], mustNot: string[] = []) =>
  `^${must.map((t) => `(?=[\\s\\S]*${escapeRe(t)})`).join('')}${mustNot
    .map((t) => `(?![\\s\\S]*${escapeRe(t)})`)
    .join('')}`;

const does = (
  intent: string,
  lang: Lang,
  fixture: Fixture,
  text: string,
  calls: ExpectedCall[],
  before?: string[],
): Utterance => ({ intent, lang, fixture, text, ...(before ? { before } : {}), expect: { calls } });
/** A read: no change, and the reply matches. */
const reads = (
  intent: string,
  lang: Lang,
  fixture: Fixture,
  text: string,
  reply: string,
  before?: string[],
): Utterance => ({
  intent,
  lang,
  fixture,
  text,
  ...(before ? { before } : {}),
  expect: { calls: [], reply },
});
/** No change at all (and the reply matches, when given). */
const nothing = (intent: string, lang: Lang, fixture: Fixture, text: string, reply?: string): Utterance => ({
  intent,
  lang,
  fixture,
  text,
  expect: reply ? { calls: [], reply } : { calls: [] },
});
const asks = (intent: string, lang: Lang, fixture: Fixture, text: string): Utterance => ({
  intent,
  lang,
  fixture,
  text,
  expect: { calls: [], outcome: 'ask' },
});

const english: Utterance[] = [
  // Adding to a named list, phrased many ways.
  does('list-add', 'en', family, 'put oat milk on my grocery list', [addTo('Oat milk', 'Groceries')]),
  does('list-add', 'en', family, 'add yogurt to groceries', [addTo('Yogurt', 'Groceries')]),
  does('list-add', 'en', family, 'dish soap -> groceries', [addTo('Dish soap', 'Groceries')]),
  does('list-add', 'en', family, 'add buy glue sticks to the school list for friday', [
    addTo('Buy glue sticks', 'School', { due_date: FRIDAY }),
  ]),
  does('list-add', 'en', family, 'remind me to buy batteries, put it in Home', [
    addTo('Buy batteries', 'Home'),
  ]),
  does('list-add', 'en', freelancer, 'new task in Admin: renew business license', [
    addTo('Renew business license', 'Admin'),
  ]),
  does('list-add', 'en', freelancer, 'add draft proposal for Northwind to my clients list, due tomorrow', [
    addTo('Draft proposal for Northwind', 'Clients', { due_date: TOMORROW }),
  ]),
  // "under" a list, not under a task: a list item, not a subtask.
  does('list-add', 'en', freelancer, 'add book a haircut under personal', [
    addTo('Book a haircut', 'Personal'),
  ]),
  does('list-add', 'en', freelancer, 'add a high priority task to clients: send the revised quote to Acme', [
    addTo('Send the revised quote to Acme', 'Clients', { priority: 'high' }),
  ]),

  // Reading one list.
  reads(
    'list-read',
    'en',
    family,
    "what's on my grocery list?",
    shows(['Milk', 'Bananas'], ['leaking tap', 'field trip', 'car insurance']),
  ),
  reads(
    'list-read',
    'en',
    family,
    'show the school list',
    shows(['field trip form', 'Science fair poster', 'Parent-teacher meeting'], ['Milk', 'leaking tap']),
  ),
  reads(
    'list-read',
    'en',
    family,
    'is there anything on the home list?',
    shows(['leaking tap', 'AC filter'], ['Milk', 'field trip', 'summer trip']),
  ),
  reads(
    'list-read',
    'en',
    freelancer,
    "what's in Admin",
    shows(['tax return', 'domain name', 'accountant'], ['Acme', 'Northwind', 'Dentist']),
  ),
  reads(
    'list-read',
    'en',
    freelancer,
    'list everything in my personal list',
    shows(['birthday gift', 'Gym membership'], ['Acme', 'tax return', 'Dentist']),
  ),
  reads(
    'list-read',
    'en',
    freelancer,
    'what do I still have to do for clients?',
    shows(['invoice to Acme', 'Logo revisions', 'Northwind'], ['invoice to Bloom', 'tax return', 'Gym']),
  ),
  // A list crossed with a view: today's (and overdue) Clients tasks only.
  reads(
    'list-read',
    'en',
    freelancer,
    "what's due today in clients?",
    shows(['Logo revisions'], ['Northwind', 'internet bill', 'tax return']),
  ),

  // Views: today, this week, upcoming, overdue, inbox.
  reads(
    'view',
    'en',
    family,
    'what do I have today',
    shows(['field trip form'], ['car insurance', 'library books', 'Milk', 'summer trip']),
  ),
  reads(
    'view',
    'en',
    family,
    'anything due this week?',
    shows(
      ['car insurance', 'Science fair poster'],
      ['summer trip', 'Milk', 'birthday dinner', 'school fees'],
    ),
  ),
  reads(
    'view',
    'en',
    family,
    "what's in my inbox",
    shows(
      ['dentist for the kids', 'car insurance', 'summer trip', 'passports', 'birthday dinner'],
      ['Milk', 'leaking tap', 'field trip'],
    ),
  ),
  reads(
    'view',
    'en',
    freelancer,
    'show me my upcoming tasks',
    shows(
      ['Northwind', 'tax return', 'birthday gift', 'domain name'],
      ['contract draft', 'Back up laptop', 'accounting app'],
    ),
  ),
  reads(
    'view',
    'en',
    freelancer,
    "what's overdue?",
    shows(['invoice to Acme'], ['Logo revisions', 'internet bill', 'Northwind']),
  ),
  reads(
    'view',
    'en',
    freelancer,
    "show me the tasks that aren't in any list",
    shows(
      ['contract draft', 'accounting app', 'landlord', 'internet bill', 'Dentist'],
      ['invoice to Acme', 'tax return', 'birthday gift'],
    ),
  ),
  reads(
    'view',
    'en',
    freelancer,
    "today's agenda please, overdue stuff included",
    shows(['Logo revisions', 'internet bill', 'invoice to Acme'], ['Northwind', 'tax return', 'Gym']),
  ),

  // Moving between lists and to the Inbox.
  does('move', 'en', freelancer, 'move the dentist task to personal', [move(8, 'Personal')]),
  does('move', 'en', freelancer, 'put Read the contract draft in Clients', [move(10, 'Clients')]),
  does('move', 'en', freelancer, 'file the accounting app task under admin', [move(11, 'Admin')]),
  does('move', 'en', family, 'the car insurance one belongs in Home', [move(10, 'Home')]),
  does('move', 'en', family, 'take the AC filter out of Home and put it back in the inbox', [
    move(8, 'inbox'),
  ]),

  // Subtasks.
  does('subtask', 'en', family, "put 'book the hotel' under plan the summer trip as a subtask", [
    subtask(12, 'Book the hotel'),
  ]),
  does('subtask', 'en', family, 'add a subtask to the science fair poster: buy markers', [
    subtask(5, 'Buy markers'),
  ]),
  does('subtask', 'en', freelancer, 'for the tax return, add a subtask: collect bank statements', [
    subtask(4, 'Collect bank statements'),
  ]),
  does('subtask', 'en', freelancer, 'under the Northwind kickoff call, add prepare the agenda', [
    subtask(3, 'Prepare the agenda'),
  ]),
  reads('subtask', 'en', family, 'what are the subtasks of the summer trip?', shows(['book the hotel']), [
    'add a subtask to plan the summer trip: book the hotel',
  ]),

  // Which lists, new lists.
  reads('lists', 'en', freelancer, 'which lists do I have?', shows(['Clients', 'Admin', 'Personal'])),
  does('lists', 'en', freelancer, 'make a new list called Travel', [newList('Travel')]),
  does('lists', 'en', family, 'create a list named Birthday party', [newList('Birthday party')]),
  does('lists', 'en', freelancer, 'make a Travel list and put renew passport on it', [
    newList('Travel'),
    addTo('Renew passport', 'Travel'),
  ]),

  // Lists the user does not have: no change, and say so (see the header).
  nothing('notfound', 'en', freelancer, 'add sunscreen to my Travel list', 'travel'),
  nothing(
    'notfound',
    'en',
    family,
    "what's on my gardening list?",
    shows(['gardening'], ['Bananas', 'leaking tap', 'field trip']),
  ),
  nothing('notfound', 'en', freelancer, 'move the dentist task to Health', 'health'),

  // Negations: no change.
  nothing('negation', 'en', family, "don't add bread to groceries"),
  nothing('negation', 'en', family, "actually, don't move the tap task to the inbox"),

  // Ambiguous task names: a question, no change.
  asks('clarify', 'en', freelancer, 'move the call task to personal'),
  asks('clarify', 'en', family, 'add a subtask under the renew task: find the documents'),
];

const roman: Utterance[] = [
  does('list-add', 'roman', family, 'groceries mein anday add kar do', [addTo('Anday', 'Groceries')]),
  does('list-add', 'roman', family, "school ki list mein 'Buy chart paper' daal do", [
    addTo('Buy chart paper', 'School'),
  ]),
  reads(
    'list-read',
    'roman',
    family,
    'meri groceries ki list dikhao',
    shows(['Milk', 'Bananas'], ['leaking tap', 'field trip', 'car insurance']),
  ),
  reads(
    'view',
    'roman',
    family,
    'aaj kya kya karna hai?',
    shows(['field trip form'], ['car insurance', 'library books', 'summer trip']),
  ),
  reads(
    'view',
    'roman',
    family,
    'inbox mein kya para hai?',
    shows(['dentist for the kids', 'summer trip'], ['Milk', 'leaking tap']),
  ),
  reads(
    'view',
    'roman',
    family,
    'is hafte kya kya due hai?',
    shows(['car insurance', 'Science fair poster'], ['summer trip', 'school fees', 'birthday dinner']),
  ),
  does('move', 'roman', family, 'car insurance wala task Home list mein daal do', [move(10, 'Home')]),
  reads('lists', 'roman', family, 'meri lists kaun kaun si hain?', shows(['Groceries', 'School', 'Home'])),
  does('lists', 'roman', family, 'Eid naam ki nayi list bana do', [newList('Eid')]),
  does('subtask', 'roman', family, 'Plan the summer trip mein subtask add karo: hotel book karna', [
    subtask(12, 'Hotel book karna'),
  ]),
  nothing('negation', 'roman', family, 'groceries mein bread mat daalna'),
];

const urdu: Utterance[] = [
  does('list-add', 'ur', ghar, 'سودا لسٹ میں انڈے ڈال دو', [addTo('انڈے', 'سودا')]),
  does('list-add', 'ur', ghar, 'دفتر کی لسٹ میں بجٹ بنانا شامل کر دو', [addTo('بجٹ بنانا', 'دفتر')]),
  reads(
    'list-read',
    'ur',
    ghar,
    'اسکول کی لسٹ دکھاؤ',
    shows(['فیس جمع کرانا', 'ہوم ورک چیک کرنا'], ['دودھ', 'رپورٹ بھیجنا', 'بجلی']),
  ),
  reads(
    'view',
    'ur',
    ghar,
    'آج کیا کرنا ہے؟',
    shows(['فیس جمع کرانا'], ['بجلی کا بل', 'ڈاکٹر سے وقت لینا', 'امی کو فون']),
  ),
  reads(
    'view',
    'ur',
    ghar,
    'ان باکس میں کیا ہے؟',
    shows(['ڈاکٹر سے وقت لینا', 'درزی سے کپڑے لینا'], ['دودھ', 'رپورٹ بھیجنا']),
  ),
  reads(
    'view',
    'ur',
    ghar,
    'اس ہفتے کیا کیا ہے؟',
    shows(['بجلی کا بل', 'ہوم ورک', 'میٹنگ کی تیاری'], ['ڈاکٹر سے وقت لینا', 'گاڑی کی سروس', 'دودھ']),
  ),
  does('move', 'ur', ghar, 'بجلی کے بل والا کام دفتر کی لسٹ میں ڈال دو', [move(8, 'دفتر')]),
  reads('lists', 'ur', ghar, 'میری کون کون سی لسٹیں ہیں؟', shows(['سودا', 'اسکول', 'دفتر'])),
  does('lists', 'ur', ghar, 'سفر کے نام سے نئی لسٹ بنا دو', [newList('سفر')]),
  does('subtask', 'ur', ghar, 'میٹنگ کی تیاری میں ایک ذیلی کام شامل کرو: سلائیڈز بنانا', [
    subtask(7, 'سلائیڈز بنانا'),
  ]),
  nothing('notfound', 'ur', ghar, 'باغبانی کی لسٹ میں کھاد ڈال دو', 'باغبانی'),
  nothing('negation', 'ur', ghar, 'سودے کی لسٹ میں چینی مت ڈالنا'),
];

export const heldout7: Utterance[] = [...english, ...roman, ...urdu];
