import { describe, expect, it } from 'vitest';
import { basicPasswordHeader, basicTokenHeader, redactBasic } from './index.ts';

const token = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';

describe('redactBasic', () => {
  it('shows who sent an API token, never the token', () => {
    const header = basicTokenHeader({ email: 'jdoe@example.com', token });
    expect(redactBasic(header)).toBe('Basic jdoe@example.com/token:****');
  });

  it('shows who sent a password, never the password', () => {
    const header = basicPasswordHeader({ email: 'zoë@example.com', password: 'hunter2' });
    expect(redactBasic(header)).toBe('Basic zoë@example.com:****');
  });

  it('never throws: anything that does not parse is [unparseable]', () => {
    for (const value of [
      'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo',
      `Basic ${btoa(`jdoe@example.com/token:${token}`)}!`,
      `Basic ${btoa(`jdoe@example.com/token:${token}\n`)}`,
      `Basic ${btoa('no colon')}`,
      `Basic ${btoa('user:\xff')}`,
      `Basic ${'A'.repeat(10_000)}`,
      '',
      null,
      undefined,
      42,
      {},
      Symbol('x'),
    ]) {
      const redacted = redactBasic(value as string);
      expect(redacted).toBe('Basic [unparseable]');
    }
  });
});
