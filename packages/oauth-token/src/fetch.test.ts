// source.fetch: the Authorization on every request, and one refresh and one retry after a 401,
// whatever the 401 looks like (Zendesk's may carry no challenge), when the body can be sent again.
import { describe, expect, it } from 'vitest';
import { API, settle } from '../test/fake-zendesk.ts';
import { REFRESH_TOKEN, setup } from '../test/setup.ts';
import { isReplayable } from './fetch.ts';

const MINUTE = 60_000;

describe('source.fetch', () => {
  it('sends the current token as Bearer', async () => {
    const { source, zendesk } = setup();
    const response = await source.fetch(API);
    expect(response.status).toBe(200);
    expect(zendesk.apiCalls).toEqual([`Bearer ${zendesk.requests[0]?.issued}`]);
  });

  it.each([true, false])('on a 401 (challenge: %s) refreshes once and retries once', async (challenge) => {
    const { source, zendesk } = setup();
    zendesk.challenge = challenge;
    const first = await source.token();
    zendesk.revokeAll(); // the token dies early (revoked, or a peer's refresh deleted it)
    const response = await source.fetch(API, { method: 'POST', body: JSON.stringify({ ticket: {} }) });
    expect(response.status).toBe(200);
    expect(zendesk.apiCalls).toEqual([`Bearer ${first}`, `Bearer ${zendesk.requests[1]?.issued}`]);
    expect(zendesk.requests).toHaveLength(2);
  });

  it('retries only once: a second 401 is returned', async () => {
    const { source, zendesk } = setup();
    zendesk.script(
      () => Response.json({ access_token: 'dead-1', token_type: 'bearer', expires_in: 1800 }),
      () => Response.json({ access_token: 'dead-2', token_type: 'bearer', expires_in: 1800 }),
    );
    const response = await source.fetch(API);
    expect(response.status).toBe(401);
    expect(zendesk.apiCalls).toEqual(['Bearer dead-1', 'Bearer dead-2']);
  });

  it('gives 50 concurrent 401s one refresh; each retries with the new token', async () => {
    const { source, zendesk } = setup();
    await source.token();
    zendesk.revokeAll();
    const release = zendesk.hold();
    const calls = Array.from({ length: 50 }, () => source.fetch(API));
    await settle();
    await settle();
    release();
    const responses = await Promise.all(calls);
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200));
    expect(zendesk.requests).toHaveLength(2);
  });

  it('does not refresh again for a 401 of a token another caller already replaced', async () => {
    const { zendesk, signIn, another } = setup();
    const tokens = await signIn();
    let arrive = () => {};
    const inTransit = new Promise<void>((resolve) => (arrive = resolve));
    const source = another({
      grant: REFRESH_TOKEN,
      tokens,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.url === API && request.headers.get('authorization') === `Bearer ${tokens.accessToken}`)
          await inTransit;
        return zendesk.fetch(request);
      },
    });
    const slow = source.fetch(API); // sent with the first token...
    await settle();
    const { accessToken } = await source.refresh(); // ...which this refresh deletes (Zendesk) before it arrives
    arrive();
    expect((await slow).status).toBe(200);
    expect(zendesk.apiCalls).toEqual([`Bearer ${tokens.accessToken}`, `Bearer ${accessToken}`]);
    expect(zendesk.requests).toHaveLength(1);
  });

  it('never refreshes on a 403, nor on a 401 whose challenge says insufficient_scope', async () => {
    const { zendesk } = setup();
    const answers = [
      new Response(null, {
        status: 403,
        headers: { 'www-authenticate': 'Bearer error="insufficient_scope"' },
      }),
      new Response(null, {
        status: 401,
        headers: { 'www-authenticate': 'Bearer error="insufficient_scope", scope="write"' },
      }),
    ];
    const { source } = setup({
      fetch: async (input, init) => {
        const request = new Request(input, init);
        return request.url === API ? (answers.shift() as Response) : zendesk.fetch(request);
      },
    });
    expect((await source.fetch(API)).status).toBe(403);
    expect((await source.fetch(API)).status).toBe(401);
    expect(zendesk.requests).toHaveLength(1);
  });

  it('ignores a malformed challenge: the 401 still refreshes', async () => {
    const { zendesk } = setup();
    let first = true;
    const { source } = setup({
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.url !== API) return zendesk.fetch(request);
        const answer = first
          ? new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer realm="unclosed' } })
          : new Response('ok');
        first = false;
        return answer;
      },
    });
    expect(await (await source.fetch(API)).text()).toBe('ok');
    expect(zendesk.requests).toHaveLength(2);
  });

  it.each([
    ['a string', () => 'name=Jane'],
    ['URLSearchParams', () => new URLSearchParams({ name: 'Jane' })],
    ['a Blob', () => new Blob(['name=Jane'])],
    ['an ArrayBuffer', () => new TextEncoder().encode('name=Jane').buffer],
    ['a Uint8Array', () => new TextEncoder().encode('name=Jane')],
    ['FormData', () => formData()],
  ])('replays %s body after a 401', async (_, body) => {
    const { zendesk } = setup();
    const bodies: string[] = [];
    const { source: watching } = setup({
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.url !== API) return zendesk.fetch(request);
        bodies.push(await request.text());
        return zendesk.fetch(API, { headers: request.headers });
      },
    });
    await watching.token();
    zendesk.revokeAll();
    expect((await watching.fetch(API, { method: 'POST', body: body() })).status).toBe(200);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    expect(bodies[0]).toContain('Jane');
  });

  it('clones a Request input before sending it, so it can be sent again', async () => {
    const { source, zendesk } = setup();
    await source.token();
    zendesk.revokeAll();
    const request = new Request(API, { method: 'PUT', body: '{"ticket":{}}', headers: { 'x-request': '1' } });
    expect((await source.fetch(request)).status).toBe(200);
    expect(zendesk.apiCalls).toHaveLength(2);
  });

  it('returns the 401 of a stream body (it cannot be read twice), the token invalidated for the next call', async () => {
    const { source, zendesk } = setup();
    const first = await source.token();
    zendesk.revokeAll();
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data'));
        controller.close();
      },
    });
    const response = await source.fetch(API, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(401);
    expect(zendesk.requests).toHaveLength(1);
    expect(await source.token()).not.toBe(first);
  });

  it('serves proactive refresh: at expiry, no 401 at all', async () => {
    const { source, zendesk, clock } = setup();
    await source.fetch(API);
    clock.advance(28 * MINUTE);
    expect((await source.fetch(API)).status).toBe(200);
    expect(zendesk.apiCalls.every((call) => call !== null)).toBe(true);
    expect(zendesk.requests).toHaveLength(2);
  });
});

function formData(): FormData {
  const form = new FormData();
  form.set('name', 'Jane');
  return form;
}

describe('isReplayable', () => {
  it('is true for bodies that can be sent twice, false for a stream', () => {
    for (const body of [
      undefined,
      null,
      '',
      new URLSearchParams(),
      new Blob([]),
      new ArrayBuffer(1),
      new DataView(new ArrayBuffer(1)),
      new FormData(),
    ]) {
      expect(isReplayable(body)).toBe(true);
    }
    expect(isReplayable(new ReadableStream())).toBe(false);
    expect(isReplayable({})).toBe(false);
  });
});
