// A second held-out set for the assistant, written blind to the built-in assistant and to the
// other utterance files: only the seed's behaviour spec, the tool contract and the judge were read.
// It runs with run.ts's fixed clock: now is Wednesday 2025-06-11, 14:00 in Asia/Karachi, so
// "tomorrow" is 2025-06-12, "Friday" 2025-06-13 and "Sunday" 2025-06-15.
import type { HistoryMessage, ToolCallRecord } from '../../server/features/assistant/agent.js';
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

const USER = 'eval-user';

/** An English user's list: work, home and one completed task. */
const MIXED: FixtureTask[] = [
  { id: 1, title: 'Buy groceries', tags: ['home'] },
  { id: 2, title: 'Team meeting prep', tags: ['work'] },
  { id: 3, title: 'Pay electricity bill', priority: 'high', due_date: '2025-06-12' },
  { id: 4, title: 'Call dentist' },
  { id: 5, title: 'Water the plants', completed: true },
  { id: 6, title: 'Send invoice to Acme', tags: ['work'] },
  { id: 7, title: 'Finish reading Atomic Habits' },
  { id: 8, title: 'Book flight to Lahore', due_date: '2025-06-20' },
  { id: 9, title: 'Renew car insurance', priority: 'medium' },
];

/** MIXED plus the task the history just added. */
const MIXED_PLUS: FixtureTask[] = [...MIXED, { id: 10, title: 'Call the plumber' }];

/** Words that match more than one task: two meetings, two calls. */
const CLASHES: FixtureTask[] = [
  { id: 11, title: 'Weekly team meeting' },
  { id: 12, title: 'Meeting with landlord' },
  { id: 13, title: 'Email Sara about the report' },
  { id: 14, title: 'Call mom' },
  { id: 15, title: 'Call the bank' },
  { id: 16, title: 'Clean the kitchen', completed: true },
];

/** An Urdu-speaking user's list, one English title among them. */
const URDU: FixtureTask[] = [
  { id: 21, title: 'دودھ خریدنا' },
  { id: 22, title: 'امی کو فون کرنا' },
  { id: 23, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-12' },
  { id: 24, title: 'کپڑے استری کرنا' },
  { id: 25, title: 'ڈاکٹر سے ملاقات', completed: true },
  { id: 26, title: 'Project report', tags: ['work'] },
  { id: 27, title: 'گاڑی کی سروس کروانا' },
  { id: 28, title: 'بینک کو فون کرنا' },
];

/** A Roman Urdu user's list. */
const ROMAN: FixtureTask[] = [
  { id: 31, title: 'Doodh lana' },
  { id: 32, title: 'Ammi ko call karna' },
  { id: 33, title: 'Bijli ka bill jama karwana' },
  { id: 34, title: 'Gym jana' },
  { id: 35, title: 'Presentation banana', tags: ['office'] },
  { id: 36, title: 'Car wash karwana', completed: true },
];

const brief = (tasks: FixtureTask[]) =>
  tasks.map((t) => ({ id: t.id, title: t.title, completed: t.completed ?? false }));

/** A past turn in which the assistant listed `shown`, numbered in that order. */
function listed(ask: string, intro: string, shown: FixtureTask[], status = 'pending'): HistoryMessage[] {
  const call: ToolCallRecord = {
    name: 'list_tasks',
    arguments: { user_id: USER, status },
    result: brief(shown),
  };
  return [
    { role: 'user', content: ask },
    {
      role: 'assistant',
      content: [intro, ...shown.map((t, i) => `${i + 1}. ${t.title}`)].join('\n'),
      tool_calls: [call],
    },
  ];
}

/** The list_tasks order for pending tasks: newest (highest id) first. */
const pendingNewestFirst = (tasks: FixtureTask[]) =>
  tasks.filter((t) => !t.completed).sort((a, b) => b.id - a.id);

const MIXED_LIST = listed(
  'what do I still have to do?',
  'Here are your pending tasks:',
  pendingNewestFirst(MIXED),
);
// 1. Renew car insurance (9)  2. Book flight to Lahore (8)  3. Finish reading Atomic Habits (7)
// 4. Send invoice to Acme (6)  5. Call dentist (4)  6. Pay electricity bill (3)  7. Team meeting prep (2)
// 8. Buy groceries (1)
const URDU_LIST = listed('میرے کام دکھاؤ', 'آپ کے باقی کام یہ ہیں:', pendingNewestFirst(URDU));
// 1. بینک کو فون کرنا (28)  2. گاڑی کی سروس کروانا (27)  3. Project report (26)  4. کپڑے استری کرنا (24) ...

const JUST_ADDED: HistoryMessage[] = [
  { role: 'user', content: 'add call the plumber' },
  {
    role: 'assistant',
    content: 'Added "Call the plumber" to your tasks (#10).',
    tool_calls: [
      {
        name: 'add_task',
        arguments: { user_id: USER, title: 'Call the plumber' },
        result: { task_id: 10, status: 'created', title: 'Call the plumber' },
      },
    ],
  },
];

/** The reply names every `present` title and none of the `absent` ones. */
const names = (present: string[], absent: string[]) =>
  `^${absent.map((t) => `(?![\\s\\S]*${t})`).join('')}${present.map((t) => `(?=[\\s\\S]*${t})`).join('')}`;

const NOTHING_FOUND = "n[o']t|no |couldn|unable|didn";

export const heldout2: Utterance[] = [
  // ---------------------------------------------------------------- English: adding
  {
    intent: 'add',
    lang: 'en',
    text: 'add buy milk',
    fixture: MIXED,
    expect: { calls: [{ name: 'add_task', args: { title: 'buy milk' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'remember to call the plumber tomorrow',
    fixture: MIXED,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'call the plumber', due_date: '2025-06-12' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Can you please create a task called "Renew passport"?',
    fixture: MIXED,
    expect: { calls: [{ name: 'add_task', args: { title: 'Renew passport' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'new task: submit tax return by friday, high priority',
    fixture: MIXED,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'submit tax return', due_date: '2025-06-13', priority: 'high' },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'plz add pickup dry cleaning to my lsit',
    fixture: MIXED,
    expect: { calls: [{ name: 'add_task', args: { title: 'pickup dry cleaning' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "add 'Prepare slides for Monday' and tag it work",
    fixture: MIXED,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'Prepare slides for Monday', tags: ['work'] },
          absent: ['due_date', 'due_at'],
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'I need to remember to pay rent on the 1st',
    fixture: MIXED,
    expect: { calls: [{ name: 'add_task_details', args: { title: 'pay rent', due_date: '2025-07-01' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'create a reminder to take out the trash tonight at 9pm',
    fixture: MIXED,
    expect: { calls: [{ name: 'add_task_details', args: { title: 'take out the trash', due_at: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add a low priority task to organize the garage, tag it home',
    fixture: MIXED,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'organize the garage', priority: 'low', tags: ['home'] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "hey could you add 'call grandma' for sunday? thanks!",
    fixture: MIXED,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'call grandma', due_date: '2025-06-15' } }],
    },
  },
  // ---------------------------------------------------------------- English: listing
  {
    intent: 'list',
    lang: 'en',
    text: "show me what's still pending",
    fixture: MIXED,
    expect: { calls: [], reply: names(['buy groceries', 'call dentist'], ['water the plants']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'list completed tasks',
    fixture: MIXED,
    expect: { calls: [], reply: names(['water the plants'], ['buy groceries', 'call dentist']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'which of my tasks are high priority?',
    fixture: MIXED,
    expect: { calls: [], reply: names(['pay electricity bill'], ['buy groceries', 'call dentist']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'anything tagged work?',
    fixture: MIXED,
    expect: {
      calls: [],
      reply: names(['team meeting prep', 'send invoice to acme'], ['buy groceries', 'call dentist']),
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "let me see what's due this week",
    fixture: MIXED,
    expect: { calls: [], reply: names(['pay electricity bill'], ['book flight to lahore', 'buy groceries']) },
  },
  // ---------------------------------------------------------------- English: completing
  {
    intent: 'complete',
    lang: 'en',
    text: 'mark task 4 as done',
    fixture: MIXED,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'I sent the invoice',
    fixture: MIXED,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finished reading atomic habits finally!!',
    fixture: MIXED,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'done with groceries',
    fixture: MIXED,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'the second one is done',
    fixture: MIXED,
    history: MIXED_LIST,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "ok that one's finished",
    fixture: MIXED_PLUS,
    history: JUST_ADDED,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "Would you kindly mark 'Call mom' as complete?",
    fixture: CLASHES,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 14 } }] },
  },
  // ---------------------------------------------------------------- English: deleting
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete the meeting task',
    fixture: MIXED,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'cancel my flight booking task',
    fixture: MIXED,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'get rid of the last one',
    fixture: MIXED,
    history: MIXED_LIST,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "please delete 'Call dentist'",
    fixture: MIXED,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'dlete the grocries task',
    fixture: MIXED,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'number 5 can go, delete it',
    fixture: MIXED,
    history: MIXED_LIST,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 4 } }] },
  },
  // ---------------------------------------------------------------- English: renaming, notes
  {
    intent: 'update',
    lang: 'en',
    text: 'rename task 4 to Call dentist about the filling',
    fixture: MIXED,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 4, title: 'Call dentist about the filling' } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "change 'Buy groceries' to 'Buy groceries and bread'",
    fixture: MIXED,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, title: 'Buy groceries and bread' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'update the invoice task so it says "Send invoice to Acme Corp"',
    fixture: MIXED,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, title: 'Send invoice to Acme Corp' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'rename the first one to Renew car insurance before July',
    fixture: MIXED,
    history: MIXED_LIST,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 9, title: 'Renew car insurance before July' } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'change the description of the flight task to: window seat, 1 checked bag',
    fixture: MIXED,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 8, description: 'window seat, 1 checked bag' } }],
    },
  },
  // ---------------------------------------------------------------- English: priority, tags, dates
  {
    intent: 'details',
    lang: 'en',
    text: 'make the electricity bill low priority',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, priority: 'low' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'push the Lahore flight to June 27',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, due_date: '2025-06-27' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'tag the dentist task as health',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, tags: ['health'] } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'change the due date of renew car insurance to tomorrow at 10am',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, due_at: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'actually make it high priority',
    fixture: MIXED_PLUS,
    history: JUST_ADDED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, priority: 'high' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'and it is due friday',
    fixture: MIXED,
    before: ['add call the vet'],
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, due_date: '2025-06-13' } }] },
  },
  // ---------------------------------------------------------------- English: two things at once
  {
    intent: 'compound',
    lang: 'en',
    text: 'I paid the electricity bill and called the dentist',
    fixture: MIXED,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'complete_task', args: { task_id: 4 } },
      ],
    },
  },
  {
    intent: 'compound',
    lang: 'en',
    text: 'add water the lawn and delete the groceries task',
    fixture: MIXED,
    expect: {
      calls: [
        { name: 'add_task', args: { title: 'water the lawn' } },
        { name: 'delete_task', args: { task_id: 1 } },
      ],
    },
  },
  // ---------------------------------------------------------------- English: ambiguous, must ask
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'delete the meeting',
    fixture: CLASHES,
    expect: { calls: [], outcome: 'ask' },
  },
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'mark the call task as done',
    fixture: CLASHES,
    expect: { calls: [], outcome: 'ask' },
  },
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'delete it',
    fixture: MIXED,
    expect: { calls: [], outcome: 'ask' },
  },
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'change it to tomorrow',
    fixture: MIXED,
    expect: { calls: [], outcome: 'ask' },
  },
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'rename the meeting to Standup',
    fixture: CLASHES,
    expect: { calls: [], outcome: 'ask' },
  },
  // ---------------------------------------------------------------- English: not found, off-topic
  {
    intent: 'notfound',
    lang: 'en',
    text: 'delete the yoga class task',
    fixture: MIXED,
    expect: { calls: [], reply: NOTHING_FOUND },
  },
  {
    intent: 'notfound',
    lang: 'en',
    text: 'I finished the laundry',
    fixture: MIXED,
    expect: { calls: [] },
  },
  {
    intent: 'offtopic',
    lang: 'en',
    text: 'asdfgh jkl;',
    fixture: MIXED,
    expect: { calls: [] },
  },
  {
    intent: 'offtopic',
    lang: 'en',
    text: "what's the capital of France?",
    fixture: MIXED,
    expect: { calls: [] },
  },
  // ---------------------------------------------------------------- Urdu script
  {
    intent: 'add',
    lang: 'ur',
    text: 'ایک نیا کام شامل کرو: سبزی خریدنا',
    fixture: URDU,
    expect: { calls: [{ name: 'add_task', args: { title: 'سبزی خریدنا' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'یاد رکھنا کل مجھے گاڑی کا ٹیکس جمع کرانا ہے',
    fixture: URDU,
    expect: { calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2025-06-12' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ٹاسک بناؤ "رپورٹ مکمل کرنا" جمعہ تک، زیادہ ترجیح کے ساتھ',
    fixture: URDU,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'رپورٹ مکمل کرنا', due_date: '2025-06-13', priority: 'high' },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'آج شام پانچ بجے بچوں کو ٹیوشن سے لینا ہے، یہ کام شامل کر دیں',
    fixture: URDU,
    expect: { calls: [{ name: 'add_task_details', args: { title: '*', due_at: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'میرے باقی کام دکھاؤ',
    fixture: URDU,
    expect: { calls: [], reply: names(['دودھ خریدنا', 'کپڑے استری کرنا'], ['ڈاکٹر سے ملاقات']) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'کون سے کام مکمل ہو چکے ہیں؟',
    fixture: URDU,
    expect: { calls: [], reply: names(['ڈاکٹر سے ملاقات'], ['دودھ خریدنا', 'کپڑے استری کرنا']) },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دودھ خرید لیا',
    fixture: URDU,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 21 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کام نمبر 24 مکمل ہو گیا',
    fixture: URDU,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 24 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'امی کو فون کر دیا ہے، اسے مکمل کر دو',
    fixture: URDU,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 22 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دوسرا والا ہو گیا',
    fixture: URDU,
    history: URDU_LIST,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 27 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'بجلی کے بل والا کام حذف کر دو',
    fixture: URDU,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 23 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'ٹاسک 27 ڈیلیٹ کرو',
    fixture: URDU,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 27 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'Project report والا کام ہٹا دیں',
    fixture: URDU,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 26 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "کام 24 کا نام بدل کر 'کپڑے دھونا اور استری کرنا' کر دو",
    fixture: URDU,
    expect: { calls: [{ name: 'update_task', args: { task_id: 24, title: 'کپڑے دھونا اور استری کرنا' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: '"دودھ خریدنا" کا نام تبدیل کر کے "دودھ اور انڈے خریدنا" کر دیں',
    fixture: URDU,
    expect: { calls: [{ name: 'update_task', args: { task_id: 21, title: 'دودھ اور انڈے خریدنا' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'گاڑی کی سروس والے کام کو زیادہ ترجیح دو',
    fixture: URDU,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 27, priority: 'high' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'بجلی کے بل کی تاریخ پرسوں کر دو',
    fixture: URDU,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 23, due_date: '2025-06-13' } }] },
  },
  {
    intent: 'ambiguous',
    lang: 'ur',
    text: 'اسے حذف کر دو',
    fixture: URDU,
    expect: { calls: [], outcome: 'ask' },
  },
  {
    intent: 'ambiguous',
    lang: 'ur',
    text: 'فون والا کام مکمل کر دو',
    fixture: URDU,
    expect: { calls: [], outcome: 'ask' },
  },
  {
    intent: 'offtopic',
    lang: 'ur',
    text: 'آج لاہور میں موسم کیسا ہے؟',
    fixture: URDU,
    expect: { calls: [] },
  },
  // ---------------------------------------------------------------- Roman Urdu
  {
    intent: 'add',
    lang: 'roman',
    text: "task add kar do 'Ammi ki dawai lana' kal tak",
    fixture: ROMAN,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'Ammi ki dawai lana', due_date: '2025-06-12' } }],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'yaad rakhna mujhe plumber ko call karna hai',
    fixture: ROMAN,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'mere pending tasks dikhao',
    fixture: ROMAN,
    expect: { calls: [], reply: names(['doodh lana', 'gym jana'], ['car wash karwana']) },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'gym wala kaam ho gaya',
    fixture: ROMAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 34 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'task 33 complete kar do please',
    fixture: ROMAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 33 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'doodh wala task delete kar do',
    fixture: ROMAN,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 31 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "presentation wale task ka naam badal ke 'Client presentation banana' kar do",
    fixture: ROMAN,
    expect: { calls: [{ name: 'update_task', args: { task_id: 35, title: 'Client presentation banana' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'bijli ke bill ko high priority kar do',
    fixture: ROMAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 33, priority: 'high' } }] },
  },
  {
    intent: 'ambiguous',
    lang: 'roman',
    text: 'isko delete kar do',
    fixture: ROMAN,
    expect: { calls: [], outcome: 'ask' },
  },
  {
    intent: 'offtopic',
    lang: 'roman',
    text: 'yaar kya haal hai',
    fixture: ROMAN,
    expect: { calls: [] },
  },
];
