// Round 12 (issue 18): changes to EXISTING tasks said the way people say them, written by the
// builder as classes (each at least five ways per language) before the rules that read them:
// moving dates ("from A to B", "same time", "agle somwar", "... پر کر دیں", a reason after a comma),
// priority and tags said indirectly, descriptions and renames in all three languages, and news of a
// task done (only when exactly one open task matches; asked otherwise). The wrong-change classes
// come first: the wrong day, a lost repeat, an edit made as an add. Clock: run.ts's EVAL_NOW,
// Wednesday 2025-06-11 14:00 in Karachi (Thursday 12th, Friday 13th, Monday 16th, Tuesday 17th).
// Its cases are utterances.ts's `Utterance` (a type-only import, as in utterances-statements.ts).
import { asks, does } from './case-makers.js';
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

type Expected = ExpectedCall;
type Case = Utterance;

const call = (name: string, args: Record<string, unknown> = {}): Expected => ({ name, args });
const sett = (id: number, args: Record<string, unknown>) =>
  call('set_task_details', { task_id: id, ...args });
const upd = (id: number, args: Record<string, unknown>) => call('update_task', { task_id: id, ...args });
const done = (id: number) => call('complete_task', { task_id: id });

const MON = '2025-06-16';
const TUE = '2025-06-17';
const THU = '2025-06-12';
const FRI = '2025-06-13';

const EN12: FixtureTask[] = [
  { id: 1, title: 'Pay electricity bill', due_date: FRI },
  { id: 2, title: 'Renew car insurance', due_date: '2025-06-20' },
  // Thursday 11:00 in Karachi
  { id: 3, title: 'Quarterly sales report', tags: ['office'], due_at: '2025-06-12T06:00:00.000Z' },
  { id: 4, title: 'Book gas cylinder refill' },
  { id: 5, title: 'Fix the garage door' },
  { id: 6, title: 'Call the plumber' },
  { id: 7, title: 'Pay internet bill', due_date: '2025-06-18' },
  // Monday 12:30 in Karachi
  { id: 8, title: 'Dentist appointment', due_at: '2025-06-16T07:30:00.000Z' },
];
const UR12: FixtureTask[] = [
  { id: 1, title: 'بچوں کی فیس جمع کرانا', due_date: FRI },
  { id: 2, title: 'کار کی سروس', due_date: MON },
  { id: 3, title: 'ہفتہ وار رپورٹ بھیجنا', due_at: '2025-06-12T06:00:00.000Z' },
  { id: 4, title: 'شادی کی خریداری' },
  { id: 5, title: 'پلمبر کو بلانا' },
  { id: 6, title: 'انٹرنیٹ کا بل جمع کرانا', due_date: '2025-06-18' },
  { id: 7, title: 'درزی سے کپڑے لینا' },
  { id: 8, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-20' },
];
const ROMAN12: FixtureTask[] = [
  { id: 1, title: 'Bijli ka bill jama karna', due_date: FRI },
  { id: 2, title: 'Gaari ki service karwana', due_date: MON },
  { id: 3, title: 'Supplier ko payment karna', due_at: '2025-06-12T06:00:00.000Z' },
  { id: 4, title: 'Eid ki shopping' },
  { id: 5, title: 'Plumber ko bulana' },
  { id: 6, title: 'Internet ka bill jama karna', due_date: '2025-06-18' },
  { id: 7, title: 'Dukaan ka hisaab check karna' },
];

// 1-2. Moving the date of an existing task: "from A to B" is B; a reason after a comma is no part of
// the date; "same time" keeps the hour; the Urdu postposition "پر" and Roman "agle".
const moving: Case[] = [
  does('due', 'en', EN12, 'move the car insurance from friday to tuesday', [sett(2, { due_date: TUE })]),
  does('due', 'en', EN12, 'shift the internet bill from wednesday to monday', [sett(7, { due_date: MON })]),
  does('due', 'en', EN12, 'push the electricity bill to monday, the salary is late this month', [
    sett(1, { due_date: MON }),
  ]),
  does('due', 'en', EN12, 'can you move the garage door to friday, the guy is busy till then', [
    sett(5, { due_date: FRI }),
  ]),
  does('due', 'en', EN12, 'pls push the internet bill to tuesday, no cash rn', [sett(7, { due_date: TUE })]),
  does('due', 'en', EN12, 'move the sales report to friday, same time', [
    sett(3, { due_at: '2025-06-13T06:00:00.000Z' }),
  ]),
  does('due', 'en', EN12, 'shift the dentist appointment to tuesday at the same time', [
    sett(8, { due_at: '2025-06-17T07:30:00.000Z' }),
  ]),
  does('due', 'en', EN12, 'reschedule the sales report to monday, keep the time', [
    sett(3, { due_at: '2025-06-16T06:00:00.000Z' }),
  ]),
  does('due', 'ur', UR12, 'کار کی سروس پیر سے منگل پر کر دیں', [sett(2, { due_date: TUE })]),
  does('due', 'ur', UR12, 'بچوں کی فیس جمعہ کے بجائے پیر کو کر دو', [sett(1, { due_date: MON })]),
  does('due', 'ur', UR12, 'انٹرنیٹ کا بل بدھ سے ہٹا کر منگل پر کر دیں', [sett(6, { due_date: TUE })]),
  does('due', 'ur', UR12, 'پلمبر کو بلانا جمعرات پر کر دیں', [sett(5, { due_date: THU })]),
  does('due', 'ur', UR12, 'شادی کی خریداری کو جمعہ پر رکھ دیں', [sett(4, { due_date: FRI })]),
  does('due', 'ur', UR12, 'ہفتہ وار رپورٹ جمعہ پر کر دیں، وقت وہی رہے', [
    sett(3, { due_at: '2025-06-13T06:00:00.000Z' }),
  ]),
  does('due', 'ur', UR12, 'درزی سے کپڑے لینا پیر کو شفٹ کر دیں', [sett(7, { due_date: MON })]),
  does('due', 'roman', ROMAN12, 'gaari ki service somwar se mangal pe kar do', [sett(2, { due_date: TUE })]),
  does('due', 'roman', ROMAN12, 'plumber ko bulana agle somwar ko kar do', [sett(5, { due_date: MON })]),
  does('due', 'roman', ROMAN12, 'eid ki shopping ko agle jumme pe daal do', [sett(4, { due_date: FRI })]),
  does('due', 'roman', ROMAN12, 'bijli ka bill jumma ke bajaye somwar ko kar do', [
    sett(1, { due_date: MON }),
  ]),
  does('due', 'roman', ROMAN12, 'internet ka bill mangal tak aage kar do, abhi paise nahi hain', [
    sett(6, { due_date: TUE }),
  ]),
  does('due', 'roman', ROMAN12, 'supplier ki payment jumme ko kar do, time wohi rakhna', [
    sett(3, { due_at: '2025-06-13T06:00:00.000Z' }),
  ]),
];

// 3. Priority and tags said indirectly: a tag put on an existing task is never an add.
const priorityAndTags: Case[] = [
  does('priority', 'en', EN12, 'the car insurance is getting urgent now, bump it up to high', [
    sett(2, { priority: 'high' }),
  ]),
  does('priority', 'en', EN12, 'garage door is becoming urgent, move it up to high priority', [
    sett(5, { priority: 'high' }),
  ]),
  does('priority', 'en', EN12, "the internet bill isn't urgent anymore, drop it to low", [
    sett(7, { priority: 'low' }),
  ]),
  does('priority', 'en', EN12, 'the plumber call is getting important, put it on high', [
    sett(6, { priority: 'high' }),
  ]),
  does('priority', 'en', EN12, 'bump the gas cylinder refill up to high priority', [
    sett(4, { priority: 'high' }),
  ]),
  does('tag', 'en', EN12, 'add an urgent tag to the sales report, keep the office one', [
    sett(3, { tags: ['office', 'urgent'] }),
  ]),
  does('tag', 'en', EN12, 'also put a bills tag on the internet bill', [sett(7, { tags: ['bills'] })]),
  does('tag', 'en', EN12, 'add the car tag to the car insurance as well', [sett(2, { tags: ['car'] })]),
  does('tag', 'en', EN12, 'stick a home tag on the garage door pls', [sett(5, { tags: ['home'] })]),
  does('tag', 'en', EN12, 'put a finance tag on the quarterly sales report and keep office too', [
    sett(3, { tags: ['office', 'finance'] }),
  ]),
  does('priority', 'roman', ROMAN12, 'gaari ki service urgent hai', [sett(2, { priority: 'high' })]),
  does('priority', 'roman', ROMAN12, 'supplier ki payment bohat zaroori hai yaar', [
    sett(3, { priority: 'high' }),
  ]),
  does('priority', 'roman', ROMAN12, 'plumber ko bulana ab urgent ho gaya hai', [
    sett(5, { priority: 'high' }),
  ]),
  does('priority', 'roman', ROMAN12, 'internet ka bill itna zaroori nahi hai, low kar do', [
    sett(6, { priority: 'low' }),
  ]),
  does('priority', 'roman', ROMAN12, 'eid ki shopping ab bahut important hai', [
    sett(4, { priority: 'high' }),
  ]),
  does('tag', 'roman', ROMAN12, 'eid ki shopping par khareedari ka tag bhi laga do', [
    sett(4, { tags: ['khareedari'] }),
  ]),
  does('tag', 'roman', ROMAN12, 'bijli ke bill pe bills ka tag bhi lagao', [sett(1, { tags: ['bills'] })]),
  does('tag', 'roman', ROMAN12, 'plumber wale task pe ghar ka tag bhi add kar do', [
    sett(5, { tags: ['ghar'] }),
  ]),
  does('tag', 'roman', ROMAN12, 'zara gaari ki service par car ka tag laga dein', [
    sett(2, { tags: ['car'] }),
  ]),
  does('tag', 'roman', ROMAN12, 'internet ke bill ko bills ka tag de do', [sett(6, { tags: ['bills'] })]),
  does('priority', 'ur', UR12, 'کار کی سروس بہت ضروری ہے', [sett(2, { priority: 'high' })]),
  does('priority', 'ur', UR12, 'بچوں کی فیس جمع کرانا اب بہت اہم ہے', [sett(1, { priority: 'high' })]),
  does('priority', 'ur', UR12, 'پلمبر کو بلانا ضروری ہو گیا ہے', [sett(5, { priority: 'high' })]),
  does('priority', 'ur', UR12, 'انٹرنیٹ کا بل اتنا ضروری نہیں، اسے کم ترجیح پر کر دیں', [
    sett(6, { priority: 'low' }),
  ]),
  does('priority', 'ur', UR12, 'شادی کی خریداری کافی ضروری ہے', [sett(4, { priority: 'high' })]),
  does('tag', 'ur', UR12, 'شادی کی خریداری پر خریداری کا ٹیگ بھی لگا دیں', [sett(4, { tags: ['خریداری'] })]),
  does('tag', 'ur', UR12, 'کار کی سروس پر گاڑی کا ٹیگ بھی لگا دو', [sett(2, { tags: ['گاڑی'] })]),
  does('tag', 'ur', UR12, 'بچوں کی فیس پر اسکول کا ٹیگ لگا دیجیے', [sett(1, { tags: ['اسکول'] })]),
  does('tag', 'ur', UR12, 'براہ کرم انٹرنیٹ کے بل پر بل کا ٹیگ بھی ڈال دیں', [sett(6, { tags: ['بل'] })]),
  does('tag', 'ur', UR12, 'پلمبر کو بلانا والے کام پر گھر کا ٹیگ لگا دیں', [sett(5, { tags: ['گھر'] })]),
];

// 4. Descriptions and renames.
const describing: Case[] = [
  does(
    'describe',
    'en',
    EN12,
    'for the car insurance, put in the description that the policy number is 4471',
    [upd(2, { description: 'the policy number is 4471' })],
  ),
  does('describe', 'en', EN12, 'in the garage door description write that the spring is broken', [
    upd(5, { description: 'the spring is broken' }),
  ]),
  does('describe', 'en', EN12, "for the plumber, add to the description that it's the kitchen sink", [
    upd(6, { description: "it's the kitchen sink" }),
  ]),
  does('describe', 'en', EN12, 'put in the notes of the internet bill that the account id is 5521', [
    upd(7, { description: 'the account id is 5521' }),
  ]),
  does('describe', 'en', EN12, 'the gas cylinder refill description should say call before noon', [
    upd(4, { description: 'call before noon' }),
  ]),
  does('rename', 'en', EN12, 'the garage door one should say fix the garage door spring', [
    upd(5, { title: 'Fix the garage door spring' }),
  ]),
  does('rename', 'en', EN12, 'the plumber task should be called call the plumber about the sink', [
    upd(6, { title: 'Call the plumber about the sink' }),
  ]),
  does(
    'describe',
    'roman',
    ROMAN12,
    'gaari ki service ki tafseel mein likh do ke brakes bhi check karwane hain',
    [upd(2, { description: 'brakes bhi check karwane hain' })],
  ),
  does('describe', 'roman', ROMAN12, 'plumber ko bulana ki description mein likh do ke kitchen ka nalka', [
    upd(5, { description: 'kitchen ka nalka' }),
  ]),
  does('describe', 'roman', ROMAN12, 'supplier ki payment ki details mein daal do: 25000 cash', [
    upd(3, { description: '25000 cash' }),
  ]),
  does('describe', 'roman', ROMAN12, 'eid ki shopping ke note mein likh do ke bachon ke joote', [
    upd(4, { description: 'bachon ke joote' }),
  ]),
  does('describe', 'roman', ROMAN12, 'internet ka bill ki tafseel mein likho ke account number 5521 hai', [
    upd(6, { description: 'account number 5521 hai' }),
  ]),
  does('rename', 'roman', ROMAN12, 'eid ki shopping ko badal kar eid ke kapre lena kar do', [
    upd(4, { title: 'Eid ke kapre lena' }),
  ]),
  does('rename', 'roman', ROMAN12, 'plumber ko bulana ka naam badal ke electrician ko bulana kar do', [
    upd(5, { title: 'Electrician ko bulana' }),
  ]),
  does('describe', 'ur', UR12, 'کار کی سروس کی تفصیل میں لکھ دیں کہ بریک بھی چیک کروانی ہے', [
    upd(2, { description: 'بریک بھی چیک کروانی ہے' }),
  ]),
  does('describe', 'ur', UR12, 'پلمبر کو بلانا کی تفصیل میں لکھ دو کہ کچن کا نل ٹپک رہا ہے', [
    upd(5, { description: 'کچن کا نل ٹپک رہا ہے' }),
  ]),
  does('describe', 'ur', UR12, 'شادی کی خریداری کے نوٹ میں لکھ دیں کہ دلہن کا جوڑا', [
    upd(4, { description: 'دلہن کا جوڑا' }),
  ]),
  does('describe', 'ur', UR12, 'انٹرنیٹ کے بل کی تفصیل میں یہ لکھ دیں کہ اکاؤنٹ نمبر 5521 ہے', [
    upd(6, { description: 'اکاؤنٹ نمبر 5521 ہے' }),
  ]),
  does('describe', 'ur', UR12, 'بچوں کی فیس کی تفصیل میں ڈال دیں کہ چالان بینک سے ملے گا', [
    upd(1, { description: 'چالان بینک سے ملے گا' }),
  ]),
  does('rename', 'ur', UR12, 'شادی کی خریداری کو بدل کر مہندی کی خریداری کر دو', [
    upd(4, { title: 'مہندی کی خریداری' }),
  ]),
  does('rename', 'ur', UR12, 'پلمبر کو بلانا کا نام بدل کر الیکٹریشن کو بلانا کر دیں', [
    upd(5, { title: 'الیکٹریشن کو بلانا' }),
  ]),
];

// 5. Done told as news: one open task matches, else asked.
const news: Case[] = [
  does('complete', 'en', EN12, 'paid the electricity bill just now from the app, finally', [done(1)]),
  does('complete', 'en', EN12, "okay so the gas cylinder's been booked, one less thing to worry about", [
    done(4),
  ]),
  does('complete', 'en', EN12, 'the garage door got fixed this morning', [done(5)]),
  does('complete', 'en', EN12, 'car insurance has been renewed, thank god', [done(2)]),
  does('complete', 'en', EN12, 'the plumber came too', [done(6)]),
  does('complete', 'en', EN12, 'sent off the quarterly sales report an hour ago', [done(3)]),
  asks('complete', 'en', EN12, 'paid the bill just now'),
  asks('complete', 'en', EN12, 'the bill has been paid'),
  asks('complete', 'en', EN12, 'bill paid'),
  does('complete', 'roman', ROMAN12, 'bijli ka bill app se bhar diya abhi', [done(1)]),
  does('complete', 'roman', ROMAN12, 'gaari ki service ho gayi aaj', [done(2)]),
  does('complete', 'roman', ROMAN12, 'supplier ko payment kar di finally', [done(3)]),
  does('complete', 'roman', ROMAN12, 'plumber aa gaya tha, kaam ho gaya', [done(5)]),
  does('complete', 'roman', ROMAN12, 'dukaan ka hisaab check kar liya', [done(7)]),
  asks('complete', 'roman', ROMAN12, 'bill bhar diya'),
  asks('complete', 'roman', ROMAN12, 'bill jama kar diya hai'),
  asks('complete', 'roman', ROMAN12, 'bill pay kar diya yaar'),
  does('complete', 'roman', ROMAN12, 'supplier ko payment de di thi, ho gaya kaam', [done(3)]),
  does('complete', 'roman', ROMAN12, 'eid ki shopping kar li thi, ho gayi', [done(4)]),
  does('complete', 'roman', ROMAN12, 'plumber aa gaya tha yaar, sab theek ho gaya', [done(5)]),
  does('complete', 'ur', UR12, 'بچوں کی فیس جمع کرا دی ہے', [done(1)]),
  does('complete', 'ur', UR12, 'کار کی سروس ہو گئی', [done(2)]),
  does('complete', 'ur', UR12, 'ہفتہ وار رپورٹ بھیج دی ہے، شکر ہے', [done(3)]),
  does('complete', 'ur', UR12, 'پلمبر آ گیا تھا، کام ہو گیا', [done(5)]),
  does('complete', 'ur', UR12, 'درزی سے کپڑے لے آئی ہوں', [done(7)]),
  asks('complete', 'ur', UR12, 'بل جمع کرا دیا'),
  asks('complete', 'ur', UR12, 'بل جمع کروا دیا ہے'),
  asks('complete', 'ur', UR12, 'بل بھر دیا ہے'),
  does('complete', 'ur', UR12, 'درزی سے کپڑے لے لیے تھے، کام ہو گیا', [done(7)]),
  does('complete', 'ur', UR12, 'شادی کی خریداری کر لی تھی، ہو گئی', [done(4)]),
  does('complete', 'ur', UR12, 'پلمبر آ گیا تھا، سب ٹھیک ہو گیا', [done(5)]),
];

// 1. A repeat asked for is never lost (a date set without it was a wrong change).
const repeating: Case[] = [
  does('repeat', 'en', EN12, 'make the car insurance repeat every year', [
    sett(2, { recurrence: 'FREQ=YEARLY' }),
  ]),
  does('repeat', 'en', EN12, 'make the internet bill come back every month', [
    sett(7, { recurrence: 'FREQ=MONTHLY' }),
  ]),
  does('repeat', 'en', EN12, 'can you make the sales report recur weekly', [
    sett(3, { recurrence: 'FREQ=WEEKLY' }),
  ]),
  does('repeat', 'en', EN12, 'make the dentist appointment repeat every 6 months', [
    sett(8, { recurrence: 'FREQ=MONTHLY;INTERVAL=6' }),
  ]),
  does('repeat', 'en', EN12, 'pls make the electricity bill come back monthly', [
    sett(1, { recurrence: 'FREQ=MONTHLY' }),
  ]),
  does('repeat', 'ur', UR12, 'کار کی سروس کو ہر تین مہینے بعد دہرانے والا بنا دیں', [
    sett(2, { recurrence: 'FREQ=MONTHLY;INTERVAL=3' }),
  ]),
  does('repeat', 'ur', UR12, 'بچوں کی فیس کو ہر مہینے دہرانے والا بنا دو', [
    sett(1, { recurrence: 'FREQ=MONTHLY' }),
  ]),
  does('repeat', 'ur', UR12, 'انٹرنیٹ کا بل ہر مہینے دہرانے والا کر دیں', [
    sett(6, { recurrence: 'FREQ=MONTHLY' }),
  ]),
  does('repeat', 'ur', UR12, 'ہفتہ وار رپورٹ کو ہر ہفتے دہرانے والا بنا دیں', [sett(3, { recurrence: '*' })]),
  does('repeat', 'ur', UR12, 'بجلی کا بل ہر دو مہینے بعد دہرانے والا بنا دیں', [
    sett(8, { recurrence: 'FREQ=MONTHLY;INTERVAL=2' }),
  ]),
  does('repeat', 'roman', ROMAN12, 'gaari ki service ko har teen mahine baad repeat wala bana do', [
    sett(2, { recurrence: 'FREQ=MONTHLY;INTERVAL=3' }),
  ]),
  does('repeat', 'roman', ROMAN12, 'bijli ka bill har mahine repeat hone wala bana do', [
    sett(1, { recurrence: 'FREQ=MONTHLY' }),
  ]),
  does('repeat', 'roman', ROMAN12, 'internet ka bill har mahine dohrane wala kar do', [
    sett(6, { recurrence: 'FREQ=MONTHLY' }),
  ]),
  does('repeat', 'roman', ROMAN12, 'supplier ko payment har hafte repeat wala bana dein', [
    sett(3, { recurrence: '*' }),
  ]),
  does('repeat', 'roman', ROMAN12, 'bijli ka bill har do mahine baad repeat wala kar do', [
    sett(1, { recurrence: 'FREQ=MONTHLY;INTERVAL=2' }),
  ]),
  // a move after news of a task done: the move is never an add
  does('multi', 'en', EN12, 'finished the garage door, and push the internet bill to friday the 20th', [
    done(5),
    sett(7, { due_date: '2025-06-20' }),
  ]),
  does('due', 'en', EN12, 'move the car insurance to saturday, the garage is closed on friday', [
    sett(2, { due_date: '2025-06-14' }),
  ]),
  does('due', 'en', EN12, 'shift the garage door to saturday same time', [
    sett(5, { due_date: '2025-06-14' }),
  ]),
  does('due', 'en', EN12, 'move the car insurance to thursday the 19th', [
    sett(2, { due_date: '2025-06-19' }),
  ]),
];

// 2. "A ke bajaye B", "A کے بجائے B": the new day is B, and "usi waqt" / "اسی وقت" keeps the hour;
// a repeat told as a fact and then asked for ("X happens every year, so make it come back").
const insteadOf: Case[] = [
  does('due', 'ur', UR12, 'ہفتہ وار رپورٹ کل کے بجائے پرسوں اسی وقت کر دیں', [
    sett(3, { due_at: '2025-06-13T06:00:00.000Z' }),
  ]),
  does('due', 'ur', UR12, 'کار کی سروس پیر کے بجائے منگل کو کر دو', [sett(2, { due_date: TUE })]),
  does('due', 'ur', UR12, 'انٹرنیٹ کا بل بدھ کے بجائے جمعہ کو رکھ دیں', [sett(6, { due_date: FRI })]),
  does('due', 'ur', UR12, 'ہفتہ وار رپورٹ کل کے بجائے پیر کو اسی وقت پر کر دیں', [
    sett(3, { due_at: '2025-06-16T06:00:00.000Z' }),
  ]),
  does('due', 'ur', UR12, 'بچوں کی فیس جمعہ کے بجائے کل کر دیں', [sett(1, { due_date: THU })]),
  does('due', 'roman', ROMAN12, 'supplier ko payment kal ke bajaye parson usi waqt kar do', [
    sett(3, { due_at: '2025-06-13T06:00:00.000Z' }),
  ]),
  does('due', 'roman', ROMAN12, 'gaari ki service somwar ke bajaye mangal ko kar do', [
    sett(2, { due_date: TUE }),
  ]),
  does('due', 'roman', ROMAN12, 'internet ka bill budh ke bajae jumme ko rakh do', [
    sett(6, { due_date: FRI }),
  ]),
  does('due', 'roman', ROMAN12, 'supplier ki payment kal ki bajaye somwar ko same time kar dein', [
    sett(3, { due_at: '2025-06-16T06:00:00.000Z' }),
  ]),
  does('due', 'roman', ROMAN12, 'bijli ka bill jumme ke bajaye kal kar do yaar', [
    sett(1, { due_date: THU }),
  ]),
  does('repeat', 'en', EN12, 'the car insurance renewal happens every year, so make it come back yearly', [
    sett(2, { recurrence: 'FREQ=YEARLY' }),
  ]),
  does('repeat', 'en', EN12, 'the internet bill comes every month, make that task repeat', [
    sett(7, { recurrence: 'FREQ=MONTHLY' }),
  ]),
  does('repeat', 'en', EN12, 'electricity bill is due every month so pls make it recur', [
    sett(1, { recurrence: 'FREQ=MONTHLY' }),
  ]),
  does('repeat', 'en', EN12, 'the sales report happens every week, can you make this one repeat', [
    sett(3, { recurrence: '*' }),
  ]),
  does('repeat', 'en', EN12, 'my dentist appointment comes up every 6 months, set it to come back', [
    sett(8, { recurrence: 'FREQ=MONTHLY;INTERVAL=6' }),
  ]),
];

// Probed after the first data: moves with a time of day or a lead ("let's", "can we"), "needs to
// move to", importance said alone, notes "about" a task, politeness after the verb.
const probed: Case[] = [
  does('due', 'en', EN12, "let's push the plumber call to thursday evening", [
    sett(6, { due_at: '2025-06-12T13:00:00.000Z' }),
  ]),
  does('due', 'en', EN12, 'i want to move the electricity bill to monday at 5pm', [
    sett(1, { due_at: '2025-06-16T12:00:00.000Z' }),
  ]),
  does('due', 'en', EN12, 'can we do the garage door on saturday instead', [
    sett(5, { due_date: '2025-06-14' }),
  ]),
  does('due', 'en', EN12, 'could you have the car insurance on monday?', [sett(2, { due_date: MON })]),
  does('due', 'en', EN12, 'the internet bill has to be pushed to tuesday, no salary yet', [
    sett(7, { due_date: TUE }),
  ]),
  does('due', 'en', EN12, 'the car insurance needs to move to thursday', [sett(2, { due_date: THU })]),
  does('priority', 'en', EN12, 'the electricity bill is super urgent now', [sett(1, { priority: 'high' })]),
  does('priority', 'en', EN12, 'btw the garage door is really important', [sett(5, { priority: 'high' })]),
  does('priority', 'en', EN12, 'the internet bill is urgent', [sett(7, { priority: 'high' })]),
  does('describe', 'roman', ROMAN12, 'gaari ki service mein note daal do ke oil change bhi', [
    upd(2, { description: 'oil change bhi' }),
  ]),
  does('describe', 'roman', ROMAN12, 'plumber ko bulana ke bare mein note likh do: kitchen ka nalka', [
    upd(5, { description: 'kitchen ka nalka' }),
  ]),
  does('describe', 'roman', ROMAN12, 'eid ki shopping pe ek note daal do ke joote bhi lene hain', [
    upd(4, { description: 'joote bhi lene hain' }),
  ]),
  does('describe', 'ur', UR12, 'کار کی سروس کے بارے میں نوٹ لکھ دیں کہ آئل بھی بدلوانا ہے', [
    upd(2, { description: 'آئل بھی بدلوانا ہے' }),
  ]),
  does('describe', 'ur', UR12, 'شادی کی خریداری میں نوٹ ڈال دیں کہ جوتے بھی لینے ہیں', [
    upd(4, { description: 'جوتے بھی لینے ہیں' }),
  ]),
  does('describe', 'ur', UR12, 'پلمبر کو بلانا پر یہ نوٹ لکھ دو کہ کچن کا نل', [
    upd(5, { description: 'کچن کا نل' }),
  ]),
  does('due', 'roman', ROMAN12, 'bijli ka bill somwar ko shift kar do please', [sett(1, { due_date: MON })]),
  does('due', 'roman', ROMAN12, 'eid ki shopping jumme ko kar do zara', [sett(4, { due_date: FRI })]),
  // importance said of something no open task is stays a new task; "not important any more" is low
  does('add', 'roman', ROMAN12, 'doctor ke paas jana urgent hai', [
    call('add_task_details', { priority: 'high' }),
  ]),
  does('add', 'roman', ROMAN12, 'kal bank jana zaroori hai', [
    call('add_task_details', { priority: 'high', due_date: THU }),
  ]),
  does('add', 'ur', UR12, 'کل بینک جانا ضروری ہے', [
    call('add_task_details', { priority: 'high', due_date: THU }),
  ]),
  does('priority', 'roman', ROMAN12, 'plumber ko bulana ab zaroori nahi hai', [sett(5, { priority: 'low' })]),
  does('priority', 'roman', ROMAN12, 'eid ki shopping itna urgent nahi hai yaar', [
    sett(4, { priority: 'low' }),
  ]),
  does('priority', 'ur', UR12, 'شادی کی خریداری اب ضروری نہیں ہے', [sett(4, { priority: 'low' })]),
  does('priority', 'ur', UR12, 'پلمبر کو بلانا اتنا اہم نہیں', [sett(5, { priority: 'low' })]),
  does('priority', 'en', EN12, 'the garage door is not urgent anymore', [sett(5, { priority: 'low' })]),
  does('priority', 'en', EN12, "the internet bill isn't that important", [sett(7, { priority: 'low' })]),
];

export const round12: Case[] = [
  ...probed,
  ...insteadOf,
  ...moving,
  ...priorityAndTags,
  ...describing,
  ...news,
  ...repeating,
];
