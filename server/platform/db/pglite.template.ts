// A migrated, empty embedded database made once at install (`npm install`, the image build), copied
// into an empty DATA_DIR at its first start: creating a database (PGlite's initdb) and applying
// every migration cost about 10 s of CPU, copying the files about 0.6 s. Without the template (or
// with one from another PGlite version) the database is created as before; migrations newer than
// the template are applied at start like any others.

import { access, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATE_DIR = fileURLToPath(
  new URL('../../../node_modules/.cache/doable/pglite-template', import.meta.url),
);
const MARKER = 'doable-template.json';

/** The PGlite version (its Postgres build and data-directory format) a template is bound to. */
async function pgliteVersion(): Promise<string> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@electric-sql/pglite');
  let dir = path.dirname(main);
  while (!(await exists(path.join(dir, 'package.json')))) dir = path.dirname(dir);
  return (JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Copies the template into `dataDir` when `dataDir` holds no database yet and the template was
 * made by this PGlite version. Answers whether it did.
 */
export async function seedFromTemplate(dataDir: string, templateDir = TEMPLATE_DIR): Promise<boolean> {
  if (await exists(path.join(dataDir, 'PG_VERSION'))) return false;
  try {
    const marker = JSON.parse(await readFile(path.join(templateDir, MARKER), 'utf8')) as { pglite?: string };
    if (marker.pglite !== (await pgliteVersion())) return false;
  } catch {
    return false;
  }
  // Copied beside the target, then renamed: a start interrupted halfway leaves no half database.
  // A template this user cannot read (another owner's files) only means a slower first start.
  const partial = `${dataDir}.partial-${process.pid}`;
  try {
    await cp(templateDir, partial, { recursive: true, filter: (source) => path.basename(source) !== MARKER });
  } catch {
    await rm(partial, { recursive: true, force: true });
    return false;
  }
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  await rename(partial, dataDir);
  return true;
}

/** Marks a closed, migrated database directory as a template and moves it to `templateDir`. */
export async function installTemplate(builtDir: string, templateDir = TEMPLATE_DIR): Promise<void> {
  await writeFile(path.join(builtDir, MARKER), `${JSON.stringify({ pglite: await pgliteVersion() })}\n`);
  await rm(templateDir, { recursive: true, force: true });
  await mkdir(path.dirname(templateDir), { recursive: true });
  await rename(builtDir, templateDir);
}
