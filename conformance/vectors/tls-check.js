// Spec vectors of @auth/tls-check, as data: the same in every runtime. The conformance suite
// (../suites/tls-check.js) runs them in all eight runtimes; the unit tests of packages/tls-check
// run them too, so each case is written once. Messages are without the `[@auth/tls-check] `
// prefix; they follow the house phrasings of the root README.

/**
 * Zendesk, "Security and Authentication": "All connections to the Zendesk API must support the
 * TLS 1.2 protocol. Support for TLS 1.0 and 1.1 was removed in June 2018." and "must also
 * support the SNI extension to TLS".
 */
export const ZENDESK_URL = 'https://example.zendesk.com/api/v2/users.json';

/** A secret that must never appear in an error or a report (a URL may carry credentials). */
export const SECRET = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';

/** [input, canonical]: every spelling users paste. */
export const versionSpellings = [
  // OpenSSL and Node (`socket.getProtocol()`, `minVersion`)
  ['TLSv1.3', 'TLSv1.3'],
  ['TLSv1.2', 'TLSv1.2'],
  ['TLSv1.1', 'TLSv1.1'],
  ['TLSv1', 'TLSv1'],
  ['TLSv1.0', 'TLSv1'],
  ['SSLv3', 'SSLv3'],
  // RFC titles: RFC 8446 "TLS 1.3", RFC 5246 "TLS 1.2", RFC 4346, RFC 2246, RFC 6101 "SSL 3.0"
  ['TLS 1.3', 'TLSv1.3'],
  ['TLS 1.2', 'TLSv1.2'],
  ['TLS 1.1', 'TLSv1.1'],
  ['TLS 1.0', 'TLSv1'],
  ['SSL 3.0', 'SSLv3'],
  ['tls v1.3', 'TLSv1.3'],
  // OpenSSL constants, Python's ssl, .NET's SslProtocols, Go
  ['tls1_2', 'TLSv1.2'],
  ['TLS1_3_VERSION', 'TLSv1.3'],
  ['TLS1_VERSION', 'TLSv1'],
  ['SSL3_VERSION', 'SSLv3'],
  ['TLSv1_1', 'TLSv1.1'],
  ['TLS_1_3', 'TLSv1.3'],
  ['Tls12', 'TLSv1.2'],
  ['tls13', 'TLSv1.3'],
  ['ssl3', 'SSLv3'],
  // bare version numbers
  ['1.2', 'TLSv1.2'],
  ['1.0', 'TLSv1'],
  ['1', 'TLSv1'],
  [1.3, 'TLSv1.3'],
  [1.2, 'TLSv1.2'],
  [1, 'TLSv1'],
  // RFC 8446 appendix E.1: the wire ProtocolVersion
  ['0x0304', 'TLSv1.3'],
  ['0X0304', 'TLSv1.3'],
  ['0x0303', 'TLSv1.2'],
  ['0x302', 'TLSv1.1'],
  ['0x0300', 'SSLv3'],
  [0x0303, 'TLSv1.2'],
  [0x0301, 'TLSv1'],
  [0x0300, 'SSLv3'],
];

const UNKNOWN_VERSION = 'version is not a TLS version; pass one like TLSv1.2';

/** [input, code, message]: what parseTlsVersion refuses, and how it says so. */
export const invalidVersions = [
  ['TLSv1.4', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['1.4', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['SSLv2', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['SSLv3.1', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['TLS 2.0', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['DTLSv1.2', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['TLS  1.2', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['tls1..2', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['0x0305', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  [0x0305, 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  [0x0200, 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  [Number.NaN, 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  [-1, 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  // Bare digits are ambiguous (1.2, or the wire number 0x0c?): refused as string and as number.
  ['12', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  [12, 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['13', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  [13, 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  ['10', 'UNKNOWN_TLS_VERSION', UNKNOWN_VERSION],
  // The house phrasings (root README): missing, empty, surrounding whitespace, control characters.
  [undefined, 'UNKNOWN_TLS_VERSION', 'version is missing; pass a TLS version'],
  [null, 'UNKNOWN_TLS_VERSION', 'version is missing; pass a TLS version'],
  ['', 'UNKNOWN_TLS_VERSION', 'version is empty; pass a TLS version'],
  [' TLSv1.2', 'UNKNOWN_TLS_VERSION', 'version has whitespace at an end; trim it'],
  ['TLSv1.2\n', 'UNKNOWN_TLS_VERSION', 'version has whitespace at an end; trim it'],
  ['TLS\u00001.2', 'UNKNOWN_TLS_VERSION', 'version holds a control character; remove it'],
  // Misuse: neither a string nor a number.
  [{}, 'NOT_A_STRING', 'version must be a string, got object'],
  [true, 'NOT_A_STRING', 'version must be a string, got boolean'],
];

/** [a, b, compareTlsVersions(a, b)] */
export const comparisons = [
  ['TLSv1.1', 'TLS 1.2', -1],
  ['1.2', 0x0303, 0],
  ['tls1_3', 'SSLv3', 1],
  ['TLSv1', 'TLSv1.0', 0],
  ['0x0304', 'TLSv1.2', 1],
];

/** [version, min, isTlsVersionAllowed(version, min)]; min undefined = MIN_TLS_VERSION. */
export const allowed = [
  ['TLSv1.3', undefined, true],
  ['TLSv1.2', undefined, true],
  ['TLSv1.1', undefined, false],
  ['TLSv1', undefined, false],
  ['SSLv3', undefined, false],
  ['TLSv1.2', 'TLSv1.3', false],
  ['TLSv1', 'TLS 1.0', true],
];

/** [url, host]: TLS URLs assertHttpsUrl accepts. */
export const httpsUrls = [
  [ZENDESK_URL, 'example.zendesk.com'],
  ['HTTPS://Example.Zendesk.COM:443/', 'example.zendesk.com'],
  ['https://127.0.0.1:8443/', '127.0.0.1:8443'],
  ['https://[::1]:8443/', '[::1]:8443'],
  ['wss://example.com/socket', 'example.com'],
];

/** [url, message]: NOT_HTTPS, naming the scheme to use instead. */
export const notHttpsUrls = [
  ['http://example.zendesk.com/api/v2/users.json', 'url uses http:; use https: instead'],
  ['ws://example.com/socket', 'url uses ws:; use wss: instead'],
  ['ftp://example.com/', 'url uses ftp:; use https: instead'],
  ['file:///etc/passwd', 'url uses file:; use https: instead'],
  ['mailto:jdoe@example.com', 'url uses mailto:; use https: instead'],
];

const NOT_URL = 'url does not parse; pass an https: URL';
const WHITESPACE = 'url has whitespace at an end; trim it';
const CONTROL = 'url holds a control character; remove it';
const SPACE = 'url holds a space; remove it or write %20';

/** [url, code, message]: what assertHttpsUrl (and every function taking a URL) refuses. */
export const invalidUrls = [
  [undefined, 'INVALID_URL', 'url is missing; pass an https: URL'],
  [null, 'INVALID_URL', 'url is missing; pass an https: URL'],
  ['', 'INVALID_URL', 'url is empty; pass an https: URL'],
  [' https://example.com/', 'INVALID_URL', WHITESPACE],
  ['\thttps://example.com/', 'INVALID_URL', WHITESPACE],
  ['https://example.com/\n', 'INVALID_URL', WHITESPACE],
  ['https://example.com/\u00a0', 'INVALID_URL', WHITESPACE],
  ['https://example.com/\r\nX-Injected: 1', 'INVALID_URL', CONTROL],
  ['https://exam\tple.com/', 'INVALID_URL', CONTROL],
  ['https://example.com/\u0000', 'INVALID_URL', CONTROL],
  ['https://example.com/\u0085', 'INVALID_URL', CONTROL],
  ['example.zendesk.com', 'INVALID_URL', NOT_URL],
  ['/api/v2/users.json', 'INVALID_URL', NOT_URL],
  ['https://', 'INVALID_URL', NOT_URL],
  ['https://example.com:65536/', 'INVALID_URL', NOT_URL],
  ['https://[:::1]/', 'INVALID_URL', NOT_URL],
  ['https://exa mple.com/', 'INVALID_URL', SPACE],
  ['https://example.com/a b', 'INVALID_URL', SPACE],
  [42, 'NOT_A_STRING', 'url must be a string, got number'],
  [{}, 'NOT_A_STRING', 'url must be a string, got object'],
];

/** [host, SNI name] (RFC 6066 section 3: no IP literals, no trailing dot, ASCII). */
export const sniNames = [
  ['example.zendesk.com', 'example.zendesk.com'],
  ['API.Example.COM.', 'api.example.com'],
  ['localhost', 'localhost'],
  ['a', 'a'],
  ['under_score.example.com', 'under_score.example.com'],
  ['bücher.example', 'xn--bcher-kva.example'],
  ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ['1.2.3.4.example', '1.2.3.4.example'],
  ['123.example', '123.example'],
  // RFC 1035 section 2.3.4: a label of 63 characters and a name of 253 are the longest there are.
  [`${'a'.repeat(63)}.example`, `${'a'.repeat(63)}.example`],
  [`${'a.'.repeat(126)}a`, `${'a.'.repeat(126)}a`],
  [`${'a.'.repeat(126)}a.`, `${'a.'.repeat(126)}a`],
  // IP literals: the WHATWG host parser makes these addresses, and SNI must not carry them.
  ['127.0.0.1', undefined],
  ['127.1', undefined],
  ['0x7f.0.0.1', undefined],
  ['2130706433', undefined],
  ['1.2.3', undefined],
  ['1.2.3.4.', undefined],
  ['255.255.255.255', undefined],
  ['[::1]', undefined],
  ['::1', undefined],
  ['2001:db8::1', undefined],
  ['[2001:db8::1]', undefined],
  ['::ffff:127.0.0.1', undefined],
];

const BARE_HOST = 'host is not a DNS name or IP address; pass a host name';

/** [host, code, message]: what sniServername refuses. */
export const invalidHosts = [
  [undefined, 'INVALID_HOST', 'host is missing; pass a host name'],
  ['', 'INVALID_HOST', 'host is empty; pass a host name'],
  [' example.com', 'INVALID_HOST', 'host has whitespace at an end; trim it'],
  ['example.com\n', 'INVALID_HOST', 'host has whitespace at an end; trim it'],
  ['example.com\r\nX: 1', 'INVALID_HOST', 'host holds a control character; remove it'],
  [42, 'NOT_A_STRING', 'host must be a string, got number'],
  // A port, a path, credentials, a query: a host is none of them. The URL parser drops a path
  // (`example.com/`) and the default port (`[::1]:443`): refused all the same.
  ['example.com:443', 'INVALID_HOST', BARE_HOST],
  ['[::1]:443', 'INVALID_HOST', BARE_HOST],
  ['[::1]:8443', 'INVALID_HOST', BARE_HOST],
  ['127.0.0.1:443', 'INVALID_HOST', BARE_HOST],
  ['example.com/path', 'INVALID_HOST', BARE_HOST],
  ['example.com/', 'INVALID_HOST', BARE_HOST],
  ['example.com\\', 'INVALID_HOST', BARE_HOST],
  ['[::1]/', 'INVALID_HOST', BARE_HOST],
  ['user@example.com', 'INVALID_HOST', BARE_HOST],
  ['example.com?x', 'INVALID_HOST', BARE_HOST],
  ['example.com#x', 'INVALID_HOST', BARE_HOST],
  ['exa mple.com', 'INVALID_HOST', BARE_HOST],
  ['[::1', 'INVALID_HOST', BARE_HOST],
  ['::g', 'INVALID_HOST', BARE_HOST],
  ['1.2.3.4.5', 'INVALID_HOST', BARE_HOST],
  ['256.0.0.1', 'INVALID_HOST', BARE_HOST],
  // RFC 1034 section 3.1: no empty label.
  ['.', 'INVALID_HOST', BARE_HOST],
  ['..', 'INVALID_HOST', BARE_HOST],
  ['a..b', 'INVALID_HOST', BARE_HOST],
  ['.example.com', 'INVALID_HOST', BARE_HOST],
  ['example.com..', 'INVALID_HOST', BARE_HOST],
  // A wildcard names no one server; other characters the URL parser lets through are no DNS name.
  ['*.example.com', 'INVALID_HOST', BARE_HOST],
  ['*', 'INVALID_HOST', BARE_HOST],
  ["it's.example.com", 'INVALID_HOST', BARE_HOST],
  ['a!b.example', 'INVALID_HOST', BARE_HOST],
  // RFC 1035 section 2.3.4: labels of 63 octets or less, names of 255 octets (253 characters) or less.
  [`${'a'.repeat(64)}.example`, 'INVALID_HOST', BARE_HOST],
  [`${'a.'.repeat(127)}a`, 'INVALID_HOST', BARE_HOST],
  [`${'a'.repeat(300)}.example`, 'INVALID_HOST', BARE_HOST],
];

/** [url, tlsConnectOptions(url)] */
export const connectOptions = [
  [
    ZENDESK_URL,
    { host: 'example.zendesk.com', port: 443, servername: 'example.zendesk.com', minVersion: 'TLSv1.2' },
  ],
  ['https://127.0.0.1:8443/', { host: '127.0.0.1', port: 8443, minVersion: 'TLSv1.2' }],
  ['https://[::1]/', { host: '::1', port: 443, minVersion: 'TLSv1.2' }],
  ['https://x:1/', { host: 'x', port: 1, servername: 'x', minVersion: 'TLSv1.2' }],
  ['https://x:65535/', { host: 'x', port: 65535, servername: 'x', minVersion: 'TLSv1.2' }],
  [
    'wss://Example.com.:9443/x',
    { host: 'example.com.', port: 9443, servername: 'example.com', minVersion: 'TLSv1.2' },
  ],
];

const PORT_ZERO = 'url has port 0; remove it';

/** [url, code, message]: refused by tlsConnectOptions and checkTls: port 0 is no destination. */
export const invalidConnectUrls = [
  ['https://example.com:0/', 'INVALID_URL', PORT_ZERO],
  ['https://example.com:00/', 'INVALID_URL', PORT_ZERO],
  ['wss://[::1]:00/socket', 'INVALID_URL', PORT_ZERO],
  ['https://a..b/', 'INVALID_HOST', BARE_HOST],
  ['https://*.example.com/', 'INVALID_HOST', BARE_HOST],
  [`https://${'a'.repeat(64)}.example/`, 'INVALID_HOST', BARE_HOST],
];

const TIMEOUT = 'timeoutMs must be a number of milliseconds above 0';
const CA_TYPE = 'ca must be PEM text or a list of them';

/**
 * [options, code, message]: checkTls refuses them before connecting, in every runtime, sockets
 * or not (the options are misuse: `INVALID_OPTION`; a version is read as everywhere else).
 */
export const invalidCheckOptions = [
  [null, 'INVALID_OPTION', 'options must be an object, got null'],
  ['fast', 'INVALID_OPTION', 'options must be an object, got string'],
  [5000, 'INVALID_OPTION', 'options must be an object, got number'],
  [{ timeoutMs: -1 }, 'INVALID_OPTION', TIMEOUT],
  [{ timeoutMs: 0 }, 'INVALID_OPTION', TIMEOUT],
  [{ timeoutMs: Number.NaN }, 'INVALID_OPTION', TIMEOUT],
  [{ timeoutMs: 2 ** 31 }, 'INVALID_OPTION', TIMEOUT],
  [{ timeoutMs: '1000' }, 'INVALID_OPTION', TIMEOUT],
  [{ timeoutMs: null }, 'INVALID_OPTION', TIMEOUT],
  [{ ca: 42 }, 'INVALID_OPTION', CA_TYPE],
  [{ ca: [null] }, 'INVALID_OPTION', CA_TYPE],
  [{ ca: {} }, 'INVALID_OPTION', CA_TYPE],
  [{ minVersion: 'TLSv9' }, 'UNKNOWN_TLS_VERSION', 'minVersion is not a TLS version; pass one like TLSv1.2'],
  [{ minVersion: ' TLSv1.3' }, 'UNKNOWN_TLS_VERSION', 'minVersion has whitespace at an end; trim it'],
  [{ minVersion: null }, 'UNKNOWN_TLS_VERSION', 'minVersion is missing; pass a TLS version'],
  // A misspelt option would check something else and report ok.
  [
    { minVerison: 'TLSv1.3' },
    'INVALID_OPTION',
    'options.minVerison is unknown; use timeoutMs, ca, minVersion',
  ],
  [{ timeout: 500 }, 'INVALID_OPTION', 'options.timeout is unknown; use timeoutMs, ca, minVersion'],
];

/**
 * [what, ca, message]: `ca` texts that hold no certificate, refused at once with INVALID_OPTION
 * where `ca` is used (the runtimes with sockets). `PRIVATE_KEY` and `DAMAGED` stand for texts the
 * suite makes (a fresh key from Web Crypto, the test CA with a line of its base64 removed).
 */
export const invalidCaTexts = [
  [
    'a file name',
    '/etc/ssl/certs/ca.pem',
    "ca is not PEM text (-----BEGIN CERTIFICATE-----...); pass the text of the CA's certificate file, not its name",
  ],
  ['empty', '', 'ca is empty; pass the PEM text of a CA certificate (-----BEGIN CERTIFICATE-----...)'],
  [
    'only whitespace',
    '\n\n',
    'ca is empty; pass the PEM text of a CA certificate (-----BEGIN CERTIFICATE-----...)',
  ],
  [
    'text that merely contains -----BEGIN',
    'paste it here: -----BEGIN CERTIFICATE-----',
    'ca holds no complete PEM block (-----BEGIN ...----- to -----END ...-----); pass the whole text of the certificate file',
  ],
  [
    'a private key',
    'PRIVATE_KEY',
    "ca is a private key (-----BEGIN PRIVATE KEY-----), not a certificate; pass the CA's certificate, and keep the key secret",
  ],
  [
    'a certificate request',
    '-----BEGIN CERTIFICATE REQUEST-----\nMIIBAA==\n-----END CERTIFICATE REQUEST-----\n',
    'ca is -----BEGIN CERTIFICATE REQUEST-----, not a certificate; pass the PEM text of a CA certificate (-----BEGIN CERTIFICATE-----...)',
  ],
  [
    'a damaged certificate',
    'DAMAGED',
    'ca is a damaged certificate: its content is not X.509 (RFC 5280); copy the file again, whole',
  ],
  [
    'base64 that is no certificate',
    '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    'ca is a damaged certificate: its content is not X.509 (RFC 5280); copy the file again, whole',
  ],
];

/** What `context.runtime` of the runners calls each runtime, and what reports call it. */
export const reportRuntime = {
  node: 'node',
  deno: 'deno',
  bun: 'bun',
  chromium: 'browser',
  workerd: 'workerd',
};

/** Every problem code a report can carry (documented in the README). */
export const problemCodes = [
  'NOT_HTTPS',
  'DNS_FAILURE',
  'CONNECTION_REFUSED',
  'CONNECTION_FAILED',
  'TIMEOUT',
  'NOT_TLS',
  'HANDSHAKE_FAILED',
  'PROTOCOL_TOO_OLD',
  'CERT_UNTRUSTED',
  'CERT_WRONG_NAME',
  'CERT_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_WEAK',
  'HANDSHAKE_WEAK',
  'PERMISSION_DENIED',
  'TLS12_UNAVAILABLE',
];

/** Every note code a report can carry (documented in the README). */
export const noteCodes = [
  'NOT_MEASURED',
  'LEGACY_NOT_PROBED',
  'DEFAULTS_LOWERED',
  'CERT_WEAK_ACCEPTED',
  'PERMISSION_DENIED',
];

/** Every code a TlsCheckError can carry (documented in the README). */
export const errorCodes = [
  'NOT_A_STRING',
  'INVALID_OPTION',
  'UNKNOWN_TLS_VERSION',
  'INVALID_URL',
  'NOT_HTTPS',
  'INVALID_HOST',
];
