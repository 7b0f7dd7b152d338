// The single flight in Cloudflare Workers, with workerd's request contexts emulated: a flight
// started while serving one request is joined only by callers of that request; another request
// starts its own, and whichever finishes last never replaces a newer set.
import { describe, expect, it, vi } from 'vitest';
import { settle } from '../test/fake-zendesk.ts';
import { setup } from '../test/setup.ts';

/** The request being served, as workerd's I/O context would know it. */
const context = vi.hoisted(() => ({ current: 'A' }));
vi.mock('./workers.ts', () => ({
  isCloudflareWorkers: () => true,
  requestMarker: () => ({ request: context.current }),
  madeInThisRequest: (marker: { request: string }) => marker.request === context.current,
}));

describe('single flight in Workers', () => {
  it("joins only a flight of the caller's own request", async () => {
    const { source, zendesk } = setup();
    const release = zendesk.hold();
    context.current = 'A';
    const a = Array.from({ length: 10 }, () => source.token());
    await settle();
    context.current = 'B';
    const b = Array.from({ length: 10 }, () => source.token());
    await settle();
    expect(zendesk.requests).toHaveLength(2); // one per request: an extra client_credentials token, harmless
    release();
    const [fromA, fromB] = [new Set(await Promise.all(a)), new Set(await Promise.all(b))];
    expect(fromA.size).toBe(1);
    expect(fromB.size).toBe(1);
    context.current = 'C';
    await source.token();
    expect(zendesk.requests).toHaveLength(2); // later requests share the held set
  });

  it('never lets an older flight that finishes last replace the newer set', async () => {
    const { source, zendesk } = setup();
    let releaseA = () => {};
    zendesk.script(
      (_, answer) => new Promise<void>((resolve) => (releaseA = resolve)).then(answer), // A: slow
    );
    context.current = 'A';
    const a = source.token();
    await settle();
    context.current = 'B';
    const b = await source.token(); // B starts later and finishes first
    releaseA();
    await a;
    expect(await source.token()).toBe(b);
    expect(zendesk.requests.map((sent) => sent.issued)).toEqual([expect.stringMatching(/^at-2-/), b]);
  });
});
