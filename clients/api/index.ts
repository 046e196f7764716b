// The typed TypeScript client for the Doable API, for Node 20+ and browsers (no Node imports): one
// `call` per operationId over openapi-fetch, with types and routes generated from the server's
// OpenAPI document (`npm run api:types`), so a helper cannot drift from the API. docs/client.md.
import createClient, { type Client } from 'openapi-fetch';
import { OPERATIONS } from './operations.js';
import type { components, operations, paths } from './schema.js';

export { OPERATIONS } from './operations.js';
export type { components, operations, paths } from './schema.js';

export type Schemas = components['schemas'];
export type Task = Schemas['Task'];
export type Problem = Schemas['Problem'];
export type OperationId = keyof operations;

export interface DoableClientOptions {
  /** The server's origin, e.g. `https://tasks.example.com`; '' for the page's own origin in a browser. */
  baseUrl: string;
  /** A personal API key (`dbl_…`), sent as `X-API-Key`. */
  apiKey?: string;
  /** A bearer token (a JWT), or a function answering the current one before each request. */
  token?: string | (() => string | Promise<string>);
  /** The user in `/api/{user_id}/…` paths: `me` (the caller) unless said otherwise. */
  userId?: string;
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: (request: Request) => Promise<Response>;
  /** Sent with every request. */
  headers?: Record<string, string>;
  /** Browsers: whether to send cookies (a signed-in session of the same origin). */
  credentials?: 'include' | 'omit' | 'same-origin';
}

/** An answer other than 2xx: the server's RFC 9457 problem, with its stable `error_code`. */
export class DoableProblemError extends Error {
  override name = 'DoableProblemError';
  readonly status: number;
  readonly error_code: string;
  readonly detail: string;
  readonly errors: NonNullable<Problem['errors']>;
  readonly request_id: string | undefined;
  /** The whole problem body as sent (`undefined` when the answer was not a problem). */
  readonly problem: Partial<Problem> | undefined;
  readonly response: Response;

  constructor(response: Response, body: unknown) {
    const problem =
      body && typeof body === 'object' && 'error_code' in body ? (body as Partial<Problem>) : undefined;
    const detail =
      problem?.detail ??
      (typeof body === 'string' && body ? body : response.statusText || 'The request failed');
    super(`${response.status} ${problem?.error_code ?? `HTTP_${response.status}`}: ${detail}`);
    this.status = response.status;
    this.error_code = problem?.error_code ?? `HTTP_${response.status}`;
    this.detail = detail;
    this.errors = problem?.errors ?? [];
    this.request_id = problem?.request_id ?? response.headers.get('x-request-id') ?? undefined;
    this.problem = problem;
    this.response = response;
  }
}

// The shapes of one operation, read from the generated `operations` type.
type Operation<K extends OperationId> = operations[K];
type ParametersOf<K extends OperationId> = Operation<K>['parameters'];
type PathOf<K extends OperationId> = ParametersOf<K> extends { path: infer P } ? P : never;
type QueryOf<K extends OperationId> = ParametersOf<K> extends { query?: infer Q } ? Q : never;
type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type BodyOf<K extends OperationId> = JsonContent<NonNullable<Operation<K>['requestBody']>>;
type Successes<R> = R[Extract<keyof R, 200 | 201 | 202 | 203 | 204>];

/** What a successful call answers: the JSON body of a 2xx response (`undefined` for 204). */
export type OperationData<K extends OperationId> = JsonContent<Successes<Operation<K>['responses']>>;

type PathInput<K extends OperationId> = [PathOf<K>] extends [never]
  ? { path?: never }
  : [Exclude<keyof PathOf<K>, 'user_id'>] extends [never]
    ? { path?: { user_id?: string } }
    : { path: Omit<PathOf<K>, 'user_id'> & { user_id?: string } };
type QueryInput<K extends OperationId> = [QueryOf<K>] extends [never]
  ? { query?: never }
  : { query?: QueryOf<K> };
type BodyInput<K extends OperationId> = [BodyOf<K>] extends [undefined]
  ? { body?: never }
  : undefined extends Operation<K>['requestBody']
    ? { body?: BodyOf<K> }
    : null extends BodyOf<K>
      ? { body?: BodyOf<K> }
      : { body: BodyOf<K> };

/** The input of one operation: path parameters (`user_id` defaults to the client's), query, body. */
export type OperationInput<K extends OperationId> = PathInput<K> &
  QueryInput<K> &
  BodyInput<K> & {
    /** The ETag you read: the write is refused with 412 PRECONDITION_FAILED if the resource changed. */
    ifMatch?: string;
    /** Makes a POST safe to retry: a retry with the same key answers the first response. */
    idempotencyKey?: string;
    headers?: Record<string, string>;
    signal?: AbortSignal;
  };

/** A successful answer with its metadata: the data, the status, and the ETag when there is one. */
export interface OperationResult<K extends OperationId> {
  data: OperationData<K>;
  status: number;
  etag: string | null;
  response: Response;
}

type InputArgs<K extends OperationId> =
  Record<never, never> extends OperationInput<K> ? [input?: OperationInput<K>] : [input: OperationInput<K>];

type Id = string | number;
type WriteOptions = Pick<OperationInput<'updateTask'>, 'ifMatch' | 'headers' | 'signal'>;

export interface DoableClient {
  /** The underlying openapi-fetch client, typed by path, for anything the helpers do not cover. */
  api: Client<paths>;
  /** Any operation by its operationId; resolves to the data, or throws a DoableProblemError. */
  call<K extends OperationId>(operationId: K, ...input: InputArgs<K>): Promise<OperationData<K>>;
  /** Like `call`, and also answers the status and ETag (read a task's ETag for `ifMatch`). */
  send<K extends OperationId>(operationId: K, ...input: InputArgs<K>): Promise<OperationResult<K>>;

  listTasks(query?: QueryOf<'listTasks'>): Promise<OperationData<'listTasks'>>;
  createTask(
    body: BodyOf<'createTask'>,
    options?: Pick<OperationInput<'createTask'>, 'idempotencyKey' | 'headers' | 'signal'>,
  ): Promise<Task>;
  getTask(id: Id): Promise<Task>;
  updateTask(id: Id, body: BodyOf<'updateTask'>, options?: WriteOptions): Promise<Task>;
  replaceTask(id: Id, body: BodyOf<'replaceTask'>, options?: WriteOptions): Promise<Task>;
  deleteTask(id: Id, options?: WriteOptions): Promise<void>;
  /** One line of text, e.g. "Pay rent on the 1st at 9am #bills !high", made into a task. */
  quickAddTask(text: string): Promise<Task>;
  /** Toggles the task's completion, or sets it with `{ completed }`. */
  toggleTaskCompletion(id: Id, body?: BodyOf<'toggleTaskCompletion'>): Promise<Task>;
  listTags(): Promise<OperationData<'listTags'>>;
}

export function createDoableClient(options: DoableClientOptions): DoableClient {
  const { apiKey, token, userId = 'me' } = options;
  const api = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: options.headers,
    credentials: options.credentials,
    // Looked up per request, so a fetch swapped in later (tests, polyfills) is used.
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
  });
  api.use({
    async onRequest({ request }) {
      if (apiKey) request.headers.set('x-api-key', apiKey);
      const bearer = typeof token === 'function' ? await token() : token;
      if (bearer) request.headers.set('authorization', `Bearer ${bearer}`);
      return request;
    },
  });

  async function send<K extends OperationId>(
    operationId: K,
    ...[input]: InputArgs<K>
  ): Promise<OperationResult<K>> {
    const route = OPERATIONS[operationId];
    const given = (input ?? {}) as OperationInput<K> & {
      path?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    const headers: Record<string, string> = { ...given.headers };
    if (given.ifMatch) headers['if-match'] = given.ifMatch;
    if (given.idempotencyKey) headers['idempotency-key'] = given.idempotencyKey;
    const init = {
      params: {
        path: route.path.includes('{user_id}') ? { user_id: userId, ...given.path } : given.path,
        query: given.query,
      },
      headers,
      signal: given.signal,
      ...(given.body === undefined ? {} : { body: given.body }),
    };
    // The route comes from the generated table, so the types of `input` and `data` are those of
    // this operation; openapi-fetch cannot see that through a computed method and path.
    const request = api.request as (
      method: string,
      path: string,
      init: unknown,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const { data, error, response } = await request(route.method, route.path, init);
    if (!response.ok) throw new DoableProblemError(response, error);
    return {
      data: data as OperationData<K>,
      status: response.status,
      etag: response.headers.get('etag'),
      response,
    };
  }

  const call = async <K extends OperationId>(operationId: K, ...input: InputArgs<K>) =>
    (await send(operationId, ...input)).data;
  const task = (id: Id) => ({ id: String(id) });

  return {
    api,
    call,
    send,
    listTasks: (query) => call('listTasks', { query }),
    createTask: (body, more) => call('createTask', { body, ...more }),
    getTask: (id) => call('getTask', { path: task(id) }),
    updateTask: (id, body, more) => call('updateTask', { path: task(id), body, ...more }),
    replaceTask: (id, body, more) => call('replaceTask', { path: task(id), body, ...more }),
    deleteTask: async (id, more) => {
      await call('deleteTask', { path: task(id), ...more });
    },
    quickAddTask: async (text) => (await call('quickAddTask', { body: { text } })) as Task,
    toggleTaskCompletion: (id, body) => call('toggleTaskCompletion', { path: task(id), body }),
    listTags: () => call('listTags'),
  };
}
