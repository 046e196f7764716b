// `npm run cycles`: the import graph's rules, checked with the TypeScript compiler resolving every
// import (`import type` too: a cycle of types still ties two modules' shapes to each other) with
// each tree's own tsconfig. It exits 1 on any of:
// - an import cycle between modules;
// - an import cycle between folders (each feature, each platform part, shared, the clients, the
//   rules assistant's parts, the web app's folders);
// - an import across a layer (LAYERS below: shared code imports only shared code; the platform no
//   feature; the rules assistant is entered only through rules-assistant/index.ts; product code
//   never imports tests, benchmarks, scripts or phrase sets);
// - an import from one feature to another that FEATURE_IMPORTS does not list;
// - an access decision outside the policy module (policy-boundary.ts);
// - a source file over 600 lines (file-lengths.ts: files with one job; its exceptions are data
//   and generated files).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { checkFileLengths } from './file-lengths.js';
import { policyBoundary } from './policy-boundary.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TREES = [
  {
    tsconfig: 'tsconfig.json',
    dirs: ['server', 'shared', 'rules-assistant', 'clients/cli', 'clients/mcp', 'test', 'bench', 'scripts'],
  },
  { tsconfig: 'web/tsconfig.json', dirs: ['web/src'] },
  { tsconfig: 'clients/api/tsconfig.json', dirs: ['clients/api'] },
];
const inTree = (file: string) =>
  TREES.some(({ dirs }) => dirs.some((dir) => file.startsWith(path.join(root, dir) + path.sep))) &&
  !file.endsWith('.d.ts');

/** Module specifiers a file imports or re-exports, dynamic imports included. */
function specifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const graph = new Map<string, string[]>();
for (const tree of TREES) {
  const configPath = path.join(root, tree.tsconfig);
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath));
  const host = ts.createCompilerHost(parsed.options);
  for (const file of parsed.fileNames.map((f) => path.resolve(f)).filter(inTree)) {
    const source = ts.createSourceFile(file, ts.sys.readFile(file) ?? '', ts.ScriptTarget.Latest, true);
    const targets = specifiers(source)
      .map((s) => ts.resolveModuleName(s, file, parsed.options, host).resolvedModule?.resolvedFileName)
      .filter((f): f is string => f !== undefined && inTree(path.resolve(f)))
      .map((f) => path.resolve(f));
    graph.set(file, [...new Set(targets)]);
  }
}

// Tarjan's strongly connected components: each component of more than one module (or a module
// importing itself) holds at least one cycle.
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const components: string[][] = [];
let counter = 0;
function connect(v: string) {
  index.set(v, counter);
  low.set(v, counter++);
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v)!, low.get(w)!));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
  }
  if (low.get(v) === index.get(v)) {
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) components.push(component);
  }
}
for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);

/** One shortest cycle through the component's first module, to show how it closes. */
function cycleThrough(component: string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const cycle = [v];
        while (cycle[0] !== start) cycle.unshift(previous.get(cycle[0]!)!);
        return [...cycle, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
let failed = false;
if (components.length === 0) {
  console.log(`cycles: no import cycle among ${graph.size} modules`);
} else {
  failed = true;
  console.error(`cycles: ${components.length} import cycle(s) among ${graph.size} modules`);
  for (const component of components) {
    console.error(`- ${cycleThrough(component).map(rel).join(' -> ')}`);
    if (component.length > 2)
      console.error(`  (${component.length} modules: ${component.map(rel).sort().join(', ')})`);
  }
}

/**
 * The folder a module belongs to for the folder graph: a feature, a platform part, a client, a
 * part of the rules assistant, a folder of the web app; the files at a tree's top form their own.
 */
function folderOf(file: string): string {
  const parts = rel(file).split('/');
  const depth = ['server', 'clients', 'rules-assistant', 'shared'].includes(parts[0]!)
    ? parts[0] === 'server' && (parts[1] === 'platform' || parts[1] === 'features')
      ? 3
      : 2
    : parts[0] === 'web'
      ? 3
      : 1;
  return parts.slice(0, Math.min(depth, parts.length - 1)).join('/');
}

/**
 * Which folders a folder may import, by prefix (`from` matches the importer's path, `to` the
 * imported module's). The first rule whose `from` matches decides; an import no `allow` names is a
 * violation. Within one rule's own prefix everything is allowed.
 */
const PRODUCT = ['server/', 'shared/', 'rules-assistant/index.ts', 'clients/'];
const LAYERS: { from: string; allow: string[] }[] = [
  // Code shared by the server, the web app and the clients: nothing but itself.
  { from: 'shared/', allow: ['shared/'] },
  // The platform (database, HTTP, auth, telemetry...) knows no feature.
  { from: 'server/platform/', allow: ['server/platform/', 'shared/'] },
  { from: 'server/launch/', allow: ['server/launch/'] },
  {
    from: 'server/features/',
    allow: ['server/features/', 'server/platform/', 'shared/', 'rules-assistant/index.ts'],
  },
  { from: 'server/', allow: ['server/', 'shared/', 'rules-assistant/index.ts'] },
  // The rules assistant's engine: shared code and the assistant's interface (types) only.
  {
    from: 'rules-assistant/engine/',
    allow: ['rules-assistant/engine/', 'shared/', 'server/features/assistant/agent.ts'],
  },
  { from: 'rules-assistant/index.ts', allow: ['rules-assistant/engine/'] },
  // Its evaluation and its suites run it on the real tools: the server is theirs to start.
  { from: 'rules-assistant/', allow: ['rules-assistant/', 'server/', 'shared/', 'test/support/'] },
  { from: 'clients/api/', allow: ['clients/api/'] },
  { from: 'clients/', allow: ['clients/', 'shared/'] },
  { from: 'web/src/', allow: ['web/src/', 'shared/', 'clients/api/'] },
  // Tests, benchmarks and scripts drive the product from outside; the rules assistant's
  // internals are its own suites' (rules-assistant/test).
  { from: 'test/', allow: ['test/', 'scripts/', 'bench/', ...PRODUCT] },
  { from: 'bench/', allow: ['bench/', 'scripts/', 'test/support/', ...PRODUCT] },
  { from: 'scripts/', allow: ['scripts/', 'test/support/', ...PRODUCT] },
];
/**
 * Which features each feature may import (server/features/<from>/ -> server/features/<to>/), the
 * rest going through the platform, shared code or the composition (server/app.routes.ts). Features
 * built on tasks and lists read their contract and services (never the reverse: tasks reads only
 * the settings); senders read the notifications' texts; the assistant's tools wrap six features;
 * chat and MCP run the assistant; admin and accounts act on whole accounts. A new pair is a
 * decision: add it here, and to ARCHITECTURE.md's import rules.
 */
const FEATURE_IMPORTS: Record<string, string[]> = {
  accounts: ['mail', 'settings', 'sharing', 'webhooks'],
  admin: ['accounts', 'assistant', 'backup', 'sharing'],
  assistant: ['lists', 'notifications', 'sections', 'sharing', 'tags', 'tasks'],
  caldav: ['events', 'lists', 'settings', 'tasks'],
  chat: ['assistant', 'mcp', 'settings'],
  events: ['lists'],
  filters: ['lists', 'settings', 'tasks'],
  mail: ['notifications'],
  mcp: ['assistant'],
  push: ['notifications'],
  reminders: ['events'],
  sections: ['lists'],
  sharing: ['lists', 'notifications', 'tasks'],
  tags: ['tasks'],
  tasks: ['settings'],
  transfer: ['lists', 'sections', 'settings', 'tasks'],
  webhooks: ['events'],
};
const featureOf = (file: string) => /^server\/features\/([^/]+)\//.exec(file)?.[1];
const violations: string[] = [];
const folders = new Map<string, Set<string>>();
for (const [file, targets] of graph) {
  const from = rel(file);
  const rule = LAYERS.find((r) => from.startsWith(r.from));
  for (const target of targets) {
    const to = rel(target);
    if (rule && !rule.allow.some((prefix) => to.startsWith(prefix)))
      violations.push(`- ${from} -> ${to} (${rule.from} may import ${rule.allow.join(', ')})`);
    const [fromFeature, toFeature] = [featureOf(from), featureOf(to)];
    if (
      fromFeature &&
      toFeature &&
      fromFeature !== toFeature &&
      !FEATURE_IMPORTS[fromFeature]?.includes(toFeature)
    )
      violations.push(
        `- ${from} -> ${to} (${fromFeature} may import the features ${FEATURE_IMPORTS[fromFeature]?.join(', ') || 'none'}: FEATURE_IMPORTS)`,
      );
    const a = folderOf(file);
    const b = folderOf(target);
    if (a !== b) (folders.get(a) ?? folders.set(a, new Set()).get(a)!).add(b);
  }
}
if (violations.length > 0) {
  failed = true;
  console.error(`layers: ${violations.length} import(s) across a layer`);
  for (const v of violations) console.error(v);
} else console.log('layers: every import within its layer');

// Folder cycles, among the product's folders (tests and tools import freely from outside).
const productFolder = (f: string) =>
  !/^(test|bench|scripts)\b/.test(f) && !f.startsWith('rules-assistant/eval');
const folderCycles: string[] = [];
for (const [a, bs] of folders) {
  if (!productFolder(a)) continue;
  // Does any folder a imports reach a again?
  for (const b of bs) {
    if (!productFolder(b)) continue;
    const seen = new Set<string>([b]);
    const queue = [[b]];
    while (queue.length > 0) {
      const pathSoFar = queue.shift()!;
      const last = pathSoFar[pathSoFar.length - 1]!;
      for (const c of folders.get(last) ?? []) {
        if (!productFolder(c)) continue;
        if (c === a) {
          const cycle = [a, ...pathSoFar, a].join(' -> ');
          if (a === [...pathSoFar, a].sort()[0]) folderCycles.push(cycle);
          queue.length = 0;
          break;
        }
        if (!seen.has(c)) {
          seen.add(c);
          queue.push([...pathSoFar, c]);
        }
      }
    }
  }
}
const uniqueFolderCycles = [...new Set(folderCycles)];
if (uniqueFolderCycles.length > 0) {
  failed = true;
  console.error(`folders: ${uniqueFolderCycles.length} import cycle(s) between folders`);
  for (const c of uniqueFolderCycles) console.error(`- ${c}`);
} else
  console.log(`folders: no import cycle among ${[...folders.keys()].filter(productFolder).length} folders`);
const outsidePolicy = policyBoundary(root);
if (outsidePolicy.length > 0) {
  failed = true;
  console.error(`policy: ${outsidePolicy.length} access decision(s) outside server/platform/access/`);
  for (const f of outsidePolicy) console.error(`- ${f}`);
} else console.log('policy: no role name or list_members outside server/platform/access/');
if (!checkFileLengths()) failed = true;
if (failed) process.exit(1);
