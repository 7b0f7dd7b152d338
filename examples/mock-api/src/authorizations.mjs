// Sign-in with the authorization code grant and PKCE, as Zendesk runs it (RFC 6749 4.1,
// RFC 7636): GET /oauth/authorizations/new checks the client, its redirect URI and the PKCE
// challenge, and shows a consent page; its Allow and Deny buttons POST to
// /oauth/authorizations, which sends the browser back with `code` and `state`, or with
// `error=access_denied`. The token endpoint (app.mjs) hands a code here: it works once, for
// 120 seconds (Zendesk's lifetime), with the verifier of its challenge, and a second use
// revokes the tokens the first one got (RFC 6749 4.1.2). Codes are kept as SHA-256 digests,
// like tokens.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Zendesk: "The code is valid for 120 seconds." */
export const CODE_LIFETIME_MS = 120_000;
/** How long a consent page may wait for its answer. */
const CONSENT_LIFETIME_MS = 10 * 60_000;
/** RFC 7636 4.1 and 4.2: a verifier, and an S256 challenge (43 base64url characters). */
const VERIFIER = /^[\w.~-]{43,128}$/;
const CHALLENGE = /^[\w-]{43}$/;

const random = () => randomBytes(32).toString('base64url');
const digest = (text) => createHash('sha256').update(text).digest('base64url');
const html = (status, body) =>
  new Response(`<!doctype html><meta charset="utf-8"><title>Sign in</title>${body}`, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // The consent page must not be framed (clickjacking of the Allow button).
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const see = (location) =>
  new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });

/**
 * Whether `uri` is one of `registered`: character for character, except that a loopback
 * `http:` URI may use any port (RFC 8252 7.3: a native app takes the port it is given).
 */
export function isRegisteredRedirect(uri, registered) {
  if (registered.includes(uri)) return true;
  let url;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || (url.hostname !== '127.0.0.1' && url.hostname !== '[::1]')) return false;
  url.port = '';
  return registered.includes(url.href);
}

/**
 * @param {{ clients: Record<string, { name: string, redirectUris: string[] }>,
 *   tokens: ReturnType<typeof import('./tokens.mjs').createTokenStore>, now?: () => number }} options
 *   `clients`: the OAuth clients allowed to sign users in, with their registered redirect URIs.
 */
export function createAuthorizations({ clients, tokens, now = Date.now }) {
  /** @type {Map<string, { clientId: string, redirectUri: string, state: string | null, challenge: string, scope: string, at: number }>} */
  const consents = new Map();
  /** @type {Map<string, { clientId: string, redirectUri: string, challenge: string, scope: string, at: number, used: boolean, family?: string }>} */
  const codes = new Map();

  const back = (redirectUri, state, params) => {
    const url = new URL(redirectUri);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    if (state !== null) url.searchParams.set('state', state);
    return see(url.href);
  };

  /** GET /oauth/authorizations/new: the consent page, or why not. */
  function authorize(request) {
    const query = new URL(request.url).searchParams;
    const clientId = query.get('client_id');
    const redirectUri = query.get('redirect_uri') ?? '';
    const client = Object.hasOwn(clients, clientId ?? '') ? clients[clientId] : undefined;
    // RFC 6749 4.1.2.1: with an unknown client or redirect URI, never redirect: say it here.
    if (!client) return html(400, '<h1>Unknown OAuth client</h1><p>Check client_id.</p>');
    if (!isRegisteredRedirect(redirectUri, client.redirectUris)) {
      return html(
        400,
        '<h1>Redirect URI not registered</h1><p>redirect_uri must be one this client registered, exactly.</p>',
      );
    }
    const state = query.get('state');
    const refuse = (error, description) =>
      back(redirectUri, state, { error, error_description: description });
    if (query.get('response_type') !== 'code')
      return refuse('unsupported_response_type', 'Use response_type=code');
    if (query.get('code_challenge_method') !== 'S256') {
      return refuse('invalid_request', 'PKCE is required: code_challenge_method=S256');
    }
    const challenge = query.get('code_challenge') ?? '';
    if (!CHALLENGE.test(challenge))
      return refuse('invalid_request', 'code_challenge must be an S256 challenge');
    const ticket = random();
    consents.set(ticket, {
      clientId,
      redirectUri,
      state,
      challenge,
      scope: query.get('scope') ?? 'read',
      at: now(),
    });
    return html(
      200,
      `<style>body{font:16px system-ui;margin:3rem auto;max-width:30rem}button{font:inherit;padding:.5rem 1.5rem;margin-right:1rem}</style>
<h1>Allow ${escapeHtml(client.name)}?</h1>
<p><b>${escapeHtml(client.name)}</b> asks to <b>${escapeHtml(query.get('scope') ?? 'read')}</b> your account, as you.</p>
<p>You will be sent back to <code>${escapeHtml(new URL(redirectUri).origin)}</code>.</p>
<form method="post" action="/oauth/authorizations">
<input type="hidden" name="ticket" value="${ticket}">
<button name="decision" value="allow">Allow</button><button name="decision" value="deny">Deny</button>
</form>`,
    );
  }

  /** POST /oauth/authorizations: the user's answer, sent back to the app. */
  async function decide(request) {
    const form = new URLSearchParams(await request.text());
    const ticket = form.get('ticket') ?? '';
    const consent = consents.get(ticket);
    consents.delete(ticket); // one answer per page
    if (!consent || now() - consent.at > CONSENT_LIFETIME_MS) {
      return html(400, '<h1>This page expired</h1><p>Go back to the app and sign in again.</p>');
    }
    if (form.get('decision') !== 'allow') {
      return back(consent.redirectUri, consent.state, {
        error: 'access_denied',
        error_description: 'The user denied the request',
      });
    }
    const code = random();
    const { clientId, redirectUri, challenge, scope } = consent;
    codes.set(digest(code), { clientId, redirectUri, challenge, scope, at: now(), used: false });
    return back(redirectUri, consent.state, { code });
  }

  /**
   * The authorization_code grant for an authenticated client: `{ tokens }`, or
   * `{ error, description }`. Any presentation spends the code, so a guess with a wrong
   * verifier burns it too.
   */
  function exchange(params, clientId) {
    const record = codes.get(digest(String(params.code ?? '')));
    if (!record) return { error: 'invalid_grant', description: 'The authorization code is invalid' };
    if (record.used) {
      if (record.family) tokens.revokeFamily(record.family);
      return {
        error: 'invalid_grant',
        description: 'The authorization code was already used; its tokens are revoked',
      };
    }
    record.used = true;
    if (now() - record.at > CODE_LIFETIME_MS) {
      return {
        error: 'invalid_grant',
        description: 'The authorization code expired (codes live 120 seconds)',
      };
    }
    if (record.clientId !== clientId || record.redirectUri !== params.redirect_uri) {
      return {
        error: 'invalid_grant',
        description: 'client_id or redirect_uri differs from the authorization request',
      };
    }
    const verifier = String(params.code_verifier ?? '');
    const matches =
      VERIFIER.test(verifier) &&
      timingSafeEqual(Buffer.from(digest(verifier)), Buffer.from(record.challenge));
    if (!matches)
      return { error: 'invalid_grant', description: 'code_verifier does not match the code_challenge' };
    record.family = random();
    return { tokens: tokens.issue(clientId, record.family, record.scope) };
  }

  return { authorize, decide, exchange };
}
