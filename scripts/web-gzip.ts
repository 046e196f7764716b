// After `vite build` (`npm run build:web`): writes the gzipped copy of each file of web/dist the
// server serves gzipped, beside it, so that a start reads it instead of compressing the app
// (server/platform/web/compress.ts).

import { writeGzippedCopies } from '../server/platform/web/compress.js';
import { WEB_DIST } from '../server/platform/web/static.js';

const written = await writeGzippedCopies(WEB_DIST);
console.log(`web/dist: ${written} files gzipped`);
