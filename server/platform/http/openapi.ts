// How the zod route schemas become the OpenAPI document at /openapi.json: fastify-type-provider-zod's
// transforms, plus what keeps the document clean under `npm run lint:openapi` (redocly.yaml).
import { STATUS_CODES } from 'node:http';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { z } from 'zod';

type Transform = typeof jsonSchemaTransform;
type TransformObject = typeof jsonSchemaTransformObject;

type Examples = Record<string, Example>;
interface RouteExamples {
  path: string;
  methods: string[];
  body?: Examples;
  responses: Record<string, Examples>;
}

/** Examples taken off route schemas, per document being built, until openApiTransformObject places them. */
const examplesOf = new WeakMap<object, RouteExamples[]>();

/** The document being built, the same object in both transforms. */
const documentOf = (given: { openapiObject: object } | { swaggerObject: object }): object =>
  'openapiObject' in given ? given.openapiObject : given.swaggerObject;

/** The schema's `x-examples` (see withExamples), removed from it: @fastify/swagger drops siblings of `$ref`. */
function takeExamples(schema: unknown): { schema: unknown; examples?: Examples } {
  if (!schema || typeof schema !== 'object' || !('x-examples' in schema)) return { schema };
  const { 'x-examples': examples, ...rest } = schema as { 'x-examples': Examples };
  return { schema: rest, examples };
}

/**
 * A response's description where its schema gives none: the status' reason phrase, and for a
 * problem what it is (rather than @fastify/swagger's "Default Response").
 */
function describeResponse(status: string, part: unknown): unknown {
  if (!part || typeof part !== 'object' || 'description' in part) return part;
  const reason = STATUS_CODES[Number(status)] ?? status;
  const ref = (part as { $ref?: unknown }).$ref;
  if (typeof ref !== 'string') return { ...part, 'x-response-description': reason };
  // Beside a $ref, @fastify/swagger reads `description` for the response and drops it from the schema.
  const problem = ref.endsWith('/Problem');
  return {
    ...part,
    description: problem ? `${reason}: a problem (RFC 9457), error_code says which` : reason,
  };
}

/**
 * One path per route: a route registered as '/' under a prefix answers with and without the
 * trailing slash (Fastify's default) but is documented once, without it. Responses get a
 * description; examples are set aside for the media types (openApiTransformObject).
 */
export const openApiTransform: Transform = (document) => {
  const result = jsonSchemaTransform(document);
  const url = result.url.length > 1 && result.url.endsWith('/') ? result.url.slice(0, -1) : result.url;
  const schema = result.schema as { body?: unknown; response?: Record<string, unknown> } | undefined;
  if (!schema) return { ...result, url };
  const found: RouteExamples = {
    path: url.replace(/:([A-Za-z0-9_]+)/g, '{$1}'),
    methods: [document.route.method].flat().map((m) => m.toLowerCase()),
    responses: {},
  };
  const transformed = { ...schema };
  if (schema.body) {
    const body = takeExamples(schema.body);
    transformed.body = body.schema;
    if (body.examples) found.body = body.examples;
  }
  if (schema.response) {
    const response: Record<string, unknown> = {};
    for (const [status, part] of Object.entries(schema.response)) {
      const taken = takeExamples(part);
      response[status] = describeResponse(status, taken.schema);
      if (taken.examples) found.responses[status] = taken.examples;
    }
    transformed.response = response;
  }
  if (found.body || Object.keys(found.responses).length > 0) {
    const list = examplesOf.get(documentOf(document)) ?? [];
    list.push(found);
    examplesOf.set(documentOf(document), list);
  }
  return { schema: transformed as typeof result.schema, url };
};

type Operation = {
  requestBody?: { content?: Record<string, { examples?: Examples }> };
  responses?: Record<string, { content?: Record<string, { examples?: Examples }> }>;
};

/** Puts the examples set aside by openApiTransform on the operations' media types. */
function placeExamples(paths: Record<string, Record<string, Operation>> | undefined, found: RouteExamples[]) {
  for (const route of found) {
    for (const method of route.methods) {
      const operation = paths?.[route.path]?.[method];
      if (!operation) continue;
      for (const media of Object.values(operation.requestBody?.content ?? {})) {
        if (route.body) media.examples = route.body;
      }
      for (const [status, examples] of Object.entries(route.responses)) {
        for (const media of Object.values(operation.responses?.[status]?.content ?? {}))
          media.examples = examples;
      }
    }
  }
}

/** Every `$ref` target inside a JSON value. */
function refsIn(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.add(child);
      else refsIn(child, into);
    }
  }
  return into;
}

const SCHEMA_REF = '#/components/schemas/';

/**
 * The document with only the component schemas something references. Every zod schema with an
 * id is emitted twice, as read (`XInput`) and as written (`X`); most are used one way only, and
 * the unused half of a request schema with transforms is not even a meaningful schema.
 */
export const openApiTransformObject: TransformObject = (document) => {
  const openapi = jsonSchemaTransformObject(document) as ReturnType<TransformObject> & {
    components?: { schemas?: Record<string, unknown> };
  };
  placeExamples(
    openapi.paths as Record<string, Record<string, Operation>>,
    examplesOf.get(documentOf(document)) ?? [],
  );
  examplesOf.delete(documentOf(document));
  const schemas = openapi.components?.schemas;
  if (!schemas) return openapi;
  const { components, ...rest } = openapi;
  const used = new Set<string>();
  const pending = [...refsIn(rest, new Set())];
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    if (!ref.startsWith(SCHEMA_REF)) continue;
    const name = decodeURIComponent(ref.slice(SCHEMA_REF.length));
    if (used.has(name) || !(name in schemas)) continue;
    used.add(name);
    pending.push(...refsIn(schemas[name], new Set()));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...openapi, components: { ...components, schemas: kept } } as ReturnType<TransformObject>;
};

/** A named example of a request body or a response, as OpenAPI's Example Object. */
export interface Example {
  summary: string;
  value: unknown;
}

/**
 * The schema, documented with examples where it is a route's body or response (Swagger UI and
 * client tools show them). The same schema for validation and serialization; only the document
 * changes. The examples ride as `x-examples`, which @fastify/swagger moves onto the media type:
 * zod drops a plain `examples` from the input side of a schema with transforms.
 */
export function withExamples<T extends z.ZodType>(schema: T, examples: Record<string, Example>): T {
  return schema.meta({ 'x-examples': examples });
}
