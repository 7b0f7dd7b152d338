import { describe, expect, it } from 'vitest';
import { basicPasswordHeader, basicTokenHeader, encodeBasic, redactBasic } from './index.ts';

const token = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';

describe('redactBasic', () => {
  it('shows who sent an API token, never the token', () => {
    const header = basicTokenHeader({ email: 'jdoe@example.com', token });
    expect(redactBasic(header)).toBe('Basic jdoe@example.com/token:****');
  });

  it('shows who sent a password, never the password, in UTF-8 too', () => {
    const header = basicPasswordHeader({ email: 'zoë@exämple.com', password: 'hunter2' });
    expect(redactBasic(header)).toBe('Basic zoë@exämple.com:****');
    expect(redactBasic(encodeBasic('first.last+tag@mail.example.co.uk', 'x'))).toBe(
      'Basic first.last+tag@mail.example.co.uk:****',
    );
  });

  it('masks a user-id that is not an email address: it may be the secret itself', () => {
    for (const userId of [
      'sk_live_51HqLyjWDarjtT1zdp7dc', // an API key sent as the username, password 'X' or ''
      token, // a token pasted into the email field
      'eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo', // a JWT
      'AKIAIOSFODNN7EXAMPLE',
      'p@ssw0rd', // has an "@", but no domain
      'user@localhost', // no dot in the domain
      'jdoe@example.c0m', // the last label is not letters
      'jdoe@-example.com', // a label may not start with a hyphen
      'jdoe@example.com.', // nor end with a dot
      '.jdoe@example.com', // nor the local part start with one
      'jd..oe@example.com', // nor hold two in a row
      'jdoe@@example.com',
      '"jdoe"@example.com', // quoted local parts are valid, but not shown
      'jdoe @example.com',
      'admin\u202e@example.com', // a bidi override could reorder the log line
      'admin\u2028@example.com', // a line separator could forge a second one
      'a\u200b@example.com', // a zero-width space
    ]) {
      expect(redactBasic(encodeBasic(userId, 'X')), userId).toBe('Basic ****:****');
    }
    // No user-id, or an empty password: parseBasicToken refuses them, so nothing is shown.
    expect(redactBasic(encodeBasic('', token))).toBe('Basic [unparseable]');
    expect(redactBasic(encodeBasic('sk_live_51HqLyjWDarjtT1zdp7dc', ''))).toBe('Basic [unparseable]');
    expect(redactBasic(basicTokenHeader({ email: 'sk_live_51HqLyjWDarjtT1zdp7dc', token }))).toBe(
      'Basic ****/token:****',
    );
  });

  it('never throws: anything that does not parse is [unparseable]', () => {
    for (const value of [
      'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo',
      `Basic ${btoa(`jdoe@example.com/token:${token}`)}!`,
      `Basic ${btoa(`jdoe@example.com/token:${token}\n`)}`,
      `Basic ${btoa('no colon')}`,
      `Basic ${btoa('us\x85er:pw')}`,
      `Basic ${btoa('jdoe@example.com:hunter2')}\r\nX-Admin: 1`,
      `Basic ${btoa('user:\xff')}`,
      `Basic ${'A'.repeat(10_000)}`,
      '',
      null,
      undefined,
      42,
      {},
      Symbol('x'),
    ]) {
      expect(redactBasic(value as string)).toBe('Basic [unparseable]');
    }
  });
});
