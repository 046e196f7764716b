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
// No allocation-site pretenuring: once V8 decided to allocate the driver's query objects straight
// into the old generation, each finished query's dead result kept its young rows alive through the
// next scavenges (about 3 MB surviving every scavenge instead of tens of KB, scavenges of 10 ms
// instead of 1 ms: the list's p99). docs/benchmarks.md, "Issue 19, session 12".
v8.setFlagsFromString('--no-allocation-site-pretenuring');
const { file, hash } = await ensureServerBuild();
// The embedded database starts opening while the bundle is read and compiled (scripts/database-thread.mjs).
startDatabaseThread(path.dirname(file));
runServerBundle(file, hash);
