import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { testQueryClient } from '../test/render';
import { meKey, watchSession } from './session';

afterEach(() => vi.unstubAllGlobals());

describe('a session that ends while the app is open', () => {
  it('a 401 from any query or write asks who is signed in again; other errors do not', async () => {
    const qc = testQueryClient({ staleTime: 60_000 });
    const stop = watchSession(qc);
    let asked = 0;
    const me = new QueryObserver(qc, {
      queryKey: meKey,
      queryFn: async () => {
        asked++;
        return asked === 1 ? { id: 'u1' } : null;
      },
    });
    const unsubscribe = me.subscribe(() => {});
    await vi.waitFor(() => expect(qc.getQueryData(meKey)).toEqual({ id: 'u1' }));

    const refused = (status: number) => async () => {
      throw new ApiError(status, 'X', 'no');
    };
    await qc.fetchQuery({ queryKey: ['tasks'], queryFn: refused(404) }).catch(() => {});
    await qc
      .getMutationCache()
      .build(qc, { mutationFn: refused(409) })
      .execute(undefined)
      .catch(() => {});
    expect(asked).toBe(1);

    await qc.fetchQuery({ queryKey: ['lists'], queryFn: refused(401) }).catch(() => {});
    await vi.waitFor(() => expect(qc.getQueryData(meKey)).toBeNull());
    expect(asked).toBe(2);
    await qc
      .getMutationCache()
      .build(qc, { mutationFn: refused(401) })
      .execute(undefined)
      .catch(() => {});
    await vi.waitFor(() => expect(asked).toBe(3));
    unsubscribe();
    stop();
  });
});
