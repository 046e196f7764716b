// The answer to a question about one task (stages/question.ts reads it): its due moment, its
// priority, whether it is done. Only ever a read; the task answered about is the focus after it.
import type { AgentOutput } from '../../server/features/assistant/agent.js';
import { dueWords } from './dates.js';
import { type Lang, words, wordsMeet } from './language.js';
import { type ShownTask, say, urduLevel } from './replies.js';
import type { TaskQuestion } from './stages/question.js';
import { closestTasks, onlyTaskSharing } from './stages/target.js';
import { said, type Turn, WHICH } from './turn.js';

/** "Is X urgent?": the task's priority, or that it has none. */
function priorityAnswer(task: ShownTask): Record<Lang, string> {
  const level = task.priority && task.priority !== 'none' ? task.priority : null;
  const title = `"${task.title}"`;
  return level
    ? {
        en: `${title} is ${level} priority.`,
        roman: `${title} ki priority ${level} hai.`,
        ur: `${title} کی ترجیح ${urduLevel(level)} ہے۔`,
      }
    : {
        en: `${title} has no priority set.`,
        roman: `${title} ki koi priority set nahi.`,
        ur: `${title} کی کوئی ترجیح مقرر نہیں۔`,
      };
}

/** The answer to a question about one task (its due moment, its priority, whether it is done); null when no task is named. */
export async function answerQuestion(turn: Turn, question: TaskQuestion): Promise<AgentOutput | null> {
  const outcome = await turn.call('list_tasks', { status: 'all' });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const close = closestTasks(all, question.task);
  const inTitle = (task: ShownTask) =>
    question.task.every((term) => words(task.title).some((w) => wordsMeet(term, w)));
  // "did I already put in something about Zainab's uniform?": the one task sharing a telling word.
  const named = question.whole
    ? close.filter(inTitle)
    : close.length === 0
      ? onlyTaskSharing(all, question.task)
      : close;
  if (named.length > 1 && named.length <= 5) return turn.ask(say.which(turn.numbered(named)), WHICH);
  if (named.length !== 1) {
    turn.calls.pop();
    return null;
  }
  const found = named[0]!;
  const read = await turn.call('get_task', { task_id: found.id });
  const task = (read.isError ? found : { ...found, ...(read.result as object) }) as ShownTask;
  const title = task.title;
  const when = dueWords(task.due_date, task.due_at, turn.lang, turn.clock);
  if (question.ask === 'due')
    return turn.reply(
      when
        ? said(
            `"${title}" is due ${when}${task.completed ? ' (done)' : ''}.`,
            `"${title}" ${when} due hai${task.completed ? ' (ho chuka)' : ''}.`,
            `"${title}" کی آخری تاریخ ${when} ہے${task.completed ? ' (مکمل)' : ''}۔`,
          )
        : said(
            `"${title}" has no due date.`,
            `"${title}" ki koi due date nahi.`,
            `"${title}" کی کوئی آخری تاریخ نہیں۔`,
          ),
    );
  if (question.ask === 'priority') return turn.reply(priorityAnswer(task));
  if (question.ask === 'status')
    return turn.reply(
      task.completed
        ? said(`"${title}" is done.`, `"${title}" ho chuka hai.`, `"${title}" مکمل ہو چکا ہے۔`)
        : said(
            `"${title}" is still open${when ? `, due ${when}` : ''}.`,
            `"${title}" abhi baqi hai${when ? `, ${when} due` : ''}.`,
            `"${title}" ابھی باقی ہے${when ? `، آخری تاریخ ${when}` : ''}۔`,
          ),
    );
  if (task.completed)
    return turn.reply(
      said(
        `Yes, "${title}" is done.`,
        `Haan, "${title}" ho chuka hai.`,
        `جی ہاں، "${title}" مکمل ہو چکا ہے۔`,
      ),
    );
  return turn.reply(
    said(
      `No, "${title}" is still open${when ? `, due ${when}` : ''}.`,
      `Nahi, "${title}" abhi baqi hai${when ? `, ${when} due` : ''}.`,
      `نہیں، "${title}" ابھی باقی ہے${when ? `، آخری تاریخ ${when}` : ''}۔`,
    ),
  );
}
