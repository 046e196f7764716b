// Why quick add kept "/Section" or "+person" in the title: one message each, in the English the
// parse answers (`unread[].reason`, for programs, like a problem's detail) and, through the
// catalogs' `shared` part, in the reader's language: the web app and the command line read the
// English reason back into its message and names (readReason) and say it with their own `t`.
import { formatMessage, parseMessage, type Vars } from '../i18n/message.js';

type Translate = (message: string, vars?: Vars) => string;

/** The key check finds messages in calls to `msg` (as the web app's ui/msg.ts). */
const msg = (message: string) => message;

/** The reason of each case, as a message; `{list}` and `{name}` as the line and the lists have them. */
export const REASONS = {
  noSection: msg('{list} has no section named {name}'),
  inboxNoSection: msg('the Inbox has no section named {name}'),
  noMember: msg('no member of {list} is called {name}'),
  notShared: msg('{list} is not shared'),
  inboxNotShared: msg('the Inbox is not shared'),
};

export type Reason = keyof typeof REASONS;

/** A reason in English, as the parse answers it. */
export const reasonText = (reason: Reason, vars: Vars): string =>
  formatMessage(REASONS[reason], vars, 'en', 'en');

/** A message of REASONS as a pattern whose groups are its names, in order. */
function patternOf(message: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = parseMessage(message)
    .map((part) => {
      if (typeof part === 'string') return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (typeof part === 'object') names.push(part.arg);
      return '(.+)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`, 'u'), names };
}

/** The reason an English reason says, with its names; undefined for one it does not know. */
export function readReason(text: string): { reason: Reason; vars: Record<string, string> } | undefined {
  // The Inbox's own sentences first: "{list} is not shared" would read "the Inbox" as a list name.
  for (const reason of ['inboxNoSection', 'inboxNotShared', 'noSection', 'noMember', 'notShared'] as const) {
    const { pattern, names } = patternOf(REASONS[reason]);
    const found = pattern.exec(text);
    if (found) return { reason, vars: Object.fromEntries(names.map((name, i) => [name, found[i + 1]!])) };
  }
  return undefined;
}

/** An English reason in the reader's language (their `t`); as it is when it is not one of REASONS. */
export function sayReason(text: string, t: Translate): string {
  const read = readReason(text);
  if (!read) return text;
  return t(REASONS[read.reason], read.vars);
}
