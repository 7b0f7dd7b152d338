import { describe, expect, it } from 'vitest';
import { basicPasswordHeader, basicTokenHeader, encodeBasic, redactBasic } from './index.ts';

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

  it('shows every character that could forge or reorder a log line as U+FFFD', () => {
    // Regression: the README said the email "cannot forge log lines", but U+2028 and the bidi
    // overrides parse (they are not control characters) and reached the log as they were.
    for (const unsafe of [
      '\u2028', // LINE SEPARATOR
      '\u2029', // PARAGRAPH SEPARATOR
      '\u202a', // LEFT-TO-RIGHT EMBEDDING ... RIGHT-TO-LEFT OVERRIDE
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066', // LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200e', // LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK, ARABIC LETTER MARK
      '\u200f',
      '\u061c',
    ]) {
      const email = `admin${unsafe}@example.com`;
      expect(redactBasic(encodeBasic(email, 'hunter2')), codePoint(unsafe)).toBe(
        'Basic admin\ufffd@example.com:****',
      );
      expect(redactBasic(basicTokenHeader({ email, token })), codePoint(unsafe)).toBe(
        'Basic admin\ufffd@example.com/token:****',
      );
    }
    // "evil.com" shown reversed, then a forged second line: each one neutralised.
    const forged = basicTokenHeader({ email: 'a\u202emoc.live\u2028INFO login ok@x', token });
    expect(redactBasic(forged)).toBe('Basic a\ufffdmoc.live\ufffdINFO login ok@x/token:****');
    // What is not a control passes: letters, marks, emoji joiners, spaces inside.
    expect(redactBasic(encodeBasic('zoë 👩\u200d💻@exämple.com', 'x'))).toBe(
      'Basic zoë 👩\u200d💻@exämple.com:****',
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
      const redacted = redactBasic(value as string);
      expect(redacted).toBe('Basic [unparseable]');
    }
  });
});

/** `'\u202e'` for a test title. */
function codePoint(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
