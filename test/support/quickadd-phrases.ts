// The quick-add phrase table: one line, a fixed clock and zone, and the task fields it must read,
// in several zones (DST edges, month ends, recurrence, parts of the day); shared by the quick-add suites.
import { readFileSync } from 'node:fs';
import {
  type DateOrder,
  parseQuickAdd,
  type QuickAddList,
  type QuickAddParse,
} from '#shared/quickadd/quickadd.js';

export const UTC = 'UTC';
export const NY = 'America/New_York';
export const LON = 'Europe/London';
export const KHI = 'Asia/Karachi';
export const KOL = 'Asia/Kolkata';
export const SYD = 'Australia/Sydney';
export const AKL = 'Pacific/Auckland';

// Wednesday 18 November 2026, 10:00 on the local wall clock of each zone.
export const WED_UTC = '2026-11-18T10:00:00.000Z'; // also 10:00 in London (GMT)
export const WED_NY = '2026-11-18T15:00:00.000Z';
export const WED_KHI = '2026-11-18T05:00:00.000Z';
export const WED_KOL = '2026-11-18T04:30:00.000Z';
export const WED_SYD = '2026-11-17T23:00:00.000Z'; // still Tuesday in UTC
export const WED_AKL = '2026-11-17T21:00:00.000Z';
export const SUN_UTC = '2026-11-22T10:00:00.000Z';
export const MON_UTC = '2026-11-23T10:00:00.000Z';

export type Fields = Pick<
  QuickAddParse,
  | 'title'
  | 'priority'
  | 'tags'
  | 'due_date'
  | 'due_at'
  | 'recurrence'
  | 'recurrence_from'
  | 'duration'
  | 'deadline'
  | 'list'
  | 'section'
  | 'assignee'
  | 'reminders'
>;

export interface Row {
  text: string;
  now: string;
  zone: string;
  want: Fields;
  recurrence?: false;
}

export const rows: Row[] = [];
function row(
  text: string,
  now: string,
  zone: string,
  want: Partial<Fields> & { title: string },
  recurrence?: false,
) {
  rows.push({
    text,
    now,
    zone,
    recurrence,
    want: {
      priority: null,
      tags: [],
      due_date: null,
      due_at: null,
      recurrence: null,
      recurrence_from: 'due',
      duration: null,
      deadline: null,
      list: null,
      section: null,
      assignee: null,
      reminders: [],
      ...want,
    },
  });
}

// The example from the product brief, with and without recurrence.
row('Pay rent every month on the 1st at 9am #bills !high', WED_NY, NY, {
  title: 'Pay rent',
  priority: 'high',
  tags: ['bills'],
  due_at: '2026-12-01T14:00:00.000Z',
  recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
});
row(
  'Pay rent every month on the 1st at 9am #bills !high',
  WED_NY,
  NY,
  { title: 'Pay rent every month', priority: 'high', tags: ['bills'], due_at: '2026-12-01T14:00:00.000Z' },
  false,
);

// Relative days and lead words.
row('Submit report by friday 5pm', WED_NY, NY, {
  title: 'Submit report',
  due_at: '2026-11-20T22:00:00.000Z',
});
row('Call mom tomorrow at 5pm about rent', WED_NY, NY, {
  title: 'Call mom about rent',
  due_at: '2026-11-19T22:00:00.000Z',
});
row('Buy milk at the store tomorrow', WED_UTC, UTC, {
  title: 'Buy milk at the store',
  due_date: '2026-11-19',
});
row('Buy milk, tomorrow', WED_UTC, UTC, { title: 'Buy milk', due_date: '2026-11-19' });
row('Dentist today', WED_UTC, UTC, { title: 'Dentist', due_date: '2026-11-18' });
row('Dentist tmrw', WED_UTC, UTC, { title: 'Dentist', due_date: '2026-11-19' });
row('Taxes day after tomorrow', WED_UTC, UTC, { title: 'Taxes', due_date: '2026-11-20' });
row('Library book due monday', WED_UTC, UTC, { title: 'Library book', due_date: '2026-11-23' });
row('Party tonight', WED_NY, NY, { title: 'Party', due_at: '2026-11-19T03:00:00.000Z' });
row('Movie tonight at 9', WED_NY, NY, { title: 'Movie', due_at: '2026-11-19T02:00:00.000Z' });

// Weekdays: the next one, today included unless its time has passed; "next" = in next week.
row('Call Bob friday', WED_UTC, UTC, { title: 'Call Bob', due_date: '2026-11-20' });
row('Call Bob on wed', WED_UTC, UTC, { title: 'Call Bob', due_date: '2026-11-18' });
row('Call Bob wednesday 9am', WED_UTC, UTC, { title: 'Call Bob', due_at: '2026-11-25T09:00:00.000Z' });
row('Call Bob wednesday 5pm', WED_UTC, UTC, { title: 'Call Bob', due_at: '2026-11-18T17:00:00.000Z' });
row('Review this friday', WED_UTC, UTC, { title: 'Review', due_date: '2026-11-20' });
row('Review next friday', WED_UTC, UTC, { title: 'Review', due_date: '2026-11-27' });
row('Review next friday', SUN_UTC, UTC, { title: 'Review', due_date: '2026-11-27' });
row('Clean garage this weekend', WED_UTC, UTC, { title: 'Clean garage', due_date: '2026-11-21' });
row('Clean garage this weekend', SUN_UTC, UTC, { title: 'Clean garage', due_date: '2026-11-22' });
row('Hike next weekend', WED_UTC, UTC, { title: 'Hike', due_date: '2026-11-28' });
row('Plan sprint next week', WED_UTC, UTC, { title: 'Plan sprint', due_date: '2026-11-23' });
row('Plan sprint next week', MON_UTC, UTC, { title: 'Plan sprint', due_date: '2026-11-30' });
row('Budget next month', WED_UTC, UTC, { title: 'Budget', due_date: '2026-12-01' });
row('Invoice end of month', WED_UTC, UTC, { title: 'Invoice', due_date: '2026-11-30' });
row('Renew in 3 days', WED_UTC, UTC, { title: 'Renew', due_date: '2026-11-21' });
row('Renew in two weeks', WED_UTC, UTC, { title: 'Renew', due_date: '2026-12-02' });
row('Stretch in an hour', WED_UTC, UTC, { title: 'Stretch', due_at: '2026-11-18T11:00:00.000Z' });
row('Tea in 30 min', WED_NY, NY, { title: 'Tea', due_at: '2026-11-18T15:30:00.000Z' });

// Calendar dates.
row('Ship 2026-12-24', WED_UTC, UTC, { title: 'Ship', due_date: '2026-12-24' });
row('Ship dec 24', WED_UTC, UTC, { title: 'Ship', due_date: '2026-12-24' });
row('Ship 24 dec', WED_UTC, UTC, { title: 'Ship', due_date: '2026-12-24' });
row('Ship on december 24th at 3pm', WED_NY, NY, { title: 'Ship', due_at: '2026-12-24T20:00:00.000Z' });
row('Visa due 24th of march 2027', WED_UTC, UTC, { title: 'Visa', due_date: '2027-03-24' });
row('Pay on the 1st', WED_UTC, UTC, { title: 'Pay', due_date: '2026-12-01' });

// Times: alone = today if still ahead, else tomorrow.
row('Standup at 9am', WED_UTC, UTC, { title: 'Standup', due_at: '2026-11-19T09:00:00.000Z' });
row('Standup 9:30pm', WED_UTC, UTC, { title: 'Standup', due_at: '2026-11-18T21:30:00.000Z' });
row('Deploy 17:00', WED_UTC, UTC, { title: 'Deploy', due_at: '2026-11-18T17:00:00.000Z' });
row('Deploy at 17', WED_KHI, KHI, { title: 'Deploy', due_at: '2026-11-18T12:00:00.000Z' });
row('Lunch at noon', WED_KHI, KHI, { title: 'Lunch', due_at: '2026-11-18T07:00:00.000Z' });
row('Backup midnight', WED_UTC, UTC, { title: 'Backup', due_at: '2026-11-19T00:00:00.000Z' });
row('Call Sam tomorrow 9am', WED_KOL, KOL, { title: 'Call Sam', due_at: '2026-11-19T03:30:00.000Z' });
row('Call Sam friday 5pm', WED_KHI, KHI, { title: 'Call Sam', due_at: '2026-11-20T12:00:00.000Z' });
row('Standup today', WED_SYD, SYD, { title: 'Standup', due_date: '2026-11-18' });
row('Standup tomorrow 8am', WED_AKL, AKL, { title: 'Standup', due_at: '2026-11-18T19:00:00.000Z' });

// DST edges. US spring forward: Sun 8 Mar 2026, 02:00 EST -> 03:00 EDT.
row('Feed cat tomorrow 2:30am', '2026-03-07T17:00:00.000Z', NY, {
  title: 'Feed cat',
  due_at: '2026-03-08T07:30:00.000Z', // 02:30 does not exist: 03:30 EDT
});
row('Feed cat tomorrow 9am', '2026-03-07T17:00:00.000Z', NY, {
  title: 'Feed cat',
  due_at: '2026-03-08T13:00:00.000Z',
});
row('Feed cat 2:30am', '2026-03-08T06:00:00.000Z', NY, {
  title: 'Feed cat',
  due_at: '2026-03-08T07:30:00.000Z',
});
// US fall back: Sun 1 Nov 2026, 02:00 EDT -> 01:00 EST; 01:30 happens twice, the first (EDT) wins.
row('Feed cat tomorrow 1:30am', '2026-10-31T16:00:00.000Z', NY, {
  title: 'Feed cat',
  due_at: '2026-11-01T05:30:00.000Z',
});
row('Feed cat tomorrow 9am', '2026-10-31T16:00:00.000Z', NY, {
  title: 'Feed cat',
  due_at: '2026-11-01T14:00:00.000Z',
});
// EU spring forward: Sun 29 Mar 2026, 01:00 GMT -> 02:00 BST.
row('Feed cat tomorrow 1:30am', '2026-03-28T12:00:00.000Z', LON, {
  title: 'Feed cat',
  due_at: '2026-03-29T01:30:00.000Z', // 02:30 BST
});
row('Feed cat tomorrow at 9', '2026-03-28T12:00:00.000Z', LON, {
  title: 'Feed cat',
  due_at: '2026-03-29T08:00:00.000Z',
});
// EU fall back: Sun 25 Oct 2026, 02:00 BST -> 01:00 GMT.
row('Feed cat tomorrow 1:30am', '2026-10-24T11:00:00.000Z', LON, {
  title: 'Feed cat',
  due_at: '2026-10-25T00:30:00.000Z',
});
row('Feed cat tomorrow 5pm', '2026-10-24T11:00:00.000Z', LON, {
  title: 'Feed cat',
  due_at: '2026-10-25T17:00:00.000Z',
});
row('Feed cat 9am', '2026-10-24T23:30:00.000Z', LON, {
  title: 'Feed cat',
  due_at: '2026-10-25T09:00:00.000Z',
});
// Sydney falls back on Sun 5 Apr 2026 (03:00 AEDT -> 02:00 AEST); Auckland springs forward on
// Sun 27 Sep 2026 (02:00 NZST -> 03:00 NZDT).
row('Feed cat tomorrow 2:30am', '2026-04-03T23:00:00.000Z', SYD, {
  title: 'Feed cat',
  due_at: '2026-04-04T15:30:00.000Z',
});
row('Feed cat tomorrow 2:30am', '2026-09-25T22:00:00.000Z', AKL, {
  title: 'Feed cat',
  due_at: '2026-09-26T14:30:00.000Z',
});

// Month ends and leap days: a day number skips months that lack it.
row('Pay on the 31st', '2026-04-10T10:00:00.000Z', UTC, { title: 'Pay', due_date: '2026-05-31' });
row('Pay on the 31st', '2026-02-10T10:00:00.000Z', UTC, { title: 'Pay', due_date: '2026-03-31' });
row('Pay on the 29th', '2027-02-10T10:00:00.000Z', UTC, { title: 'Pay', due_date: '2027-03-29' });
row('Pay on the 29th', '2028-02-10T10:00:00.000Z', UTC, { title: 'Pay', due_date: '2028-02-29' });
row('Report end of month', '2028-02-10T10:00:00.000Z', UTC, { title: 'Report', due_date: '2028-02-29' });
row('Leap party feb 29', WED_UTC, UTC, { title: 'Leap party', due_date: '2028-02-29' });
row('Check in 1 month', '2026-01-31T10:00:00.000Z', UTC, { title: 'Check', due_date: '2026-02-28' });
row('Ship 2027-02-29', WED_UTC, UTC, { title: 'Ship 2027-02-29' });

// Year rollover, including a zone already in the new year.
row('Party dec 31', '2027-01-01T03:00:00.000Z', NY, { title: 'Party', due_date: '2026-12-31' });
row('Party tomorrow', '2027-01-01T03:00:00.000Z', NY, { title: 'Party', due_date: '2027-01-01' });
row('Call jan 2', '2026-12-15T10:00:00.000Z', UTC, { title: 'Call', due_date: '2027-01-02' });
row('Plan next month', '2026-12-15T10:00:00.000Z', UTC, { title: 'Plan', due_date: '2027-01-01' });
row('Fireworks dec 31 at 11pm', '2026-12-31T12:00:00.000Z', AKL, {
  title: 'Fireworks',
  due_at: '2027-12-31T10:00:00.000Z',
});

// Recurrence: due is the first occurrence from now.
row('Water plants every day', WED_UTC, UTC, {
  title: 'Water plants',
  due_date: '2026-11-18',
  recurrence: 'FREQ=DAILY',
});
row('Water plants daily at 8am', WED_UTC, UTC, {
  title: 'Water plants',
  due_at: '2026-11-19T08:00:00.000Z',
  recurrence: 'FREQ=DAILY',
});
row('Standup every weekday at 9:30am', WED_NY, NY, {
  title: 'Standup',
  due_at: '2026-11-19T14:30:00.000Z',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
});
row('Gym every mon and thu', WED_UTC, UTC, {
  title: 'Gym',
  due_date: '2026-11-19',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH',
});
row('Gym every monday', MON_UTC, UTC, {
  title: 'Gym',
  due_date: '2026-11-23',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO',
});
row('Gym every monday at 7am', MON_UTC, UTC, {
  title: 'Gym',
  due_at: '2026-11-30T07:00:00.000Z',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO',
});
row('Sync every 2 weeks on tuesday', WED_UTC, UTC, {
  title: 'Sync',
  due_date: '2026-11-24',
  recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
});
row('Sync every other week', WED_UTC, UTC, {
  title: 'Sync',
  due_date: '2026-11-18',
  recurrence: 'FREQ=WEEKLY;INTERVAL=2',
});
row('Review weekly', WED_UTC, UTC, { title: 'Review', due_date: '2026-11-18', recurrence: 'FREQ=WEEKLY' });
row('Rent every 1st', WED_UTC, UTC, {
  title: 'Rent',
  due_date: '2026-12-01',
  recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
});
row('Rent monthly on the 15th', WED_UTC, UTC, {
  title: 'Rent',
  due_date: '2026-12-15',
  recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15',
});
row('Close books every last day of the month', WED_UTC, UTC, {
  title: 'Close books',
  due_date: '2026-11-30',
  recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-1',
});
row('Birthday every dec 24', WED_UTC, UTC, {
  title: 'Birthday',
  due_date: '2026-12-24',
  recurrence: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24',
});
row('Renew passport yearly', WED_UTC, UTC, {
  title: 'Renew passport',
  due_date: '2026-11-18',
  recurrence: 'FREQ=YEARLY',
});
row('Water cactus every 3 days', WED_UTC, UTC, {
  title: 'Water cactus',
  due_date: '2026-11-18',
  recurrence: 'FREQ=DAILY;INTERVAL=3',
});
row('Gym every monday', WED_UTC, UTC, { title: 'Gym every monday' }, false);

// Priorities and tags.
row('Fix p1 bug', WED_UTC, UTC, { title: 'Fix bug', priority: 'high' });
row('Fix bug !MED', WED_UTC, UTC, { title: 'Fix bug', priority: 'medium' });
row('Fix bug !4', WED_UTC, UTC, { title: 'Fix bug', priority: 'none' });
row('Fix bug !urgent', WED_UTC, UTC, { title: 'Fix bug !urgent' });
row('Fix bug !low !high', WED_UTC, UTC, { title: 'Fix bug !high', priority: 'low' });
row('Plan trip #Travel #travel #ürgent #کام', WED_UTC, UTC, {
  title: 'Plan trip',
  tags: ['Travel', 'ürgent', 'کام'],
});
row('Read chapter 3 p2 #हिंदी', WED_UTC, UTC, { title: 'Read chapter 3', priority: 'medium', tags: ['हिंदी'] });
row('Fix issue #2 in C# docs', WED_UTC, UTC, { title: 'Fix issue #2 in C# docs' });
row(`Tag #${'a'.repeat(33)}`, WED_UTC, UTC, { title: `Tag #${'a'.repeat(33)}` });
row(`Tags ${Array.from({ length: 21 }, (_, k) => `#t${k}`).join(' ')}`, WED_UTC, UTC, {
  title: 'Tags #t20',
  tags: Array.from({ length: 20 }, (_, k) => `t${k}`),
});

// Parts of the day (morning 09:00, afternoon 15:00, evening 18:00, night 20:00): with a date they
// give it a time; "in the morning" alone is the next one; a plain hour with a later part is PM.
// "yesterday" is read too: a due moment in the past is allowed (the task is simply overdue).
row('Call mom tomorrow morning', WED_NY, NY, { title: 'Call mom', due_at: '2026-11-19T14:00:00.000Z' });
row('Gym tomorrow evening at 7', WED_NY, NY, { title: 'Gym', due_at: '2026-11-20T00:00:00.000Z' });
row('Standup tomorrow morning at 8:30', WED_UTC, UTC, {
  title: 'Standup',
  due_at: '2026-11-19T08:30:00.000Z',
});
row('Call dad tomorrow afternoon at 2', WED_UTC, UTC, {
  title: 'Call dad',
  due_at: '2026-11-19T14:00:00.000Z',
});
row('Review slides friday afternoon', WED_KHI, KHI, {
  title: 'Review slides',
  due_at: '2026-11-20T07:00:00.000Z',
});
row('Dinner with Sara friday night', WED_UTC, UTC, {
  title: 'Dinner with Sara',
  due_at: '2026-11-20T22:00:00.000Z',
});
row('Meet Ali on monday morning', WED_UTC, UTC, { title: 'Meet Ali', due_at: '2026-11-23T09:00:00.000Z' });
row('Water plants this evening', WED_UTC, UTC, {
  title: 'Water plants',
  due_at: '2026-11-18T19:00:00.000Z',
});
row('Email Sam this morning', WED_UTC, UTC, { title: 'Email Sam', due_at: '2026-11-18T09:00:00.000Z' });
row('Go for a run in the morning', WED_UTC, UTC, {
  title: 'Go for a run',
  due_at: '2026-11-19T09:00:00.000Z',
});
row('Call the bank in the afternoon', WED_UTC, UTC, {
  title: 'Call the bank',
  due_at: '2026-11-18T12:00:00.000Z',
});
row('Call dad at 7 in the evening', WED_UTC, UTC, { title: 'Call dad', due_at: '2026-11-18T19:00:00.000Z' });
row('Read at night', WED_UTC, UTC, { title: 'Read', due_at: '2026-11-18T22:00:00.000Z' });
row('Pay the fine yesterday', WED_UTC, UTC, { title: 'Pay the fine', due_date: '2026-11-17' });
row('Submit report due yesterday evening', WED_UTC, UTC, {
  title: 'Submit report',
  due_at: '2026-11-17T19:00:00.000Z',
});

// Text that is not a date stays in the title.
for (const title of [
  'Read 1984',
  'Buy 2 apples',
  'Call Monday Blue',
  'Enjoy the sun',
  'Read John 3:16',
  'Meet at 9 Elm Street',
  'Write weekly report',
  'Check every box',
  'Turn on the lights',
  'Watch Apollo 13',
  'Email about 24/12 invoice',
  'Plan next steps',
  'Finish 1st draft',
  'Look at 3 options',
  'Morning run',
  'Movie night',
  'Good morning message',
  'Evening class notes',
  'Saturday night fever',
  'Plan the morning',
])
  row(title, WED_UTC, UTC, { title });

// "every morning" repeats daily at that part of the day (as in Todoist).
row('Do yoga every morning', WED_UTC, UTC, {
  title: 'Do yoga',
  due_at: '2026-11-19T09:00:00.000Z',
  recurrence: 'FREQ=DAILY',
});

// Everything read: the title keeps the whole line.
row('tomorrow 5pm !high', WED_UTC, UTC, {
  title: 'tomorrow 5pm !high',
  priority: 'high',
  due_at: '2026-11-19T17:00:00.000Z',
});

export function parse(r: Pick<Row, 'text' | 'now' | 'zone' | 'recurrence'>) {
  return parseQuickAdd(r.text, { now: new Date(r.now), timeZone: r.zone, recurrence: r.recurrence });
}

// Times said loosely, dates that say when a repeat starts, weekdays listed without "every", ends of
// days and months, "monday next".
row('Dentist tonight around 9', WED_UTC, UTC, { title: 'Dentist', due_at: '2026-11-18T21:00:00.000Z' });
row('Call landlord tomorrow at around 5pm', WED_UTC, UTC, {
  title: 'Call landlord',
  due_at: '2026-11-19T17:00:00.000Z',
});
row('Call back 5pm-ish', WED_UTC, UTC, { title: 'Call back', due_at: '2026-11-18T17:00:00.000Z' });
row('Yoga every tuesday 6pm starting next week', WED_UTC, UTC, {
  title: 'Yoga',
  due_at: '2026-11-24T18:00:00.000Z',
  recurrence: 'FREQ=WEEKLY;BYDAY=TU',
});
row('Piano every saturday at 11 from next month', WED_UTC, UTC, {
  title: 'Piano',
  due_at: '2026-12-05T11:00:00.000Z',
  recurrence: 'FREQ=WEEKLY;BYDAY=SA',
});
row('Meeting with Omar monday next at 10', WED_UTC, UTC, {
  title: 'Meeting with Omar',
  due_at: '2026-11-23T10:00:00.000Z',
});
row('Finish slides by end of day', WED_UTC, UTC, { title: 'Finish slides', due_date: '2026-11-18' });
row('Renew passport before end of march', WED_UTC, UTC, { title: 'Renew passport', due_date: '2027-03-31' });
row('Report end of next month', WED_UTC, UTC, { title: 'Report', due_date: '2026-12-31' });
row('Gym mon wed fri 7am', WED_UTC, UTC, {
  title: 'Gym',
  due_at: '2026-11-20T07:00:00.000Z',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
});
row('Swim on tuesdays', WED_UTC, UTC, {
  title: 'Swim',
  due_date: '2026-11-24',
  recurrence: 'FREQ=WEEKLY;BYDAY=TU',
});
row('Talk about 5 options', WED_UTC, UTC, { title: 'Talk about 5 options' });
row('Monday and Tuesday meetings', WED_UTC, UTC, { title: 'Monday and Tuesday meetings' });
row('Pick up package from 5th avenue', WED_UTC, UTC, { title: 'Pick up package from 5th avenue' });

// The table in three languages (test/support/quickadd-phrases.jsonl): one line each, read on
// Wednesday 2026-11-18 at 10:00 in Karachi with the lists below, in the row's date order.
export const TABLE_LISTS: QuickAddList[] = [
  { name: 'Inbox' },
  { name: 'Home' },
  { name: 'Work', sections: ['Meetings', 'Admin'] },
  { name: 'Groceries' },
  { name: 'Side Project', sections: ['Ideas', 'Build', 'Launch'] },
  {
    name: 'Family',
    members: [
      { name: 'sara', email: 'sara.k@example.org' },
      { name: 'ahmed', email: 'ahmed@example.org' },
      { name: 'you', email: 'me@example.org' },
    ],
  },
];

export interface TableRow {
  lang: 'en' | 'ur' | 'roman-ur';
  text: string;
  now: string;
  zone: string;
  date_order: DateOrder;
  default_list?: string;
  want: Fields;
}

export const tableRows: TableRow[] = readFileSync(
  new URL('./quickadd-phrases.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const r = JSON.parse(line) as Omit<TableRow, 'want'> & { want: Partial<Fields> & { title: string } };
    const want: Fields = {
      priority: null,
      tags: [],
      due_date: null,
      due_at: null,
      recurrence: null,
      recurrence_from: 'due',
      duration: null,
      deadline: null,
      list: null,
      section: null,
      assignee: null,
      reminders: [],
      ...r.want,
    };
    return { ...r, want };
  });

export function parseTableRow(r: TableRow) {
  return parseQuickAdd(r.text, {
    now: new Date(r.now),
    timeZone: r.zone,
    lists: TABLE_LISTS,
    defaultList: r.default_list ?? null,
    dateOrder: r.date_order,
    urdu: true,
  });
}
