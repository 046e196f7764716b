// What the model prompts share: today as the person's zone says it, and the estimate of a prompt's
// size in tokens.
import type { AgentInput } from './agent.js';

/** "Now is ...; today is 2025-06-11, Wednesday in the user's time zone Asia/Karachi." */
export function todayLine(input: Pick<AgentInput, 'now' | 'timeZone'>): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: input.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'long',
  }).format(input.now);
  return `Now is ${input.now.toISOString()}; today is ${today} in the user's time zone ${input.timeZone}.`;
}

/**
 * An estimate of the tokens a text takes: a quarter of its characters, rounded up (English prose
 * and JSON run at 3.5-4.5 characters a token in the GPT, Llama and Qwen tokenizers; Urdu script
 * takes more). Used to keep the fixed prompts short, and printed by the eval; no tokenizer is
 * bundled for it.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
