// A scripted OpenAI-compatible server on loopback, for the model path's suites and the eval's: each
// POST /chat/completions is answered by the next script step (or, replaying a recording, by the
// answer recorded for the last user message), as one JSON body or as an event stream written piece
// by piece (a number pauses that many milliseconds, a function runs, 'drop' cuts the connection,
// 'hang' stops writing). As Ollama, it also answers GET /api/version and POST /api/show.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Piece = string | number | (() => Promise<void>) | 'drop' | 'hang';
export type Step = (body: any) => { status?: number; json?: unknown; sse?: Piece[]; delayMs?: number };

export interface ScriptedOptions {
  /** Behave as Ollama: /api/version answers, /api/show tells this size and these capabilities. */
  ollama?: { parameterSize: string; capabilities: string[] };
  /** Answers every request the script has no step for (a replay of a recording). */
  otherwise?: Step;
}

async function writeStream(res: http.ServerResponse, pieces: Piece[]) {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const piece of pieces) {
    if (res.destroyed) return;
    if (piece === 'hang') return;
    if (piece === 'drop') {
      res.destroy();
      return;
    }
    if (typeof piece === 'number') await new Promise((resolve) => setTimeout(resolve, piece));
    else if (typeof piece === 'function') await piece();
    else res.write(piece);
  }
  res.end();
}

export async function scriptedModel(initial: Step[], options: ScriptedOptions = {}) {
  const requests: any[] = [];
  const probes: string[] = [];
  let steps = initial;
  const srv = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      if (!req.url?.endsWith('/chat/completions')) {
        probes.push(`${req.method} ${req.url}`);
        const json =
          options.ollama && req.url === '/api/version'
            ? { version: '0.12.0' }
            : options.ollama && req.url === '/api/show'
              ? {
                  details: { parameter_size: options.ollama.parameterSize },
                  capabilities: options.ollama.capabilities,
                }
              : null;
        res.writeHead(json ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json ?? { error: 'not found' }));
        return;
      }
      const body = JSON.parse(raw || '{}');
      requests.push({ path: req.url, auth: req.headers.authorization, body });
      const step: Step =
        steps[requests.length - 1] ??
        options.otherwise ??
        (() => ({ status: 500, json: { error: 'no more steps' } }));
      const { status = 200, json, sse, delayMs = 0 } = step(body);
      setTimeout(() => {
        if (res.destroyed) return;
        if (sse) {
          void writeStream(res, sse);
          return;
        }
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json ?? {}));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/v1`;
  return {
    url,
    requests,
    /** The requests that were not chat completions (the Ollama probe's). */
    probes,
    /** Starts a new script (and a new request count) on the same server. */
    script: (next: Step[]) => {
      steps = next;
      requests.length = 0;
    },
    close: () => {
      srv.closeAllConnections();
      return new Promise<void>((resolve) => srv.close(() => resolve()));
    },
  };
}

export type ScriptedModel = Awaited<ReturnType<typeof scriptedModel>>;

/** The text of the last user message of a request. */
export function lastUserText(body: any): string {
  const users = (body.messages ?? []).filter((m: any) => m.role === 'user');
  return String(users.at(-1)?.content ?? '');
}

/**
 * A step that replays a recording: the answer recorded for the request's last user message (JSON
 * completions, as a model answered them; a list holds one answer per round of a turn, picked by the
 * number of assistant messages after that user message), else an answer saying nothing was recorded.
 */
export function replaying(recording: Record<string, unknown>): Step {
  return (body) => {
    const messages: any[] = body.messages ?? [];
    const lastUser = messages.map((m) => m.role).lastIndexOf('user');
    const round = messages.slice(lastUser + 1).filter((m) => m.role === 'assistant').length;
    const recorded = recording[lastUserText(body)];
    const json = Array.isArray(recorded) ? recorded[round] : round === 0 ? recorded : undefined;
    return { json: json ?? answer('(nothing recorded for this message)') };
  };
}

/** A scripted model that answers every request from one recording. */
export async function replayModel(recording: Record<string, unknown>, options: ScriptedOptions = {}) {
  return scriptedModel([], { ...options, otherwise: replaying(recording) });
}

export const toolCall = (id: string, name: string, args: unknown) => ({
  choices: [
    {
      message: {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id,
            type: 'function',
            function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) },
          },
        ],
      },
    },
  ],
});
export const answer = (content: string) => ({ choices: [{ message: { role: 'assistant', content } }] });

/** A plan (plan mode's JSON answer) with every field the schema asks for. */
export const plan = (fields: Record<string, unknown>) =>
  answer(
    JSON.stringify({
      intent: 'other',
      task: null,
      position: null,
      title: null,
      when: null,
      priority: null,
      tags: [],
      status: null,
      due: null,
      ...fields,
    }),
  );
