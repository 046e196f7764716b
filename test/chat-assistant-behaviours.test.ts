// The built-in assistant's behaviours over the real chat endpoint: a choice
// by number is read against the choices the last reply showed (its stored state, never its tool
// calls nor its wording); finished work is listed by completion time; a change of everything due on
// a day is shown first and made on "yes"; lists are in date order; a line it cannot read becomes a
// proposed quick add and a question it cannot answer says what it can do. Runs on either database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const say = (user: string, message: string, conversation_id?: number) =>
  server.as(user)('POST', '/api/me/chat', {
    body: { message, ...(conversation_id ? { conversation_id } : {}) },
  });

/** A day (UTC, the account's default zone) `days` from today. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function task(user: string, body: Record<string, unknown>): Promise<any> {
  const made = await server.as(user)('POST', '/api/me/tasks', { body });
  expect(made.status, made.text).toBe(201);
  return made.body;
}

const tasksOf = async (user: string): Promise<any[]> =>
  (await server.as(user)('GET', '/api/me/tasks?limit=200&sort=created')).body.tasks;

const changes = (body: any): string[] =>
  body.tool_calls.map((c: any) => c.name).filter((n: string) => !/^(?:list|search|get)_/u.test(n));

describe('a choice by number', () => {
  it('"1" after "which one?" is the first task shown, even when the stored reads put another first', async () => {
    const user = 'choice-water';
    const standup = await task(user, { title: 'Standup', due_date: day(1) });
    const later = await task(user, { title: 'Water plants', due_date: day(5) });
    const first = await task(user, { title: 'Water plants', due_date: day(2) });
    const undated = await task(user, { title: 'Water plants' });
    const asked = await say(user, 'delete water plants');
    const id = asked.body.conversation_id;
    // The choices, in date order, as the reply numbered them.
    expect(asked.body.response).toMatch(/1\. Water plants[^\n]*\n2\. Water plants[^\n]*\n3\. Water plants/u);
    const [reply] = await rawQuery<{ id: number; state: any }>(
      server.database.db,
      `select id, state from messages where conversation_id = $1 and role = 'assistant' order by id desc limit 1`,
      [id],
    );
    expect(reply!.state.shown.map((c: any) => c.id)).toEqual([first.id, later.id, undated.id]);
    // The stored reads rewritten to start with "Standup" (the bug: a read behind the question was
    // taken for the list shown): the choice still follows the state.
    const standupFirst = [{ name: 'list_tasks', arguments: {}, result: [standup, first, later, undated] }];
    await rawQuery(server.database.db, 'update messages set tool_calls = $1 where id = $2', [
      JSON.stringify(standupFirst),
      reply!.id,
    ]);
    const chosen = await say(user, '1', id);
    expect(chosen.body.response).toMatch(/Delete "Water plants"\?/u);
    expect(chosen.body.response).not.toMatch(/Standup/u);
    const yes = await say(user, 'yes', id);
    expect(changes(yes.body)).toEqual(['delete_task']);
    expect((await tasksOf(user)).map((t) => t.id)).toEqual([standup.id, later.id, undated.id]);
  });

  it('"the second one" after a list is the second task the list showed, in date order', async () => {
    const user = 'choice-list';
    await task(user, { title: 'Read a book' });
    await task(user, { title: 'File taxes', due_date: day(3) });
    await task(user, { title: 'Call mum', due_date: day(1) });
    const listed = await say(user, 'show my tasks');
    expect(listed.body.response).toMatch(/1\. Call mum[^\n]*\n2\. File taxes[^\n]*\n3\. Read a book/u);
    const done = await say(user, 'complete the second one', listed.body.conversation_id);
    expect(changes(done.body)).toEqual(['complete_task']);
    expect((await tasksOf(user)).filter((t) => t.completed).map((t) => t.title)).toEqual(['File taxes']);
  });
});

describe('lists in date order', () => {
  it('overdue first, then by due moment (a day before its timed tasks), undated last', async () => {
    const user = 'order';
    await task(user, { title: 'No date' });
    await task(user, { title: 'Later timed', due_at: `${day(2)}T15:00:00Z` });
    await task(user, { title: 'Later all day', due_date: day(2) });
    await task(user, { title: 'Overdue', due_date: day(-3) });
    await task(user, { title: 'Earlier timed', due_at: `${day(2)}T09:00:00Z` });
    const listed = await say(user, 'show my tasks');
    const titles = [...listed.body.response.matchAll(/^\d+\. ([^(\n]+?)(?: \(|$)/gmu)].map((m) => m[1]);
    expect(titles).toEqual(['Overdue', 'Later all day', 'Earlier timed', 'Later timed', 'No date']);
  });
});

describe('what did I finish', () => {
  it("lists every task finished today by completion time, and yesterday's apart", async () => {
    const user = 'finished';
    const made = [];
    for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Open one'])
      made.push(await task(user, { title, due_date: day(-10) }));
    // Finished in this order: Charlie, Alpha, Delta, Bravo today; Echo yesterday.
    for (const i of [2, 0, 3, 1, 4]) {
      const done = await server.as(user)('PATCH', `/api/me/tasks/${made[i].id}/complete`, {
        body: { completed: true },
      });
      expect(done.status, done.text).toBe(200);
    }
    await rawQuery(
      server.database.db,
      `update tasks set completed_at = now() - interval '1 day' where id = $1`,
      [made[4].id],
    );
    const today = await say(user, 'what did I finish today?');
    expect(changes(today.body)).toEqual([]);
    const listed = [...today.body.response.matchAll(/^\d+\. (\w+)/gmu)].map((m) => m[1]);
    expect(listed).toEqual(['Charlie', 'Alpha', 'Delta', 'Bravo']);
    expect(today.body.response).toMatch(/You finished 4 tasks today/u);
    const yesterday = await say(user, 'what did I finish yesterday?');
    expect([...yesterday.body.response.matchAll(/^\d+\. (\w+)/gmu)].map((m) => m[1])).toEqual(['Echo']);
  });
});

describe('a change of everything due on a day', () => {
  it('is shown with its tasks first, and made to exactly those on "yes"', async () => {
    const user = 'bulk-move';
    const a = await task(user, { title: 'Send invoice', due_date: day(1) });
    const b = await task(user, { title: 'Book flights', due_at: `${day(1)}T11:00:00Z` });
    const other = await task(user, { title: 'Gym', due_date: day(0) });
    const asked = await say(user, 'push everything due tomorrow to friday');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/Shall I move these to .*\(2 tasks\)\?/u);
    expect(asked.body.response).toMatch(/Send invoice/u);
    expect(asked.body.response).toMatch(/Book flights/u);
    expect(asked.body.response).not.toMatch(/Gym/u);
    // A task due tomorrow made after the preview is not in what "yes" changes.
    await task(user, { title: 'Added later', due_date: day(1) });
    const yes = await say(user, 'yes', asked.body.conversation_id);
    expect(changes(yes.body)).toEqual(['set_task_details', 'set_task_details']);
    const after = await tasksOf(user);
    const due = (id: number) => after.find((t) => t.id === id);
    const friday = (t: any) => new Date(t.due_date ?? t.due_at).getUTCDay() === 5;
    expect(friday(due(a.id))).toBe(true);
    expect(friday(due(b.id))).toBe(true);
    expect(due(b.id).due_at).toMatch(/T11:00:00/u);
    expect(due(other.id).due_date).toBe(day(0));
    expect(after.find((t) => t.title === 'Added later').due_date).toBe(day(1));
  });

  it('shows tasks due together in the order they were made, and changes them in that order', async () => {
    const user = 'bulk-order';
    const made = [];
    for (const title of ['Hina ka cake', 'School ke cupcakes', 'Oven ki safai'])
      made.push(await task(user, { title, due_date: day(1) }));
    const asked = await say(user, 'kal wale sab kaam friday pe daal do');
    expect(asked.body.response).toMatch(
      /1\. Hina ka cake[^\n]*\n2\. School ke cupcakes[^\n]*\n3\. Oven ki safai/u,
    );
    const yes = await say(user, 'haan', asked.body.conversation_id);
    expect(
      yes.body.tool_calls
        .filter((c: any) => c.name === 'set_task_details')
        .map((c: any) => c.arguments.task_id),
    ).toEqual(made.map((t) => t.id));
  });

  it('"no" leaves them; in Roman Urdu the preview and the answer are in Roman Urdu', async () => {
    const user = 'bulk-roman';
    await task(user, { title: 'Doodh lena', due_date: day(0) });
    await task(user, { title: 'Bijli ka bill', due_date: day(0) });
    const asked = await say(user, 'aaj ke saare kaam mukammal kar do');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/Yeh 2 tasks mukammal kar doon\?/u);
    const no = await say(user, 'nahi', asked.body.conversation_id);
    expect(changes(no.body)).toEqual([]);
    expect((await tasksOf(user)).every((t) => !t.completed)).toBe(true);
    const again = await say(user, "mark all of today's tasks done");
    const yes = await say(user, 'haan', again.body.conversation_id);
    expect(changes(yes.body)).toEqual(['complete_task', 'complete_task']);
    expect((await tasksOf(user)).every((t) => t.completed)).toBe(true);
  });
});

describe('never a guess', () => {
  it("words for all that are not a day's bulk change pick no single task; the bulk changes are named", async () => {
    const user = 'all-not-one';
    await task(user, { title: 'Invoice the client for November', due_date: day(0) });
    await task(user, { title: 'Send the draft', due_date: day(0) });
    const asked = await say(user, "down with flu :( move everything that's due today to tomorrow");
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/sounds like several tasks, so nothing was changed/u);
    expect(asked.body.response).toMatch(/"move everything due today to tomorrow"/u);
    // The example it gives is one it reads: a preview of exactly the two.
    const example = await say(user, 'move everything due today to tomorrow', asked.body.conversation_id);
    expect(example.body.response).toMatch(/Shall I move these to tomorrow \(2 tasks\)\?/u);
    const yes = await say(user, 'yes please', example.body.conversation_id);
    expect(changes(yes.body)).toEqual(['set_task_details', 'set_task_details']);
    expect((await tasksOf(user)).every((t) => t.due_date === day(1))).toBe(true);
  });

  it('a new task that starts with a number right after a numbered list is asked about, not added', async () => {
    const user = 'number-after-list';
    await task(user, { title: 'Atta ki boriyan', due_date: day(2) });
    await task(user, { title: 'School fees', due_date: day(3) });
    const listed = await say(user, 'show my tasks');
    expect(listed.body.response).toMatch(/1\. Atta ki boriyan[^\n]*\n2\. School fees/u);
    const asked = await say(user, '2 number wala kal tak karna hai', listed.body.conversation_id);
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/^Tasalli kar loon ke theek samjha: naya kaam "2 number wala/u);
    expect((await tasksOf(user)).map((t) => t.title)).toEqual(['Atta ki boriyan', 'School fees']);
    // A number beyond the list is an ordinary title: "3 bags of rice" is added.
    const added = await say(user, 'add 3 bags of rice', listed.body.conversation_id);
    expect(changes(added.body)).toEqual(['add_task']);
  });
});

describe('a task the line says to leave alone', () => {
  it('is never the one changed: "not the one for dad" completes the one it leaves', async () => {
    const user = 'leave-alone';
    await task(user, { title: 'File tax return' });
    await task(user, { title: 'File tax return for Dad' });
    const chosen = await say(user, 'tick off the tax return, not the one for dad');
    expect(changes(chosen.body)).toEqual(['complete_task']);
    expect((await tasksOf(user)).filter((t) => t.completed).map((t) => t.title)).toEqual(['File tax return']);
    // In Roman Urdu, "X wala nahi": the same.
    await task(user, { title: 'Gas ka bill' });
    await task(user, { title: 'Bijli ka bill' });
    const roman = await say(user, 'bijli wala nahi, bill ho gaya');
    expect((await tasksOf(user)).find((t) => t.title === 'Bijli ka bill')?.completed).toBe(false);
    expect(roman.status).toBe(200);
  });
});

describe('readings that would be guesses are asked about', () => {
  it('a relative clause names the task to leave alone, in Roman Urdu and Urdu', async () => {
    const user = 'leave-alone-relative';
    await task(user, { title: 'Nadia ka jora silwana' });
    await task(user, { title: 'Bhabhi ka jora silwana' });
    const roman = await say(user, 'jora jo bhabhi ka nahi hai usay done kar do');
    expect(changes(roman.body)).toEqual([]);
    await task(user, { title: 'بینک میں چیک جمع کروانا' });
    await task(user, { title: 'بینک سے گاڑی کی قسط معلوم کرنا' });
    const urdu = await say(user, 'بینک والا کام جو قسط کا نہیں ہے اسے کل پر کر دیں');
    expect(changes(urdu.body)).toEqual([]);
    const english = await say(user, "the jora that's not for bhabhi, mark it done");
    expect(changes(english.body)).toEqual([]);
    // A name of three words or more, one of them naming nothing ("tho").
    const tho = await say(user, 'done with the jora! not the bhabhi jora tho, the other one');
    expect(changes(tho.body)).toEqual([]);
    // A two-word name with a word no task has ("not the Hashmi one tho"): that word names nothing.
    await task(user, { title: 'Call Hashmi Builders about the delay' });
    await task(user, { title: 'Call Al-Falah Contractors about the delay' });
    // It leaves one task: that one is completed, never the Hashmi one.
    const filler = await say(user, 'delay call is done, not the Hashmi one tho');
    expect(changes(filler.body)).toEqual(['complete_task']);
    expect((await tasksOf(user)).filter((t) => t.completed).map((t) => t.title)).toEqual([
      'Call Al-Falah Contractors about the delay',
    ]);
    // A dash between spaces ends the clause that names it.
    const dash = await say(user, "the jora thats not the bhabhi one - it's ready so mark it done");
    expect(changes(dash.body)).toEqual([]);
    expect(
      (await tasksOf(user)).every((t) => t.due_date === null && (!t.completed || /Al-Falah/u.test(t.title))),
    ).toBe(true);
  });

  it('a line that corrects itself is said back and asked about, not made on one of its readings', async () => {
    const user = 'corrects-itself';
    await task(user, { title: 'Pay the cook', due_date: day(3) });
    const asked = await say(user, 'pay the cook on friday, i mean tomorrow');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/^I want to be sure I read you right/u);
    expect((await tasksOf(user))[0].due_date).toBe(day(3));
    const roman = await say(user, 'cook ko paise parson dene hain, nahi balkay kal');
    expect(changes(roman.body)).toEqual([]);
    // A later clause opening with a no, after a word of apology: "sorry no, make it ...".
    const sorry = await say(user, 'move pay the cook to monday.. sorry no, make it tuesday');
    expect(changes(sorry.body)).toEqual([]);
    const urdu = await say(user, 'کک والا کام جمعرات کو کر دیں، نہیں معاف کیجیے، اتوار کو');
    expect(changes(urdu.body)).toEqual([]);
    // A clause of only an apology corrects too.
    const apology = await say(user, 'کک والا کام جمعہ کو کر دو... معاف کرنا، جمعہ نہیں ہفتہ');
    expect(changes(apology.body)).toEqual([]);
    expect((await tasksOf(user))[0].due_date).toBe(day(3));
  });

  it('a new task restating an open one, when adding was not asked for, is asked about', async () => {
    const user = 'restates-open';
    await task(user, { title: 'Station pickup - Khala', due_date: day(2) });
    await task(user, { title: 'Station pickup - Mamoo', due_date: day(3) });
    const asked = await say(user, 'station pickup ka time 4 baje kar do');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(
      /^Tasalli kar loon ke theek samjha: naya kaam "Station pickup ka time"/u,
    );
    expect((await tasksOf(user)).map((t) => t.title)).toEqual([
      'Station pickup - Khala',
      'Station pickup - Mamoo',
    ]);
    // A to-do sharing a word or two but naming its own thing is still added.
    const added = await say(user, 'lab coat dry clean karwana hai kal');
    expect(changes(added.body)).toEqual(['add_task_details']);
  });

  it('a new task that lost the day the line said as a date is asked about', async () => {
    const user = 'lost-the-day';
    const asked = await say(user, 'add prepare minutes notes for the board meeting on friday pls');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/^I want to be sure I read you right/u);
    expect(await tasksOf(user)).toEqual([]);
    // A day that names a thing is no date: added as it is.
    const added = await say(user, 'add prepare slides for the monday meeting');
    expect(changes(added.body)).toEqual(['add_task']);
  });

  it('news told in the progressive is not added as a task: proposed, never added on a guess', async () => {
    const user = 'progressive-news';
    const news = await say(user, 'dukaan mein pani aa raha hai');
    expect(changes(news.body)).toEqual([]);
    expect(news.body.response).toMatch(/Add "dukaan mein pani aa raha hai" as a new task\?/u);
    const urdu = await say(user, 'دکان میں پانی آ رہا ہے');
    expect(changes(urdu.body)).toEqual([]);
    expect(await tasksOf(user)).toEqual([]);
  });

  it('a statement only its moment makes a to-do is proposed, added on "yes" (decision 0122)', async () => {
    const user = 'dated-statements';
    const visit = await say(user, 'audit partner is visiting on monday');
    expect(changes(visit.body)).toEqual([]);
    expect(visit.body.response).toMatch(
      /^Add "Audit partner is visiting" \(due [^)]+\) as a new task\? Nothing was changed/u,
    );
    for (const news of [
      'principal has called a staff meeting on friday after school',
      'the in-laws are coming over on saturday',
      'kal mehmaan aa rahe hain',
    ])
      expect(changes((await say(user, news)).body), news).toEqual([]);
    expect(await tasksOf(user)).toEqual([]);
    const yes = await say(user, 'yes', visit.body.conversation_id);
    expect(changes(yes.body), yes.body.response).toHaveLength(1);
    expect((await tasksOf(user)).map((t) => t.title)).toEqual(['Audit partner is visiting']);
    // A to-do said with its verb, or with a marker of need, is added at once.
    expect(changes((await say(user, 'pay the gardener on friday')).body)).toHaveLength(1);
    expect(changes((await say(user, 'the car needs to be serviced on saturday')).body)).toHaveLength(1);
  });

  it('a line about all the tasks that the bulk change did not read changes no one task', async () => {
    const user = 'all-tasks-one-changed';
    await task(user, { title: 'Sui gas ki shikayat 1199 pe karni', due_date: day(3) });
    const asked = await say(user, 'jo jo kaam jumma ko hain sab monday pe shift kar do');
    expect(changes(asked.body)).toEqual([]);
    expect(asked.body.response).toMatch(/kai tasks lagte hain, is liye kuch nahi badla/u);
    expect((await tasksOf(user))[0]).toMatchObject({ due_date: day(3) });
  });

  it('a plan that completes a task and reschedules it is asked about', async () => {
    const user = 'completes-and-moves';
    await task(user, { title: 'Physio session', due_date: day(1) });
    const asked = await say(user, 'physio called, they moved my session to monday 5pm');
    expect(changes(asked.body)).toEqual([]);
    expect((await tasksOf(user))[0]).toMatchObject({ completed: false, due_date: day(1) });
  });

  it('a request about all tasks that it cannot read is never proposed as a task', async () => {
    const user = 'all-tasks-unread';
    await task(user, { title: 'Dhobi ko kapray dena', due_date: day(0) });
    const first = await say(user, 'aaj ke saare kaam parson pe shift kar do yaar light nahi hai');
    expect(changes(first.body)).toEqual([]);
    expect(first.body.response).toMatch(/^Main tasks add, dikhana/u);
    const yes = await say(user, 'haan', first.body.conversation_id);
    expect(changes(yes.body).filter((n) => n === 'quick_add' || n.startsWith('add_'))).toEqual([]);
    expect((await tasksOf(user)).map((t) => t.title)).toEqual(['Dhobi ko kapray dena']);
    // The word for all after the word for tasks, in Urdu ("the tasks on Friday, move them all").
    const urdu = await say(user, 'جو کام جمعہ کو ہیں وہ سب پیر پر منتقل کر دو');
    expect(urdu.body.response).toMatch(/^میں کام شامل کرنا/u);
    const urduYes = await say(user, 'جی ہاں، کر دیں', urdu.body.conversation_id);
    expect(changes(urduYes.body).filter((n) => n === 'quick_add' || n.startsWith('add_'))).toEqual([]);
    expect((await tasksOf(user)).map((t) => t.title)).toEqual(['Dhobi ko kapray dena']);
  });
});

describe('never a dead end', () => {
  it('a line it cannot read is proposed as a quick add, added on "add it"', async () => {
    const user = 'fallback-add';
    const proposed = await say(user, 'asdf qwerty #misc !high');
    expect(changes(proposed.body)).toEqual([]);
    expect(proposed.body.response).toMatch(/Add "asdf qwerty" \(high priority\) #misc as a new task\?/u);
    expect(await tasksOf(user)).toEqual([]);
    const added = await say(user, 'add it', proposed.body.conversation_id);
    expect(changes(added.body)).toEqual(['quick_add']);
    expect(await tasksOf(user)).toMatchObject([{ title: 'asdf qwerty', priority: 'high', tags: ['misc'] }]);
  });

  it("the proposal reads a numeric date by the account's date order, as the add it proposes does", async () => {
    const user = 'fallback-date-order';
    const settings = await server.as(user)('PATCH', '/api/me/settings', { body: { date_order: 'dmy' } });
    expect(settings.status, settings.text).toBe(200);
    const proposed = await say(user, 'asdf qwerty 12/6');
    expect(changes(proposed.body)).toEqual([]);
    // 12 June (day first), shown as the chips show it; the title without the date, as the
    // assistant writes titles (first letter up).
    expect(proposed.body.response).toMatch(/Add "Asdf qwerty" \(due [^)]*12 Jun[^)]*\) as a new task\?/u);
    const added = await say(user, 'add it', proposed.body.conversation_id);
    expect(changes(added.body)).toEqual(['add_task_details']);
    const [made] = await tasksOf(user);
    expect(made.title).toBe('Asdf qwerty');
    expect(made.due_date).toMatch(/-06-12$/u);
  });

  it('a question it cannot answer says what it can do and where a model is chosen', async () => {
    const asked = await say('fallback-question', "what's the capital of France?");
    expect(asked.body.tool_calls).toEqual([]);
    expect(asked.body.response).toMatch(/I can add, list/u);
    expect(asked.body.response).toMatch(/Settings → Assistant/u);
  });
});
