export { BasicTokenError, type BasicTokenErrorCode } from './errors.ts';
