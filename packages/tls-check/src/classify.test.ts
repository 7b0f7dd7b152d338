import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Attempt,
  certificateProblem,
  connectionProblem,
  protocolProblem,
  setupProblem,
  timeoutProblem,
  weakCertificateProblem,
} from './classify.ts';

const attempt: Attempt = {
  host: 'example.zendesk.com',
  port: 443,
  servername: 'example.zendesk.com',
  connected: true,
  lowestOffered: 'TLSv1',
  timeoutMs: 5000,
};

describe('certificateProblem', () => {
  it.each([
    ['CERT_HAS_EXPIRED', 'CERT_EXPIRED', 'renew it'],
    ['CERT_NOT_YET_VALID', 'CERT_NOT_YET_VALID', 'check the clocks'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_WRONG_NAME', 'does not name example.zendesk.com'],
    ['HOSTNAME_MISMATCH', 'CERT_WRONG_NAME', 'subjectAltName'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_UNTRUSTED', 'pass that CA'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'CERT_UNTRUSTED', '--ca FILE'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_UNTRUSTED', 'full chain'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_UNTRUSTED', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
  ])('maps %s to %s', (reason, code, words) => {
    const problem = certificateProblem(reason, attempt);
    expect(problem.code).toBe(code);
    expect(problem.message).toContain(words);
  });

  it('says weak for a chain refused for no more precise reason, and the precise reason otherwise', () => {
    const weak = 'an RSA key of 1024 bits';
    expect(certificateProblem('UNSPECIFIED', attempt, weak)).toEqual(weakCertificateProblem(weak));
    expect(certificateProblem('UNABLE_TO_VERIFY_LEAF_SIGNATURE', attempt, weak).code).toBe('CERT_WEAK');
    expect(certificateProblem('CERT_HAS_EXPIRED', attempt, weak).code).toBe('CERT_EXPIRED');
    expect(certificateProblem('DEPTH_ZERO_SELF_SIGNED_CERT', attempt, weak).code).toBe('CERT_UNTRUSTED');
    expect(certificateProblem('ERR_TLS_CERT_ALTNAME_INVALID', attempt, weak).code).toBe('CERT_WRONG_NAME');
    expect(certificateProblem('UNSPECIFIED', attempt).code).toBe('CERT_UNTRUSTED');
  });

  it('explains a wrong name seen without SNI (an IP address in the URL)', () => {
    const problem = certificateProblem('ERR_TLS_CERT_ALTNAME_INVALID', {
      host: '192.0.2.1',
      servername: undefined,
    });
    expect(problem.message).toContain('no SNI was sent because the URL names an IP address');
    expect(certificateProblem('ERR_TLS_CERT_ALTNAME_INVALID', attempt).message).not.toContain('no SNI');
  });
});

describe('connectionProblem', () => {
  it.each([
    ['ENOTFOUND', false, 'DNS_FAILURE', 'could not resolve example.zendesk.com (ENOTFOUND)'],
    ['EAI_AGAIN', false, 'DNS_FAILURE', "this machine's DNS"],
    ['ECONNREFUSED', false, 'CONNECTION_REFUSED', 'example.zendesk.com:443 refused the connection'],
    [
      'EHOSTUNREACH',
      false,
      'CONNECTION_FAILED',
      'could not connect to example.zendesk.com:443 (EHOSTUNREACH)',
    ],
    ['ECONNRESET', false, 'CONNECTION_FAILED', 'proxy or firewall'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', true, 'NOT_TLS', 'plain HTTP'],
    [
      'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
      true,
      'HANDSHAKE_FAILED',
      'although it offered TLSv1 to TLSv1.3',
    ],
    ['ERR_SSL_UNSUPPORTED_PROTOCOL', true, 'HANDSHAKE_FAILED', 'share no TLS version'],
    ['ECONNRESET', true, 'HANDSHAKE_FAILED', 'closed the connection during the TLS handshake'],
    ['CERT_HAS_EXPIRED', true, 'CERT_EXPIRED', 'renew'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', true, 'CERT_UNTRUSTED', 'not trusted'],
  ])('maps %s (connected: %s) to %s', (code, connected, expected, words) => {
    const problem = connectionProblem({ code, message: 'whatever' }, { ...attempt, connected });
    expect(problem.code).toBe(expected);
    expect(problem.message).toContain(words);
  });

  it('says that a runtime offering only TLS 1.2+ likely met a TLS 1.0/1.1 server', () => {
    const problem = connectionProblem(
      { code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' },
      { ...attempt, lowestOffered: 'TLSv1.2' },
    );
    expect(problem.message).toContain('the server probably speaks only TLS 1.0 or 1.1');
  });

  it('names the SNI name, or its absence, when the server hangs up', () => {
    expect(connectionProblem({ code: 'ECONNRESET' }, attempt).message).toContain('(example.zendesk.com)');
    expect(
      connectionProblem({ code: 'ECONNRESET' }, { ...attempt, servername: undefined }).message,
    ).toContain('(none sent)');
  });

  it('falls back to the first line of the message, or to no code at all', () => {
    expect(
      connectionProblem({ code: 'ERR_SSL_SOMETHING', message: 'first line\nsecond line' }, attempt),
    ).toEqual({
      code: 'HANDSHAKE_FAILED',
      message:
        "the TLS handshake failed (ERR_SSL_SOMETHING: first line): check the server's TLS configuration",
    });
    expect(connectionProblem({}, attempt).message).toBe(
      "the TLS handshake failed (no error code): check the server's TLS configuration",
    );
  });
});

describe('connectionProblem in Deno without --allow-net', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('names the flag, not the network', () => {
    const refused = Object.assign(
      new Error('Requires net access to "127.0.0.1:443", run again with the --allow-net flag'),
      {
        name: 'NotCapable',
      },
    );
    expect(connectionProblem(refused, { ...attempt, connected: false })).toEqual({
      code: 'PERMISSION_DENIED',
      message:
        "Deno's permissions do not allow connecting to example.zendesk.com:443: run deno with --allow-net (or --allow-net=example.zendesk.com)",
    });
    vi.stubGlobal('Deno', {});
    expect(
      connectionProblem({ code: 'EPERM', message: 'getaddrinfo EPERM example.zendesk.com' }, attempt).code,
    ).toBe('PERMISSION_DENIED');
    const other = Object.assign(new Error('Requires read access'), { name: 'NotCapable' });
    expect(connectionProblem(other, attempt).message).toBe(
      "Deno's permissions do not allow connecting to example.zendesk.com:443: run deno with the permission it names",
    );
  });
});

describe('connectionProblem, in words a reader needs', () => {
  it("keeps OpenSSL's reason and detail, and BoringSSL's, not their thread, file and line", () => {
    const openssl =
      '80EC651F9D7F0000:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1601:SSL alert number 40';
    expect(
      connectionProblem({ code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', message: openssl }, attempt).message,
    ).toBe(
      "the TLS handshake failed (ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: sslv3 alert handshake failure, SSL alert number 40): check the server's TLS configuration",
    );
    const boringssl = 'error:10000410:SSL routines:OPENSSL_internal:SSLV3_ALERT_HANDSHAKE_FAILURE';
    expect(connectionProblem({ code: 'ERR_X', message: boringssl }, attempt).message).toContain(
      '(ERR_X: SSLV3_ALERT_HANDSHAKE_FAILURE)',
    );
  });

  it('says that no SNI was sent when the URL names an IP address, for every handshake failure', () => {
    const ip = { ...attempt, host: '192.0.2.1', servername: undefined };
    for (const code of [
      'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
      'ECONNRESET',
      'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
    ]) {
      const found = connectionProblem({ code, message: 'x' }, ip);
      expect(found.code).toBe('HANDSHAKE_FAILED');
      expect(found.message).toMatch(
        /; no SNI was sent, as the URL names an IP address, and a server that requires SNI \(Zendesk's does\) refuses such a handshake: use its host name$/,
      );
    }
    expect(connectionProblem({ code: 'ERR_SSL_WRONG_VERSION_NUMBER' }, ip).message).not.toContain('SNI');
  });
});

describe('setupProblem', () => {
  it("blames this runtime's settings, not the server nor the network", () => {
    expect(setupProblem({ code: 'ERR_SSL_INVALID_COMMAND', message: 'INVALID_COMMAND\nmore' })).toEqual({
      code: 'HANDSHAKE_FAILED',
      message:
        'this runtime could not set up a TLS connection (ERR_SSL_INVALID_COMMAND: INVALID_COMMAND): check its TLS settings; checkRuntime() lists those that were lowered',
    });
  });
});

describe('timeoutProblem and protocolProblem', () => {
  it('tells a stalled TLS handshake from a TCP connection that never opened', () => {
    expect(timeoutProblem(attempt)).toEqual({
      code: 'TIMEOUT',
      message:
        'the TCP connection to example.zendesk.com:443 opened but no TLS handshake completed within 5000 ms: the port may not speak TLS, or the server is stalled; check the port, or raise timeoutMs (--timeout)',
    });
    expect(timeoutProblem({ ...attempt, connected: false }).message).toContain(
      'no TCP connection to example.zendesk.com:443 within 5000 ms: a firewall may drop the packets',
    );
  });

  it('says which versions to enable', () => {
    expect(protocolProblem('TLSv1.1', 'TLSv1.2')).toEqual({
      code: 'PROTOCOL_TOO_OLD',
      message:
        'the server negotiated TLSv1.1, below the minimum TLSv1.2: enable TLS 1.2 and 1.3 on the server (RFC 8996 deprecates TLS 1.0 and 1.1)',
    });
    expect(protocolProblem('TLSv1.2', 'TLSv1.3').message).toContain('enable TLS 1.3 on the server');
  });
});
