// What the MCP server calls itself, to its clients and to the stdio bridge that speaks for it.
export const MCP_SERVER_INFO = { name: 'doable', version: '0.1.0' };
