import type { CorsPolicyError, CorsPolicyErrorCode } from '@auth/cors-policy';
import { expectTypeOf, test } from 'vitest';

test('the built declarations expose the error class and its code union', () => {
  expectTypeOf<CorsPolicyError>().toMatchTypeOf<Error>();
  expectTypeOf<CorsPolicyError['code']>().toEqualTypeOf<CorsPolicyErrorCode>();
  expectTypeOf<CorsPolicyError['name']>().toEqualTypeOf<'CorsPolicyError'>();
});
