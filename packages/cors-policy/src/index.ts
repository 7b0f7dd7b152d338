export { CorsPolicyError, type CorsPolicyErrorCode } from './errors.ts';
