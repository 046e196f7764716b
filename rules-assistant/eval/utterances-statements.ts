// To-dos told as plain statements, with no command word (issue 18, the round after held-out 11):
// written by hand as paraphrases of set 11's failure classes, never its wordings. Clock as the main
// set: Wednesday 2025-06-11 14:00 Asia/Karachi; tomorrow 06-12, Friday 06-13, Saturday 06-14,
// Monday 06-16, the 20th = Friday 06-20, end of the month = Monday 06-30.
import type { ExpectedCall, Utterance } from './utterances.js';

type Lang = Utterance['lang'];

const call = (name: string, args: Record<string, unknown> = {}): ExpectedCall => ({ name, args });
const plain = () => call('add_task', { title: '*' });
const dated = (extra: Record<string, unknown>) => call('add_task_details', { title: '*', ...extra });
const adds = (lang: Lang, text: string, expected: ExpectedCall): Utterance => ({
  intent: 'statement',
  lang,
  fixture: 'home',
  text,
  expect: { calls: [expected] },
});
/** Small talk, questions and news: no tool call that changes anything. */
const nothing = (lang: Lang, text: string): Utterance => ({
  intent: 'statement-not',
  lang,
  fixture: 'home',
  text,
  expect: { calls: [] },
});

const TOMORROW = '2025-06-12';
const FRIDAY = '2025-06-13';
const SATURDAY = '2025-06-14';
const MONDAY = '2025-06-16';

export const statements: Utterance[] = [
  // English: an obligation, something coming, "there is", a date, an aside asking to note it.
  adds('en', 'the plumber is coming on saturday to look at the boiler', dated({ due_date: SATURDAY })),
  adds('en', 'so the electrician is coming monday, just so i dont forget', dated({ due_date: MONDAY })),
  adds('en', 'the dog needs to be taken to the vet at some point', plain()),
  adds('en', 'my passport photos need to be printed by friday', dated({ due_date: FRIDAY })),
  adds(
    'en',
    'Zara has her swimming class tomorrow at half past 4, note it down pls',
    dated({
      due_at: '2025-06-12T11:30:00.000Z',
    }),
  ),
  adds(
    'en',
    "there's a parents evening at the school tomorrow at 6 in the evening",
    dated({
      due_at: '2025-06-12T13:00:00.000Z',
    }),
  ),
  adds('en', 'okay and the cleaner has to be paid 3000 on saturday', dated({ due_date: SATURDAY })),
  adds(
    'en',
    'umm the landlord must get the rent cheque by monday, make a note of it',
    dated({
      due_date: MONDAY,
    }),
  ),
  adds(
    'en',
    'Bilal has to return the library books tomorrow, he always forgets',
    dated({ due_date: TOMORROW }),
  ),
  adds(
    'en',
    'there is a dentist checkup for Omar on friday at quarter past 11',
    dated({
      due_at: '2025-06-13T06:15:00.000Z',
    }),
  ),
  adds('en', 'the car needs washing sometime this weekend', dated({ due_date: SATURDAY })),
  adds('en', 'hey, the fridge filter has to be changed, please put it on my list', plain()),
  nothing('en', "what's the plan for tomorrow's weather"),
  nothing('en', 'tomorrow is a holiday'),
  nothing('en', 'i am so tired today'),
  nothing('en', 'the plumber was here yesterday'),
  nothing('en', 'thanks, that was really helpful'),
  nothing('en', 'whats the time in london'),
  // Urdu script: an infinitive with ہے / ہیں, a future verb, "لکھ لیں".
  adds('ur', 'کچن کی ٹائلیں صاف کروانی ہیں', plain()),
  adds(
    'ur',
    'ہفتے کے دن صبح دس بجے ابو کو ایئرپورٹ سے لانا ہے',
    dated({ due_at: '2025-06-14T05:00:00.000Z' }),
  ),
  adds('ur', 'پیر کو بچوں کی فیس جمع کروانی ہے، یاد رکھیں', dated({ due_date: MONDAY })),
  adds('ur', 'کل شام چھ بجے خالہ آئیں گی، اس کو لکھ لو', dated({ due_at: '2025-06-12T13:00:00.000Z' })),
  adds('ur', 'اچھا سنیں، جمعہ کو دھوبی کو کپڑے دینے ہیں', dated({ due_date: FRIDAY })),
  adds('ur', 'بیس تاریخ کو گاڑی کی قسط دینی ہے', dated({ due_date: '2025-06-20' })),
  adds('ur', 'ہفتے کو مالی کو تنخواہ دینی ہے', dated({ due_date: SATURDAY })),
  nothing('ur', 'آج بہت گرمی ہے'),
  nothing('ur', 'کل چھٹی ہے'),
  nothing('ur', 'بہت شکریہ، آپ نے بڑی مدد کی'),
  nothing('ur', 'کل بارش ہوگی کیا؟'),
  // Roman Urdu: "karna hai", "dene hain", a future verb, "likh lo", a day of the month.
  adds('roman', 'ghar ki chhat ki safai karwani hai', plain()),
  adds(
    'roman',
    'acha suno, kal subah 10 baje plumber aayega, usko paise dene hain',
    dated({
      due_at: '2025-06-12T05:00:00.000Z',
    }),
  ),
  adds('roman', 'hafte ko mali ko tankhwah deni hai, likh lo', dated({ due_date: SATURDAY })),
  adds('roman', 'bees tareekh ko bijli ka bill bharna hai', dated({ due_date: '2025-06-20' })),
  adds('roman', 'yaar jumma ko bachon ki report card leni hai', dated({ due_date: FRIDAY })),
  adds('roman', 'roz subah 7 baje walk pe jana hai', dated({ recurrence: '*' })),
  adds(
    'roman',
    'kal dopahar 2 baje tak landlord ko kiraya bhejna hai',
    dated({
      due_at: '2025-06-12T09:00:00.000Z',
    }),
  ),
  nothing('roman', 'aaj mausam bohat acha hai'),
  nothing('roman', 'shukriya yaar, bohat madad hui'),
  nothing('roman', 'kal kya hoga pata nahi'),
  nothing('roman', 'main bohat thak gaya hoon'),
  // Asides that give a note or a priority, and lists made without "create".
  withNote('en', 'collect the suit from the tailor, the receipt number is 8812', { title: '*' }),
  withNote('en', 'renew the gym membership, note: ask about the family discount', { title: '*' }),
  adds(
    'en',
    'the tax forms have to go in by friday, it is really urgent',
    dated({
      due_date: FRIDAY,
      priority: 'high',
    }),
  ),
  withNote('ur', 'بینک سے نئی چیک بک لینی ہے، نوٹ: پچاس صفحوں والی', { title: '*' }),
  withNote('ur', 'بچوں کے لیے کتابیں لانی ہیں، نوٹ میں لکھ دیں کہ تیسری جماعت کی', { title: '*' }),
  adds(
    'ur',
    'پیر تک انشورنس کی قسط بھرنی ہے، اسے بہت ضروری رکھیں',
    dated({ due_date: MONDAY, priority: 'high' }),
  ),
  withNote('roman', 'Bilal ko cricket kit leni hai, note mein likh do ke size medium', { title: '*' }),
  withNote('roman', 'gas cylinder bharwana hai, note: token number 55 hai', { title: '*' }),
  adds(
    'roman',
    'jumma tak passport renew karwana hai, bohat zaroori hai',
    dated({
      due_date: FRIDAY,
      priority: 'high',
    }),
  ),
  made('en', 'make me a new list called Holidays', 'Holidays'),
  made('en', 'could you create me a list named Wedding prep', 'Wedding prep'),
  made('ur', 'ایک نئی فہرست بنا دیں جس کا نام سفر ہو', 'سفر'),
  made('ur', 'شادی نام کی فہرست بنا دو', 'شادی'),
  made('roman', 'ek nayi list bana do jiska naam Safar ho', 'Safar'),
  // Words pointing at a task already there: never a new task; the change it names is made (the
  // description and tag edits since round 12), else it is asked about when a task shares them.
  edits(
    'roman',
    'home',
    'tax report wale task ki description mein likh do ke form 16 bhi lagana hai',
    'update_task',
    {
      task_id: 6,
      description: 'form 16 bhi lagana hai',
    },
  ),
  asksAbout('roman', 'home', 'bijli ke bill wala kaam dobara baaki kaamon mein daal do'),
  reopens('roman', 'home', 'Call mom wala kaam dobara baqi kaamon mein daal do, baat nahi hui', 3),
  reopens('roman', 'home', 'plants ko pani dene wala kaam wapas pending mein daal do', 7),
  edits('roman', 'home', 'electricity bill wale task pe bills ka tag bhi add kar do', 'set_task_details', {
    task_id: 4,
    tags: ['bills'],
  }),
  edits('ur', 'urdu', 'میٹنگ کی تیاری کی تفصیل میں لکھ دیں کہ سلائیڈز بھی بنانی ہیں', 'update_task', {
    task_id: 5,
    description: 'سلائیڈز بھی بنانی ہیں',
  }),
  reopens('ur', 'urdu', 'امی کو فون والا کام دوبارہ باقی کاموں میں ڈال دیں', 4),
  edits('ur', 'urdu', 'بجلی کے بل کی تفصیل میں ڈال دو کہ میٹر نمبر 4471 ہے', 'update_task', {
    task_id: 3,
    description: 'میٹر نمبر 4471 ہے',
  }),
  asksAbout('ur', 'urdu', 'وہ کام دودھ خریدنا دوبارہ باقی کاموں میں ڈال دو'),
  {
    intent: 'statement-edit',
    lang: 'ur',
    fixture: 'urdu',
    text: 'کتاب پڑھنے والے کام پر گھر کا ٹیگ ڈال دیں',
    expect: { calls: [call('set_task_details', { task_id: 6, tags: ['گھر'] })] },
  },
  // The list named after the item ("X Dukaan wali list mein daal do").
  inList('roman', 'naye glass Home wali list mein daal do', {
    name: 'add_task_details',
    args: { title: 'Naye glass', list: 'Home' },
  }),
  inList('roman', 'zara anday Groceries list mein add kar do', {
    name: 'add_task_details',
    args: { title: 'Anday', list: 'Groceries' },
  }),
  inList('roman', 'Dentist appointment ko Home wali list mein daal do', {
    name: 'move_task',
    args: { task_id: 3, list: 'Home' },
  }),
  inList('roman', 'quarterly report ko Groceries list mein rakh do', {
    name: 'move_task',
    args: { task_id: 2, list: 'Groceries' },
  }),
  inList('roman', 'meherbani karke bread Groceries wali list mein daal dein', {
    name: 'add_task_details',
    args: { title: 'Bread', list: 'Groceries' },
  }),
  // A Roman Urdu day name keeps its date, even in a line that reads English otherwise.
  adds('roman', 'jumma ko packing boxes mangwane hain', dated({ due_date: FRIDAY })),
  adds('roman', 'somwar tak car ki insurance renew karwani hai', dated({ due_date: MONDAY })),
  adds('roman', 'itwaar ko grocery order karni hai', dated({ due_date: '2025-06-15' })),
  adds('roman', 'hafte ko AC service karwani hai', dated({ due_date: SATURDAY })),
  adds('roman', 'mangal ko school meeting attend karni hai', dated({ due_date: '2025-06-17' })),
  // A reminder some time from now, about what follows "ke" / "کہ".
  adds('roman', 'mujhe 20 minute baad yaad dilana ke chai ka pani band karna hai', dated({ reminders: '*' })),
  adds('roman', '2 ghante baad yaad dila dena ke laundry nikalni hai', dated({ reminders: '*' })),
  adds('roman', 'aadhe ghante baad yaad dilana ke Ali ko call karni hai', dated({ reminders: '*' })),
  adds('ur', 'مجھے دس منٹ بعد یاد دلا دیں کہ چولہا بند کرنا ہے', dated({ reminders: '*' })),
  adds('ur', 'آدھے گھنٹے بعد یاد دلانا کہ کپڑے مشین سے نکالنے ہیں', dated({ reminders: '*' })),
  adds('ur', 'ایک گھنٹے بعد یاد دلانا کہ امی کو دوائی دینی ہے', dated({ reminders: '*' })),
  // A reminder for an existing task, said "X ka ... reminder de dena".
  remindsTask('roman', 'home', 'electricity bill ka mujhe kal subah 9 baje reminder de dena', 4),
  remindsTask('roman', 'home', 'tax report ka reminder parson 10 baje de dena', 6),
  remindsTask('ur', 'urdu', 'بجلی کے بل کا مجھے کل صبح 9 بجے ریمائنڈر دے دینا', 3),
  remindsTask('ur', 'urdu', 'میٹنگ کی تیاری کا ریمائنڈر جمعہ کو شام 5 بجے دے دیں', 5),
  // Several subtasks in one line.
  subtasks('en', 'under Team meeting prep, add two steps: "print the agenda" and "book the room"', 2, 2),
  subtasks('en', 'under Read a book, add three subtasks: chapter one, chapter two, chapter three', 5, 3),
  subtasks('en', 'add a subtask to the tax report: collect receipts, fill the form', 6, 2),
  subtasks('roman', 'Team meeting prep ke neeche subtasks bana do: agenda likhna, room book karna', 2, 2),
  subtasks('roman', 'tax report ke andar do subtasks add kar do: receipts jama karna, form bharna', 6, 2),
  subtasks('ur', 'میٹنگ کی تیاری کے نیچے دو ذیلی کام بنا دیں: ایجنڈا، اور کمرہ بک کرنا', 5, 2, 'urdu'),
  subtasks('ur', 'کتاب پڑھنا کے نیچے ذیلی کام بنا دو: پہلا باب، دوسرا باب، تیسرا باب', 6, 3, 'urdu'),
  // Reopening without the word reopen.
  reopens('en', 'home', 'turns out mom did not pick up, put that back as not done', 3),
  reopens('en', 'home', 'mark watering the plants as not done again', 7),
  reopens('en', 'home', 'put call mom back on my list please', 3),
  reopens('en', 'home', 'the plants were not watered after all; can you put it back as pending', 7),
  reopens('en', 'home', 'please mark the call to mom as unfinished', 3),
  reopens('roman', 'home', 'mom ko call nahi hui yaar, woh kaam wapas pending kar do', 3),
  reopens('roman', 'home', 'plants wala kaam dobara baaki kaamon mein daal do', 7),
  reopens('roman', 'home', 'Call mom phir se baqi kaamon mein daal dein', 3),
  reopens('roman', 'home', 'paudon ko pani nahi mila, water the plants wapas open kar do', 7),
  reopens('ur', 'urdu', 'امی سے بات نہیں ہوئی، وہ کام دوبارہ باقی کاموں میں ڈال دیں', 4),
  reopens('ur', 'urdu', 'امی کو فون والا کام واپس باقی کاموں میں ڈال دو', 4),
  reopens('ur', 'urdu', 'امی کو فون کرنا دوبارہ نامکمل کر دیں', 4),
  reopens('ur', 'urdu', 'فون والا کام پھر سے باقی کاموں میں رکھ دو', 4),
  reopens('ur', 'urdu', 'امی کا فون رہ گیا تھا، اسے دوبارہ باقی کاموں میں ڈال دیں', 4),
  // A to-do with asides the rules took for a change to a task: a new task with its tags, priority, repeat.
  adds(
    'en',
    'the bathroom tiles need regrouting, tag it home and repairs please',
    dated({ tags: ['home', 'repairs'] }),
  ),
  adds(
    'en',
    'the gas connection is due for renewal on friday, it is urgent so make it high priority',
    dated({
      due_date: FRIDAY,
      priority: 'high',
    }),
  ),
  adds(
    'en',
    'every tuesday at 8 in the morning there is the school run, set that up as a repeating thing',
    dated({
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    }),
  ),
  adds(
    'en',
    'the maid gets paid on the 1st of every month, I want it to keep coming back',
    dated({
      recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    }),
  ),
  adds(
    'en',
    'the passport renewal form has to go in by monday, label it travel',
    dated({ due_date: MONDAY, tags: ['travel'] }),
  ),
  adds('roman', 'naye parde silwane hain, zara ghar ka tag laga do', dated({ tags: ['ghar'] })),
  adds(
    'roman',
    'bachon ki kitaabein kharidni hain, school aur shopping ka tag laga do',
    dated({ tags: ['school', 'shopping'] }),
  ),
  adds('roman', 'gaari ki tuning karwani hai, is pe car ka tag bhi laga dein', dated({ tags: ['car'] })),
  adds(
    'roman',
    'jumma tak bijli ka meter check karwana hai, bohat zaroori hai',
    dated({ due_date: FRIDAY, priority: 'high' }),
  ),
  adds('roman', 'dentist ki appointment leni hai, please health ka tag laga do', dated({ tags: ['health'] })),
  adds(
    'ur',
    'بچوں کے نئے جوتے خریدنے ہیں، مہربانی کر کے اس پر اسکول کا ٹیگ لگا دیں',
    dated({ tags: ['اسکول'] }),
  ),
  adds('ur', 'گھر کی چھت کی مرمت کروانی ہے، اس پر گھر کا ٹیگ لگا دو', dated({ tags: ['گھر'] })),
  adds(
    'ur',
    'جمعہ تک پاسپورٹ کی فیس جمع کرانی ہے، اسے بہت ضروری رکھیں',
    dated({ due_date: FRIDAY, priority: 'high' }),
  ),
  adds('ur', 'گاڑی کا ٹیکس بھرنا ہے، براہ کرم اس پر گاڑی کا ٹیگ لگا دیں', dated({ tags: ['گاڑی'] })),
  adds('ur', 'ابو کی دوائی لانی ہے، صحت کا ٹیگ لگا دیں', dated({ tags: ['صحت'] })),
  // A repeat for an existing task, said without "repeat every" in the usual place.
  repeatsTask(
    'en',
    'home',
    'paying the electricity bill happens every month, so make that task come back monthly',
    4,
  ),
  repeatsTask('en', 'home', 'make the tax report come back every year', 6),
  repeatsTask('en', 'home', 'buying milk comes up every week, can you make it repeat weekly', 1),
  repeatsTask('roman', 'home', 'tax report wala task har saal repeat hona chahiye', 6),
  repeatsTask('roman', 'home', 'electricity bill wala kaam har mahine dohrane wala bana do', 4),
  repeatsTask('roman', 'home', 'buy milk har hafte repeat hona chahiye', 1),
  repeatsTask('ur', 'urdu', 'ڈاکٹر سے ملاقات والے کام کو ہر مہینے دہرانے والا بنا دیں', 2),
  repeatsTask('ur', 'urdu', 'ڈاکٹر والے کام کو ہر دو ہفتے بعد دہرانے والا بنا دو', 2),
  asksAbout('ur', 'urdu', 'میٹنگ کی تیاری ہر ہفتے دہرانی ہے'),
  // Reminders asked for in other words.
  remindsTask('en', 'home', 'can you give me a nudge the day before the electricity bill is due', 4),
  remindsTask('en', 'home', 'nudge me an hour before the team meeting prep', 2),
  remindsTask('en', 'home', 'please send me a heads up 2 days before the tax report is due', 6),
  remindsTask('en', 'home', 'could you ping me 30 minutes before the team meeting prep', 2),
  remindsTask('en', 'home', 'give me a reminder the day before the electricity bill', 4),
  // Thanks with praise after it: small talk, no tool call at all.
  thanks('en', 'thanks, that was really helpful'),
  thanks('en', "thank you so much, you're the best"),
  thanks('en', 'ok thanks, it was very useful'),
  thanks('roman', 'shukriya bhai, bohat madad ho gayi'),
  thanks('roman', 'thanks yaar, bahut kaam aaya'),
  thanks('roman', 'meherbani, bari madad ki'),
  thanks('ur', 'بہت شکریہ، آپ نے بڑی مدد کی'),
  thanks('ur', 'شکریہ بھائی، بہت مدد ہو گئی'),
  thanks('ur', 'شکریہ، آپ کی بڑی مہربانی ہے'),
  // Appointments and things run out of, said as news of what is ahead.
  adds(
    'en',
    "I've got a dentist appointment on thursday at 3",
    dated({ due_at: '2025-06-12T10:00:00.000Z' }),
  ),
  adds('en', 'we have a parents meeting on friday at 5', dated({ due_at: '2025-06-13T12:00:00.000Z' })),
  adds('en', 'i have a job interview next monday at 10', dated({ due_at: '2025-06-16T05:00:00.000Z' })),
  adds('en', "we're out of washing up liquid", plain()),
  adds('en', 'running low on printer ink', plain()),
  nothing('en', 'i got a new phone yesterday'),
  nothing('en', "we're out of luck today"),
  // Someone coming, with a day: a to-do; the weather never is.
  adds('roman', 'kal shaam ko mehmaan aa rahe hain', dated({ due_at: '2025-06-12T13:00:00.000Z' })),
  adds('roman', 'parson plumber aa raha hai subah 10 baje', dated({ due_at: '2025-06-13T05:00:00.000Z' })),
  adds('ur', 'کل شام مہمان آ رہے ہیں', dated({ due_at: '2025-06-12T13:00:00.000Z' })),
  adds('ur', 'پرسوں خالہ آ رہی ہیں', dated({ due_date: '2025-06-13' })),
  adds('en', 'the in-laws are coming over on saturday', dated({ due_date: SATURDAY })),
  nothing('roman', 'aaj barish aa rahi hai'),
  nothing('roman', 'kal bohat garmi hogi'),
  nothing('ur', 'کل بارش ہوگی'),
  nothing('ur', 'آج بہت گرمی آ رہی ہے'),
  nothing('en', 'it is going to rain tomorrow'),
  nothing('en', 'traffic is terrible today'),
  // "untick", lists "for" something, subtasks after "under X add:", short thanks.
  reopens('en', 'home', "I still haven't called mum, can you untick that", 3),
  reopens('en', 'home', 'untick water the plants please', 7),
  reopens('en', 'home', 'could you uncheck call mom', 3),
  subtasks('en', 'under the tax report add: find the forms, check expenses', 6, 2),
  made('en', 'set up a new list for the allotment', 'allotment'),
  thanks('en', 'cheers mate'),
  thanks('en', 'nice one, thanks'),
  // Habits ("... dena hota hai") and reminders at a moment about what follows "ke" / "کہ".
  adds('roman', 'har mahine ki 5 tareekh ko internet ka bill dena hota hai', dated({ recurrence: '*' })),
  adds('ur', 'ہر مہینے کی 10 تاریخ کو گیس کا بل دینا ہوتا ہے', dated({ recurrence: '*' })),
  adds(
    'roman',
    'mujhe kal 5 baje yaad dila dena ke doodh lana hai',
    dated({ due_at: '2025-06-12T12:00:00.000Z', reminders: '*' }),
  ),
  adds('roman', 'parson subah 9 baje yaad dilana ke gaari ki service karwani hai', dated({ reminders: '*' })),
  adds('ur', 'مجھے کل شام پانچ بجے یاد دلانا کہ دودھ لانا ہے', dated({ reminders: '*' })),
  adds('ur', 'پرسوں صبح دس بجے یاد دلا دیں کہ بینک جانا ہے', dated({ reminders: '*' })),
];

function withNote(lang: Lang, text: string, args: Record<string, unknown>): Utterance {
  return adds(lang, text, { name: 'add_task', args: { ...args, description: '*' } });
}
function made(lang: Lang, text: string, name: string): Utterance {
  return { intent: 'lists', lang, fixture: 'home', text, expect: { calls: [call('create_list', { name })] } };
}
function edits(
  lang: Lang,
  fixture: Utterance['fixture'],
  text: string,
  name: string,
  args: Record<string, unknown>,
): Utterance {
  return { intent: 'statement-edit', lang, fixture, text, expect: { calls: [call(name, args)] } };
}
function asksAbout(lang: Lang, fixture: Utterance['fixture'], text: string): Utterance {
  return { intent: 'statement-edit', lang, fixture, text, expect: { outcome: 'ask' } };
}
function inList(lang: Lang, text: string, expected: ExpectedCall): Utterance {
  return { intent: 'lists', lang, fixture: 'lists', text, expect: { calls: [expected] } };
}
function reopens(lang: Lang, fixture: Utterance['fixture'], text: string, id: number): Utterance {
  return {
    intent: 'statement-edit',
    lang,
    fixture,
    text,
    expect: { calls: [call('reopen_task', { task_id: id })] },
  };
}
function remindsTask(lang: Lang, fixture: Utterance['fixture'], text: string, id: number): Utterance {
  return {
    intent: 'remind',
    lang,
    fixture,
    text,
    expect: { calls: [call('set_task_details', { task_id: id, reminders: '*' })] },
  };
}
function subtasks(
  lang: Lang,
  text: string,
  parent: number,
  count: number,
  fixture: Utterance['fixture'] = 'home',
): Utterance {
  const one = call('add_subtask', { task_id: parent });
  return {
    intent: 'subtask',
    lang,
    fixture,
    text,
    expect: { calls: Array.from({ length: count }, () => one) },
  };
}
function repeatsTask(lang: Lang, fixture: Utterance['fixture'], text: string, id: number): Utterance {
  return {
    intent: 'repeat',
    lang,
    fixture,
    text,
    expect: { calls: [call('set_task_details', { task_id: id, recurrence: '*' })] },
  };
}
function thanks(lang: Lang, text: string): Utterance {
  return { intent: 'smalltalk', lang, fixture: 'home', text, expect: { outcome: 'help' } };
}
