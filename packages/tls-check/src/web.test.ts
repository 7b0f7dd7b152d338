import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkRuntime, checkTls } from './index.ts';

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
      lowestOffered: null,
      sni: { sent: false, servername: 'example.zendesk.com' },
      alpn: null,
      cipher: null,
      authorized: null,
      authorizationError: null,
      durationMs: null,
      problems: [],
      notes: [
        {
          code: 'NOT_MEASURED',
          message: 'not measured: browser enforces TLS 1.2+ and SNI itself; only the URL was judged',
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
    expect(http.problems).toEqual([
      { code: 'NOT_HTTPS', message: 'url uses http:; use https: instead (TLS 1.2 or newer)' },
    ]);
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

  it('rejects a bad URL or minVersion with the error codes of every runtime', async () => {
    await expect(checkTls('https://exa mple.com/')).rejects.toMatchObject({ code: 'INVALID_URL' });
    await expect(checkTls('https://example.com/', { minVersion: 'TLSv9' })).rejects.toMatchObject({
      code: 'UNKNOWN_TLS_VERSION',
    });
    await expect(
      checkTls('https://example.com/', { minVersion: 'TLSv1.3', timeoutMs: 5 }),
    ).resolves.toMatchObject({
      ok: true,
    });
  });
});

describe('checkTls options in a runtime without sockets', () => {
  it.each([
    [{ timeoutMs: -1 }, 'timeoutMs must be a number of milliseconds above 0, such as 10000'],
    [{ timeoutMs: 0 }, 'timeoutMs must be a number of milliseconds above 0, such as 10000'],
    [
      { ca: 'file.pem' },
      'ca must be PEM text (-----BEGIN CERTIFICATE-----...), not a file name; read the file first',
    ],
  ])('refuses %j with INVALID_OPTION, as the socket entry does', async (options, message) => {
    await expect(checkTls('https://x', options)).rejects.toMatchObject({
      name: 'TlsCheckError',
      code: 'INVALID_OPTION',
      message: `[@auth/tls-check] ${message}`,
    });
  });

  it('refuses port 0 and an empty label, as the socket entry does', async () => {
    await expect(checkTls('https://example.com:0/')).rejects.toMatchObject({
      code: 'INVALID_URL',
      message: '[@auth/tls-check] url port must be 1 to 65535, not 0; leave it out for 443',
    });
    await expect(checkTls('https://a..b/')).rejects.toMatchObject({
      code: 'INVALID_HOST',
      message: '[@auth/tls-check] host must be a bare host name or IP address',
    });
  });

  it('takes valid options, and PEM text for ca', async () => {
    const ca = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    await expect(checkTls('https://x', { timeoutMs: 1, ca: [ca] })).resolves.toMatchObject({ ok: true });
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
          message: 'not measured: workerd enforces TLS 1.2+ and SNI itself; only the URL was judged',
        },
      ],
    });
  });
});
