// The pure surface every entry exports, whatever the runtime.
export { type TlsConnectOptions, tlsConnectOptions } from './connect-options.ts';
export { TlsCheckError, type TlsCheckErrorCode } from './errors.ts';
export { sniServername } from './sni.ts';
export type {
  CheckTlsOptions,
  LoweredSetting,
  RuntimeReport,
  TlsConnection,
  TlsConnectionRole,
  TlsNote,
  TlsNoteCode,
  TlsProblem,
  TlsProblemCode,
  TlsReport,
  TlsRuntime,
} from './types.ts';
export { assertHttpsUrl } from './url.ts';
export {
  compareTlsVersions,
  isTlsVersionAllowed,
  MIN_TLS_VERSION,
  parseTlsVersion,
  type TlsVersion,
  type TlsVersionInput,
} from './version.ts';
