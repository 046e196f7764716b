// OpenTelemetry traces: with OTEL_EXPORTER_OTLP_ENDPOINT set, every request is a
// server span sent over OTLP/HTTP to a collector, here a local receiver that keeps what it is sent.
// A span is named by the route pattern, continues the caller's W3C trace, carries the status, and
// holds no ids of the path, no query and no credentials.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
  status?: { code?: number };
}

let collector: Server;
const bodies: { path: string; contentType: string; json: any }[] = [];

beforeAll(async () => {
  collector = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      bodies.push({
        path: req.url ?? '',
        contentType: String(req.headers['content-type']),
        json: JSON.parse(body),
      });
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  collector.closeAllConnections();
  await new Promise((resolve) => collector.close(resolve));
});

const attr = (span: OtlpSpan, key: string) => {
  const v = span.attributes.find((a) => a.key === key)?.value;
  return v && (v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : undefined));
};

describe('traces', () => {
  let server: TestServer;
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const parentId = '00f067aa0ba902b7';

  beforeAll(async () => {
    const port = (collector.address() as AddressInfo).port;
    server = await startTestServer({
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}/`,
        OTEL_SERVICE_NAME: 'doable-under-test',
      },
    });
    const call = server.as('traced-user');
    const created = await call('POST', '/api/me/tasks', { body: { title: 'Traced secret title' } });
    expect(created.status).toBe(201);
    await server.request('GET', `/api/traced-user/tasks/${created.body.id}?q=private-words`, {
      headers: { traceparent: `00-${traceId}-${parentId}-01` },
      token: await server.tokenFor('traced-user'),
    });
    expect((await call('POST', '/api/me/tasks', { body: { title: '' } })).status).toBe(422);
    // Closing the app flushes the batch.
    await server.close();
  });

  it('sends one server span per request to <endpoint>/v1/traces, with the service name', () => {
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.every((b) => b.path === '/v1/traces' && b.contentType.startsWith('application/json'))).toBe(
      true,
    );
    const resource = bodies[0]!.json.resourceSpans[0].resource.attributes;
    expect(resource).toContainEqual({ key: 'service.name', value: { stringValue: 'doable-under-test' } });
  });

  it('names spans by route pattern, continues the incoming trace, and records the status', () => {
    const spans: OtlpSpan[] = bodies.flatMap((b) =>
      b.json.resourceSpans.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans)),
    );
    const read = spans.find((s) => s.name === 'GET /api/:user_id/tasks/:id');
    expect(read, JSON.stringify(spans.map((s) => s.name))).toBeDefined();
    expect(read!.traceId).toBe(traceId);
    expect(read!.parentSpanId).toBe(parentId);
    expect(read!.kind).toBe(2); // SERVER
    expect(attr(read!, 'http.response.status_code')).toBe(200);
    expect(attr(read!, 'http.route')).toBe('/api/:user_id/tasks/:id');
    const refused = spans.filter((s) => s.name === 'POST /api/:user_id/tasks');
    expect(refused.map((s) => attr(s, 'http.response.status_code')).sort()).toEqual([201, 422]);
    // A request without traceparent starts a trace of its own.
    expect(refused.every((s) => s.traceId !== traceId && !s.parentSpanId)).toBe(true);
  });

  it('records no path ids, query, title or credentials', () => {
    const text = JSON.stringify(bodies);
    for (const secret of ['private-words', 'Traced secret title', 'traced-user', 'Bearer', 'eyJ']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('without an endpoint', () => {
  it('sends nothing', async () => {
    const before = bodies.length;
    const server = await startTestServer();
    try {
      expect((await server.as('quiet')('GET', '/api/me/tasks')).status).toBe(200);
    } finally {
      await server.close();
    }
    expect(bodies.length).toBe(before);
  });
});
