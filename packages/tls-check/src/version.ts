import { fail } from './errors.ts';
import { readText } from './text.ts';

/** A protocol version in the spelling Node's `tls` uses (`socket.getProtocol()`, `minVersion`). */
export type TlsVersion = 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

/** What {@link parseTlsVersion} accepts: any usual spelling, or the wire number (`0x0303`). */
export type TlsVersionInput = string | number;

/**
 * The lowest version the API accepts: TLS 1.2 (RFC 5246). TLS 1.0 and 1.1 are deprecated by
 * RFC 8996.
 *
 * @example
 * ```ts
 * MIN_TLS_VERSION; // => 'TLSv1.2'
 * ```
 */
export const MIN_TLS_VERSION: 'TLSv1.2' = 'TLSv1.2';

/**
 * The versions by rank: the index is the minor byte of the wire version (RFC 8446 appendix E.1:
 * SSL 3.0 = 0x0300, TLS 1.0 = 0x0301, TLS 1.1 = 0x0302, TLS 1.2 = 0x0303, TLS 1.3 = 0x0304).
 */
export const VERSIONS: readonly TlsVersion[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

// The spellings users paste, case-insensitive (RFC 8446 appendix E.1 for the wire numbers):
//   version = ( wire / tls / bare / ssl ) [ "_version" ]
//   wire    = "0x" [ "0" ] "30" ( "0" / "1" / "2" / "3" / "4" )        ; 0x0303, 0x303
//   tls     = "tls" [ [ SP / "_" ] "v" / SP / "_" ] "1" [ [ "." / "_" ] minor ]
//   bare    = "1" [ ( "." / "_" ) minor ]                                ; 1.2, never 12
//   minor   = "0" / "1" / "2" / "3"
//   ssl     = "ssl" [ [ SP / "_" ] "v" / SP / "_" ] "3" [ [ "." / "_" ] "0" ]
// covering OpenSSL and Node (`TLSv1.2`, `SSLv3`), the RFC titles (`TLS 1.2`, `SSL 3.0`), the
// OpenSSL constants (`TLS1_2_VERSION`, `tls1_2`), Python (`TLSv1_2`), .NET (`Tls12`) and the
// bare number (`1.2`). Bare digits (`12`, like the number 12) are refused: ambiguous between
// 1.2 and the wire number 0x0c. Linear: anchored, the alternatives start with different
// characters, and each optional part starts with a character the part before it cannot end
// with, so a failed match never backtracks far.
const VERSION =
  /^(?:0x0?30([0-4])|tls(?:[ _]?v|[ _])?1(?:[._]?([0-3]))?|1(?:[._]([0-3]))?|(ssl)(?:[ _]?v|[ _])?3(?:[._]?0)?)(?:_version)?$/i;

/**
 * The rank (0 = SSLv3 ... 4 = TLSv1.3, the minor byte of the wire version) of any accepted
 * spelling; throws otherwise, naming `field` (`minVersion` for the option of `checkTls`).
 */
export function tlsVersionRank(input: TlsVersionInput, field = 'version'): number {
  // A number above 9 is a wire version (0x0303 = 771); below, a version number (1.2).
  const text =
    typeof input === 'number'
      ? input > 9
        ? `0x${input.toString(16)}`
        : `${input}`
      : readText(input, field, 'a TLS version', 'UNKNOWN_TLS_VERSION');
  const match = VERSION.exec(text);
  if (!match) return fail('UNKNOWN_TLS_VERSION', `${field} is not a TLS version; pass one like TLSv1.2`);
  const [, wire, tls, bare, ssl] = match;
  return wire ? +wire : ssl ? 0 : 1 + +(tls ?? bare ?? 0);
}

/**
 * A version as `socket.getProtocol()` or `tls.DEFAULT_MAX_VERSION` says it, or `null` for
 * anything else (`null` itself, `'unknown'`); never throws. For reading runtimes, not users.
 */
export function versionOrNull(value: unknown): TlsVersion | null {
  try {
    return typeof value === 'string' ? parseTlsVersion(value) : null;
  } catch {
    return null;
  }
}

/**
 * Normalises a TLS version as users write it to the spelling Node's `tls` uses: `'TLSv1.2'`,
 * `'TLS 1.2'`, `'tls1_2'`, `'TLS1_2_VERSION'`, `'Tls12'`, `'1.2'`, `'0x0303'` and `0x0303` all
 * give `'TLSv1.2'`; `'TLS 1.0'` and `'1.0'` give `'TLSv1'`; `'SSL 3.0'` gives `'SSLv3'`.
 *
 * @throws {TlsCheckError} `UNKNOWN_TLS_VERSION` for anything else (SSL 2, `'1.4'`, `''`,
 * `undefined`, surrounding whitespace...), including bare digits, `'12'` as the number `12`:
 * ambiguous, write `'1.2'` or `'Tls12'`; `NOT_A_STRING` for what is neither a string nor a number.
 *
 * @example
 * ```ts
 * parseTlsVersion('TLS 1.2'); // => 'TLSv1.2'
 * parseTlsVersion('tls1_3'); // => 'TLSv1.3'
 * parseTlsVersion(0x0301); // => 'TLSv1'
 * parseTlsVersion('1.4'); // throws UNKNOWN_TLS_VERSION
 * ```
 */
export function parseTlsVersion(input: TlsVersionInput): TlsVersion {
  return VERSIONS[tlsVersionRank(input)] as TlsVersion;
}

/**
 * Orders two versions, each in any spelling {@link parseTlsVersion} accepts.
 *
 * @throws {TlsCheckError} `UNKNOWN_TLS_VERSION` when either is not a version.
 *
 * @example
 * ```ts
 * compareTlsVersions('TLSv1.1', 'TLS 1.2'); // => -1
 * compareTlsVersions('1.2', 0x0303); // => 0
 * ['TLSv1.3', 'TLSv1'].sort(compareTlsVersions); // => ['TLSv1', 'TLSv1.3']
 * ```
 */
export function compareTlsVersions(a: TlsVersionInput, b: TlsVersionInput): -1 | 0 | 1 {
  // Ranks are integers, so the sign is -1, +0 or 1 (never -0).
  return Math.sign(tlsVersionRank(a) - tlsVersionRank(b)) as -1 | 0 | 1;
}

/**
 * Whether `version` is at least `min` (default {@link MIN_TLS_VERSION}, TLS 1.2).
 *
 * @throws {TlsCheckError} `UNKNOWN_TLS_VERSION` when either is not a version.
 *
 * @example
 * ```ts
 * isTlsVersionAllowed('TLSv1.3'); // => true
 * isTlsVersionAllowed('TLSv1.1'); // => false
 * isTlsVersionAllowed('TLSv1.2', 'TLSv1.3'); // => false
 * ```
 */
export function isTlsVersionAllowed(
  version: TlsVersionInput,
  min: TlsVersionInput = MIN_TLS_VERSION,
): boolean {
  return tlsVersionRank(version) >= tlsVersionRank(min);
}
