export { classifyAuthorization } from './classify.ts';
export { CorsPolicyError, type CorsPolicyErrorCode } from './errors.ts';
export { assertCorsAllowedAuth, isCorsAllowedAuth } from './guard.ts';
export { createCorsPolicy } from './policy.ts';
export type {
  AuthorizationKind,
  CorsDecision,
  CorsNext,
  CorsOrigins,
  CorsPolicy,
  CorsPolicyOptions,
  CorsReason,
  CorsRequest,
} from './types.ts';
