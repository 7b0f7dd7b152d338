import { checkChoice, checkFunction, checkMs, checkText, misuse } from './check.ts';
import { checkHttpsUrl } from './https-url.ts';
import { type Fetch, type TokenClient, tokenRequestInit } from './token-request.ts';

/** `setTimeout`'s longest delay (a signed 32-bit number of ms); longer ones fire at once. */
const MAX_TIMEOUT_MS = 2_147_483_647; // 2 ** 31 - 1, written out: a literal is dropped where unused

/** The options every caller of a token endpoint takes (`createTokenSource`, `exchangeAuthorizationCode`). */
export interface TokenClientOptions {
  tokenEndpoint?: unknown;
  format?: unknown;
  clientAuth?: unknown;
  timeoutMs?: unknown;
  fetch?: unknown;
  now?: unknown;
}

/**
 * The {@link TokenClient} of `options` and a client's `credentials` (named `${at}clientId`...
 * in a message; a secret only when `secretRequired` or given): the endpoint `https:` only, the
 * choices, the functions, and HTTP Basic client authentication built once, so that credentials
 * too long for a header are refused now rather than at the first token request.
 */
export function checkTokenClient(
  options: TokenClientOptions,
  { clientId, clientSecret }: { clientId?: unknown; clientSecret?: unknown },
  at: string,
  secretRequired: boolean,
): TokenClient {
  // Called unbound, never as a method of the options: a browser's fetch refuses another `this`.
  const fetch = checkFunction(options.fetch as Fetch | undefined, 'options.fetch') ?? globalThis.fetch;
  const { timeoutMs } = options;
  const client: TokenClient = {
    clientId: checkText(clientId, `${at}clientId`, 'the client id'),
    clientSecret:
      clientSecret === undefined && !secretRequired
        ? undefined
        : checkText(clientSecret, `${at}clientSecret`, 'the client secret'),
    tokenEndpoint: checkHttpsUrl(options.tokenEndpoint, 'options.tokenEndpoint').href,
    format: checkChoice(options.format, 'options.format', ['form', 'json']),
    clientAuth: checkChoice(options.clientAuth, 'options.clientAuth', ['body', 'basic']),
    timeoutMs: timeoutMs === undefined ? 10_000 : checkMs(timeoutMs, 'options.timeoutMs', 1, MAX_TIMEOUT_MS),
    fetch: (input, init) => fetch(input, init),
    now: checkFunction(options.now as (() => number) | undefined, 'options.now') ?? Date.now,
  };
  try {
    tokenRequestInit(client, {});
  } catch {
    misuse("options.clientAuth: the client id and secret are too long for 'basic'; use 'body'");
  }
  return client;
}
