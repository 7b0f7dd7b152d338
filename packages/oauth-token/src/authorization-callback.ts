import { fail } from './errors.ts';
import { quotedDescription, sanitize } from './sanitize.ts';

/** A `state` of this package: 32 random bytes, base64url (RFC 4648 5), 43 characters. Bounded: linear. */
export const STATE: RegExp = /^[\w-]{43}$/;

/** Whether two strings of the same length are equal, in a time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** `callback`'s only value of `name`; two values are refused (RFC 6749 3.1: "MUST NOT be included more than once"). */
function single(callback: URLSearchParams, name: string): string | null {
  const values = callback.getAll(name);
  if (values.length > 1) fail('DUPLICATE_PARAMETER', `callback has ${name} twice; sign in again`);
  return values[0] ?? null;
}

/**
 * The authorization code of the URL the user came back to (RFC 6749 4.1.2), after the rules
 * that protect it, in this order, each with its own code and never the code in a message:
 * no parameter twice (`DUPLICATE_PARAMETER`); a `state` of this package's shape
 * (`INVALID_STATE`) that equals `state`, compared in constant time (`STATE_MISMATCH`: a forged
 * or stale callback); then an `error` (RFC 6749 4.1.2.1) is `AUTHORIZATION_DENIED` for
 * `access_denied`, else `AUTHORIZATION_ERROR`, with `oauthError` and the server's description
 * and page sanitised into the message (the code and the caller's `secrets` masked); no `code`
 * is `MISSING_CODE`.
 */
export function callbackCode(
  callbackUrl: URL,
  state: string,
  secrets: readonly (string | undefined)[] = [],
): string {
  const query = callbackUrl.searchParams;
  const code = single(query, 'code');
  const got = single(query, 'state');
  const error = single(query, 'error');
  if (got === null || !STATE.test(got)) {
    fail('INVALID_STATE', 'callback has no valid state; sign in again');
  }
  if (!sameText(got, state)) fail('STATE_MISMATCH', "callback state is not this sign-in's; sign in again");
  if (error) {
    const masked = [code ?? undefined, ...secrets];
    const oauthError = sanitize(error, masked);
    const page = query.get('error_uri');
    const said = `${quotedDescription(query.get('error_description'), masked)}${page?.startsWith('https://') ? ` (${sanitize(page, masked)})` : ''}`;
    return oauthError === 'access_denied'
      ? fail('AUTHORIZATION_DENIED', `the user denied access${said}; sign in again to go on`, { oauthError })
      : fail('AUTHORIZATION_ERROR', `authorization server answered ${oauthError}${said}; check the request`, {
          oauthError,
        });
  }
  return code || fail('MISSING_CODE', 'callback has no code; sign in again');
}
