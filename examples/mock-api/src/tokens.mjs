// OAuth tokens as Zendesk issues them since 2025: access tokens that expire, refresh tokens
// that rotate. As Zendesk documents, a refresh "will also return a refresh token and delete the
// previous access and refresh tokens": the old access token stops working at once, even if it
// had time left. Presenting a spent refresh token is treated as a theft signal (RFC 9700
// section 4.14.2; whether Zendesk does so is not documented, and a client must survive the
// stricter server): the whole family of tokens issued from it is revoked. Only SHA-256 digests
// of tokens are kept, so the store never holds a usable secret.
import { createHash, randomBytes } from 'node:crypto';

/** A fresh token: 32 random bytes, base64url, which is within RFC 6750's `b64token`. */
const newToken = () => randomBytes(32).toString('base64url');
const digest = (token) => createHash('sha256').update(token).digest('base64url');

/**
 * @param {{ accessTokenTtl: number, refreshTokenTtl: number, scope: string, now?: () => number }} options
 *   TTLs in seconds (fractions allowed, for demos).
 */
export function createTokenStore({ accessTokenTtl, refreshTokenTtl, scope, now = Date.now }) {
  /** @type {Map<string, { kind: 'access' | 'refresh', family: string, clientId: string, expiresAt: number, used?: boolean, access?: string }>} */
  const records = new Map();
  /** Digests of access tokens a refresh deleted before they expired. */
  const deleted = new Set();
  /** @type {Set<string>} */
  const revokedFamilies = new Set();

  const issue = (clientId, family = newToken(), granted = scope, lifetime = accessTokenTtl) => {
    const access = newToken();
    const refresh = newToken();
    const issuedAt = now();
    records.set(digest(access), {
      kind: 'access',
      family,
      clientId,
      expiresAt: issuedAt + lifetime * 1000,
    });
    records.set(digest(refresh), {
      kind: 'refresh',
      family,
      clientId,
      expiresAt: issuedAt + refreshTokenTtl * 1000,
      access: digest(access), // the pair: a refresh with this token deletes that access token
    });
    return {
      access_token: access,
      token_type: 'bearer',
      expires_in: Math.ceil(lifetime),
      refresh_token: refresh,
      refresh_token_expires_in: Math.ceil(refreshTokenTtl),
      scope: granted,
    };
  };

  return {
    /**
     * New tokens for an authenticated client: a new family, or `family` (a sign-in's, so that
     * a second use of its code can revoke them), with `granted` scope (default the store's) and
     * an access token that lives `lifetime` seconds (default the store's).
     */
    issue,

    /** Revokes every token of `family`: access and refresh tokens alike. */
    revokeFamily: (family) => void revokedFamilies.add(family),

    /**
     * Revokes a live access token and the refresh tokens of its family (`DELETE
     * /api/v2/oauth/tokens/current.json`: whether Zendesk also revokes the refresh token is
     * not documented; signing out should end both). `false` when it is not a live access token.
     */
    revokeAccess(token) {
      const record = records.get(digest(token));
      if (record?.kind !== 'access' || !this.verifyAccess(token).ok) return false;
      revokedFamilies.add(record.family);
      return true;
    },

    /**
     * `{ ok: true, clientId }`, or `{ ok: false, reason }`: `'expired'`, `'deleted'` (a refresh
     * or a revocation ended it early), or `'unknown'` (never issued here: malformed or forged).
     */
    verifyAccess(token) {
      const key = digest(token);
      const record = records.get(key);
      if (deleted.has(key) || (record && revokedFamilies.has(record.family)))
        return { ok: false, reason: 'deleted' };
      if (record?.kind !== 'access') return { ok: false, reason: 'unknown' };
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
      // Zendesk: the previous access and refresh tokens are deleted. The refresh token's record
      // stays, marked used, only to recognise a replay.
      record.used = true;
      records.delete(record.access);
      deleted.add(record.access);
      return { tokens: issue(clientId, record.family) };
    },
  };
}
