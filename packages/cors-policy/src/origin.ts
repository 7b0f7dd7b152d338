// RFC 6454 6.2, the ASCII serialization of an origin: scheme "://" host [ ":" port ], with
// RFC 3986 3.1 scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), 3.2.2 host = IP-literal /
// IPv4address / reg-name (ASCII, as browsers send it: IDNs in punycode), 3.2.3 port = *DIGIT.
// Linear: no part's character set contains the delimiter that ends it.
const ORIGIN = /^([a-z][a-z\d+.-]*):\/\/(\[[\da-f:.]+\]|[\w.~-]+)(?::(\d{1,5}))?$/i;

/** The default port of each special scheme, dropped by normalisation (RFC 6454 4, WHATWG URL). */
const DEFAULT_PORT: Readonly<Record<string, number>> = { http: 80, https: 443, ws: 80, wss: 443 };

/**
 * `scheme://host[:port]` with scheme and host lower-cased and a default port dropped, or
 * `undefined` when `origin` is not a serialized origin (a path, userinfo, a wildcard...).
 *
 * @example
 * ```ts
 * normalizeOrigin('HTTPS://Example.com:443'); // => 'https://example.com'
 * normalizeOrigin('https://example.com/'); // => undefined
 * ```
 */
export function normalizeOrigin(origin: string): string | undefined {
  const match = ORIGIN.exec(origin);
  if (match === null) return undefined;
  const scheme = (match[1] as string).toLowerCase();
  const port = match[3] === undefined ? undefined : +match[3];
  if (port !== undefined && port > 65535) return undefined;
  const suffix = port === undefined || DEFAULT_PORT[scheme] === port ? '' : `:${port}`;
  return `${scheme}://${(match[2] as string).toLowerCase()}${suffix}`;
}
