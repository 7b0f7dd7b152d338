/** What `basicTokenCredentials`, `basicTokenHeader` and `basicTokenUserinfo` take. */
export interface BasicTokenInput {
  /** The agent's email address, e.g. `jdoe@example.com` (without `/token`). */
  email: string;
  /** The API token from Admin Center > Apps and integrations > APIs > Zendesk API. */
  token: string;
}

/** What the deprecated `basicPasswordHeader` takes. */
export interface BasicPasswordInput {
  /** The agent's email address. */
  email: string;
  /** The agent's password. */
  password: string;
}

/** A decoded RFC 7617 user-pass: everything before the first `:` is the user-id. */
export interface BasicCredentials {
  username: string;
  password: string;
}

/** `parseBasicToken`'s result when the user-id ends in `/token`. */
export interface ParsedApiToken {
  kind: 'api-token';
  email: string;
  token: string;
}

/** `parseBasicToken`'s result for any other user-id: a legacy email and password. */
export interface ParsedPassword {
  kind: 'password';
  email: string;
  password: string;
}

/** What `parseBasicToken` returns: branch on `kind`. */
export type ParsedBasicToken = ParsedApiToken | ParsedPassword;

/** Options of `decodeBasic` and `parseBasicToken`. */
export interface DecodeBasicOptions {
  /**
   * The longest `Authorization` value accepted, in characters; longer ones are refused with
   * `TOO_LONG` before any parsing. Default `MAX_BASIC_HEADER_LENGTH` (8192).
   */
  maxLength?: number;
}
