#!/usr/bin/env node
// The stdio MCP server as a command (package bin): see clients/mcp/stdio.ts.
import { register } from 'tsx/esm/api';

register();
await import('../clients/mcp/stdio.ts');
