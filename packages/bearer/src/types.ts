/**
 * The `error` values of RFC 6750 section 3.1, with the HTTP status each goes with:
 * `invalid_request` 400 Bad Request, `invalid_token` 401 Unauthorized (expired, revoked,
 * malformed), `insufficient_scope` 403 Forbidden.
 */
export type BearerChallengeError = 'invalid_request' | 'invalid_token' | 'insufficient_scope';

/** What `bearerChallenge` takes: the attributes of RFC 6750 section 3, all optional. */
export interface BearerChallengeParams {
  /** The protection space (RFC 7235 2.2), printable ASCII; quoted and escaped for you. */
  realm?: string;
  /**
   * Scope tokens (RFC 6749 3.3): an array with one scope-token per element (a string of printable
   * ASCII but space, `"` and `\`), or one string with them separated by single spaces.
   */
  scope?: string | readonly string[];
  /** Why the request failed (RFC 6750 3.1); send no `error` when the request had no token. */
  error?: BearerChallengeError;
  /** A human-readable explanation, `error_description` (printable ASCII without `"` or `\`). */
  errorDescription?: string;
  /** `error_uri`: a URI-reference to a page that explains the error. */
  errorUri?: string;
}

/**
 * What `parseBearerChallenge` returns: the same shape, absent parameters omitted. `scope` is the
 * space-separated string as sent; `error` may be an extension code (RFC 6750 11.4).
 */
export interface BearerChallenge {
  realm?: string;
  scope?: string;
  error?: BearerChallengeError | (string & Record<never, never>);
  errorDescription?: string;
  errorUri?: string;
  /**
   * The challenge's other parameters, by lower-cased name, present when there is any: such as
   * `resource_metadata` (RFC 9728 section 5.1), the URL of the protected resource's metadata.
   */
  params?: Record<string, string>;
}
