import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { askEarly } from './early.ts';
import { getJson } from './http.ts';

describe('answers asked for early', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('are taken once by the page asking the same URL, which asks again after that', async () => {
    let served = 0;
    const fetch = vi.fn(() => Promise.resolve(Response.json({ n: ++served })));
    vi.stubGlobal('fetch', fetch);
    const schema = z.object({ n: z.number() });
    askEarly('/api/v1/counts?platform=tiktok');
    askEarly('/api/v1/counts?platform=tiktok');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await getJson('/api/v1/counts?platform=tiktok', schema)).toEqual({ n: 1 });
    expect(fetch).toHaveBeenCalledTimes(1);
    // a later asking (a refetch) is a new request, never the early answer again
    expect(await getJson('/api/v1/counts?platform=tiktok', schema)).toEqual({ n: 2 });
    // another URL is not answered by it
    expect(await getJson('/api/v1/counts?platform=snapchat', schema)).toEqual({ n: 3 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
