import {
  type AuthorizationKind,
  assertCorsAllowedAuth,
  type CorsDecision,
  type CorsNext,
  type CorsOrigins,
  type CorsPolicy,
  type CorsPolicyError,
  type CorsPolicyErrorCode,
  type CorsPolicyOptions,
  type CorsReason,
  type CorsRequest,
  classifyAuthorization,
  createCorsPolicy,
  isCorsAllowedAuth,
} from '@auth/cors-policy';
import { expectTypeOf, test } from 'vitest';

test('the built declarations expose the error class and its code union', () => {
  expectTypeOf<CorsPolicyError>().toMatchTypeOf<Error>();
  expectTypeOf<CorsPolicyError['code']>().toEqualTypeOf<CorsPolicyErrorCode>();
  expectTypeOf<CorsPolicyError['name']>().toEqualTypeOf<'CorsPolicyError'>();
  expectTypeOf<'NO_ORIGINS'>().toMatchTypeOf<CorsPolicyErrorCode>();
  expectTypeOf<'WILDCARD_WITH_CREDENTIALS'>().toMatchTypeOf<CorsPolicyErrorCode>();
  expectTypeOf<'INVALID_NEXT'>().toMatchTypeOf<CorsPolicyErrorCode>();
  expectTypeOf<'SOMETHING_ELSE'>().not.toMatchTypeOf<CorsPolicyErrorCode>();
});

test('client-side functions', () => {
  expectTypeOf(classifyAuthorization).parameter(0).toEqualTypeOf<string | null | undefined>();
  expectTypeOf(classifyAuthorization).returns.toEqualTypeOf<AuthorizationKind>();
  expectTypeOf<AuthorizationKind>().toEqualTypeOf<'none' | 'bearer' | 'api-token' | 'password' | 'other'>();
  expectTypeOf(isCorsAllowedAuth).returns.toEqualTypeOf<boolean>();
  expectTypeOf(assertCorsAllowedAuth).returns.toEqualTypeOf<'none' | 'bearer'>();
});

test('createCorsPolicy options and result', () => {
  expectTypeOf(createCorsPolicy).parameter(0).toEqualTypeOf<CorsPolicyOptions>();
  expectTypeOf(createCorsPolicy).returns.toEqualTypeOf<CorsPolicy>();
  expectTypeOf<CorsPolicyOptions['origins']>().toEqualTypeOf<CorsOrigins>();
  expectTypeOf<'*'>().toMatchTypeOf<CorsOrigins>();
  expectTypeOf<RegExp>().toMatchTypeOf<CorsOrigins>();
  expectTypeOf<(origin: string) => boolean>().toMatchTypeOf<CorsOrigins>();
  expectTypeOf<readonly string[]>().toMatchTypeOf<CorsOrigins>();
  expectTypeOf<number>().not.toMatchTypeOf<CorsOrigins>();
  expectTypeOf<{ origins: '*'; allowAuth: ['bearer'] }>().toMatchTypeOf<CorsPolicyOptions>();
  expectTypeOf<{ origins: '*'; allowAuth: ['oauth'] }>().not.toMatchTypeOf<CorsPolicyOptions>();
  expectTypeOf<{ methods: ['GET'] }>().not.toMatchTypeOf<CorsPolicyOptions>();
  expectTypeOf<{ origins: '*'; onError: (error: unknown) => Response }>().toMatchTypeOf<CorsPolicyOptions>();
  expectTypeOf<{
    origins: '*';
    onError: (error: unknown, request: Request) => Promise<Response>;
  }>().toMatchTypeOf<CorsPolicyOptions>();
  expectTypeOf<{ origins: '*'; onError: () => string }>().not.toMatchTypeOf<CorsPolicyOptions>();
});

test('handle and evaluate', () => {
  const policy = createCorsPolicy({ origins: '*' });
  expectTypeOf(policy.handle).parameters.toEqualTypeOf<[Request, CorsNext]>();
  expectTypeOf(policy.handle).returns.toEqualTypeOf<Promise<Response>>();
  expectTypeOf<() => Response>().toMatchTypeOf<CorsNext>();
  expectTypeOf<(request: Request) => Promise<Response>>().toMatchTypeOf<CorsNext>();
  expectTypeOf(policy.evaluate).returns.toEqualTypeOf<CorsDecision>();
  expectTypeOf(policy.evaluate).parameter(0).toEqualTypeOf<CorsRequest>();
  expectTypeOf<Request>().toMatchTypeOf<CorsRequest>();
  expectTypeOf<{ url: string; method: string; headers: Headers }>().toMatchTypeOf<CorsRequest>();
  expectTypeOf<{
    url: string;
    method: string;
    headers: Record<string, string>;
  }>().not.toMatchTypeOf<CorsRequest>();
  // The README's usage in a browser: a request-shaped object with a standalone Headers.
  const decision = policy.evaluate({
    url: 'https://api.example.com/me',
    method: 'OPTIONS',
    headers: new Headers({ origin: 'https://app.example.com', 'access-control-request-method': 'PUT' }),
  });
  expectTypeOf(decision.reason).toEqualTypeOf<CorsReason>();
  expectTypeOf<CorsDecision['reason']>().toEqualTypeOf<CorsReason>();
  expectTypeOf<CorsDecision['headers']>().toEqualTypeOf<Headers>();
  expectTypeOf<CorsDecision['allowed']>().toEqualTypeOf<boolean>();
  expectTypeOf<'auth-not-allowed'>().toMatchTypeOf<CorsReason>();
});
