// A fourth held-out set for the built-in assistant, written blind to it (from the issue text, the
// behaviour table in the seed notes, the tool contract in server/features/assistant/tools.ts, the in-memory tools
// and the judge only; nothing under rules-assistant/engine/ and none of the other utterance sets was
// read beyond their type definitions and file format): 80 utterances, 50 English, 20 Urdu script,
// 10 Roman Urdu, on two fixtures of its own (a photographer's work and home list in English, a
// shopkeeper's shop and home list in Urdu). The eval's "now" is Wednesday 2025-06-11, 14:00 in
// Karachi. Lists are judged by the titles the reply must show and must not show; changes by the
// mutating calls and key arguments; ambiguous requests by a question and no change; not-found names
// and requests that were not understood by no change.
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

const TOMORROW = '2025-06-12';
const FRIDAY = '2025-06-13';
const TOMORROW_5PM = '2025-06-12T12:00:00.000Z';

// Pending, newest first: 12, 11, 10, 9, 8, 6, 5, 3, 2, 1. Completed: 13, 7, 4.
// Due today: 3, 6. Overdue: 5, 2. This week: 1, 3, 6, 8, 9. High: 1, 10. Tag work: 1, 4, 5.
const studio: FixtureTask[] = [
  {
    id: 1,
    title: 'Edit wedding photos',
    priority: 'high',
    tags: ['work', 'clients'],
    due_date: '2025-06-12',
  },
  { id: 2, title: 'Order camera battery', tags: ['shopping'], due_date: '2025-06-10' },
  { id: 3, title: 'Vacuum the living room', tags: ['home'], due_date: '2025-06-11' },
  { id: 4, title: 'Back up the hard drive', completed: true, tags: ['work'] },
  {
    id: 5,
    title: 'Send quote to the Khans',
    priority: 'medium',
    tags: ['work', 'clients'],
    due_date: '2025-06-09',
  },
  { id: 6, title: 'Fix the kitchen tap', tags: ['home'], due_at: '2025-06-11T13:00:00.000Z' },
  { id: 7, title: 'Walk the dog', completed: true },
  { id: 8, title: 'Buy groceries for the week', tags: ['home', 'shopping'], due_date: '2025-06-14' },
  { id: 9, title: 'Pay water bill', due_date: '2025-06-15' },
  { id: 10, title: 'Pay phone bill', priority: 'high' },
  { id: 11, title: 'Update portfolio website', priority: 'low' },
  { id: 12, title: 'Print photos for the album' },
  { id: 13, title: 'Return library books', completed: true, due_date: '2025-06-07' },
];

// Pending, newest first: 11, 10, 9, 8, 7, 6, 5, 3, 2, 1. Completed: 12, 4.
// Due today: 2. Overdue: 1. High: 1, 11.
const dukan: FixtureTask[] = [
  { id: 1, title: 'دکان کا کرایہ دینا', priority: 'high', tags: ['shop'], due_date: '2025-06-10' },
  { id: 2, title: 'گوشت خریدنا', due_date: '2025-06-11' },
  { id: 3, title: 'بیٹی کو اسکول سے لانا', due_at: '2025-06-12T08:30:00.000Z' },
  { id: 4, title: 'حساب کتاب کرنا', completed: true },
  { id: 5, title: 'نانی سے ملنے جانا' },
  { id: 6, title: 'موبائل ری چارج کرنا', priority: 'low' },
  { id: 7, title: 'مستری کو بلانا', tags: ['home'] },
  { id: 8, title: 'گیس کا بل جمع کرانا', priority: 'medium', due_date: '2025-06-13' },
  { id: 9, title: 'پانی کا بل جمع کرانا', due_date: '2025-06-15' },
  { id: 10, title: 'عید کے کپڑے سلوانا', tags: ['eid'] },
  { id: 11, title: 'مال کا آرڈر دینا', priority: 'high', tags: ['shop'], due_date: '2025-06-12' },
  { id: 12, title: 'چھت کی صفائی کرنا', completed: true },
];

const byId = (fixture: FixtureTask[], id: number) => fixture.find((t) => t.id === id)!;

/** An earlier turn that listed these tasks (in this order) with list_tasks. */
function listedTurn(user: string, fixture: FixtureTask[], ids: number[], status: string): HistoryMessage[] {
  const shown = ids.map((id) => byId(fixture, id));
  return [
    { role: 'user', content: user },
    {
      role: 'assistant',
      content: shown.map((t, i) => `${i + 1}. ${t.title}`).join('\n'),
      tool_calls: [
        {
          name: 'list_tasks',
          arguments: { user_id: 'eval-user', status },
          result: shown.map((t) => ({ id: t.id, title: t.title, completed: t.completed ?? false })),
        },
      ],
    },
  ];
}

const studioPending = listedTurn(
  'show my pending tasks',
  studio,
  [12, 11, 10, 9, 8, 6, 5, 3, 2, 1],
  'pending',
);
const studioDone = listedTurn('show completed tasks', studio, [13, 7, 4], 'completed');
const dukanPending = listedTurn('باقی کام دکھاؤ', dukan, [11, 10, 9, 8, 7, 6, 5, 3, 2, 1], 'pending');

const call = (name: string, args: Record<string, unknown> = {}): ExpectedCall => ({ name, args });
const complete = (id: number) => call('complete_task', { task_id: id });
const remove = (id: number) => call('delete_task', { task_id: id });
const reopen = (id: number) => call('reopen_task', { task_id: id });
const rename = (id: number, title: string) => call('update_task', { task_id: id, title });
const details = (id: number, args: Record<string, unknown>) =>
  call('set_task_details', { task_id: id, ...args });

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A reply that shows every title in `must` and none in `not` (anywhere, across lines). */
const shows = (must: string[], not: string[] = []) =>
  `^${not.map((t) => `(?![\\s\\S]*${escapeRe(t)})`).join('')}${must
    .map((t) => `(?=[\\s\\S]*${escapeRe(t)})`)
    .join('')}`;

export const heldout4: Utterance[] = [
  // ---- English: add ----
  {
    intent: 'add',
    lang: 'en',
    text: 'add buy printer ink',
    fixture: studio,
    expect: { calls: [call('add_task', { title: 'Buy printer ink' })] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'remind me to call the framer tomorrow',
    fixture: studio,
    expect: { calls: [call('add_task_details', { title: 'Call the framer', due_date: TOMORROW })] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'pls ad a task: renew passport by friday, high priority',
    fixture: studio,
    expect: {
      calls: [call('add_task_details', { title: 'Renew passport', due_date: FRIDAY, priority: 'high' })],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'create a task to pick up the prints tomorrow at 5pm',
    fixture: studio,
    expect: { calls: [call('add_task_details', { title: 'Pick up the prints', due_at: TOMORROW_5PM })] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'new task: clean the gutters #home',
    fixture: studio,
    expect: { calls: [call('add_task_details', { title: 'Clean the gutters', tags: ['home'] })] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'remember to water the balcony plants every sunday',
    fixture: studio,
    expect: {
      calls: [call('add_task_details', { title: 'Water the balcony plants', recurrence: '*' })],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add a task called Send invoice to Mr Lee with the description: for the May shoot',
    fixture: studio,
    expect: {
      calls: [call('add_task', { title: 'Send invoice to Mr Lee', description: 'for the May shoot' })],
    },
  },

  // ---- English: list ----
  {
    intent: 'list',
    lang: 'en',
    text: "what's left to do?",
    fixture: studio,
    expect: { reply: shows(['Vacuum the living room', 'Pay phone bill'], ['Walk the dog']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'which ones have I already finished',
    fixture: studio,
    expect: { reply: shows(['Walk the dog', 'Back up the hard drive'], ['Pay phone bill']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "what's due today?",
    fixture: studio,
    expect: {
      reply: shows(
        ['Vacuum the living room', 'Fix the kitchen tap'],
        ['Edit wedding photos', 'Pay water bill'],
      ),
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'anything overdue?',
    fixture: studio,
    expect: { reply: shows(['Send quote to the Khans', 'Order camera battery'], ['Pay water bill']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'show me the high priority stuff',
    fixture: studio,
    expect: {
      reply: shows(['Edit wedding photos', 'Pay phone bill'], ['Update portfolio website', 'Walk the dog']),
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'list everything tagged work',
    fixture: studio,
    expect: { reply: shows(['Edit wedding photos', 'Send quote to the Khans'], ['Vacuum the living room']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'shwo me my todo lsit',
    fixture: studio,
    expect: { reply: shows(['Pay water bill', 'Edit wedding photos']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "what's coming up this week?",
    fixture: studio,
    expect: {
      reply: shows(['Buy groceries for the week', 'Pay water bill'], ['Update portfolio website']),
    },
  },

  // ---- English: search ----
  {
    intent: 'search',
    lang: 'en',
    text: 'find anything about the dog',
    fixture: studio,
    expect: { reply: shows(['Walk the dog'], ['Pay phone bill']) },
  },
  {
    intent: 'search',
    lang: 'en',
    text: 'search bills',
    fixture: studio,
    expect: { reply: shows(['Pay water bill', 'Pay phone bill'], ['Walk the dog']) },
  },
  {
    intent: 'notfound',
    lang: 'en',
    text: 'do I have anything about my passport?',
    fixture: studio,
    expect: {
      reply: `${shows([], ['Pay phone bill', 'Walk the dog'])}[\\s\\S]*(no|not|nothing|none|couldn)`,
    },
  },

  // ---- English: complete ----
  {
    intent: 'complete',
    lang: 'en',
    text: 'mark 3 as done',
    fixture: studio,
    expect: { calls: [complete(3)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finished vacuuming the living room',
    fixture: studio,
    expect: { calls: [complete(3)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'complete the kitchen tap one',
    fixture: studio,
    expect: { calls: [complete(6)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'compelte task 11',
    fixture: studio,
    expect: { calls: [complete(11)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'complete the second one',
    fixture: studio,
    history: studioPending,
    expect: { calls: [complete(11)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'tick off the last one',
    fixture: studio,
    history: studioPending,
    expect: { calls: [complete(1)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'mark 9 and 10 as done',
    fixture: studio,
    expect: { calls: [complete(9), complete(10)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'mark the first one done',
    fixture: studio,
    before: ['anything overdue?'],
    expect: { calls: [complete(5)] },
  },

  // ---- English: delete ----
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete task 2',
    fixture: studio,
    expect: { calls: [remove(2)] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'remove the portfolio task',
    fixture: studio,
    expect: { calls: [remove(11)] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete the third one',
    fixture: studio,
    history: studioPending,
    expect: { calls: [remove(10)] },
  },
  {
    intent: 'clarify',
    lang: 'en',
    text: 'delete the bill task',
    fixture: studio,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'clarify',
    lang: 'en',
    text: 'delete the photos task',
    fixture: studio,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'notfound',
    lang: 'en',
    text: 'cancel the gym task',
    fixture: studio,
    expect: { reply: 'gym|not found|no task|couldn.?t find|can.?t find|didn.?t find' },
  },

  // ---- English: update ----
  {
    intent: 'update',
    lang: 'en',
    text: 'rename task 9 to Pay water and sewage bill',
    fixture: studio,
    expect: { calls: [rename(9, 'Pay water and sewage bill')] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'add a note to task 8: get oat milk too',
    fixture: studio,
    expect: { calls: [call('update_task', { task_id: 8, description: 'get oat milk too' })] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'rename the first one to Print album photos',
    fixture: studio,
    history: studioPending,
    expect: { calls: [rename(12, 'Print album photos')] },
  },
  {
    intent: 'clarify',
    lang: 'en',
    text: 'rename the tap task',
    fixture: studio,
    expect: { outcome: 'ask' },
  },

  // ---- English: priority, tags, due dates ----
  {
    intent: 'details',
    lang: 'en',
    text: 'make the portfolio task high priority',
    fixture: studio,
    expect: { calls: [details(11, { priority: 'high' })] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'move the water bill to friday',
    fixture: studio,
    expect: { calls: [details(9, { due_date: FRIDAY })] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'push task 3 to tomorrow 5pm',
    fixture: studio,
    expect: { calls: [details(3, { due_at: TOMORROW_5PM })] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'tag the kitchen tap task as urgent',
    fixture: studio,
    expect: { calls: [details(6, { tags: ['home', 'urgent'] })] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'remove the due date from the groceries task',
    fixture: studio,
    expect: { calls: [details(8, { due_date: null })] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'actually make it high priority',
    fixture: studio,
    before: ['add buy new tripod'],
    expect: { calls: [details(14, { priority: 'high' })] },
  },

  // ---- English: reopen ----
  {
    intent: 'reopen',
    lang: 'en',
    text: 'reopen the dog task',
    fixture: studio,
    expect: { calls: [reopen(7)] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'reopen the first one',
    fixture: studio,
    history: studioDone,
    expect: { calls: [reopen(13)] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "oops, task 4 isn't actually done",
    fixture: studio,
    expect: { calls: [reopen(4)] },
  },

  // ---- English: ambiguous, not found, help, not understood ----
  {
    intent: 'clarify',
    lang: 'en',
    text: 'complete it',
    fixture: studio,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'notfound',
    lang: 'en',
    text: 'finish the meeting task',
    fixture: studio,
    expect: { reply: 'meeting|not found|no task|couldn.?t find|can.?t find|didn.?t find' },
  },
  {
    intent: 'help',
    lang: 'en',
    text: 'what can you do?',
    fixture: studio,
    expect: { outcome: 'help' },
  },
  {
    intent: 'unknown',
    lang: 'en',
    text: 'delete everything',
    fixture: studio,
    expect: {},
  },
  {
    intent: 'unknown',
    lang: 'en',
    text: 'tell me a joke',
    fixture: studio,
    expect: {},
  },

  // ---- Urdu script ----
  {
    intent: 'add',
    lang: 'ur',
    text: 'نیا کام: دوائی لانا',
    fixture: dukan,
    expect: { calls: [call('add_task', { title: 'دوائی لانا' })] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل شام 5 بجے درزی کے پاس جانا شامل کرو',
    fixture: dukan,
    expect: { calls: [call('add_task_details', { title: 'درزی کے پاس جانا', due_at: TOMORROW_5PM })] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'نیا کام شامل کرو: بینک جانا، ترجیح زیادہ',
    fixture: dukan,
    expect: { calls: [call('add_task_details', { title: 'بینک جانا', priority: 'high' })] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'میرے کام دکھاؤ',
    fixture: dukan,
    expect: { reply: shows(['مال کا آرڈر دینا', 'دکان کا کرایہ دینا']) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'کون سے کام ابھی باقی ہیں؟',
    fixture: dukan,
    expect: { reply: shows(['گوشت خریدنا', 'مستری کو بلانا'], ['حساب کتاب کرنا']) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'آج کے کام دکھاؤ',
    fixture: dukan,
    expect: { reply: shows(['گوشت خریدنا'], ['پانی کا بل جمع کرانا', 'مال کا آرڈر دینا']) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'مکمل شدہ کام دکھاؤ',
    fixture: dukan,
    expect: { reply: shows(['حساب کتاب کرنا', 'چھت کی صفائی کرنا'], ['گوشت خریدنا']) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'جن کاموں کی تاریخ گزر چکی ہے وہ دکھاؤ',
    fixture: dukan,
    expect: { reply: shows(['دکان کا کرایہ دینا'], ['گوشت خریدنا', 'پانی کا بل جمع کرانا']) },
  },
  {
    intent: 'search',
    lang: 'ur',
    text: 'بل ڈھونڈو',
    fixture: dukan,
    expect: { reply: shows(['گیس کا بل جمع کرانا', 'پانی کا بل جمع کرانا'], ['گوشت خریدنا']) },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'گوشت خریدنا ہو گیا',
    fixture: dukan,
    expect: { calls: [complete(2)] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کام نمبر 6 مکمل کرو',
    fixture: dukan,
    expect: { calls: [complete(6)] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دوسرا والا مکمل کر دو',
    fixture: dukan,
    history: dukanPending,
    expect: { calls: [complete(10)] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'مستری والا کام حذف کرو',
    fixture: dukan,
    expect: { calls: [remove(7)] },
  },
  {
    intent: 'clarify',
    lang: 'ur',
    text: 'بل والا کام ہٹا دو',
    fixture: dukan,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'notfound',
    lang: 'ur',
    text: 'سبزی والا کام حذف کر دو',
    fixture: dukan,
    expect: {},
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'کام 5 کا نام بدل کر نانی کے گھر جانا کر دو',
    fixture: dukan,
    expect: { calls: [rename(5, 'نانی کے گھر جانا')] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'گیس کے بل کی ترجیح زیادہ کر دو',
    fixture: dukan,
    expect: { calls: [details(8, { priority: 'high' })] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'عید کے کپڑوں والے کام کی تاریخ جمعہ کر دو',
    fixture: dukan,
    expect: { calls: [details(10, { due_date: FRIDAY })] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'حساب کتاب والا کام دوبارہ کھولو',
    fixture: dukan,
    expect: { calls: [reopen(4)] },
  },
  {
    intent: 'help',
    lang: 'ur',
    text: 'تم کیا کیا کر سکتے ہو؟',
    fixture: dukan,
    expect: { outcome: 'help' },
  },

  // ---- Roman Urdu ----
  {
    intent: 'add',
    lang: 'roman',
    text: 'task add karo: gaari dhulwana',
    fixture: studio,
    expect: { calls: [call('add_task', { title: 'gaari dhulwana' })] },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'mere pending tasks dikhao',
    fixture: studio,
    expect: { reply: shows(['Pay water bill', 'Fix the kitchen tap'], ['Walk the dog']) },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'aaj kya due hai?',
    fixture: studio,
    expect: { reply: shows(['Vacuum the living room'], ['Edit wedding photos', 'Pay water bill']) },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'task 3 complete kar do',
    fixture: studio,
    expect: { calls: [complete(3)] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'kitchen tap wala task mukammal kar do',
    fixture: studio,
    expect: { calls: [complete(6)] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'doosra wala complete karo',
    fixture: studio,
    history: studioPending,
    expect: { calls: [complete(11)] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'dog wala task dobara khol do',
    fixture: studio,
    expect: { calls: [reopen(7)] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'groceries wala task hata do',
    fixture: studio,
    expect: { calls: [remove(8)] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'portfolio wale task ki priority high kar do',
    fixture: studio,
    expect: { calls: [details(11, { priority: 'high' })] },
  },
  {
    intent: 'clarify',
    lang: 'roman',
    text: 'bill wala task delete karo',
    fixture: studio,
    expect: { outcome: 'ask' },
  },
];
