// `npm start` (and the image's command): the server built into build/server by
// scripts/build-server.mjs, rebuilt first when its source changed since, and run through V8's code
// cache (scripts/run-server.mjs). Stack traces name the TypeScript source (the build's source
// maps). `npm run dev` runs the source through tsx instead.

import path from 'node:path';
import v8 from 'node:v8';
import { ensureServerBuild } from './build-server.mjs';
import { startDatabaseThread } from './database-thread.mjs';
import { runServerBundle } from './run-server.mjs';

process.setSourceMapsEnabled(true);
// V8 optimises a WebAssembly function once it has run for this budget (default 1,800,000): ten
// times the default keeps PGlite's Postgres on its baseline code for longer after a start, so
// optimising it costs the start less CPU (docs/benchmarks.md, "Issue 19, session 6"). Set before
// anything is compiled: V8's code cache records the flags it was made under.
v8.setFlagsFromString('--wasm-tiering-budget=18000000');
const { file, hash } = await ensureServerBuild();
// The embedded database starts opening while the bundle is read and compiled (scripts/database-thread.mjs).
startDatabaseThread(path.dirname(file));
runServerBundle(file, hash);
