// Around every request: CORS from CORS_ORIGINS and security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' } });
});
afterAll(() => server.close());

describe('CORS', () => {
  it('answers a preflight from an allowed origin', async () => {
    const res = await server.request('OPTIONS', '/api/me/tasks', {
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('exposes Location and X-Request-Id to allowed origins', async () => {
    const res = await server.as('cors-user')('GET', '/api/me/tasks', {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });

  it('gives other origins no CORS grant', async () => {
    const res = await server.request('GET', '/health', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers', () => {
  it('sets them on API responses and errors alike', async () => {
    for (const res of [
      await server.request('GET', '/health'),
      await server.request('GET', '/api/me/tasks'),
    ]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('does not advertise HSTS outside production', async () => {
    const res = await server.request('GET', '/health');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});
