import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { messages } from '../../../conformance/vectors/basic-token.js';
import {
  BasicTokenError,
  basicPasswordHeader,
  basicTokenCredentials,
  basicTokenHeader,
  basicTokenUserinfo,
  parseBasicToken,
} from './index.ts';

// The Zendesk "Security and authentication" page's example.
const email = 'jdoe@example.com';
const token = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';
const ZENDESK_HEADER =
  'Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2';

/** Every encoder of an API token, for the checks they share. */
const encoders = { basicTokenCredentials, basicTokenHeader, basicTokenUserinfo };

describe('basicTokenCredentials', () => {
  it('is what curl -u takes, as in the Zendesk docs', () => {
    expect(basicTokenCredentials({ email, token })).toBe(
      'jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv',
    );
  });
});

describe('basicTokenHeader', () => {
  it('matches the Zendesk docs header', () => {
    expect(basicTokenHeader({ email, token })).toBe(ZENDESK_HEADER);
  });

  it('encodes non-ASCII emails and tokens as UTF-8 (the slow path)', () => {
    const header = basicTokenHeader({ email: 'zoë@exämple.com', token: 'tök€n' });
    expect(header).toBe(`Basic ${btoa('zo\xc3\xab@ex\xc3\xa4mple.com/token:t\xc3\xb6k\xe2\x82\xacn')}`);
    expect(parseBasicToken(header)).toStrictEqual({
      kind: 'api-token',
      email: 'zoë@exämple.com',
      token: 'tök€n',
    });
  });

  it('takes inner spaces and every printable ASCII character on the fast path', () => {
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    const odd = `!${printable.replace(':', '')}~`;
    const header = basicTokenHeader({ email: odd, token: `!${printable}~` });
    expect(header).toBe(`Basic ${btoa(`${odd}/token:!${printable}~`)}`);
  });

  it('sends a one-character email and token', () => {
    expect(basicTokenHeader({ email: 'a', token: 'b' })).toBe(`Basic ${btoa('a/token:b')}`);
  });

  it('refuses credentials whose header would pass 8192 characters', () => {
    expect(basicTokenHeader({ email, token: 'x'.repeat(6138 - 23) }).length).toBe(8190);
    expectThrows(
      () => basicTokenHeader({ email, token: 'x'.repeat(6139 - 23) }),
      BasicTokenError,
      'TOO_LONG',
      { words: ['8192'] },
    );
  });
});

describe('basicTokenUserinfo', () => {
  it('percent-encodes the @ and the slash, as the Zendesk docs ask for URLs', () => {
    expect(basicTokenUserinfo({ email, token })).toBe(
      'jdoe%40example.com%2Ftoken:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv',
    );
  });

  it('makes a URL whose username and password are the credentials', () => {
    const url = new URL(
      `https://${basicTokenUserinfo({ email: 'a+b@x.io', token: 'p@ss:w/rd' })}@x.zendesk.com/`,
    );
    expect(decodeURIComponent(url.username)).toBe('a+b@x.io/token');
    expect(decodeURIComponent(url.password)).toBe('p@ss:w/rd');
    expect(url.hostname).toBe('x.zendesk.com');
  });

  it('percent-encodes UTF-8', () => {
    expect(basicTokenUserinfo({ email: 'zoë@x.io', token: 't€' })).toBe('zo%C3%AB%40x.io%2Ftoken:t%E2%82%AC');
  });
});

describe.each(Object.entries(encoders))('%s refuses', (_name, encode) => {
  it('an empty or missing email or token', () => {
    expectThrows(() => encode({ email: '', token }), BasicTokenError, 'EMPTY_EMAIL', {
      words: [messages.missingEmail],
      secrets: [token],
    });
    for (const input of [{ token }, { email: undefined, token }, { email: null, token }, undefined, null]) {
      const error = expectThrows(() => encode(input as never), BasicTokenError, 'EMPTY_EMAIL', {
        secrets: [token],
      });
      expect(error.message).toBe(`[@auth/basic-token] ${messages.missingEmail}`);
    }
    // An unset environment variable: process.env.ZENDESK_API_TOKEN is undefined.
    const unset = expectThrows(
      () => encode({ email, token: undefined } as never),
      BasicTokenError,
      'EMPTY_TOKEN',
    );
    expect(unset.message).toBe(`[@auth/basic-token] ${messages.missingToken}`);
    const empty = expectThrows(() => encode({ email, token: '' }), BasicTokenError, 'EMPTY_TOKEN');
    expect(empty.message).toBe(`[@auth/basic-token] ${messages.missingToken}`); // '' is as good as unset
  });

  it('values that are not strings', () => {
    expectThrows(() => encode({ email: 1 as never, token }), BasicTokenError, 'NOT_A_STRING', {
      words: [messages.email],
      secrets: [token],
    });
    expectThrows(() => encode({ email, token: ['x'] as never }), BasicTokenError, 'NOT_A_STRING', {
      words: [messages.token],
    });
    expectThrows(() => encode({ email, token: Symbol('x') as never }), BasicTokenError, 'NOT_A_STRING', {
      words: ['token'],
    });
  });

  it('an email that already ends in /token', () => {
    expectThrows(
      () => encode({ email: 'jdoe@example.com/token', token }),
      BasicTokenError,
      'EMAIL_ENDS_WITH_TOKEN',
      { words: ['email', '/token'], secrets: [token] },
    );
  });

  it('a colon in the email', () => {
    expectThrows(() => encode({ email: 'jdoe:x@example.com', token }), BasicTokenError, 'COLON_IN_USERNAME', {
      words: ['email'],
      secrets: [token],
    });
  });

  it('the pasted newline, and other surrounding whitespace', () => {
    const pasted = `${token}\n`;
    expectThrows(() => encode({ email, token: pasted }), BasicTokenError, 'WHITESPACE', {
      words: [messages.token],
      secrets: [token],
    });
    expectThrows(() => encode({ email, token: `${token}\r\n` }), BasicTokenError, 'WHITESPACE', {
      words: ['token'],
      secrets: [token],
    });
    expectThrows(() => encode({ email, token: ` ${token}` }), BasicTokenError, 'WHITESPACE', {
      words: ['token'],
      secrets: [token],
    });
    expectThrows(() => encode({ email: `${email} `, token }), BasicTokenError, 'WHITESPACE', {
      words: ['email'],
      secrets: [token],
    });
  });

  it('control characters inside (header injection)', () => {
    const injected = `${token}\r\nX-Admin: true`;
    expectThrows(() => encode({ email, token: injected }), BasicTokenError, 'CONTROL_CHARACTER', {
      words: [messages.token],
      secrets: [token],
    });
    expectThrows(() => encode({ email: 'jdoe\0@example.com', token }), BasicTokenError, 'CONTROL_CHARACTER', {
      words: ['email'],
      secrets: [token],
    });
  });

  it('lone surrogates', () => {
    expectThrows(() => encode({ email, token: 'ab\ud800cd' }), BasicTokenError, 'INVALID_UNICODE', {
      words: ['token'],
    });
  });
});

describe.each(Object.entries({ ...encoders, basicPasswordHeader }))(
  '%s reads its input once',
  (name, encode) => {
    // Regression: basicTokenUserinfo checked input.email and input.token on one read and encoded a
    // second, so a getter (or a Proxy) could pass the checks, then inject CR LF into the output.
    const secretField = name === 'basicPasswordHeader' ? 'password' : 'token';
    /** An input whose `email` and secret answer `first`, then something else on each later read. */
    function twoFaced(first: { email: unknown; secret: unknown }) {
      const reads = { email: 0, secret: 0 };
      const input = {
        get email() {
          return reads.email++ ? 'evil@example.com\r\nX-Admin: 1' : first.email;
        },
        get [secretField]() {
          return reads.secret++ ? 'x\r\nX-Admin: 1' : first.secret;
        },
      };
      return { input: input as never, reads };
    }

    it('encodes what it checked', () => {
      const { input, reads } = twoFaced({ email, secret: token });
      const output = (encode as (input: never) => string)(input);
      expect(output).toBe((encode as (input: unknown) => string)({ email, [secretField]: token }));
      expect(reads).toStrictEqual({ email: 1, secret: 1 });
    });

    it('refuses what it read, with the code and message of that read', () => {
      const { input, reads } = twoFaced({ email, secret: `${token}\r\nX-Admin: 1` });
      const error = expectThrows(
        () => (encode as (input: never) => string)(input),
        BasicTokenError,
        'CONTROL_CHARACTER',
        { secrets: [token] },
      );
      expect(error.message).toBe(`[@auth/basic-token] ${messages[secretField]}`);
      expect(reads).toStrictEqual({ email: 1, secret: 1 });
    });
  },
);
