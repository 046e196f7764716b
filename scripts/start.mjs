// `npm start` (and the image's command): the server built into build/server by
// scripts/build-server.mjs, rebuilt first when its source changed since. Stack traces name the
// TypeScript source (the build's source maps). `npm run dev` runs the source through tsx instead.
import { ensureServerBuild } from './build-server.mjs';

process.setSourceMapsEnabled(true);
await ensureServerBuild();
await import('../build/server/main.js');
