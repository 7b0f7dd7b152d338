import { fail } from './errors.ts';
import { NOT_URI_CHARACTER } from './url.ts';

// RFC 6066 section 3: "Literal IPv4 and IPv6 addresses are not permitted in HostName". After
// WHATWG URL host parsing, every IPv4 form (`127.1`, `0x7f.0.0.1`) is serialised as
// RFC 3986 section 3.2.2 IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet,
// so digits and dots alone mean IPv4 (a domain whose last label is a number does not parse).
const IPV4_SERIALISED = /^[\d.]+$/;

/**
 * The name to send as SNI (RFC 6066 section 3) for `host`: lower-cased, IDNA-encoded
 * (`bücher.example` becomes `xn--bcher-kva.example`), without a trailing dot; `undefined` for
 * an IPv4 or IPv6 literal, which SNI must not carry. Takes `url.hostname` (bracketed IPv6
 * included) or a bare name or address.
 *
 * @throws {TlsCheckError} `INVALID_HOST` for an empty host, or one with a port, a path,
 * credentials, a space or a control character.
 *
 * @example
 * ```ts
 * sniServername('API.Example.COM.'); // => 'api.example.com'
 * sniServername('127.0.0.1'); // => undefined
 * sniServername('[::1]'); // => undefined
 * sniServername('example.com:443'); // throws INVALID_HOST
 * ```
 */
export function sniServername(host: string): string | undefined {
  if (typeof host === 'string' && !NOT_URI_CHARACTER.test(host)) {
    try {
      const url = new URL(`https://${host.includes(':') && host[0] !== '[' ? `[${host}]` : host}`);
      const name = url.hostname;
      const servername = name.endsWith('.') ? name.slice(0, -1) : name;
      // Anything more than 'https://' + name + '/' is a port, credentials, a path, a query or a fragment.
      if (url.href === `https://${name}/` && servername) {
        return name[0] === '[' || IPV4_SERIALISED.test(name) ? undefined : servername;
      }
    } catch {}
  }
  return fail('INVALID_HOST', 'host must be a bare host name or IP address');
}
