// A single-page app that signs its user in with Zendesk: the authorization code grant with
// PKCE, as Zendesk requires of public clients (no secret can be kept in a page). The page's
// origin differs from the API's, so every call is a CORS request, which the API's policy
// (@auth/cors-policy) allows with an OAuth access token.
//
//   "Sign in with Zendesk"  createAuthorizationRequest; `state` and `codeVerifier` go to
//                           sessionStorage (this tab only, survives the redirect); off to the
//                           consent page
//   back at app.html        the pending sign-in taken out (single use, like the code), the code
//                           taken out of the address bar, exchangeAuthorizationCode (the callback
//                           checked before any request), the tokens into a token source: memory only
//   "Who am I?"             source.fetch: Bearer, refreshed when needed
//   "Sign out"              DELETE /api/v2/oauth/tokens/current.json, then source.close()
import {
  createAuthorizationRequest,
  createTokenSource,
  exchangeAuthorizationCode,
  OAuthTokenError,
} from '@auth/oauth-token';

// What a build would bake in: where the API is, and this app's OAuth client (public: no secret).
const settings = await (await fetch('/settings.json')).json();
const api = new URL(settings.api);
const { clientId } = settings;
const authorizationEndpoint = new URL('/oauth/authorizations/new', api);
const tokenEndpoint = new URL('/oauth/tokens', api);
const redirectUri = new URL('/app.html', location.origin).href; // registered with the client, exactly
const PENDING = 'pending-sign-in';

/** The tokens, in memory only: never localStorage, where any script of this origin reads them. */
let source;

const $ = (id) => document.getElementById(id);

/** Shows where the app is; `data-state` and `data-code` are for the demo's driver. */
function show(state, message, code = '') {
  document.body.dataset.state = state;
  document.body.dataset.code = code;
  $('status').textContent = message;
  $('sign-in').hidden = state === 'signed-in';
  $('call').hidden = state !== 'signed-in';
  $('sign-out').hidden = state !== 'signed-in';
  if (state !== 'signed-in') $('user').textContent = '';
}

/** What a person reads when a sign-in did not work: what happened, and what to do. */
function explain(error) {
  if (!(error instanceof OAuthTokenError)) return `Sign-in failed: ${error.message}`;
  switch (error.code) {
    case 'AUTHORIZATION_DENIED':
      return 'You chose Deny, so this app did not get access to your Zendesk account. Sign in again whenever you want to.';
    case 'STATE_MISMATCH':
    case 'INVALID_STATE':
    case 'DUPLICATE_PARAMETER':
    case 'MISSING_CODE':
      return 'This sign-in response did not come from the sign-in started in this tab, so it was refused before anything was sent. Sign in again.';
    case 'INVALID_GRANT':
      return 'This sign-in expired or was already used. Sign in again.';
    default:
      return `Sign-in failed (${error.code}). Sign in again.`;
  }
}

async function signIn() {
  const { url, state, codeVerifier } = await createAuthorizationRequest({
    authorizationEndpoint,
    clientId,
    redirectUri,
    scope: 'read',
  });
  sessionStorage.setItem(PENDING, JSON.stringify({ state, codeVerifier }));
  location.assign(url);
}

/** Back from the consent page with `?code=...&state=...` or `?error=...`. */
async function finishSignIn() {
  const callbackUrl = location.href;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING); // single use: a replayed callback finds nothing
  history.replaceState(null, '', redirectUri); // the code leaves the address bar and the history
  if (!pending) {
    show(
      'error',
      'This sign-in response was already used, or was not started in this tab, so it was refused before anything was sent. Sign in again.',
      'NO_PENDING_SIGN_IN',
    );
    return;
  }
  show('loading', 'Signing in...');
  try {
    const tokens = await exchangeAuthorizationCode({
      tokenEndpoint,
      clientId,
      redirectUri,
      callbackUrl,
      state: pending.state,
      codeVerifier: pending.codeVerifier,
    });
    source = createTokenSource({ tokenEndpoint, grant: { type: 'refresh_token', clientId }, tokens });
    show('signed-in', 'Signed in with Zendesk.');
  } catch (error) {
    show('error', explain(error), error.code);
  }
}

async function whoAmI() {
  const response = await source.fetch(new URL('/api/v2/users/me.json', api));
  if (!response.ok) {
    show('error', `The API answered ${response.status}. Sign in again.`, `HTTP_${response.status}`);
    return;
  }
  const { user } = await response.json();
  $('user').textContent = `${user.name} <${user.email}>, authenticated by ${user.authenticated_by}`;
}

async function signOut() {
  let revoked = false;
  try {
    const response = await fetch(new URL('/api/v2/oauth/tokens/current.json', api), {
      method: 'DELETE',
      headers: { authorization: await source.authorization() },
    });
    revoked = response.status === 204;
  } finally {
    await source.close(); // every later call fails: nothing can use the tokens again
    source = undefined;
  }
  show(
    'signed-out',
    revoked ? 'Signed out: the token is revoked.' : 'Signed out here, but revoking the token failed.',
    revoked ? 'REVOKED' : 'NOT_REVOKED',
  );
}

/** A click handler that shows a failure instead of losing it. */
const guarded = (handler) => () =>
  handler().catch((error) => show('error', `Something failed: ${error.message}`, error.code ?? 'ERROR'));
$('sign-in').addEventListener('click', guarded(signIn));
$('call').addEventListener('click', guarded(whoAmI));
$('sign-out').addEventListener('click', guarded(signOut));

const query = new URLSearchParams(location.search);
if (query.has('code') || query.has('error') || query.has('state')) await finishSignIn();
else show('signed-out', 'You are signed out.');
