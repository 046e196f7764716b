#!/usr/bin/env node
// The command line as a command (package bin): see clients/cli/main.ts and docs/cli.md.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The repository's own tsconfig, wherever the command is run from (a tsconfig in the current
// folder is someone else's).
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../clients/cli/run.ts');
