import type { BasicTokenError, BasicTokenErrorCode } from '@auth/basic-token';
import { expectTypeOf, test } from 'vitest';

test('the built declarations expose the error class and its code union', () => {
  expectTypeOf<BasicTokenError>().toMatchTypeOf<Error>();
  expectTypeOf<BasicTokenError['code']>().toEqualTypeOf<BasicTokenErrorCode>();
  expectTypeOf<BasicTokenError['name']>().toEqualTypeOf<'BasicTokenError'>();
});
