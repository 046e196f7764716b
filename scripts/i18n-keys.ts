// The key check of the message catalogs (docs/translating.md), run by test/web/i18n-catalogs.test.ts
// and by hand (`npx tsx scripts/i18n-keys.ts` prints what each catalog lacks or keeps too many).
// It finds every message where the code writes it, the first argument of a call to `t`, `tx` or `msg`,
// with the TypeScript parser, and holds each language's catalog of that part to them: every
// message there, the same {names} and plural/select arguments, nothing the code no longer uses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { messageArgs, messageCases } from '../shared/i18n/message.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CATALOGS = path.join(root, 'shared/i18n/catalogs');

/** Which catalog file (part) holds the messages of which source folders; the first match decides. */
export const PARTS: { part: string; dirs: string[] }[] = [
  {
    part: 'app',
    dirs: [
      'web/src/shell',
      'web/src/app',
      'web/src/ui',
      'web/src/tasks',
      'web/src/lists',
      'web/src/auth',
      'web/src/api',
      'web/src/main.tsx',
    ],
  },
  // What shared code says to people, for the web app and the command line both: a repeat in words
  // (shared/recurrence/describe.words.ts), why quick add kept words in the title.
  { part: 'shared', dirs: ['shared'] },
  // The service worker's own sentences: its offline page, a push it cannot read (bundled into
  // sw.js whole, every language).
  { part: 'offline', dirs: ['web/src/sw/offline.ts', 'web/src/sw/notifications.ts'] },
  { part: 'screens', dirs: ['web/src'] },
  { part: 'server', dirs: ['server'] },
  // The command line's human output (clients/cli/speech.ts; --json is never translated).
  { part: 'cli', dirs: ['clients/cli'] },
];

export interface Used {
  /** Message → the first place it is written ("web/src/tasks/TaskItem.tsx:12"). */
  messages: Map<string, string>;
  /** Calls whose message is built at run time (a template with ${…}): the check cannot see them. */
  built: string[];
}

const SKIP = /\.(test|e2e)\.tsx?$|\.d\.ts$/;

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  if (!full.endsWith('/') && /\.tsx?$/.test(full)) return [dir];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !SKIP.test(f) && !f.split(path.sep).includes('test'))
    .map((f) => path.join(dir, f));
}

/** The messages each part's code uses. */
export function usedMessages(): Map<string, Used> {
  const byPart = new Map<string, Used>();
  const claimed = new Set<string>();
  for (const { part, dirs } of PARTS) {
    const used: Used = { messages: new Map(), built: [] };
    byPart.set(part, used);
    for (const file of dirs.flatMap(sourceFiles)) {
      if (claimed.has(file)) continue;
      claimed.add(file);
      const text = readFileSync(path.join(root, file), 'utf8');
      if (!/\b(t|tx|msg)\(/.test(text)) continue;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          ['t', 'tx', 'msg'].includes(node.expression.text) &&
          node.arguments[0]
        ) {
          const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          // A literal, or literals chosen between (`t(open ? 'Hide' : 'Show')`, `t(label ?? 'None')`).
          const take = (arg: ts.Expression): void => {
            if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
              if (!used.messages.has(arg.text)) used.messages.set(arg.text, where);
            } else if (ts.isTemplateExpression(arg)) used.built.push(where);
            else if (ts.isParenthesizedExpression(arg)) take(arg.expression);
            else if (ts.isConditionalExpression(arg)) {
              take(arg.whenTrue);
              take(arg.whenFalse);
            } else if (
              ts.isBinaryExpression(arg) &&
              arg.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
            ) {
              take(arg.right);
            }
          };
          take(node.arguments[0]);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return byPart;
}

/** What is wrong with a translation of `message`, if anything: its {names} or its plural/select arguments. */
export function translationProblem(message: string, translation: string): string | undefined {
  const [want, got] = [messageArgs(message), messageArgs(translation)];
  if (want.join() !== got.join()) return `has {${got.join('}, {')}}, not {${want.join('}, {')}}`;
  if (messageCases(message).join() !== messageCases(translation).join())
    return 'its plural or select arguments differ';
  if (/\b(plural|selectordinal)\b/.test(message) && !/other\s*\{/.test(translation))
    return "a plural needs an 'other' case";
  return undefined;
}

/** The languages with catalogs (their folders). */
export const catalogLanguages = (): string[] =>
  existsSync(CATALOGS) ? readdirSync(CATALOGS).filter((d) => !d.startsWith('.')) : [];

/** Everything wrong with the catalogs, one line each; empty when they are complete. */
export function catalogProblems(used = usedMessages()): string[] {
  const problems: string[] = [];
  for (const [part, { messages, built }] of used) {
    for (const where of built)
      problems.push(`${where}: a message built at run time; write {names} and pass values`);
    for (const language of catalogLanguages()) {
      const file = path.join(CATALOGS, language, `${part}.json`);
      const name = path.relative(root, file);
      if (!existsSync(file)) {
        if (messages.size > 0) problems.push(`${name}: missing (${messages.size} messages)`);
        continue;
      }
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      for (const [message, where] of messages) {
        const translation = catalog[message];
        if (typeof translation !== 'string' || translation === '') {
          problems.push(`${name}: lacks ${JSON.stringify(message)} (${where})`);
          continue;
        }
        const wrong = translationProblem(message, translation);
        if (wrong) problems.push(`${name}: ${JSON.stringify(message)}: ${wrong}`);
      }
      for (const key of Object.keys(catalog)) {
        if (!messages.has(key))
          problems.push(`${name}: keeps ${JSON.stringify(key)}, which the code no longer uses`);
      }
    }
  }
  for (const language of catalogLanguages()) {
    for (const file of readdirSync(path.join(CATALOGS, language))) {
      if (!used.has(file.replace(/\.json$/, '')))
        problems.push(`shared/i18n/catalogs/${language}/${file}: no such part`);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = catalogProblems();
  for (const p of problems) console.log(p);
  console.log(
    problems.length === 0 ? 'i18n: every catalog is complete' : `i18n: ${problems.length} problem(s)`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
