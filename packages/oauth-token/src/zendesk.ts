import { misuse } from './check.ts';

/** RFC 1035 2.3.1: a label, letters, digits and inner hyphens, 1 to 63 characters. Bounded: linear. */
const LABEL = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/i;

/** What {@link zendesk} returns: options to spread into `createTokenSource`. */
export interface ZendeskPreset {
  tokenEndpoint: string;
  authorizationEndpoint: string;
  format: 'json';
  clientAuth: 'body';
}

/**
 * Zendesk's OAuth endpoints for a subdomain, with the request format Zendesk documents (JSON,
 * client credentials in the body): spread it into `createTokenSource`'s options.
 *
 * @throws {OAuthTokenError} `INVALID_OPTION` when `subdomain` is not a DNS label (a whole host
 * name such as `acme.zendesk.com` included: pass `acme`).
 *
 * @example
 * ```ts
 * zendesk('acme');
 * // => { tokenEndpoint: 'https://acme.zendesk.com/oauth/tokens', authorizationEndpoint: 'https://acme.zendesk.com/oauth/authorizations/new', format: 'json', clientAuth: 'body' }
 * zendesk('acme.zendesk.com'); // throws INVALID_OPTION: subdomain must be the part before .zendesk.com, such as 'acme'
 * ```
 */
export function zendesk(subdomain: string): ZendeskPreset {
  // Missing, not a string, a pasted newline, a whole host name: one fix serves them all.
  if (typeof subdomain !== 'string' || !LABEL.test(subdomain))
    misuse("subdomain must be the part before .zendesk.com, such as 'acme'");
  const origin = `https://${subdomain.toLowerCase()}.zendesk.com`;
  return {
    tokenEndpoint: `${origin}/oauth/tokens`,
    authorizationEndpoint: `${origin}/oauth/authorizations/new`,
    format: 'json',
    clientAuth: 'body',
  };
}
