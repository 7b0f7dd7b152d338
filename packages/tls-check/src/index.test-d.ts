import type { TlsCheckError, TlsCheckErrorCode } from '@auth/tls-check';
import { expectTypeOf, test } from 'vitest';

test('the built declarations expose the error class and its code union', () => {
  expectTypeOf<TlsCheckError>().toMatchTypeOf<Error>();
  expectTypeOf<TlsCheckError['code']>().toEqualTypeOf<TlsCheckErrorCode>();
  expectTypeOf<TlsCheckError['name']>().toEqualTypeOf<'TlsCheckError'>();
});
