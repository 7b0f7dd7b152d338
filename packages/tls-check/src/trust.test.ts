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
  it("adds nothing when no ca is given: the runtime's own store as it is", () => {
    expect(trust([])).toEqual([]);
    // An empty text is a ca to check, not none, though both lists join to ''.
    expectThrows(() => trust(['']), TlsCheckError, 'INVALID_OPTION', { words: ['ca is empty'] });
  });

  it('adds ca, and the file of NODE_EXTRA_CA_CERTS where a context store leaves it out (Node 20)', () => {
    vi.stubEnv('NODE_EXTRA_CA_CERTS', live.file('ca.pem'));
    const ca = fresh(live.fixtures.otherCa);
    expect(trust([ca])).toEqual([live.fixtures.ca, ca]);
    // Node only warns when it cannot read the file, and so does the check.
    vi.stubEnv('NODE_EXTRA_CA_CERTS', live.file('missing.pem'));
    const other = fresh(live.fixtures.otherCa);
    expect(trust([other])).toEqual([other]);
  });

  it('adds ca alone where the store holds NODE_EXTRA_CA_CERTS already (Node 22.15+, Bun, Deno)', () => {
    Object.assign(tls, { getCACertificates: vi.fn(() => ['ROOT']) });
    vi.stubEnv('NODE_EXTRA_CA_CERTS', live.file('ca.pem'));
    const ca = fresh(live.fixtures.otherCa);
    expect(trust([ca, live.fixtures.ca])).toEqual([ca, live.fixtures.ca]);
  });

  it('reads a ca once: the same text gives the same list', () => {
    const ca = fresh(live.fixtures.ca);
    expect(trust([ca])).toBe(trust([ca]));
  });

  it('refuses a ca that holds no certificate, naming its place in the list', () => {
    expectThrows(() => trust([live.fixtures.ca, 'ca.pem']), TlsCheckError, 'INVALID_OPTION', {
      words: ['ca[1] is not PEM text'],
    });
    expectThrows(() => trust(['ca.pem']), TlsCheckError, 'INVALID_OPTION', { words: ['ca is not PEM text'] });
  });
});

/**
 * In a fresh process of `runtime`, where the test CA is trusted by the runtime's own store (set
 * up by `env` and `flags`), checks the server it signed without ca, then with another CA as ca:
 * both must pass, since ca adds to that store.
 */
async function expectCaAdded(
  runtime: SocketRuntimeName,
  setup: { env: Record<string, string>; flags: string[] },
) {
  const url = `https://localhost:${live.fixtures.ports.tls13}/`;
  const code = `const check = (ca) => tlsCheck.checkTls(${JSON.stringify(url)}, { ca, timeoutMs: 5000 });
console.log(JSON.stringify([await check(undefined), await check(${JSON.stringify(live.fixtures.otherCa)})]));`;
  const [alone, added] = (await runModule(runtime, code, setup)) as [TlsReport, TlsReport];
  expect(alone.problems).toEqual([]);
  expect(added.problems).toEqual([]);
  expect(added).toMatchObject({
    ok: true,
    authorized: true,
    runtime: runtime.startsWith('node') ? 'node' : runtime,
  });
}

describe("ca adds to the very store the runtime's default client uses (a fresh process each)", () => {
  it.each(['node20', 'node22', 'node24', 'node26', 'bun', 'deno'] as const)(
    '%s trusts a server signed by a CA of NODE_EXTRA_CA_CERTS while given another ca',
    (runtime) =>
      expectCaAdded(runtime, {
        env: { NODE_EXTRA_CA_CERTS: live.file('ca.pem') },
        flags: runtime === 'deno' ? ['--allow-net'] : [],
      }),
  );

  it.each(['node20', 'node22', 'node24', 'node26'] as const)(
    '%s under --use-openssl-ca trusts a server signed by a CA of the OpenSSL store while given another ca',
    (runtime) =>
      expectCaAdded(runtime, { env: { SSL_CERT_FILE: live.file('ca.pem') }, flags: ['--use-openssl-ca'] }),
  );
});
