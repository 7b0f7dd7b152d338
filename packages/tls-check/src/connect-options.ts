import { fail } from './errors.ts';
import { sniServername } from './sni.ts';
import { assertHttpsUrl } from './url.ts';
import { MIN_TLS_VERSION } from './version.ts';

/** What {@link tlsConnectOptions} returns: options for `tls.connect`, `https.Agent` and undici. */
export interface TlsConnectOptions {
  host: string;
  port: number;
  /** Absent for an IP address (RFC 6066 forbids IP literals in SNI; Node warns about them). */
  servername?: string;
  minVersion: 'TLSv1.2';
}

/**
 * Connection options for `url` that enforce TLS 1.2+ with SNI, ready to spread into
 * `tls.connect()`, `new https.Agent()`, or undici's `connect` option: `host` (an IPv6 address
 * without brackets), `port` (443 when the URL has none), `servername` (from
 * {@link sniServername}) and `minVersion: 'TLSv1.2'`.
 *
 * @throws {TlsCheckError} `NOT_HTTPS`, `INVALID_URL`, `NOT_A_STRING` as {@link assertHttpsUrl}
 * does, and `INVALID_URL` for port 0; `INVALID_HOST` for a host {@link sniServername} refuses
 * (`https://a..b/`, `https://*.example.com/`, a label over 63 characters).
 *
 * @example
 * ```ts
 * tlsConnectOptions('https://Example.Zendesk.com/api/v2/users.json');
 * // => { host: 'example.zendesk.com', port: 443, servername: 'example.zendesk.com', minVersion: 'TLSv1.2' }
 * tlsConnectOptions('https://[::1]:8443/');
 * // => { host: '::1', port: 8443, minVersion: 'TLSv1.2' }
 * ```
 */
export function tlsConnectOptions(url: string | URL): TlsConnectOptions {
  const { hostname, port } = assertHttpsUrl(url);
  // Port 0 is no destination (RFC 6335 section 6 reserves it; connecting to it fails, or asks
  // the system for any port). The URL parser leaves out the default port, 443.
  if (port === '0') fail('INVALID_URL', 'url has port 0; remove it');
  const servername = sniServername(hostname);
  return {
    host: hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    port: Number(port) || 443,
    ...(servername === undefined ? {} : { servername }),
    minVersion: MIN_TLS_VERSION,
  };
}
