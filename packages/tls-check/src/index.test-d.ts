import {
  assertHttpsUrl,
  type CheckTlsOptions,
  checkRuntime,
  checkTls,
  compareTlsVersions,
  isTlsVersionAllowed,
  type LoweredSetting,
  MIN_TLS_VERSION,
  parseTlsVersion,
  type RuntimeReport,
  sniServername,
  type TlsCheckError,
  type TlsCheckErrorCode,
  type TlsConnection,
  type TlsConnectionRole,
  type TlsConnectOptions,
  type TlsNoteCode,
  type TlsProblem,
  type TlsProblemCode,
  type TlsReport,
  type TlsRuntime,
  type TlsVersion,
  tlsConnectOptions,
} from '@auth/tls-check';
import { expectTypeOf, test } from 'vitest';
import type * as NodeEntry from '../dist/node.js';

test('the built declarations expose the error class and its code union', () => {
  expectTypeOf<TlsCheckError>().toMatchTypeOf<Error>();
  expectTypeOf<TlsCheckError['code']>().toEqualTypeOf<TlsCheckErrorCode>();
  expectTypeOf<TlsCheckError['name']>().toEqualTypeOf<'TlsCheckError'>();
  expectTypeOf<TlsCheckErrorCode>().toEqualTypeOf<
    'NOT_A_STRING' | 'INVALID_OPTION' | 'UNKNOWN_TLS_VERSION' | 'INVALID_URL' | 'NOT_HTTPS' | 'INVALID_HOST'
  >();
});

test('versions are a closed union, in the spelling of node:tls', () => {
  expectTypeOf(MIN_TLS_VERSION).toEqualTypeOf<'TLSv1.2'>();
  expectTypeOf<TlsVersion>().toEqualTypeOf<'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'>();
  expectTypeOf(parseTlsVersion).parameter(0).toEqualTypeOf<string | number>();
  expectTypeOf(parseTlsVersion).returns.toEqualTypeOf<TlsVersion>();
  expectTypeOf(compareTlsVersions).returns.toEqualTypeOf<-1 | 0 | 1>();
  expectTypeOf(isTlsVersionAllowed).returns.toEqualTypeOf<boolean>();
  expectTypeOf(isTlsVersionAllowed).toBeCallableWith('TLSv1.3');
  expectTypeOf(isTlsVersionAllowed).toBeCallableWith('TLSv1.3', 0x0304);
});

test('URL and SNI helpers', () => {
  expectTypeOf(assertHttpsUrl).parameter(0).toEqualTypeOf<string | URL>();
  expectTypeOf(assertHttpsUrl).returns.toEqualTypeOf<URL>();
  expectTypeOf(sniServername).returns.toEqualTypeOf<string | undefined>();
  expectTypeOf(tlsConnectOptions).returns.toEqualTypeOf<TlsConnectOptions>();
  expectTypeOf<TlsConnectOptions>().toEqualTypeOf<{
    host: string;
    port: number;
    servername?: string;
    minVersion: 'TLSv1.2';
  }>();
});

test('checkTls returns the documented report', () => {
  expectTypeOf(checkTls).toBeCallableWith('https://example.com');
  expectTypeOf(checkTls).toBeCallableWith(new URL('https://example.com'), {
    timeoutMs: 1,
    ca: ['pem'],
    minVersion: 'TLSv1.3',
  });
  expectTypeOf(checkTls).returns.toEqualTypeOf<Promise<TlsReport>>();
  expectTypeOf<CheckTlsOptions['ca']>().toEqualTypeOf<string | readonly string[] | undefined>();
  expectTypeOf<TlsReport['ok']>().toEqualTypeOf<boolean>();
  expectTypeOf<TlsReport['protocol']>().toEqualTypeOf<TlsVersion | null>();
  expectTypeOf<TlsReport['sni']>().toEqualTypeOf<{ sent: boolean; servername: string | null }>();
  expectTypeOf<TlsReport['authorized']>().toEqualTypeOf<boolean | null>();
  expectTypeOf<TlsReport['runtime']>().toEqualTypeOf<TlsRuntime>();
  expectTypeOf<TlsReport['problems']>().toEqualTypeOf<TlsProblem[]>();
  expectTypeOf<TlsProblem['code']>().toEqualTypeOf<TlsProblemCode>();
  expectTypeOf<TlsProblem['connection']>().toEqualTypeOf<TlsConnectionRole | undefined>();
  expectTypeOf<TlsReport['connections']>().toEqualTypeOf<TlsConnection[]>();
  expectTypeOf<TlsConnection>().toEqualTypeOf<{
    role: 'default' | 'diagnostic';
    minVersion: TlsVersion;
    ciphers: string | null;
    protocol: TlsVersion | null;
    error: string | null;
  }>();
  expectTypeOf<'HANDSHAKE_WEAK' | 'PERMISSION_DENIED'>().toMatchTypeOf<TlsProblemCode>();
  expectTypeOf<'CERT_WEAK_ACCEPTED' | 'PERMISSION_DENIED'>().toMatchTypeOf<TlsNoteCode>();
  // @ts-expect-error: the report no longer has lowestOffered (see connections)
  expectTypeOf<TlsReport['lowestOffered']>().toBeNever();
  expectTypeOf<TlsReport['notes'][number]['code']>().toEqualTypeOf<TlsNoteCode>();
  expectTypeOf<'CERT_WRONG_NAME'>().toMatchTypeOf<TlsProblemCode>();
  // @ts-expect-error: not a problem code
  expectTypeOf<'CERT_WRONG'>().toMatchTypeOf<TlsProblemCode>();
});

test('checkRuntime returns the documented report', () => {
  expectTypeOf(checkRuntime).returns.toEqualTypeOf<RuntimeReport>();
  expectTypeOf<RuntimeReport['lowered']>().toEqualTypeOf<LoweredSetting[]>();
  expectTypeOf<RuntimeReport['tls12']>().toEqualTypeOf<boolean>();
  expectTypeOf<RuntimeReport['minVersion']>().toEqualTypeOf<TlsVersion | null>();
});

test('the node/bun/deno entry has the same surface and types as the default entry', () => {
  expectTypeOf<typeof NodeEntry.checkTls>().toEqualTypeOf<typeof checkTls>();
  expectTypeOf<typeof NodeEntry.checkRuntime>().toEqualTypeOf<typeof checkRuntime>();
  expectTypeOf<typeof NodeEntry.parseTlsVersion>().toEqualTypeOf<typeof parseTlsVersion>();
  expectTypeOf<typeof NodeEntry.tlsConnectOptions>().toEqualTypeOf<typeof tlsConnectOptions>();
  expectTypeOf<keyof typeof NodeEntry>().toEqualTypeOf<keyof typeof import('@auth/tls-check')>();
});
