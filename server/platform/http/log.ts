// What errors look like in the log: never the values a failed query carried (session tokens,
// emails, titles), which database drivers and Drizzle put in their messages as "params: ...".
const PARAMS = /\nparams: [\s\S]*?(?=\n\s*at |\n[A-Z]\w+:|$)/g;

export function redactParams(text: string | undefined): string | undefined {
  return text?.replace(PARAMS, '\nparams: [redacted]');
}

interface LoggedError {
  [field: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

/** The pino `err` serializer: type, message, code, stack and causes, with query values redacted. */
export function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: redactParams(String(error)) ?? '', stack: '' };
  const out: LoggedError = {
    type: error.name,
    message: redactParams(error.message) ?? '',
    stack: redactParams(error.stack) ?? '',
  };
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) out.code = code;
  if (error.cause !== undefined && depth < 4) out.cause = serializeError(error.cause, depth + 1);
  return out;
}
