/// <reference types="node" />
// Deno's permissions, unit by unit and for real: `deno run` of the built package and command with
// each permission removed, against the loopback servers of test/servers.mjs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLiveServers } from '../test/live-servers.ts';
import { CLI, runFile, runModule } from '../test/runtimes.mjs';
import { missingPermission } from './permission.ts';
import type { RuntimeReport, TlsReport } from './types.ts';

const notCapable = (message: string) => Object.assign(new Error(message), { name: 'NotCapable' });

describe('missingPermission', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads the flag from the message of NotCapable (Deno 2) and PermissionDenied (Deno 1)', () => {
    expect(
      missingPermission(
        notCapable('Requires net access to "127.0.0.1:443", run again with the --allow-net flag'),
      ),
    ).toBe('--allow-net');
    const denied = Object.assign(
      new Error('Requires sys access to "ca", run again with the --allow-sys flag'),
      {
        name: 'PermissionDenied',
      },
    );
    expect(missingPermission(denied)).toBe('--allow-sys');
    expect(missingPermission(notCapable('Requires something'))).toBe('the permission it names');
  });

  it("takes EPERM for --allow-net in Deno only (its DNS lookup's refusal), and nothing else", () => {
    const eperm = Object.assign(new Error('getaddrinfo EPERM localhost'), { code: 'EPERM' });
    expect(missingPermission(eperm)).toBeUndefined();
    vi.stubGlobal('Deno', {});
    expect(missingPermission(eperm)).toBe('--allow-net');
    expect(missingPermission(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(missingPermission(new TypeError('x'))).toBeUndefined();
    expect(missingPermission(undefined)).toBeUndefined();
  });
});

describe('in a real Deno, without the permissions', () => {
  const live = useLiveServers();
  const url = (host = '127.0.0.1') => `https://${host}:${live.fixtures.ports.tls13}/`;

  it('checkTls names --allow-net: a permission problem, not the network', async () => {
    for (const host of ['127.0.0.1', 'localhost']) {
      const report = (await runModule(
        'deno',
        `console.log(JSON.stringify(await tlsCheck.checkTls(${JSON.stringify(url(host))}, { timeoutMs: 5000 })));`,
      )) as TlsReport;
      expect(report).toMatchObject({ ok: false, runtime: 'deno', sni: { sent: false } });
      expect(report.problems).toEqual([
        {
          code: 'PERMISSION_DENIED',
          connection: 'default',
          message: `Deno's permissions do not allow connecting to ${host}:${live.fixtures.ports.tls13}: run deno with --allow-net (or --allow-net=${host})`,
        },
      ]);
    }
    const allowed = (await runModule(
      'deno',
      `console.log(JSON.stringify(await tlsCheck.checkTls(${JSON.stringify(url())}, { ca: ${JSON.stringify(live.fixtures.ca)} })));`,
      { flags: ['--allow-net'] },
    )) as TlsReport;
    expect(allowed.problems).toEqual([]);
  });

  it('checkRuntime names --allow-env in a note, and throws nothing', async () => {
    const report = (await runModule(
      'deno',
      'console.log(JSON.stringify(tlsCheck.checkRuntime()));',
    )) as RuntimeReport;
    expect(report).toMatchObject({ ok: true, runtime: 'deno', tls12: true, lowered: [] });
    expect(report.notes).toEqual([
      {
        code: 'PERMISSION_DENIED',
        message:
          'could not read NODE_OPTIONS and NODE_TLS_REJECT_UNAUTHORIZED, so whether certificate checks were turned off is unknown: run deno with --allow-env (or --allow-env=NODE_OPTIONS,NODE_TLS_REJECT_UNAUTHORIZED)',
      },
    ]);
    const allowed = (await runModule('deno', 'console.log(JSON.stringify(tlsCheck.checkRuntime()));', {
      flags: ['--allow-env'],
    })) as RuntimeReport;
    expect(allowed.notes).toEqual([]);
  });

  it('the command says which flag is missing, and exits 2', async () => {
    const net = await runFile('deno', CLI, { args: [url()] });
    expect(net.code).toBe(2);
    expect(net.stdout).toContain(
      "PERMISSION_DENIED (default connection): Deno's permissions do not allow connecting",
    );
    expect(net.stdout).toContain('run deno with --allow-net');
    const read = await runFile('deno', CLI, {
      flags: ['--allow-net'],
      args: [url('localhost'), '--ca', live.file('ca.pem')],
    });
    expect(read.code).toBe(2);
    expect(read.stderr.trim()).toBe(
      `auth-tls-check: --ca ${live.file('ca.pem')} cannot be read without permission: run deno with --allow-read (or --allow-read=${live.file('ca.pem')})`,
    );
    const all = await runFile('deno', CLI, {
      flags: ['--allow-net', '--allow-read', '--allow-env'],
      args: [url('localhost'), '--ca', live.file('ca.pem')],
    });
    expect(all.stdout).toMatch(/^https:\/\/localhost:\d+ {2}OK {2}\(deno, [\d.]+ ms\)/);
    expect(all.code).toBe(0);
  });
});
