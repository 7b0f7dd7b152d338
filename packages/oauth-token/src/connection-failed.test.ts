// What each runtime's `fetch` rejected with, recorded on 2026-11-30 against loopback servers
// (a closed port, `nowhere.invalid`, a self-signed certificate, a name mismatch and an expired
// certificate under a trusted CA, a server that resets at once, one that closes after the
// request): Node 20.20, 22, 24 and 26 (undici), Deno 2.9.6 (hyper), Bun 1.4.4, Chromium 156
// and workerd 1.20261117. Only the shapes that are certain to come before any request byte
// are CONNECTION_FAILED.
import { describe, expect, it } from 'vitest';
import { connectionFailed } from './connection-failed.ts';

/** Node (undici): `TypeError('fetch failed')`, the socket's or TLS error as its `cause`. */
const node = (code: string, message: string, more: object = {}) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code, ...more }) });
/** Bun: a `TypeError` with the code on itself. */
const bun = (code: string, message: string) => Object.assign(new TypeError(message), { code, errno: 0 });
/** Deno (hyper): `TypeError('fetch failed')`, the client's error text in a plain `Error` cause. */
const deno = (message: string) => new TypeError('fetch failed', { cause: new Error(message) });
const denoUrl = 'error sending request for url (https://127.0.0.1:35535/oauth/tokens)';

describe('connectionFailed: nothing was sent', () => {
  it.each([
    [
      'Node: a refused port',
      node('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:35535', { syscall: 'connect' }),
    ],
    [
      'Node: an unknown host',
      node('ENOTFOUND', 'getaddrinfo ENOTFOUND nowhere.invalid', { syscall: 'getaddrinfo' }),
    ],
    ['Node: DNS that did not answer', node('EAI_AGAIN', 'getaddrinfo EAI_AGAIN acme.zendesk.com')],
    ['Node: a self-signed certificate', node('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate')],
    [
      'Node 24+: a self-signed certificate, with its hint',
      node(
        'DEPTH_ZERO_SELF_SIGNED_CERT',
        'self-signed certificate; if the root CA is installed locally, try running Node.js with --use-system-ca',
      ),
    ],
    [
      'Node: an unknown CA',
      node('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate'),
    ],
    [
      'Node: a self-signed CA in the chain',
      node('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain'),
    ],
    [
      'Node: no issuer here',
      node('UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unable to get local issuer certificate'),
    ],
    ['Node: an expired certificate', node('CERT_HAS_EXPIRED', 'certificate has expired')],
    ['Node: a certificate not yet valid', node('CERT_NOT_YET_VALID', 'certificate is not yet valid')],
    [
      'Node: a name mismatch',
      node(
        'ERR_TLS_CERT_ALTNAME_INVALID',
        "Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:wrong.example",
      ),
    ],
    [
      'Node: undici’s connect timeout (TCP and TLS)',
      node(
        'UND_ERR_CONNECT_TIMEOUT',
        'Connect Timeout Error (attempted address: 127.0.0.1:37979, timeout: 10000ms)',
      ),
    ],
    [
      'Node: every address refused (happy eyeballs)',
      new TypeError('fetch failed', {
        cause: Object.assign(
          new AggregateError([
            Object.assign(new Error('connect ECONNREFUSED ::1:443'), { code: 'ECONNREFUSED' }),
            Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' }),
          ]),
          { code: 'ECONNREFUSED' },
        ),
      }),
    ],
    [
      'an AggregateError whose every error is a failed connection, with no code of its own',
      new AggregateError([
        Object.assign(new Error('connect ECONNREFUSED ::1:443'), { code: 'ECONNREFUSED' }),
        Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
      ]),
    ],
    [
      'Bun: a refused port',
      bun('ECONNREFUSED', 'ECONNREFUSED: Unable to connect. Is the computer able to access the url?'),
    ],
    ['Bun: an unknown host', bun('ENOTFOUND', 'getaddrinfo ENOTFOUND nowhere.invalid')],
    ['Bun: a self-signed certificate', bun('DEPTH_ZERO_SELF_SIGNED_CERT', 'self signed certificate')],
    ['Bun: an unknown CA', bun('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate')],
    ['Bun: an expired certificate', bun('CERT_HAS_EXPIRED', 'certificate has expired')],
    [
      'Bun: a name mismatch',
      bun(
        'ERR_TLS_CERT_ALTNAME_INVALID',
        'ERR_TLS_CERT_ALTNAME_INVALID fetching "https://localhost:44133/oauth/tokens".',
      ),
    ],
    [
      'Deno: a refused port',
      deno(`${denoUrl}: client error (Connect): tcp connect error: Connection refused (os error 111)`),
    ],
    [
      'Deno: an unknown host',
      deno(
        `${denoUrl}: client error (Connect): dns error: failed to lookup address information: Name or service not known`,
      ),
    ],
    [
      'Deno: a self-signed certificate',
      deno(
        `${denoUrl}: client error (Connect): invalid peer certificate: Other(OtherError(CaUsedAsEndEntity))`,
      ),
    ],
    [
      'Deno: an unknown CA',
      deno(`${denoUrl}: client error (Connect): invalid peer certificate: UnknownIssuer`),
    ],
    [
      'Deno: a name mismatch',
      deno(
        `${denoUrl}: client error (Connect): invalid peer certificate: certificate not valid for name "localhost"; certificate is only valid for DnsName("wrong.example")`,
      ),
    ],
    [
      'Deno: a reset during the TLS handshake',
      deno(`${denoUrl}: client error (Connect): Connection reset by peer (os error 104)`),
    ],
  ])('%s', (_, error) => {
    expect(connectionFailed(error)).toBe(true);
  });
});

describe('connectionFailed: the request may have gone out, or nobody says', () => {
  it.each([
    ['Node: a reset', node('ECONNRESET', 'read ECONNRESET', { syscall: 'read' })],
    [
      'Node: a reset before the TLS handshake ended (not told apart from one after)',
      node('ECONNRESET', 'Client network socket disconnected before secure TLS connection was established'),
    ],
    ['Node: the server closed after the request', node('UND_ERR_SOCKET', 'other side closed')],
    ['Node: no TLS on that port', node('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number')],
    [
      'Node: a TLS 1.3 alert that may follow the request',
      node('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'tlsv13 alert certificate required'),
    ],
    ['Node: a socket hang up', new TypeError('socket hang up')],
    ['Bun: a reset', bun('ECONNRESET', 'ECONNRESET: The socket connection was closed unexpectedly.')],
    [
      'Bun: a failed handshake (EPROTO)',
      bun('EPROTO', 'EPROTO: The TLS handshake failed. Does the server speak TLS on this port?'),
    ],
    [
      'Deno: a connection closed after the request',
      deno(
        'error sending request from 127.0.0.1:35116 for https://localhost:36485/oauth/tokens (127.0.0.1:36485): client error (SendRequest): connection closed before message completed',
      ),
    ],
    [
      'Deno: port 0, refused before any connection but said otherwise',
      new TypeError('Fetch failed: Requests to port 0 are blocked'),
    ],
    ['Chromium: anything', new TypeError('Failed to fetch')],
    [
      'workerd: anything (a refused port included)',
      new Error('internal error; reference = rn29m6ave1jm3e57aag9eig3'),
    ],
    [
      'an AggregateError with one reset among refusals',
      new AggregateError([
        Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
        Object.assign(new Error('y'), { code: 'ECONNRESET' }),
      ]),
    ],
    ['an empty AggregateError', new AggregateError([])],
    ['a code that only contains a known one', node('XECONNREFUSED', 'x')],
    ['no error at all', 'ECONNREFUSED'],
    ['null', null],
  ])('%s', (_, error) => {
    expect(connectionFailed(error)).toBe(false);
  });

  it('ends on a cause cycle', () => {
    const error = new TypeError('fetch failed') as TypeError & { cause: unknown };
    error.cause = error;
    expect(connectionFailed(error)).toBe(false);
  });
});
