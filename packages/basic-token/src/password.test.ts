import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error.ts';
import { basicPasswordHeader, parseBasicToken } from './index.ts';

describe('basicPasswordHeader (deprecated)', () => {
  it('encodes email:password', () => {
    expect(basicPasswordHeader({ email: 'jdoe@example.com', password: 'hunter2' })).toBe(
      `Basic ${btoa('jdoe@example.com:hunter2')}`,
    );
  });

  it('round-trips through parseBasicToken as a password, in UTF-8', () => {
    const header = basicPasswordHeader({ email: 'jdoe@example.com', password: 'pässwörd:1' });
    expect(parseBasicToken(header)).toStrictEqual({
      kind: 'password',
      email: 'jdoe@example.com',
      password: 'pässwörd:1',
    });
  });

  it('refuses what the token encoders refuse, naming the password', () => {
    const email = 'jdoe@example.com';
    expectError(() => basicPasswordHeader({ email, password: '' }), 'EMPTY_PASSWORD', ['password is empty']);
    expectError(
      () => basicPasswordHeader({ email: '', password: 'hunter2' }),
      'EMPTY_EMAIL',
      ['email'],
      ['hunter2'],
    );
    expectError(() => basicPasswordHeader(undefined as never), 'EMPTY_EMAIL', ['email']);
    expectError(
      () => basicPasswordHeader({ email, password: 'hunter2\n' }),
      'WHITESPACE',
      ['password'],
      ['hunter2'],
    );
    expectError(() => basicPasswordHeader({ email, password: 'a\nb' }), 'CONTROL_CHARACTER', ['password']);
    expectError(
      () => basicPasswordHeader({ email: `${email}/token`, password: 'hunter2' }),
      'EMAIL_ENDS_WITH_TOKEN',
      ['email'],
      ['hunter2'],
    );
    expectError(() => basicPasswordHeader({ email: 'a:b', password: 'hunter2' }), 'COLON_IN_USERNAME', [
      'email',
    ]);
    expectError(() => basicPasswordHeader({ email, password: 7 as never }), 'NOT_A_STRING', ['password']);
  });
});
