import {
  type BasicCredentials,
  type BasicPasswordInput,
  BasicTokenError,
  type BasicTokenErrorCode,
  type BasicTokenInput,
  basicPasswordHeader,
  basicTokenCredentials,
  basicTokenHeader,
  basicTokenUserinfo,
  type DecodeBasicOptions,
  decodeBasic,
  encodeBasic,
  MAX_BASIC_HEADER_LENGTH,
  type ParsedApiToken,
  type ParsedBasicToken,
  type ParsedPassword,
  parseBasicToken,
  redactBasic,
} from '@auth/basic-token';
import { describe, expectTypeOf, test } from 'vitest';

describe('the built declarations', () => {
  test('expose the error class and its code union', () => {
    expectTypeOf<BasicTokenError>().toMatchTypeOf<Error>();
    expectTypeOf<BasicTokenError['code']>().toEqualTypeOf<BasicTokenErrorCode>();
    expectTypeOf<BasicTokenError['name']>().toEqualTypeOf<'BasicTokenError'>();
    expectTypeOf<'TOO_LONG'>().toMatchTypeOf<BasicTokenErrorCode>();
    expectTypeOf<'EMPTY_EMAIL'>().toMatchTypeOf<BasicTokenErrorCode>();
    expectTypeOf<'SOMETHING_ELSE'>().not.toMatchTypeOf<BasicTokenErrorCode>();
    expectTypeOf(BasicTokenError).constructorParameters.toEqualTypeOf<
      [code: BasicTokenErrorCode, message: string, options?: ErrorOptions]
    >();
  });

  test('type the encoders: an input object in, a string out', () => {
    expectTypeOf(basicTokenHeader).parameter(0).toEqualTypeOf<BasicTokenInput>();
    expectTypeOf(basicTokenHeader).returns.toBeString();
    expectTypeOf(basicTokenCredentials).parameters.toEqualTypeOf<[BasicTokenInput]>();
    expectTypeOf(basicTokenCredentials).returns.toBeString();
    expectTypeOf(basicTokenUserinfo).parameters.toEqualTypeOf<[BasicTokenInput]>();
    expectTypeOf(basicTokenUserinfo).returns.toBeString();
    expectTypeOf(basicPasswordHeader).parameters.toEqualTypeOf<[BasicPasswordInput]>();
    expectTypeOf(encodeBasic).parameters.toEqualTypeOf<[username: string, password: string]>();
    expectTypeOf(encodeBasic).returns.toBeString();
    expectTypeOf<BasicTokenInput>().toEqualTypeOf<{ email: string; token: string }>();
    expectTypeOf<BasicPasswordInput>().toEqualTypeOf<{ email: string; password: string }>();
    // @ts-expect-error the token is required
    basicTokenHeader({ email: 'jdoe@example.com' });
  });

  test('type the decoders', () => {
    expectTypeOf(decodeBasic).parameters.toEqualTypeOf<[value: string, options?: DecodeBasicOptions]>();
    expectTypeOf(decodeBasic).returns.toEqualTypeOf<BasicCredentials>();
    expectTypeOf<BasicCredentials>().toEqualTypeOf<{ username: string; password: string }>();
    expectTypeOf<DecodeBasicOptions>().toEqualTypeOf<{ maxLength?: number }>();
    expectTypeOf(parseBasicToken).returns.toEqualTypeOf<ParsedBasicToken>();
    expectTypeOf(redactBasic).parameter(0).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(redactBasic).returns.toBeString();
    expectTypeOf(MAX_BASIC_HEADER_LENGTH).toBeNumber();
  });

  test('parseBasicToken returns a union discriminated by kind', () => {
    expectTypeOf<ParsedBasicToken>().toEqualTypeOf<ParsedApiToken | ParsedPassword>();
    const parsed = parseBasicToken('Basic x');
    if (parsed.kind === 'api-token') {
      expectTypeOf(parsed).toEqualTypeOf<ParsedApiToken>();
      expectTypeOf(parsed.token).toBeString();
      // @ts-expect-error an API token has no password
      parsed.password;
    } else {
      expectTypeOf(parsed).toEqualTypeOf<ParsedPassword>();
      expectTypeOf(parsed.password).toBeString();
    }
    expectTypeOf<ParsedBasicToken['kind']>().toEqualTypeOf<'api-token' | 'password'>();
  });
});
