import { misuse } from './check.ts';

/** RFC 7636 4.1: code-verifier = 43*128unreserved; unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~". Bounded: linear. */
const CODE_VERIFIER = /^[\w.~-]{43,128}$/;

/** RFC 4648 5, unpadded (RFC 7636 appendix A): what PKCE and this package's `state` are written in. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

/** 32 bytes from `crypto.getRandomValues`, base64url: 43 characters, 256 bits (RFC 7636 7.1). */
export const randomBase64url = (): string => base64url(crypto.getRandomValues(new Uint8Array(32)));

/**
 * The `S256` code challenge of a PKCE code verifier (RFC 7636 4.2): `BASE64URL(SHA256(ASCII(
 * code_verifier)))`, by `crypto.subtle`. `createAuthorizationRequest` puts it in the URL; a
 * server (or a test) checks a verifier with it.
 *
 * @throws {OAuthTokenError} `INVALID_OPTION` when `codeVerifier` is not 43 to 128 characters of
 * `A-Z a-z 0-9 - . _ ~` (RFC 7636 4.1).
 *
 * @example
 * ```ts
 * await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'); // => 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 * ```
 */
export async function codeChallenge(codeVerifier: string): Promise<string> {
  const verifier = checkCodeVerifier(codeVerifier, 'codeVerifier');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/**
 * `value` when it is an RFC 7636 code verifier; else the misuse, naming `field`, never the value.
 * Missing, not a string, a pasted newline, a wrong length or character: one fix serves them all.
 */
export function checkCodeVerifier(value: unknown, field: string): string {
  if (typeof value !== 'string' || !CODE_VERIFIER.test(value))
    misuse(`${field} must be an RFC 7636 code verifier`);
  return value;
}
