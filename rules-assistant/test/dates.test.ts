// The built-in assistant's reading of days, times and repeats said the way people say them: loosely
// ("around 9", "1ish", "half past three"), with a start ("every tuesday starting next week"), as
// lists of weekdays in every language ("mon wed fri", "har monday aur thursday", "ہر پیر اور
// جمعرات"), and "agle hafte somwar". What the person gets is the task the tools were asked to add.
import { describe, expect, it } from 'vitest';
import { parseDueOnly, parseUrduDetails } from '../engine/when.js';
import { assistantOver } from './support.js';

// Wednesday 2025-06-11, 14:00 in Karachi.
const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

const say = assistantOver([], clock);

async function added(message: string) {
  const { reply, changes } = await say(message);
  expect(changes, `${message}: ${reply}`).toHaveLength(1);
  expect(changes[0]!.name).toBe('add_task_details');
  return changes[0]!.arguments as Record<string, unknown>;
}

describe('days and times said loosely', () => {
  it.each([
    ['dentist tonight around 9', 'Dentist', '2025-06-11T16:00:00.000Z'],
    ['call the landlord tomorrow at around 5', 'Call the landlord', '2025-06-12T12:00:00.000Z'],
    ['pick up kids at half past three', 'Pick up kids', '2025-06-11T10:30:00.000Z'],
    ['team lunch friday 1ish', 'Team lunch', '2025-06-13T08:00:00.000Z'],
    ['meeting at seven tomorrow', 'Meeting', '2025-06-12T14:00:00.000Z'],
  ])('%s', async (message, title, due_at) => {
    expect(await added(message)).toMatchObject({ title, due_at });
  });
});

describe('repeats', () => {
  it('starts a weekly repeat on its first day from the date said, never on another weekday', async () => {
    expect(await added('yoga every tuesday 6pm starting next week')).toMatchObject({
      title: 'Yoga',
      due_at: '2025-06-17T13:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    });
  });

  it.each([
    ['gym mon wed fri 7am', 'Gym', { due_at: '2025-06-13T02:00:00.000Z' }, 'MO,WE,FR'],
    [
      'har saturday subah 8 baje cricket practice',
      'Cricket practice',
      { due_at: '2025-06-14T03:00:00.000Z' },
      'SA',
    ],
    ['har monday aur thursday ko gym', 'Gym', { due_date: '2025-06-12' }, 'MO,TH'],
    [
      'ہر پیر اور جمعرات کو شام 6 بجے ٹیوشن پڑھانی ہے',
      'ٹیوشن پڑھانی',
      { due_at: '2025-06-12T13:00:00.000Z' },
      'MO,TH',
    ],
  ])('%s: one task on those weekdays', async (message, title, due, days) => {
    expect(await added(message)).toMatchObject({ title, ...due, recurrence: `FREQ=WEEKLY;BYDAY=${days}` });
  });

  it('reads a weekday of next week in Roman Urdu', async () => {
    expect(await added('agle hafte somwar ko bijli ka bill jama karana hai')).toMatchObject({
      title: 'Bijli ka bill jama karana',
      due_date: '2025-06-16',
    });
  });
});

describe('one reader of time, shared with the product', () => {
  const urdu = (line: string) => parseUrduDetails(line.split(' '), clock, true);

  it('hands the Urdu and Roman Urdu words of time to the shared reader as typed', () => {
    expect(urdu('ammi ko kal doctor ke paas le jana')).toMatchObject({
      title: 'ammi ko doctor ke paas le jana',
      due_date: '2025-06-12',
    });
    expect(urdu('دوا لینا روز رات 10 بجے')).toMatchObject({
      title: 'دوا لینا',
      due_at: '2025-06-11T17:00:00.000Z',
      recurrence: 'FREQ=DAILY',
    });
  });

  it('keeps its own reading only where the shared reader has none, or reads the night otherwise', () => {
    expect(urdu('hafte ko AC service karwani hai')).toMatchObject({ due_date: '2025-06-14' });
    expect(urdu('bees tareekh ko bijli ka bill bharna hai')).toMatchObject({ due_date: '2025-06-20' });
    expect(urdu('kal raat 2 baje flight')).toMatchObject({
      title: 'flight',
      due_at: '2025-06-11T21:00:00.000Z',
    });
  });

  it('gives no date for a phrase of time it cannot wholly read, and leaves its words in the title', () => {
    const read = urdu('chand raat ki mehndi, 9 tareekh ko');
    expect(read).toMatchObject({ due_date: null, due_at: null });
    expect(read.title).toContain('9 tareekh ko');
  });

  it('takes a value as a due moment only when all of it is time, and a repeat as none', () => {
    expect(parseDueOnly('friday 5pm', ['friday', '5pm'], clock)).toMatchObject({
      due_at: '2025-06-13T12:00:00.000Z',
    });
    expect(parseDueOnly('every month', ['every', 'month'], clock)).toBeNull();
  });
});
