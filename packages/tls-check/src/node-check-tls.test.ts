/// <reference types="node" />
import { EventEmitter } from 'node:events';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Fixtures, startServers } from '../test/servers.mjs';
import { checkTls, TlsCheckError } from './node.ts';

let servers: Awaited<ReturnType<typeof startServers>>;
let fixtures: Fixtures;
const at = (name: keyof Fixtures['ports'], host = '127.0.0.1') => `https://${host}:${fixtures.ports[name]}/`;
const check = (name: keyof Fixtures['ports'], host?: string, options = {}) =>
  checkTls(at(name, host), { ca: fixtures.ca, timeoutMs: 3000, ...options });
const codes = (report: { problems: { code: string }[] }) => report.problems.map(({ code }) => code);

beforeAll(async () => {
  servers = await startServers();
  fixtures = servers.fixtures;
});
afterAll(() => servers.close());

describe('checkTls against live loopback servers (node entry)', () => {
  it('passes a TLS 1.3 server, with its cipher, ALPN pick and timing', async () => {
    const report = await check('tls13');
    expect(report).toMatchObject({
      ok: true,
      url: `https://127.0.0.1:${fixtures.ports.tls13}`,
      runtime: 'node',
      measured: true,
      protocol: 'TLSv1.3',
      lowestOffered: 'TLSv1',
      sni: { sent: false, servername: null },
      alpn: 'http/1.1',
      cipher: 'TLS_AES_256_GCM_SHA384',
      authorized: true,
      authorizationError: null,
      problems: [],
      notes: [],
    });
    expect(report.durationMs).toBeGreaterThan(0);
    expect(report.durationMs).toBeLessThan(3000);
  });

  it('passes a TLS 1.2-only server, and fails it against a TLS 1.3 minimum', async () => {
    expect(await check('tls12')).toMatchObject({
      ok: true,
      protocol: 'TLSv1.2',
      cipher: expect.stringMatching(/^TLS_ECDHE_ECDSA_/),
    });
    const strict = await check('tls12', undefined, { minVersion: 'TLS 1.3' });
    expect(strict.ok).toBe(false);
    expect(strict.problems).toEqual([
      {
        code: 'PROTOCOL_TOO_OLD',
        message:
          'the server negotiated TLSv1.2, below the minimum TLSv1.3: enable TLS 1.3 on the server (RFC 8996 deprecates TLS 1.0 and 1.1)',
      },
    ]);
  });

  it('shows the version a TLS 1.0/1.1-only server offers (PROTOCOL_TOO_OLD, not a bare failure)', async () => {
    const report = await check('legacy');
    expect(report).toMatchObject({ ok: false, protocol: 'TLSv1.1', authorized: true });
    expect(report.problems).toEqual([
      {
        code: 'PROTOCOL_TOO_OLD',
        message:
          'the server negotiated TLSv1.1, below the minimum TLSv1.2: enable TLS 1.2 and 1.3 on the server (RFC 8996 deprecates TLS 1.0 and 1.1)',
      },
    ]);
    expect(await check('legacy', undefined, { minVersion: 'TLSv1' })).toMatchObject({
      ok: true,
      protocol: 'TLSv1.1',
    });
  });

  it('sends the URL host name as SNI, lower-cased, and the server picks its certificate by it', async () => {
    servers.sniNames.length = 0;
    const report = await check('sni', 'LocalHost');
    expect(report).toMatchObject({
      ok: true,
      url: `https://localhost:${fixtures.ports.sni}`,
      sni: { sent: true, servername: 'localhost' },
      alpn: 'h2',
      authorized: true,
    });
    const noSni = await check('sni');
    expect(noSni.sni).toEqual({ sent: false, servername: null });
    expect(codes(noSni)).toEqual(['CERT_WRONG_NAME']);
    expect(noSni.problems[0]?.message).toContain('no SNI was sent because the URL names an IP address');
    await vi.waitFor(() => expect(servers.sniNames).toEqual(['localhost', false]));
  });

  it('tells an untrusted certificate, and trusts it once its CA is given', async () => {
    const report = await check('untrusted');
    expect(report).toMatchObject({
      ok: false,
      protocol: 'TLSv1.3',
      authorized: false,
      authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
    expect(codes(report)).toEqual(['CERT_UNTRUSTED']);
    expect(report.problems[0]?.message).toContain("pass that CA's certificate as ca (--ca FILE)");
    expect(codes(await checkTls(at('tls13'), { timeoutMs: 3000 }))).toEqual(['CERT_UNTRUSTED']);
    expect((await checkTls(at('tls13'), { ca: [fixtures.ca] })).ok).toBe(true);
  });

  it('tells a certificate for another name', async () => {
    const report = await check('wrongName', 'localhost');
    expect(report).toMatchObject({
      ok: false,
      authorized: false,
      authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
    expect(report.problems).toEqual([
      {
        code: 'CERT_WRONG_NAME',
        message:
          'the certificate does not name localhost (ERR_TLS_CERT_ALTNAME_INVALID): serve a certificate whose subjectAltName lists it',
      },
    ]);
  });

  it('tells an expired certificate', async () => {
    expect(codes(await check('expired'))).toEqual(['CERT_EXPIRED']);
  });

  it('tells a weak certificate that the legacy probe would otherwise let through', async () => {
    const report = await check('weak');
    expect(report).toMatchObject({ ok: false, authorized: false, authorizationError: 'CERT_WEAK' });
    expect(report.problems[0]?.message).toContain('an RSA key of 1024 bits');
    const sha1 = await check('sha1');
    expect(codes(sha1)).toEqual(['CERT_WEAK']);
    expect(sha1.problems[0]?.message).toContain('a SHA-1 signature');
    expect(codes(await check('sha1Chain'))).toEqual(['CERT_WEAK']);
  });

  it('tells a plain-HTTP port', async () => {
    const report = await check('plain');
    expect(report).toMatchObject({ ok: false, protocol: null, authorized: null });
    expect(codes(report)).toEqual(['NOT_TLS']);
  });

  it('tells a refused connection', async () => {
    const report = await check('closed');
    expect(codes(report)).toEqual(['CONNECTION_REFUSED']);
    expect(report.problems[0]?.message).toContain(
      `127.0.0.1:${fixtures.ports.closed} refused the connection`,
    );
    // No TCP connection, so no ClientHello: the name is the one that would have been sent.
    const named = await check('closed', 'localhost');
    expect(codes(named)).toEqual(['CONNECTION_REFUSED']);
    expect(named.sni).toEqual({ sent: false, servername: 'localhost' });
  });

  it('tells a DNS failure, and sent no SNI', async () => {
    const report = await checkTls('https://auth-tls-check.invalid/', { timeoutMs: 5000 });
    expect(codes(report)).toEqual(['DNS_FAILURE']);
    expect(report.sni).toEqual({ sent: false, servername: 'auth-tls-check.invalid' });
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
    const connect = vi.spyOn(tls, 'connect').mockImplementation(() => {
      const socket = new EventEmitter() as unknown as tls.TLSSocket;
      socket.destroy = () => {
        queueMicrotask(() => socket.emit('close'));
        return socket;
      };
      return socket;
    });
    const report = await checkTls('https://example.zendesk.com/', { timeoutMs: 20 });
    connect.mockRestore();
    expect(report.problems).toEqual([
      {
        code: 'TIMEOUT',
        message:
          'no TCP connection to example.zendesk.com:443 within 20 ms: a firewall may drop the packets, or the address is wrong; check both, or raise timeoutMs (--timeout)',
      },
    ]);
    expect(report.sni).toEqual({ sent: false, servername: 'example.zendesk.com' });
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
    expect(elapsed).toBeLessThan(1500);
    const socket = connect.mock.results[0]?.value as tls.TLSSocket;
    expect(socket.destroyed).toBe(true);
    expect(socket.closed).toBe(true);
    expect(timers()).toBeLessThanOrEqual(before);
    connect.mockRestore();
  });

  it('closes the socket of a successful check before it resolves', async () => {
    const connect = vi.spyOn(tls, 'connect');
    await check('tls13');
    const socket = connect.mock.results[0]?.value as tls.TLSSocket;
    expect(socket.destroyed).toBe(true);
    expect(socket.closed).toBe(true);
    connect.mockRestore();
  });

  it('judges a plain-HTTP URL without connecting', async () => {
    const connect = vi.spyOn(tls, 'connect');
    const report = await checkTls(`http://127.0.0.1:${fixtures.ports.plain}/`);
    expect(report).toMatchObject({ ok: false, measured: false, protocol: null, lowestOffered: null });
    expect(codes(report)).toEqual(['NOT_HTTPS']);
    expect(connect).not.toHaveBeenCalled();
    connect.mockRestore();
  });

  it('rejects bad input with TlsCheckError before connecting', async () => {
    await expect(checkTls('https://exa mple.com/')).rejects.toBeInstanceOf(TlsCheckError);
    await expect(checkTls(at('tls13'), { timeoutMs: 0 })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    await expect(checkTls(at('tls13'), { ca: '/etc/ssl/ca.pem' })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    await expect(checkTls(at('tls13'), { minVersion: 'TLSv1.4' })).rejects.toMatchObject({
      code: 'UNKNOWN_TLS_VERSION',
    });
    await expect(checkTls('https://localhost:0/')).rejects.toMatchObject({
      code: 'INVALID_URL',
      message: '[@auth/tls-check] url port must be 1 to 65535, not 0; leave it out for 443',
    });
  });

  it('never puts the credentials or the query of the URL in the report', async () => {
    const secret = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';
    const url = `https://jdoe%40example.com%2Ftoken:${secret}@127.0.0.1:${fixtures.ports.untrusted}/x?token=${secret}`;
    const report = await checkTls(url, { timeoutMs: 3000 });
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report)).not.toContain(secret);
    expect(JSON.stringify(report)).not.toContain('jdoe');
  });

  it('checks many servers at once, each with its own answer', async () => {
    const reports = await Promise.all(
      (['tls12', 'tls13', 'legacy', 'untrusted', 'closed', 'plain'] as const).map((name) => check(name)),
    );
    expect(reports.map(codes)).toEqual([
      [],
      [],
      ['PROTOCOL_TOO_OLD'],
      ['CERT_UNTRUSTED'],
      ['CONNECTION_REFUSED'],
      ['NOT_TLS'],
    ]);
  });
});
