export { BearerError, type BearerErrorCode } from './errors.ts';
