/// <reference types="node" />
import { EventEmitter } from 'node:events';
import tls from 'node:tls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectRejects } from '../../../config/expect-error.ts';
import * as vectors from '../../../conformance/vectors/tls-check.js';
import { useLiveServers } from '../test/live-servers.ts';
import { runModule } from '../test/runtimes.mjs';
import type { Fixtures } from '../test/servers.mjs';
import { checkTls, TlsCheckError } from './node.ts';
import type { TlsConnection, TlsReport } from './types.ts';

const live = useLiveServers();
const at = (name: keyof Fixtures['ports'], host = '127.0.0.1') =>
  `https://${host}:${live.fixtures.ports[name]}/`;
const check = (name: keyof Fixtures['ports'], host?: string, options = {}) =>
  checkTls(at(name, host), { ca: live.fixtures.ca, timeoutMs: 3000, ...options });
const codes = (report: { problems: { code: string }[] }) => report.problems.map(({ code }) => code);
/** Each problem as `CODE@connection`. */
const found = (report: TlsReport) => report.problems.map(({ code, connection }) => `${code}@${connection}`);
const DEFAULT_ONLY = (protocol: TlsConnection['protocol']): TlsConnection[] => [
  { role: 'default', minVersion: 'TLSv1.2', ciphers: null, protocol, error: null },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkTls: the default connection decides (node entry, live loopback servers)', () => {
  it('passes a TLS 1.3 server on the default connection alone, with its cipher, ALPN pick and timing', async () => {
    const report = await check('tls13');
    expect(report).toMatchObject({
      ok: true,
      url: `https://127.0.0.1:${live.fixtures.ports.tls13}`,
      runtime: 'node',
      measured: true,
      protocol: 'TLSv1.3',
      sni: { sent: false, servername: null },
      alpn: 'http/1.1',
      cipher: 'TLS_AES_256_GCM_SHA384',
      authorized: true,
      authorizationError: null,
      connections: DEFAULT_ONLY('TLSv1.3'),
      problems: [],
      notes: [],
    });
    expect(report.durationMs).toBeGreaterThan(0);
    expect(report.durationMs).toBeLessThan(3000);
  });

  it('passes a TLS 1.2-only server, and fails it against a TLS 1.3 minimum: the diagnostic connection names the version', async () => {
    expect(await check('tls12')).toMatchObject({
      ok: true,
      protocol: 'TLSv1.2',
      cipher: expect.stringMatching(/^TLS_ECDHE_ECDSA_/),
      connections: DEFAULT_ONLY('TLSv1.2'),
    });
    const strict = await check('tls12', undefined, { minVersion: 'TLS 1.3' });
    expect(strict.ok).toBe(false);
    expect(strict.problems).toEqual([
      {
        code: 'PROTOCOL_TOO_OLD',
        connection: 'diagnostic',
        message:
          'the server negotiated TLSv1.2, below the minimum TLSv1.3: enable TLS 1.3 on the server (RFC 8996 deprecates TLS 1.0 and 1.1)',
      },
    ]);
    expect(strict.connections).toEqual([
      {
        role: 'default',
        minVersion: 'TLSv1.3',
        ciphers: null,
        protocol: null,
        error: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
      },
      {
        role: 'diagnostic',
        minVersion: 'TLSv1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
        protocol: 'TLSv1.2',
        error: null,
      },
    ]);
  });

  it('names the version of a TLS 1.0/1.1-only server through the diagnostic connection, which never makes it ok', async () => {
    const report = await check('legacy');
    expect(report).toMatchObject({ ok: false, protocol: 'TLSv1.1', authorized: true });
    expect(report.problems).toEqual([
      {
        code: 'PROTOCOL_TOO_OLD',
        connection: 'diagnostic',
        message:
          'the server negotiated TLSv1.1, below the minimum TLSv1.2: enable TLS 1.2 and 1.3 on the server (RFC 8996 deprecates TLS 1.0 and 1.1)',
      },
    ]);
    expect(report.connections.map(({ role, protocol }) => [role, protocol])).toEqual([
      ['default', null],
      ['diagnostic', 'TLSv1.1'],
    ]);
    // With a minimum of TLS 1.0, Node's default client still refuses TLS 1.1 (security level 1).
    const allowed = await check('legacy', undefined, { minVersion: 'TLSv1' });
    expect(allowed.connections[0]).toMatchObject({ role: 'default', minVersion: 'TLSv1', protocol: null });
    expect(found(allowed)).toEqual(['PROTOCOL_TOO_OLD@diagnostic']);
    // SSL 3.0 is offered by no runtime: a minimum below TLS 1.0 offers TLS 1.0.
    expect((await check('legacy', undefined, { minVersion: 'SSLv3' })).connections[0]?.minVersion).toBe(
      'TLSv1',
    );
  });

  it('refuses a TLS 1.2 server that signs its handshake only with SHA-1, as Node refuses it (RFC 9155): no false ok', async () => {
    for (const name of ['sha1Signature', 'sha1SignatureRsa'] as const) {
      const report = await check(name);
      expect(report).toMatchObject({ ok: false, protocol: 'TLSv1.2', authorized: true });
      expect(found(report)).toEqual(['HANDSHAKE_WEAK@diagnostic']);
      expect(report.problems[0]?.message).toContain(
        'signs the handshake with SHA-1 only, which RFC 9155 deprecates',
      );
      expect(report.connections).toEqual([
        {
          role: 'default',
          minVersion: 'TLSv1.2',
          ciphers: null,
          protocol: null,
          error: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
        },
        {
          role: 'diagnostic',
          minVersion: 'TLSv1',
          ciphers: 'DEFAULT:@SECLEVEL=0',
          protocol: 'TLSv1.2',
          error: null,
        },
      ]);
    }
  });

  it('sends the URL host name as SNI, lower-cased, and the server picks its certificate by it', async () => {
    live.sniNames.length = 0;
    const report = await check('sni', 'LocalHost');
    expect(report).toMatchObject({
      ok: true,
      url: `https://localhost:${live.fixtures.ports.sni}`,
      sni: { sent: true, servername: 'localhost' },
      alpn: 'h2',
      authorized: true,
    });
    const noSni = await check('sni');
    expect(noSni.sni).toEqual({ sent: false, servername: null });
    expect(found(noSni)).toEqual(['CERT_WRONG_NAME@default']);
    expect(noSni.problems[0]?.message).toContain('no SNI was sent because the URL names an IP address');
    await vi.waitFor(() => expect(live.sniNames).toEqual(['localhost', false]));
  });

  it('tells that no SNI was sent to a server that requires it (Zendesk does), and passes with the name', async () => {
    const ip = await check('sniRequired');
    expect(ip).toMatchObject({ ok: false, sni: { sent: false, servername: null } });
    expect(found(ip)).toEqual(['HANDSHAKE_FAILED@default']);
    expect(ip.problems[0]?.message).toBe(
      "the TLS handshake failed (ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: sslv3 alert handshake failure, SSL alert number 40): check the server's TLS configuration; no SNI was sent, as the URL names an IP address, and a server that requires SNI (Zendesk's does) refuses such a handshake: use its host name",
    );
    expect((await check('sniRequired', 'localhost')).ok).toBe(true);
  });

  it('blames no setting when the default connection was only hung up on and the diagnostic one then passed', async () => {
    // A server (or a middlebox) that drops one connection: the first one, here.
    const real = tls.connect;
    vi.spyOn(tls, 'connect')
      .mockImplementationOnce(() => {
        const socket = new EventEmitter() as unknown as tls.TLSSocket;
        socket.destroy = () => {
          queueMicrotask(() => socket.emit('close'));
          return socket;
        };
        queueMicrotask(() => {
          socket.emit('connect');
          socket.emit('error', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
        });
        return socket;
      })
      .mockImplementation(real);
    const report = await check('tls13', 'localhost');
    expect(report.problems).toEqual([
      {
        code: 'HANDSHAKE_FAILED',
        connection: 'default',
        message:
          "the server closed the connection during the TLS handshake (ECONNRESET): it may refuse this client's TLS versions, ciphers or SNI name (localhost); check the server's TLS configuration",
      },
    ]);
    expect(report.connections.map(({ role, protocol, error }) => [role, protocol, error])).toEqual([
      ['default', null, 'ECONNRESET'],
      ['diagnostic', 'TLSv1.3', null],
    ]);
  });

  it('tells an untrusted certificate, and trusts it once its CA is given', async () => {
    const report = await check('untrusted');
    expect(report).toMatchObject({
      ok: false,
      protocol: 'TLSv1.3',
      authorized: false,
      authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      connections: DEFAULT_ONLY('TLSv1.3'),
    });
    expect(found(report)).toEqual(['CERT_UNTRUSTED@default']);
    expect(report.problems[0]?.message).toContain("pass that CA's certificate as ca (--ca FILE)");
    expect(codes(await checkTls(at('tls13'), { timeoutMs: 3000 }))).toEqual(['CERT_UNTRUSTED']);
    expect((await checkTls(at('tls13'), { ca: [live.fixtures.otherCa, live.fixtures.ca] })).ok).toBe(true);
  });

  it('tells a certificate for another name, and an expired one', async () => {
    const report = await check('wrongName', 'localhost');
    expect(report).toMatchObject({
      ok: false,
      authorized: false,
      authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
    expect(report.problems).toEqual([
      {
        code: 'CERT_WRONG_NAME',
        connection: 'default',
        message:
          'the certificate does not name localhost (ERR_TLS_CERT_ALTNAME_INVALID): serve a certificate whose subjectAltName lists it',
      },
    ]);
    expect(found(await check('expired'))).toEqual(['CERT_EXPIRED@default']);
  });

  it('refuses weak certificates where Node refuses them, and notes those it accepts (Node 20: RSA 1024)', async () => {
    for (const name of ['sha1', 'sha1Chain'] as const) {
      const report = await check(name);
      expect(report).toMatchObject({ ok: false, authorized: false, authorizationError: 'UNSPECIFIED' });
      expect(found(report)).toEqual(['CERT_WEAK@default']);
      expect(report.problems[0]?.message).toContain('a SHA-1 signature');
    }
    const weak = await check('weak');
    expect(weak).toMatchObject({
      ok: true,
      authorized: true,
      problems: [],
      connections: DEFAULT_ONLY('TLSv1.3'),
    });
    expect(weak.notes.map(({ code }) => code)).toEqual(['CERT_WEAK_ACCEPTED']);
    expect(weak.notes[0]?.message).toContain('an RSA key of 1024 bits');
  });

  it('names every cause the diagnostic connection finds: an old protocol, a weak or untrusted chain', async () => {
    // Security level 0 lets the weak chain through: the check reads it, and says what the default would refuse.
    const weak = await check('legacyWeak');
    expect(weak).toMatchObject({
      ok: false,
      protocol: 'TLSv1.1',
      authorized: false,
      authorizationError: 'CERT_WEAK',
    });
    expect(found(weak)).toEqual(['PROTOCOL_TOO_OLD@diagnostic', 'CERT_WEAK@diagnostic']);
    expect(weak.problems[1]?.message).toContain('an RSA key of 1024 bits');
    const untrusted = await checkTls(at('legacy'), { timeoutMs: 3000 });
    expect(found(untrusted)).toEqual(['PROTOCOL_TOO_OLD@diagnostic', 'CERT_UNTRUSTED@diagnostic']);
  });

  it('tells a plain-HTTP port, with no diagnostic connection', async () => {
    const report = await check('plain');
    expect(report).toMatchObject({ ok: false, protocol: null, authorized: null });
    expect(found(report)).toEqual(['NOT_TLS@default']);
    expect(report.connections).toEqual([
      {
        role: 'default',
        minVersion: 'TLSv1.2',
        ciphers: null,
        protocol: null,
        error: 'ERR_SSL_WRONG_VERSION_NUMBER',
      },
    ]);
  });

  it('tells a refused connection, and a DNS failure, having sent no SNI', async () => {
    const report = await check('closed');
    expect(found(report)).toEqual(['CONNECTION_REFUSED@default']);
    expect(report.problems[0]?.message).toContain(
      `127.0.0.1:${live.fixtures.ports.closed} refused the connection`,
    );
    const named = await check('closed', 'localhost');
    expect(named.sni).toEqual({ sent: false, servername: 'localhost' });
    const dns = await checkTls('https://auth-tls-check.invalid/', { timeoutMs: 5000 });
    expect(codes(dns)).toEqual(['DNS_FAILURE']);
    expect(dns.sni).toEqual({ sent: false, servername: 'auth-tls-check.invalid' });
  });

  it('says SNI was sent once the TCP connection opened, even if the handshake then failed', async () => {
    const plain = await check('plain', 'localhost');
    expect(codes(plain)).toEqual(['NOT_TLS']);
    expect(plain.sni).toEqual({ sent: true, servername: 'localhost' });
    const hang = await check('hang', 'localhost', { timeoutMs: 300 });
    expect(codes(hang)).toEqual(['TIMEOUT']);
    expect(hang.sni).toEqual({ sent: true, servername: 'localhost' });
  });

  it('sends no SNI when no TCP connection opens before the timeout', async () => {
    // A socket whose TCP connection never opens (a firewall dropping the SYN), closed on destroy.
    vi.spyOn(tls, 'connect').mockImplementation(() => {
      const socket = new EventEmitter() as unknown as tls.TLSSocket;
      socket.destroy = () => {
        queueMicrotask(() => socket.emit('close'));
        return socket;
      };
      return socket;
    });
    const report = await checkTls('https://example.zendesk.com/', { timeoutMs: 20 });
    expect(report.problems).toEqual([
      {
        code: 'TIMEOUT',
        connection: 'default',
        message:
          'no TCP connection to example.zendesk.com:443 within 20 ms: a firewall may drop the packets, or the address is wrong; check both, or raise timeoutMs (--timeout)',
      },
    ]);
    expect(report.sni).toEqual({ sent: false, servername: 'example.zendesk.com' });
    expect(report.connections).toEqual([
      { role: 'default', minVersion: 'TLSv1.2', ciphers: null, protocol: null, error: 'TIMEOUT' },
    ]);
  });

  it('honours timeoutMs against a server that never answers, and leaves nothing open', async () => {
    const connect = vi.spyOn(tls, 'connect');
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    const started = performance.now();
    const report = await check('hang', undefined, { timeoutMs: 300 });
    const elapsed = performance.now() - started;
    expect(codes(report)).toEqual(['TIMEOUT']);
    expect(report.problems[0]?.message).toContain('opened but no TLS handshake completed within 300 ms');
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2000);
    const socket = connect.mock.results[0]?.value as tls.TLSSocket;
    expect(socket.destroyed).toBe(true);
    expect(socket.closed).toBe(true);
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('closes every socket it opened before it resolves, the diagnostic one too', async () => {
    const connect = vi.spyOn(tls, 'connect');
    await check('tls13');
    await check('legacy');
    expect(connect).toHaveBeenCalledTimes(3);
    for (const { value } of connect.mock.results) {
      expect((value as tls.TLSSocket).destroyed).toBe(true);
      expect((value as tls.TLSSocket).closed).toBe(true);
    }
  });

  it('reports a connection that could not even start (a secure context the runtime refuses)', async () => {
    vi.spyOn(tls, 'createSecureContext').mockImplementation(() => {
      throw Object.assign(new Error('No cipher can be selected'), { code: 'ERR_SSL_NO_CIPHER_MATCH' });
    });
    // A fresh ca, so that no secure context is cached for it yet.
    const report = await checkTls(at('tls13'), {
      ca: [live.fixtures.ca, live.fixtures.otherCa, live.fixtures.ca],
      timeoutMs: 3000,
    });
    expect(report.problems).toEqual([
      {
        code: 'HANDSHAKE_FAILED',
        connection: 'default',
        message:
          'this runtime could not set up a TLS connection (ERR_SSL_NO_CIPHER_MATCH: No cipher can be selected): check its TLS settings; checkRuntime() lists those that were lowered',
      },
    ]);
    expect(report.sni.sent).toBe(false);
    expect(report.connections.map(({ error }) => error)).toEqual(['ERR_SSL_NO_CIPHER_MATCH']);
  });

  it('judges a plain-HTTP URL without connecting', async () => {
    const connect = vi.spyOn(tls, 'connect');
    const report = await checkTls(`http://127.0.0.1:${live.fixtures.ports.plain}/`);
    expect(report).toMatchObject({ ok: false, measured: false, protocol: null, connections: [] });
    expect(codes(report)).toEqual(['NOT_HTTPS']);
    expect(connect).not.toHaveBeenCalled();
  });

  it('rejects every bad argument with TlsCheckError before connecting', async () => {
    const connect = vi.spyOn(tls, 'connect');
    for (const [options, code, message] of vectors.invalidCheckOptions) {
      const error = await expectRejects(checkTls(at('tls13'), options as never), TlsCheckError, code);
      expect(error.message).toBe(`[@auth/tls-check] ${message}`);
    }
    for (const [url, code, message] of [...vectors.invalidUrls, ...vectors.invalidConnectUrls]) {
      const error = await expectRejects(checkTls(url as string), TlsCheckError, code);
      expect(error.message).toBe(`[@auth/tls-check] ${message}`);
    }
    await expectRejects(checkTls(at('tls13'), { ca: '/etc/ssl/ca.pem' }), TlsCheckError, 'INVALID_OPTION', {
      words: ['ca is not PEM text'],
    });
    expect(connect).not.toHaveBeenCalled();
  });

  it('never puts the credentials or the query of the URL in the report', async () => {
    const secret = vectors.SECRET;
    const url = `https://jdoe%40example.com%2Ftoken:${secret}@127.0.0.1:${live.fixtures.ports.untrusted}/x?token=${secret}`;
    const report = await checkTls(url, { timeoutMs: 3000 });
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report)).not.toContain(secret);
    expect(JSON.stringify(report)).not.toContain('jdoe');
  });

  it('checks many servers at once, each with its own answer', async () => {
    const reports = await Promise.all(
      (['tls12', 'tls13', 'legacy', 'untrusted', 'closed', 'plain', 'sha1Signature'] as const).map((name) =>
        check(name),
      ),
    );
    expect(reports.map(found)).toEqual([
      [],
      [],
      ['PROTOCOL_TOO_OLD@diagnostic'],
      ['CERT_UNTRUSTED@default'],
      ['CONNECTION_REFUSED@default'],
      ['NOT_TLS@default'],
      ['HANDSHAKE_WEAK@diagnostic'],
    ]);
  });
});

describe('checkTls with lowered runtime defaults: the verdict is the runtime as it is set up, and says so', () => {
  it('takes a lowered tls.DEFAULT_MAX_VERSION, and names it when a TLS 1.3-only server fails', async () => {
    const max = tls.DEFAULT_MAX_VERSION;
    tls.DEFAULT_MAX_VERSION = 'TLSv1.2';
    try {
      const report = await check('tls13');
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([
        {
          code: 'HANDSHAKE_FAILED',
          connection: 'diagnostic',
          message:
            'the server speaks TLSv1.3 and this runtime offers at most TLSv1.2 (tls.DEFAULT_MAX_VERSION was lowered): remove that setting (checkRuntime() says where it was set)',
        },
      ]);
      expect(report.notes.map(({ code }) => code)).toEqual(['DEFAULTS_LOWERED']);
      expect(report.notes[0]?.message).toContain('tls.DEFAULT_MAX_VERSION = TLSv1.2');
    } finally {
      tls.DEFAULT_MAX_VERSION = max;
    }
  });

  it('under --tls-cipher-list=DEFAULT:@SECLEVEL=0, a SHA-1 handshake is what this Node accepts: ok, with a note', async () => {
    const report = (await runModule(
      'node20',
      `console.log(JSON.stringify(await tlsCheck.checkTls(${JSON.stringify(at('sha1Signature'))}, { ca: ${JSON.stringify(live.fixtures.ca)} })));`,
      { flags: ['--tls-cipher-list=DEFAULT:@SECLEVEL=0'] },
    )) as TlsReport;
    expect(report).toMatchObject({
      ok: true,
      protocol: 'TLSv1.2',
      problems: [],
      connections: DEFAULT_ONLY('TLSv1.2'),
    });
    expect(report.notes).toEqual([
      {
        code: 'DEFAULTS_LOWERED',
        message:
          "the default connection used this runtime's lowered TLS defaults (tls.DEFAULT_CIPHERS = DEFAULT:@SECLEVEL=0), so the verdict is this runtime's as it is set up; checkRuntime() (auth-tls-check --runtime) says where they were set",
      },
    ]);
  });
});
