export { TlsCheckError, type TlsCheckErrorCode } from './errors.ts';
