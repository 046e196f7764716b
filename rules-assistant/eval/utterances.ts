// What people say to the assistant, and what should happen. Changes (add, complete, delete,
// update, set details, reopen) must match by name and the arguments listed; reads are free unless
// listed in `reads`. The clock is Wednesday 2025-06-11 14:00 in Asia/Karachi (see run.ts), so
// "tomorrow" is 2025-06-12 and "tomorrow at 5pm" is 12:00 UTC. Fixture ids are the task ids (a
// database-backed runner must insert them with these ids); list_tasks answers newest first.
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import type { FixtureTask } from './memory-tools.js';
import { round12 } from './round12.js';
import { round13 } from './round13.js';
import { round14, round14b } from './round14.js';
import { round15 } from './round15.js';
import { statements } from './utterances-statements.js';

export interface ExpectedCall {
  name: string;
  /** Each listed argument must match: strings ignoring case and surrounding space, arrays as sets; '*' = present. */
  args?: Record<string, unknown>;
  absent?: string[];
}

export interface Utterance {
  intent: string;
  lang: 'en' | 'ur' | 'roman';
  text: string;
  fixture: keyof typeof FIXTURES | FixtureTask[];
  /** Earlier user turns, run through the same agent first (their replies become the history). */
  before?: string[];
  history?: HistoryMessage[];
  expect: {
    calls?: ExpectedCall[];
    reads?: ExpectedCall[];
    /** ask: a question and no change; help: no tool call at all. */
    outcome?: 'ask' | 'help';
    /** A regular expression the reply must match. */
    reply?: string;
  };
}

export const FIXTURES = {
  empty: [] as FixtureTask[],
  home: [
    { id: 1, title: 'Buy milk', tags: ['home'], due_date: '2025-06-11' },
    {
      id: 2,
      title: 'Team meeting prep',
      priority: 'high',
      tags: ['work'],
      due_at: '2025-06-10T10:00:00.000Z',
    },
    { id: 3, title: 'Call mom', completed: true },
    { id: 4, title: 'Pay electricity bill', priority: 'medium', due_date: '2025-06-13' },
    { id: 5, title: 'Read a book' },
    { id: 6, title: 'Submit tax report', priority: 'high', tags: ['work'], due_date: '2025-06-09' },
    { id: 7, title: 'Water the plants', completed: true, tags: ['home'] },
  ] as FixtureTask[],
  dupes: [
    { id: 1, title: 'Team meeting' },
    { id: 2, title: 'Meeting notes' },
    { id: 3, title: 'Buy milk' },
    { id: 4, title: 'Call mom' },
    { id: 5, title: 'Call the bank' },
  ] as FixtureTask[],
  lists: [
    { id: 1, title: 'Milk', list: 'Groceries' },
    { id: 2, title: 'Quarterly report', list: 'Work', due_date: '2025-06-11' },
    { id: 3, title: 'Dentist appointment', due_date: '2025-06-16' },
    { id: 4, title: 'Call the plumber', list: 'Home', due_date: '2025-06-09' },
    { id: 5, title: 'Eggs', list: 'Groceries', completed: true },
  ] as FixtureTask[],
  urdu: [
    { id: 1, title: 'دودھ خریدنا' },
    { id: 2, title: 'ڈاکٹر سے ملاقات', due_date: '2025-06-11' },
    { id: 3, title: 'بجلی کا بل جمع کرانا', priority: 'high' },
    { id: 4, title: 'امی کو فون کرنا', completed: true },
    { id: 5, title: 'میٹنگ کی تیاری' },
    { id: 6, title: 'کتاب پڑھنا' },
  ] as FixtureTask[],
};

type Lang = Utterance['lang'];
type Fixture = Utterance['fixture'];

const TOMORROW = '2025-06-12';
const FRIDAY = '2025-06-13';
const NEXT_MONDAY = '2025-06-16';
const TOMORROW_5PM = '2025-06-12T12:00:00.000Z';

const call = (name: string, args: Record<string, unknown> = {}, absent?: string[]): ExpectedCall =>
  absent ? { name, args, absent } : { name, args };
const added = (title: string, extra: Record<string, unknown> = {}) =>
  Object.keys(extra).length === 0
    ? call('add_task', { title })
    : call('add_task_details', { title, ...extra });

function does(
  intent: string,
  lang: Lang,
  fixture: Fixture,
  text: string,
  calls: ExpectedCall[],
  more: Partial<Utterance['expect']> & { before?: string[] } = {},
): Utterance {
  const { before, ...expect } = more;
  return { intent, lang, fixture, text, ...(before ? { before } : {}), expect: { calls, ...expect } };
}
const reads = (
  intent: string,
  lang: Lang,
  fixture: Fixture,
  text: string,
  read: ExpectedCall,
  reply?: string,
) => does(intent, lang, fixture, text, [], { reads: [read], ...(reply ? { reply } : {}) });
const asks = (intent: string, lang: Lang, fixture: Fixture, text: string, before?: string[]) =>
  does(intent, lang, fixture, text, [], { outcome: 'ask', ...(before ? { before } : {}) });
const helps = (lang: Lang, text: string, intent = 'unknown') =>
  does(intent, lang, 'home', text, [], { outcome: 'help' });

const add: Utterance[] = [
  does('add', 'en', 'home', 'add buy groceries', [added('Buy groceries')]),
  does('add', 'en', 'home', 'Add a task to call the dentist', [added('Call the dentist')]),
  does('add', 'en', 'home', 'create a new task called Renew passport', [added('Renew passport')]),
  does('add', 'en', 'home', 'remind me to water the garden', [added('Water the garden')]),
  does('add', 'en', 'home', 'I need to pick up the laundry', [added('Pick up the laundry')]),
  does('add', 'en', 'home', 'remember to send the invoice', [added('Send the invoice')]),
  does('add', 'en', 'home', 'new task: book flight tickets', [added('Book flight tickets')]),
  does('add', 'en', 'home', 'add buy bread tomorrow', [added('Buy bread', { due_date: TOMORROW })]),
  does('add', 'en', 'home', 'add call Ali tomorrow at 5pm', [added('Call Ali', { due_at: TOMORROW_5PM })]),
  does('add', 'en', 'home', 'add finish slides by friday !high', [
    added('Finish slides', { due_date: FRIDAY, priority: 'high' }),
  ]),
  does('add', 'en', 'home', 'add submit report high priority', [
    added('Submit report', { priority: 'high' }),
  ]),
  does('add', 'en', 'home', 'add pay rent #bills #home', [added('Pay rent', { tags: ['bills', 'home'] })]),
  does('add', 'en', 'home', 'create task clean the garage tagged home', [
    added('Clean the garage', { tags: ['home'] }),
  ]),
  does('add', 'en', 'home', 'addd buy eggs', [added('Buy eggs')]),
  does('add', 'en', 'home', 'ad buy stamps', [added('Buy stamps')]),
  does('add', 'en', 'home', 'crete a task to fix the bike', [added('Fix the bike')]),
  does('add', 'en', 'home', 'ceate task pay school fees', [added('Pay school fees')]),
  does('add', 'en', 'home', "please add 'email the landlord' to my list", [added('Email the landlord')]),
  does('add', 'en', 'home', 'add prepare presentation with description slides for the monday meeting', [
    call('add_task', { title: 'Prepare presentation', description: 'slides for the monday meeting' }),
  ]),
  does('add', 'en', 'home', 'can you add renew car insurance next monday', [
    added('Renew car insurance', { due_date: NEXT_MONDAY }),
  ]),
  does('add', 'en', 'home', 'add dentist appointment on friday at 3pm', [
    added('Dentist appointment', { due_at: '2025-06-13T10:00:00.000Z' }),
  ]),
  does('add', 'en', 'home', 'I have to call the plumber today', [
    added('Call the plumber', { due_date: '2025-06-11' }),
  ]),
  does('add', 'en', 'home', "don't let me forget to buy a gift for Sara", [added('Buy a gift for Sara')]),
  does('add', 'en', 'home', 'add organise the shelf, low priority', [
    added('Organise the shelf', { priority: 'low' }),
  ]),
  // A recurrence said in an add is the task's rule (it was once left in the title).
  does('add', 'en', 'home', 'add water plants every day', [
    added('Water plants', { recurrence: 'FREQ=DAILY', due_date: '2025-06-11' }),
  ]),
  does('add', 'en', 'home', 'schedule team lunch on june 20', [
    added('Team lunch', { due_date: '2025-06-20' }),
  ]),
  does('add', 'en', 'home', 'add read chapter 3 in 3 days', [
    added('Read chapter 3', { due_date: '2025-06-14' }),
  ]),
  does('add', 'en', 'home', 'Add: renew gym membership', [added('Renew gym membership')]),
  does('add', 'en', 'home', 'add a task to buy milk', [added('Buy milk')]),
  does('add', 'en', 'empty', 'please create a reminder to pay the internet bill by the end of month', [
    added('Pay the internet bill', { due_date: '2025-06-30' }),
  ]),
  does('add', 'en', 'home', 'add urgent call the bank', [added('Call the bank', { priority: 'high' })]),
  asks('add', 'en', 'home', 'add a task'),
  asks('add', 'en', 'home', 'add'),
  does('add', 'en', 'home', 'buy batteries', [added('Buy batteries')], { before: ['add a task'] }),
  does('add', 'ur', 'empty', 'دودھ خریدنا شامل کرو', [added('دودھ خریدنا')]),
  does('add', 'ur', 'empty', 'نیا کام: کتاب واپس کرنا', [added('کتاب واپس کرنا')]),
  does('add', 'ur', 'empty', 'کل شام 5 بجے ڈاکٹر کے پاس جانا شامل کرو', [
    added('ڈاکٹر کے پاس جانا', { due_at: TOMORROW_5PM }),
  ]),
  does('add', 'ur', 'empty', 'مجھے یاد دلانا کہ کل امی کو فون کرنا ہے', [
    added('امی کو فون کرنا', { due_date: TOMORROW }),
  ]),
  does('add', 'ur', 'empty', 'اہم: رپورٹ جمع کرانا شامل کریں', [
    added('رپورٹ جمع کرانا', { priority: 'high' }),
  ]),
  does('add', 'ur', 'empty', 'جمعہ کو گاڑی کی سروس کروانا شامل کرو #گاڑی', [
    added('گاڑی کی سروس کروانا', { due_date: FRIDAY, tags: ['گاڑی'] }),
  ]),
  does('add', 'ur', 'empty', 'ایک نیا ٹاسک بناؤ: سبزی خریدنا', [added('سبزی خریدنا')]),
  does('add', 'ur', 'empty', 'پرسوں صبح 10 بجے بینک جانا شامل کرو', [
    added('بینک جانا', { due_at: '2025-06-13T05:00:00.000Z' }),
  ]),
  asks('add', 'ur', 'empty', 'شامل کرو'),
  does('add', 'roman', 'empty', 'doodh lena add karo', [added('Doodh lena')]),
  does('add', 'roman', 'empty', 'kal subah 9 baje gym jana shamil karo', [
    added('Gym jana', { due_at: '2025-06-12T04:00:00.000Z' }),
  ]),
  does('add', 'roman', 'empty', 'mujhe yaad dilana ke aaj raat bill pay karna hai', [
    added('Bill pay karna', { due_at: '2025-06-11T15:00:00.000Z' }),
  ]),
  does('add', 'roman', 'empty', 'naya task: presentation banana', [added('Presentation banana')]),
  does('add', 'roman', 'empty', 'zaroori: report bhejna add kardo', [
    added('Report bhejna', { priority: 'high' }),
  ]),
  does('add', 'roman', 'empty', 'juma ko car wash karwana add karo', [
    added('Car wash karwana', { due_date: FRIDAY }),
  ]),
];

const list: Utterance[] = [
  reads('list', 'en', 'home', 'show my tasks', call('list_tasks', { status: 'all' }), 'Buy milk'),
  reads('list', 'en', 'home', 'list all tasks', call('list_tasks', { status: 'all' })),
  reads('list', 'en', 'home', 'what are my pending tasks?', call('list_tasks', { status: 'pending' })),
  reads(
    'list',
    'en',
    'home',
    'show completed tasks',
    call('list_tasks', { status: 'completed' }),
    'Call mom',
  ),
  reads('list', 'en', 'home', 'what have I finished?', call('list_tasks', { status: 'completed' })),
  reads('list', 'en', 'home', 'shwo my tasks', call('list_tasks')),
  reads('list', 'en', 'home', 'lsit tasks', call('list_tasks')),
  reads('list', 'en', 'home', 'tasks', call('list_tasks')),
  reads('list', 'en', 'home', "what's left to do?", call('list_tasks', { status: 'pending' })),
  reads('list', 'en', 'home', 'display everything', call('list_tasks', { status: 'all' })),
  reads('list', 'en', 'home', 'how many tasks do I have?', call('list_tasks'), '7 tasks'),
  reads('list', 'en', 'home', 'see my todo list', call('list_tasks')),
  reads('list', 'en', 'home', "what's pending", call('list_tasks', { status: 'pending' })),
  reads('list', 'en', 'home', 'any tasks left?', call('list_tasks', { status: 'pending' })),
  reads('list', 'en', 'home', 'give me my open tasks', call('list_tasks', { status: 'pending' })),
  reads('list', 'en', 'empty', 'show my tasks', call('list_tasks'), 'no tasks'),
  reads('list', 'en', 'home', 'show me what I have to do', call('list_tasks')),
  reads('list', 'ur', 'urdu', 'میرے کام دکھاؤ', call('list_tasks', { status: 'all' }), 'دودھ'),
  reads('list', 'ur', 'urdu', 'مکمل شدہ کام دکھائیں', call('list_tasks', { status: 'completed' })),
  reads('list', 'ur', 'urdu', 'باقی کام دکھاؤ', call('list_tasks', { status: 'pending' })),
  reads('list', 'ur', 'urdu', 'میرے کتنے کام ہیں؟', call('list_tasks'), '6'),
  reads('list', 'ur', 'urdu', 'سب کاموں کی فہرست دکھاؤ', call('list_tasks', { status: 'all' })),
  reads('list', 'ur', 'urdu', 'میرے کام', call('list_tasks')),
  reads('list', 'roman', 'home', 'mere tasks dikhao', call('list_tasks', { status: 'all' })),
  reads('list', 'roman', 'home', 'pending tasks dikhao', call('list_tasks', { status: 'pending' })),
  reads('list', 'roman', 'home', 'mukammal tasks dikhao', call('list_tasks', { status: 'completed' })),
  reads('list', 'roman', 'home', 'kitne tasks baqi hain?', call('list_tasks')),
  reads('list', 'roman', 'home', 'meray saare kaam dikhaao', call('list_tasks', { status: 'all' })),
];

const search: Utterance[] = [
  reads('search', 'en', 'home', "what's due today?", call('search_tasks', { due: 'today' }), 'Buy milk'),
  reads('search', 'en', 'home', 'show overdue tasks', call('search_tasks', { due: 'overdue' }), 'tax'),
  reads('search', 'en', 'home', 'anything overdue?', call('search_tasks', { due: 'overdue' })),
  reads('search', 'en', 'home', 'show high priority tasks', call('search_tasks', { priority: ['high'] })),
  reads('search', 'en', 'home', 'show tasks tagged work', call('search_tasks', { tags: ['work'] })),
  reads('search', 'en', 'home', 'list my #home tasks', call('search_tasks', { tags: ['home'] })),
  reads('search', 'en', 'home', "what's due this week", call('search_tasks', { due: 'week' })),
  reads('search', 'en', 'home', 'find tasks about milk', call('search_tasks', { query: 'milk' }), 'Buy milk'),
  reads('search', 'en', 'home', 'search for report', call('search_tasks', { query: 'report' })),
  reads('search', 'en', 'home', 'show tasks without a due date', call('search_tasks', { due: 'none' })),
  reads('search', 'en', 'home', 'show my tasks sorted by due date', call('search_tasks', { sort: 'due' })),
  reads('search', 'en', 'home', 'what do I have today', call('search_tasks', { due: 'today' })),
  reads('search', 'en', 'home', 'show urgent tasks', call('search_tasks', { priority: ['high'] })),
  reads('search', 'en', 'home', 'shwo overdue', call('search_tasks', { due: 'overdue' })),
  reads(
    'search',
    'en',
    'home',
    'show pending tasks tagged work',
    call('search_tasks', { tags: ['work'], status: 'pending' }),
  ),
  reads('search', 'en', 'home', 'which tasks are low priority?', call('search_tasks', { priority: ['low'] })),
  reads('search', 'ur', 'urdu', 'آج کے کام دکھاؤ', call('search_tasks', { due: 'today' }), 'ڈاکٹر'),
  reads('search', 'ur', 'urdu', 'اہم کام دکھاؤ', call('search_tasks', { priority: ['high'] }), 'بجلی'),
  reads('search', 'ur', 'home', '#work والے کام دکھاؤ', call('search_tasks', { tags: ['work'] })),
  reads('search', 'ur', 'urdu', 'اس ہفتے کے کام دکھاؤ', call('search_tasks', { due: 'week' })),
  reads('search', 'roman', 'home', 'aaj ke tasks dikhao', call('search_tasks', { due: 'today' })),
  reads('search', 'roman', 'home', 'zaroori tasks dikhao', call('search_tasks', { priority: ['high'] })),
  reads('search', 'roman', 'home', 'overdue tasks dikhao', call('search_tasks', { due: 'overdue' })),
];

const complete = (id: number) => call('complete_task', { task_id: id });
const remove = (id: number) => call('delete_task', { task_id: id });
const reopen = (id: number) => call('reopen_task', { task_id: id });

const completing: Utterance[] = [
  does('complete', 'en', 'home', 'complete task 5', [complete(5)], { reply: 'Read a book' }),
  does('complete', 'en', 'home', 'mark task 1 as done', [complete(1)]),
  does('complete', 'en', 'home', '#4 done', [complete(4)]),
  does('complete', 'en', 'home', 'I finished the book', [complete(5)]),
  does('complete', 'en', 'home', 'done with the milk task', [complete(1)], { reply: 'Buy milk' }),
  does('complete', 'en', 'home', 'compelte the tax report', [complete(6)]),
  does('complete', 'en', 'home', 'finish task 2', [complete(2)]),
  does('complete', 'en', 'home', 'mark the electricity bill as complete', [complete(4)]),
  does('complete', 'en', 'home', 'the book one is done', [complete(5)]),
  does('complete', 'en', 'home', 'complete task 99', [complete(99)], { reply: 'not found|couldn' }),
  does('complete', 'en', 'home', 'complete call mom', [], { reply: 'already' }),
  does('complete', 'en', 'home', 'complete the dentist task', [], { reply: "couldn't find" }),
  does('complete', 'en', 'home', 'tick off pay electricity bill', [complete(4)]),
  does('complete', 'en', 'home', "I've completed the tax report", [complete(6)]),
  does('complete', 'en', 'home', 'complete the electrcity bill', [complete(4)]),
  does('complete', 'en', 'home', 'please mark meeting prep as finished', [complete(2)]),
  does('complete', 'en', 'home', 'completed task 1', [complete(1)]),
  does('complete', 'ur', 'urdu', 'دودھ والا کام مکمل کرو', [complete(1)], { reply: 'دودھ' }),
  does('complete', 'ur', 'urdu', 'ٹاسک 3 مکمل کر دو', [complete(3)]),
  does('complete', 'ur', 'urdu', 'کتاب پڑھنا ہو گیا', [complete(6)]),
  does('complete', 'ur', 'urdu', 'میٹنگ کی تیاری مکمل ہو گئی', [complete(5)]),
  does('complete', 'ur', 'urdu', 'امی کو فون کرنا مکمل کرو', [], { reply: 'پہلے ہی' }),
  does('complete', 'ur', 'urdu', 'کام نمبر 2 مکمل کریں', [complete(2)]),
  does('complete', 'roman', 'home', 'milk wala task mukammal karo', [complete(1)]),
  does('complete', 'roman', 'home', 'task 6 done kar do', [complete(6)]),
  does('complete', 'roman', 'home', 'book wala kaam ho gaya', [complete(5)]),
];

const deleting: Utterance[] = [
  does('delete', 'en', 'home', 'delete task 5', [remove(5)], { reply: 'Deleted "Read a book"' }),
  does('delete', 'en', 'home', 'remove the meeting task', [remove(2)]),
  does('delete', 'en', 'home', 'delte task 4', [remove(4)]),
  does('delete', 'en', 'home', 'cancel the plants task', [remove(7)]),
  does('delete', 'en', 'home', 'get rid of task 6', [remove(6)]),
  does('delete', 'en', 'home', 'please remove #3', [remove(3)]),
  does('delete', 'en', 'home', 'delete the dentist task', [], { reply: "couldn't find" }),
  does('delete', 'en', 'home', 'erase buy milk', [remove(1)]),
  does('delete', 'en', 'home', 'rmove task 1', [remove(1)]),
  does('delete', 'en', 'home', 'delete task 42', [remove(42)], { reply: 'not found' }),
  does('delete', 'en', 'home', 'Could you delete the tax report task please?', [remove(6)]),
  does('delete', 'ur', 'urdu', 'ٹاسک 2 حذف کرو', [remove(2)]),
  does('delete', 'ur', 'urdu', 'کتاب والا کام ڈیلیٹ کر دو', [remove(6)]),
  does('delete', 'ur', 'urdu', 'بجلی کا بل ہٹا دو', [remove(3)]),
  does('delete', 'ur', 'urdu', 'ملاقات والا کام منسوخ کر دیں', [remove(2)]),
  does('delete', 'roman', 'home', 'task 5 delete kar do', [remove(5)]),
  does('delete', 'roman', 'home', 'tax wala task hata do', [remove(6)]),
  does('delete', 'roman', 'home', 'meeting wala task mita do', [remove(2)]),
];

const updating: Utterance[] = [
  does('update', 'en', 'home', 'rename task 5 to Read two books', [
    call('update_task', { task_id: 5, title: 'Read two books' }),
  ]),
  does('update', 'en', 'home', 'change buy milk to buy oat milk', [
    call('update_task', { task_id: 1, title: 'Buy oat milk' }),
  ]),
  does('update', 'en', 'home', 'update task 4 title to Pay gas bill', [
    call('update_task', { task_id: 4, title: 'Pay gas bill' }),
  ]),
  does('update', 'en', 'home', 'change the due date of task 1 to friday', [
    call('set_task_details', { task_id: 1, due_date: FRIDAY }),
  ]),
  does('update', 'en', 'home', 'move the tax report to tomorrow', [
    call('set_task_details', { task_id: 6, due_date: TOMORROW }),
  ]),
  does('update', 'en', 'home', 'make task 5 high priority', [
    call('set_task_details', { task_id: 5, priority: 'high' }),
  ]),
  does('update', 'en', 'home', 'set the priority of buy milk to low', [
    call('set_task_details', { task_id: 1, priority: 'low' }),
  ]),
  does('update', 'en', 'home', 'tag task 5 with leisure', [
    call('set_task_details', { task_id: 5, tags: ['leisure'] }),
  ]),
  does('update', 'en', 'home', 'add tag urgent to task 1', [
    call('set_task_details', { task_id: 1, tags: ['home', 'urgent'] }),
  ]),
  does('update', 'en', 'home', 'update task 2 description to bring the slides', [
    call('update_task', { task_id: 2, description: 'bring the slides' }),
  ]),
  // A new day said without a time keeps the hour the task is due at (task 2: 10:00 UTC).
  does('update', 'en', 'home', 'reschedule the meeting prep to next monday', [
    call('set_task_details', { task_id: 2, due_at: `${NEXT_MONDAY}T10:00:00.000Z` }),
  ]),
  does('update', 'en', 'home', 'chnage task 5 to Read a novel', [
    call('update_task', { task_id: 5, title: 'Read a novel' }),
  ]),
  asks('update', 'en', 'home', 'rename the book task'),
  does('update', 'en', 'home', 'postpone pay electricity bill to tomorrow at 6pm', [
    call('set_task_details', { task_id: 4, due_at: '2025-06-12T13:00:00.000Z' }),
  ]),
  does('update', 'en', 'home', 'remove the tag work from the tax report', [
    call('set_task_details', { task_id: 6, tags: [] }),
  ]),
  does('update', 'en', 'home', "change task 3's title to Call mum", [
    call('update_task', { task_id: 3, title: 'Call mum' }),
  ]),
  does(
    'update',
    'en',
    'home',
    'rename task 77 to Something',
    [call('update_task', { task_id: 77, title: 'Something' })],
    {
      reply: 'not found',
    },
  ),
  does('update', 'ur', 'urdu', 'ٹاسک 6 کا نام بدل کر ناول پڑھنا رکھو', [
    call('update_task', { task_id: 6, title: 'ناول پڑھنا' }),
  ]),
  does('update', 'ur', 'urdu', 'دودھ خریدنا کو دہی خریدنا میں بدلو', [
    call('update_task', { task_id: 1, title: 'دہی خریدنا' }),
  ]),
  does('update', 'ur', 'urdu', 'ٹاسک 5 کو کل میں بدل دو', [
    call('set_task_details', { task_id: 5, due_date: TOMORROW }),
  ]),
  does('update', 'roman', 'home', 'task 5 ka naam badal kar Read novels rakho', [
    call('update_task', { task_id: 5, title: 'Read novels' }),
  ]),
  does('update', 'roman', 'home', 'milk wale task ko oat milk mein badlo', [
    call('update_task', { task_id: 1, title: 'Oat milk' }),
  ]),
];

const reopening: Utterance[] = [
  does('reopen', 'en', 'home', 'reopen task 3', [reopen(3)], { reply: 'Call mom' }),
  does('reopen', 'en', 'home', 'mark call mom as not done', [reopen(3)]),
  does('reopen', 'en', 'home', 'uncomplete the plants task', [reopen(7)]),
  does('reopen', 'en', 'home', 'reopn task 7', [reopen(7)]),
  does('reopen', 'ur', 'urdu', 'ٹاسک 4 دوبارہ کھولو', [reopen(4)]),
  does('reopen', 'roman', 'home', 'call mom dobara kholo', [reopen(3)]),
  does('undo', 'en', 'home', 'undo', [reopen(5)], { before: ['complete task 5'] }),
  does('undo', 'en', 'home', 'undo that', [remove(8)], { before: ['add buy stamps'] }),
  does('undo', 'en', 'home', 'undo', [], { reply: 'nothing' }),
  does('undo', 'en', 'home', 'undo', [], { before: ['delete task 5'], reply: 'cannot' }),
  does('undo', 'ur', 'urdu', 'واپس کرو', [reopen(6)], { before: ['ٹاسک 6 مکمل کرو'] }),
];

const clarify: Utterance[] = [
  asks('clarify', 'en', 'dupes', 'delete the meeting task'),
  does('clarify', 'en', 'dupes', 'the second one', [remove(1)], { before: ['delete the meeting task'] }),
  does('clarify', 'en', 'dupes', '2', [remove(1)], { before: ['delete the meeting task'] }),
  does('clarify', 'en', 'dupes', 'the first one', [complete(2)], { before: ['complete meeting'] }),
  does('clarify', 'en', 'dupes', 'team meeting', [remove(1)], { before: ['delete the meeting task'] }),
  asks('clarify', 'en', 'dupes', 'complete call'),
  does('clarify', 'en', 'dupes', 'complete the second one', [complete(4)], { before: ['show my tasks'] }),
  does('clarify', 'en', 'dupes', 'delete the last one', [remove(1)], { before: ['show my tasks'] }),
  does('clarify', 'en', 'dupes', 'delete the third', [remove(3)], { before: ['show my tasks'] }),
  asks('clarify', 'en', 'dupes', 'complete the second one'),
  does('clarify', 'en', 'dupes', 'mark it as done', [complete(6)], { before: ['add buy stamps'] }),
  asks('clarify', 'en', 'dupes', '4', ['show my tasks']),
  asks('clarify', 'en', 'dupes', 'complete the 9th one', ['show my tasks']),
  does(
    'clarify',
    'en',
    'dupes',
    'rename the second one to Call the bank today',
    [call('update_task', { task_id: 4, title: 'Call the bank today' })],
    { before: ['show my tasks'] },
  ),
  does('clarify', 'en', 'dupes', 'delete the first one', [remove(5)], {
    before: ['show my tasks', 'complete task 3'],
  }),
  asks('clarify', 'ur', 'dupes', 'meeting والا کام حذف کرو'),
  does('clarify', 'ur', 'dupes', 'دوسرا والا', [remove(1)], { before: ['meeting والا کام حذف کرو'] }),
  does('clarify', 'ur', 'urdu', 'آخری والا مکمل کرو', [complete(1)], { before: ['میرے کام دکھاؤ'] }),
  does('clarify', 'roman', 'dupes', 'pehla wala mukammal karo', [complete(5)], {
    before: ['mere tasks dikhao'],
  }),
  asks('clarify', 'roman', 'dupes', 'call wala task delete karo'),
];

const other: Utterance[] = [
  helps('en', 'asdfgh'),
  helps('en', "what's the weather like?"),
  helps('en', 'tell me a joke'),
  // A to-do led by a verb of doing is added, command word or not (issue 18: statements are understood).
  {
    intent: 'add',
    lang: 'en',
    text: 'buy milk',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task', args: { title: 'Buy milk' } }] },
  },
  helps('en', 'what is 2+2'),
  helps('en', 'qwerty uiop'),
  helps('en', 'hello', 'smalltalk'),
  helps('en', 'thanks!', 'smalltalk'),
  helps('en', 'help', 'smalltalk'),
  helps('ur', 'موسم کیسا ہے؟'),
  helps('ur', 'شکریہ', 'smalltalk'),
  helps('ur', 'السلام علیکم', 'smalltalk'),
  helps('roman', 'kya haal hai'),
  helps('roman', 'shukriya bhai', 'smalltalk'),
  does('bulk', 'en', 'home', 'delete everything', [], { outcome: 'ask' }),
  does('bulk', 'en', 'home', 'complete all my tasks', [], { outcome: 'ask' }),
  does('bulk', 'roman', 'home', 'sab tasks delete kar do', [], { outcome: 'ask' }),
  does('bulk', 'ur', 'urdu', 'تمام کام حذف کر دو', [], { outcome: 'ask' }),
];

// Requests wrapped in courtesy and chat, clauses that name a task for a later "it", quoted titles,
// colloquial verbs, bare pronouns and Urdu clock times in words.
const sett = (id: number, args: Record<string, unknown>) =>
  call('set_task_details', { task_id: id, ...args });
const chatty: Utterance[] = [
  does('add', 'en', 'home', 'Hey, could you kindly add a task to renew my library card?', [
    added('Renew my library card'),
  ]),
  does('add', 'en', 'home', 'would you mind adding clean the fridge on saturday, thanks!', [
    added('Clean the fridge', { due_date: '2025-06-14' }),
  ]),
  does('add', 'en', 'home', 'I have to return the rental car on friday, can you add that?', [
    added('Return the rental car', { due_date: FRIDAY }),
  ]),
  does('add', 'en', 'home', 'need to email the landlord about the leak - please add it', [
    added('Email the landlord about the leak'),
  ]),
  does('add', 'en', 'home', 'please note: pick up the parcel tomorrow', [
    added('Pick up the parcel', { due_date: TOMORROW }),
  ]),
  does('add', 'en', 'home', 'jot down buy a new phone charger', [added('Buy a new phone charger')]),
  does('add', 'en', 'home', 'note down call the insurance company', [added('Call the insurance company')]),
  does('add', 'en', 'home', 'put renew the domain on my to-do list for next monday', [
    added('Renew the domain', { due_date: NEXT_MONDAY }),
  ]),
  does('add', 'en', 'home', 'schedule a haircut for friday at 11am', [
    added('Haircut', { due_at: '2025-06-13T06:00:00.000Z' }),
  ]),
  does('add', 'en', 'home', 'Add "Fix the leaking tap" to my list with the note "washer in the drawer"', [
    call('add_task', { title: 'Fix the leaking tap', description: 'washer in the drawer' }),
  ]),
  does('add', 'en', 'home', "could you put 'Order birthday cake' on the list?", [
    added('Order birthday cake'),
  ]),
  does('update', 'en', 'home', 'change the notes of task 5 to: only the first two chapters', [
    call('update_task', { task_id: 5, description: 'only the first two chapters' }),
  ]),
  does('complete', 'en', 'home', 'finally submitted the tax report, mark it as done', [complete(6)]),
  does('complete', 'en', 'home', 'bought the milk already, tick it off please', [complete(1)]),
  does('delete', 'en', 'home', "I won't be reading that book after all, remove it", [remove(5)]),
  does('delete', 'en', 'home', 'the team meeting got cancelled so delete it', [remove(2)]),
  does('complete', 'en', 'home', 'could you cross off the milk?', [complete(1)]),
  does('complete', 'en', 'home', 'check off the tax report please', [complete(6)]),
  does('complete', 'en', 'home', 'cross the electricity bill off my list', [complete(4)]),
  does('complete', 'en', 'home', 'I paid the electricity bill', [complete(4)]),
  does('complete', 'en', 'home', 'I submitted the tax report this morning', [complete(6)]),
  does('complete', 'en', 'home', "I've read the book", [complete(5)]),
  does('complete', 'en', 'home', 'just prepped for the team meeting', [complete(2)]),
  does('delete', 'en', 'home', 'forget about the tax report', [remove(6)]),
  asks('ambiguous', 'en', 'home', 'finish that'),
  asks('ambiguous', 'en', 'home', 'please delete it'),
  does('complete', 'en', 'home', "it's done", [complete(8)], { before: ['add pick up the dry cleaning'] }),
  asks('ambiguous', 'en', 'home', 'delete it', ['add pick up the dry cleaning', 'show my tasks']),
  asks('ambiguous', 'ur', 'urdu', 'اسے حذف کر دو'),
  asks('ambiguous', 'ur', 'urdu', 'اس کو مکمل کر دیں'),
  asks('ambiguous', 'roman', 'home', 'usko khatam kar do'),
  asks('ambiguous', 'roman', 'home', 'ise hata do'),
  does('delete', 'ur', 'urdu', 'اسے ہٹا دو', [remove(7)], { before: ['کل پودوں کو پانی دینا شامل کرو'] }),
  does('add', 'ur', 'urdu', 'میری فہرست میں "سبزی لانا" ڈال دو', [added('سبزی لانا')]),
  does('add', 'ur', 'urdu', 'پرسوں شام سات بجے کرکٹ میچ دیکھنا ڈال دیں', [
    added('کرکٹ میچ دیکھنا', { due_at: '2025-06-13T14:00:00.000Z' }),
  ]),
  does('add', 'ur', 'urdu', 'کل صبح نو بجے درزی کے پاس جانا یاد دلانا', [
    added('درزی کے پاس جانا', { due_at: '2025-06-12T04:00:00.000Z' }),
  ]),
  does('add', 'ur', 'urdu', 'آج رات ساڑھے نو بجے دوائی لینا شامل کرو', [
    added('دوائی لینا', { due_at: '2025-06-11T16:30:00.000Z' }),
  ]),
  does('add', 'ur', 'urdu', 'جمعہ کو دوپہر دو بجے بینک جانا ہے، اسے شامل کر دو', [
    added('بینک جانا', { due_at: '2025-06-13T09:00:00.000Z' }),
  ]),
  does('update', 'ur', 'urdu', 'کتاب والے کام کی ترجیح کم کر دو', [sett(6, { priority: 'low' })]),
  does('update', 'ur', 'urdu', 'میٹنگ کی تیاری کی ترجیح زیادہ کر دیں', [sett(5, { priority: 'high' })]),
  does('update', 'ur', 'urdu', 'دودھ والے کام کو اہم کر دو', [sett(1, { priority: 'high' })]),
  does('complete', 'ur', 'urdu', 'بجلی کا بل جمع کرا دیا، اسے مکمل کر دو', [complete(3)]),
  does('add', 'roman', 'home', 'kal subah das baje bank jana yaad dilana', [
    added('Bank jana', { due_at: '2025-06-12T05:00:00.000Z' }),
  ]),
  does('add', 'roman', 'home', 'parson shaam chay baje gym jana shamil karo', [
    added('Gym jana', { due_at: '2025-06-13T13:00:00.000Z' }),
  ]),
  does('add', 'roman', 'home', 'anday lana list mein daal do', [added('Anday lana')]),
  does('add', 'roman', 'home', 'plumber ko call karna note kar lo', [added('Plumber ko call karna')]),
  does('complete', 'roman', 'home', 'milk wala kaam khatam kar do', [complete(1)]),
  does('complete', 'roman', 'home', 'tax report wala task mukammal kardo', [complete(6)]),
  does('delete', 'roman', 'home', 'book wala task hata do', [remove(5)]),
  does('update', 'roman', 'home', 'milk wale task ki priority zyada kar do', [sett(1, { priority: 'high' })]),
  does('update', 'roman', 'home', 'bill ki priority kam kar do', [sett(4, { priority: 'low' })]),
  does('complete', 'roman', 'home', 'electricity bill de diya, isko mukammal kar do', [complete(4)]),
];

// Due dates and priorities said without "change", two requests in one line, "tag it ...",
// "that one's done" after one task was shown, quoted renames, and the same in Urdu and Roman Urdu.
const moreWays: Utterance[] = [
  does('update', 'en', 'home', 'push the tax report to June 27', [sett(6, { due_date: '2025-06-27' })]),
  does('update', 'en', 'home', 'shift read a book to next monday', [sett(5, { due_date: NEXT_MONDAY })]),
  does('update', 'en', 'home', 'delay the electricity bill until friday', [sett(4, { due_date: FRIDAY })]),
  does('update', 'en', 'home', 'the tax report is due tomorrow', [sett(6, { due_date: TOMORROW })]),
  does('update', 'en', 'home', "and it's due friday", [sett(8, { due_date: FRIDAY })], {
    before: ['add renew the car insurance'],
  }),
  does('update', 'en', 'home', 'bump read a book up', [sett(5, { priority: 'high' })]),
  does('update', 'en', 'home', 'move the tax report down in priority', [sett(6, { priority: 'low' })]),
  does('update', 'en', 'home', 'the book task should be low priority', [sett(5, { priority: 'low' })]),
  does('update', 'en', 'home', 'make the milk task high priority', [sett(1, { priority: 'high' })]),
  does('complete', 'en', 'home', 'I read the book and paid the electricity bill', [complete(5), complete(4)]),
  does('complete', 'en', 'home', 'just bought the milk, then submitted the tax report', [
    complete(1),
    complete(6),
  ]),
  does('add', 'en', 'home', 'add fix the gate and remove the book task', [added('Fix the gate'), remove(5)]),
  does('add', 'en', 'home', 'add bread and butter', [added('Bread and butter')]),
  does('add', 'en', 'home', 'add call the plumber then complete the milk task', [
    added('Call the plumber'),
    complete(1),
  ]),
  does('add', 'en', 'home', 'add book a table for two and tag it personal', [
    added('Book a table for two', { tags: ['personal'] }),
  ]),
  does('add', 'en', 'home', 'create a low priority task to sort the photos, tag it home', [
    added('Sort the photos', { priority: 'low', tags: ['home'] }),
  ]),
  does('add', 'en', 'home', 'add "Email the landlord" and tag it admin', [
    added('Email the landlord', { tags: ['admin'] }),
  ]),
  does('update', 'en', 'home', 'and tag it errands', [sett(8, { tags: ['errands'] })], {
    before: ['add pick up the parcel'],
  }),
  does('add', 'en', 'home', 'pls add renew the library card to my lisst', [added('Renew the library card')]),
  does('add', 'en', 'home', 'I have to remember to water the roses tomorrow', [
    added('Water the roses', { due_date: TOMORROW }),
  ]),
  does('complete', 'en', 'home', "that one's done", [complete(8)], { before: ['add buy stamps'] }),
  does('complete', 'en', 'home', 'ok that one is finished now', [complete(8)], {
    before: ['add order a cake'],
  }),
  asks('complete', 'en', 'home', 'that one is done'),
  does('update', 'en', 'home', 'update the book task so it says "Read Dune and take notes"', [
    call('update_task', { task_id: 5, title: 'Read Dune and take notes' }),
  ]),
  does('update', 'en', 'home', 'change task 4 to "Pay the bill to K-Electric"', [
    call('update_task', { task_id: 4, title: 'Pay the bill to K-Electric' }),
  ]),
  does('update', 'ur', 'urdu', 'کتاب پڑھنے والے کام کو زیادہ ترجیح دو', [sett(6, { priority: 'high' })]),
  does('update', 'ur', 'urdu', 'ڈاکٹر سے ملاقات کی تاریخ پرسوں کر دو', [sett(2, { due_date: FRIDAY })]),
  does('update', 'roman', 'home', 'book wale task ko low priority kar do', [sett(5, { priority: 'low' })]),
  does('update', 'roman', 'home', 'tax report ki date kal kar do', [sett(6, { due_date: TOMORROW })]),
  does('update', 'ur', 'urdu', 'میٹنگ کی تیاری کا نام پریزنٹیشن کی تیاری رکھ دو', [
    call('update_task', { task_id: 5, title: 'پریزنٹیشن کی تیاری' }),
  ]),
  does('update', 'ur', 'urdu', '"کتاب پڑھنا" کو "ناول پڑھنا" کر دو', [
    call('update_task', { task_id: 6, title: 'ناول پڑھنا' }),
  ]),
  does('add', 'ur', 'urdu', "'بینک جانا' کل کے لیے اہم کام کے طور پر شامل کرو", [
    added('بینک جانا', { due_date: TOMORROW, priority: 'high' }),
  ]),
  does('add', 'ur', 'urdu', 'نیا کام بناؤ "حساب مکمل کرنا" جمعہ تک، کم ترجیح کے ساتھ', [
    added('حساب مکمل کرنا', { due_date: FRIDAY, priority: 'low' }),
  ]),
  reads('list', 'ur', 'urdu', 'کون سے کام ہو چکے ہیں؟', call('list_tasks', { status: 'completed' })),
  reads('list', 'roman', 'home', 'kaun se kaam baqi hain', call('list_tasks', { status: 'pending' })),
  does('complete', 'ur', 'urdu', 'کتاب پڑھ لی', [complete(6)]),
  does('complete', 'ur', 'urdu', 'بجلی کا بل جمع کرا دیا ہے', [complete(3)]),
  does('complete', 'roman', 'home', 'electricity bill bhar diya', [complete(4)]),
];

// Several quoted titles under one verb, afterthoughts on a new task ("..., it's urgent"), questions
// about finished work, typos in "finally"/"already", remarks after a command, a field named before
// its quoted value, "update task N: due ...", "X, not Y" corrections, Roman and Urdu renames with the
// new name after the verb, and "number N" as a row of the list on screen.
const fieldsAndClauses: Utterance[] = [
  does('add', 'en', 'home', "add 'renew the gym pass', 'book a haircut' and 'call the plumber'", [
    added('Renew the gym pass'),
    added('Book a haircut'),
    added('Call the plumber'),
  ]),
  does('add', 'en', 'home', 'please add "buy stamps" and "post the letter" for tomorrow', [
    added('Buy stamps', { due_date: TOMORROW }),
    added('Post the letter', { due_date: TOMORROW }),
  ]),
  does('delete', 'en', 'home', 'delete "Buy milk" and "Read a book"', [remove(1), remove(5)]),
  does('add', 'roman', 'empty', "'chai lana' aur 'cheeni lana' add kar do", [
    added('Chai lana'),
    added('Cheeni lana'),
  ]),
  does('add', 'ur', 'empty', '"کپڑے دھونا" اور "برتن دھونا" شامل کرو', [
    added('کپڑے دھونا'),
    added('برتن دھونا'),
  ]),
  does('add', 'en', 'home', "I have to book the car service, it's urgent", [
    added('Book the car service', { priority: 'high' }),
  ]),
  does('add', 'en', 'home', 'add renew the lease - it is due next monday', [
    added('Renew the lease', { due_date: NEXT_MONDAY }),
  ]),
  does('add', 'en', 'home', 'remind me to call the landlord and make it high priority', [
    added('Call the landlord', { priority: 'high' }),
  ]),
  does('add', 'roman', 'empty', 'passport renew karwana add karo, ye bohat zaroori hai', [
    added('Passport renew karwana', { priority: 'high' }),
  ]),
  does('add', 'ur', 'empty', 'بچوں کی فیس جمع کرانا شامل کرو، کل تک', [
    added('بچوں کی فیس جمع کرانا', { due_date: TOMORROW }),
  ]),
  reads(
    'list',
    'en',
    'home',
    'what did I get done?',
    call('list_tasks', { status: 'completed' }),
    'Call mom',
  ),
  reads(
    'list',
    'en',
    'home',
    'which ones have I ticked off so far',
    call('list_tasks', { status: 'completed' }),
  ),
  reads('list', 'en', 'home', 'what did we complete', call('list_tasks', { status: 'completed' })),
  does('complete', 'en', 'home', 'i alredy paid the electricity bill', [complete(4)]),
  does('complete', 'en', 'home', 'finaly submitted the tax report', [complete(6)]),
  does('complete', 'en', 'home', 'I actualy read the book', [complete(5)]),
  does('delete', 'en', 'home', "delete the plants task, we don't need it anymore", [remove(7)]),
  does('delete', 'en', 'home', 'cancel the meeting prep because the meeting was moved', [remove(2)]),
  does('delete', 'en', 'home', "remove the book task, it's not relevant anymore", [remove(5)]),
  does('update', 'en', 'home', 'set the notes for the book task to "chapters 1 to 5"', [
    call('update_task', { task_id: 5, description: 'chapters 1 to 5' }),
  ]),
  does('update', 'en', 'home', `update the tax report's notes to "ask the accountant first"`, [
    call('update_task', { task_id: 6, description: 'ask the accountant first' }),
  ]),
  does('update', 'en', 'home', 'update task 5: due friday at 4pm', [
    sett(5, { due_at: '2025-06-13T11:00:00.000Z' }),
  ]),
  does('update', 'en', 'home', 'edit #1: priority low, tags errands', [
    sett(1, { priority: 'low', tags: ['home', 'errands'] }),
  ]),
  does('update', 'en', 'home', 'change task 2 - due tomorrow', [
    sett(2, { due_at: `${TOMORROW}T10:00:00.000Z` }),
  ]),
  does('update', 'en', 'home', 'the milk task should be medium priority, not low', [
    sett(1, { priority: 'medium' }),
  ]),
  does('update', 'en', 'home', 'move the book task to saturday instead of friday', [
    sett(5, { due_date: '2025-06-14' }),
  ]),
  does('update', 'en', 'home', 'make the tax report low priority rather than high', [
    sett(6, { priority: 'low' }),
  ]),
  does('update', 'roman', 'home', "task 5 ka naam change kar do 'Read two novels'", [
    call('update_task', { task_id: 5, title: 'Read two novels' }),
  ]),
  does('update', 'roman', 'home', 'milk wale task ka title badal do: Buy oat milk', [
    call('update_task', { task_id: 1, title: 'Buy oat milk' }),
  ]),
  does('update', 'ur', 'urdu', "ٹاسک 6 کا نام بدل دیں 'ناول پڑھنا'", [
    call('update_task', { task_id: 6, title: 'ناول پڑھنا' }),
  ]),
  does('delete', 'en', 'dupes', 'remove number 2', [remove(4)], { before: ['show my tasks'] }),
  does('delete', 'en', 'dupes', 'remove number 2', [remove(2)]),
  does('complete', 'en', 'home', 'number 3 is done', [complete(5)], { before: ['show my tasks'] }),
  does('complete', 'ur', 'urdu', 'نمبر 2 مکمل کر دو', [complete(5)], { before: ['میرے کام دکھاؤ'] }),
  does('complete', 'ur', 'urdu', 'کام نمبر 1 مکمل کرو', [complete(1)], { before: ['میرے کام دکھاؤ'] }),
];

// Reminders on new tasks: before the due moment, at a moment "about" something, and "remind me to X
// at T" (due then, reminded then). Reminder-only changes to existing tasks are in heldout4Classes.
const reminding: Utterance[] = [
  does('add', 'en', 'home', 'add call the vet tomorrow at 11am, remind me 30 minutes before', [
    added('Call the vet', { due_at: '2025-06-12T06:00:00.000Z', reminders: [{ minutes_before: 30 }] }),
  ]),
  does(
    'add',
    'en',
    'home',
    'remind me at 5pm tomorrow about the parcel pickup',
    [
      call('add_task_details', { title: 'Parcel pickup', reminders: [{ at: TOMORROW_5PM }] }, [
        'due_at',
        'due_date',
      ]),
    ],
    { reply: 'reminder tomorrow at 5 PM' },
  ),
  does('add', 'en', 'home', 'remind me tomorrow at 9am to renew the car insurance', [
    added('Renew the car insurance', {
      due_at: '2025-06-12T04:00:00.000Z',
      reminders: [{ minutes_before: 0 }],
    }),
  ]),
  does('update', 'en', 'home', 'move the electricity bill to friday at 10am and remind me an hour before', [
    sett(4, { due_at: '2025-06-13T05:00:00.000Z', reminders: [{ minutes_before: 60 }] }),
  ]),
  does('add', 'ur', 'empty', 'کل صبح دس بجے بینک جانا، آدھا گھنٹہ پہلے یاد دلانا', [
    added('بینک جانا', { due_at: '2025-06-12T05:00:00.000Z', reminders: [{ minutes_before: 30 }] }),
  ]),
  does('add', 'ur', 'empty', 'پرسوں شام چھ بجے مجھے دوائی کے بارے میں یاد دلانا', [
    call('add_task_details', { title: 'دوائی', reminders: [{ at: '2025-06-13T13:00:00.000Z' }] }, ['due_at']),
  ]),
  does('add', 'roman', 'empty', 'kal subah 8 baje gym jana, 15 minute pehle yaad dila dena', [
    added('Gym jana', { due_at: '2025-06-12T03:00:00.000Z', reminders: [{ minutes_before: 15 }] }),
  ]),
  does('add', 'roman', 'empty', 'aaj raat 9 baje dawai ke baare mein yaad dilana', [
    call('add_task_details', { title: 'Dawai', reminders: [{ at: '2025-06-11T16:00:00.000Z' }] }, ['due_at']),
  ]),
];

/** A reply that shows every title in `must` and none in `not`. */
const showing = (must: string[], not: string[] = []) =>
  `^${not.map((t) => `(?![\\s\\S]*${t})`).join('')}${must.map((t) => `(?=[\\s\\S]*${t})`).join('')}`;
const NOTHING_CHANGED = "won't change|کچھ نہیں بدل|kuch nahi badal";

// The classes the fourth held-out set found, each in other words: a denied completion reopens and a
// refused command changes nothing; recurrences in adds; search verbs; several ids; no due date; an
// Urdu add with its priority after a comma; Urdu and Roman Urdu overdue and today questions; Urdu
// word forms ("کتابوں" for "کتاب"); reminders put on tasks that are already there.
const heldout4Classes: Utterance[] = [
  // Negation never runs the command it denies.
  does('reopen', 'en', 'home', "wait, task 3 isn't done yet", [reopen(3)]),
  does('reopen', 'en', 'home', "I haven't actually finished watering the plants", [reopen(7)]),
  does('reopen', 'en', 'home', 'the call mom task is not completed', [reopen(3)]),
  does('delete', 'en', 'home', "don't delete the milk task", [], { reply: NOTHING_CHANGED }),
  does('complete', 'en', 'home', 'please do not mark task 5 as done', [], { reply: NOTHING_CHANGED }),
  does('delete', 'en', 'home', 'no need to remove the book task', [], { reply: NOTHING_CHANGED }),
  does('reopen', 'roman', 'home', 'task 3 abhi nahi hua', [reopen(3)]),
  does('reopen', 'ur', 'urdu', 'امی والا کام ابھی مکمل نہیں ہوا', [reopen(4)]),
  does('delete', 'roman', 'home', 'milk wala task delete mat karo', [], { reply: NOTHING_CHANGED }),
  does('delete', 'ur', 'urdu', 'دودھ والا کام حذف نہ کریں', [], { reply: NOTHING_CHANGED }),
  // Recurrences said in an add.
  does('add', 'en', 'home', 'add take out the bins every tuesday', [
    added('Take out the bins', { recurrence: 'FREQ=WEEKLY;BYDAY=TU', due_date: '2025-06-17' }),
  ]),
  does('add', 'en', 'home', 'remember to pay rent every month on the 1st', [
    added('Pay rent', { recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: '2025-07-01' }),
  ]),
  does('add', 'en', 'home', 'add clean the aquarium filter every 2 weeks', [
    added('Clean the aquarium filter', { recurrence: 'FREQ=WEEKLY;INTERVAL=2' }),
  ]),
  does('add', 'ur', 'empty', 'ہر اتوار پودوں کو پانی دینا شامل کرو', [
    added('پودوں کو پانی دینا', { recurrence: 'FREQ=WEEKLY;BYDAY=SU', due_date: '2025-06-15' }),
  ]),
  does('add', 'roman', 'empty', 'har roz subah 7 baje walk karna add karo', [
    added('Walk karna', { recurrence: 'FREQ=DAILY', due_at: '2025-06-12T02:00:00.000Z' }),
  ]),
  // Search verbs.
  reads(
    'search',
    'en',
    'home',
    'look for anything about the bill',
    call('search_tasks', { query: 'bill' }),
    showing(['Pay electricity bill'], ['Buy milk']),
  ),
  reads(
    'search',
    'en',
    'home',
    'find the tax stuff',
    call('search_tasks', { query: 'tax' }),
    'Submit tax report',
  ),
  reads(
    'search',
    'ur',
    'urdu',
    'کتاب ڈھونڈو',
    call('search_tasks', { query: 'کتاب' }),
    showing(['کتاب پڑھنا'], ['دودھ']),
  ),
  reads(
    'search',
    'roman',
    'home',
    'bill talash karo',
    call('search_tasks', { query: 'bill' }),
    'Pay electricity bill',
  ),
  // Several ids in one request.
  does('complete', 'en', 'home', 'complete 1, 4 and 5', [complete(1), complete(4), complete(5)]),
  does('delete', 'en', 'home', 'delete tasks 2 & 5', [remove(2), remove(5)]),
  does('complete', 'ur', 'urdu', 'ٹاسک 1 اور 5 مکمل کرو', [complete(1), complete(5)]),
  does('delete', 'roman', 'home', 'task 2 aur 6 delete kar do', [remove(2), remove(6)]),
  // No due date any more.
  does('update', 'en', 'home', 'no deadline for the electricity bill', [
    sett(4, { due_date: null, due_at: null }),
  ]),
  does('update', 'en', 'home', 'take the due date off task 1', [sett(1, { due_date: null, due_at: null })], {
    reply: 'no due date',
  }),
  does('update', 'ur', 'urdu', 'ڈاکٹر والے کام کی تاریخ ہٹا دو', [sett(2, { due_date: null, due_at: null })]),
  does('update', 'roman', 'home', 'tax report ki date hata do', [sett(6, { due_date: null, due_at: null })]),
  // An Urdu or Roman Urdu add with its priority or day after a comma.
  does('add', 'ur', 'urdu', 'نیا ٹاسک: گاڑی دھلوانا، ترجیح کم', [added('گاڑی دھلوانا', { priority: 'low' })]),
  does('add', 'roman', 'home', 'bijli ka bill bharna add karo, priority high', [
    added('Bijli ka bill bharna', { priority: 'high' }),
  ]),
  does('add', 'ur', 'urdu', 'کپڑے استری کرنا شامل کرو، تاریخ کل', [
    added('کپڑے استری کرنا', { due_date: TOMORROW }),
  ]),
  // Overdue, in Urdu and Roman Urdu.
  reads(
    'search',
    'ur',
    'home',
    'وقت گزر گیا والے کام دکھاؤ',
    call('search_tasks', { due: 'overdue' }),
    showing(['Submit tax report'], ['Buy milk']),
  ),
  reads(
    'search',
    'roman',
    'home',
    'jin ki date guzar gayi wo dikhao',
    call('search_tasks', { due: 'overdue' }),
  ),
  reads('search', 'roman', 'home', 'overdue wale kaam dikhao', call('search_tasks', { due: 'overdue' })),
  // Urdu word forms name the title's own form.
  does('complete', 'ur', 'urdu', 'کتابوں والا کام مکمل کرو', [complete(6)]),
  does('update', 'ur', 'urdu', 'بلوں والے کام کی ترجیح کم کر دو', [sett(3, { priority: 'low' })]),
  does('delete', 'ur', 'urdu', 'میٹنگوں والا کام حذف کرو', [remove(5)]),
  // Roman Urdu and Urdu questions about today.
  reads(
    'search',
    'roman',
    'home',
    'aaj kya karna hai?',
    call('search_tasks', { due: 'today' }),
    showing(['Buy milk'], ['Read a book']),
  ),
  reads('search', 'roman', 'home', 'aaj ke liye kya hai', call('search_tasks', { due: 'today' }), 'Buy milk'),
  reads('search', 'ur', 'home', 'آج کیا کرنا ہے؟', call('search_tasks', { due: 'today' }), 'Buy milk'),
  // Reminders put on tasks already there (the in-memory tools keep them, like the real ones).
  does('update', 'en', 'home', 'remind me about task 4 an hour before', [
    sett(4, { reminders: [{ minutes_before: 60 }] }),
  ]),
  does('update', 'en', 'home', 'set a reminder for the tax report 2 hours before', [
    sett(6, { reminders: [{ minutes_before: 120 }] }),
  ]),
  does('update', 'ur', 'urdu', 'ٹاسک 3 کے لیے ایک گھنٹہ پہلے یاد دہانی لگا دو', [
    sett(3, { reminders: [{ minutes_before: 60 }] }),
  ]),
  does('update', 'roman', 'home', 'task 4 ka reminder aadha ghanta pehle laga do', [
    sett(4, { reminders: [{ minutes_before: 30 }] }),
  ]),
];

// The classes the fifth held-out set found, each in other words: renames said without "rename";
// a new rule for how a task repeats, or none; skipping one occurrence (skip_occurrence is not a
// change the judge counts, so it is asked for as a call made); a reminder before a task named by
// its title words in another form. Their own fixture: repeating tasks and tasks with and without a
// due moment, in English and Urdu.
const repeating: FixtureTask[] = [
  { id: 1, title: 'Guitar practice', recurrence: 'FREQ=DAILY', due_date: '2025-06-11' },
  { id: 2, title: 'Weekly standup', recurrence: 'FREQ=WEEKLY;BYDAY=MO', due_at: '2025-06-16T04:00:00.000Z' },
  { id: 3, title: 'Water the balcony plants', due_date: '2025-06-14' },
  { id: 4, title: 'Read the contract' },
  { id: 5, title: 'ابو کی دوائی لانا', due_date: '2025-06-12' },
  { id: 6, title: 'ہفتہ وار میٹنگ', recurrence: 'FREQ=WEEKLY;BYDAY=TH', due_date: '2025-06-12' },
  { id: 7, title: 'دوستوں کے لیے دعوت کا انتظام', due_at: '2025-06-14T14:00:00.000Z' },
];
const skipped = (id: number) => call('skip_occurrence', { task_id: id });
const heldout5Classes: Utterance[] = [
  // A new title said without "rename".
  does('update', 'en', repeating, 'the contract task should be named "Sign the contract"', [
    call('update_task', { task_id: 4, title: 'Sign the contract' }),
  ]),
  does('update', 'en', repeating, 'call the balcony task Water the roses', [
    call('update_task', { task_id: 3, title: 'Water the roses' }),
  ]),
  does('update', 'roman', repeating, 'contract wale task ka naya naam "Contract sign karna" rakhna hai', [
    call('update_task', { task_id: 4, title: 'Contract sign karna' }),
  ]),
  does('update', 'ur', repeating, 'ابو کی دوائی والے کام کا نام "ابو کی دوائی خریدنا" رکھیں', [
    call('update_task', { task_id: 5, title: 'ابو کی دوائی خریدنا' }),
  ]),
  // A new rule for an existing task; without a due moment it asks when the task starts.
  does('update', 'en', repeating, 'the balcony plants should repeat every saturday', [
    sett(3, { recurrence: 'FREQ=WEEKLY;BYDAY=SA' }),
  ]),
  does('update', 'roman', repeating, 'balcony plants wala kaam har hafte dohrana', [
    sett(3, { recurrence: 'FREQ=WEEKLY' }),
  ]),
  does('update', 'ur', repeating, 'ابو کی دوائی والے کام کو ہر روز دہرائیں', [
    sett(5, { recurrence: 'FREQ=DAILY' }),
  ]),
  asks('update', 'en', repeating, 'make the contract task repeat every month'),
  does(
    'update',
    'en',
    repeating,
    'starting next monday',
    [sett(4, { recurrence: 'FREQ=MONTHLY', due_date: '2025-06-16' })],
    { before: ['make the contract task repeat every month'] },
  ),
  // No rule any more.
  does('update', 'en', repeating, "the standup shouldn't recur anymore", [sett(2, { recurrence: null })]),
  does('update', 'en', repeating, 'make the guitar practice a one-off', [sett(1, { recurrence: null })]),
  does('update', 'roman', repeating, 'guitar practice ab nahi dohrana', [sett(1, { recurrence: null })]),
  does('update', 'ur', repeating, 'ہفتہ وار میٹنگ کا دہرانا بند کر دو', [sett(6, { recurrence: null })]),
  // Skipping one occurrence; a task that does not repeat has none to skip.
  does('update', 'en', repeating, "skip this week's standup", [skipped(2)]),
  does('update', 'en', repeating, "skip today's guitar practice", [skipped(1)]),
  does('update', 'roman', repeating, 'is hafte ka standup skip kar do', [skipped(2)]),
  does('update', 'ur', repeating, 'اس ہفتے کی میٹنگ چھوڑ دو', [skipped(6)]),
  does('update', 'en', repeating, 'skip the contract task', [], { reply: "doesn't repeat" }),
  // A reminder before a task named by its title words in another form; a fragment is asked about.
  does('update', 'ur', repeating, 'دوستوں کی دعوت سے دو گھنٹے پہلے یاد دلانا', [
    sett(7, { reminders: [{ minutes_before: 120 }] }),
  ]),
  does('update', 'roman', repeating, 'guitar se aadha ghanta pehle yaad dila dena', [
    sett(1, { reminders: [{ minutes_before: 30 }] }),
  ]),
  asks('update', 'ur', repeating, 'درزی سے ایک گھنٹہ پہلے یاد دلانا'),
];

// The classes the sixth held-out set found, each in other words: the task a rambling or reasoned
// line is about; typos and details before a colon in an add; a refused clause next to a request;
// idioms; undo in the three languages; questions that are not about tasks; Urdu tag lists, moves to a
// day, rules and skips said with "کر دیں", and perfective verbs naming an infinitive in a title.
const errands: FixtureTask[] = [
  { id: 1, title: 'Book the car service', priority: 'high', tags: ['car'], due_date: '2025-06-12' },
  { id: 2, title: 'Renew the gym membership', priority: 'high', completed: true },
  { id: 3, title: 'Clean the fish tank', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2025-06-14' },
  { id: 4, title: 'Return the library books', tags: ['errands'], due_date: '2025-06-10' },
  { id: 5, title: 'Plan the birthday party', priority: 'high' },
  { id: 6, title: 'Water the garden', recurrence: 'FREQ=DAILY', due_date: '2025-06-11' },
  { id: 7, title: 'Email the landlord about the leak', priority: 'low' },
];
const gharKeKaam: FixtureTask[] = [
  { id: 8, title: 'دھوبی کو کپڑے دینا', tags: ['گھر'] },
  { id: 9, title: 'بچوں کی فیس جمع کرنا', priority: 'high', due_date: '2025-06-13' },
  { id: 10, title: 'پودوں کو پانی دینا', recurrence: 'FREQ=WEEKLY;BYDAY=FR', due_date: '2025-06-13' },
  { id: 11, title: 'امی کے لیے دوائی لینا', completed: true },
  { id: 12, title: 'سبزی خریدنا', tags: ['گھر'] },
];
const heldout6Classes: Utterance[] = [
  // The task a line is about: reasons, rambling and filler nouns are no part of its name.
  does('reopen', 'en', errands, "ugh, the gym membership wasn't really renewed, put it back on my list", [
    reopen(2),
  ]),
  does(
    'update',
    'en',
    errands,
    'so regarding the fish tank thing, my neighbour offered to help on sunday, can you move it to sunday',
    [sett(3, { due_date: '2025-06-15' })],
  ),
  does('update', 'en', errands, 'make the landlord job high priority', [sett(7, { priority: 'high' })]),
  does('reopen', 'ur', gharKeKaam, 'امی کی دوائی والا کام دوبارہ کھول دو، ڈاکٹر نے نئی دوائی لکھی ہے', [
    reopen(11),
  ]),
  does('delete', 'roman', errands, 'library books wala kaam hata do kyunke wo mil gayi', [remove(4)]),
  // A command with typos, details or Urdu words before a colon.
  does('add', 'en', errands, 'add a tsak: pick up the dry cleaning', [added('pick up the dry cleaning')]),
  does('add', 'roman', errands, 'ek naya task add kar do: gas ka bill bharna', [added('gas ka bill bharna')]),
  does('add', 'ur', gharKeKaam, 'کم ترجیح کے ساتھ نیا کام شامل کریں: الماری صاف کرنا', [
    added('الماری صاف کرنا', { priority: 'low' }),
  ]),
  does('add', 'ur', gharKeKaam, 'کل کے لیے یہ کام شامل کرو: درزی سے کپڑے لینا', [
    added('درزی سے کپڑے لینا', { due_date: TOMORROW }),
  ]),
  // A refused clause contributes nothing; the other clause is the request.
  does('list', 'en', errands, "don't delete anything, just show me what's overdue", [], {
    reply: showing(['Return the library books'], ['Plan the birthday party']),
  }),
  does(
    'list',
    'en',
    errands,
    'please do not complete the car service, show me the high priority ones instead',
    [],
    { reply: showing(['Book the car service', 'Plan the birthday party'], ['gym membership']) },
  ),
  does('list', 'roman', errands, 'kuch delete mat karo, bas zaroori kaam dikhao', [], {
    reply: showing(['Plan the birthday party', 'Book the car service'], ['gym membership', 'landlord']),
  }),
  // Idioms and slang.
  does('list', 'en', errands, "what's on the agenda?", [], {
    reply: showing(['Plan the birthday party', 'Water the garden'], ['gym membership']),
  }),
  does('delete', 'en', errands, 'ditch the birthday party task', [remove(5)]),
  does('delete', 'en', errands, "I won't bother with the fish tank anymore, take it off the list", [
    remove(3),
  ]),
  // Undo right after a change, in the three languages.
  does('undo', 'en', errands, 'no wait, undo that', [reopen(5)], {
    before: ['complete the birthday party task'],
  }),
  does('undo', 'en', errands, 'oops, take that back', [complete(2)], {
    before: ['reopen the gym membership'],
  }),
  does('undo', 'roman', errands, 'nahi, wapas kar do', [reopen(7)], {
    before: ['landlord wala kaam mukammal kar do'],
  }),
  does('undo', 'ur', gharKeKaam, 'اسے واپس کر دیں', [reopen(12)], { before: ['سبزی والا کام مکمل کرو'] }),
  // Questions that are not about tasks, though they have a task word.
  helps('en', 'what time is it in London today?'),
  helps('en', 'any good movies on this week?'),
  // Urdu and Roman Urdu: a tag list, a move to a day, a rule and a skip said with "کر دیں", perfective verbs.
  does('search', 'ur', gharKeKaam, 'گھر والے کام دکھاؤ', [], {
    reply: showing(['دھوبی کو کپڑے', 'سبزی خریدنا'], ['بچوں کی فیس', 'پودوں']),
  }),
  does('search', 'roman', errands, 'errands wale kaam dikhao', [], {
    reply: showing(['Return the library books'], ['birthday party']),
  }),
  does('update', 'ur', gharKeKaam, 'بچوں کی فیس والا کام پیر تک کر دیں', [
    sett(9, { due_date: NEXT_MONDAY }),
  ]),
  does('update', 'roman', errands, 'landlord wala kaam parson tak kar do', [sett(7, { due_date: FRIDAY })]),
  does('update', 'ur', gharKeKaam, 'پودوں کو پانی ہر روز چاہیے، اسے روزانہ کر دیں', [
    sett(10, { recurrence: 'FREQ=DAILY' }),
  ]),
  does('update', 'ur', gharKeKaam, 'اس ہفتے پودوں کو پانی نہیں دینا، یہ باری چھوڑ دیں', [skipped(10)]),
  does('complete', 'ur', gharKeKaam, 'دھوبی کو کپڑے دے دیے ہیں', [complete(8)]),
  does('complete', 'ur', gharKeKaam, 'بچوں کی فیس جمع کر دی ہے', [complete(9)]),
];

// Usability test item 12: undo is about the last change (a list is not one) and asks before deleting
// a task added before the turn just gone; today/this-week questions list pending tasks; replies say
// due moments in words; parts of the day and "yesterday" in adds, in the three languages.
const dated: FixtureTask[] = [
  { id: 1, title: 'Pay rent', due_date: '2025-06-11' },
  { id: 2, title: 'Buy milk', due_date: '2025-06-11', completed: true },
  { id: 3, title: 'Call Ali', due_at: '2025-06-12T12:00:00.000Z' },
  { id: 4, title: 'Book flights', due_date: '2025-06-16' },
  { id: 5, title: 'Send invoice', due_date: '2025-06-12', completed: true },
  { id: 6, title: 'Return books', due_date: '2025-06-10' },
];
const NO_ISO = '^(?![\\s\\S]*\\d{4}-\\d\\d-\\d\\d)';
const usabilityTest12: Utterance[] = [
  does('undo', 'en', 'home', 'undo that', [remove(8)], { before: ['add buy stamps'], reply: 'Undone' }),
  does('undo', 'en', 'home', 'undo that', [], {
    before: ['add buy stamps', 'show my tasks'],
    outcome: 'ask',
    reply: 'Buy stamps',
  }),
  does('undo', 'en', 'home', 'yes', [remove(8)], {
    before: ['add buy stamps', 'show my tasks', 'undo that'],
  }),
  does('undo', 'en', 'home', 'no, keep it', [], {
    before: ['add buy stamps', 'show my tasks', 'undo that'],
    reply: NOTHING_CHANGED,
  }),
  does('undo', 'en', 'home', 'undo', [reopen(5)], {
    before: ['complete task 5', 'show my tasks'],
    reply: 'Undone',
  }),
  does('undo', 'roman', 'home', 'nahi, wapas kar do', [], {
    before: ['doodh lena add karo', 'mere tasks dikhao'],
    outcome: 'ask',
  }),
  does('undo', 'roman', 'home', 'haan', [remove(8)], {
    before: ['doodh lena add karo', 'mere tasks dikhao', 'wapas karo'],
  }),
  does('undo', 'ur', 'urdu', 'واپس کرو', [], {
    before: ['چائے بنانا شامل کرو', 'میرے کام دکھاؤ'],
    outcome: 'ask',
  }),
  does('undo', 'ur', 'urdu', 'جی ہاں', [remove(7)], {
    before: ['چائے بنانا شامل کرو', 'میرے کام دکھاؤ', 'واپس کرو'],
  }),
  reads(
    'search',
    'en',
    dated,
    'what is due today?',
    call('search_tasks', { due: 'today', status: 'pending' }),
    showing(['Pay rent'], ['Buy milk']),
  ),
  reads(
    'search',
    'en',
    dated,
    "what's due this week?",
    call('search_tasks', { due: 'week', status: 'pending' }),
    showing(['Pay rent', 'Call Ali', 'Book flights'], ['Buy milk', 'Send invoice']),
  ),
  does('search', 'ur', dated, 'آج کے کام دکھاؤ', [], { reply: showing(['Pay rent'], ['Buy milk']) }),
  does('search', 'roman', dated, 'aaj kya karna hai', [], { reply: showing(['Pay rent'], ['Buy milk']) }),
  does('search', 'en', dated, "what's due tomorrow?", [], {
    reply: showing(['Call Ali'], ['Buy milk', 'Send invoice']),
  }),
  does('search', 'en', dated, 'what did I finish today?', [], { reply: showing(['Buy milk'], ['Pay rent']) }),
  does('search', 'en', dated, 'show all tasks due today', [], { reply: showing(['Pay rent', 'Buy milk']) }),
  does('search', 'en', dated, "what's due this week?", [], {
    reply: `${NO_ISO}(?=[\\s\\S]*Pay rent \\(due today\\))(?=[\\s\\S]*Call Ali \\(due tomorrow at 5 PM\\))(?=[\\s\\S]*Book flights \\(due Mon 16 Jun\\))`,
  }),
  does('search', 'en', dated, 'anything overdue?', [], { reply: 'Return books \\(due yesterday\\)' }),
  does('add', 'en', 'home', 'add call Ali tomorrow at 5pm', [added('Call Ali', { due_at: TOMORROW_5PM })], {
    reply: `${NO_ISO}[\\s\\S]*due tomorrow at 5 PM`,
  }),
  does(
    'add',
    'ur',
    'empty',
    'کل شام 5 بجے ڈاکٹر کے پاس جانا شامل کرو',
    [added('ڈاکٹر کے پاس جانا', { due_at: TOMORROW_5PM })],
    { reply: `${NO_ISO}[\\s\\S]*کل شام 5 بجے` },
  ),
  does(
    'add',
    'roman',
    'empty',
    'kal shaam 5 baje doctor ke paas jana add karo',
    [added('Doctor ke paas jana', { due_at: TOMORROW_5PM })],
    { reply: `${NO_ISO}[\\s\\S]*kal shaam 5 baje` },
  ),
  does('update', 'en', 'home', 'move task 5 to next monday', [sett(5, { due_date: NEXT_MONDAY })], {
    reply: `${NO_ISO}[\\s\\S]*Mon 16 Jun`,
  }),
  does('add', 'en', 'empty', 'add call mom tomorrow morning', [
    added('Call mom', { due_at: '2025-06-12T04:00:00.000Z' }),
  ]),
  does('add', 'en', 'empty', 'add water the plants this evening', [
    added('Water the plants', { due_at: '2025-06-11T13:00:00.000Z' }),
  ]),
  does('add', 'en', 'empty', 'add gym tomorrow evening at 7', [
    added('Gym', { due_at: '2025-06-12T14:00:00.000Z' }),
  ]),
  does('add', 'en', 'empty', 'add pay the parking fine yesterday', [
    added('Pay the parking fine', { due_date: '2025-06-10' }),
  ]),
  does('add', 'en', 'empty', 'add stretch in the morning', [
    added('Stretch', { due_at: '2025-06-12T04:00:00.000Z' }),
  ]),
  does('add', 'roman', 'empty', 'kal subah doodh lena add karo', [
    added('Doodh lena', { due_at: '2025-06-12T04:00:00.000Z' }),
  ]),
  does('add', 'ur', 'empty', 'کل صبح دودھ خریدنا شامل کرو', [
    added('دودھ خریدنا', { due_at: '2025-06-12T04:00:00.000Z' }),
  ]),
  does('add', 'roman', 'empty', 'aaj shaam bank jana add karo', [
    added('Bank jana', { due_at: '2025-06-11T13:00:00.000Z' }),
  ]),
  does('add', 'roman', 'empty', 'parson raat dinner banana add karo', [
    added('Dinner banana', { due_at: '2025-06-13T15:00:00.000Z' }),
  ]),
];

// Lists, views and subtasks (issue 14). Written with the feature, not blind.
const listsAndViews: Utterance[] = [
  does(
    'lists',
    'en',
    'lists',
    'add bread to groceries',
    [call('add_task_details', { title: 'Bread', list: 'Groceries' })],
    {
      reply: 'Groceries',
    },
  ),
  does('lists', 'en', 'lists', 'put batteries on my home list', [
    call('add_task_details', { title: 'Batteries', list: 'Home' }),
  ]),
  does('lists', 'en', 'lists', 'add send slides tomorrow to work', [
    call('add_task_details', { title: 'Send slides', list: 'Work', due_date: TOMORROW }),
  ]),
  does('lists', 'en', 'lists', 'add milk to the travel list', [], { reply: 'no list called' }),
  reads(
    'lists',
    'en',
    'lists',
    "what's on my work list",
    call('search_tasks', { list: 'Work' }),
    'Quarterly report',
  ),
  reads(
    'lists',
    'en',
    'lists',
    'show the groceries list',
    call('search_tasks', { list: 'Groceries' }),
    'Milk',
  ),
  reads('lists', 'en', 'lists', 'what lists do I have', call('list_lists'), 'Groceries'),
  does('lists', 'en', 'lists', 'create a list called Travel', [call('create_list', { name: 'Travel' })], {
    reply: 'Travel',
  }),
  does(
    'lists',
    'en',
    'lists',
    'move the dentist task to home',
    [call('move_task', { task_id: 3, list: 'Home' })],
    {
      reply: 'Moved',
    },
  ),
  does('lists', 'en', 'lists', 'move milk to the inbox', [call('move_task', { task_id: 1, list: 'inbox' })]),
  does('lists', 'en', 'lists', 'add a subtask to the quarterly report: charts', [
    call('add_subtask', { task_id: 2, title: 'charts' }),
  ]),
  does('lists', 'en', 'lists', 'add charts under the quarterly report', [
    call('add_subtask', { task_id: 2, title: 'charts' }),
  ]),
  reads('lists', 'en', 'lists', "what's coming up", call('search_tasks', { view: 'upcoming' }), 'Dentist'),
  reads('lists', 'en', 'lists', "what's in my inbox", call('search_tasks', { view: 'inbox' }), 'Dentist'),
  reads(
    'lists',
    'en',
    'lists',
    "what's due today",
    call('search_tasks', { due: 'today' }),
    'Quarterly report',
  ),
  // A name that is not a list is read as before: "add a call to mom" adds a task.
  does('lists', 'en', 'lists', 'move the dentist appointment to friday', [
    call('set_task_details', { task_id: 3, due_date: FRIDAY }),
  ]),
  does('lists', 'roman', 'lists', 'groceries mein doodh add karo', [
    call('add_task_details', { title: 'Doodh', list: 'Groceries' }),
  ]),
  does('lists', 'roman', 'lists', 'work list mein report bhejna daal do', [
    call('add_task_details', { title: 'Report bhejna', list: 'Work' }),
  ]),
  reads('lists', 'roman', 'lists', 'work list dikhao', call('search_tasks', { list: 'Work' })),
  reads('lists', 'roman', 'lists', 'meri lists dikhao', call('list_lists')),
  does('lists', 'roman', 'lists', 'Safar naam ki list banao', [call('create_list', { name: 'Safar' })]),
  does('lists', 'roman', 'lists', 'dentist wala task home mein daal do', [
    call('move_task', { task_id: 3, list: 'Home' }),
  ]),
  // The classes held-out 7 found (phrasings of its own, not its sentences).
  does('lists', 'en', 'lists', 'put butter on the grocery list', [
    call('add_task_details', { title: 'Butter', list: 'Groceries' }),
  ]),
  does('lists', 'en', 'lists', 'add renew the lease to my home list for friday', [
    call('add_task_details', { title: 'Renew the lease', list: 'Home', due_date: FRIDAY }),
  ]),
  does('lists', 'en', 'lists', 'new task in work: book the offsite', [
    call('add_task_details', { title: 'Book the offsite', list: 'Work' }),
  ]),
  does('lists', 'en', 'lists', 'bread -> groceries', [
    call('add_task_details', { title: 'Bread', list: 'Groceries' }),
  ]),
  does('lists', 'en', 'lists', 'remind me to fix the tap, put it in home', [
    call('add_task_details', { title: 'Fix the tap', list: 'Home' }),
  ]),
  does('lists', 'en', 'lists', 'the dentist one goes in home', [
    call('move_task', { task_id: 3, list: 'Home' }),
  ]),
  does('lists', 'en', 'lists', 'put Milk in Work', [call('move_task', { task_id: 1, list: 'Work' })]),
  does('lists', 'en', 'lists', 'move the plumber task to Garden', [], { reply: 'Garden' }),
  does('lists', 'en', 'lists', 'for the quarterly report, add a subtask: gather numbers', [
    call('add_subtask', { task_id: 2, title: 'gather numbers' }),
  ]),
  does('lists', 'en', 'lists', 'make a Travel list and put pack bags on it', [
    call('create_list', { name: 'Travel' }),
    call('add_task_details', { title: 'Pack bags', list: 'Travel' }),
  ]),
  reads(
    'lists',
    'en',
    'lists',
    'is there anything on the groceries list',
    call('search_tasks', { list: 'Groceries' }),
    'Milk',
  ),
  reads(
    'lists',
    'en',
    'lists',
    'show me my upcoming tasks',
    call('search_tasks', { view: 'upcoming' }),
    'Dentist',
  ),
  reads(
    'lists',
    'en',
    'lists',
    'which tasks are not in any list',
    call('search_tasks', { view: 'inbox' }),
    'Dentist',
  ),
  does('lists', 'roman', 'lists', 'home ki list mein bulb lana daal do', [
    call('add_task_details', { title: 'Bulb lana', list: 'Home' }),
  ]),
  reads('lists', 'roman', 'lists', 'meri lists kon si hain', call('list_lists')),
  does('lists', 'ur', 'lists', 'Groceries لسٹ میں دودھ ڈال دو', [
    call('add_task_details', { title: 'دودھ', list: 'Groceries' }),
  ]),
];

// Shared lists (rules-assistant/eval/memory-tools.ts SHARED_LISTS): the eval user owns Family (Sara edits, Ali
// views), edits Office (Bilal's) and views Club (Ali's). Today is from 2025-06-10T19:00Z in Karachi.
const shared: FixtureTask[] = [
  { id: 1, title: 'Buy groceries', list: 'Family', created_by: 'sara', minutes_ago: 60 },
  { id: 2, title: 'Fix the gate', list: 'Family', created_by: 'sara', minutes_ago: 1500 },
  { id: 3, title: 'Book the venue', list: 'Family' },
  {
    id: 4,
    title: 'Quarterly budget',
    list: 'Office',
    created_by: 'bilal',
    minutes_ago: 120,
    assignee_id: 'eval-user',
  },
  { id: 5, title: 'Client presentation', list: 'Office', created_by: 'sara', minutes_ago: 30 },
  { id: 6, title: 'Plan the tournament', list: 'Club', created_by: 'ali', minutes_ago: 200 },
  { id: 7, title: 'Call the plumber' },
  { id: 8, title: 'Pay school fees', list: 'Family', assignee_id: 'eval-user' },
  { id: 9, title: 'Renew club membership', list: 'Club', created_by: 'ali', minutes_ago: 3000 },
  { id: 10, title: 'بجلی کا بل', list: 'Family', created_by: 'sara', minutes_ago: 90 },
  { id: 11, title: 'دعوت کی تیاری', list: 'Office' },
  { id: 12, title: 'ٹورنامنٹ کا شیڈول', list: 'Club', created_by: 'ali', minutes_ago: 3100 },
];
const twoMeetings: FixtureTask[] = [
  { id: 1, title: 'Budget meeting', list: 'Family' },
  { id: 2, title: 'School meeting', list: 'Family' },
];
const assigned = (id: number, assignee: string | null) => call('assign_task', { task_id: id, assignee });
const commented = (id: number, body: string) => call('comment_on_task', { task_id: id, body });
const VIEW_ONLY = 'only view that list|sirf dekh sakte|صرف دیکھ سکتے';
const sharedLists: Utterance[] = [
  does('sharing', 'en', shared, 'assign the groceries task to Sara', [assigned(1, 'Sara')], {
    reply: 'Sara Khan',
  }),
  does('sharing', 'en', shared, 'assign Fix the gate to ali', [assigned(2, 'ali')]),
  does('sharing', 'en', shared, 'give the venue task to Sara', [assigned(3, 'Sara')]),
  does('sharing', 'en', shared, 'reassign the client presentation to me', [assigned(5, 'me')], {
    reply: 'to you',
  }),
  does('sharing', 'en', shared, 'assign me the quarterly budget task', [assigned(4, 'me')]),
  does('sharing', 'en', shared, 'unassign school fees', [assigned(8, null)], { reply: 'nobody' }),
  does('sharing', 'en', shared, 'assign the gate to sara@example.com', [assigned(2, 'sara@example.com')]),
  does('sharing', 'en', shared, 'please assign task 3 to Ali', [assigned(3, 'Ali')]),
  does('sharing', 'en', shared, 'assign Sara to the groceries task', [assigned(1, 'Sara')]),
  // Not assignments, and no list asked about: nothing is done.
  does('sharing', 'en', shared, 'who is coming to dinner', [], { outcome: 'help' }),
  does('sharing', 'en', shared, 'hand in the report to the teacher', []),
  does('sharing', 'roman', shared, 'groceries wala task Sara ko assign karo', [assigned(1, 'Sara')]),
  does('sharing', 'roman', shared, 'gate wala task Ali ko de do', [assigned(2, 'Ali')]),
  does('sharing', 'roman', shared, 'client presentation mujhe assign kar do', [assigned(5, 'me')]),
  does('sharing', 'ur', shared, 'بجلی کا بل سارہ کو اسائن کرو', [assigned(10, 'sara@example.com')]),
  does('sharing', 'ur', shared, 'دعوت کی تیاری مجھے سونپ دو', [assigned(11, 'me')]),
  // A viewer (Club): the tool refuses, the reply says so, nothing changes.
  does('sharing', 'en', shared, 'assign the tournament to Sara', [assigned(6, 'Sara')], { reply: VIEW_ONLY }),
  does('sharing', 'en', shared, 'complete plan the tournament', [complete(6)], { reply: VIEW_ONLY }),
  does('sharing', 'en', shared, 'delete renew club membership', [remove(9)], { reply: VIEW_ONLY }),
  does(
    'sharing',
    'en',
    shared,
    'comment on the tournament: I can bring snacks',
    [commented(6, 'I can bring snacks')],
    {
      reply: VIEW_ONLY,
    },
  ),
  does(
    'sharing',
    'en',
    shared,
    'add flyers to the club list',
    [call('add_task_details', { title: 'Flyers', list: 'Club' })],
    {
      reply: VIEW_ONLY,
    },
  ),
  does('sharing', 'roman', shared, 'tournament wala task complete karo', [complete(6)], { reply: VIEW_ONLY }),
  does('sharing', 'ur', shared, 'ٹورنامنٹ کا شیڈول مکمل کرو', [complete(12)], { reply: VIEW_ONLY }),
  // "Which one?" answered by position or by name.
  does('sharing', 'en', twoMeetings, 'the second one', [assigned(1, 'Sara')], {
    before: ['assign the meeting to Sara'],
  }),
  does('sharing', 'roman', twoMeetings, 'budget wali', [commented(1, 'agenda bhej do')], {
    before: ['meeting par comment karo: agenda bhej do'],
  }),
  // Comments.
  does('sharing', 'en', shared, 'comment on the groceries task: get the big pack', [
    commented(1, 'get the big pack'),
  ]),
  does('sharing', 'en', shared, 'add a comment to fix the gate: the hinge is broken', [
    commented(2, 'the hinge is broken'),
  ]),
  does('sharing', 'en', shared, 'comment on the client presentation saying slides are ready', [
    commented(5, 'slides are ready'),
  ]),
  does('sharing', 'en', shared, 'comment on buy groceries: get the big pack, not the small one!', [
    commented(1, 'get the big pack, not the small one!'),
  ]),
  does('sharing', 'roman', shared, 'groceries par comment karo: bara pack lena', [
    commented(1, 'bara pack lena'),
  ]),
  does('sharing', 'ur', shared, 'بجلی کا بل پر تبصرہ کرو: کل تک جمع کرانا ہے', [
    commented(10, 'کل تک جمع کرانا ہے'),
  ]),
  reads(
    'sharing',
    'en',
    shared,
    'show the comments on fix the gate',
    call('list_comments', { task_id: 2 }),
    'No comments',
  ),
  reads('sharing', 'roman', shared, 'gate ke comments dikhao', call('list_comments', { task_id: 2 })),
  reads('sharing', 'ur', shared, 'بجلی کا بل کے تبصرے دکھاؤ', call('list_comments', { task_id: 10 })),
  // The people of a list.
  reads('sharing', 'en', shared, 'who is in Family?', call('list_members', { list: 'Family' }), 'Sara Khan'),
  reads(
    'sharing',
    'en',
    shared,
    "who's on the office list?",
    call('list_members', { list: 'Office' }),
    'Bilal',
  ),
  reads(
    'sharing',
    'en',
    shared,
    'who has access to the club list',
    call('list_members', { list: 'Club' }),
    'only view',
  ),
  reads('sharing', 'en', shared, 'show the members of Family', call('list_members', { list: 'Family' })),
  reads(
    'sharing',
    'roman',
    shared,
    'Family list mein kaun kaun hai',
    call('list_members', { list: 'Family' }),
  ),
  reads('sharing', 'roman', shared, 'office ke members kaun hain', call('list_members', { list: 'Office' })),
  reads('sharing', 'ur', shared, 'فیملی لسٹ میں کون ہے؟', call('list_members', { list: 'Family' })),
  reads('sharing', 'ur', shared, 'Office میں کون کون ہیں', call('list_members', { list: 'Office' })),
  // Who added what.
  reads(
    'sharing',
    'en',
    shared,
    'what did Sara add today?',
    call('list_activity', { list: 'Family' }),
    showing(['Buy groceries', 'Client presentation', 'بجلی'], ['Fix the gate']),
  ),
  reads(
    'sharing',
    'en',
    shared,
    'what has Ali added',
    call('list_activity', { list: 'Club' }),
    showing(['Plan the tournament', 'Renew club']),
  ),
  reads(
    'sharing',
    'en',
    shared,
    'what did Sara add yesterday',
    call('list_activity'),
    showing(['Fix the gate'], ['Buy groceries']),
  ),
  reads('sharing', 'en', shared, 'what did Bilal create today', call('list_activity'), 'Quarterly budget'),
  reads('sharing', 'en', shared, 'what did Zoe add today', call('list_activity'), 'Nobody called'),
  reads(
    'sharing',
    'roman',
    shared,
    'Sara ne aaj kya add kiya',
    call('list_activity'),
    showing(['Buy groceries'], ['Fix the gate']),
  ),
  reads('sharing', 'roman', shared, 'aaj Ali ne kya dala?', call('list_activity'), 'Plan the tournament'),
  reads(
    'sharing',
    'ur',
    shared,
    'سارہ نے آج کیا شامل کیا',
    call('list_activity'),
    showing(['Buy groceries'], ['Fix the gate']),
  ),
  reads('sharing', 'ur', shared, 'آج بلال نے کیا شامل کیا ہے', call('list_activity'), 'Quarterly budget'),
  // Who added a task; what happened in a list or to a task.
  reads(
    'sharing',
    'en',
    shared,
    'who added the groceries task?',
    call('list_activity', { task_id: 1 }),
    'Sara Khan added',
  ),
  reads(
    'sharing',
    'en',
    shared,
    'who created fix the gate',
    call('list_activity', { task_id: 2 }),
    'Sara Khan',
  ),
  reads(
    'sharing',
    'roman',
    shared,
    'groceries wala task kis ne add kiya',
    call('list_activity', { task_id: 1 }),
    'Sara Khan ne add',
  ),
  reads(
    'sharing',
    'ur',
    shared,
    'بجلی کا بل کس نے شامل کیا',
    call('list_activity', { task_id: 10 }),
    'Sara Khan نے شامل',
  ),
  reads(
    'sharing',
    'en',
    shared,
    'what happened in Family today?',
    call('list_activity', { list: 'Family' }),
    showing(['Buy groceries'], ['Fix the gate']),
  ),
  reads(
    'sharing',
    'en',
    shared,
    'show the history of the office list',
    call('list_activity', { list: 'Office' }),
    'Client presentation',
  ),
  reads('sharing', 'en', shared, 'show the activity of the gate task', call('list_activity', { task_id: 2 })),
  reads(
    'sharing',
    'roman',
    shared,
    'Family mein aaj kya hua',
    call('list_activity', { list: 'Family' }),
    'Buy groceries',
  ),
  reads(
    'sharing',
    'ur',
    shared,
    'فیملی میں آج کیا ہوا',
    call('list_activity', { list: 'Family' }),
    'Buy groceries',
  ),
  // Assigned to me.
  reads(
    'sharing',
    'en',
    shared,
    "what's assigned to me?",
    call('search_tasks', { assigned: 'me' }),
    showing(['Quarterly budget', 'Pay school fees']),
  ),
  reads('sharing', 'en', shared, 'show my assigned tasks', call('search_tasks', { assigned: 'me' })),
  reads('sharing', 'en', shared, 'which tasks are assigned to me', call('search_tasks', { assigned: 'me' })),
  reads('sharing', 'roman', shared, 'mujhe kya assign hua hai', call('search_tasks', { assigned: 'me' })),
  reads('sharing', 'roman', shared, 'mere zimme kya hai', call('search_tasks', { assigned: 'me' })),
  reads('sharing', 'ur', shared, 'مجھے کون سے کام دیے گئے ہیں', call('search_tasks', { assigned: 'me' })),
  reads('sharing', 'ur', shared, 'میرے ذمے کیا ہے؟', call('search_tasks', { assigned: 'me' })),
];

// Round 11 (issue 18): own paraphrases, written before the rules that read them, of the classes
// held-out sets 8-10 still missed or changed wrongly: moving a date by a weekday or an amount,
// done news that names only part of a title (asked, never completed), command words inside a new
// task's title, and news as the second half of a message. Three languages each.
const ROMAN11: FixtureTask[] = [
  { id: 1, title: 'Ammi ko call karna' },
  { id: 2, title: 'Bijli ka bill jama karna', due_date: '2025-06-13' },
  { id: 3, title: 'Gaari ki service karwana' },
  { id: 4, title: 'Doodh aur anday lana' },
  { id: 5, title: 'Assignment submit karna', due_date: '2025-06-12' },
  { id: 6, title: 'Kapre press karna', completed: true },
];
const HOME11: FixtureTask[] = [
  { id: 1, title: 'Buy milk and eggs' },
  { id: 2, title: 'Pay electricity bill', due_date: '2025-06-13' },
  { id: 3, title: 'Submit tax report', due_date: '2025-06-12' },
  { id: 4, title: 'Read a book' },
  { id: 5, title: 'Call the plumber' },
];
const URDU11: FixtureTask[] = [
  { id: 1, title: 'دودھ اور انڈے لانا' },
  { id: 2, title: 'ڈاکٹر سے ملاقات', due_date: '2025-06-11' },
  { id: 3, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-13' },
  { id: 4, title: 'کتاب پڑھنا' },
  { id: 5, title: 'پلمبر کو بلانا' },
];
const round11: Utterance[] = [
  // moving a date: to a day, or by an amount
  does('due', 'en', HOME11, 'push the electricity bill to saturday', [sett(2, { due_date: '2025-06-14' })]),
  does('due', 'en', HOME11, 'can u move the tax report to monday pls', [sett(3, { due_date: '2025-06-16' })]),
  does('due', 'en', HOME11, 'postpone the electricity bill by a week', [sett(2, { due_date: '2025-06-20' })]),
  does('due', 'en', HOME11, 'push back the tax report by 2 days', [sett(3, { due_date: '2025-06-14' })]),
  does('due', 'en', HOME11, 'reschedule the plumber call for sunday', [sett(5, { due_date: '2025-06-15' })]),
  does('due', 'en', HOME11, 'delay the tax report a week', [sett(3, { due_date: '2025-06-19' })]),
  does('due', 'roman', ROMAN11, 'bijli ka bill somwar tak aage kar do', [
    sett(2, { due_date: '2025-06-16' }),
  ]),
  does('due', 'roman', ROMAN11, 'assignment ko ek hafta aage kar do', [sett(5, { due_date: '2025-06-19' })]),
  does('due', 'roman', ROMAN11, 'bijli ka bill 2 din aage kar do', [sett(2, { due_date: '2025-06-15' })]),
  does('due', 'roman', ROMAN11, 'assignment ki date jumma kar do', [sett(5, { due_date: '2025-06-13' })]),
  does('due', 'roman', ROMAN11, 'gaari ki service parson pe shift kar do', [
    sett(3, { due_date: '2025-06-13' }),
  ]),
  does('due', 'ur', URDU11, 'بجلی کا بل پیر تک آگے کر دو', [sett(3, { due_date: '2025-06-16' })]),
  does('due', 'ur', URDU11, 'ڈاکٹر سے ملاقات ایک ہفتہ آگے کر دو', [sett(2, { due_date: '2025-06-18' })]),
  does('due', 'ur', URDU11, 'بجلی کا بل دو دن آگے کر دیں', [sett(3, { due_date: '2025-06-15' })]),
  does('due', 'ur', URDU11, 'کتاب پڑھنا اتوار کو کر دو', [sett(4, { due_date: '2025-06-15' })]),
  does('due', 'ur', URDU11, 'پلمبر کو بلانا پرسوں پر ڈال دو', [sett(5, { due_date: '2025-06-13' })]),
  // done news naming only part of a title that joins two things: asked, never completed
  asks('complete', 'roman', ROMAN11, 'doodh le aaya'),
  asks('complete', 'roman', ROMAN11, 'anday le aayi hoon'),
  asks('complete', 'en', HOME11, 'got the milk'),
  asks('complete', 'en', HOME11, 'bought the eggs today'),
  asks('complete', 'ur', URDU11, 'دودھ لے آیا ہوں'),
  asks('complete', 'ur', URDU11, 'انڈے لے آئی'),
  does('complete', 'roman', ROMAN11, 'doodh aur anday le aaya', [call('complete_task', { task_id: 4 })]),
  does('complete', 'en', HOME11, 'got the milk and eggs', [call('complete_task', { task_id: 1 })]),
  does('complete', 'ur', URDU11, 'دودھ اور انڈے لے آیا ہوں', [call('complete_task', { task_id: 1 })]),
  // a command word inside a new task's title
  does('add', 'en', HOME11, 'add delete old photos from the phone', [
    added('Delete old photos from the phone'),
  ]),
  does('add', 'en', HOME11, 'remind me to cancel the gym membership', [added('Cancel the gym membership')]),
  does('add', 'en', HOME11, 'new task: finish the tax report draft', [added('Finish the tax report draft')]),
];

const GYM11: FixtureTask[] = [
  ...HOME11,
  { id: 6, title: 'Gym', recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', due_date: '2025-06-13' },
];
const done11 = (id: number) => call('complete_task', { task_id: id });
const round11b: Utterance[] = [
  // priority, said many ways
  does('priority', 'en', HOME11, 'the tax report is urgent, bump it to high', [
    sett(3, { priority: 'high' }),
  ]),
  does('priority', 'en', HOME11, 'set plumber call priority to high', [sett(5, { priority: 'high' })]),
  does('priority', 'en', HOME11, 'lower the priority of read a book', [sett(4, { priority: 'low' })]),
  does('priority', 'en', HOME11, 'pls raise the tax report priority', [sett(3, { priority: 'high' })]),
  does('priority', 'en', HOME11, 'tax report should be high priority', [sett(3, { priority: 'high' })]),
  does('priority', 'en', HOME11, 'mark the electricity bill as urgent', [sett(2, { priority: 'high' })]),
  does('priority', 'roman', ROMAN11, 'bijli ka bill zaroori hai, high priority kar do', [
    sett(2, { priority: 'high' }),
  ]),
  does('priority', 'roman', ROMAN11, 'assignment ki priority high kar do', [sett(5, { priority: 'high' })]),
  does('priority', 'roman', ROMAN11, 'gaari ki service low priority pe daal do', [
    sett(3, { priority: 'low' }),
  ]),
  does('priority', 'roman', ROMAN11, 'assignment ko sab se zaroori bana do', [sett(5, { priority: 'high' })]),
  does('priority', 'roman', ROMAN11, 'gaari ki service ko low kar do', [sett(3, { priority: 'low' })]),
  does('priority', 'ur', URDU11, 'بجلی کے بل کی ترجیح زیادہ کر دو', [sett(3, { priority: 'high' })]),
  does('priority', 'ur', URDU11, 'کتاب پڑھنا کم ترجیح پر کر دو', [sett(4, { priority: 'low' })]),
  does('priority', 'ur', URDU11, 'پلمبر کو بلانا ضروری ہے، ہائی پرائیورٹی کر دو', [
    sett(5, { priority: 'high' }),
  ]),
  does('priority', 'ur', URDU11, 'ڈاکٹر سے ملاقات کو اہم کر دو', [sett(2, { priority: 'high' })]),
  // done news, alone or as either half of a message
  does('complete', 'en', HOME11, 'called the plumber', [done11(5)]),
  does('complete', 'en', HOME11, 'finally paid the electricity bill', [done11(2)]),
  does('multi', 'en', HOME11, 'called the plumber and also paid the electricity bill', [
    done11(5),
    done11(2),
  ]),
  does('multi', 'en', HOME11, 'move the tax report to friday, and i already read the book', [
    sett(3, { due_date: '2025-06-13' }),
    done11(4),
  ]),
  does('multi', 'roman', ROMAN11, 'bijli ka bill jama kar diya aur ammi ko call bhi kar li', [
    done11(2),
    done11(1),
  ]),
  does('multi', 'roman', ROMAN11, 'assignment submit ho gayi, aur gaari ki service bhi karwa li', [
    done11(5),
    done11(3),
  ]),
  does('multi', 'ur', URDU11, 'بجلی کا بل جمع کرا دیا اور پلمبر کو بھی بلا لیا', [done11(3), done11(5)]),
  does('multi', 'ur', URDU11, 'کتاب پڑھ لی اور ڈاکٹر سے ملاقات بھی ہو گئی', [done11(4), done11(2)]),
  // moved, not done: a past verb of change or a moment to come is no completion
  does('complete', 'en', HOME11, 'forgot to call the plumber', []),
  does('complete', 'en', HOME11, 'rescheduled the plumber', []),
  // a new date told as news
  does('due', 'en', HOME11, 'tax report deadline got extended to next monday', [
    sett(3, { due_date: '2025-06-16' }),
  ]),
  does('due', 'en', HOME11, "fyi the electricity bill's due date was moved to saturday", [
    sett(2, { due_date: '2025-06-14' }),
  ]),
  does('due', 'en', HOME11, 'the plumber call got pushed to sunday', [sett(5, { due_date: '2025-06-15' })]),
  does('due', 'roman', ROMAN11, 'assignment ki deadline somwar tak barh gayi hai', [
    sett(5, { due_date: '2025-06-16' }),
  ]),
  does('due', 'roman', ROMAN11, 'bijli ke bill ki date somwar ko shift ho gayi', [
    sett(2, { due_date: '2025-06-16' }),
  ]),
  // part done is not done
  does('complete', 'en', HOME11, 'finished half of the tax report', []),
  does('complete', 'en', HOME11, 'almost done with the tax report', []),
  does('complete', 'en', HOME11, 'paid part of the electricity bill', []),
  does('complete', 'en', HOME11, 'started reading the book', []),
  does('complete', 'en', HOME11, 'booked the plumber for next week', []),
  does('complete', 'roman', ROMAN11, 'aadha assignment submit kar diya', []),
  does('complete', 'roman', ROMAN11, 'bijli ka bill thoda jama kar diya', []),
  does('complete', 'ur', URDU11, 'بجلی کا آدھا بل جمع کرا دیا', []),
  does('complete', 'ur', URDU11, 'کتاب تقریباً پڑھ لی', []),
  // a word of change before "ho gaya" is never a completion
  does('due', 'roman', ROMAN11, 'bijli ke bill ki date hafte ko shift ho gayi', [
    sett(2, { due_date: '2025-06-14' }),
  ]),
  does('due', 'ur', URDU11, 'کتاب پڑھنے کا دن بدل گیا ہے', []),
  does('due', 'ur', URDU11, 'بجلی کے بل کی آخری تاریخ پیر تک بڑھ گئی ہے', [
    sett(3, { due_date: '2025-06-16' }),
  ]),
  does('due', 'ur', URDU11, 'ڈاکٹر سے ملاقات کی تاریخ جمعہ کو بدل گئی', [
    sett(2, { due_date: '2025-06-13' }),
  ]),
  // note text is kept as typed: "months" is no misspelling of "month"
  does('describe', 'en', HOME11, 'add a note to the tax report: check the last 3 months statements', [
    call('update_task', { task_id: 3, description: 'check the last 3 months statements' }),
  ]),
  does(
    'describe',
    'roman',
    ROMAN11,
    'gaari ki service wale task mein note daal do: pichle 2 months se awaz aa rahi hai',
    [call('update_task', { task_id: 3, description: 'pichle 2 months se awaz aa rahi hai' })],
  ),
  // a repeat said as a new title is the repeat, never a rename
  does('repeat', 'en', GYM11, 'change gym to every tuesday and thursday', [
    sett(6, { recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH' }),
  ]),
  does('repeat', 'en', GYM11, 'make the gym repeat daily', [sett(6, { recurrence: 'FREQ=DAILY' })]),
  does('repeat', 'en', GYM11, 'stop repeating the gym', [sett(6, { recurrence: null })]),
  // repeats stated without "add"; "weekday" is never "fixed" into "weekly"
  does('add', 'en', HOME11, 'water the plants every other day', [
    added('Water the plants', { recurrence: '*' }),
  ]),
  does('add', 'en', HOME11, 'team standup every weekday at 10', [
    added('Team standup', { recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }),
  ]),
  does('add', 'roman', ROMAN11, 'har jumme ko masjid jana', [added('Masjid jana', { recurrence: '*' })]),
  does('add', 'ur', URDU11, 'ہر اتوار کو گاڑی دھونی ہے', [call('add_task_details', { recurrence: '*' })]),
];

export const utterances: Utterance[] = [
  ...add,
  ...moreWays,
  ...list,
  ...search,
  ...completing,
  ...deleting,
  ...updating,
  ...reopening,
  ...clarify,
  ...other,
  ...chatty,
  ...fieldsAndClauses,
  ...reminding,
  ...heldout4Classes,
  ...heldout5Classes,
  ...heldout6Classes,
  ...usabilityTest12,
  ...listsAndViews,
  ...sharedLists,
  ...round11,
  ...round11b,
  ...statements,
  ...round12,
  ...round13,
  ...round14,
  ...round14b,
  ...round15,
];
