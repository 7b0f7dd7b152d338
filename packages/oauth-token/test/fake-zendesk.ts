// A fake Zendesk for unit tests, reached through the source's `fetch` option: the token endpoint
// (client_credentials and refresh_token grants, form or JSON, client auth in the body or Basic)
// and one API endpoint. Like Zendesk, a refresh deletes the previous access AND refresh tokens,
// and a spent refresh token gets 400 invalid_grant. Every token request is recorded; answers can
// be held back (to make callers overlap) or replaced (to script failures).
import { gate } from './gate.ts';

export const TOKEN_ENDPOINT = 'https://acme.zendesk.com/oauth/tokens';
export const API = 'https://acme.zendesk.com/api/v2/users/me.json';
export const CLIENT = { clientId: 'demo_app', clientSecret: 'demo-app-secret-0b2f9c4e7a1d' } as const;

/** The parameters of a token request this fake reads. */
export type TokenParams = Partial<
  Record<'grant_type' | 'refresh_token' | 'client_id' | 'client_secret' | 'scope', string>
>;

/** A token request as the endpoint saw it. */
export interface SentTokenRequest {
  params: TokenParams;
  headers: Headers;
  redirect: RequestRedirect;
  contentType: string | null;
  /** The access token this request issued, once answered. */
  issued?: string;
}

/** What a scripted answer gets: the request, and the default answer to fall back on. */
export type Script = (
  sent: SentTokenRequest,
  answer: () => Promise<Response>,
) => Response | Promise<Response>;

export interface FakeZendesk {
  /** The `fetch` option: routes the token endpoint and the API. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Every token request, in order. */
  readonly requests: SentTokenRequest[];
  /** Every API request's Authorization, in order. */
  readonly apiCalls: (string | null)[];
  /** Every API request's URL, in order (the API answers any query string). */
  readonly apiUrls: string[];
  /** The next token requests are answered by these, in order (then the default). */
  script(...answers: Script[]): void;
  /** Holds token answers back until the returned function is called. */
  hold(): () => void;
  /** Whether an access token is live (issued, not deleted, not expired). */
  isLive(accessToken: string): boolean;
  /** Deletes every token now (as a revocation would). */
  revokeAll(): void;
  /** Sets whether the API's 401 carries a `WWW-Authenticate` challenge (default true). */
  challenge: boolean;
}

/** How the fake names the tokens it issues: the unit tests' long ones, or the README's short ones. */
export interface TokenNames {
  access: (n: number) => string;
  refresh: (n: number) => string;
}
const LONG_NAMES: TokenNames = {
  access: (n) => `at-${n}-gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo`,
  refresh: (n) => `rt-${n}-f3b1c2d4e5a6b7c8d9e0`,
};

/**
 * @param options.now the fake clock (ms), shared with the source
 * @param options.ttl access token lifetime in seconds (Zendesk's default 1800)
 * @param options.names how issued tokens are named
 */
export function fakeZendesk({
  now = () => 0,
  ttl = 1800,
  names = LONG_NAMES,
}: {
  now?: () => number;
  ttl?: number;
  names?: TokenNames;
} = {}): FakeZendesk {
  let count = 0;
  const access = new Map<string, number>(); // token -> expires at
  const refresh = new Map<string, string>(); // refresh token -> the access token issued with it
  const requests: SentTokenRequest[] = [];
  const apiCalls: (string | null)[] = [];
  const apiUrls: string[] = [];
  const scripts: Script[] = [];
  const answers = gate();

  function issue(): Record<string, unknown> {
    count += 1;
    const accessToken = names.access(count);
    const refreshToken = names.refresh(count);
    access.set(accessToken, now() + ttl * 1000);
    refresh.set(refreshToken, accessToken);
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: ttl,
      refresh_token: refreshToken,
      refresh_token_expires_in: 2_592_000,
      scope: 'read write',
    };
  }

  async function token(request: Request): Promise<Response> {
    const contentType = request.headers.get('content-type');
    const text = await request.text();
    const params: TokenParams =
      contentType === 'application/json' ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
    const sent: SentTokenRequest = {
      params,
      headers: request.headers,
      redirect: request.redirect,
      contentType,
    };
    requests.push(sent);
    await answers.wait();
    const answer = async () => {
      const basic = request.headers.get('authorization');
      const [id, secret] = basic
        ? atob(basic.slice(6)).split(':').map(decodeURIComponent)
        : [params.client_id, params.client_secret];
      if (id !== CLIENT.clientId || (secret !== undefined && secret !== CLIENT.clientSecret)) {
        return Response.json(
          { error: 'invalid_client', error_description: 'Client authentication failed' },
          { status: 401 },
        );
      }
      if (params.grant_type === 'client_credentials') return Response.json(issue());
      const spent = params.refresh_token ?? '';
      if (params.grant_type !== 'refresh_token' || !refresh.has(spent)) {
        return Response.json(
          { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' },
          { status: 400 },
        );
      }
      // Zendesk: "a successful request will also return a refresh token and delete the
      // previous access and refresh tokens".
      access.delete(refresh.get(spent) as string);
      refresh.delete(spent);
      return Response.json(issue());
    };
    const script = scripts.shift();
    const response = await (script ? script(sent, answer) : answer());
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { access_token?: string } | undefined;
    if (body?.access_token) sent.issued = body.access_token;
    return response;
  }

  const fake: FakeZendesk = {
    requests,
    apiCalls,
    apiUrls,
    challenge: true,
    async fetch(input, init) {
      const request = new Request(input, init);
      if (request.url === TOKEN_ENDPOINT) return token(request);
      if (!request.url.startsWith(API)) return new Response('Not Found', { status: 404 });
      const authorization = request.headers.get('authorization');
      apiCalls.push(authorization);
      apiUrls.push(request.url);
      const presented = authorization?.replace(/^Bearer /, '') ?? '';
      if (fake.isLive(presented)) return Response.json({ user: { id: 1, email: 'jdoe@example.com' } });
      const headers: Record<string, string> = fake.challenge
        ? { 'www-authenticate': 'Bearer realm="zendesk", error="invalid_token"' }
        : {};
      return Response.json({ error: "Couldn't authenticate you" }, { status: 401, headers });
    },
    script: (...answers) => void scripts.push(...answers),
    hold: answers.hold,
    isLive: (accessToken) => (access.get(accessToken) ?? -Infinity) > now(),
    revokeAll() {
      access.clear();
      refresh.clear();
    },
  };
  return fake;
}

/** A fake clock: `now()` for the source and the fake, `advance(ms)` to move it. */
export function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return {
    now: () => time,
    advance(ms: number): void {
      time += ms;
    },
  };
}

/** Resolves after every pending promise job has run (a macrotask later). */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
