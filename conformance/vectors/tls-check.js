// Spec vectors of @auth/tls-check, as data: the same in every runtime.

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
  ['SSLv3', 'SSLv3'],
  // RFC titles: RFC 8446 "TLS 1.3", RFC 5246 "TLS 1.2", RFC 4346, RFC 2246, RFC 6101 "SSL 3.0"
  ['TLS 1.3', 'TLSv1.3'],
  ['TLS 1.2', 'TLSv1.2'],
  ['TLS 1.1', 'TLSv1.1'],
  ['TLS 1.0', 'TLSv1'],
  ['SSL 3.0', 'SSLv3'],
  // OpenSSL constants, Python's ssl, .NET's SslProtocols
  ['tls1_2', 'TLSv1.2'],
  ['TLS1_3_VERSION', 'TLSv1.3'],
  ['TLS1_VERSION', 'TLSv1'],
  ['TLSv1_1', 'TLSv1.1'],
  ['Tls12', 'TLSv1.2'],
  ['tls13', 'TLSv1.3'],
  // bare version numbers
  ['1.2', 'TLSv1.2'],
  ['1.0', 'TLSv1'],
  [1.3, 'TLSv1.3'],
  // RFC 8446 appendix E.1: the wire ProtocolVersion
  ['0x0304', 'TLSv1.3'],
  ['0x0303', 'TLSv1.2'],
  ['0x302', 'TLSv1.1'],
  [0x0303, 'TLSv1.2'],
  [0x0301, 'TLSv1'],
  [0x0300, 'SSLv3'],
];

/** Refused with UNKNOWN_TLS_VERSION. */
export const invalidVersions = [
  '',
  'TLSv1.4',
  '1.4',
  'SSLv2',
  'TLS 2.0',
  'DTLSv1.2',
  ' TLSv1.2',
  'TLSv1.2\n',
  '0x0305',
  0x0305,
  0x0200,
  // Bare digits are ambiguous (1.2, or the wire number 0x0c?): refused as string and as number.
  '12',
  12,
  '13',
  13,
  '10',
  null,
  undefined,
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

/** [url, fix]: NOT_HTTPS, and the scheme the message says to use. */
export const notHttpsUrls = [
  ['http://example.zendesk.com/api/v2/users.json', 'use https: instead'],
  ['ws://example.com/socket', 'use wss: instead'],
  ['ftp://example.com/', 'use https: instead'],
  ['file:///etc/passwd', 'use https: instead'],
];

/** INVALID_URL: not absolute, or a space or control character (RFC 3986 section 2). */
export const invalidUrls = [
  '',
  'example.zendesk.com',
  '/api/v2/users.json',
  'https://exa mple.com/',
  ' https://example.com/',
  'https://example.com/\n',
  'https://example.com/\r\nX-Injected: 1',
  'https://exam\tple.com/',
  'https://example.com/\u0000',
];

/** [host, SNI name] (RFC 6066 section 3: no IP literals, no trailing dot, ASCII). */
export const sniNames = [
  ['example.zendesk.com', 'example.zendesk.com'],
  ['API.Example.COM.', 'api.example.com'],
  ['localhost', 'localhost'],
  ['bücher.example', 'xn--bcher-kva.example'],
  ['127.0.0.1', undefined],
  ['127.1', undefined],
  ['0x7f.0.0.1', undefined],
  ['1.2.3.4.example', '1.2.3.4.example'],
  ['[::1]', undefined],
  ['::1', undefined],
  ['2001:db8::1', undefined],
];

/** INVALID_HOST */
export const invalidHosts = [
  '',
  'example.com:443',
  'example.com/path',
  'user@example.com',
  'exa mple.com',
  'example.com\n',
  // WHATWG URL would drop the path or read dots as an address: a host has neither a path nor
  // an empty label (RFC 1034 section 3.1).
  'example.com/',
  'example.com\\',
  '..',
  'a..b',
  '.example.com',
  'example.com..',
];

/** [url, tlsConnectOptions(url)] */
export const connectOptions = [
  [
    ZENDESK_URL,
    { host: 'example.zendesk.com', port: 443, servername: 'example.zendesk.com', minVersion: 'TLSv1.2' },
  ],
  ['https://127.0.0.1:8443/', { host: '127.0.0.1', port: 8443, minVersion: 'TLSv1.2' }],
  ['https://[::1]/', { host: '::1', port: 443, minVersion: 'TLSv1.2' }],
  [
    'wss://Example.com.:9443/x',
    { host: 'example.com.', port: 9443, servername: 'example.com', minVersion: 'TLSv1.2' },
  ],
];

/** [url, code]: refused by tlsConnectOptions and checkTls: port 0 is no destination. */
export const invalidConnectUrls = [
  ['https://example.com:0/', 'INVALID_URL'],
  ['wss://[::1]:00/socket', 'INVALID_URL'],
  ['https://a..b/', 'INVALID_HOST'],
];

/** [options, words]: checkTls refuses them with INVALID_OPTION in every runtime, sockets or not. */
export const invalidCheckOptions = [
  [{ timeoutMs: -1 }, 'timeoutMs must be a number of milliseconds above 0'],
  [{ timeoutMs: 0 }, 'timeoutMs must be a number of milliseconds above 0'],
  [{ timeoutMs: '1000' }, 'timeoutMs must be a number of milliseconds above 0'],
  [{ ca: 'file.pem' }, 'ca must be PEM text (-----BEGIN CERTIFICATE-----...), not a file name'],
  [{ ca: ['/etc/ssl/ca.pem'] }, 'ca must be PEM text (-----BEGIN CERTIFICATE-----...), not a file name'],
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
  'TLS12_UNAVAILABLE',
];
