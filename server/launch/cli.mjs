// The operator's commands (`npm run backup`, `npm run restore`, `npm run admin`,
// `npm run user:reset-password`, `npm run db:migrate`, `npm run db:template`, `npm run token`):
// `node server/launch/cli.mjs NAME [ARGS]` runs the command NAME (server/cli/NAME.ts) from the
// server's build (build/server/bundle, server/launch/build-server.mjs's CLI_ENTRY_POINTS), rebuilt
// first when its source changed, as `npm start` does. Plain JavaScript itself: it must run without tsx.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_DIR, CLI_ENTRY_POINTS, ensureServerBuild } from './build-server.mjs';

const [name, ...args] = process.argv.slice(2);
if (!name || !Object.hasOwn(CLI_ENTRY_POINTS, name)) {
  console.error(`Usage: node server/launch/cli.mjs <${Object.keys(CLI_ENTRY_POINTS).join('|')}> [ARGS]`);
  process.exit(2);
}
process.setSourceMapsEnabled(true);
await ensureServerBuild();
const file = path.join(BUILD_DIR, `${name}.js`);
// The command reads its arguments as if it had been started by itself.
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);
