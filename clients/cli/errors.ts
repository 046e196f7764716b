// What can go wrong in the command line, as one error with an exit code scripts can test, and the
// one place that turns the client's failures (a problem from the server, no connection, a timeout)
// into a sentence for a person. The codes are documented in docs/cli.md.
import { DoableProblemError } from '../api/index.js';
import { t } from './speech.js';

export const EXIT = {
  ok: 0,
  /** The server refused the request (a problem: invalid input, a conflict, a rate limit, an outage). */
  failed: 1,
  /** The command line itself was wrong: an unknown command or flag, a missing or bad argument. */
  usage: 2,
  /** No URL or key configured, or the server refused the key (401/403). */
  auth: 3,
  /** A task or list that does not exist (or is not yours). */
  notFound: 4,
  /** The server could not be reached: refused, unknown host, timed out. */
  unreachable: 5,
  /** Interrupted at a prompt (Ctrl-C). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** Further lines: field errors, a hint on what to do next. */
    readonly notes: string[] = [],
    /** The server's problem, when there was one (for --json). */
    readonly problem?: DoableProblemError,
  ) {
    super(message);
  }
}

export const usageError = (message: string, command?: string) =>
  new CliError(message, EXIT.usage, [
    t("Run '{command}' for usage.", { command: `doable ${command ? `${command} ` : ''}--help` }),
  ]);

/** Raised by the connection's fetch when the server has not answered within the timeout. */
export class TimeoutReached extends Error {
  override name = 'TimeoutReached';
  constructor(readonly seconds: number) {
    super(t('no answer within {seconds}s', { seconds }));
  }
}

/** The key check finds messages in calls to `msg`; they are said with `t` when used. */
const msg = (message: string) => message;

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: msg('connection refused'),
  ECONNRESET: msg('the connection was reset'),
  ENOTFOUND: msg('unknown host'),
  EAI_AGAIN: msg('the host name could not be resolved right now'),
  EHOSTUNREACH: msg('host unreachable'),
  ENETUNREACH: msg('network unreachable'),
  ETIMEDOUT: msg('the connection timed out'),
  UND_ERR_CONNECT_TIMEOUT: msg('the connection timed out'),
  UND_ERR_SOCKET: msg('the connection was closed'),
};

/** The deepest `code` (or, failing that, message) in an error's cause chain: fetch wraps the socket's. */
function rootCause(error: unknown): { code?: string; message?: string } {
  let found: { code?: string; message?: string } = {};
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string')
      found = { code, message: typeof message === 'string' ? message : undefined };
    else if (typeof message === 'string' && !found.code) found = { message };
    e = cause;
  }
  return found;
}

const authHint = () =>
  t("Run 'doable login', or set DOABLE_API_KEY to a key from the web app (Settings, API keys).");

function fromProblem(error: DoableProblemError): CliError {
  const code = error.error_code;
  const label = `${error.status} ${code}`;
  // A body that was not a problem (a proxy's page, another server): say so instead of echoing HTML.
  const detail = error.problem
    ? error.detail
    : t('the server answered {status}', { status: `${error.status} ${error.response.statusText}`.trim() });
  const notes = error.errors
    .filter((field) => !detail.includes(field.message))
    .map((field) => `${field.path || field.location || 'input'}: ${field.message}`);
  if (error.status === 401 || error.status === 403) {
    return new CliError(`${detail} (${label})`, EXIT.auth, [...notes, authHint()], error);
  }
  if (!error.problem) notes.push(t('Is DOABLE_URL the address of a Doable server?'));
  if (error.status === 404) return new CliError(`${detail} (${label})`, EXIT.notFound, notes, error);
  const retry = error.response.headers.get('retry-after');
  if (retry) notes.push(t('Try again in {seconds} seconds.', { seconds: retry }));
  if (error.status >= 500 && error.request_id) notes.push(t('Request id: {id}', { id: error.request_id }));
  return new CliError(`${detail} (${label})`, EXIT.failed, notes, error);
}

/** Any failure of a command as a CliError: problems, network failures, and the unexpected. */
export function toCliError(error: unknown, serverUrl?: string): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof DoableProblemError) return fromProblem(error);
  const where = serverUrl ?? t('the server');
  if (error instanceof TimeoutReached) {
    return new CliError(
      t('{server} did not answer within {seconds}s', { server: where, seconds: error.seconds }),
      EXIT.unreachable,
      [t('Set DOABLE_TIMEOUT (seconds) to wait longer.')],
    );
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const { code, message } = rootCause(error.cause);
    const known = code ? NETWORK_REASONS[code] : undefined;
    const reason = known ? t(known) : (message ?? code ?? t('the request failed'));
    return new CliError(t('cannot reach {server}: {reason}', { server: where, reason }), EXIT.unreachable, [
      t('Is the server running, and is DOABLE_URL right?'),
    ]);
  }
  if (error instanceof SyntaxError) {
    return new CliError(t('{server} answered something that is not JSON', { server: where }), EXIT.failed, [
      t('Is DOABLE_URL the address of a Doable server?'),
    ]);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(message, EXIT.failed);
}
