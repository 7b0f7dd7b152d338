// A throwaway certificate authority and a server certificate for `localhost` and the
// loopback addresses, made at start with the `openssl` command line into a private temp
// directory: nothing is committed, nothing outlives the process. The CA's key is deleted
// as soon as it has signed, so the CA can vouch for this one server and nothing else; only
// the CA certificate stays on disk, for the clients to trust.
import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Subject Alternative Names the clients check: they connect to `https://localhost:PORT`. */
const SERVER_EXTENSIONS = [
  'subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1',
  'basicConstraints = critical, CA:FALSE',
  'keyUsage = critical, digitalSignature',
  'extendedKeyUsage = serverAuth',
].join('\n');

/**
 * Makes the CA and the server certificate (ECDSA P-256, valid two days) in a new temp dir.
 *
 * @param {{ openssl?: string }} [options] `openssl`: the binary (default `$OPENSSL` or `openssl`).
 * @returns {Promise<{ dir: string, caPath: string, caPem: string, key: string, cert: string,
 *   spkiSha256: string, remove: () => Promise<void> }>} `spkiSha256`: base64 SHA-256 of the
 *   server's public key, what Chromium's `--ignore-certificate-errors-spki-list` pins.
 */
export async function makeCertificates({ openssl = process.env.OPENSSL ?? 'openssl' } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'auth-mock-api-'));
  const path = (name) => join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  try {
    await writeFile(path('server.ext'), SERVER_EXTENSIONS);
    await run(openssl, [
      ...['req', '-x509', ...ec, '-keyout', path('ca.key'), '-out', path('ca.pem'), '-days', '2'],
      ...['-subj', '/CN=auth-primitives demo CA'],
      ...['-addext', 'basicConstraints=critical,CA:TRUE,pathlen:0'],
      ...['-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    ]);
    await run(
      openssl,
      ['req', ...ec, '-keyout', path('server.key'), '-out', path('server.csr')].concat([
        '-subj',
        '/CN=localhost',
      ]),
    );
    await run(openssl, [
      ...['x509', '-req', '-in', path('server.csr'), '-days', '2', '-extfile', path('server.ext')],
      ...['-CA', path('ca.pem'), '-CAkey', path('ca.key'), '-CAcreateserial', '-out', path('server.pem')],
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    const hint = error.code === 'ENOENT' ? ` (${openssl} not found: apt-get install openssl)` : '';
    throw new Error(`mock-api: could not make the demo certificates with openssl${hint}`, { cause: error });
  }
  const [caPem, key, cert] = await Promise.all(
    ['ca.pem', 'server.key', 'server.pem'].map((name) => readFile(path(name), 'utf8')),
  );
  // Only the CA certificate stays on disk (clients are pointed at it); keys live in memory.
  for (const name of ['ca.key', 'ca.srl', 'server.key', 'server.csr', 'server.ext', 'server.pem']) {
    await rm(path(name), { force: true });
  }
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return {
    dir,
    caPath: path('ca.pem'),
    caPem,
    key,
    cert,
    spkiSha256: createHash('sha256').update(spki).digest('base64'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
