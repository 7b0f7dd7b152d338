import type { RuntimeReport, TlsConnection, TlsNote, TlsProblem, TlsReport } from './types.ts';

const row = (label: string, value: string): string => `  ${label.padEnd(13)}${value}`;

function findings(problems: readonly TlsProblem[], notes: readonly TlsNote[]): string[] {
  const line = ({ code, message, connection }: TlsProblem | (TlsNote & { connection?: undefined })) =>
    `  ${code}${connection ? ` (${connection} connection)` : ''}: ${message}`;
  return [
    ...(problems.length ? ['problems', ...problems.map(line)] : []),
    ...(notes.length ? ['notes', ...notes.map(line)] : []),
  ];
}

/** `offered TLSv1.2+ with this runtime's ciphers: TLSv1.3`, or `...: failed (ERR_...)`. */
const connectionRow = ({ role, minVersion, ciphers, protocol, error }: TlsConnection): string =>
  row(
    role,
    `offered ${minVersion}+ with ${ciphers ?? "this runtime's ciphers"}: ${protocol ?? `failed (${error})`}`,
  );

function certificate({ authorized, authorizationError }: TlsReport): string {
  if (authorized === null) return 'not checked';
  return authorized ? 'trusted, names the host' : `NOT trusted (${authorizationError})`;
}

/** The report of `checkTls` as lines a person reads (what the CLI prints without `--json`). */
export function formatTlsReport(report: TlsReport): string {
  const { ok, url, runtime, measured, protocol, sni, alpn, cipher, durationMs, connections } = report;
  const head = `${url}  ${ok ? 'OK' : 'NOT OK'}  (${runtime}, ${measured ? `${durationMs} ms` : 'not measured'})`;
  const lines = [head, ...connections.map(connectionRow)];
  if (measured) {
    lines.push(
      row('protocol', protocol ?? 'none negotiated'),
      row('cipher', cipher ?? 'none'),
      row('alpn', alpn ?? 'none'),
    );
  }
  lines.push(
    row(
      'sni',
      sni.sent
        ? `sent: ${sni.servername}`
        : report.problems.some(({ code }) => code === 'NOT_HTTPS')
          ? 'none (no TLS)'
          : sni.servername === null
            ? 'not sent: the URL names an IP address (RFC 6066)'
            : `not sent: no handshake started (would send ${sni.servername})`,
    ),
    row('certificate', certificate(report)),
    ...findings(report.problems, report.notes),
  );
  return lines.join('\n');
}

/** The report of `checkRuntime` as lines a person reads (the CLI's `--runtime`). */
export function formatRuntimeReport(report: RuntimeReport): string {
  const { ok, runtime, version, measured, tls12, sni, minVersion, maxVersion, lowered } = report;
  return [
    `${runtime} ${version ?? ''}  ${ok ? 'OK' : 'NOT OK'}  (${measured ? 'settings read' : 'not measured'})`,
    row('TLS 1.2+', tls12 ? 'yes' : 'NO'),
    row('SNI', sni ? 'yes' : 'NO'),
    row('defaults', `${minVersion ?? '?'} to ${maxVersion ?? '?'}`),
    row(
      'lowered',
      lowered.length ? lowered.map(({ setting, value }) => `${setting} = ${value}`).join(', ') : 'nothing',
    ),
    ...findings(report.problems, report.notes),
  ].join('\n');
}
