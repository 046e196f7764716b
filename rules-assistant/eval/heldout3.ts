// A third held-out set for the built-in assistant, written blind to it (from the behaviour spec, the
// tool contract and the judge only): 80 utterances, 50 English, 20 Urdu script, 10 Roman Urdu, on two
// fixtures of its own. The eval's "now" is Wednesday 2025-06-11, 14:00 in Karachi. Lists are judged
// by the titles the reply must show and must not show; changes by the mutating calls and key arguments.
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

const office: FixtureTask[] = [
  {
    id: 1,
    title: 'Send invoice to Acme',
    priority: 'high',
    tags: ['work', 'billing'],
    due_date: '2025-06-10',
  },
  { id: 2, title: 'Renew car insurance', due_date: '2025-06-11' },
  { id: 3, title: 'Book dentist appointment', priority: 'low' },
  { id: 4, title: 'Prepare slides for Monday', priority: 'high', tags: ['work'], due_date: '2025-06-16' },
  { id: 5, title: 'Pick up dry cleaning', completed: true, tags: ['errands'] },
  { id: 6, title: 'Pay rent', due_date: '2025-06-11', tags: ['home', 'bills'] },
  { id: 7, title: 'Email landlord about the leak', tags: ['home'] },
  { id: 8, title: 'Call the bank', completed: true },
  { id: 9, title: 'Call grandma', due_date: '2025-06-08' },
  { id: 10, title: 'Email the team the weekly report', tags: ['work'] },
];

const ghar: FixtureTask[] = [
  { id: 1, title: 'سبزی خریدنا' },
  { id: 2, title: 'گاڑی کی سروس کروانا', due_date: '2025-06-11' },
  { id: 3, title: 'بچوں کی فیس جمع کرانا', priority: 'high', due_date: '2025-06-09' },
  { id: 4, title: 'دادی کو فون کرنا', completed: true },
  { id: 5, title: 'کپڑے دھونا' },
  { id: 6, title: 'رپورٹ لکھنا', priority: 'high', tags: ['work'] },
  { id: 7, title: 'ڈاکٹر کے پاس جانا', due_date: '2025-06-12' },
  { id: 8, title: 'انٹرنیٹ کا بل ادا کرنا', priority: 'medium' },
  { id: 9, title: 'ابو کو فون کرنا' },
  { id: 10, title: 'پلمبر کو فون کرنا' },
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

/** An earlier turn that found these tasks (in this order) with search_tasks. */
function searchedTurn(
  user: string,
  fixture: FixtureTask[],
  ids: number[],
  args: Record<string, unknown>,
): HistoryMessage[] {
  const shown = ids.map((id) => byId(fixture, id));
  const full = shown.map((t) => ({
    id: t.id,
    title: t.title,
    description: t.description ?? null,
    completed: t.completed ?? false,
    completed_at: null,
    priority: t.priority ?? 'none',
    tags: t.tags ?? [],
    due_date: t.due_date ?? null,
    due_at: t.due_at ?? null,
    created_at: '2025-06-10T12:00:00.000Z',
    updated_at: '2025-06-10T12:00:00.000Z',
  }));
  return [
    { role: 'user', content: user },
    {
      role: 'assistant',
      content: shown.map((t, i) => `${i + 1}. ${t.title}`).join('\n'),
      tool_calls: [
        {
          name: 'search_tasks',
          arguments: { user_id: 'eval-user', ...args },
          result: { tasks: full, count: full.length },
        },
      ],
    },
  ];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A reply pattern: every title in `yes` appears, no title in `no` does. */
const shows = (yes: string[], no: string[] = []) =>
  `^${no.map((t) => `(?![\\s\\S]*${esc(t)})`).join('')}${yes.map((t) => `(?=[\\s\\S]*${esc(t)})`).join('')}`;

/** A graceful "no such task" reply. */
const NOT_FOUND =
  "find|found|no task|no matching|doesn't match|don't see|couldn't|نہیں مل|نہیں ملا|موجود نہیں|nahi mila";

const officePending = [10, 9, 7, 6, 4, 3, 2, 1]; // newest first, like list_tasks
const gharPending = [10, 9, 8, 7, 6, 5, 3, 2, 1];
const t = (id: number) => byId(office, id).title;
const u = (id: number) => byId(ghar, id).title;

export const heldout3: Utterance[] = [
  // ---- add (17) ----
  {
    intent: 'add',
    lang: 'en',
    text: 'remember to return the library books',
    fixture: office,
    expect: { calls: [{ name: 'add_task', args: { title: 'return the library books' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'can you please create a task called "Quarterly budget review"?',
    fixture: office,
    expect: { calls: [{ name: 'add_task', args: { title: 'Quarterly budget review' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'remind me to call the plumber tomorrow',
    fixture: office,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'call the plumber', due_date: '2025-06-12' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "add 'submit visa application' due friday, high priority",
    fixture: office,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'submit visa application', due_date: '2025-06-13', priority: 'high' },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'new task: book flights to Lahore #travel',
    fixture: office,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'book flights to Lahore', tags: ['travel'] } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add haircut on june 20 at 4pm',
    fixture: office,
    expect: { calls: [{ name: 'add_task_details', args: { title: 'haircut', due_at: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'pls add grocery shoping for saturday',
    fixture: office,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'grocery shoping', due_date: '2025-06-14' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Add "water the garden" and "fix the doorbell"',
    fixture: office,
    expect: {
      calls: [
        { name: 'add_task', args: { title: 'water the garden' } },
        { name: 'add_task', args: { title: 'fix the doorbell' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "I need to renew my passport before the 30th, it's urgent",
    fixture: office,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2025-06-30', priority: 'high' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add a low priority task to clean out the garage, tag it home',
    fixture: office,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'clean out the garage', priority: 'low', tags: ['home'] },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'create task "Team offsite" with description: book venue and catering for the whole team',
    fixture: office,
    expect: { calls: [{ name: 'add_task', args: { title: 'Team offsite', description: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'نیا کام: "پانی کا بل جمع کرانا"',
    fixture: ghar,
    expect: { calls: [{ name: 'add_task', args: { title: 'پانی کا بل جمع کرانا' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل شام چھ بجے درزی سے کپڑے لینے ہیں، یاد رکھنا',
    fixture: ghar,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ایک کام شامل کریں: کرایہ ادا کرنا، جمعہ تک، اہم',
    fixture: ghar,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'کرایہ ادا کرنا', due_date: '2025-06-13', priority: 'high' },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ٹاسک بناؤ گاڑی دھونا',
    fixture: ghar,
    expect: { calls: [{ name: 'add_task', args: { title: 'گاڑی دھونا' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal subah 10 baje doctor ke paas jana hai, add kar do',
    fixture: office,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: "ek task add karo: 'electrician ko bulana' high priority",
    fixture: office,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'electrician ko bulana', priority: 'high' } }],
    },
  },

  // ---- list (12) ----
  {
    intent: 'list',
    lang: 'en',
    text: "show me what's still pending",
    fixture: office,
    expect: { reply: shows(officePending.map(t), [t(5), t(8)]) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'what did I already finish?',
    fixture: office,
    expect: { reply: shows([t(5), t(8)], [t(6), t(9), t(2)]) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'whats due today',
    fixture: office,
    expect: { reply: shows([t(2), t(6)], [t(1), t(9), t(4), t(3)]) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'am I behind on anything? list overdue stuff',
    fixture: office,
    expect: { reply: shows([t(1), t(9)], [t(2), t(6), t(4)]) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'Could you list my high priority tasks please',
    fixture: office,
    expect: { reply: shows([t(1), t(4)], [t(3), t(6), t(2)]) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'see everything tagged work',
    fixture: office,
    expect: { reply: shows([t(1), t(4), t(10)], [t(6), t(7), t(2)]) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'show #home tasks',
    fixture: office,
    expect: { reply: shows([t(6), t(7)], [t(1), t(10), t(2)]) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'آج کے کام دکھاؤ',
    fixture: ghar,
    expect: { reply: shows([u(2)], [u(3), u(7), u(1)]) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'جو کام ہو چکے ہیں وہ دکھائیں',
    fixture: ghar,
    expect: { reply: shows([u(4)], [u(1), u(5), u(9)]) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'کون سے کام لیٹ ہو گئے ہیں؟',
    fixture: ghar,
    expect: { reply: shows([u(3)], [u(2), u(7), u(5)]) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'میرے باقی کاموں کی فہرست دکھائیں',
    fixture: ghar,
    expect: { reply: shows(gharPending.map(u), [u(4)]) },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'mere high priority kaam dikhao',
    fixture: office,
    expect: { reply: shows([t(1), t(4)], [t(3), t(6)]) },
  },

  // ---- complete (11) ----
  {
    intent: 'complete',
    lang: 'en',
    text: 'done with task 10',
    fixture: office,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'I sent the invoice to Acme',
    fixture: office,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'just paid the rent and renewed the car insurance',
    fixture: office,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'complete_task', args: { task_id: 2 } },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'mark task #7 complete',
    fixture: office,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finished the second one',
    fixture: office,
    history: listedTurn("what's on my list?", office, officePending, 'pending'),
    expect: { calls: [{ name: 'complete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'the slides are done!',
    fixture: office,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'i finaly booked the dentist apointment',
    fixture: office,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'سبزی خرید لی ہے',
    fixture: ghar,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کپڑے دھونے والا کام مکمل کر دو',
    fixture: ghar,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'تیسرا والا ہو گیا',
    fixture: ghar,
    history: listedTurn('میرے کام دکھاؤ', ghar, gharPending, 'pending'),
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'rent pay kar diya hai',
    fixture: office,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },

  // ---- delete (8) ----
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete task 8',
    fixture: office,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "please remove the dry cleaning task, I don't need it anymore",
    fixture: office,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "cancel 'Book dentist appointment'",
    fixture: office,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete the first one',
    fixture: office,
    history: searchedTurn('which ones are high priority?', office, [4, 1], { priority: ['high'] }),
    expect: { calls: [{ name: 'delete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'nvm about the landlord email, remove it',
    fixture: office,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'انٹرنیٹ کا بل والا کام حذف کر دیں',
    fixture: ghar,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'کام نمبر 6 ڈیلیٹ کرو',
    fixture: ghar,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'grandma wala task hata do',
    fixture: office,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },

  // ---- update (15) ----
  {
    intent: 'update',
    lang: 'en',
    text: 'rename task 3 to "Dentist checkup"',
    fixture: office,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, title: 'Dentist checkup' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'change the description of the rent task to "transfer via bank app"',
    fixture: office,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 6, description: 'transfer via bank app' } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'move the car insurance to Monday',
    fixture: office,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2025-06-16' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "make 'Email landlord about the leak' high priority",
    fixture: office,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'change the slides due date to June 14',
    fixture: office,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2025-06-14' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'add the tag urgent to pay rent',
    fixture: office,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 6, tags: ['home', 'bills', 'urgent'] } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'update task 10: due tomorrow at 9am',
    fixture: office,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, due_at: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'actually make it high priority',
    fixture: office,
    before: ['add call the plumber'],
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, priority: 'high' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'rename the 4th one to Pay June rent',
    fixture: office,
    history: listedTurn('show pending', office, officePending, 'pending'),
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, title: 'Pay June rent' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the invoice task should be low priority, not high',
    fixture: office,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, priority: 'low' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'رپورٹ لکھنے والے کام کو کم ترجیح پر کر دیں',
    fixture: ghar,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'low' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'ڈاکٹر کے پاس جانے والے کام کی تاریخ جمعہ کر دو',
    fixture: ghar,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2025-06-13' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'کام 5 کا نام بدل کر "کپڑے استری کرنا" کر دیں',
    fixture: ghar,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, title: 'کپڑے استری کرنا' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'pay rent ki date 15 june kar do',
    fixture: office,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2025-06-15' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "task 4 ka title change karo 'Finalize slides'",
    fixture: office,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, title: 'Finalize slides' } }] },
  },

  // ---- ambiguous: a question, no change (7) ----
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'delete the email task',
    fixture: office,
    expect: { outcome: 'ask' },
  },
  { intent: 'ambiguous', lang: 'en', text: 'mark it as done', fixture: office, expect: { outcome: 'ask' } },
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'I finished the email',
    fixture: office,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'can you update it to high priority?',
    fixture: office,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ambiguous',
    lang: 'ur',
    text: 'فون والا کام ڈیلیٹ کر دو',
    fixture: ghar,
    expect: { outcome: 'ask' },
  },
  { intent: 'ambiguous', lang: 'ur', text: 'اسے حذف کر دیں', fixture: ghar, expect: { outcome: 'ask' } },
  {
    intent: 'ambiguous',
    lang: 'roman',
    text: 'usko complete kar do',
    fixture: office,
    expect: { outcome: 'ask' },
  },

  // ---- off-topic and gibberish: no change (5) ----
  { intent: 'offtopic', lang: 'en', text: "what's the capital of australia", fixture: office, expect: {} },
  { intent: 'offtopic', lang: 'en', text: 'asdkj qwpoe zzz', fixture: office, expect: {} },
  { intent: 'offtopic', lang: 'en', text: 'tell me a joke lol', fixture: office, expect: {} },
  { intent: 'offtopic', lang: 'ur', text: 'آج موسم کیسا ہے؟', fixture: ghar, expect: {} },
  { intent: 'offtopic', lang: 'roman', text: 'yaar bohat thak gaya hun aaj', fixture: office, expect: {} },

  // ---- not found: no change, a graceful reply (5) ----
  {
    intent: 'notfound',
    lang: 'en',
    text: 'delete the gym membership task',
    fixture: office,
    expect: { reply: NOT_FOUND },
  },
  {
    intent: 'notfound',
    lang: 'en',
    text: 'complete the vet appointment',
    fixture: office,
    expect: { reply: NOT_FOUND },
  },
  {
    intent: 'notfound',
    lang: 'en',
    text: 'change the due date of "Order birthday cake" to friday',
    fixture: office,
    expect: { reply: NOT_FOUND },
  },
  {
    intent: 'notfound',
    lang: 'ur',
    text: 'جم کی ممبرشپ والا کام مٹا دو',
    fixture: ghar,
    expect: { reply: NOT_FOUND },
  },
  {
    intent: 'notfound',
    lang: 'roman',
    text: 'passport wala task done kar do',
    fixture: office,
    expect: { reply: NOT_FOUND },
  },
];
