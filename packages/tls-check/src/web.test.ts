import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectRejects } from '../../../config/expect-error.ts';
import * as vectors from '../../../conformance/vectors/tls-check.js';
import { type CheckTlsOptions, checkRuntime, checkTls, TlsCheckError } from './index.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('checkTls in a runtime without sockets (the default entry)', () => {
  it('judges an https: URL ok, clearly marked as not measured', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0' });
    const report = await checkTls('https://Example.Zendesk.com/api/v2/users.json');
    expect(report).toEqual({
      ok: true,
      url: 'https://example.zendesk.com',
      runtime: 'browser',
      measured: false,
      protocol: null,
      sni: { sent: false, servername: 'example.zendesk.com' },
      alpn: null,
      cipher: null,
      authorized: null,
      authorizationError: null,
      durationMs: null,
      connections: [],
      problems: [],
      notes: [
        {
          code: 'NOT_MEASURED',
          message: 'not measured: browser enforces TLS 1.2+ and SNI itself',
        },
      ],
    });
  });

  it('says workerd in Cloudflare Workers, and web elsewhere', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    expect((await checkTls('https://example.com/')).runtime).toBe('workerd');
    vi.stubGlobal('navigator', undefined);
    expect((await checkTls('https://example.com/')).runtime).toBe('web');
  });

  it('reports a plain-HTTP URL as NOT_HTTPS, and sends no SNI to an IP address', async () => {
    const http = await checkTls('http://example.zendesk.com/');
    expect(http.ok).toBe(false);
    expect(http.problems).toEqual([{ code: 'NOT_HTTPS', message: 'url uses http:; use https: instead' }]);
    expect(http.sni).toEqual({ sent: false, servername: null });
    const ip = await checkTls(new URL('https://127.0.0.1:8443/'));
    expect(ip.ok).toBe(true);
    expect(ip.url).toBe('https://127.0.0.1:8443');
    expect(ip.sni).toEqual({ sent: false, servername: null });
  });

  it('leaves credentials, path and query out of the report', async () => {
    const secret = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';
    const report = await checkTls(
      `https://jdoe%40example.com%2Ftoken:${secret}@example.com/x?token=${secret}#${secret}`,
    );
    expect(report.url).toBe('https://example.com');
    expect(JSON.stringify(report)).not.toContain(secret);
  });

  it('checks its options as the socket entry does, and takes valid ones', async () => {
    await expect(
      checkTls('https://example.com/', { minVersion: 'TLSv1.3', timeoutMs: 5, ca: ['any text'] }),
    ).resolves.toMatchObject({
      ok: true,
    });
    for (const [options, code, message] of vectors.invalidCheckOptions) {
      const error = await expectRejects(
        checkTls('https://example.com/', options as CheckTlsOptions),
        TlsCheckError,
        code,
      );
      expect(error.message).toBe(`[@auth/tls-check] ${message}`);
    }
  });

  it('refuses a bad URL, port 0 and a host that is no DNS name, as the socket entry does', async () => {
    for (const [url, code, message] of [...vectors.invalidUrls, ...vectors.invalidConnectUrls]) {
      const error = await expectRejects(checkTls(url as string), TlsCheckError, code);
      expect(error.message).toBe(`[@auth/tls-check] ${message}`);
    }
  });
});

describe('checkRuntime in a runtime without sockets', () => {
  it('says TLS 1.2+ and SNI, not measured, nothing lowered', () => {
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    expect(checkRuntime()).toEqual({
      ok: true,
      runtime: 'workerd',
      version: null,
      measured: false,
      tls12: true,
      sni: true,
      minVersion: null,
      maxVersion: null,
      lowered: [],
      problems: [],
      notes: [
        {
          code: 'NOT_MEASURED',
          message: 'not measured: workerd enforces TLS 1.2+ and SNI itself',
        },
      ],
    });
  });
});
