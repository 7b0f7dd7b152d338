import { fail } from './errors.ts';
import { NOT_URI_CHARACTER } from './url.ts';

// RFC 6066 section 3: "Literal IPv4 and IPv6 addresses are not permitted in HostName". WHATWG
// URL host parsing (https://url.spec.whatwg.org/#concept-host-parser) sends every host whose last
// label is numeric (its "ends in a number checker": decimal, or 0x and hex digits) to the IPv4
// parser, which refuses it or returns an address, so `127.1` and `0x7f.0.0.1` are addresses; its
// IPv4 serializer then writes four decimal numbers of 0 to 255 joined by dots (RFC 3986 section
// 3.2.2 IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet). So a parsed
// hostname of four dot-separated digit runs is exactly an IPv4 address (the parser has already
// bounded each number), and nothing else is: `..`, `1.2.3` before parsing, `1.2.3.4.example`.
const IPV4_SERIALISED = /^(?:\d+\.){3}\d+$/;

// RFC 1034 section 3.1 (and RFC 6066 section 3, HostName is a DNS name): labels are not empty;
// only the root after a final dot is, and that dot is dropped first. An empty label at the start,
// between two dots, or an empty name.
const EMPTY_LABEL = /(?:^|\.)(?:\.|$)/;

// WHATWG URL authority state: for special schemes (https:) "/" and "\" end the host, so the
// parser would silently drop a path from `example.com/`; a host never contains them.
const PATH_START = /[/\\]/;

/**
 * The name to send as SNI (RFC 6066 section 3) for `host`: lower-cased, IDNA-encoded
 * (`bücher.example` becomes `xn--bcher-kva.example`), without a trailing dot; `undefined` for
 * an IPv4 or IPv6 literal, which SNI must not carry. Takes `url.hostname` (bracketed IPv6
 * included) or a bare name or address.
 *
 * @throws {TlsCheckError} `INVALID_HOST` for an empty host or an empty label (`a..b`, `.a`),
 * or one with a port, a path (`example.com/`), credentials, a space or a control character.
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
  if (typeof host === 'string' && !NOT_URI_CHARACTER.test(host) && !PATH_START.test(host)) {
    try {
      const url = new URL(`https://${host.includes(':') && host[0] !== '[' ? `[${host}]` : host}`);
      const name = url.hostname;
      const servername = name.endsWith('.') ? name.slice(0, -1) : name;
      // Anything more than 'https://' + name + '/' is a port, credentials, a path, a query or a fragment.
      if (url.href === `https://${name}/` && !EMPTY_LABEL.test(servername)) {
        return name[0] === '[' || IPV4_SERIALISED.test(name) ? undefined : servername;
      }
    } catch {}
  }
  return fail('INVALID_HOST', 'host must be a bare host name or IP address');
}
