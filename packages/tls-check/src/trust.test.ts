/// <reference types="node" />
import tls from 'node:tls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { useLiveServers } from '../test/live-servers.ts';
import { runModule, type SocketRuntimeName } from '../test/runtimes.mjs';
import { TlsCheckError } from './errors.ts';
import { trust } from './trust.ts';
import type { TlsReport } from './types.ts';

const live = useLiveServers();
afterEach(() => {
  vi.unstubAllEnvs();
  delete (tls as { getCACertificates?: unknown }).getCACertificates;
});

/** A copy of `pem` that is a different text (so that no cached answer is reused), same certificate. */
let copies = 0;
const fresh = (pem: string) => `copy ${++copies}\n${pem}`;

describe('trust', () => {
  it("keeps the runtime's own store when no ca is given", () => {
    expect(trust([])).toEqual({ ca: undefined, missingFlag: undefined });
  });

  it('adds ca to the bundled roots and the file of NODE_EXTRA_CA_CERTS (Node 20, no getCACertificates)', () => {
    vi.stubEnv('NODE_EXTRA_CA_CERTS', live.file('ca.pem'));
    const ca = fresh(live.fixtures.otherCa);
    expect(trust([ca])).toEqual({
      ca: [...tls.rootCertificates, live.fixtures.ca, ca].join('\n'),
      missingFlag: undefined,
    });
    vi.stubEnv('NODE_EXTRA_CA_CERTS', live.file('missing.pem'));
    const other = fresh(live.fixtures.otherCa);
    expect(trust([other]).ca).toEqual([...tls.rootCertificates, other].join('\n'));
  });

  it('adds ca to what tls.getCACertificates("default") gives (Node 22.15+, Bun, Deno)', () => {
    const getCACertificates = vi.fn(() => ['ROOT', 'EXTRA']);
    Object.assign(tls, { getCACertificates });
    const ca = fresh(live.fixtures.otherCa);
    expect(trust([ca]).ca).toEqual(['ROOT', 'EXTRA', ca].join('\n'));
    expect(getCACertificates).toHaveBeenCalledWith('default');
  });

  it('reads a ca once: the same text gives the same answer', () => {
    const ca = fresh(live.fixtures.ca);
    expect(trust([ca])).toBe(trust([ca]));
  });

  it("trusts ca alone where Deno may not read the runtime's store, naming the flag; other errors go on", () => {
    Object.assign(tls, {
      getCACertificates: () => {
        throw Object.assign(new Error('Requires sys access to "ca", run again with the --allow-sys flag'), {
          name: 'NotCapable',
        });
      },
    });
    const ca = fresh(live.fixtures.ca);
    expect(trust([ca])).toEqual({ ca, missingFlag: '--allow-sys' });
    Object.assign(tls, {
      getCACertificates: () => {
        throw new RangeError('boom');
      },
    });
    expect(() => trust([fresh(live.fixtures.ca)])).toThrow(RangeError);
  });

  it('refuses a ca that holds no certificate, naming its place in the list', () => {
    expectThrows(() => trust([live.fixtures.ca, 'ca.pem']), TlsCheckError, 'INVALID_OPTION', {
      words: ['ca[1] is not PEM text'],
    });
    expectThrows(() => trust(['ca.pem']), TlsCheckError, 'INVALID_OPTION', { words: ['ca is not PEM text'] });
  });
});

describe('ca adds to the trust of every runtime, NODE_EXTRA_CA_CERTS included (a fresh process each)', () => {
  const runtimes: SocketRuntimeName[] = ['node20', 'node22', 'node24', 'node26', 'bun', 'deno'];
  it.each(runtimes)(
    '%s trusts a server signed by a CA of NODE_EXTRA_CA_CERTS while given another ca',
    async (runtime) => {
      const url = `https://localhost:${live.fixtures.ports.tls13}/`;
      const code = `const check = (ca) => tlsCheck.checkTls(${JSON.stringify(url)}, { ca, timeoutMs: 5000 });
console.log(JSON.stringify([await check(undefined), await check(${JSON.stringify(live.fixtures.otherCa)})]));`;
      const [alone, added] = (await runModule(runtime, code, {
        env: { NODE_EXTRA_CA_CERTS: live.file('ca.pem') },
        flags: runtime === 'deno' ? ['--allow-net', '--allow-env', '--allow-read', '--allow-sys'] : [],
      })) as [TlsReport, TlsReport];
      expect(alone.problems).toEqual([]);
      expect(added.problems).toEqual([]);
      expect(added).toMatchObject({
        ok: true,
        authorized: true,
        runtime: runtime.startsWith('node') ? 'node' : runtime,
      });
    },
  );
});
