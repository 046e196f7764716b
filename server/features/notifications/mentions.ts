// Finding @mentions in a comment: `@` and a person's name as the task's members see it (their
// account name), in any case, not followed by a letter or digit. Longer names win where one name
// starts another ("@Ana Lima" is Ana Lima, not Ana).

export interface Person {
  id: string;
  name: string;
}

const WORD = /[\p{L}\p{N}_]/u;

/** The ids of `people` that `body` mentions. */
export function mentionedIn(body: string, people: readonly Person[]): Set<string> {
  const text = body.toLocaleLowerCase();
  const named = people
    .map((p) => ({ id: p.id, name: p.name.trim().toLocaleLowerCase() }))
    .filter((p) => p.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  const found = new Set<string>();
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // An address (ana@example.com) mentions no one.
    if (at > 0 && WORD.test(text[at - 1]!)) continue;
    for (const p of named) {
      if (!text.startsWith(p.name, at + 1)) continue;
      const next = text[at + 1 + p.name.length];
      if (next !== undefined && WORD.test(next)) continue;
      found.add(p.id);
      break;
    }
  }
  return found;
}
