import fc from 'fast-check';
import { assert } from '../harness.js';
import * as vectors from '../vectors/tls-check.js';

const CANONICAL = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const PREFIX = '[@auth/tls-check] ';
const fcOptions = { seed: 8446, numRuns: 200 };
const codes = (report) => report.problems.map(({ code }) => code).join(',');
const found = (report) => report.problems.map(({ code, connection }) => `${code}@${connection}`).join(',');
const SOCKETS = new Set(['node', 'deno', 'bun']);

/**
 * Conformance of @auth/tls-check: pure vectors in every runtime; where the orchestrator started
 * the loopback servers (`context.fixtures['tls-check']`: Node, Deno, Bun), live handshakes.
 */
export default function suite(test, mod, context = {}) {
  const { SECRET } = vectors;
  const expectError = (code) => ({ name: 'TlsCheckError', code, includes: [PREFIX], excludes: [SECRET] });
  /** Expects `fn` to throw `code` with exactly `message` (after the package prefix). */
  const refuses = (fn, code, message, what = message) => {
    const error = assert.throws(fn, expectError(code));
    assert.equal(error.message, PREFIX + message, String(what));
  };
  const rejects = async (fn, code, message, what = message) => {
    const error = await assert.rejects(fn, expectError(code));
    assert.equal(error.message, PREFIX + message, String(what));
  };

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

  test('parseTlsVersion refuses anything else, in the house phrasings', () => {
    for (const [input, code, message] of vectors.invalidVersions) {
      refuses(() => mod.parseTlsVersion(input), code, message);
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
    assert.equal(mod.assertHttpsUrl(new URL(vectors.ZENDESK_URL)).href, vectors.ZENDESK_URL);
  });

  test('assertHttpsUrl refuses other schemes (NOT_HTTPS, naming the fix) and bad URLs', () => {
    for (const [url, message] of vectors.notHttpsUrls)
      refuses(() => mod.assertHttpsUrl(url), 'NOT_HTTPS', message);
    for (const [url, code, message] of vectors.invalidUrls) {
      refuses(() => mod.assertHttpsUrl(url), code, message, JSON.stringify(url));
    }
    const withSecret = `http://jdoe%40example.com%2Ftoken:${SECRET}@example.com/?token=${SECRET}`;
    assert.throws(() => mod.assertHttpsUrl(withSecret), expectError('NOT_HTTPS'));
    assert.throws(
      () => mod.assertHttpsUrl(`https://jdoe:${SECRET}@example.com/\n`),
      expectError('INVALID_URL'),
    );
  });

  test('sniServername: lower-case, no trailing dot, IDNA, no IP literal (RFC 6066 section 3)', () => {
    for (const [host, name] of vectors.sniNames) assert.equal(mod.sniServername(host), name, host);
  });

  test('sniServername refuses ports, paths, wildcards and names too long for DNS (RFC 1035 2.3.4)', () => {
    for (const [host, code, message] of vectors.invalidHosts) {
      refuses(() => mod.sniServername(host), code, message, String(JSON.stringify(host)).slice(0, 40));
    }
  });

  test('tlsConnectOptions: host, port, servername (absent for IPs), minVersion TLSv1.2', () => {
    for (const [url, expected] of vectors.connectOptions) {
      const options = mod.tlsConnectOptions(url);
      assert.deepEqual(options, expected, url);
      assert.equal('servername' in options, 'servername' in expected, `${url}: servername present`);
    }
    assert.throws(() => mod.tlsConnectOptions('http://example.com/'), expectError('NOT_HTTPS'));
    for (const [url, code, message] of vectors.invalidConnectUrls) {
      refuses(() => mod.tlsConnectOptions(url), code, message, url);
    }
  });

  test('property: every input parses to a canonical version or throws TlsCheckError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null)), (input) => {
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

  test('property: any host is a DNS name of 253 characters at most, undefined, or refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.domain(), fc.stringMatching(/^[a-z*.:[\]0-9-]{1,300}$/)),
        (host) => {
          try {
            const name = mod.sniServername(host);
            if (name !== undefined) {
              assert.ok(name.length <= 253 && name.split('.').every((label) => label.length <= 63), name);
              assert.ok(!name.includes('*') && !name.endsWith('.'), name);
            }
          } catch (error) {
            assert.ok(['INVALID_HOST', 'NOT_A_STRING'].includes(error.code), String(error));
          }
        },
      ),
      fcOptions,
    );
  });

  test('checkRuntime: TLS 1.2+ with SNI in this runtime, named as the runner names it', () => {
    const report = mod.checkRuntime();
    assert.equal(report.ok, true, JSON.stringify(report));
    assert.equal(report.tls12, true);
    assert.equal(report.sni, true);
    assert.deepEqual(report.lowered, [], JSON.stringify(report.lowered));
    const expected = vectors.reportRuntime[context.runtime];
    if (expected !== undefined) assert.equal(report.runtime, expected);
    assert.equal(report.measured, SOCKETS.has(report.runtime));
  });

  test('checkTls reports a plain-HTTP URL as NOT_HTTPS without connecting, and never shows credentials', async () => {
    const report = await mod.checkTls(`http://jdoe:${SECRET}@127.0.0.1:9/?token=${SECRET}`);
    assert.equal(report.ok, false);
    assert.equal(report.measured, false);
    assert.equal(codes(report), 'NOT_HTTPS');
    assert.deepEqual(report.connections, []);
    assert.equal(report.url, 'http://127.0.0.1:9');
    assert.ok(!JSON.stringify(report).includes(SECRET), 'the secret stays out of the report');
  });

  test('checkTls refuses every bad argument with TlsCheckError, before connecting, in every runtime', async () => {
    for (const [url, code, message] of vectors.invalidUrls) {
      await rejects(() => mod.checkTls(url), code, message, JSON.stringify(url));
    }
    for (const [options, code, message] of vectors.invalidCheckOptions) {
      await rejects(() => mod.checkTls(vectors.ZENDESK_URL, options), code, message, JSON.stringify(options));
    }
    for (const [url, code, message] of vectors.invalidConnectUrls) {
      await rejects(() => mod.checkTls(url), code, message, url);
    }
  });

  if (context.runtime === 'chromium' || context.runtime === 'workerd') {
    test('checkTls without sockets judges the URL only, clearly marked as not measured', async () => {
      const report = await mod.checkTls(vectors.ZENDESK_URL);
      assert.equal(report.ok, true);
      assert.equal(report.measured, false);
      assert.equal(report.protocol, null);
      assert.equal(report.authorized, null);
      assert.deepEqual(report.connections, []);
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
  else if (SOCKETS.has(context.runtime)) {
    test('live: the loopback TLS servers are there', () => {
      assert.ok(false, 'no tls-check fixtures: run the suites through conformance/run-all.mjs');
    });
  }
}

/** `ca` texts of `vectors.invalidCaTexts` that the suite makes: a fresh private key, a damaged certificate. */
async function caText(text, ca) {
  if (text === 'DAMAGED') {
    const lines = ca.split('\n');
    return [...lines.slice(0, 3), ...lines.slice(4)].join('\n');
  }
  if (text !== 'PRIVATE_KEY') return text;
  const { privateKey } = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
  ]);
  const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey));
  const base64 = btoa(String.fromCharCode(...der));
  return `-----BEGIN PRIVATE KEY-----\n${base64.match(/.{1,64}/g).join('\n')}\n-----END PRIVATE KEY-----\n`;
}

/** Real handshakes against the loopback servers the orchestrator started in Node. */
function liveTests(test, mod, context, { host, ca, otherCa, ports }) {
  const { runtime } = context;
  const deno = runtime === 'deno';
  // Node 24 and later default to OpenSSL's security level 2, which refuses RSA 1024; 20 and 22 to 1.
  const level2 = runtime === 'node' && Number(globalThis.process?.versions?.node.split('.')[0]) >= 24;
  const check = (name, options = {}, hostname = host) =>
    mod.checkTls(`https://${hostname}:${ports[name]}/`, { ca, timeoutMs: 5000, ...options });

  test('live: a TLS 1.3 server passes on the default connection alone, with cipher, ALPN and time', async () => {
    const report = await check('tls13');
    assert.equal(codes(report), '', JSON.stringify(report.problems));
    assert.equal(report.ok, true);
    assert.equal(report.measured, true);
    assert.equal(report.protocol, 'TLSv1.3');
    assert.equal(report.alpn, 'http/1.1');
    assert.ok(/^TLS_/.test(report.cipher), report.cipher);
    assert.equal(report.authorized, true);
    assert.deepEqual(report.connections, [
      { role: 'default', minVersion: 'TLSv1.2', ciphers: null, protocol: 'TLSv1.3', error: null },
    ]);
    assert.ok(report.durationMs > 0 && report.durationMs < 5000, String(report.durationMs));
  });

  test('live: a TLS 1.2-only server passes, and fails a TLS 1.3 minimum (found by the diagnostic connection)', async () => {
    const report = await check('tls12');
    assert.equal(report.ok, true, JSON.stringify(report.problems));
    assert.equal(report.protocol, 'TLSv1.2');
    const strict = await check('tls12', { minVersion: 'TLS 1.3' });
    assert.equal(found(strict), 'PROTOCOL_TOO_OLD@diagnostic', JSON.stringify(strict.connections));
    assert.equal(strict.connections[0].minVersion, 'TLSv1.3');
    assert.equal(strict.connections[0].protocol, null);
    assert.equal(strict.connections[1].protocol, 'TLSv1.2');
  });

  test(`live: a TLS 1.0/1.1-only server is ${deno ? 'a handshake failure (rustls offers 1.2+)' : 'named by the diagnostic connection'}`, async () => {
    const report = await check('legacy');
    assert.equal(report.ok, false);
    assert.equal(report.connections[0].role, 'default');
    assert.equal(report.connections[0].protocol, null);
    if (deno) {
      assert.equal(found(report), 'HANDSHAKE_FAILED@default');
      assert.equal(report.connections.length, 1);
      assert.ok(report.problems[0].message.includes('TLS 1.0 or 1.1'), report.problems[0].message);
      assert.equal(report.notes[0]?.code, 'LEGACY_NOT_PROBED');
    } else {
      assert.equal(report.protocol, 'TLSv1.1');
      assert.equal(found(report), 'PROTOCOL_TOO_OLD@diagnostic');
      assert.deepEqual(
        report.connections.map(({ role, minVersion, protocol }) => [role, minVersion, protocol]),
        [
          ['default', 'TLSv1.2', null],
          ['diagnostic', 'TLSv1', 'TLSv1.1'],
        ],
      );
      // A minimum of TLS 1.0 is not the verdict either: the default security level refuses TLS 1.1.
      const allowed = await check('legacy', { minVersion: 'TLSv1' });
      if (runtime === 'bun') assert.equal(found(allowed), '', JSON.stringify(allowed.problems));
      else assert.equal(found(allowed), 'PROTOCOL_TOO_OLD@diagnostic');
    }
  });

  test('live: a TLS 1.2 server that signs its handshake only with SHA-1 is refused, as the default client refuses it (RFC 9155)', async () => {
    const ecdsa = await check('sha1Signature');
    const rsa = await check('sha1SignatureRsa');
    assert.equal(ecdsa.ok, false, JSON.stringify(ecdsa));
    if (runtime === 'node') {
      assert.equal(found(ecdsa), 'HANDSHAKE_WEAK@diagnostic');
      assert.equal(found(rsa), 'HANDSHAKE_WEAK@diagnostic');
      assert.ok(ecdsa.problems[0].message.includes('SHA-1'), ecdsa.problems[0].message);
      assert.equal(ecdsa.connections[1].ciphers, 'DEFAULT:@SECLEVEL=0');
    } else {
      // rustls refuses both; BoringSSL refuses ecdsa_sha1 but its default client accepts rsa_pkcs1_sha1.
      assert.equal(found(ecdsa), 'HANDSHAKE_FAILED@default');
      assert.equal(rsa.ok, runtime === 'bun', JSON.stringify(rsa.problems));
    }
  });

  test('live: SNI carries the URL host name, and the server picks its certificate by it', async () => {
    const named = await check('sni', {}, 'LocalHost');
    assert.equal(codes(named), '', JSON.stringify(named.problems));
    assert.deepEqual(named.sni, { sent: true, servername: 'localhost' });
    assert.equal(named.alpn, 'h2');
    const bare = await check('sni');
    assert.deepEqual(bare.sni, { sent: false, servername: null });
    assert.equal(found(bare), 'CERT_WRONG_NAME@default');
  });

  test('live: a server that requires SNI fails a URL with its IP address, and says why', async () => {
    const ip = await check('sniRequired');
    assert.equal(found(ip), 'HANDSHAKE_FAILED@default');
    assert.ok(
      ip.problems[0].message.includes('no SNI was sent, as the URL names an IP address'),
      ip.problems[0].message,
    );
    assert.equal(codes(await check('sniRequired', {}, 'localhost')), '');
  });

  test('live: untrusted, wrong-name and expired certificates are told apart', async () => {
    const untrusted = await check('untrusted');
    assert.equal(found(untrusted), 'CERT_UNTRUSTED@default');
    assert.equal(untrusted.authorized, false);
    assert.equal(codes(await check('wrongName', {}, 'localhost')), 'CERT_WRONG_NAME');
    // rustls reports an expired leaf as an unverifiable one.
    assert.equal(codes(await check('expired')), deno ? 'CERT_UNTRUSTED' : 'CERT_EXPIRED');
    assert.equal(
      codes(await mod.checkTls(`https://${host}:${ports.tls13}/`, { timeoutMs: 5000 })),
      'CERT_UNTRUSTED',
    );
  });

  test('live: weak certificates are refused where the default client refuses them, and noted where it does not', async () => {
    const weak = await check('weak');
    const sha1 = await check('sha1');
    const chain = await check('sha1Chain');
    const noted = (report) => report.ok && report.notes.some(({ code }) => code === 'CERT_WEAK_ACCEPTED');
    if (runtime === 'bun') {
      // BoringSSL has no security levels: it accepts RSA 1024 and SHA-1 signatures.
      assert.ok(noted(weak) && noted(sha1) && noted(chain), JSON.stringify([weak, sha1, chain]));
    } else {
      assert.equal(found(sha1), 'CERT_WEAK@default');
      assert.equal(found(chain), 'CERT_WEAK@default');
      assert.ok(sha1.problems[0].message.includes('a SHA-1 signature'), sha1.problems[0].message);
      // rustls stops the handshake at an RSA 1024 leaf; security level 1 (Node 20, 22) still takes it.
      if (deno) assert.equal(found(weak), 'CERT_UNTRUSTED@default');
      else if (level2) assert.equal(found(weak), 'CERT_WEAK@default');
      else assert.ok(noted(weak), JSON.stringify(weak));
    }
  });

  test('live: ca adds to the runtime trust, and a ca that is no certificate is refused at once', async () => {
    assert.equal(codes(await check('tls13', { ca: [otherCa, ca] })), '');
    assert.equal(codes(await check('tls13', { ca: [otherCa] })), 'CERT_UNTRUSTED');
    for (const [what, text, message] of vectors.invalidCaTexts) {
      const bad = await caText(text, ca);
      await assert
        .rejects(() => check('tls13', { ca: bad }), {
          name: 'TlsCheckError',
          code: 'INVALID_OPTION',
          includes: [PREFIX + message],
          excludes: text === 'PRIVATE_KEY' ? [bad.split('\n')[1]] : [],
        })
        .catch((error) => {
          throw new Error(`${what}: ${error.message}`);
        });
    }
  });

  test('live: a plain-HTTP port, a closed port and a silent server (timeoutMs honoured)', async () => {
    assert.equal(found(await check('plain')), 'NOT_TLS@default');
    assert.equal(found(await check('closed')), 'CONNECTION_REFUSED@default');
    const started = Date.now();
    const hang = await check('hang', { timeoutMs: 300 });
    const elapsed = Date.now() - started;
    assert.equal(found(hang), 'TIMEOUT@default');
    assert.equal(hang.connections.length, 1);
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
