import { readOptions } from './options.ts';
import { urlReport } from './report.ts';
import type { CheckTlsOptions, RuntimeReport, TlsNote, TlsReport, TlsRuntime } from './types.ts';

/** `workerd` (its user agent is `Cloudflare-Workers`), `browser` (`Mozilla/...`), else `web`. */
function webRuntime(): TlsRuntime {
  const agent = String(globalThis.navigator?.userAgent);
  return agent === 'Cloudflare-Workers' ? 'workerd' : agent.startsWith('Mozilla/') ? 'browser' : 'web';
}

const notMeasured = (runtime: TlsRuntime): TlsNote => ({
  code: 'NOT_MEASURED',
  message: `not measured: ${runtime} enforces TLS 1.2+ and SNI itself`,
});

/**
 * Checks a URL's TLS. In browsers and Workers there is no socket to measure with, so this
 * judges the URL only: `ok` when it is `https:`/`wss:` (else a `NOT_HTTPS` problem), with a
 * `NOT_MEASURED` note saying that the runtime enforces TLS 1.2+ and SNI itself; `protocol`,
 * `cipher`, `alpn` and `authorized` stay `null`, and `sni.sent` is `false` (this check sent no
 * ClientHello; `sni.servername` is the name the runtime would send). Node, Bun and Deno resolve this package to an
 * entry that performs a real handshake.
 *
 * @throws {TlsCheckError} (as a rejection) `INVALID_URL`, `INVALID_HOST`, `NOT_A_STRING`,
 * `INVALID_OPTION` (options not an object, a bad `timeoutMs`, a `ca` that is not text: its
 * content is checked where it is used, in Node, Bun and Deno), `UNKNOWN_TLS_VERSION`.
 *
 * @example
 * ```ts
 * const report = await checkTls('https://example.zendesk.com/');
 * report.ok; // => true
 * report.measured; // => false
 * report.notes[0].code; // => 'NOT_MEASURED'
 * (await checkTls('http://example.zendesk.com/')).problems[0].code; // => 'NOT_HTTPS'
 * ```
 */
export async function checkTls(url: string | URL, options?: CheckTlsOptions): Promise<TlsReport> {
  // Nothing is timed or verified here, but the options are checked as the socket entry checks
  // them, so that a bad `timeoutMs`, `ca` or `minVersion`, or options that are `null`, fail in
  // every runtime.
  readOptions(options);
  const report = urlReport(url, webRuntime());
  report.notes.push(notMeasured(report.runtime));
  return report;
}

/**
 * What this runtime can do. Browsers and Workers keep their TLS settings to themselves and
 * all speak TLS 1.2+ with SNI, so the answer is `{ ok: true, tls12: true, sni: true,
 * measured: false, lowered: [] }` with a `NOT_MEASURED` note.
 *
 * @example
 * ```ts
 * const { tls12, sni, measured, lowered } = checkRuntime();
 * [tls12, sni, measured, lowered]; // => [true, true, false, []]
 * ```
 */
export function checkRuntime(): RuntimeReport {
  const runtime = webRuntime();
  return {
    ok: true,
    runtime,
    version: null,
    measured: false,
    tls12: true,
    sni: true,
    minVersion: null,
    maxVersion: null,
    lowered: [],
    problems: [],
    notes: [notMeasured(runtime)],
  };
}
