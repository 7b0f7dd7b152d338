import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryDelay, sleep } from './backoff.ts';

afterEach(() => vi.restoreAllMocks());

describe('retryDelay', () => {
  it('doubles 250 ms per attempt, with jitter between half and all of it', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect([0, 1, 2].map((attempt) => retryDelay(attempt, null, 0, 10_000))).toEqual([125, 250, 500]);
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    expect(retryDelay(1, null, 0, 10_000)).toBeCloseTo(500, 2);
  });

  it('honours Retry-After in seconds or as an HTTP date (RFC 9110 10.2.3)', () => {
    expect(retryDelay(0, '3', 0, 10_000)).toBe(3000);
    expect(retryDelay(0, ' 0 ', 0, 10_000)).toBe(0);
    expect(retryDelay(0, 'Thu, 01 Jan 1970 00:00:05 GMT', 1000, 10_000)).toBe(4000);
    expect(retryDelay(0, 'Thu, 01 Jan 1970 00:00:00 GMT', 1000, 10_000)).toBe(0);
  });

  it('falls back to the backoff when Retry-After is unreadable', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(retryDelay(0, 'soon', 0, 10_000)).toBe(125);
  });

  it('gives up (undefined) when the server asks for longer than the maximum', () => {
    expect(retryDelay(0, '11', 0, 10_000)).toBeUndefined();
    expect(retryDelay(0, '10', 0, 10_000)).toBe(10_000);
  });

  it('sleep resolves after the delay', async () => {
    const started = performance.now();
    await sleep(20);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });
});
