// Follow-ups said in more than one clause, over the real chat endpoint in English, Roman Urdu and
// Urdu: an aside before a request about the task in focus ("never mind, delete that", "rehne do,
// mita do isko", "رہنے دو، اسے مٹا دو"); two requests about it joined ("make it high priority and
// put it in Apiary", "isko Ghar list mein daal do aur zaroori bhi kar do"); the answer to "which
// one?" after news of a thing done; "what is left on the X list?" then "the second one is done";
// questions about the work finished this week; and a moment moved by an amount ("push it back an
// hour", "isko aadha ghanta baad kar do", "اسے ایک گھنٹہ پہلے کر دو"). Runs on either database.
import { describe, expect, it } from 'vitest';
import { changes, chatSuite } from './support/chat-turns.js';

const { say, tasksOf, add, as } = chatSuite();

describe('an aside, then a request about the task just added', () => {
  it.each([
    ['en', 'add order jars from the Hyderabad supplier', 'never mind, delete that', 'yes'],
    ['roman', 'Ali ko 500 dene hain', 'rehne do, mita do isko', 'haan'],
    ['ur', 'ثاقب کو فون کرنا ہے', 'رہنے دو، اسے مٹا دو', 'ہاں'],
  ])('%s: the task is asked about, then deleted', async (lang, line, request, yes) => {
    const user = `aside-${lang}`;
    const added = await say(user, line);
    expect(changes(added.body)).toHaveLength(1);
    const asked = await say(user, request, added.body.conversation_id);
    expect(changes(asked.body)).toEqual([]);
    expect(await tasksOf(user)).toHaveLength(1);
    const done = await say(user, yes, added.body.conversation_id);
    expect(changes(done.body)).toEqual(['delete_task']);
    expect(await tasksOf(user)).toHaveLength(0);
  });

  it('en: "actually I already did that one, tick it off" completes it once', async () => {
    const user = 'aside-done-en';
    const added = await say(user, 'add bottle the acacia honey today');
    const done = await say(user, 'actually I already did that one, tick it off', added.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task']);
    expect((await tasksOf(user))[0].completed).toBe(true);
  });
});

describe('two requests about the task in focus, joined', () => {
  it.each([
    ['en', 'Apiary', 'add replace the smoker bellows tomorrow', 'make it high priority and put it in Apiary'],
    [
      'roman',
      'Ghar',
      'kal sofa ki gaddi ka kapra lana hai',
      'isko Ghar list mein daal do aur zaroori bhi kar do',
    ],
  ])('%s: both are made', async (lang, list, line, request) => {
    const user = `joined-${lang}`;
    const made = await as(user)('POST', '/api/me/lists', { body: { name: list } });
    expect(made.status).toBe(201);
    const added = await say(user, line);
    expect(changes(added.body)).toEqual(['add_task_details']);
    const changed = await say(user, request, added.body.conversation_id);
    expect([...changes(changed.body)].sort()).toEqual(['move_task', 'set_task_details']);
    const [task] = await tasksOf(user);
    expect(task.priority).toBe('high');
    expect(task.list_id).toBe(made.body.id);
  });

  it('ur: "اسے پریس والی لسٹ میں ڈال دو" moves the task just added', async () => {
    const user = 'joined-move-ur';
    const made = await as(user)('POST', '/api/me/lists', { body: { name: 'پریس' } });
    const added = await say(user, 'نیا کام: پریس کے پنکھے کی مرمت');
    const moved = await say(user, 'اسے پریس والی لسٹ میں ڈال دو', added.body.conversation_id);
    expect(changes(moved.body)).toEqual(['move_task']);
    expect((await tasksOf(user))[0].list_id).toBe(made.body.id);
  });
});

describe('"which one?" after news of a thing done', () => {
  it.each([
    [
      'en',
      ['Send invoice to Brightpath Media', 'Send invoice to Brightline Studio'],
      'invoice is sent',
      'the brightline one',
      1,
    ],
    ['roman', ['Karigar Aslam ki tankhwa', 'Karigar Nadeem ki tankhwa'], 'tankhwa de di', 'Nadeem ki', 1],
    [
      'ur',
      ['ملک صاحب کے شادی کارڈ چھاپنے', 'شیخ صاحب کے شادی کارڈ چھاپنے'],
      'شادی کارڈ چھپ گئے',
      'ملک صاحب والے',
      0,
    ],
  ])('%s: the answer completes the one it names', async (lang, titles, news, answer, which) => {
    const user = `news-which-${lang}`;
    for (const title of titles) await add(user, { title });
    const asked = await say(user, news);
    expect(changes(asked.body)).toEqual([]);
    const done = await say(user, answer, asked.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task']);
    expect((await tasksOf(user)).map((t) => t.completed)).toEqual(titles.map((_, i) => i === which));
  });
});

describe('what is left on a list, then a pointer at it', () => {
  it.each([
    ['roman', 'Ghar', 'Ghar list mein kya reh gaya hai?', 'doosra wala ho gaya'],
    ['ur', 'گھر', 'گھر والی لسٹ میں کیا باقی ہے؟', 'دوسرا والا ہو گیا'],
  ])('%s: the second of the list is completed', async (lang, name, question, pointer) => {
    const user = `list-left-${lang}`;
    const list = (await as(user)('POST', '/api/me/lists', { body: { name } })).body;
    await add(user, { title: 'Outside the list', due_date: '2030-01-01' });
    await add(user, { title: 'First of the list', list_id: list.id, due_date: '2030-01-02' });
    await add(user, { title: 'Second of the list', list_id: list.id, due_date: '2030-01-03' });
    const shown = await say(user, question);
    expect(changes(shown.body)).toEqual([]);
    expect(shown.body.response).not.toContain('Outside the list');
    const done = await say(user, pointer, shown.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task']);
    const completed = (await tasksOf(user)).filter((t) => t.completed).map((t) => t.title);
    expect(completed).toEqual(['Second of the list']);
  });
});

describe('the work finished this week, asked in other words', () => {
  it.each([
    ['en', "anything I've wrapped up so far this week?"],
    ['roman', 'is hafte kitna kaam nipta diya?'],
    ['ur', 'اس ہفتے اب تک کیا کیا نمٹایا ہے؟'],
  ])('%s: lists what was completed, nothing open', async (lang, question) => {
    const user = `finished-${lang}`;
    const done = await add(user, { title: 'Clean the honey extractor' });
    await as(user)('PATCH', `/api/me/tasks/${done.id}/complete`);
    await add(user, { title: 'Still open task' });
    const answer = await say(user, question);
    expect(changes(answer.body)).toEqual([]);
    expect(answer.body.response).toContain('Clean the honey extractor');
    expect(answer.body.response).not.toContain('Still open task');
  });
});

describe('the moment of the task just added, moved by an amount', () => {
  it.each([
    ['en', 'add call the colorist tomorrow at 4pm', 'push it back an hour', 60],
    ['roman', 'kal shaam 5 baje Rana sahab ko call karni hai', 'isko aadha ghanta baad kar do', 30],
    ['ur', 'کل شام 5 بجے درزی کو فون کرنا ہے', 'اسے ایک گھنٹہ پہلے کر دو', -60],
  ])('%s: moved by that many minutes', async (lang, line, shift, minutes) => {
    const user = `shift-${lang}`;
    const added = await say(user, line);
    const [before] = await tasksOf(user);
    expect(before.due_at).toBeTruthy();
    const moved = await say(user, shift, added.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    const [after] = await tasksOf(user);
    expect(Date.parse(after.due_at) - Date.parse(before.due_at)).toBe(minutes * 60_000);
  });
});

describe('a particle after "it" names no task', () => {
  it('en: "ok, move it up to friday" after a question moves the task asked about', async () => {
    const user = 'particle-en';
    await add(user, { title: 'Renew the stall permit', due_date: '2030-01-15' });
    await add(user, { title: 'Pick up bottling labels from the printer' });
    const asked = await say(user, 'is the stall permit due soon?');
    expect(changes(asked.body)).toEqual([]);
    const moved = await say(user, 'ok, move it up to friday', asked.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    const [permit, labels] = await tasksOf(user);
    expect(permit.due_date).not.toBe('2030-01-15');
    expect(labels.due_date).toBeNull();
  });
});

describe('a change that is one clause, though it holds "and"', () => {
  it('en: "rename it to tune and voice the Steinway" keeps the whole new title', async () => {
    const user = 'rename-and-en';
    const added = await say(user, 'add tune the Steinway at Alhamra on Friday at 3');
    const renamed = await say(
      user,
      'rename it to tune and voice the Steinway at Alhamra',
      added.body.conversation_id,
    );
    expect(changes(renamed.body)).toEqual(['update_task']);
    expect((await tasksOf(user))[0].title).toBe('Tune and voice the Steinway at Alhamra');
  });

  it('ur: "اسے ایک دن بعد کر دیں" after a question moves that task a day', async () => {
    const user = 'shift-day-ur';
    await add(user, { title: 'حنا کی مہندی کی بکنگ کنفرم کرنا', due_date: '2030-01-20' });
    const asked = await say(user, 'حنا کی بکنگ کب ہے؟');
    const moved = await say(user, 'اسے ایک دن بعد کر دیں', asked.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    expect((await tasksOf(user))[0].due_date).toBe('2030-01-21');
  });
});

describe('a yes that says how many', () => {
  it.each([
    [
      'en',
      'Tomorrow I have to: collect the cheque, drop off the metronome, and buy printer ink',
      'yes, add all three',
    ],
    [
      'roman',
      'parson ke liye teen kaam: cable ties khareedna, MC4 connectors lena, aur drill ki battery charge karna',
      'haan teeno daal do',
    ],
    [
      'ur',
      'اگلے ہفتے منگل کو تین کام: کون بھرنا، نئے برش لینا اور پورٹ فولیو اپڈیٹ کرنا',
      'جی، تینوں بنا دیں',
    ],
  ])('%s: the plan asked about is added whole', async (lang, line, yes) => {
    const user = `yes-count-${lang}`;
    const asked = await say(user, line);
    expect(changes(asked.body)).toEqual([]);
    const added = await say(user, yes, asked.body.conversation_id);
    expect(changes(added.body)).toEqual(['add_task_details', 'add_task_details', 'add_task_details']);
    expect(await tasksOf(user)).toHaveLength(3);
  });
});

describe('one task by its place, with a change', () => {
  it('en: "the second one can wait till Monday" after a listing moves that one', async () => {
    const user = 'place-en';
    await add(user, { title: 'Tune the piano at the Qureshis', due_date: '2030-01-02', tags: ['tuning'] });
    await add(user, {
      title: 'Tune the piano at the Arts Council',
      due_date: '2030-01-03',
      tags: ['tuning'],
    });
    const shown = await say(user, 'which tasks are tagged tuning?');
    const moved = await say(user, 'the second one can wait till Monday', shown.body.conversation_id);
    expect(changes(moved.body)).toEqual(['set_task_details']);
    const [first, second] = await tasksOf(user);
    expect(first.due_date).toBe('2030-01-02');
    expect(second.due_date).not.toBe('2030-01-03');
    expect(await tasksOf(user)).toHaveLength(2);
  });

  it('ur: "دوسرے والے کو ضروری کر دیں" after two tasks added raises the second', async () => {
    const user = 'place-ur';
    const added = await say(user, 'دو کام لکھ لیں: گلیٹر خریدنا اور ڈیزائن بک کا نیا پرنٹ نکلوانا');
    const made = await say(user, 'دوسرے والے کو ضروری کر دیں', added.body.conversation_id);
    expect(changes(made.body)).toEqual(['set_task_details']);
    expect((await tasksOf(user)).map((t) => t.priority)).toEqual(['none', 'high']);
  });
});
