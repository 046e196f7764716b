// The policy's boundary, checked by `npm run cycles`: who may do what is decided only in
// server/platform/access/ (ARCHITECTURE.md, "access/"). In server code anywhere else it finds:
// - a role name ('owner', 'editor', 'viewer') compared (===, !==, ==, !=, a switch case), given
//   as a `role` property's value, or listed in an array (z.enum([...]) restating the roles);
// - SQL that names the list_members table (from, join, into, update, delete from, or a role
//   compared in SQL), or the Drizzle table `listMembers` imported from the database schema.
// Allowed besides the policy: the table's definition (server/platform/db/schema/) and the sharing
// feature's membership service (server/features/sharing/sharing.service.ts), which makes, changes
// and ends memberships and lists a list's members with their roles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROLE_NAMES = new Set(['owner', 'editor', 'viewer']);
const ALLOWED = [
  'server/platform/access/',
  'server/platform/db/schema/',
  'server/features/sharing/sharing.service.ts',
];
const MEMBERS_SQL = /\b(from|join|into|update|table)\s+list_members\b/i;
const ROLE_SQL = /\brole\s*(=|<>|!=|in\s*\()\s*'(owner|editor|viewer)'/i;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Where each file of `server/` (relative to `root`) decides access outside the policy. */
export function policyBoundary(root: string): string[] {
  const found: string[] = [];
  for (const file of files(path.join(root, 'server'))) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (ALLOWED.some((allowed) => relative.startsWith(allowed))) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node, what: string) => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${relative}:${line + 1}: ${what}`);
    };
    const isRole = (node: ts.Node | undefined) =>
      node !== undefined && ts.isStringLiteralLike(node) && ROLE_NAMES.has(node.text);
    const visit = (node: ts.Node) => {
      if (ts.isBinaryExpression(node)) {
        const op = node.operatorToken.kind;
        const compares =
          op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
          op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
          op === ts.SyntaxKind.EqualsEqualsToken ||
          op === ts.SyntaxKind.ExclamationEqualsToken;
        if (compares && (isRole(node.left) || isRole(node.right))) at(node, 'a role compared');
      } else if (ts.isCaseClause(node) && isRole(node.expression)) {
        at(node, 'a role compared (case)');
      } else if (
        ts.isPropertyAssignment(node) &&
        node.name.getText(source) === 'role' &&
        isRole(ts.isAsExpression(node.initializer) ? node.initializer.expression : node.initializer)
      ) {
        at(node, 'a role given by name');
      } else if (ts.isArrayLiteralExpression(node) && node.elements.filter(isRole).length >= 2) {
        at(node, 'the roles listed');
      } else if (
        ts.isStringLiteralLike(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)
      ) {
        const text = node.text;
        if (MEMBERS_SQL.test(text)) at(node, 'SQL naming list_members');
        if (ROLE_SQL.test(text)) at(node, 'a role compared in SQL');
      } else if (
        ts.isImportDeclaration(node) &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        /db\/schema(\/sharing)?\.js$/.test(node.moduleSpecifier.text) &&
        node.importClause?.namedBindings &&
        ts.isNamedImports(node.importClause.namedBindings) &&
        node.importClause.namedBindings.elements.some(
          (e) => (e.propertyName ?? e.name).text === 'listMembers',
        )
      ) {
        at(node, 'the list_members table imported');
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
