// Where the generated SQL migrations are (./drizzle at the root). Three levels below the root, as the
// server's bundle is (server/launch/build-server.mjs), so the same relative path holds in the source
// and in the bundle.
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));
