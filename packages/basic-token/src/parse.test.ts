import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { messages } from '../../../conformance/vectors/basic-token.js';
import { BasicTokenError, parseBasicToken } from './index.ts';

const basic = (text: string) => `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(text)))}`;

describe('parseBasicToken', () => {
  it('reads the Zendesk docs header as an API token', () => {
    expect(
      parseBasicToken(
        'Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2',
      ),
    ).toStrictEqual({
      kind: 'api-token',
      email: 'jdoe@example.com',
      token: '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv',
    });
  });

  it('reads any other user-id as a legacy password', () => {
    expect(parseBasicToken(basic('jdoe@example.com:hunter2'))).toStrictEqual({
      kind: 'password',
      email: 'jdoe@example.com',
      password: 'hunter2',
    });
    // "/token" must end the user-id, exactly.
    expect(parseBasicToken(basic('jdoe@example.com/tokens:x')).kind).toBe('password');
    expect(parseBasicToken(basic('jdoe@example.com/TOKEN:x')).kind).toBe('password');
    expect(parseBasicToken(basic('jdoe@example.com:/token:x')).kind).toBe('password');
  });

  it('keeps a colon in the token', () => {
    expect(parseBasicToken(basic('a@b.c/token:x:y'))).toStrictEqual({
      kind: 'api-token',
      email: 'a@b.c',
      token: 'x:y',
    });
  });

  it('refuses empty parts, with the code naming the part', () => {
    expectThrows(() => parseBasicToken(basic('/token:abc123xyz')), BasicTokenError, 'EMPTY_EMAIL', {
      words: [messages.authorization],
      secrets: ['abc123xyz'],
    });
    expectThrows(() => parseBasicToken(basic(':abc123xyz')), BasicTokenError, 'EMPTY_EMAIL', {
      words: [messages.authorization],
      secrets: ['abc123xyz'],
    });
    expectThrows(() => parseBasicToken(basic('a@b.c/token:')), BasicTokenError, 'EMPTY_TOKEN', {
      words: [messages.authorization],
    });
    expectThrows(() => parseBasicToken(basic('a@b.c:')), BasicTokenError, 'EMPTY_PASSWORD', {
      words: [messages.authorization],
    });
  });

  it('refuses the doubled /token/token', () => {
    expectThrows(
      () => parseBasicToken(basic('a@b.c/token/token:abc123xyz')),
      BasicTokenError,
      'EMAIL_ENDS_WITH_TOKEN',
      { words: [messages.authorization], secrets: ['abc123xyz'] },
    );
  });

  it("passes decodeBasic's errors and options through", () => {
    expectThrows(() => parseBasicToken('Bearer abc'), BasicTokenError, 'WRONG_SCHEME', { words: ['Basic'] });
    expectThrows(
      () => parseBasicToken(basic('a@b.c/token:x'), { maxLength: 10 }),
      BasicTokenError,
      'TOO_LONG',
      { words: [messages.authorization] },
    );
  });
});
