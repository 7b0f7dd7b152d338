// OAuth tokens as Zendesk issues them since 2025: access tokens that expire, refresh tokens
// that rotate (each works once). Presenting a refresh token a second time is treated as a
// theft signal (RFC 9700 section 4.14.2): the whole family of tokens issued from it is
// revoked. Only SHA-256 digests of tokens are kept, so the store never holds a usable secret.
import { createHash, randomBytes } from 'node:crypto';

/** A fresh token: 32 random bytes, base64url, which is within RFC 6750's `b64token`. */
const newToken = () => randomBytes(32).toString('base64url');
const digest = (token) => createHash('sha256').update(token).digest('base64url');

/**
 * @param {{ accessTokenTtl: number, refreshTokenTtl: number, scope: string, now?: () => number }} options
 *   TTLs in seconds (fractions allowed, for demos).
 */
export function createTokenStore({ accessTokenTtl, refreshTokenTtl, scope, now = Date.now }) {
  /** @type {Map<string, { kind: 'access' | 'refresh', family: string, clientId: string, expiresAt: number, used?: boolean }>} */
  const records = new Map();
  /** @type {Set<string>} */
  const revokedFamilies = new Set();

  const issue = (clientId, family = newToken()) => {
    const access = newToken();
    const refresh = newToken();
    const issuedAt = now();
    records.set(digest(access), {
      kind: 'access',
      family,
      clientId,
      expiresAt: issuedAt + accessTokenTtl * 1000,
    });
    records.set(digest(refresh), {
      kind: 'refresh',
      family,
      clientId,
      expiresAt: issuedAt + refreshTokenTtl * 1000,
    });
    return {
      access_token: access,
      token_type: 'bearer',
      expires_in: Math.ceil(accessTokenTtl),
      refresh_token: refresh,
      refresh_token_expires_in: Math.ceil(refreshTokenTtl),
      scope,
    };
  };

  return {
    /** A new token family for an authenticated client. */
    issue: (clientId) => issue(clientId),

    /** `{ ok: true, clientId }`, or `{ ok: false, reason: 'expired' | 'invalid' }`. */
    verifyAccess(token) {
      const record = records.get(digest(token));
      if (record?.kind !== 'access' || revokedFamilies.has(record.family))
        return { ok: false, reason: 'invalid' };
      if (record.expiresAt <= now()) return { ok: false, reason: 'expired' };
      return { ok: true, clientId: record.clientId };
    },

    /** New tokens for a refresh token used for the first time by its own client; else `{ error }`. */
    rotate(refreshToken, clientId) {
      const record = records.get(digest(refreshToken));
      if (record?.kind !== 'refresh' || record.clientId !== clientId || revokedFamilies.has(record.family)) {
        return { error: 'invalid_grant', description: 'The refresh token is invalid' };
      }
      if (record.used) {
        revokedFamilies.add(record.family);
        return {
          error: 'invalid_grant',
          description: 'The refresh token was already used; its tokens are revoked',
        };
      }
      if (record.expiresAt <= now())
        return { error: 'invalid_grant', description: 'The refresh token expired' };
      record.used = true;
      return { tokens: issue(clientId, record.family) };
    },
  };
}
