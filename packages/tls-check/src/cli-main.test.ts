/// <reference types="node" />
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Fixtures, startServers } from '../test/servers.mjs';
import { main, USAGE } from './cli-main.ts';

let servers: Awaited<ReturnType<typeof startServers>>;
let fixtures: Fixtures;
let dir: string;
let caFile: string;

beforeAll(async () => {
  servers = await startServers();
  fixtures = servers.fixtures;
  dir = mkdtempSync(join(tmpdir(), 'auth-tls-check-cli-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, fixtures.ca);
});
afterAll(async () => {
  await servers.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('main (the auth-tls-check command)', () => {
  it('prints help with status 0', async () => {
    expect(await run('--help')).toEqual({ status: 0, out: USAGE, err: '' });
    expect((await run('-h')).status).toBe(0);
  });

  it.each([[[]], [['a', 'b']], [['--bogus', 'https://example.com']], [['--timeout']]])(
    'exits 2 on the usage error %j',
    async (args) => {
      const { status, err } = await run(...args);
      expect(status).toBe(2);
      expect(err).toMatch(/^auth-tls-check: /);
      expect(err).toContain('Usage: auth-tls-check');
    },
  );

  it.each([
    [['not a url'], 'INVALID_URL', 'url must be an absolute URL'],
    [['https://example.com', '--timeout', 'soon'], 'INVALID_OPTION', 'timeoutMs'],
    [['https://example.com', '--min-version', 'TLSv9'], 'UNKNOWN_TLS_VERSION', 'not a TLS version'],
    [['https://example.com', '--ca', '/nonexistent/ca.pem'], 'ENOENT', 'ENOENT'],
  ])('exits 2 when %j is refused (%s)', async (args, _code, words) => {
    const { status, err } = await run(...args);
    expect(status).toBe(2);
    expect(err).toContain(words);
  });

  it('exits 0 and prints a readable report for a good server', async () => {
    const { status, out } = await run(`https://127.0.0.1:${fixtures.ports.tls13}`, '--ca', caFile);
    expect(status).toBe(0);
    expect(out).toMatch(/^https:\/\/127\.0\.0\.1:\d+ {2}OK {2}\(node, [\d.]+ ms\)\n {2}protocol {5}TLSv1\.3/);
  });

  it('exits 1 and prints JSON for a server below the minimum', async () => {
    const { status, out } = await run(
      `https://127.0.0.1:${fixtures.ports.tls12}`,
      '--json',
      '--ca',
      caFile,
      '--min-version',
      '1.3',
      '--timeout',
      '3000',
    );
    expect(status).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      ok: false,
      protocol: 'TLSv1.2',
      problems: [{ code: 'PROTOCOL_TOO_OLD' }],
    });
  });

  it('exits 1 for a plain-HTTP URL', async () => {
    const { status, out } = await run('http://example.zendesk.com/');
    expect(status).toBe(1);
    expect(out).toContain('NOT_HTTPS: url uses http:; use https: instead');
  });

  it('reports the runtime with --runtime, as text or JSON', async () => {
    const text = await run('--runtime');
    expect(text.status).toBe(0);
    expect(text.out).toContain(`node ${process.versions.node}  OK  (settings read)`);
    const json = await run('--runtime', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, runtime: 'node', tls12: true, sni: true });
  });
});

describe('the built dist/cli.js', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const spawn = (...args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve) => {
      const started = performance.now();
      execFile(process.execPath, [cli, ...args], (error, stdout, stderr) =>
        resolve({
          code: error ? (error.code as number) : 0,
          stdout,
          stderr,
          ms: performance.now() - started,
        }),
      );
    });

  it('exits 0 for a good server, 1 for a bad one, 2 on a usage error', async () => {
    expect((await spawn(`https://localhost:${fixtures.ports.sni}/`, '--ca', caFile)).code).toBe(0);
    const expired = await spawn(`https://127.0.0.1:${fixtures.ports.expired}/`, '--ca', caFile);
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('CERT_EXPIRED');
    expect((await spawn('--nope')).code).toBe(2);
  });

  it('exits soon after --timeout against a silent server: nothing keeps the process alive', async () => {
    const hang = await spawn(`https://127.0.0.1:${fixtures.ports.hang}/`, '--timeout', '300');
    expect(hang.code).toBe(1);
    expect(hang.stdout).toContain('TIMEOUT');
    expect(hang.ms).toBeLessThan(3000);
  });
});

describe('cli.ts', () => {
  it('runs main with the arguments of the process and sets its exit status', async () => {
    const argv = process.argv;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    process.argv = [process.execPath, 'auth-tls-check', '--help'];
    try {
      await import('./cli.ts');
      await vi.waitFor(() => expect(log).toHaveBeenCalledWith(USAGE));
      expect(process.exitCode).toBe(0);
    } finally {
      process.argv = argv;
      process.exitCode = undefined;
      log.mockRestore();
    }
  });
});
