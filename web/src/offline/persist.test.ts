import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { persistQueries, restoreQueries } from './persist';

afterEach(() => localStorage.clear());

const KEY = 'doable.cache.v1';
const saved = () =>
  (JSON.parse(localStorage.getItem(KEY) ?? 'null') as { queries: { key: unknown[]; data: unknown }[] })
    .queries;

describe('the copy of the last-known data kept in the browser', () => {
  it('still holds a query whose refetch failed (offline), so the next reload offline opens with it too', async () => {
    const profile = { id: 'u1', name: 'Ana' };
    const lists = { lists: [{ id: 1, name: 'Home' }] };
    localStorage.setItem(
      KEY,
      JSON.stringify({
        queries: [
          { key: ['me'], data: profile, updatedAt: Date.now() },
          { key: ['tasks', 'lists'], data: lists, updatedAt: Date.now() },
        ],
      }),
    );
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 10_000 } } });
    restoreQueries(qc);
    const stop = persistQueries(qc);
    // Kept a moment ago, yet old: each is asked for again as soon as it is used.
    expect(qc.getQueryState(['tasks', 'lists'])?.isInvalidated).toBe(true);
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    await qc.fetchQuery({ queryKey: ['tasks', 'lists'], queryFn: offline }).catch(() => undefined);
    expect(qc.getQueryState(['tasks', 'lists'])?.status).toBe('error');
    window.dispatchEvent(new Event('pagehide'));
    stop();
    expect(saved()).toEqual([
      { key: ['me'], data: profile, updatedAt: expect.any(Number) },
      { key: ['tasks', 'lists'], data: lists, updatedAt: expect.any(Number) },
    ]);
  });
});
