import type { BearerError, BearerErrorCode } from '@auth/bearer';
import { expectTypeOf, test } from 'vitest';

test('the built declarations expose the error class and its code union', () => {
  expectTypeOf<BearerError>().toMatchTypeOf<Error>();
  expectTypeOf<BearerError['code']>().toEqualTypeOf<BearerErrorCode>();
  expectTypeOf<BearerError['name']>().toEqualTypeOf<'BearerError'>();
});
