// A fifth held-out set for the built-in assistant, written blind to it (from the spec, the
// behaviour table in the seed notes, the tool contract in server/features/assistant/tools.ts, the in-memory tools
// and the judge only; nothing under rules-assistant/engine/ was opened, and the other utterance sets
// were read no further than their type definitions and the first lines of rules-assistant/eval/heldout4.ts for the
// file format): 80 utterances, 50 English, 20 Urdu script, 10 Roman Urdu, on two fixtures of its
// own (a university student's term in English, also used for Roman Urdu; a family household in
// Urdu). Every intent label of the other sets appears, including reminders and recurrences under
// "details". The eval's "now" is Wednesday 2025-06-11, 14:00 in Karachi. Lists are judged by the
// titles the reply must show and must not show; changes by the mutating calls and key arguments;
// ambiguous requests by a question and no change; not-found names, negations and requests that
// were not understood by no change.
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

const TOMORROW = '2025-06-12';
const FRIDAY = '2025-06-13';
const TOMORROW_5PM = '2025-06-12T12:00:00.000Z';
const NEXT_MONDAY_7AM = '2025-06-16T02:00:00.000Z';

// Pending, newest first: 14, 12, 11, 9, 8, 7, 6, 5, 3, 2, 1. Completed: 13, 10, 4.
// Due today: 6, 14. Overdue: 2, 9. This week: 1, 3, 6, 8, 11, 14. High: 1, 5, 9.
// Tag uni: 1, 2, 3, 5, 8. Tag exam: 3, 8. Tag dorm: 6, 12. Two "chemistry" tasks: 1, 3.
const term: FixtureTask[] = [
  {
    id: 1,
    title: 'Finish chemistry lab report',
    priority: 'high',
    tags: ['uni', 'chemistry'],
    due_date: '2025-06-12',
  },
  { id: 2, title: 'Return calculator to Sana', tags: ['uni'], due_date: '2025-06-09' },
  {
    id: 3,
    title: 'Revise organic chemistry notes',
    priority: 'medium',
    tags: ['uni', 'chemistry', 'exam'],
    due_date: '2025-06-14',
  },
  { id: 4, title: 'Renew bus pass', completed: true },
  { id: 5, title: 'Email professor Malik about the thesis', priority: 'high', tags: ['uni'] },
  { id: 6, title: 'Wash the bedsheets', tags: ['dorm'], due_date: '2025-06-11' },
  { id: 7, title: 'Book optician appointment' },
  {
    id: 8,
    title: 'Physics problem set 4',
    tags: ['uni', 'physics', 'exam'],
    due_at: '2025-06-13T07:00:00.000Z',
  },
  { id: 9, title: 'Pay hostel fees', priority: 'high', due_date: '2025-06-10' },
  { id: 10, title: 'Buy index cards', completed: true, tags: ['shopping'] },
  { id: 11, title: 'Call grandpa on Sunday', due_date: '2025-06-15' },
  { id: 12, title: 'Clean the desk', priority: 'low', tags: ['dorm'] },
  { id: 13, title: 'Submit scholarship form', completed: true, due_date: '2025-06-08' },
  { id: 14, title: 'Practice guitar', recurrence: 'FREQ=DAILY', due_date: '2025-06-11' },
];

// Pending, newest first: 12, 11, 10, 8, 7, 6, 5, 3, 2, 1. Completed: 9, 4.
// Due today: 2. Overdue: 3. High: 1, 3. Two "ٹھیک کروانا" tasks: 8, 10.
const ghar: FixtureTask[] = [
  {
    id: 1,
    title: 'بچوں کی اسکول فیس جمع کرانا',
    priority: 'high',
    tags: ['school'],
    due_date: '2025-06-12',
  },
  { id: 2, title: 'آم اور کیلے لانا', tags: ['bazaar'], due_date: '2025-06-11' },
  { id: 3, title: 'دادا جان کی دوائی لینا', priority: 'high', due_date: '2025-06-10' },
  { id: 4, title: 'موٹر سائیکل کا ٹائر بدلوانا', completed: true },
  { id: 5, title: 'پردے دھلوانا', priority: 'low' },
  { id: 6, title: 'مہمانوں کے لیے کھانا بنانا', due_at: '2025-06-13T14:00:00.000Z' },
  { id: 7, title: 'کیبل کا بل ادا کرنا', priority: 'medium', tags: ['bills'], due_date: '2025-06-14' },
  { id: 8, title: 'فریج ٹھیک کروانا', tags: ['repair'] },
  { id: 9, title: 'خالہ کو مبارکباد دینا', completed: true },
  { id: 10, title: 'پنکھا ٹھیک کروانا', tags: ['repair'] },
  { id: 11, title: 'شادی کا تحفہ خریدنا', due_date: '2025-06-15' },
  { id: 12, title: 'بلی کو ویکسین لگوانا', due_date: '2025-06-16' },
];

type Lang = Utterance['lang'];

const call = (name: string, args: Record<string, unknown> = {}): ExpectedCall => ({ name, args });
const complete = (id: number) => call('complete_task', { task_id: id });
const remove = (id: number) => call('delete_task', { task_id: id });
const reopen = (id: number) => call('reopen_task', { task_id: id });
const details = (id: number, args: Record<string, unknown>) =>
  call('set_task_details', { task_id: id, ...args });

/** A reply that shows every title in `must` and none in `mustNot`. */
const shows = (must: string[], mustNot: string[] = []): string =>
  `^${mustNot.map((t) => `(?![\\s\\S]*${t})`).join('')}${must.map((t) => `(?=[\\s\\S]*${t})`).join('')}`;

const NOT_FOUND_EN = "(not|no |couldn|can't|cannot|didn)";

const u = (
  intent: string,
  lang: Lang,
  fixture: FixtureTask[],
  text: string,
  expect: Utterance['expect'],
  extra: { before?: string[]; history?: HistoryMessage[] } = {},
): Utterance => ({ intent, lang, fixture, text, expect, ...extra });

const overdueHistory: HistoryMessage[] = [
  { role: 'user', content: "what's overdue?" },
  {
    role: 'assistant',
    content:
      'You have 2 overdue tasks:\n1. Return calculator to Sana (due Jun 9)\n2. Pay hostel fees (due Jun 10)',
    tool_calls: [
      {
        name: 'search_tasks',
        arguments: { user_id: 'me', due: 'overdue' },
        result: {
          tasks: [
            { id: 2, title: 'Return calculator to Sana', completed: false },
            { id: 9, title: 'Pay hostel fees', completed: false },
          ],
          count: 2,
        },
      },
    ],
  },
];

const english: Utterance[] = [
  // add (5)
  u('add', 'en', term, 'add buy a new lab coat', {
    calls: [call('add_task', { title: 'Buy a new lab coat' })],
  }),
  u('add', 'en', term, 'remind me to print my CV', { calls: [call('add_task', { title: 'Print my CV' })] }),
  u('add', 'en', term, 'creat a task: return the microscope slides by friday', {
    calls: [call('add_task_details', { title: 'Return the microscope slides', due_date: FRIDAY })],
  }),
  u('add', 'en', term, 'add "pick up graduation gown" tomorrow at 5pm', {
    calls: [call('add_task_details', { title: 'pick up graduation gown', due_at: TOMORROW_5PM })],
  }),
  u('add', 'en', term, 'new task: study for the maths quiz, high priority, tag it exam', {
    calls: [
      call('add_task_details', { title: 'Study for the maths quiz', priority: 'high', tags: ['exam'] }),
    ],
  }),
  // list (6)
  u('list', 'en', term, 'what do I have due today?', {
    reply: shows(
      ['Wash the bedsheets', 'Practice guitar'],
      ['Clean the desk', 'Finish chemistry lab report'],
    ),
  }),
  u('list', 'en', term, "show me what's overdue", {
    reply: shows(['Return calculator to Sana', 'Pay hostel fees'], ['Wash the bedsheets', 'Clean the desk']),
  }),
  u('list', 'en', term, 'list my high priority stuff', {
    reply: shows(
      ['Finish chemistry lab report', 'Email professor Malik about the thesis', 'Pay hostel fees'],
      ['Clean the desk', 'Wash the bedsheets'],
    ),
  }),
  u('list', 'en', term, 'whats done already?', {
    reply: shows(['Renew bus pass', 'Buy index cards', 'Submit scholarship form'], ['Wash the bedsheets']),
  }),
  u('list', 'en', term, 'show tasks tagged exam', {
    reply: shows(
      ['Revise organic chemistry notes', 'Physics problem set 4'],
      ['Finish chemistry lab report'],
    ),
  }),
  u('list', 'en', term, 'list everything with no due date', {
    reply: shows(
      ['Book optician appointment', 'Clean the desk', 'Email professor Malik about the thesis'],
      ['Wash the bedsheets'],
    ),
  }),
  // search (2)
  u('search', 'en', term, 'find anything about chemistry', {
    reply: shows(
      ['Finish chemistry lab report', 'Revise organic chemistry notes'],
      ['Physics problem set 4'],
    ),
  }),
  u('search', 'en', term, 'do I have anything about the thesis?', {
    reply: shows(['Email professor Malik about the thesis'], ['Clean the desk']),
  }),
  // complete (6)
  u('complete', 'en', term, 'done washing the bedsheets', { calls: [complete(6)], reply: 'bedsheets' }),
  u('complete', 'en', term, 'mark task 12 as complete', { calls: [complete(12)] }),
  u('complete', 'en', term, 'i finally paid the hostel fees', { calls: [complete(9)] }),
  u('complete', 'en', term, 'complet the physics problem set', { calls: [complete(8)] }),
  u(
    'complete',
    'en',
    term,
    'complete the second one',
    { calls: [complete(12)] },
    { before: ['show my pending tasks'] },
  ),
  u('complete', 'en', term, 'tick off the first one', { calls: [complete(2)] }, { history: overdueHistory }),
  // delete (5)
  u('delete', 'en', term, 'delete the optician task', { calls: [remove(7)], reply: 'optician' }),
  u('delete', 'en', term, 'remove task 11', { calls: [remove(11)] }),
  u('delete', 'en', term, 'get rid of the index cards one', { calls: [remove(10)] }),
  u('delete', 'en', term, 'cancel clean the desk', { calls: [remove(12)] }),
  u('delete', 'en', term, 'delete it', { calls: [remove(14)] }, { before: ['search for guitar'] }),
  // update (3)
  u('update', 'en', term, 'rename "Wash the bedsheets" to "Wash and iron the bedsheets"', {
    calls: [call('update_task', { task_id: 6, title: 'Wash and iron the bedsheets' })],
  }),
  u('update', 'en', term, 'add a note to the thesis email: ask about the deadline extension', {
    calls: [call('update_task', { task_id: 5, description: 'ask about the deadline extension' })],
  }),
  u('update', 'en', term, 'the guitar task should be called "Practice guitar scales"', {
    calls: [call('update_task', { task_id: 14, title: 'Practice guitar scales' })],
  }),
  // details: priority, due date, reminder, recurrence (6)
  u('details', 'en', term, 'make the desk cleaning high priority', {
    calls: [details(12, { priority: 'high' })],
  }),
  u('details', 'en', term, 'move the optician booking to friday', {
    calls: [details(7, { due_date: FRIDAY })],
  }),
  u('details', 'en', term, "remind me about the lab report 30 minutes before it's due", {
    calls: [details(1, { reminders: [{ minutes_before: 30 }] })],
  }),
  u('details', 'en', term, 'make the grandpa call repeat every sunday', {
    calls: [details(11, { recurrence: 'FREQ=WEEKLY;BYDAY=SU' })],
  }),
  u('details', 'en', term, 'add "football practice" every monday at 7am', {
    calls: [
      call('add_task_details', {
        title: 'football practice',
        recurrence: 'FREQ=WEEKLY;BYDAY=MO',
        due_at: NEXT_MONDAY_7AM,
      }),
    ],
  }),
  u('details', 'en', term, 'stop the guitar practice from repeating', {
    calls: [details(14, { recurrence: null })],
  }),
  // ambiguous (3): a question, no change
  u('ambiguous', 'en', term, 'delete the chemistry task', { outcome: 'ask' }),
  u('ambiguous', 'en', term, 'complete it', { outcome: 'ask' }),
  u('ambiguous', 'en', term, 'change the chemistry one to high priority', { outcome: 'ask' }),
  // clarify (2): the answer to the question
  u(
    'clarify',
    'en',
    term,
    'the lab report one',
    { calls: [remove(1)] },
    { before: ['delete the chemistry task'] },
  ),
  u(
    'clarify',
    'en',
    term,
    'revise organic chemistry notes',
    { calls: [complete(3)] },
    { before: ['finish the chemistry task'] },
  ),
  // notfound (2)
  u('notfound', 'en', term, 'delete the swimming task', { reply: NOT_FOUND_EN }),
  u('notfound', 'en', term, 'mark the chess club as done', { reply: NOT_FOUND_EN }),
  // unknown: negations and statements that must not act (3)
  u('unknown', 'en', term, "don't delete the bedsheets task", {}),
  u('unknown', 'en', term, "I haven't washed the bedsheets yet", {}),
  u('unknown', 'en', term, 'do not complete task 12', {}),
  // gibberish, offtopic, help (3)
  u('gibberish', 'en', term, 'asdfgh qwerty zxcv', { outcome: 'help' }),
  u('offtopic', 'en', term, "what's the weather like in Lahore?", { outcome: 'help' }),
  u('help', 'en', term, 'what can you do?', { outcome: 'help', reply: 'add' }),
  // compound (2)
  u('compound', 'en', term, 'complete the bedsheets and delete the optician task', {
    calls: [complete(6), remove(7)],
  }),
  u('compound', 'en', term, 'add "buy highlighters" and "buy sticky notes"', {
    calls: [call('add_task', { title: 'buy highlighters' }), call('add_task', { title: 'buy sticky notes' })],
  }),
  // reopen (2)
  u('reopen', 'en', term, 'reopen the bus pass task', { calls: [reopen(4)] }),
  u('reopen', 'en', term, 'mark the index cards as not done', { calls: [reopen(10)] }),
];

const urdu: Utterance[] = [
  // add (3)
  u('add', 'ur', ghar, 'نیا کام: بچوں کے لیے جوتے خریدنا', {
    calls: [call('add_task', { title: 'بچوں کے لیے جوتے خریدنا' })],
  }),
  u('add', 'ur', ghar, 'کل ڈاک خانے جانا شامل کرو', {
    calls: [call('add_task_details', { title: 'ڈاک خانے جانا', due_date: TOMORROW })],
  }),
  u('add', 'ur', ghar, 'جمعہ کو سیڑھیاں رنگوانا شامل کرو', {
    calls: [call('add_task_details', { title: 'سیڑھیاں رنگوانا', due_date: FRIDAY })],
  }),
  // list (2)
  u('list', 'ur', ghar, 'آج کے کام دکھاؤ', { reply: shows(['آم اور کیلے لانا'], ['پردے دھلوانا']) }),
  u('list', 'ur', ghar, 'کون سے کام مکمل ہو چکے ہیں؟', {
    reply: shows(['موٹر سائیکل کا ٹائر بدلوانا', 'خالہ کو مبارکباد دینا'], ['پردے دھلوانا']),
  }),
  // search (1)
  u('search', 'ur', ghar, 'فیس والا کام ڈھونڈو', {
    reply: shows(['بچوں کی اسکول فیس جمع کرانا'], ['پردے دھلوانا']),
  }),
  // complete (3)
  u('complete', 'ur', ghar, 'آم والا کام ہو گیا', { calls: [complete(2)] }),
  u('complete', 'ur', ghar, 'کام نمبر 5 مکمل کر دو', { calls: [complete(5)] }),
  u(
    'complete',
    'ur',
    ghar,
    'پہلا والا مکمل کرو',
    { calls: [complete(12)] },
    { before: ['زیر التوا کام دکھاؤ'] },
  ),
  // delete (1)
  u('delete', 'ur', ghar, 'پردے والا کام حذف کر دو', { calls: [remove(5)], reply: 'پردے' }),
  // update (1)
  u('update', 'ur', ghar, 'کام نمبر 8 کا نام بدل کر "فریج کی گیس بھروانا" رکھ دو', {
    calls: [call('update_task', { task_id: 8, title: 'فریج کی گیس بھروانا' })],
  }),
  // details: priority, recurrence, reminder (3)
  u('details', 'ur', ghar, 'کیبل کے بل کی ترجیح زیادہ کر دو', { calls: [details(7, { priority: 'high' })] }),
  u('details', 'ur', ghar, 'دادا جان کی دوائی والا کام روزانہ دہرانا ہے', {
    calls: [details(3, { recurrence: 'FREQ=DAILY' })],
  }),
  u('details', 'ur', ghar, 'مہمانوں کے کھانے سے ایک گھنٹہ پہلے یاد دلانا', {
    calls: [details(6, { reminders: [{ minutes_before: 60 }] })],
  }),
  // ambiguous (2)
  u('ambiguous', 'ur', ghar, 'ٹھیک کروانے والا کام مکمل کرو', { outcome: 'ask' }),
  u('ambiguous', 'ur', ghar, 'اسے حذف کر دو', { outcome: 'ask' }),
  // notfound (1), unknown: a negation (1)
  u('notfound', 'ur', ghar, 'دھوبی والا کام مکمل کرو', {}),
  u('unknown', 'ur', ghar, 'پنکھے والا کام ابھی حذف مت کرنا', {}),
  // reopen (1), help (1)
  u('reopen', 'ur', ghar, 'موٹر سائیکل والا کام دوبارہ کھولو', { calls: [reopen(4)] }),
  u('help', 'ur', ghar, 'تم کیا کیا کر سکتے ہو؟', { outcome: 'help' }),
];

const roman: Utterance[] = [
  u('complete', 'roman', term, 'bedsheets wala kaam ho gaya', { calls: [complete(6)] }),
  u('add', 'roman', term, 'kal guitar strings khareedna add karo', {
    calls: [call('add_task_details', { title: 'guitar strings khareedna', due_date: TOMORROW })],
  }),
  u('list', 'roman', term, 'aaj ke kaam dikhao', {
    reply: shows(['Wash the bedsheets', 'Practice guitar'], ['Clean the desk']),
  }),
  u('delete', 'roman', term, 'optician wala task delete kar do', { calls: [remove(7)] }),
  u('ambiguous', 'roman', term, 'chemistry wala kaam mukammal karo', { outcome: 'ask' }),
  u('details', 'roman', term, 'task 12 ki priority high kar do', {
    calls: [details(12, { priority: 'high' })],
  }),
  u('notfound', 'roman', term, 'swimming wala kaam delete karo', {}),
  u('unknown', 'roman', term, 'hostel fees wala kaam mat delete karna', {}),
  u('reopen', 'roman', term, 'bus pass wala kaam dobara kholo', { calls: [reopen(4)] }),
  u('details', 'roman', term, 'physics wale kaam ke liye 1 ghanta pehle yaad dila dena', {
    calls: [details(8, { reminders: [{ minutes_before: 60 }] })],
  }),
];

export const heldout5: Utterance[] = [...english, ...urdu, ...roman];
