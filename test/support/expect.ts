// Shared assertions on what a client sees.
import { expect } from 'vitest';
import type { ApiResponse } from './server.js';

export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const PROBLEM = /^application\/problem\+json/;

/** An RFC 9457 problem with every field the contract promises, and the given status and code. */
export function expectProblem(res: ApiResponse, status: number, code: string): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(PROBLEM);
  expect(res.body).toMatchObject({
    type: expect.stringMatching(/^urn:doable:problem:/),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    instance: expect.stringMatching(/^\/api\//),
    error_code: code,
    timestamp: expect.stringMatching(ISO),
    request_id: res.headers.get('x-request-id'),
  });
}
