// The V8 flags the server runs with, set by server/launch/start.mjs before anything is compiled (V8's code
// cache records the flags it was made under) and by bench/steps.ts, so its in-process figures are the
// server's.
import v8 from 'node:v8';

export const SERVER_V8_FLAGS = [
  // V8 optimises a WebAssembly function once it has run for this budget (default 1,800,000): ten
  // times the default keeps PGlite's Postgres on its baseline code for longer after a start, so
  // optimising it costs the start less CPU.
  '--wasm-tiering-budget=18000000',
  // No allocation-site pretenuring: once V8 had decided to allocate the pg driver's query objects
  // straight into the old generation, each finished query's dead result kept its young rows alive
  // through the next scavenges (about 3 MB surviving every scavenge instead of tens of KB; scavenges
  // of 5-10 ms instead of about 1 ms: the list's p99).
  // docs/decisions/0147-no-allocation-site-pretenuring.md.
  '--no-allocation-site-pretenuring',
];

export function setServerV8Flags() {
  for (const flag of SERVER_V8_FLAGS) v8.setFlagsFromString(flag);
}
