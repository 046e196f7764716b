// Several changes of one task in one line: "make it low priority and push it to
// the 10th", "HR is chasing me for the paperwork, make it top priority and due tomorrow", "X ko high
// priority kar do aur exams ka tag laga do". Read as it is, such a line made one change of the two,
// or each in a call of its own. The line is read in a dry run (reads reach the tools, changes do
// not); when every change it asks for is a change of details of one task, each of its later parts
// (after a joiner, a comma or a sentence's end) is read again in a dry run as said of that task
// ("due tomorrow" as "make it due tomorrow"; the leads per language are data). When the parts add
// details the line missed, or the line made several calls, all of them are made as one change;
// never when two parts set one detail differently, and never with any other kind of change.
// Words are data (lang/leftover.json `together`).
import type {
  AgentInput,
  AgentOutput,
  HistoryMessage,
  ToolCallRecord,
} from '../../../server/features/assistant/agent.js';
import data from '../lang/leftover.json' with { type: 'json' };
import { detectLanguage, words } from '../language.js';
import { withAsks } from '../state.js';
import { type ClauseReading, type DryCall, dryRun } from './leftover.js';

const CUT = new RegExp(data.together.cut[0]!, `${data.together.cut[1]}g`);
const LEADS: Record<string, string[]> = data.together.leads;
const TOOL = 'set_task_details';
/** Details that add to what the task has (the tools take the whole list): parts' lists are joined. */
const LISTS = new Set(['tags', 'reminders']);

/** `into` with the details of `args` added; null when one of them is set differently there. */
function joined(
  into: Record<string, unknown>,
  args: Record<string, unknown>,
): Record<string, unknown> | null {
  const out = { ...into };
  for (const [key, value] of Object.entries(args)) {
    if (key === 'user_id' || key === 'task_id') continue;
    if (!(key in out)) {
      out[key] = value;
      continue;
    }
    if (LISTS.has(key) && Array.isArray(value) && Array.isArray(out[key])) {
      const seen = new Set<string>();
      out[key] = [...(out[key] as unknown[]), ...value].filter((v) => {
        const k = JSON.stringify(v).toLowerCase();
        return !seen.has(k) && seen.add(k);
      });
      continue;
    }
    if (JSON.stringify(out[key]) !== JSON.stringify(value)) return null;
  }
  return out;
}

/** The parts of a line after its first, as cut at joiners, commas and sentence ends. */
export function laterParts(text: string): string[] {
  const cuts = [...text.matchAll(CUT)];
  return cuts
    .map((cut, i) => text.slice(cut.index + cut[0].length, cuts[i + 1]?.index ?? text.length).trim())
    .filter((part) => words(part).length > 0 && words(part).length <= data.together.maxWords);
}

/**
 * The line carried out as one change of one task's details, when it asks for several of them; else
 * null (and nothing changed).
 */
export async function togetherActing(
  input: AgentInput,
  reading: ClauseReading,
  /** The whole line's dry run. */
  made: DryCall[],
): Promise<AgentOutput | null> {
  const text = input.message;
  const parts = laterParts(text);
  if (parts.length === 0) return null;
  if (made.length === 0 || made.some((c) => c.name !== TOOL)) return null;
  const id = Number(made[0]!.args.task_id);
  if (!Number.isInteger(id) || made.some((c) => Number(c.args.task_id) !== id)) return null;
  let merged: Record<string, unknown> | null = {};
  for (const call of made) merged = merged && joined(merged, call.args);
  if (!merged) return null;
  const read = await input.callTool('get_task', { user_id: input.userId, task_id: id });
  const title = read.isError ? '' : String((read.result as { title?: unknown }).title ?? '');
  if (!title) return null;
  // The task as the last turn's, so that a part says its change of "it".
  const told: ToolCallRecord = { name: 'search_tasks', arguments: {}, result: [{ id, title }] };
  const history: HistoryMessage[] = [
    ...input.history,
    { role: 'user', content: '' },
    { role: 'assistant', content: '', tool_calls: [told] },
  ];
  const lang = detectLanguage(text);
  const added: string[] = [];
  for (const part of parts) {
    for (const lead of LEADS[lang] ?? ['']) {
      const calls = await dryRun(input, `${lead.replace('{title}', title)}${part}`, reading, history, {
        id,
        title,
      });
      if (calls.length === 0) continue;
      if (calls.some((c) => c.name !== TOOL || Number(c.args.task_id) !== id)) break;
      let more: Record<string, unknown> | null = merged;
      for (const call of calls) more = more && joined(more, call.args);
      if (!more) return null;
      if (Object.keys(more).length > Object.keys(merged).length) added.push(part);
      merged = more;
      break;
    }
  }
  if (made.length === 1 && added.length === 0) return null;
  // Carried out: the first change of the task made with every detail, the others not made again.
  let first: Awaited<ReturnType<AgentInput['callTool']>> | null = null;
  const callTool: AgentInput['callTool'] = async (name, args) => {
    if (name !== TOOL || Number(args.task_id) !== id) return input.callTool(name, args);
    first ??= await input.callTool(name, { ...args, ...merged });
    return first;
  };
  const out = await reading.read({ ...input, callTool });
  if (!first) return null;
  let kept = false;
  const calls = out.tool_calls.flatMap((c) => {
    if (c.name !== TOOL || Number(c.arguments.task_id) !== id) return [c];
    if (kept) return [];
    kept = true;
    return [{ ...c, arguments: { ...c.arguments, ...merged } }];
  });
  const more =
    added.length > 0
      ? ` ${data.together.also[lang].replace('{parts}', added.map((p) => `"${p}"`).join(', '))}`
      : '';
  return withAsks({ response: `${out.response}${more}`, tool_calls: calls }, out);
}
