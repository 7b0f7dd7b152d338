/// <reference types="node" />
// Real failures on loopback for the tests of a token endpoint that cannot be reached: a port
// nobody listens on, a TLS server with a self-signed certificate nobody trusts (made with the
// `openssl` command line, as packages/tls-check/test/servers.mjs does), and a server that resets
// every connection at once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';

const HOST = '127.0.0.1';

/** A loopback server that destroys its sockets when closed, on a port of its own. */
async function serve(server: net.Server): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port that refuses connections: bound by a server, noted, and released. */
export async function closedPort(): Promise<number> {
  const { port, close } = await serve(net.createServer());
  await close();
  return port;
}

/** A TLS server whose certificate (for 127.0.0.1) is self-signed: no runtime trusts it. */
export async function untrustedTlsServer(): Promise<{ port: number; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'auth-oauth-token-'));
  try {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
        ...['-keyout', 'key.pem', '-out', 'cert.pem', '-days', '2', '-subj', '/CN=127.0.0.1'],
        ...['-addext', 'subjectAltName=IP:127.0.0.1'],
      ],
      { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const options = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
    return await serve(tls.createServer(options, (socket) => socket.end()));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A TCP server that resets each connection once the client has written something to it. */
export function resettingServer(): Promise<{ port: number; close(): Promise<void> }> {
  return serve(net.createServer((socket) => socket.once('data', () => socket.resetAndDestroy())));
}
