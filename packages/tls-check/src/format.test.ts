import { describe, expect, it } from 'vitest';
import { formatRuntimeReport, formatTlsReport } from './format.ts';
import type { RuntimeReport, TlsReport } from './types.ts';

const measured: TlsReport = {
  ok: false,
  url: 'https://127.0.0.1:8443',
  runtime: 'node',
  measured: true,
  protocol: 'TLSv1.1',
  sni: { sent: false, servername: null },
  alpn: null,
  cipher: 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  authorized: true,
  authorizationError: null,
  durationMs: 12.5,
  connections: [
    {
      role: 'default',
      minVersion: 'TLSv1.2',
      ciphers: null,
      protocol: null,
      error: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
    },
    {
      role: 'diagnostic',
      minVersion: 'TLSv1',
      ciphers: 'DEFAULT:@SECLEVEL=0',
      protocol: 'TLSv1.1',
      error: null,
    },
  ],
  problems: [
    { code: 'PROTOCOL_TOO_OLD', message: 'the server negotiated TLSv1.1', connection: 'diagnostic' },
  ],
  notes: [{ code: 'LEGACY_NOT_PROBED', message: 'a note' }],
};

describe('formatTlsReport', () => {
  it('prints a measured report line by line', () => {
    expect(formatTlsReport(measured)).toBe(
      [
        'https://127.0.0.1:8443  NOT OK  (node, 12.5 ms)',
        "  default      offered TLSv1.2+ with this runtime's ciphers: failed (ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION)",
        '  diagnostic   offered TLSv1+ with DEFAULT:@SECLEVEL=0: TLSv1.1',
        '  protocol     TLSv1.1',
        '  cipher       TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
        '  alpn         none',
        '  sni          not sent: the URL names an IP address (RFC 6066)',
        '  certificate  trusted, names the host',
        'problems',
        '  PROTOCOL_TOO_OLD (diagnostic connection): the server negotiated TLSv1.1',
        'notes',
        '  LEGACY_NOT_PROBED: a note',
      ].join('\n'),
    );
  });

  it('prints what failed before a handshake, and an unmeasured report', () => {
    const failed = formatTlsReport({
      ...measured,
      protocol: null,
      cipher: null,
      authorized: false,
      authorizationError: 'CERT_HAS_EXPIRED',
      alpn: 'h2',
      sni: { sent: true, servername: 'localhost' },
      problems: [],
      notes: [],
      ok: true,
    });
    expect(failed).toContain('  protocol     none negotiated');
    expect(failed).toContain('  cipher       none');
    expect(failed).toContain('  alpn         h2');
    expect(failed).toContain('  sni          sent: localhost');
    expect(failed).toContain('NOT trusted (CERT_HAS_EXPIRED)');
    expect(failed).not.toContain('problems');
    const web = formatTlsReport({
      ...measured,
      ok: false,
      runtime: 'browser',
      measured: false,
      authorized: null,
      connections: [],
      problems: [{ code: 'NOT_HTTPS', message: 'url uses http:' }],
      notes: [],
    });
    const refused = formatTlsReport({
      ...measured,
      ok: false,
      sni: { sent: false, servername: 'localhost' },
      problems: [{ code: 'CONNECTION_REFUSED', message: 'refused' }],
    });
    expect(refused).toContain('  sni          not sent: no handshake started (would send localhost)');
    expect(web.split('\n').slice(0, 3)).toEqual([
      'https://127.0.0.1:8443  NOT OK  (browser, not measured)',
      '  sni          none (no TLS)',
      '  certificate  not checked',
    ]);
  });
});

describe('formatRuntimeReport', () => {
  const runtime: RuntimeReport = {
    ok: false,
    runtime: 'node',
    version: '20.20.2',
    measured: true,
    tls12: false,
    sni: true,
    minVersion: 'TLSv1',
    maxVersion: 'TLSv1.1',
    lowered: [{ setting: 'tls.DEFAULT_MAX_VERSION', value: 'TLSv1.1', source: 'set by code' }],
    problems: [{ code: 'TLS12_UNAVAILABLE', message: 'no TLS 1.2' }],
    notes: [],
  };

  it('prints abilities, defaults and what lowered them', () => {
    expect(formatRuntimeReport(runtime)).toBe(
      [
        'node 20.20.2  NOT OK  (settings read)',
        '  TLS 1.2+     NO',
        '  SNI          yes',
        '  defaults     TLSv1 to TLSv1.1',
        '  lowered      tls.DEFAULT_MAX_VERSION = TLSv1.1',
        'problems',
        '  TLS12_UNAVAILABLE: no TLS 1.2',
      ].join('\n'),
    );
    const web = formatRuntimeReport({
      ...runtime,
      ok: true,
      runtime: 'browser',
      version: null,
      measured: false,
      tls12: true,
      sni: false,
      minVersion: null,
      maxVersion: null,
      lowered: [],
      problems: [],
    });
    expect(web).toContain('browser   OK  (not measured)');
    expect(web).toContain('  SNI          NO');
    expect(web).toContain('  defaults     ? to ?');
    expect(web).toContain('  lowered      nothing');
  });
});
