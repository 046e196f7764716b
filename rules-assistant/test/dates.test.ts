// The built-in assistant's reading of days, times and repeats said the way people say them: loosely
// ("around 9", "1ish", "half past three"), with a start ("every tuesday starting next week"), as
// lists of weekdays in every language ("mon wed fri", "har monday aur thursday", "ہر پیر اور
// جمعرات"), and "agle hafte somwar". What the person gets is the task the tools were asked to add.
import { describe, expect, it } from 'vitest';
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
