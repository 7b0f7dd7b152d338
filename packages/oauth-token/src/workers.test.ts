import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCloudflareWorkers, madeInThisRequest, requestMarker } from './workers.ts';

afterEach(() => vi.unstubAllGlobals());

describe('isCloudflareWorkers', () => {
  it('detects workerd by its navigator.userAgent, as jose does', () => {
    expect(isCloudflareWorkers()).toBe(false);
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    expect(isCloudflareWorkers()).toBe(true);
    vi.stubGlobal('navigator', undefined);
    expect(isCloudflareWorkers()).toBe(false);
  });
});

describe('madeInThisRequest', () => {
  it('is true where any request may touch any body (everywhere but workerd)', () => {
    const marker = requestMarker();
    expect(marker).toBeInstanceOf(Response);
    expect(madeInThisRequest(marker)).toBe(true);
    expect(madeInThisRequest(marker)).toBe(true);
  });

  it("is false when touching the marker's body throws, as workerd does for another request's", () => {
    const foreign = {
      clone() {
        throw new Error('Cannot perform I/O on behalf of a different request.');
      },
    } as unknown as Response;
    expect(madeInThisRequest(foreign)).toBe(false);
  });
});
