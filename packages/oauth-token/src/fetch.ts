import { bearerHeader } from '@auth/bearer';
import type { Fetch } from './token-request.ts';
import type { TokenSource } from './types.ts';

/**
 * Whether a request body can be sent twice: none, a string, `URLSearchParams`, a `Blob`, an
 * `ArrayBuffer` or a view of one, `FormData`. A `ReadableStream` (or anything else) is read once.
 */
export function isReplayable(body: unknown): boolean {
  return (
    body == null ||
    typeof body === 'string' ||
    body instanceof URLSearchParams ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof FormData
  );
}

/**
 * `fetch(input, init)` with the source's `Authorization`. A 401 (challenge or not) invalidates
 * the token it sent, if still current (Zendesk's refresh deletes the previous access token, so a
 * call in flight may 401 right after another caller refreshed), gets a fresh one (one refresh for
 * all callers) and sends again once, when the body can be replayed: a `Request` input is cloned
 * before the first send; a stream body is not, and its 401 is returned. A 403, and a 401 whose
 * challenge names `insufficient_scope`, never refresh: a new token would not have more scope.
 */
export async function fetchWithToken(
  source: TokenSource,
  fetch: Fetch,
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<Response> {
  const request = new Request(input, init);
  const replayable =
    request.body === null || (init?.body !== undefined ? isReplayable(init.body) : input instanceof Request);
  const spare = replayable ? request.clone() : undefined;
  const { signal } = request;
  const sent = await source.token({ signal });
  request.headers.set('authorization', bearerHeader(sent));
  const response = await fetch(request);
  // RFC 6750 3.1 puts insufficient_scope on a 403; a server that sends it on a 401 says the same.
  // The word anywhere in the challenge is enough (no parser shipped for it): a description that
  // merely quotes it costs a 401 returned as it is, never a needless refresh.
  if (response.status !== 401 || response.headers.get('www-authenticate')?.includes('insufficient_scope'))
    return response;
  source.invalidate(sent);
  if (!spare) return response;
  const token = await source.token({ signal });
  if (token === sent) return response;
  await response.body?.cancel().catch(() => {}); // the 401's body is not needed: free its connection
  spare.headers.set('authorization', bearerHeader(token));
  return fetch(spare);
}
