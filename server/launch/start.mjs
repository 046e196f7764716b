// `npm start` (and the image's command): the server built into build/server/bundle by
// server/launch/build-server.mjs, rebuilt first when its source changed since, and run through V8's code
// cache (server/launch/run-server.mjs). Stack traces name the TypeScript source (the build's source
// maps). `npm run dev` runs the source through tsx instead.

import path from 'node:path';
import { ensureServerBuild } from './build-server.mjs';
import { startDatabaseThread } from './database-thread.mjs';
import { runServerBundle } from './run-server.mjs';
import { setServerV8Flags } from './v8-flags.mjs';

process.setSourceMapsEnabled(true);
// Before anything is compiled (server/launch/v8-flags.mjs says which and why).
setServerV8Flags();
const { file, hash } = await ensureServerBuild();
// The embedded database starts opening while the bundle is read and compiled (server/launch/database-thread.mjs).
startDatabaseThread(path.dirname(file));
runServerBundle(file, hash);
