// The migrated database template a first start copies into an empty DATA_DIR (server/platform/db/pglite.template.ts).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installTemplate, seedFromTemplate } from '../server/platform/db/pglite.template.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function fakeDatabase(root: string): Promise<string> {
  const dir = path.join(root, 'built');
  await mkdir(path.join(dir, 'base'), { recursive: true });
  await writeFile(path.join(dir, 'PG_VERSION'), '18\n');
  await writeFile(path.join(dir, 'base', 'table'), 'rows');
  return dir;
}

describe('the embedded database template', () => {
  it('is copied into an empty data directory, without its marker, and never over a database', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'doable-template-'));
    dirs.push(root);
    const template = path.join(root, 'template');
    await installTemplate(await fakeDatabase(root), template);
    const target = path.join(root, 'data', 'pglite');
    await mkdir(target, { recursive: true });
    expect(await seedFromTemplate(target, template)).toBe(true);
    expect((await readdir(target)).sort()).toEqual(['PG_VERSION', 'base']);
    expect(await readFile(path.join(target, 'base', 'table'), 'utf8')).toBe('rows');
    // A database is there now: left alone.
    await writeFile(path.join(target, 'base', 'table'), 'mine');
    expect(await seedFromTemplate(target, template)).toBe(false);
    expect(await readFile(path.join(target, 'base', 'table'), 'utf8')).toBe('mine');
    expect((await readdir(path.join(root, 'data'))).sort()).toEqual(['pglite']);
  });

  it('is ignored when missing or made by another PGlite version', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'doable-template-'));
    dirs.push(root);
    const target = path.join(root, 'data');
    expect(await seedFromTemplate(target, path.join(root, 'none'))).toBe(false);
    const template = path.join(root, 'template');
    await installTemplate(await fakeDatabase(root), template);
    await writeFile(path.join(template, 'doable-template.json'), '{"pglite":"0.0.1"}\n');
    expect(await seedFromTemplate(target, template)).toBe(false);
    await expect(readdir(target)).rejects.toThrow();
  });
});
