// Lists the import cycles in src/ and web/src and exits 1 when there is any. Every import counts,
// `import type` too: a cycle of types still ties two modules' shapes to each other. Imports are
// resolved with the TypeScript compiler and each tree's own tsconfig (the web app may import plain
// modules from src/, so both trees form one graph).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const TREES = [
  { tsconfig: 'tsconfig.json', dir: 'src' },
  { tsconfig: 'web/tsconfig.json', dir: 'web/src' },
];
const inTree = (file: string) =>
  TREES.some(({ dir }) => file.startsWith(path.join(root, dir) + path.sep)) && !file.endsWith('.d.ts');

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

const rel = (file: string) => path.relative(root, file);
if (components.length === 0) {
  console.log(`cycles: none among ${graph.size} modules in ${TREES.map((t) => t.dir).join(' and ')}`);
} else {
  console.error(`cycles: ${components.length} import cycle(s) among ${graph.size} modules`);
  for (const component of components) {
    console.error(`- ${cycleThrough(component).map(rel).join(' -> ')}`);
    if (component.length > 2)
      console.error(`  (${component.length} modules: ${component.map(rel).sort().join(', ')})`);
  }
  process.exit(1);
}
