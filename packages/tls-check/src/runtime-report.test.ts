/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { runModule } from '../test/runtimes.mjs';
import { checkRuntime } from './node.ts';
import { type RuntimeFacts, runtimeReport } from './runtime-report.ts';
import type { RuntimeReport } from './types.ts';

const node: RuntimeFacts = {
  runtime: 'node',
  version: '20.20.2',
  defaultMinVersion: 'TLSv1.2',
  defaultMaxVersion: 'TLSv1.3',
  defaultCiphers: 'TLS_AES_256_GCM_SHA384:HIGH:!aNULL',
  execArgv: [],
  nodeOptions: undefined,
  rejectUnauthorized: undefined,
  envPermission: undefined,
};

describe('runtimeReport', () => {
  it('is ok with nothing lowered on a default Node', () => {
    expect(runtimeReport(node)).toEqual({
      ok: true,
      runtime: 'node',
      version: '20.20.2',
      measured: true,
      tls12: true,
      sni: true,
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.3',
      lowered: [],
      problems: [],
      notes: [],
    });
  });

  it('names the flag that lowered the minimum, and where it came from', () => {
    const argv = runtimeReport({ ...node, defaultMinVersion: 'TLSv1', execArgv: ['--tls-min-v1.0'] });
    expect(argv.ok).toBe(true);
    expect(argv.lowered).toEqual([
      { setting: 'tls.DEFAULT_MIN_VERSION', value: 'TLSv1', source: '--tls-min-v1.0 on the command line' },
    ]);
    expect(argv.notes).toEqual([
      {
        code: 'DEFAULTS_LOWERED',
        message:
          'TLS defaults were lowered: tls.DEFAULT_MIN_VERSION = TLSv1 (--tls-min-v1.0 on the command line); remove these settings unless a legacy server truly needs them',
      },
    ]);
    const env = runtimeReport({
      ...node,
      defaultMinVersion: 'TLSv1.1',
      nodeOptions: '--max-old-space-size=100  --tls-min-v1.1',
    });
    expect(env.lowered[0]?.source).toBe('--tls-min-v1.1 in NODE_OPTIONS');
    expect(runtimeReport({ ...node, defaultMinVersion: 'TLSv1.1' }).lowered[0]?.source).toBe('set by code');
  });

  it('is not ok when the maximum is below TLS 1.2', () => {
    const report = runtimeReport({ ...node, defaultMaxVersion: 'TLSv1.1' });
    expect(report.ok).toBe(false);
    expect(report.tls12).toBe(false);
    expect(report.problems).toEqual([
      {
        code: 'TLS12_UNAVAILABLE',
        message:
          "this runtime's highest TLS version is TLSv1.1, so it cannot connect to a TLS 1.2+ server: tls.DEFAULT_MAX_VERSION was lowered (set by code); remove that setting",
      },
    ]);
    const flagged = runtimeReport({ ...node, defaultMaxVersion: 'TLSv1.2', execArgv: ['--tls-max-v1.2'] });
    expect(flagged.ok).toBe(true);
    expect(flagged.lowered).toEqual([
      { setting: 'tls.DEFAULT_MAX_VERSION', value: 'TLSv1.2', source: '--tls-max-v1.2 on the command line' },
    ]);
  });

  it('reports NODE_TLS_REJECT_UNAUTHORIZED=0', () => {
    expect(runtimeReport({ ...node, rejectUnauthorized: '0' }).lowered).toEqual([
      { setting: 'NODE_TLS_REJECT_UNAUTHORIZED', value: '0', source: 'environment' },
    ]);
    expect(runtimeReport({ ...node, rejectUnauthorized: '1' }).lowered).toEqual([]);
  });

  it('reports a cipher list at security level 0, and where it was set', () => {
    const lowered = { setting: 'tls.DEFAULT_CIPHERS', value: 'DEFAULT:@SECLEVEL=0' };
    const argv = runtimeReport({
      ...node,
      defaultCiphers: 'DEFAULT:@SECLEVEL=0',
      execArgv: ['--tls-cipher-list=DEFAULT:@SECLEVEL=0'],
    });
    expect(argv.ok).toBe(true);
    expect(argv.lowered).toEqual([{ ...lowered, source: '--tls-cipher-list on the command line' }]);
    expect(argv.notes[0]?.message).toContain(
      'tls.DEFAULT_CIPHERS = DEFAULT:@SECLEVEL=0 (--tls-cipher-list on the command line)',
    );
    const env = runtimeReport({
      ...node,
      defaultCiphers: 'DEFAULT:@SECLEVEL=0',
      nodeOptions: '--tls-cipher-list=DEFAULT:@SECLEVEL=0',
    });
    expect(env.lowered).toEqual([{ ...lowered, source: '--tls-cipher-list in NODE_OPTIONS' }]);
    expect(runtimeReport({ ...node, defaultCiphers: 'DEFAULT:@SECLEVEL=0' }).lowered).toEqual([
      { ...lowered, source: 'set by code' },
    ]);
    // Level 1 is a runtime's own default (Node 20 and 22): not lowered.
    expect(runtimeReport({ ...node, defaultCiphers: 'DEFAULT:@SECLEVEL=1' }).lowered).toEqual([]);
  });

  it('says which flag lets Deno read the environment, and throws nothing', () => {
    const report = runtimeReport({ ...node, runtime: 'deno', envPermission: '--allow-env' });
    expect(report.ok).toBe(true);
    expect(report.notes).toEqual([
      {
        code: 'PERMISSION_DENIED',
        message:
          'could not read NODE_OPTIONS and NODE_TLS_REJECT_UNAUTHORIZED, so whether certificate checks were turned off is unknown: run deno with --allow-env (or --allow-env=NODE_OPTIONS,NODE_TLS_REJECT_UNAUTHORIZED)',
      },
    ]);
  });

  it('takes unreadable defaults as no evidence, and Deno as rustls', () => {
    const unknown = runtimeReport({
      ...node,
      runtime: 'bun',
      defaultMinVersion: undefined,
      defaultMaxVersion: 42,
    });
    expect(unknown).toMatchObject({ ok: true, tls12: true, minVersion: null, maxVersion: null, lowered: [] });
    const deno = runtimeReport({
      ...node,
      runtime: 'deno',
      defaultMinVersion: 'TLSv1',
      defaultMaxVersion: 'TLSv1.1',
      defaultCiphers: 'DEFAULT:@SECLEVEL=0',
    });
    expect(deno).toMatchObject({ ok: true, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3', lowered: [] });
  });
});

describe('checkRuntime (node entry)', () => {
  it('reads this Node process', () => {
    expect(checkRuntime()).toMatchObject({
      ok: true,
      runtime: 'node',
      version: process.versions.node,
      measured: true,
      tls12: true,
      sni: true,
    });
  });

  // A child Node with lowered defaults, importing the BUILT package.
  const child = (flags: string[], env: Record<string, string> = {}, setup = ''): Promise<RuntimeReport> =>
    runModule(
      'node20',
      `import tls from 'node:tls'; ${setup} console.log(JSON.stringify(tlsCheck.checkRuntime()));`,
      {
        flags,
        env,
      },
    ) as Promise<RuntimeReport>;

  it('sees --tls-min-v1.0 on the command line of a child Node', async () => {
    const report = await child(['--tls-min-v1.0']);
    expect(report).toMatchObject({ ok: true, minVersion: 'TLSv1', maxVersion: 'TLSv1.3' });
    expect(report.lowered).toEqual([
      { setting: 'tls.DEFAULT_MIN_VERSION', value: 'TLSv1', source: '--tls-min-v1.0 on the command line' },
    ]);
  });

  it('sees --tls-min-v1.1 and --tls-max-v1.2 in NODE_OPTIONS', async () => {
    const report = await child([], { NODE_OPTIONS: '--tls-min-v1.1 --tls-max-v1.2' });
    expect(report.lowered).toEqual([
      { setting: 'tls.DEFAULT_MIN_VERSION', value: 'TLSv1.1', source: '--tls-min-v1.1 in NODE_OPTIONS' },
      { setting: 'tls.DEFAULT_MAX_VERSION', value: 'TLSv1.2', source: '--tls-max-v1.2 in NODE_OPTIONS' },
    ]);
  });

  it('fails a child Node whose code set tls.DEFAULT_MAX_VERSION to TLSv1.1 (there is no --tls-max-v1.1)', async () => {
    const report = await child(
      [],
      {},
      "tls.DEFAULT_MIN_VERSION = 'TLSv1'; tls.DEFAULT_MAX_VERSION = 'TLSv1.1';",
    );
    expect(report).toMatchObject({ ok: false, tls12: false, maxVersion: 'TLSv1.1' });
    expect(report.problems[0]?.code).toBe('TLS12_UNAVAILABLE');
  });

  it('sees --tls-cipher-list=DEFAULT:@SECLEVEL=0, on the command line and in NODE_OPTIONS', async () => {
    const lowered = { setting: 'tls.DEFAULT_CIPHERS', value: 'DEFAULT:@SECLEVEL=0' };
    expect((await child(['--tls-cipher-list=DEFAULT:@SECLEVEL=0'])).lowered).toEqual([
      { ...lowered, source: '--tls-cipher-list on the command line' },
    ]);
    expect((await child([], { NODE_OPTIONS: '--tls-cipher-list=DEFAULT:@SECLEVEL=0' })).lowered).toEqual([
      { ...lowered, source: '--tls-cipher-list in NODE_OPTIONS' },
    ]);
    expect((await child([], {}, "tls.DEFAULT_CIPHERS = 'DEFAULT:@SECLEVEL=0';")).lowered).toEqual([
      { ...lowered, source: 'set by code' },
    ]);
  });

  it('sees NODE_TLS_REJECT_UNAUTHORIZED=0 in a child Node', async () => {
    const report = await child([], { NODE_TLS_REJECT_UNAUTHORIZED: '0' });
    expect(report.lowered).toEqual([
      { setting: 'NODE_TLS_REJECT_UNAUTHORIZED', value: '0', source: 'environment' },
    ]);
  });
});
