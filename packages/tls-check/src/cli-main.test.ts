/// <reference types="node" />
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SECRET } from '../../../conformance/vectors/tls-check.js';
import packageJson from '../package.json' with { type: 'json' };
import { useLiveServers } from '../test/live-servers.ts';
import { CLI, runFile } from '../test/runtimes.mjs';
import { main, USAGE } from './cli-main.ts';

const live = useLiveServers();
const file = (name: string) => live.file(name);
const dir = () => file('');

beforeAll(() => {
  writeFileSync(file('notpem.txt'), 'this is the CA, I promise\n');
  writeFileSync(
    file('key.pem'),
    '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n',
  );
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const url = () => `https://localhost:${live.fixtures.ports.tls13}`;

describe('main (the auth-tls-check command)', () => {
  it('prints help, and its version with the runtime running it, with status 0', async () => {
    expect(await run('--help')).toEqual({ status: 0, out: USAGE, err: '' });
    expect((await run('-h')).out).toBe(USAGE);
    expect(USAGE).toContain('bunx --bun');
    expect(await run('--version')).toEqual({
      status: 0,
      out: `auth-tls-check ${packageJson.version} (@auth/tls-check) on node ${process.versions.node}`,
      err: '',
    });
  });

  // Every usage error names the flag (or the argument) at fault and the fix, and exits 2.
  it.each([
    [[], 'give the URL to check, such as https://example.zendesk.com'],
    [['https://a.example', 'https://b.example'], 'give one URL, not 2; check them one at a time'],
    [
      ['--bogus', 'https://example.com'],
      '--bogus is not an option of auth-tls-check; run auth-tls-check --help for the options',
    ],
    [['-x'], '-x is not an option of auth-tls-check; run auth-tls-check --help for the options'],
    [['--timeout'], '--timeout needs a value, such as --timeout 5000'],
    [['--timeout', '--json', 'https://example.com'], '--timeout needs a value, such as --timeout 5000'],
    [['--ca='], '--ca needs a value, such as --ca ca.pem'],
    [['--min-version'], '--min-version needs a value, such as --min-version TLSv1.2'],
    [['--json=yes'], '--json takes no value; write --json alone'],
    [
      ['example.zendesk.com'],
      'the URL has no scheme; write https:// in front of the host, such as https://example.zendesk.com',
    ],
    [
      ['localhost:8443'],
      'the URL has no scheme; write https:// in front of the host, such as https://example.zendesk.com',
    ],
    [
      ['https://example.com', '--timeout', 'abc'],
      '--timeout abc is not a number of milliseconds; pass a whole number above 0, such as --timeout 5000',
    ],
    [
      ['https://example.com', '--timeout=0'],
      '--timeout 0 is not a number of milliseconds; pass a whole number above 0, such as --timeout 5000',
    ],
    [
      ['https://example.com', '--timeout', '-5'],
      '--timeout -5 is not a number of milliseconds; pass a whole number above 0, such as --timeout 5000',
    ],
    [
      ['https://example.com', '--timeout', '2.5'],
      '--timeout 2.5 is not a number of milliseconds; pass a whole number above 0, such as --timeout 5000',
    ],
    [
      ['https://example.com', '--min-version', 'TLSv9'],
      '--min-version TLSv9 is not a TLS version; pass one like TLSv1.2',
    ],
    [['https://exa mple.com/'], 'url holds a space; remove it or write %20'],
    [['https://example.com:0/'], 'url has port 0; remove it'],
    [['https://*.example.com/'], 'host is not a DNS name or IP address; pass a host name'],
  ])('exits 2 on %j: %s', async (args, message) => {
    expect(await run(...args)).toEqual({ status: 2, out: '', err: `auth-tls-check: ${message}` });
  });

  it('names the --ca file at fault and what it holds, and exits 2', async () => {
    const cases: [string, string][] = [
      [
        file('notpem.txt'),
        `--ca ${file('notpem.txt')} is not PEM text (-----BEGIN CERTIFICATE-----...); pass a PEM file (convert a DER one with: openssl x509 -inform der -in FILE -out ca.pem)`,
      ],
      [file('missing.pem'), `--ca ${file('missing.pem')}: no such file; check the path`],
      [dir(), `--ca ${dir()} is a folder; pass the PEM file of the CA certificate`],
      [
        file('key.pem'),
        `--ca ${file('key.pem')} is a private key (-----BEGIN PRIVATE KEY-----), not a certificate; pass the CA's certificate, and keep the key secret`,
      ],
      [
        `${dir()}/${'x'.repeat(5000)}`,
        `--ca ${dir()}/${'x'.repeat(5000)} cannot be read (ENAMETOOLONG); check the path and its permissions`,
      ],
    ];
    for (const [ca, message] of cases) {
      expect(await run(url(), '--ca', ca)).toEqual({ status: 2, out: '', err: `auth-tls-check: ${message}` });
    }
  });

  it('never echoes the value of an unknown option, nor the URL', async () => {
    const secretFlag = await run(`--token=${SECRET}`, 'https://example.com');
    expect(secretFlag.err).toBe(
      'auth-tls-check: --token is not an option of auth-tls-check; run auth-tls-check --help for the options',
    );
    const bare = await run(`jdoe:${SECRET}@example.zendesk.com`);
    expect(bare.err).not.toContain(SECRET);
    const spaced = await run(`https://jdoe:${SECRET}@exa mple.com/`);
    expect(spaced.err).not.toContain(SECRET);
  });

  it('exits 0 and prints a readable report for a good server', async () => {
    const { status, out } = await run(url(), '--ca', file('ca.pem'));
    expect(status).toBe(0);
    expect(out).toMatch(
      /^https:\/\/localhost:\d+ {2}OK {2}\(node, [\d.]+ ms\)\n {2}default {6}offered TLSv1\.2\+ with this runtime's ciphers: TLSv1\.3\n {2}protocol {5}TLSv1\.3/,
    );
  });

  it('exits 1 and prints JSON for a server below the minimum; takes --name=value and --', async () => {
    const { status, out } = await run(
      '--json',
      `--ca=${file('ca.pem')}`,
      '--min-version=1.3',
      '--timeout=3000',
      '--',
      `https://127.0.0.1:${live.fixtures.ports.tls12}`,
    );
    expect(status).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      ok: false,
      protocol: 'TLSv1.2',
      problems: [{ code: 'PROTOCOL_TOO_OLD', connection: 'diagnostic' }],
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

describe('the built dist/cli.js, as each runtime runs it', () => {
  it('exits 0 for a good server, 1 for a bad one, 2 on a usage error (Node, as npx runs it)', async () => {
    const good = await runFile('node20', CLI, {
      args: [`https://localhost:${live.fixtures.ports.sni}/`, '--ca', file('ca.pem')],
    });
    expect(good.code).toBe(0);
    const expired = await runFile('node20', CLI, {
      args: [`https://127.0.0.1:${live.fixtures.ports.expired}/`, '--ca', file('ca.pem')],
    });
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('CERT_EXPIRED (default connection)');
    const usage = await runFile('node20', CLI, { args: ['--nope'] });
    expect(usage).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'auth-tls-check: --nope is not an option of auth-tls-check; run auth-tls-check --help for the options\n',
    });
  });

  it('runs under Bun as bunx --bun runs it, and says so in the report and --version', async () => {
    const report = await runFile('bun', CLI, {
      args: [`https://localhost:${live.fixtures.ports.tls13}/`, '--ca', file('ca.pem')],
    });
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^https:\/\/localhost:\d+ {2}OK {2}\(bun, [\d.]+ ms\)/);
    const version = await runFile('bun', CLI, { args: ['--version'] });
    expect(version.stdout).toMatch(
      /^auth-tls-check \d+\.\d+\.\d+ \(@auth\/tls-check\) on bun \d+\.\d+\.\d+\n$/,
    );
  });

  it('exits soon after --timeout against a silent server: nothing keeps the process alive', async () => {
    const started = performance.now();
    const hang = await runFile('node20', CLI, {
      args: [`https://127.0.0.1:${live.fixtures.ports.hang}/`, '--timeout', '300'],
    });
    expect(hang.code).toBe(1);
    expect(hang.stdout).toContain('TIMEOUT');
    expect(performance.now() - started).toBeLessThan(10_000);
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
