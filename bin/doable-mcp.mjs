#!/usr/bin/env node
// The stdio MCP server as a command (package bin): see src/mcp/stdio.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/mcp/stdio.ts');
