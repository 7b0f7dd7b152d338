// Types of ./tls-check.js, for the unit tests of packages/tls-check that run the same vectors.
import type { TlsCheckErrorCode } from '../../packages/tls-check/src/errors.ts';

type Version = 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
type ErrorCode = TlsCheckErrorCode;
/** [input, code, message] */
type Refusal = [unknown, ErrorCode, string];

export const ZENDESK_URL: string;
export const SECRET: string;
export const versionSpellings: [string | number, Version][];
export const invalidVersions: Refusal[];
export const comparisons: [string | number, string | number, -1 | 0 | 1][];
export const allowed: [string, string | undefined, boolean][];
export const httpsUrls: [string, string][];
export const notHttpsUrls: [string, string][];
export const invalidUrls: Refusal[];
export const sniNames: [string, string | undefined][];
export const invalidHosts: Refusal[];
export const connectOptions: [
  string,
  { host: string; port: number; servername?: string; minVersion: 'TLSv1.2' },
][];
export const invalidConnectUrls: [string, ErrorCode, string][];
export const invalidCheckOptions: Refusal[];
export const invalidCaTexts: [string, string, string][];
export const reportRuntime: Record<string, string>;
export const problemCodes: string[];
export const noteCodes: string[];
export const errorCodes: string[];
