// Session 15: check first. A line whose planned changes the risk model (rules-assistant/engine/
// stages/risk.ts, learned from the blind first runs by rules-assistant/eval/risk-train.ts) scores as likely wrong is
// not carried out: the changes are said back exactly and asked about; "yes" makes them, "no" leaves
// everything, anything else is a new request. Plain requests and deletions (which ask on their own)
// are not asked about.
import { describe, expect, it } from 'vitest';
import { CHECK_CONFIRM, DELETE_CONFIRM } from '#shared/answers.js';
import model from '../engine/lang/risk.json' with { type: 'json' };
import { FEATURES } from '../engine/stages/risk.js';
import { FIXTURES } from './phrases.js';
import { assistantOver, conversationOver } from './support.js';

const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const RISKY = 'the dog needs to be taken to the vet at some point';

describe('a reading scored as likely wrong is asked about first', () => {
  it('says exactly what it would do and changes nothing', async () => {
    const { say, tasks } = conversationOver(FIXTURES.home, clock);
    const before = JSON.stringify(await tasks());
    const out = await say(RISKY);
    expect(out.changes).toEqual([]);
    expect(out.reply).toContain('I would add a new task "Dog needs to be taken to the vet at some point"');
    expect(out.reply).toContain(CHECK_CONFIRM.en);
    expect(JSON.stringify(await tasks())).toBe(before);
  });

  it('"yes" carries out the line as it was read', async () => {
    const { say } = conversationOver(FIXTURES.home, clock);
    await say(RISKY);
    const out = await say('yes');
    expect(out.changes.map((c) => [c.name, c.arguments.title])).toEqual([
      ['add_task', 'Dog needs to be taken to the vet at some point'],
    ]);
  });

  it('"no" leaves everything as it was', async () => {
    const { say } = conversationOver(FIXTURES.home, clock);
    await say(RISKY);
    const out = await say('no');
    expect(out.changes).toEqual([]);
  });

  it('anything else is a new request, read on its own', async () => {
    const { say } = conversationOver(FIXTURES.home, clock);
    await say(RISKY);
    const out = await say('mark buy milk as done');
    expect(out.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['complete_task', 1]]);
  });

  it('asks in Roman Urdu for a Roman Urdu line, and "haan" makes it', async () => {
    const { say } = conversationOver(FIXTURES.home, clock);
    const out = await say('har mahine ki 5 tareekh ko internet ka bill dena hota hai');
    expect(out.changes).toEqual([]);
    expect(out.reply).toContain(CHECK_CONFIRM.roman);
    const yes = await say('haan');
    expect(yes.changes.map((c) => c.name)).toEqual(['add_task_details']);
    expect(yes.changes[0]!.arguments.recurrence).toMatch(/FREQ=MONTHLY/u);
  });
});

describe('what is not asked about', () => {
  it.each([
    ['add buy bread tomorrow', 'add_task_details'],
    ['mark buy milk as done', 'complete_task'],
    ['move water the plants to friday', 'set_task_details'],
  ])('a plain request: %s', async (line, tool) => {
    const out = await assistantOver(FIXTURES.home, clock)(line);
    expect(out.reply).not.toContain(CHECK_CONFIRM.en);
    expect(out.changes.map((c) => c.name)).toEqual([tool]);
  });

  it('a deletion asks its own question, once', async () => {
    const out = await assistantOver(FIXTURES.home, clock)('delete the read a book task');
    expect(out.reply).toContain(DELETE_CONFIRM.en);
    expect(out.reply).not.toContain(CHECK_CONFIRM.en);
  });
});

it('the model has one weight per feature and a threshold between 0 and 1', () => {
  expect(model.features).toEqual([...FEATURES]);
  expect(model.weights).toHaveLength(FEATURES.length);
  expect(model.threshold).toBeGreaterThan(0);
  expect(model.threshold).toBeLessThan(1);
});
