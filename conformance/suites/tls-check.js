import fc from 'fast-check';
import { assert } from '../harness.js';
import * as vectors from '../vectors/tls-check.js';

const CANONICAL = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const fcOptions = { seed: 8446, numRuns: 200 };
const codes = (report) => report.problems.map(({ code }) => code).join(',');
const SOCKETS = new Set(['node', 'deno', 'bun']);

/**
 * Conformance of @auth/tls-check: pure vectors in every runtime; where the orchestrator started
 * the loopback servers (`context.fixtures['tls-check']`: Node, Deno, Bun), live handshakes.
 */
export default function suite(test, mod, context = {}) {
  const { SECRET } = vectors;
  const expectError = (code, includes = []) => ({
    name: 'TlsCheckError',
    code,
    includes: ['[@auth/tls-check]', ...includes],
    excludes: [SECRET],
  });

  test('TlsCheckError is an Error with name, code and the package prefix', () => {
    const error = new mod.TlsCheckError('UNKNOWN_TLS_VERSION', 'field is wrong; fix it');
    assert.ok(error instanceof Error, 'instanceof Error');
    assert.equal(error.name, 'TlsCheckError');
    assert.equal(error.code, 'UNKNOWN_TLS_VERSION');
    assert.equal(error.message, '[@auth/tls-check] field is wrong; fix it');
    assert.equal(mod.MIN_TLS_VERSION, 'TLSv1.2');
  });

  test('parseTlsVersion: OpenSSL, RFC, constant, bare and wire (RFC 8446 E.1) spellings', () => {
    for (const [input, expected] of vectors.versionSpellings) {
      assert.equal(mod.parseTlsVersion(input), expected, String(input));
    }
  });

  test('parseTlsVersion refuses anything else with UNKNOWN_TLS_VERSION', () => {
    for (const input of vectors.invalidVersions) {
      assert.throws(() => mod.parseTlsVersion(input), expectError('UNKNOWN_TLS_VERSION', ['TLSv1.2']));
    }
  });

  test('compareTlsVersions and isTlsVersionAllowed (TLS 1.2 minimum by default)', () => {
    for (const [a, b, expected] of vectors.comparisons) {
      assert.equal(mod.compareTlsVersions(a, b), expected, `${a} vs ${b}`);
    }
    for (const [version, min, expected] of vectors.allowed) {
      const result =
        min === undefined ? mod.isTlsVersionAllowed(version) : mod.isTlsVersionAllowed(version, min);
      assert.equal(result, expected, `${version} >= ${min ?? 'default'}`);
    }
    assert.throws(() => mod.compareTlsVersions('TLSv1.2', 'TLSv9'), expectError('UNKNOWN_TLS_VERSION'));
  });

  test('assertHttpsUrl accepts https: and wss:', () => {
    for (const [url, host] of vectors.httpsUrls) {
      const parsed = mod.assertHttpsUrl(url);
      assert.ok(parsed instanceof URL, `${url}: a URL`);
      assert.equal(parsed.host, host, url);
    }
  });

  test('assertHttpsUrl refuses other schemes (NOT_HTTPS, naming the fix) and bad URLs (INVALID_URL)', () => {
    for (const [url, fix] of vectors.notHttpsUrls) {
      assert.throws(() => mod.assertHttpsUrl(url), expectError('NOT_HTTPS', [fix]));
    }
    for (const url of vectors.invalidUrls) {
      assert.throws(() => mod.assertHttpsUrl(url), expectError('INVALID_URL'));
    }
    const withSecret = `http://jdoe%40example.com%2Ftoken:${SECRET}@example.com/?token=${SECRET}`;
    assert.throws(() => mod.assertHttpsUrl(withSecret), expectError('NOT_HTTPS'));
  });

  test('sniServername: lower-case, no trailing dot, IDNA, no IP literal (RFC 6066 section 3)', () => {
    for (const [host, name] of vectors.sniNames) assert.equal(mod.sniServername(host), name, host);
    for (const host of vectors.invalidHosts) {
      assert.throws(() => mod.sniServername(host), expectError('INVALID_HOST'));
    }
  });

  test('tlsConnectOptions: host, port, servername (absent for IPs), minVersion TLSv1.2', () => {
    for (const [url, expected] of vectors.connectOptions) {
      const options = mod.tlsConnectOptions(url);
      assert.deepEqual(options, expected, url);
      assert.equal('servername' in options, 'servername' in expected, `${url}: servername present`);
    }
    assert.throws(() => mod.tlsConnectOptions('http://example.com/'), expectError('NOT_HTTPS'));
    for (const [url, code] of vectors.invalidConnectUrls) {
      assert.throws(() => mod.tlsConnectOptions(url), expectError(code), url);
    }
  });

  test('property: every input parses to a canonical version or throws UNKNOWN_TLS_VERSION', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.double()), (input) => {
        try {
          assert.ok(CANONICAL.includes(mod.parseTlsVersion(input)));
        } catch (error) {
          assert.ok(error instanceof mod.TlsCheckError, String(error));
          assert.equal(error.code, 'UNKNOWN_TLS_VERSION');
        }
      }),
      fcOptions,
    );
  });

  test('property: canonical names and wire numbers round-trip, and compare like their ranks', () => {
    const rank = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(rank, rank, (a, b) => {
        assert.equal(mod.parseTlsVersion(CANONICAL[a]), CANONICAL[a]);
        assert.equal(mod.parseTlsVersion(0x0300 + a), CANONICAL[a]);
        assert.equal(mod.compareTlsVersions(CANONICAL[a], 0x0300 + b), Math.sign(a - b));
        assert.equal(mod.isTlsVersionAllowed(CANONICAL[a], CANONICAL[b]), a >= b);
      }),
      fcOptions,
    );
  });

  test('property: SNI is the lower-cased domain and never an IP address', () => {
    fc.assert(
      fc.property(fc.domain(), fc.boolean(), (domain, dot) => {
        assert.equal(mod.sniServername(dot ? `${domain}.` : domain), domain.toLowerCase());
      }),
      fcOptions,
    );
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => {
        // Bun 1.4's URL parser refuses some IPv6 forms with an embedded IPv4 (`::0:0:0:0:0.0.0.0`),
        // which node, deno and browsers accept (WHATWG URL): there the host is refused instead.
        if (context.runtime === 'bun' && ip.includes(':') && ip.includes('.')) {
          try {
            assert.equal(mod.sniServername(ip), undefined);
          } catch (error) {
            assert.equal(error.code, 'INVALID_HOST', String(error));
          }
          return;
        }
        assert.equal(mod.sniServername(ip), undefined, ip);
      }),
      fcOptions,
    );
  });

  test('checkRuntime: TLS 1.2+ with SNI in this runtime, named as the runner names it', () => {
    const report = mod.checkRuntime();
    assert.equal(report.ok, true, JSON.stringify(report));
    assert.equal(report.tls12, true);
    assert.equal(report.sni, true);
    assert.ok(Array.isArray(report.lowered), 'lowered is a list');
    const expected = vectors.reportRuntime[context.runtime];
    if (expected !== undefined) assert.equal(report.runtime, expected);
    assert.equal(report.measured, SOCKETS.has(report.runtime));
  });

  test('checkTls reports a plain-HTTP URL as NOT_HTTPS without connecting, and never shows credentials', async () => {
    const report = await mod.checkTls(`http://jdoe:${SECRET}@127.0.0.1:9/?token=${SECRET}`);
    assert.equal(report.ok, false);
    assert.equal(report.measured, false);
    assert.equal(codes(report), 'NOT_HTTPS');
    assert.equal(report.url, 'http://127.0.0.1:9');
    assert.ok(!JSON.stringify(report).includes(SECRET), 'the secret stays out of the report');
    await assert.rejects(() => mod.checkTls('https://exa mple.com/'), expectError('INVALID_URL'));
    await assert.rejects(
      () => mod.checkTls(vectors.ZENDESK_URL, { minVersion: 'TLSv9' }),
      expectError('UNKNOWN_TLS_VERSION'),
    );
  });

  test('checkTls refuses bad options, port 0 and empty labels alike in every runtime, before connecting', async () => {
    for (const [options, words] of vectors.invalidCheckOptions) {
      await assert.rejects(
        () => mod.checkTls(vectors.ZENDESK_URL, options),
        expectError('INVALID_OPTION', [words]),
      );
    }
    for (const [url, code] of vectors.invalidConnectUrls) {
      await assert.rejects(() => mod.checkTls(url), expectError(code));
    }
  });

  if (context.runtime === 'chromium' || context.runtime === 'workerd') {
    test('checkTls without sockets judges the URL only, clearly marked as not measured', async () => {
      const report = await mod.checkTls(vectors.ZENDESK_URL);
      assert.equal(report.ok, true);
      assert.equal(report.measured, false);
      assert.equal(report.protocol, null);
      assert.equal(report.authorized, null);
      // This check sent no ClientHello: the name is the one the runtime would send.
      assert.deepEqual(report.sni, { sent: false, servername: 'example.zendesk.com' });
      assert.equal(report.notes[0]?.code, 'NOT_MEASURED');
      assert.ok(
        report.notes[0].message.includes('enforces TLS 1.2+ and SNI itself'),
        report.notes[0].message,
      );
    });
  }

  // Runtimes with sockets must run the live tests: without the servers, that is a failure.
  const live = context.fixtures?.['tls-check'];
  if (live) liveTests(test, mod, context, live);
  else if (['node', 'deno', 'bun'].includes(context.runtime)) {
    test('live: the loopback TLS servers are there', () => {
      assert.ok(false, 'no tls-check fixtures: run the suites through conformance/run-all.mjs');
    });
  }
}

/** Real handshakes against the loopback servers the orchestrator started in Node. */
function liveTests(test, mod, context, { host, ca, ports }) {
  const deno = context.runtime === 'deno';
  const check = (name, options = {}, hostname = host) =>
    mod.checkTls(`https://${hostname}:${ports[name]}/`, { ca, timeoutMs: 5000, ...options });

  test('live: a TLS 1.3 server passes, with cipher, ALPN and a measured time', async () => {
    const report = await check('tls13');
    assert.equal(codes(report), '', JSON.stringify(report.problems));
    assert.equal(report.ok, true);
    assert.equal(report.measured, true);
    assert.equal(report.protocol, 'TLSv1.3');
    assert.equal(report.alpn, 'http/1.1');
    assert.ok(/^TLS_/.test(report.cipher), report.cipher);
    assert.equal(report.authorized, true);
    assert.ok(report.durationMs > 0 && report.durationMs < 5000, String(report.durationMs));
  });

  test('live: a TLS 1.2-only server passes, and fails a TLS 1.3 minimum', async () => {
    const report = await check('tls12');
    assert.equal(report.ok, true, JSON.stringify(report.problems));
    assert.equal(report.protocol, 'TLSv1.2');
    assert.equal(codes(await check('tls12', { minVersion: 'TLS 1.3' })), 'PROTOCOL_TOO_OLD');
  });

  test(`live: a TLS 1.0/1.1-only server is ${deno ? 'a handshake failure (rustls offers 1.2+)' : 'shown with its version'}`, async () => {
    const report = await check('legacy');
    assert.equal(report.ok, false);
    if (deno) {
      assert.equal(report.lowestOffered, 'TLSv1.2');
      assert.equal(codes(report), 'HANDSHAKE_FAILED');
      assert.ok(report.problems[0].message.includes('TLS 1.0 or 1.1'), report.problems[0].message);
      assert.equal(report.notes[0]?.code, 'LEGACY_NOT_PROBED');
    } else {
      assert.equal(report.lowestOffered, 'TLSv1');
      assert.equal(report.protocol, 'TLSv1.1');
      assert.equal(codes(report), 'PROTOCOL_TOO_OLD');
    }
  });

  test('live: SNI carries the URL host name, and the server picks its certificate by it', async () => {
    const named = await check('sni', {}, 'LocalHost');
    assert.equal(codes(named), '', JSON.stringify(named.problems));
    assert.deepEqual(named.sni, { sent: true, servername: 'localhost' });
    assert.equal(named.alpn, 'h2');
    const bare = await check('sni');
    assert.deepEqual(bare.sni, { sent: false, servername: null });
    assert.equal(codes(bare), 'CERT_WRONG_NAME');
  });

  test('live: untrusted, wrong-name, expired and weak certificates are told apart', async () => {
    const untrusted = await check('untrusted');
    assert.equal(codes(untrusted), 'CERT_UNTRUSTED');
    assert.equal(untrusted.authorized, false);
    assert.equal(codes(await check('wrongName', {}, 'localhost')), 'CERT_WRONG_NAME');
    // rustls reports an expired or weak leaf as an unverifiable one.
    assert.equal(codes(await check('expired')), deno ? 'CERT_UNTRUSTED' : 'CERT_EXPIRED');
    assert.equal(codes(await check('weak')), deno ? 'CERT_UNTRUSTED' : 'CERT_WEAK');
    assert.equal(codes(await check('sha1')), deno ? 'CERT_UNTRUSTED' : 'CERT_WEAK');
    assert.equal(codes(await check('sha1Chain')), deno ? 'CERT_UNTRUSTED' : 'CERT_WEAK');
    assert.equal(
      codes(await mod.checkTls(`https://${host}:${ports.tls13}/`, { timeoutMs: 5000 })),
      'CERT_UNTRUSTED',
    );
  });

  test('live: a plain-HTTP port, a closed port and a silent server (timeoutMs honoured)', async () => {
    assert.equal(codes(await check('plain')), 'NOT_TLS');
    assert.equal(codes(await check('closed')), 'CONNECTION_REFUSED');
    const started = Date.now();
    const hang = await check('hang', { timeoutMs: 300 });
    const elapsed = Date.now() - started;
    assert.equal(codes(hang), 'TIMEOUT');
    assert.ok(elapsed >= 250 && elapsed < 3000, `took ${elapsed} ms`);
  });

  test('live: sni.sent only once a ClientHello went out (the TCP connection opened)', async () => {
    const closed = await check('closed', {}, 'localhost');
    assert.equal(codes(closed), 'CONNECTION_REFUSED');
    assert.deepEqual(closed.sni, { sent: false, servername: 'localhost' });
    const plain = await check('plain', {}, 'localhost');
    assert.equal(codes(plain), 'NOT_TLS');
    assert.deepEqual(plain.sni, { sent: true, servername: 'localhost' });
    const hang = await check('hang', { timeoutMs: 300 }, 'localhost');
    assert.equal(codes(hang), 'TIMEOUT');
    assert.deepEqual(hang.sni, { sent: true, servername: 'localhost' });
  });
}
