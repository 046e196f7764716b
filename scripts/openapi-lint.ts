// Lints the server's OpenAPI document with Redocly's recommended rules (redocly.yaml says which
// rule is off and why): `npm run lint:openapi`. Fails on any error or warning, since people
// generate clients from this document and import it into Postman or Insomnia.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentDocument } from './api-types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REDOCLY = path.join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
// No telemetry and no update notice: CI runs offline and the answer must not depend on the network.
const ENV = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

function redocly(file: string, format: string, output: 'pipe' | 'inherit') {
  return spawnSync(
    process.execPath,
    [REDOCLY, 'lint', file, '--config', path.join(ROOT, 'redocly.yaml'), '--format', format],
    { cwd: ROOT, env: ENV, encoding: 'utf8', stdio: ['ignore', output, output] },
  );
}

const dir = await mkdtemp(path.join(tmpdir(), 'doable-openapi-lint-'));
try {
  const file = path.join(dir, 'openapi.json');
  await writeFile(file, `${JSON.stringify(await currentDocument(), null, 2)}\n`);
  const run = redocly(file, 'json', 'pipe');
  const totals = (JSON.parse(run.stdout || '{}') as { totals?: { errors: number; warnings: number } }).totals;
  if (!totals) {
    console.error(`redocly lint gave no result (exit ${run.status})\n${run.stderr}`);
    process.exitCode = 1;
  } else if (totals.errors + totals.warnings > 0) {
    redocly(file, 'codeframe', 'inherit'); // the same problems, readable
    console.error(`OpenAPI document: ${totals.errors} errors, ${totals.warnings} warnings`);
    process.exitCode = 1;
  } else {
    console.log('OpenAPI document: no errors, no warnings');
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
