// A twenty-eighth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json, tsconfig.json, biome.json, server/features/assistant/tools.ts (the tool contract the expected
// calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory tools, PEOPLE,
// SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures are used), the
// first 150 lines of rules-assistant/eval/db-tools.ts, the first 75 lines of rules-assistant/eval/utterances.ts (the Utterance and
// ExpectedCall types, FIXTURES) and the first 200 lines of rules-assistant/eval/heldout23.ts (its header: format,
// judging conventions, clock, how fixtures are declared; no case of it falls in those lines). Also
// seen: directory listings of /work/main, rules-assistant/eval/, server/ and server/features/assistant/ (names only). Not opened:
// anything under rules-assistant/engine/, docs/, test/, eval/intent-*.ts, eval/round*.ts,
// rules-assistant/eval/probes17.ts, rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any other held-out
// set's cases, any git history, diff, log or status (no git command was run), any eval output. The
// assistant was never run on these cases; only the file's type check and lint and its expected calls
// (fed straight to the in-memory tools of rules-assistant/eval/memory-tools.ts with each case's fixture and this
// set's clock, from a throwaway script outside the repository that did not import the assistant)
// were checked.
// People (new ones): a police inspector in Rawalpindi (challans for the Saddar robbery and the Raja
// Bazar theft cases, a hearing in the Murree Road fraud case, the weekly patrol roster, the station
// jeep, the case property register, his pistol licence, a witness statement from Chaklala, the house
// rent, his son Ayaan's school shoes on Family, the monthly crime report for Bilal on Office, a
// forensic report, a morning run, a leaking tap); a physiotherapist in Lahore (knee rehab plans for
// Mrs Butt and Mr Chaudhry, a home visit to Colonel Rehman, TENS electrodes, sanitising the tables
// daily, the PPTA membership, an insurance invoice, a blog post, the clinic's electricity bill, her
// mother's eye checkup on Family, a dry-needling training on Office, a yoga class, resistance bands);
// a tourist guide in Hunza (jeeps for the Attabad Lake and the Khunjerab Pass tours, a sunrise hike to
// Eagle's Nest, rooms in Karimabad, a daily KKH weather check, a tent zipper, his GB Tourism licence,
// Baltit Fort photos, an itinerary for a Japanese couple, the porters' weekly pay, apricot jam for his
// grandmother on Family, the quarterly bookings sheet on Office, a first-aid kit); a fruit wholesaler
// in Multan who types Roman Urdu (mango crates to Lahore for Rana traders and to Karachi for Memon
// traders, the cold storage rent, a banana truck, the labourers' weekly wages, a loan from Haji sahab,
// the scale's stamp, Khalid's money, his mother's medicine on Family, the mandi committee meeting on
// Office, crate repairs, a bank deposit); a school-van owner in Karachi who types Roman Urdu (oil
// changes for bus 1 and bus 2, the fitness certificate, the drivers' monthly pay, fees from the
// Gulistan-e-Jauhar parents, a route for new children, the CNG cylinder, washing the buses weekly, the
// insurance premium, his father's checkup on Family, a contract meeting with the school on Office, a
// tyre shop's account); a PhD student in Islamabad who types Roman Urdu (chapters 2 and 3 for his
// supervisor, a conference abstract, the weekly lab meeting, PCR samples, an HEC stipend form, reviewer
// 2's comments, a TA's marking, a library fine, an Eid outfit for his mother on Family, a lab-safety
// quiz on Office, the gym, Zotero references); a fish farmer near Muzaffargarh who types Urdu (fish
// seed for the first and the second pond, a weekly water test, a feed order, the aerator, money from
// the contractor, the electricity bill, the fisheries registration, the net, his daughter's school fee
// on Family, market rates for Bilal on Office, the workers' pay); a potter in Multan who types Urdu (a
// hundred bowls and fifty vases for a hotel, the weekly kiln firing, blue tile colour, a trolley of
// clay, the wheel's motor, a Lahore exhibition form, the apprentice's weekly wage, an old order's
// payment, his mother's eye check on Family, a crafts council meeting on Office, the shop rent); a
// beekeeper in Swat who types Urdu (bottling the ber and the phulai honey, the weekly hive inspection,
// new queens, honey for a customer in Peshawar, a lab test, a truck to take the hives to Punjab, a
// smoker, a Facebook ad, his son's university fee on Family, the beekeepers' association report on
// Office, gloves). They type the way people do: no command words, typos, texting shorthand, long
// indirect sentences, politeness, several requests at once, relative dates, recurring things,
// reminders, edits (dates, priority, titles, notes), done and not-done news, reopening without the
// word, moves, assignments, comments, subtasks, deletes, skips, a new list, questions, two similar
// tasks and vague or destructive requests (right outcome: ask), small talk and venting that mention
// what their tasks mention (no tool at all). Many lines are news that introduces a NEW thing sharing a
// word with a task (a new task; the old one untouched) or news from someone else (a client, a
// supplier) that is not the user's task done. One message a case, no earlier turn.
// 164 cases: 65 English, 50 Roman Urdu, 49 Urdu script.
// Intents (heldout23's labels): add (a plain task), details (a new task with a due moment, list,
// priority, tags, recurrence or reminder), complete, reopen, update (title or note), edit (due moment,
// priority, tags, recurrence, reminders of an existing task), delete, skip, move, assign, comment,
// subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Counts: add 15, details 18, complete 13, reopen 9, update 7, edit 14, delete 8, skip 9, move 6,
// assign 6, comment 6, subtask 6, list 4, read 12, ask 12, chat 10, multi 9.
// Fixtures (its own): COP, PHYSIO, GUIDE (Latin-script titles, for English cases); PHAL, VAN, PHD
// (Latin-script titles, for Roman Urdu cases); MACHLI, KUMHAR, SHEHAD (Urdu-script titles, for Urdu
// cases). Similar pairs: COP 1/2 (the two challans), PHYSIO 1/2 (Mrs Butt's and Mr Chaudhry's knee
// rehab plans), GUIDE 1/2 (the Attabad and the Khunjerab jeeps), PHAL 1/2 (the Lahore and the Karachi
// mango crates), VAN 1/2 (bus 1's and bus 2's oil change), PHD 1/2 (chapters 2 and 3), MACHLI 1/2
// (seed for the first and the second pond), KUMHAR 1/2 (the hotel's bowls and vases), SHEHAD 1/2
// (bottling the ber and the phulai honey). Lists named Family and Office are the shared lists of
// SHARED_LISTS (Family: the user owns it, Sara Khan editor, Ali Raza viewer; Office: Bilal Ahmed owns
// it, the user and Sara editors); every other list is the user's own. No list is named Club. Every
// move goes to one of the user's own lists; every assignment is to Sara (an editor of Family and of
// Office) or to Bilal (the owner of Office).
// Clock (its own): Monday 2036-04-14 07:50 Asia/Karachi (UTC+5, no DST) = 2036-04-14T02:50:00.000Z,
// exported as HELDOUT28_NOW / HELDOUT28_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT28_NOW)). Worked out with node:
//   today (aaj, آج) = Mon 04-14; tomorrow (tmrw, kal, کل) = Tue 04-15; day after tomorrow (parson,
//   پرسوں) = Wed 04-16 (also "wednesday", budh, بدھ); "this thursday" (جمعرات) = 04-17; friday (jumma,
//   جمعہ) = 04-18; saturday (hafta) = 04-19; sunday (itwar, اتوار) = 04-20; "monday" said on this
//   Monday of a thing ahead = 04-21; the 22nd = Tue 04-22; the 25th = Fri 04-25; the 30th and "end of
//   the month" (mahine ke akhir, مہینے کے آخر) = Wed 04-30; "the 5th" (5 tareekh) = Mon 05-05 (04-05 is
//   past); "every month on the 10th" (har mahine 10 tareekh): its first = Sat 05-10; "every month on
//   the 15th" (ہر مہینے کی پندرہ تاریخ): its first = Tue 04-15 (still ahead); "every friday starting
//   this friday": its first = Fri 04-18; "every sunday from this sunday" (is itwar se, اس اتوار سے):
//   its first = Sun 04-20.
//   Clock times (PKT = UTC+5), as UTC ISO: Tue 04-15 5am = 2036-04-15T00:00:00.000Z, 7am = 02:00Z,
//   4pm = 11:00Z; Wed 04-16 6am = 2036-04-16T01:00:00.000Z, 10am = 05:00Z, 5pm = 12:00Z; Thu 04-17
//   10am = 2036-04-17T05:00:00.000Z; Fri 04-18 5:30am = 2036-04-18T00:30:00.000Z, 3pm = 10:00Z, 5pm
//   = 12:00Z; Sat 04-19 11am = 2036-04-19T06:00:00.000Z; Sun 04-20 10am = 2036-04-20T05:00:00.000Z.
//   "Remind me a day before" = 1440 minutes, "an hour before" (ek ghanta pehle, ایک گھنٹہ پہلے) = 60,
//   "half an hour before" (aadha ghanta pehle) = 30.
// Judging conventions (those of the earlier blind sets, as heldout23's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles (and list names) are listed only where the request fixes them (quoted, or after a
// colon, or "called X"); RRULEs and free-text notes and comments are '*' (present), as is an assignee
// (the person's name may be given in several forms) and a title the request asks to change without
// fixing it. "Remind me N minutes / hours / a day before" expects reminders [{ minutes_before: N }];
// other reminders are '*'. "Remind me" expects reminders (a due moment alone is not a reminder).
// Changes to existing tasks name their task_id. Reads are judged by the reply (titles or the date it
// must name), not by which read tool was used. Several changes in one message are expected in the
// order the message gives them. Anything ambiguous is '*' or left out of args. Chat expects no tool
// at all (outcome 'help'), except not-done news ("haven't done X yet"), which expects no change (an
// empty expect: a read is allowed). In this set: "urgent", "high priority", "bohat zaroori" (بہت
// ضروری) are priority high; a bare "important" (اہم) is priority '*'.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT28_NOW = new Date('2036-04-14T02:50:00.000Z'); // Monday 07:50 in Karachi
export const HELDOUT28_ZONE = 'Asia/Karachi';

/** The police inspector in Rawalpindi. */
const COP: FixtureTask[] = [
  {
    id: 1,
    title: 'File challan for the Saddar robbery case',
    list: 'Court',
    priority: 'high',
    due_date: '2036-04-16',
  },
  { id: 2, title: 'File challan for the Raja Bazar theft case', list: 'Court', due_date: '2036-04-18' },
  {
    id: 3,
    title: 'Court hearing in the Murree Road fraud case',
    list: 'Court',
    due_at: '2036-04-15T04:00:00.000Z',
  },
  {
    id: 4,
    title: 'Weekly patrol roster',
    list: 'Station',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2036-04-19',
  },
  { id: 5, title: 'Get the station jeep serviced', list: 'Station', due_date: '2036-04-17' },
  { id: 6, title: 'Return case property register to the SHO', list: 'Station', completed: true },
  { id: 7, title: 'Renew pistol licence', tags: ['govt'], due_date: '2036-04-30' },
  { id: 8, title: 'Statement of the Chaklala witness', list: 'Cases', due_date: '2036-04-15' },
  {
    id: 9,
    title: 'Pay house rent',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2036-05-01',
  },
  { id: 10, title: 'Buy school shoes for Ayaan', list: 'Family', due_date: '2036-04-16' },
  { id: 11, title: 'Monthly crime report for Bilal', list: 'Office', due_date: '2036-04-28' },
  { id: 12, title: 'Collect forensic report from the Punjab lab', list: 'Cases', completed: true },
  { id: 13, title: 'Morning run', recurrence: 'FREQ=DAILY', due_date: '2036-04-14' },
  { id: 14, title: 'Fix the leaking tap at home', list: 'Home' },
];

/** The physiotherapist in Lahore. */
const PHYSIO: FixtureTask[] = [
  { id: 1, title: 'Knee rehab plan for Mrs Butt', list: 'Patients', due_date: '2036-04-15' },
  { id: 2, title: 'Knee rehab plan for Mr Chaudhry', list: 'Patients', due_date: '2036-04-17' },
  {
    id: 3,
    title: 'Home visit to Colonel Rehman (stroke rehab)',
    list: 'Patients',
    due_at: '2036-04-16T12:00:00.000Z',
  },
  {
    id: 4,
    title: 'Order TENS machine electrodes',
    list: 'Clinic',
    priority: 'high',
    due_date: '2036-04-14',
  },
  {
    id: 5,
    title: 'Sanitise the treatment tables',
    list: 'Clinic',
    recurrence: 'FREQ=DAILY',
    due_date: '2036-04-14',
  },
  { id: 6, title: 'Renew PPTA membership', tags: ['admin'], due_date: '2036-04-25' },
  { id: 7, title: 'Send invoice to Shifa insurance', list: 'Admin', completed: true },
  { id: 8, title: 'Write blog post on desk posture', tags: ['marketing'] },
  { id: 9, title: 'Pay clinic electricity bill', tags: ['bills'], due_date: '2036-04-20' },
  { id: 10, title: "Mum's eye checkup", list: 'Family', due_date: '2036-04-19' },
  { id: 11, title: 'Staff training on dry needling', list: 'Office', due_date: '2036-04-24' },
  { id: 12, title: 'Yoga class', recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH', due_date: '2036-04-15' },
  { id: 13, title: 'Call Mrs Butt about her MRI', completed: true },
  { id: 14, title: 'Buy new resistance bands', list: 'Clinic' },
];

/** The tourist guide in Hunza. */
const GUIDE: FixtureTask[] = [
  { id: 1, title: 'Book jeep for the Attabad Lake tour', list: 'Bookings', due_date: '2036-04-16' },
  { id: 2, title: 'Book jeep for the Khunjerab Pass tour', list: 'Bookings', due_date: '2036-04-20' },
  {
    id: 3,
    title: "Eagle's Nest sunrise hike with the Dutch group",
    list: 'Tours',
    due_at: '2036-04-17T00:30:00.000Z',
  },
  {
    id: 4,
    title: 'Confirm rooms at the Karimabad guesthouse',
    list: 'Bookings',
    priority: 'high',
    due_date: '2036-04-15',
  },
  { id: 5, title: 'Check the weather on the KKH', recurrence: 'FREQ=DAILY', due_date: '2036-04-14' },
  { id: 6, title: 'Fix the tent zipper', list: 'Gear' },
  { id: 7, title: 'Renew guide licence with GB Tourism', tags: ['govt'], due_date: '2036-05-10' },
  { id: 8, title: 'Post Baltit Fort photos on Instagram', tags: ['marketing'], completed: true },
  { id: 9, title: 'Send itinerary to the Japanese couple', list: 'Tours', completed: true },
  {
    id: 10,
    title: 'Pay the porters',
    list: 'Tours',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2036-04-19',
  },
  { id: 11, title: 'Buy apricot jam for Nani', list: 'Family' },
  { id: 12, title: 'Quarterly bookings sheet for Bilal', list: 'Office', due_date: '2036-04-30' },
  { id: 13, title: 'Replace the first-aid kit', list: 'Gear', due_date: '2036-04-18' },
];

/** The fruit wholesaler in Multan (Roman Urdu). */
const PHAL: FixtureTask[] = [
  { id: 1, title: 'Aam ki peti Lahore bhejni (Rana traders)', list: 'Mandi', due_date: '2036-04-15' },
  { id: 2, title: 'Aam ki peti Karachi bhejni (Memon traders)', list: 'Mandi', due_date: '2036-04-17' },
  {
    id: 3,
    title: 'Cold storage ka kiraya',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2036-05-05',
  },
  { id: 4, title: 'Kele ka truck unload karwana', list: 'Godaam', due_at: '2036-04-14T23:00:00.000Z' },
  {
    id: 5,
    title: 'Mazdooron ki dihari',
    list: 'Godaam',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2036-04-19',
  },
  {
    id: 6,
    title: 'Haji sahab se udhaar wapas lena',
    list: 'Hisaab',
    priority: 'high',
    due_date: '2036-04-16',
  },
  { id: 7, title: 'Tarazu ka stamp lagwana', tags: ['govt'], due_date: '2036-04-30' },
  { id: 8, title: 'Khalid ke paise dene', list: 'Hisaab', completed: true },
  { id: 9, title: 'Ammi ki dawai', list: 'Family', due_date: '2036-04-15' },
  { id: 10, title: 'Mandi committee ki meeting', list: 'Office', due_at: '2036-04-18T10:00:00.000Z' },
  { id: 11, title: 'Crates ki marammat', list: 'Godaam' },
  { id: 12, title: 'Bank mein cash jama karwana', due_date: '2036-04-14' },
];

/** The school-van owner in Karachi (Roman Urdu). */
const VAN: FixtureTask[] = [
  { id: 1, title: 'Bus 1 ka oil change', list: 'Buses', due_date: '2036-04-16' },
  { id: 2, title: 'Bus 2 ka oil change', list: 'Buses', due_date: '2036-04-18' },
  {
    id: 3,
    title: 'Fitness certificate ki renewal',
    tags: ['govt'],
    priority: 'high',
    due_date: '2036-04-22',
  },
  {
    id: 4,
    title: 'Drivers ki tankhwah',
    list: 'Kharcha',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2036-05-01',
  },
  { id: 5, title: 'Gulistan-e-Jauhar walon se fees collect karni', list: 'Parents', due_date: '2036-04-15' },
  { id: 6, title: 'Naye bachon ka route banana', list: 'Parents' },
  { id: 7, title: 'CNG cylinder ki testing', list: 'Buses', completed: true },
  {
    id: 8,
    title: 'Bus dhulwani',
    list: 'Buses',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2036-04-20',
  },
  { id: 9, title: 'Insurance premium jama karwana', list: 'Kharcha', due_date: '2036-04-25' },
  { id: 10, title: 'Abba ka checkup', list: 'Family', due_at: '2036-04-17T06:00:00.000Z' },
  { id: 11, title: 'School admin ke sath contract meeting', list: 'Office', due_date: '2036-04-21' },
  { id: 12, title: 'Tyre wali dukan ka hisaab', completed: true },
];

/** The PhD student in Islamabad (Roman Urdu). */
const PHD: FixtureTask[] = [
  { id: 1, title: 'Chapter 2 supervisor ko bhejna', list: 'Thesis', due_date: '2036-04-17' },
  { id: 2, title: 'Chapter 3 supervisor ko bhejna', list: 'Thesis', due_date: '2036-04-30' },
  {
    id: 3,
    title: 'Conference abstract submit karna',
    list: 'Thesis',
    priority: 'high',
    due_date: '2036-04-15',
  },
  {
    id: 4,
    title: 'Lab meeting',
    list: 'Lab',
    recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    due_at: '2036-04-16T06:00:00.000Z',
  },
  { id: 5, title: 'PCR samples run karne', list: 'Lab', due_date: '2036-04-14' },
  { id: 6, title: 'HEC stipend form', tags: ['paperwork'], due_date: '2036-04-20' },
  { id: 7, title: 'Reviewer 2 ke comments ka jawab', list: 'Thesis' },
  { id: 8, title: 'TA ki copies check karni', list: 'Uni', due_date: '2036-04-16' },
  { id: 9, title: 'Library fine bharna', completed: true },
  { id: 10, title: 'Ammi ko Eid ka jora bhejna', list: 'Family', due_date: '2036-04-18' },
  { id: 11, title: 'Lab safety training ka quiz', list: 'Office', due_date: '2036-04-24' },
  { id: 12, title: 'Gym', recurrence: 'FREQ=DAILY', due_date: '2036-04-14' },
  { id: 13, title: 'Zotero references theek karne', list: 'Thesis', completed: true },
];

/** The fish farmer near Muzaffargarh (Urdu). */
const MACHLI: FixtureTask[] = [
  { id: 1, title: 'پہلے تالاب میں مچھلی کا بیج ڈالنا', list: 'تالاب', due_date: '2036-04-15' },
  { id: 2, title: 'دوسرے تالاب میں مچھلی کا بیج ڈالنا', list: 'تالاب', due_date: '2036-04-18' },
  {
    id: 3,
    title: 'تالاب کا پانی ٹیسٹ کرانا',
    list: 'تالاب',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2036-04-17',
  },
  { id: 4, title: 'مچھلی کی خوراک کا آرڈر', list: 'خوراک', priority: 'high', due_date: '2036-04-14' },
  { id: 5, title: 'ایریٹر کی مرمت', list: 'تالاب' },
  { id: 6, title: 'ٹھیکیدار سے پیسے لینا', list: 'حساب', due_date: '2036-04-16' },
  {
    id: 7,
    title: 'بجلی کا بل',
    tags: ['بل'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2036-05-10',
  },
  { id: 8, title: 'فشریز ڈیپارٹمنٹ میں رجسٹریشن', tags: ['سرکاری'], due_date: '2036-04-30' },
  { id: 9, title: 'جال کی مرمت', completed: true },
  { id: 10, title: 'بیٹی کی اسکول فیس', list: 'Family', due_date: '2036-04-20' },
  { id: 11, title: 'منڈی کے ریٹ بلال کو بھیجنا', list: 'Office', due_date: '2036-04-15' },
  { id: 12, title: 'مزدوروں کی تنخواہ', list: 'حساب', completed: true },
];

/** The potter in Multan (Urdu). */
const KUMHAR: FixtureTask[] = [
  { id: 1, title: 'ہوٹل کے لیے سو پیالے بنانا', list: 'آرڈر', due_date: '2036-04-18' },
  { id: 2, title: 'ہوٹل کے لیے پچاس گلدان بنانا', list: 'آرڈر', due_date: '2036-04-24' },
  {
    id: 3,
    title: 'بھٹی میں برتن پکانا',
    list: 'بھٹی',
    recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    due_date: '2036-04-16',
  },
  { id: 4, title: 'نیلی ٹائلوں کا رنگ خریدنا', list: 'بازار', priority: 'high', due_date: '2036-04-15' },
  { id: 5, title: 'مٹی کی ٹرالی منگوانا', list: 'بازار', due_date: '2036-04-17' },
  { id: 6, title: 'چاک کی موٹر ٹھیک کرانا', list: 'بھٹی' },
  { id: 7, title: 'لاہور نمائش کے لیے فارم بھرنا', tags: ['نمائش'], due_date: '2036-04-22' },
  {
    id: 8,
    title: 'شاگرد کی ہفتہ وار اجرت',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2036-04-19',
  },
  { id: 9, title: 'پرانے آرڈر کی ادائیگی وصول کرنا', completed: true },
  { id: 10, title: 'امی کی آنکھوں کا معائنہ', list: 'Family', due_at: '2036-04-17T05:00:00.000Z' },
  { id: 11, title: 'دستکاری کونسل کی میٹنگ', list: 'Office', due_date: '2036-04-21' },
  { id: 12, title: 'دکان کا کرایہ', tags: ['بل'], due_date: '2036-04-30' },
];

/** The beekeeper in Swat (Urdu). */
const SHEHAD: FixtureTask[] = [
  { id: 1, title: 'بیری کے شہد کی بوتلیں بھرنا', list: 'شہد', due_date: '2036-04-16' },
  { id: 2, title: 'پھلاہی کے شہد کی بوتلیں بھرنا', list: 'شہد', due_date: '2036-04-19' },
  {
    id: 3,
    title: 'چھتوں کا معائنہ',
    list: 'چھتے',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2036-04-14',
  },
  { id: 4, title: 'نئی ملکہ مکھیاں منگوانا', list: 'چھتے', priority: 'high', due_date: '2036-04-15' },
  { id: 5, title: 'پشاور والے گاہک کو شہد بھیجنا', list: 'فروخت', due_date: '2036-04-17' },
  { id: 6, title: 'شہد کا لیبارٹری ٹیسٹ', tags: ['معیار'], due_date: '2036-04-25' },
  { id: 7, title: 'چھتے پنجاب لے جانے کے لیے ٹرک بک کرنا', list: 'چھتے', due_date: '2036-04-28' },
  { id: 8, title: 'دھواں دینے والی مشین خریدنا', completed: true },
  { id: 9, title: 'فیس بک پر شہد کا اشتہار', tags: ['فروخت'] },
  { id: 10, title: 'بیٹے کی یونیورسٹی فیس', list: 'Family', due_date: '2036-04-22' },
  { id: 11, title: 'شہد ایسوسی ایشن کی رپورٹ', list: 'Office', due_date: '2036-04-29' },
  { id: 12, title: 'جالی والے دستانے خریدنا', list: 'چھتے', completed: true },
];

export const heldout28: Utterance[] = [
  // ---- English: the police inspector (COP) ----
  {
    intent: 'add',
    lang: 'en',
    text: 'another theft last night, a guy says his motorbike got lifted outside the Committee Chowk mosque. need to get his FIR registered',
    fixture: COP,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'hearing in the Pirwadhai land dispute is this thursday at 10am, put it in Court and remind me a day before pls',
    fixture: COP,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            title: '*',
            due_at: '2036-04-17T05:00:00.000Z',
            list: 'Court',
            reminders: [{ minutes_before: 1440 }],
          },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'from now on I have to check the malkhana stock every friday, starting this friday',
    fixture: COP,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2036-04-18', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'got the jeep back from the workshop, serviced and everything, runs like new',
    fixture: COP,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'the chaklala witness finally came in and gave his statement',
    fixture: COP,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'SHO just sent the case property register back, two pages are missing so thats on me again',
    fixture: COP,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'for the murree road fraud hearing, note that the defence counsel is Advocate Qureshi and he will push for an adjournment',
    fixture: COP,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the magistrate is asking about the raja bazar challan, that one is urgent now',
    fixture: COP,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'fraud case hearing got shifted to wednesday, same time 9am',
    fixture: COP,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2036-04-16T04:00:00.000Z' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'that tap thing was put in by mistake, my wife handles the house repairs. just get rid of it',
    fixture: COP,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: 'no patrol roster needed this saturday, the whole station is on election duty',
    fixture: COP,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the pistol licence renewal should sit with the Station stuff',
    fixture: COP,
    expect: { calls: [{ name: 'move_task', args: { task_id: 7, list: 'Station' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara said she'll take care of Ayaan's school shoes, put it on her",
    fixture: COP,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "let Bilal know on the crime report that April's figures are with the moharrir, he'll have them by thursday",
    fixture: COP,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "under the Saddar challan I need a step: 'attach the medico-legal report'",
    fixture: COP,
    expect: {
      calls: [{ name: 'add_subtask', args: { task_id: 1, title: 'attach the medico-legal report' } }],
    },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's lined up in court for me this week?",
    fixture: COP,
    expect: { reply: 'Saddar|Raja Bazar|Murree Road' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'when does my pistol licence need renewing again',
    fixture: COP,
    expect: { reply: '30|end of (the )?(month|april)' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'challan filed today 👍',
    fixture: COP,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'long night, three raids and a court date tomorrow, honestly exhausted',
    fixture: COP,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'Saddar challan is filed. also I need to collect the CCTV footage from the Raja Bazar shops tomorrow',
    fixture: COP,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'add_task_details', args: { title: '*', due_date: '2036-04-15' } },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "haven't managed to get the rent sorted yet, landlord wasn't home",
    fixture: COP,
    expect: {},
  },

  // ---- English: the physiotherapist (PHYSIO) ----
  {
    intent: 'add',
    lang: 'en',
    text: 'new patient walked in, a club cricketer with a shoulder impingement. I need to make a rehab plan for him too',
    fixture: PHYSIO,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'receptionist says the ultrasound machine is making a buzzing noise, should get someone to look at it',
    fixture: PHYSIO,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "Mrs Butt's daughter wants a session for herself on saturday at 11am, can you put that in Patients",
    fixture: PHYSIO,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: '*', due_at: '2036-04-19T06:00:00.000Z', list: 'Patients' },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'tax return has to go in by the 30th, high priority please',
    fixture: PHYSIO,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2036-04-30', priority: 'high' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "give me a nudge half an hour before the colonel's visit",
    fixture: PHYSIO,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, reminders: [{ minutes_before: 30 }] } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'the supplier confirmed the electrode order this morning',
    fixture: PHYSIO,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "Mr Chaudhry's knee plan is written up and emailed to him",
    fixture: PHYSIO,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'Shifa bounced the invoice back, wrong CNIC on it. have to redo it',
    fixture: PHYSIO,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "the blog post one should be called 'Blog post: desk posture for coders'",
    fixture: PHYSIO,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 8, title: 'Blog post: desk posture for coders' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "i'll pay the clinic's electricity bill on friday instead",
    fixture: PHYSIO,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, due_date: '2036-04-18' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "don't need the resistance bands task anymore, a rep dropped off a free set. remove it",
    fixture: PHYSIO,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 14 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no yoga tomorrow, the studio's closed for the holiday",
    fixture: PHYSIO,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 12 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: "the dry needling training isn't really an office thing, it belongs in Clinic",
    fixture: PHYSIO,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'Clinic' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara's taking mum to the eye checkup, so that one's hers",
    fixture: PHYSIO,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'tell everyone on the dry needling training that the venue is the Gulberg branch now',
    fixture: PHYSIO,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "for the colonel's home visit I have to carry the portable parallel bars, add that as a step under it",
    fixture: PHYSIO,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on my plate today",
    fixture: PHYSIO,
    expect: { reply: 'electrode|Sanitise' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "remind me when the colonel's home visit is?",
    fixture: PHYSIO,
    expect: { reply: 'Wed|16|5 ?pm|17:00' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the knee plan is done',
    fixture: PHYSIO,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'my own knee is killing me after standing all day lol, the irony',
    fixture: PHYSIO,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "Mrs Butt's plan is done, and push Mr Chaudhry's to saturday",
    fixture: PHYSIO,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2036-04-19' } },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "I'd like a separate list called Home Visits for all the house calls",
    fixture: PHYSIO,
    expect: { calls: [{ name: 'create_list', args: { name: 'Home Visits' } }] },
  },

  // ---- English: the tourist guide in Hunza (GUIDE) ----
  {
    intent: 'add',
    lang: 'en',
    text: "the Dutch group's leader emailed, two more people are joining so I'll need to arrange an extra sleeping bag",
    fixture: GUIDE,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'a korean couple asked about a day trip to the Passu cones, should send them a quote',
    fixture: GUIDE,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Altit Fort tour with the family from Karachi on sunday at 10am, goes under Tours',
    fixture: GUIDE,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: '*', due_at: '2036-04-20T05:00:00.000Z', list: 'Tours' },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "the jeep association fee is due at the end of the month, don't let me forget, remind me",
    fixture: GUIDE,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2036-04-30', reminders: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'the guesthouse in karimabad confirmed all six rooms 🙌',
    fixture: GUIDE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'bought a brand new first aid kit in Aliabad, sorted',
    fixture: GUIDE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'turns out the japanese couple never got the itinerary, my email bounced',
    fixture: GUIDE,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "for the eagle's nest hike, jot down that the group wants a vegetarian breakfast at the top",
    fixture: GUIDE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'khunjerab jeep is high priority, the border might close early this season',
    fixture: GUIDE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'sunrise hike got pushed to friday, same 5:30',
    fixture: GUIDE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2036-04-18T00:30:00.000Z' } }],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "porters don't need paying this saturday, there's no trek this week",
    fixture: GUIDE,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 10 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "forget the tent zipper, I'm throwing that old tent out anyway. take it off",
    fixture: GUIDE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the licence renewal with GB Tourism can go in Tours',
    fixture: GUIDE,
    expect: { calls: [{ name: 'move_task', args: { task_id: 7, list: 'Tours' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Bilal's doing the quarterly bookings sheet himself this time",
    fixture: GUIDE,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 12, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "under the attabad jeep booking add a step: get the driver's CNIC copy",
    fixture: GUIDE,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1, title: "get the driver's CNIC copy" } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'what have I got coming up over the next few days?',
    fixture: GUIDE,
    expect: { reply: 'Attabad|Eagle|Karimabad|porters|first-aid' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'did i already put the baltit fort pics up or not',
    fixture: GUIDE,
    expect: { reply: 'Baltit' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'jeep is booked',
    fixture: GUIDE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'just clear out all the gear stuff, wipe it',
    fixture: GUIDE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "snow on the pass again, tourists keep asking if khunjerab is open and honestly I don't know either",
    fixture: GUIDE,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'attabad jeep is booked, and the khunjerab one — move it to monday',
    fixture: GUIDE,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2036-04-21' } },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'could you set up a new list called Winter Tours',
    fixture: GUIDE,
    expect: { calls: [{ name: 'create_list', args: { name: 'Winter Tours' } }] },
  },

  // ---- Roman Urdu: the fruit wholesaler (PHAL) ----
  {
    intent: 'add',
    lang: 'roman',
    text: 'Quetta se ek naya kinnu wala trader aya tha aaj, usko apni rate list bhejni hai',
    fixture: PHAL,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Rana traders ne cheeku ka bhi order de diya hai, wo bhi bhejna hai unko',
    fixture: PHAL,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson subah 6 baje mandi mein anaar ki boli hai, ek ghanta pehle yaad dila dena',
    fixture: PHAL,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: '*', due_at: '2036-04-16T01:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har itwar godaam ki safai karwani hai, is itwar se shuru',
    fixture: PHAL,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2036-04-20', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Lahore wali peti subah nikal gayi, Rana sb ko mil bhi gayi',
    fixture: PHAL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'Khalid keh raha hai usko paise mile hi nahi, bank transfer atak gaya tha',
    fixture: PHAL,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'crates ki marammat ka faida nahi, ab naye plastic crates lene hain, us kaam ka naam theek kr do',
    fixture: PHAL,
    expect: { calls: [{ name: 'update_task', args: { task_id: 11, title: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Karachi wali peti jumme ke bajaye kal hi bhejni hai, Memon sb jaldi mein hain',
    fixture: PHAL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2036-04-15' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'tarazu ka stamp bohat zaroori hai, inspector chakkar laga raha hai',
    fixture: PHAL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is hafte mazdooron ki dihari nahi deni, sab shadi pe gaon gaye hue hain',
    fixture: PHAL,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 5 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'bank mein cash wala kaam hata do, munshi ne pehle hi jama kara diya tha aur wo task ghalat bana tha',
    fixture: PHAL,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'committee ki meeting mein is dafa Bilal chala jayega, uske naam kar do',
    fixture: PHAL,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'meeting wale task pe Bilal ko likh do ke agenda mein mandi fees ka masla bhi hai',
    fixture: PHAL,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 10, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal kya kya scene hai mera?',
    fixture: PHAL,
    expect: { reply: 'Lahore|dawai|Kele' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'aam ki peti bhej di',
    fixture: PHAL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj aam ka rate bohat gir gaya yaar, saari mehnat mitti',
    fixture: PHAL,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'Haji sahab ne udhaar wapas kar diya, aur kele wala truck ab kal subah 5 baje aayega',
    fixture: PHAL,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'set_task_details', args: { task_id: 4, due_at: '2036-04-15T00:00:00.000Z' } },
      ],
    },
  },

  // ---- Roman Urdu: the school-van owner (VAN) ----
  {
    intent: 'add',
    lang: 'roman',
    text: 'bus 2 ka AC bhi jawab de gaya hai, mechanic ko dikhana parega',
    fixture: VAN,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'DHA wale ek parent ka cheque bounce ho gaya, unse baat karni hai araam se',
    fixture: VAN,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal subah 7 baje naye driver ka interview hai, Buses wali list mein rakh do',
    fixture: VAN,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: '*', due_at: '2036-04-15T02:00:00.000Z', list: 'Buses' },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine 10 tareekh ko online traffic challan check karne hain',
    fixture: VAN,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2036-05-10', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'bus 1 ka oil change aaj subah karwa liya',
    fixture: VAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Jauhar walon ne sab ne fees de di shukar hai',
    fixture: VAN,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'CNG cylinder phir se leak kar raha hai, dobara testing karwani paregi',
    fixture: VAN,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'insurance agent ne extension de di hai, premium ab 30 tareekh tak',
    fixture: VAN,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, due_date: '2036-04-30' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is itwar buses nahi dhulengi, line mein pani hi nahi aa raha',
    fixture: VAN,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'naye bachon ke route wala kaam Buses mein hona chahiye',
    fixture: VAN,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'Buses' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'abba ko checkup pe Sara le jayegi, usko de do ye',
    fixture: VAN,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'fitness certificate ke andar ek step daal do: motor vehicle examiner se appointment',
    fixture: VAN,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'fitness certificate ki last date kya thi?',
    fixture: VAN,
    expect: { reply: '22' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'oil change ho gaya',
    fixture: VAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab purane kaam uda do yaar, saaf karo sab',
    fixture: VAN,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'bus 2 ka oil change bhi ho gaya, aur contract wali meeting budh ko kar do',
    fixture: VAN,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'set_task_details', args: { task_id: 11, due_date: '2036-04-16' } },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: "ek nayi list chahiye 'Summer Camp' ke naam se, chhuttiyon ke trips ke liye",
    fixture: VAN,
    expect: { calls: [{ name: 'create_list', args: { name: 'Summer Camp' } }] },
  },

  // ---- Roman Urdu: the PhD student (PHD) ----
  {
    intent: 'add',
    lang: 'roman',
    text: 'Reviewer 1 ne bhi journal wale paper pe comments bhej diye, unka bhi jawab dena hai',
    fixture: PHD,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'jumme ko 3 baje Dr Sana ke sath viva ki practice hai, aadha ghanta pehle yaad dila dena',
    fixture: PHD,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: '*', due_at: '2036-04-18T10:00:00.000Z', reminders: [{ minutes_before: 30 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'hostel mess ki fee 5 tareekh tak deni hai, Uni list mein daal do',
    fixture: PHD,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2036-05-05', list: 'Uni' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'abstract submit ho gaya finallyyy 😭',
    fixture: PHD,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'zotero mein references merge ke baad phir se gadbad ho gaye',
    fixture: PHD,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'PCR wale kaam mein note likh lo: primers fridge ki second shelf pe hain',
    fixture: PHD,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'supervisor ne chapter 3 ki deadline 25 kar di hai',
    fixture: PHD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2036-04-25' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is budh lab meeting nahi hogi, sir conference pe Turkey gaye hain',
    fixture: PHD,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'gym wala task nikal do list se, membership hi band kar di hai',
    fixture: PHD,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'safety quiz wale task pe Bilal bhai ke liye likh do ke mera quiz friday tak ho jayega',
    fixture: PHD,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'reviewer 2 ke jawab wala kaam Lab mein le jao, wahan data chahiye',
    fixture: PHD,
    expect: { calls: [{ name: 'move_task', args: { task_id: 7, list: 'Lab' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'is hafte thesis ka kya kya due hai?',
    fixture: PHD,
    expect: { reply: 'Chapter 2|abstract' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'chapter supervisor ko bhej diya',
    fixture: PHD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj supervisor ne phir draft pe red ink pher di, thak gaya hun yaar',
    fixture: PHD,
    expect: { outcome: 'help' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'PCR samples abhi tak run nahi huay, machine kharab hai',
    fixture: PHD,
    expect: {},
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'TA ki copies check ho gayi, aur ammi wala jora Sara bhej degi',
    fixture: PHD,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 8 } },
        { name: 'assign_task', args: { task_id: 10, assignee: '*' } },
      ],
    },
  },

  // ---- Urdu: the fish farmer (MACHLI) ----
  {
    intent: 'add',
    lang: 'ur',
    text: 'آج ایک تالاب کی دیوار میں دراڑ نظر آئی ہے، اسے پکا کرانا ہے',
    fixture: MACHLI,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'فیڈ والے نے بتایا ہے کہ اگلی کھیپ میں نیا برانڈ آئے گا، اس کا ریٹ معلوم کرنا ہے',
    fixture: MACHLI,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'پرسوں صبح دس بجے فشریز آفیسر معائنے کے لیے آئیں گے، ایک گھنٹہ پہلے یاد دلا دینا',
    fixture: MACHLI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: '*', due_at: '2036-04-16T05:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر اتوار تالابوں کے کنارے کی گھاس کٹوانی ہے، اس اتوار سے شروع',
    fixture: MACHLI,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2036-04-20', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'خوراک کا آرڈر دے دیا ہے، گاڑی کل پہنچ جائے گی',
    fixture: MACHLI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'جال پھر سے پھٹ گیا ہے، کچھوے نے کاٹ دیا',
    fixture: MACHLI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ٹھیکیدار نے مہلت مانگی ہے، اس کے پیسے جمعے تک کر دو',
    fixture: MACHLI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2036-04-18' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'فشریز والی رجسٹریشن بہت ضروری ہے، ورنہ لائسنس رک جائے گا',
    fixture: MACHLI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعرات پانی کا ٹیسٹ نہیں ہوگا، لیب والے چھٹی پر ہیں',
    fixture: MACHLI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'ایریٹر والا کام فہرست سے نکال دو، نیا ایریٹر خرید لیا ہے',
    fixture: MACHLI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'بیٹی کی فیس سارہ جمع کرا دے گی، یہ اس کے ذمے',
    fixture: MACHLI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'منڈی کے ریٹ والے کام پر بلال کے لیے لکھ دو کہ روہو کا ریٹ کل تک ملے گا',
    fixture: MACHLI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'آج کیا کیا کرنا ہے میں نے؟',
    fixture: MACHLI,
    expect: { reply: 'خوراک' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'تالاب میں بیج ڈال دیا',
    fixture: MACHLI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'اس سال گرمی بہت ہے، مچھلیاں تالاب کی تہہ میں بیٹھ گئی ہیں، دل پریشان ہے',
    fixture: MACHLI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'پہلے تالاب میں بیج ڈال دیا ہے، اور دوسرے والے کو اتوار پر کر دو',
    fixture: MACHLI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2036-04-20' } },
      ],
    },
  },

  // ---- Urdu: the potter (KUMHAR) ----
  {
    intent: 'add',
    lang: 'ur',
    text: 'ایک گاہک نے شادی کے تحفے کے لیے بیس پیالے مانگے ہیں',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مٹی والے نے کہا ہے کہ اس بار مٹی میں ریت زیادہ ہے، اسے چھاننے کا انتظام کرنا پڑے گا',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'جمعے کو شام پانچ بجے آرٹس کونسل والوں سے ملنا ہے',
    fixture: KUMHAR,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_at: '2036-04-18T12:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'مہینے کے آخر تک ویب سائٹ کے لیے برتنوں کی تصویریں کھنچوانی ہیں، اہم کام ہے',
    fixture: KUMHAR,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2036-04-30', priority: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'مٹی کی ٹرالی آ گئی ہے، صحن میں اتروا دی',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'پرانے آرڈر والے کا چیک بینک سے واپس آ گیا ہے',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'چاک کی موٹر والے کام میں لکھ لو کہ مکینک کا نمبر 0300-1234567 ہے',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'نمائش والا فارم کل تک جمع ہونا ہے، انہوں نے آخری تاریخ بدل دی',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2036-04-15' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس بدھ بھٹی نہیں جلے گی، گیس بند ہے',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'رنگ خریدنے والا کام بھٹی والی فہرست میں ہونا چاہیے',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'move_task', args: { task_id: 4, list: 'بھٹی' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'گلدانوں والے کام کے نیچے ایک قدم: سانچے تیار کرنا',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 2, title: 'سانچے تیار کرنا' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'دکان کے کرائے والا کام مٹا دو، وہ دکان چھوڑ دی ہے',
    fixture: KUMHAR,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'امی کی آنکھوں کا معائنہ کب ہے؟',
    fixture: KUMHAR,
    expect: { reply: 'جمعرات|17|۱۷|١٧' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ہوٹل والا آرڈر تیار ہو گیا',
    fixture: KUMHAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج بھٹی سے نکلا آدھا مال ٹوٹا ہوا تھا، دل ہی ٹوٹ گیا',
    fixture: KUMHAR,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'ہوٹل کے پیالے تیار ہو گئے، اور کونسل کی میٹنگ بلال کے ذمے کر دو',
    fixture: KUMHAR,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'assign_task', args: { task_id: 11, assignee: '*' } },
      ],
    },
  },

  // ---- Urdu: the beekeeper (SHEHAD) ----
  {
    intent: 'add',
    lang: 'ur',
    text: 'پشاور والے گاہک نے فون کیا کہ اس کے بھائی کو بھی دس کلو شہد چاہیے',
    fixture: SHEHAD,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل شام چار بجے محکمہ زراعت کا سیمینار ہے، یاد دلا دینا',
    fixture: SHEHAD,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: '*', due_at: '2036-04-15T11:00:00.000Z', reminders: '*' },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر مہینے کی پندرہ تاریخ کو مکھیوں کو چینی کا شربت دینا ہے',
    fixture: SHEHAD,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: '*', due_date: '2036-04-15', recurrence: '*' } }],
    },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'ملکہ مکھیاں پہنچ گئی ہیں، ڈبوں میں رکھ دیں',
    fixture: SHEHAD,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'جالی والے دستانے پھر پھٹ گئے، نئے لینے پڑیں گے',
    fixture: SHEHAD,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "اشتہار والے کام کا نام 'فیس بک اور انسٹاگرام پر اشتہار' ہونا چاہیے",
    fixture: SHEHAD,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 9, title: 'فیس بک اور انسٹاگرام پر اشتہار' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'شہد کا لیبارٹری ٹیسٹ بدھ کو کرانا ہے',
    fixture: SHEHAD,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2036-04-16' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج چھتوں کا معائنہ نہیں ہو سکے گا، صبح سے بارش ہو رہی ہے',
    fixture: SHEHAD,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'ٹرک والا کام مٹا دو، اس سال چھتے پنجاب نہیں لے جا رہے',
    fixture: SHEHAD,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'ایسوسی ایشن کی رپورٹ پر بلال کے لیے لکھو کہ اعداد و شمار جمعرات تک دے دوں گا',
    fixture: SHEHAD,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'پشاور والے گاہک کے کام میں ایک ذیلی کام ڈال دو: بوتلوں پر لیبل لگانا',
    fixture: SHEHAD,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 5, title: 'بوتلوں پر لیبل لگانا' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے شہد کی بوتلیں کب کب بھرنی ہیں؟',
    fixture: SHEHAD,
    expect: { reply: 'بیری|پھلاہی' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'شہد کی بوتلیں بھر لیں',
    fixture: SHEHAD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سارے پرانے کام صاف کر دو',
    fixture: SHEHAD,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج ایک مکھی نے آنکھ کے پاس کاٹ لیا، سوجن ہو گئی ہے ہاہا',
    fixture: SHEHAD,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بیری والا شہد بوتلوں میں بھر دیا، اور بیٹے کی فیس سارہ کے ذمے کر دو',
    fixture: SHEHAD,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'assign_task', args: { task_id: 10, assignee: '*' } },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: "موم کے کام کے لیے ایک نئی فہرست بنا لو، نام 'موم'",
    fixture: SHEHAD,
    expect: { calls: [{ name: 'create_list', args: { name: 'موم' } }] },
  },
];
