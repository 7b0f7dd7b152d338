import {
  type BEARER_MAX_LENGTH,
  type BearerChallenge,
  type BearerChallengeError,
  type BearerChallengeParams,
  BearerError,
  type BearerErrorCode,
  bearerChallenge,
  bearerHeader,
  isBearerToken,
  parseBearer,
  parseBearerChallenge,
  redactBearer,
} from '@auth/bearer';
import { expectTypeOf, test } from 'vitest';

test('the built declarations expose the error class and its code union', () => {
  expectTypeOf<BearerError>().toMatchTypeOf<Error>();
  expectTypeOf<BearerError['code']>().toEqualTypeOf<BearerErrorCode>();
  expectTypeOf<BearerError['name']>().toEqualTypeOf<'BearerError'>();
  expectTypeOf<'WHITESPACE'>().toMatchTypeOf<BearerErrorCode>();
  expectTypeOf<'MALFORMED_CHALLENGE'>().toMatchTypeOf<BearerErrorCode>();
  expectTypeOf<'SOMETHING_ELSE'>().not.toMatchTypeOf<BearerErrorCode>();
  expectTypeOf(BearerError).constructorParameters.toEqualTypeOf<
    [code: BearerErrorCode, message: string, options?: ErrorOptions]
  >();
});

test('header functions take and give strings', () => {
  expectTypeOf(bearerHeader).toEqualTypeOf<(token: string) => string>();
  expectTypeOf(parseBearer).toEqualTypeOf<(value: string) => string>();
  expectTypeOf(redactBearer).parameter(0).toBeUnknown();
  expectTypeOf(redactBearer).returns.toBeString();
  expectTypeOf<typeof BEARER_MAX_LENGTH>().toEqualTypeOf<16384>();
});

test('isBearerToken takes anything and narrows it to a string', () => {
  expectTypeOf(isBearerToken).parameter(0).toBeUnknown();
  const value: unknown = 'abc';
  if (isBearerToken(value)) expectTypeOf(value).toBeString();
});

test('bearerChallenge takes the RFC 6750 section 3 parameters, all optional', () => {
  expectTypeOf(bearerChallenge).parameter(0).toEqualTypeOf<BearerChallengeParams | undefined>();
  expectTypeOf(bearerChallenge).returns.toBeString();
  expectTypeOf<BearerChallengeError>().toEqualTypeOf<
    'invalid_request' | 'invalid_token' | 'insufficient_scope'
  >();
  expectTypeOf<BearerChallengeParams['scope']>().toEqualTypeOf<string | readonly string[] | undefined>();
  expectTypeOf<BearerChallengeParams['error']>().toEqualTypeOf<BearerChallengeError | undefined>();
  expectTypeOf<{
    realm: 'x';
    scope: ['a', 'b'];
    error: 'invalid_token';
  }>().toMatchTypeOf<BearerChallengeParams>();
  expectTypeOf<{ error: 'expired' }>().not.toMatchTypeOf<BearerChallengeParams>();
  expectTypeOf<{ errorDescription: 42 }>().not.toMatchTypeOf<BearerChallengeParams>();
});

test('parseBearerChallenge gives the same keys, scope as a string, error possibly an extension', () => {
  expectTypeOf(parseBearerChallenge).returns.toEqualTypeOf<BearerChallenge>();
  expectTypeOf<keyof BearerChallenge>().toEqualTypeOf<keyof BearerChallengeParams | 'params'>();
  expectTypeOf<BearerChallenge['params']>().toEqualTypeOf<Record<string, string> | undefined>();
  expectTypeOf<BearerChallenge['scope']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<BearerChallenge['realm']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<'invalid_token'>().toMatchTypeOf<NonNullable<BearerChallenge['error']>>();
  expectTypeOf<'insufficient_user_authentication'>().toMatchTypeOf<NonNullable<BearerChallenge['error']>>();
  // What a server parsed can be sent again, once the error is one of the three.
  expectTypeOf<Omit<BearerChallenge, 'error' | 'params'>>().toMatchTypeOf<BearerChallengeParams>();
});
