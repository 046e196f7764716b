// `npm start` (and the image's command): the server built into build/server by
// scripts/build-server.mjs, rebuilt first when its source changed since, and run through V8's code
// cache (scripts/run-server.mjs). Stack traces name the TypeScript source (the build's source
// maps). `npm run dev` runs the source through tsx instead.
import { ensureServerBuild } from './build-server.mjs';
import { runServerBundle } from './run-server.mjs';

process.setSourceMapsEnabled(true);
const { file, hash } = await ensureServerBuild();
runServerBundle(file, hash);
