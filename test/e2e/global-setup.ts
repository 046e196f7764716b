// The server's build, when its source changed since (as `npm start` would), once before the files
// start: each starts `npm start`'s entry point, several at once, which would each build it.
// @ts-expect-error: plain JavaScript (it runs without tsx), no declarations.
import { ensureServerBuild } from '../../server/launch/build-server.mjs';

export default async function setup() {
  await ensureServerBuild();
}
