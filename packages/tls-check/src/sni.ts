import { fail } from './errors.ts';
import { readText } from './text.ts';

// RFC 6066 section 3: "Literal IPv4 and IPv6 addresses are not permitted in HostName". WHATWG
// URL host parsing (https://url.spec.whatwg.org/#concept-host-parser) sends every host whose last
// label is numeric (its "ends in a number checker": decimal, or 0x and hex digits) to the IPv4
// parser, which refuses it or returns an address, so `127.1` and `0x7f.0.0.1` are addresses; its
// IPv4 serializer then writes four decimal numbers of 0 to 255 joined by dots (RFC 3986 section
// 3.2.2 IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet). So a parsed
// hostname of four dot-separated digit runs is exactly an IPv4 address (the parser has already
// bounded each number), and nothing else is: `1.2.3` before parsing, `1.2.3.4.example`.
const IPV4_SERIALISED = /^(?:\d+\.){3}\d+$/;

// RFC 1035 section 2.3.4 and RFC 6066 section 3 (HostName is a DNS name, sent as ASCII): labels of
// letters, digits, hyphens (and the underscore real names carry) joined by single dots; "labels
// 63 octets or less", "names 255 octets or less" on the wire, so 253 characters of text without
// the final dot (past 255, Node silently sends no SNI at all). No empty label (`a..b`, `.a`), no
// wildcard (`*.example.com`), none of the other characters the URL parser lets through (`!`,
// `$`, `'`...). The URL parser has lower-cased and IDNA-encoded the name already.
const DNS_NAME = /^(?=.{1,253}$)[\w-]{1,63}(?:\.[\w-]{1,63})*$/;

/**
 * The name to send as SNI (RFC 6066 section 3) for `host`: lower-cased, IDNA-encoded
 * (`bücher.example` becomes `xn--bcher-kva.example`), without a trailing dot; `undefined` for
 * an IPv4 or IPv6 literal, which SNI must not carry. Takes `url.hostname` (bracketed IPv6
 * included) or a bare name or address.
 *
 * @throws {TlsCheckError} `INVALID_HOST` for a missing or empty host, one with a port (`[::1]:443`
 * included), a path (`example.com/`), credentials, a wildcard (`*.example.com`), an empty label
 * (`a..b`), a space or a control character, and a name too long for DNS (a label over 63
 * characters, a name over 253: RFC 1035 section 2.3.4); `NOT_A_STRING` for a non-string.
 *
 * @example
 * ```ts
 * sniServername('API.Example.COM.'); // => 'api.example.com'
 * sniServername('127.0.0.1'); // => undefined
 * sniServername('[::1]'); // => undefined
 * sniServername('example.com:443'); // throws INVALID_HOST
 * sniServername('[::1]:443'); // throws INVALID_HOST
 * sniServername('*.example.com'); // throws INVALID_HOST
 * ```
 */
export function sniServername(host: string): string | undefined {
  const text = readText(host, 'host', 'a host name', 'INVALID_HOST');
  let url: URL | undefined;
  try {
    // A bare IPv6 address (it holds colons) is bracketed, as in a URL. The port 1 after the host
    // makes the parser show what a host must not have: its own port (`[::1]:443`, `a:1` no longer
    // parse), a path (`a/`, `a\`: the port moves into the path), credentials, a query, a fragment.
    url = new URL(`https://${text.includes(':') && text[0] !== '[' ? `[${text}]` : text}:1/`);
  } catch {}
  const name = url?.hostname ?? '';
  if (url?.href === `https://${name}:1/`) {
    if (name[0] === '[' || IPV4_SERIALISED.test(name)) return undefined;
    const servername = name.endsWith('.') ? name.slice(0, -1) : name;
    if (DNS_NAME.test(servername)) return servername;
  }
  return fail('INVALID_HOST', 'host is not a DNS name or IP address; pass a host name');
}
