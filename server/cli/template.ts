// `npm run db:template` (run by `npm install` and the image build): makes the migrated, empty
// embedded database that a first start copies into an empty DATA_DIR (pglite.template.ts).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { runMigrations } from '../migrate.js';
import { openDatabase, PGLITE_OPTIONS } from '../platform/db/client.js';
import { installTemplate, TEMPLATE_DIR } from '../platform/db/pglite.template.js';

await mkdir(path.dirname(TEMPLATE_DIR), { recursive: true });
const work = await mkdtemp(`${TEMPLATE_DIR}-build-`);
try {
  const dir = path.join(work, 'pglite');
  const database = await openDatabase({ kind: 'embedded', pglite: await PGlite.create(dir, PGLITE_OPTIONS) });
  await runMigrations(database);
  await database.close();
  await installTemplate(dir);
  console.log(`Embedded database template made in ${path.relative(process.cwd(), TEMPLATE_DIR)}.`);
} catch (error) {
  // Not fatal: without a template a first start creates the database itself, only slower.
  console.error(`Could not make the embedded database template: ${(error as Error).message}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
