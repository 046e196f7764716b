// The evaluation for any assistant (eval/model-run.ts) against a scripted OpenAI-compatible server
// replaying recorded answers (test/support/scripted-model.ts), in both modes, and for the built-in
// assistant: the table it prints, per language, with the model, its settings and the prompt's size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answer,
  plan,
  replayModel,
  type ScriptedModel,
  toolCall,
} from '../../test/support/scripted-model.js';
import { outcomeTable, parseTargeted, runTargeted, wilson } from '../eval/model-run.js';

// The first three lines of held-out/vet-editor-rickshaw-principal (its clock: Saturday 2028-03-18,
// Asia/Karachi).
const PARROT =
  'mrs hashmi called again, now her second parrot has started plucking its feathers too 🙄 need to have a look at that one as well';
const GROOMING =
  "kazmi's shepherd is in for his shots monday, but his wife also wants the same dog groomed friday at 3. put that down pls";
const SHELTER =
  "I've signed up to do free checkups at the edhi animal shelter every thursday morning, starting this thursday at 8";

/** What a small model answered in plan mode (the third plan says no time, so the date is a day: a miss). */
const PLANS = {
  [PARROT]: plan({ intent: 'add', title: "Look at Mrs Hashmi's second parrot" }),
  [GROOMING]: plan({ intent: 'add', title: "Groom Kazmi's shepherd", when: 'friday at 3pm' }),
  [SHELTER]: plan({
    intent: 'add',
    title: 'Free checkups at the Edhi animal shelter',
    when: 'every thursday',
  }),
};

/** What a model answered as a tool agent (the third completes a task nobody asked about: a wrong change). */
const CALLS = {
  [PARROT]: [toolCall('a', 'add_task', { title: "Look at Mrs Hashmi's second parrot" }), answer('Added.')],
  [GROOMING]: [
    toolCall('b', 'add_task_details', {
      title: "Groom Kazmi's shepherd",
      due_at: '2028-03-24T15:00:00+05:00',
    }),
    answer('Added.'),
  ],
  [SHELTER]: [toolCall('c', 'complete_task', { task_id: 1 }), answer('Done.')],
};

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runTargeted(args, (line) => lines.push(line));
  return { code, lines };
}

describe('npm run eval for a model (a scripted server replaying recorded answers)', () => {
  let plans: ScriptedModel;
  let calls: ScriptedModel;
  beforeAll(async () => {
    plans = await replayModel(PLANS, {
      ollama: { parameterSize: '1.7B', capabilities: ['completion', 'tools'] },
    });
    calls = await replayModel(CALLS);
  });
  afterAll(async () => {
    await plans?.close();
    await calls?.close();
  });

  it('plan mode (chosen by the probe of a 1.7B Ollama model): the table, the settings and the prompt size', async () => {
    const { code, lines } = await run([
      '--base-url',
      plans.url,
      '--model',
      'qwen3:1.7b',
      '--set',
      'vet-editor-rickshaw-principal',
      '--limit',
      '3',
      '--num-ctx',
      '8192',
    ]);
    expect(code).toBe(0);
    const text = lines.join('\n');
    expect(text).toContain(`Assistant: model qwen3:1.7b at ${plans.url} (Ollama 0.12.0, 1.7B parameters)`);
    expect(text).toMatch(/Settings: mode plan \(auto\), streamed no, num_ctx 8192, key none/u);
    expect(text).toMatch(/Prompt: \d+ tokens of system prompt and plan schema/u);
    expect(text).toContain('held-out/vet-editor-rickshaw-principal: 2/3 correct');
    expect(lines.find((l) => l.trimStart().startsWith('en '))).toMatch(
      /^ {2}en +3 {2}2 66\.7% \(20\.8-93\.9\) +0 0\.0% \(0\.0-56\.1\) +0 0\.0% \(0\.0-56\.1\) +1 33\.3% \(6\.1-79\.2\)$/u,
    );
    expect(
      plans.requests.every((r) => r.body.response_format?.type === 'json_schema' && r.body.stream === false),
    ).toBe(true);
  });

  it('agent mode: the tool calls are judged by their effect, a change nobody asked for counted wrong', async () => {
    const { code, lines } = await run([
      '--base-url',
      calls.url,
      '--model',
      'scripted',
      '--mode',
      'agent',
      '--key',
      'sk-secret',
      '--set',
      'vet-editor-rickshaw-principal',
      '--limit',
      '3',
      '--misses',
    ]);
    expect(code).toBe(0);
    const text = lines.join('\n');
    expect(text).toMatch(/Settings: mode agent, streamed yes, key given/u);
    expect(text).not.toContain('sk-secret');
    expect(text).toMatch(/Prompt: \d+ tokens of system prompt and tools/u);
    expect(text).toContain('held-out/vet-editor-rickshaw-principal: 2/3 correct');
    expect(text).toMatch(
      /miss \[held-out\/vet-editor-rickshaw-principal en\] "I've signed up.*WRONG CHANGE/u,
    );
    expect(lines.find((l) => l.trimStart().startsWith('all '))).toMatch(/ 1 33\.3% \(6\.1-79\.2\)$/u);
    expect(calls.requests[0].auth).toBe('Bearer sk-secret');
  });

  it('the built-in assistant on the same lines', async () => {
    const { code, lines } = await run([
      '--builtin',
      '--set',
      'vet-editor-rickshaw-principal',
      '--limit',
      '3',
    ]);
    expect(code).toBe(0);
    expect(lines[0]).toBe('Assistant: the built-in rules assistant (no model)');
    expect(lines.some((l) => l.startsWith('  held-out/vet-editor-rickshaw-principal: '))).toBe(true);
  });

  it('refuses unreadable options with the usage, and runs nothing', async () => {
    for (const args of [
      [],
      ['--builtin', '--limit', '0'],
      ['--base-url', 'ftp://x', '--model', 'm'],
      ['--builtin', '--set', 'nope'],
      ['--base-url', 'http://x', '--model', 'm', '--mode', 'fast'],
    ]) {
      const { code, lines } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(lines.join('\n')).toMatch(/usage: npm run eval|no set named/u);
    }
    expect(() => parseTargeted(['--builtin', '--base-url', 'http://x'])).toThrow(/exclude/u);
  });

  it('Wilson intervals and the table of several languages', () => {
    const [lo, hi] = wilson(80, 100);
    expect(lo).toBeCloseTo(0.7112, 3);
    expect(hi).toBeCloseTo(0.8666, 3);
    expect(wilson(0, 0)).toEqual([0, 1]);
    const table = outcomeTable({
      ur: { total: 10, correct: 5, asked: 2, nothing: 2, wrong: 1 },
      en: { total: 10, correct: 9, asked: 1, nothing: 0, wrong: 0 },
    });
    expect(table.map((l) => l.trim().split(/\s+/u)[0])).toEqual(['lang', 'en', 'ur', 'all', '(a']);
    expect(table[3]).toMatch(/^ {2}all +20 {2}14 70\.0%/u);
  });
});
