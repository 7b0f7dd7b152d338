import { encodeBasic } from '@auth/basic-token';
import { retryDelay, sleep } from './backoff.ts';
import { kindOf } from './check.ts';
import { connectionFailed } from './connection-failed.ts';
import { fail, OAuthTokenError } from './errors.ts';
import { tokenResponse } from './token-response.ts';
import type { TokenSet } from './types.ts';

/** A `fetch`: the global one, or the `fetch` option. */
export type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** What every request to a token endpoint needs, whatever the grant: the checked options. */
export interface TokenClient {
  /** The token endpoint, an `https:` URL. */
  readonly tokenEndpoint: string;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  readonly format: 'form' | 'json';
  readonly clientAuth: 'body' | 'basic';
  readonly timeoutMs: number;
  readonly fetch: Fetch;
  readonly now: () => number;
}

/** RFC 6749 appendix B: `application/x-www-form-urlencoded`, as 2.3.1 asks for Basic credentials. */
const formEncode = (value: string): string => new URLSearchParams({ v: value }).toString().slice(2);

/**
 * The `fetch` init of a token request (RFC 6749 sections 4.4.2, 6, 4.1.3): POST, the grant's
 * `params` as a form (RFC 6749) or JSON (Zendesk), the client authenticated in the body or by
 * HTTP Basic over the form-encoded id and secret (2.3.1, built by `@auth/basic-token`); a
 * public client (no secret) sends its `client_id` in the body either way. `accept` JSON, and
 * `redirect: 'manual'`: a token request is never re-sent somewhere else.
 */
export function tokenRequestInit(client: TokenClient, params: Record<string, string>): RequestInit {
  const { clientId, clientSecret } = client;
  const basic = client.clientAuth === 'basic' && clientSecret !== undefined;
  const fields: Record<string, string> = basic
    ? params
    : { ...params, client_id: clientId, ...(clientSecret !== undefined && { client_secret: clientSecret }) };
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': client.format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
    ...(basic && { authorization: encodeBasic(formEncode(clientId), formEncode(clientSecret)) }),
  };
  const body = client.format === 'json' ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
  return { method: 'POST', headers, body, redirect: 'manual' };
}

/**
 * Sends `init` to the token endpoint and reads the whole answer within `timeoutMs`: a `fetch`
 * that ignores the abort signal cannot hold a refresh longer.
 */
async function send(client: TokenClient, init: RequestInit): Promise<readonly [Response, string]> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const exchange = client
    .fetch(client.tokenEndpoint, { ...init, signal: controller.signal })
    .then(async (answer) => {
      // Cross-realm (undici's Response, a polyfill, another frame), as oauth4webapi's looseInstanceOf.
      if (!(answer instanceof Response) && Object(answer)[Symbol.toStringTag] !== 'Response') {
        fail('INVALID_RESPONSE', `options.fetch must resolve to a Response, got ${kindOf(answer)}`);
      }
      return [answer, await answer.text()] as const;
    });
  exchange.catch(() => {}); // after a timeout, its late rejection is expected, not unhandled
  try {
    return await Promise.race([
      exchange,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(controller.signal.reason);
        }, client.timeoutMs);
      }),
    ]);
  } catch (error) {
    if (error instanceof OAuthTokenError) throw error;
    if (controller.signal.aborted) {
      fail('TIMEOUT', `token endpoint did not answer within ${client.timeoutMs} ms; try again`);
    }
    // Nothing sent (no connection made) or maybe sent: only the second may have spent a refresh token.
    return connectionFailed(error)
      ? fail(
          'CONNECTION_FAILED',
          'could not connect to the token endpoint: nothing was sent; check the URL, the network and the certificates',
          { cause: error },
        )
      : fail('NETWORK_ERROR', 'token request failed before an answer; check the network', { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether a token request that failed may still have been carried out by the server: no
 * answer (a network error, a timeout), a 5xx, or a success answer that could not be read. A
 * refresh token sent so may be spent, its successor in an answer nobody got. Not so after
 * `CONNECTION_FAILED`: no connection was made, nothing was sent.
 */
export const mayHaveSpent = ({ code, status }: OAuthTokenError): boolean =>
  code === 'NETWORK_ERROR' ||
  code === 'TIMEOUT' ||
  (code === 'HTTP_ERROR' && (status ?? 0) >= 500) ||
  (code === 'INVALID_RESPONSE' && status !== undefined);

/**
 * Sends a token request for a grant's `params` (`{ grant_type: 'refresh_token', refresh_token }`
 * ...) and returns the {@link TokenSet} of the answer, whose expiry counts from when the request
 * was sent. The one place that talks to a token endpoint: every grant is a caller.
 * `retries`: how many times to try again after a failed connection, a network error, a timeout, a 429 or a 5xx, with
 * backoff that honours `Retry-After`; only for grants that spend nothing (`client_credentials`).
 * `held`: secrets the caller holds that the request does not send (the access token a refresh
 * replaces), masked too where a server's text echoes them.
 *
 * @throws {OAuthTokenError} the OAuth codes, `HTTP_ERROR`, `INVALID_RESPONSE`, `CONNECTION_FAILED`,
 * `NETWORK_ERROR`, `TIMEOUT`.
 */
export async function requestToken(
  client: TokenClient,
  params: Record<string, string>,
  retries = 0,
  held: readonly (string | undefined)[] = [],
): Promise<TokenSet> {
  // What a server may echo in an error, masked there: what this request sends that is secret.
  const { refresh_token, code, code_verifier } = params;
  const secrets = [client.clientSecret, refresh_token, code, code_verifier, ...held];
  const init = tokenRequestInit(client, params); // the same request at every try
  for (let tried = 0; ; tried++) {
    const sentAt = client.now();
    let retryAfter: string | null = null;
    try {
      const [answer, text] = await send(client, init);
      retryAfter = answer.headers.get('retry-after');
      return tokenResponse(answer.status, text, sentAt, secrets);
    } catch (error) {
      const { code: failed, status = 0 } = error as OAuthTokenError;
      const transient =
        failed === 'CONNECTION_FAILED' ||
        failed === 'NETWORK_ERROR' ||
        failed === 'TIMEOUT' ||
        status === 429 ||
        status >= 500;
      const delay =
        transient && tried < retries
          ? retryDelay(tried, retryAfter, client.now(), client.timeoutMs)
          : undefined;
      if (delay === undefined) throw error;
      await sleep(delay);
    }
  }
}
