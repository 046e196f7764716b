// A deletion is never carried out on the turn that asks for it (decision 0113: never delete
// without saying exactly what will happen). The turn that reads a deletion names the task and asks; the
// next turn's "yes" reads the same request again and carries it out, deleting only a task the
// question named. The question is kept with the reply as state (state.ts: the request and the
// titles named), handed back with the history, as every other question of the assistant is.
//
// Which tools a reading runs on decides what a deletion does there:
// - a dry run's tools (stages/leftover.ts, tagged DRY): the deletion is only recorded, as every
//   change is, so the stages that never carry out a deletion still see one;
// - the tools of a confirmed replay (tagged with the titles the question named): carried out when
//   the task's title is one of them;
// - any other tools: not carried out; the reply asks.
// On the replay, a change the asking turn already made (the other half of "delete X and add Y") is
// answered from that turn's record instead of being made twice.

import { DELETE_CONFIRM } from '#shared/answers.js';
import type { AgentInput, AgentOutput, HistoryMessage } from '../../../server/features/assistant/agent.js';
import type { Lang } from '../language.js';
import { lastAsked } from '../state.js';

type CallTool = AgentInput['callTool'];

/** Marks the tools of a dry run (reads real, changes recorded). */
const DRY = Symbol('dry run');
/** Marks the tools of a confirmed replay with the titles of the tasks "yes" may delete. */
const CONFIRMED = Symbol('deletion confirmed');

type Tagged = CallTool & { [DRY]?: true; [CONFIRMED]?: ReadonlySet<string> };

export function markDry(tools: CallTool): CallTool {
  (tools as Tagged)[DRY] = true;
  return tools;
}

/** What a deletion of the task titled `title` does on these tools. */
export function deletion(tools: CallTool, title: string): 'record' | 'carry out' | 'ask' {
  const tagged = tools as Tagged;
  if (tagged[DRY]) return 'record';
  return tagged[CONFIRMED]?.has(title.trim().toLowerCase()) ? 'carry out' : 'ask';
}

/** The question put instead of deleting: the task named, what will happen, how to answer. */
export function askToDelete(title: string): Record<Lang, string> {
  const q = `"${title}"`;
  return {
    en: `Delete ${q}? It will be gone for good. ${DELETE_CONFIRM.en}`,
    ur: `کیا ${q} حذف کر دوں؟ یہ ہمیشہ کے لیے مٹ جائے گا۔ ${DELETE_CONFIRM.ur}`,
    roman: `Kya ${q} delete kar doon? Yeh hamesha ke liye mit jayega. ${DELETE_CONFIRM.roman}`,
  };
}

/** The request a deletion question was put for and the titles it named, when the last turn asked one. */
function askedToDelete(
  history: HistoryMessage[],
): { request: string; titles: string[]; asked: HistoryMessage } | null {
  const state = lastAsked(history);
  const titles = (state?.asks ?? []).flatMap((a) => (a.kind === 'delete' ? a.titles : []));
  if (!state || titles.length === 0) return null;
  return { request: state.request, titles, asked: history.at(-1)! };
}

/**
 * The answer to a deletion question: "yes" reads the request again on tools that delete the tasks
 * the question named (and answer the changes already made from their record); "no" keeps them.
 * Null when the last turn asked no such question, or this message is neither answer (then it is a
 * new request).
 */
export async function answerToDelete(
  input: AgentInput,
  answer: 'yes' | 'no' | null,
  read: (input: AgentInput) => Promise<AgentOutput>,
  declined: string,
  mutating: ReadonlySet<string>,
): Promise<AgentOutput | null> {
  const question = askedToDelete(input.history);
  if (!question || answer === null) return null;
  if (answer === 'no') return { response: declined, tool_calls: [] };
  const titles = new Set(question.titles.map((t) => t.trim().toLowerCase()));
  const made = (question.asked.tool_calls ?? []).filter((c) => mutating.has(c.name));
  const served = new Set<unknown>();
  const replay: Tagged = async (name, args) => {
    const i = made.findIndex((c) => c.name === name && sameArgs(c.arguments, args));
    if (i >= 0) {
      const [call] = made.splice(i, 1);
      served.add(call!.result);
      return { result: call!.result, isError: false };
    }
    return input.callTool(name, args);
  };
  replay[CONFIRMED] = titles;
  const out = await read({
    ...input,
    message: question.request,
    history: input.history.slice(0, -2),
    callTool: replay,
  });
  return { ...out, tool_calls: out.tool_calls.filter((c) => !served.has(c.result)) };
}

function sameArgs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}
