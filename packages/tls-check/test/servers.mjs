/// Live TLS servers on loopback for the tests of @auth/tls-check (Node only).
// Certificates are made at start time with the `openssl` command line into a temporary
// folder that `close()` removes: a test CA, a leaf for localhost/127.0.0.1 signed by it,
// a leaf for another name, an expired leaf, weak leaves (RSA 1024; a SHA-1 signature; a
// SHA-1-signed intermediate), an RSA 2048 leaf, and a self-signed leaf nobody trusts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';

const HOST = '127.0.0.1';
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];
const CA_CONFIG = `[ ca ]
default_ca = test
[ test ]
database = index.txt
new_certs_dir = .
rand_serial = yes
default_md = sha256
policy = any
unique_subject = no
[ any ]
commonName = supplied
`;

/** Makes every certificate the servers need; returns their PEM texts. */
export function makeCertificates(dir, openssl = process.env.OPENSSL ?? 'openssl') {
  const run = (...args) => execFileSync(openssl, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const read = (name) => readFileSync(join(dir, name), 'utf8');
  writeFileSync(join(dir, 'ca.cnf'), CA_CONFIG);
  writeFileSync(join(dir, 'index.txt'), '');
  // A self-signed certificate (the CA, or a leaf no one trusts): `name`.key and `name`.pem.
  const selfSigned = (name, subject, ...extensions) =>
    run(
      'req',
      '-x509',
      ...EC,
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.pem`,
      '-days',
      '2',
      '-subj',
      subject,
      ...extensions.flatMap((extension) => ['-addext', extension]),
    );
  selfSigned(
    'ca',
    '/CN=auth-tls-check test CA',
    'basicConstraints=critical,CA:TRUE',
    'keyUsage=critical,keyCertSign',
  );
  const leaf = (name, extensions, { key = EC, md = 'sha256', start, end, issuer = 'ca' } = {}) => {
    writeFileSync(join(dir, `${name}.ext`), `${extensions}\n`);
    run(
      'req',
      '-new',
      ...key,
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${name}`,
    );
    const dates = start ? ['-startdate', start, '-enddate', end] : ['-days', '2'];
    run(
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-cert',
      `${issuer}.pem`,
      '-keyfile',
      `${issuer}.key`,
      '-md',
      md,
      '-notext',
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.pem`,
      '-extfile',
      `${name}.ext`,
      ...dates,
    );
    return { key: read(`${name}.key`), cert: read(`${name}.pem`) };
  };
  const LOCAL = 'subjectAltName=DNS:localhost,IP:127.0.0.1';
  // An intermediate CA signed with SHA-1, and a sound leaf under it: the server sends both.
  leaf('intermediate', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign', { md: 'sha1' });
  const underSha1 = leaf('under-sha1', LOCAL, { issuer: 'intermediate' });
  selfSigned('self', '/CN=localhost', LOCAL);
  return {
    ca: read('ca.pem'),
    good: leaf('localhost', LOCAL),
    wrongName: leaf('wrong.example', 'subjectAltName=DNS:wrong.example'),
    noSni: leaf('no-sni.invalid', 'subjectAltName=DNS:no-sni.invalid'),
    expired: leaf('expired', LOCAL, { start: '20200101000000Z', end: '20200102000000Z' }),
    weak: leaf('weak', LOCAL, { key: ['-newkey', 'rsa:1024'] }),
    sha1: leaf('sha1', LOCAL, { md: 'sha1' }),
    rsa: leaf('rsa', LOCAL, { key: ['-newkey', 'rsa:2048'] }),
    sha1Chain: { key: underSha1.key, cert: underSha1.cert + read('intermediate.pem') },
    selfSigned: { key: read('self.key'), cert: read('self.pem') },
  };
}

const listen = (server) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve(server.address().port));
  });

/** A server that tracks its sockets so that close() leaves nothing open. */
function tracked(server) {
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  server.on('tlsClientError', () => {});
  return {
    server,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A closed port: bound, then released. */
async function closedPort() {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts every server. Returns `{ fixtures, sniNames, close }`: `fixtures` is JSON-serialisable
 * (`ca` PEM, `host`, and the port of each server), `sniNames` records each SNI name (or `false`
 * when none) the SNI server received, `close()` stops everything and removes the certificates.
 */
export async function startServers() {
  const dir = mkdtempSync(join(tmpdir(), 'auth-tls-check-'));
  const handles = [];
  try {
    const certs = makeCertificates(dir);
    const secure = async (name, options) => {
      const handle = tracked(tls.createServer(options, (socket) => socket.end()));
      handles.push(handle);
      return [name, await listen(handle.server)];
    };
    const sniNames = [];
    const sniContext = tls.createSecureContext(certs.good);
    const sni = tracked(
      tls.createServer(
        {
          ...certs.noSni,
          ALPNProtocols: ['h2', 'http/1.1'],
          SNICallback: (name, done) => done(null, name === 'localhost' ? sniContext : undefined),
        },
        (socket) => socket.end(),
      ),
    );
    sni.server.on('secureConnection', (socket) => sniNames.push(socket.servername));
    handles.push(sni);
    // A server that requires SNI, as Zendesk's do: no default certificate, so a ClientHello
    // without a name it serves gets a handshake_failure alert.
    const sniRequired = tracked(
      tls.createServer(
        { SNICallback: (name, done) => done(null, name === 'localhost' ? sniContext : undefined) },
        (socket) => socket.end(),
      ),
    );
    handles.push(sniRequired);
    const hang = tracked(net.createServer(() => {}));
    handles.push(hang);
    // Plain HTTP on a port an https: URL points at: answers the ClientHello with a 400.
    const plain = tracked(
      net.createServer((socket) => {
        socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'));
      }),
    );
    handles.push(plain);
    const ports = Object.fromEntries(
      await Promise.all([
        secure('legacy', {
          ...certs.good,
          minVersion: 'TLSv1',
          maxVersion: 'TLSv1.1',
          ciphers: 'DEFAULT:@SECLEVEL=0',
        }),
        secure('legacyWeak', {
          ...certs.weak,
          minVersion: 'TLSv1',
          maxVersion: 'TLSv1.1',
          ciphers: 'DEFAULT:@SECLEVEL=0',
        }),
        secure('tls12', { ...certs.good, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }),
        secure('tls13', {
          ...certs.good,
          minVersion: 'TLSv1.3',
          maxVersion: 'TLSv1.3',
          ALPNProtocols: ['http/1.1'],
        }),
        secure('untrusted', certs.selfSigned),
        secure('wrongName', certs.wrongName),
        secure('expired', certs.expired),
        secure('weak', { ...certs.weak, ciphers: 'DEFAULT:@SECLEVEL=0' }),
        secure('sha1', { ...certs.sha1, ciphers: 'DEFAULT:@SECLEVEL=0' }),
        secure('sha1Chain', { ...certs.sha1Chain, ciphers: 'DEFAULT:@SECLEVEL=0' }),
        // Sound certificates, but a TLS 1.2 handshake signed only with SHA-1 (RFC 9155 deprecates it):
        // OpenSSL 3 clients refuse it at their default security level; BoringSSL (Bun) still
        // accepts rsa_pkcs1_sha1, not ecdsa_sha1.
        secure('sha1Signature', {
          ...certs.good,
          maxVersion: 'TLSv1.2',
          sigalgs: 'ECDSA+SHA1',
          ciphers: 'DEFAULT:@SECLEVEL=0',
        }),
        secure('sha1SignatureRsa', {
          ...certs.rsa,
          maxVersion: 'TLSv1.2',
          sigalgs: 'RSA+SHA1',
          ciphers: 'DEFAULT:@SECLEVEL=0',
        }),
        listen(sni.server).then((port) => ['sni', port]),
        listen(sniRequired.server).then((port) => ['sniRequired', port]),
        listen(hang.server).then((port) => ['hang', port]),
        listen(plain.server).then((port) => ['plain', port]),
        closedPort().then((port) => ['closed', port]),
      ]),
    );
    const close = async () => {
      await Promise.all(handles.map((handle) => handle.close()));
      rmSync(dir, { recursive: true, force: true });
    };
    const fixtures = { host: HOST, ca: certs.ca, otherCa: certs.selfSigned.cert, ports };
    return { fixtures, sniNames, close };
  } catch (error) {
    await Promise.all(handles.map((handle) => handle.close()));
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
