// Fails when a code comment cites the history of its making (an issue, session or round named by its number):
// comments describe the code as it is; why it is so is a decision record (docs/decisions/), and
// what happened on the way is the journal (docs/journal/). Run by `npm run lint`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ROOTS = [
  'server',
  'shared',
  'web/src',
  'clients',
  'rules-assistant',
  'test',
  'bench',
  'scripts',
  'deploy',
];
const CODE = /\.(ts|tsx|mts|mjs|js|cjs|sh)$/;
/** Generated files: their comments are not written by hand. */
const GENERATED = new Set(['clients/api/schema.d.ts', 'clients/api/operations.ts']);

/** The text of a line's comment: after `//`, on a block comment's line, or a shell comment. */
function commentOf(line: string, shell: boolean): string | null {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('*') || trimmed.startsWith('/*')) return trimmed;
  if (shell && trimmed.startsWith('#')) return trimmed;
  // `//` outside a string or a URL: a plain heuristic that holds for this code base.
  const at = line.search(/(^|[\s;,{}()])\/\/(?!\/)/);
  return at === -1 ? null : line.slice(at);
}

export const HISTORY = /\b(issues?|sessions?|rounds?|stops?) #?\d+\b/i;

export function historyCitations(files: string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    const shell = file.endsWith('.sh');
    read(file)
      .split('\n')
      .forEach((line, i) => {
        const comment = commentOf(line, shell);
        if (comment && HISTORY.test(comment)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

const files = execFileSync('git', ['ls-files', ...ROOTS], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => CODE.test(file) && !GENERATED.has(file));
const found = historyCitations(files, (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // listed by git, deleted in the working tree
  }
});
if (found.length > 0) {
  console.error(
    `${found.length} code comment(s) cite the history of their making; say what is true now and link the decision record:\n` +
      found.join('\n'),
  );
  process.exit(1);
}
console.log(`comment-history: ${files.length} files, no comment cites an issue, session or round`);
