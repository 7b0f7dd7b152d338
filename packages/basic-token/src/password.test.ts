import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { messages } from '../../../conformance/vectors/basic-token.js';
import { BasicTokenError, basicPasswordHeader, parseBasicToken } from './index.ts';

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
    expectThrows(() => basicPasswordHeader({ email, password: '' }), BasicTokenError, 'EMPTY_PASSWORD', {
      words: [messages.missingPassword],
    });
    expectThrows(
      () => basicPasswordHeader({ email: '', password: 'hunter2' }),
      BasicTokenError,
      'EMPTY_EMAIL',
      { words: ['email'], secrets: ['hunter2'] },
    );
    expectThrows(() => basicPasswordHeader(undefined as never), BasicTokenError, 'EMPTY_EMAIL', {
      words: ['email'],
    });
    expectThrows(() => basicPasswordHeader({ email, password: 'hunter2\n' }), BasicTokenError, 'WHITESPACE', {
      words: ['password'],
      secrets: ['hunter2'],
    });
    expectThrows(
      () => basicPasswordHeader({ email, password: 'a\nb' }),
      BasicTokenError,
      'CONTROL_CHARACTER',
      { words: ['password'] },
    );
    expectThrows(
      () => basicPasswordHeader({ email: `${email}/token`, password: 'hunter2' }),
      BasicTokenError,
      'EMAIL_ENDS_WITH_TOKEN',
      { words: ['email'], secrets: ['hunter2'] },
    );
    expectThrows(
      () => basicPasswordHeader({ email: 'a:b', password: 'hunter2' }),
      BasicTokenError,
      'COLON_IN_USERNAME',
      { words: ['email'] },
    );
    expectThrows(
      () => basicPasswordHeader({ email, password: 7 as never }),
      BasicTokenError,
      'NOT_A_STRING',
      { words: ['password'] },
    );
  });
});
