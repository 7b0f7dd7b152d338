import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { messages } from '../../../conformance/vectors/bearer.js';
import { BEARER_MAX_LENGTH, BearerError, type BearerErrorCode, bearerHeader, parseBearer } from './index.ts';

const ZENDESK = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('parseBearer', () => {
  it.each([
    ['the Zendesk example', `Bearer ${ZENDESK}`, ZENDESK],
    ['a JWT', `Bearer ${JWT}`, JWT],
    ['a lower-case scheme', `bearer ${ZENDESK}`, ZENDESK],
    ['an upper-case scheme', `BEARER ${ZENDESK}`, ZENDESK],
    ['a mixed-case scheme', `bEaReR ${ZENDESK}`, ZENDESK],
    ['several spaces', `Bearer    ${ZENDESK}`, ZENDESK],
    ['surrounding OWS', ` \tBearer ${ZENDESK} \t`, ZENDESK],
    ['padding', 'Bearer abc==', 'abc=='],
    ['every b64token character', 'Bearer AZaz09-._~+/=', 'AZaz09-._~+/='],
  ])('reads %s', (_, value, token) => {
    expect(parseBearer(value)).toBe(token);
  });

  it('reads the longest accepted value', () => {
    const token = 'a'.repeat(BEARER_MAX_LENGTH - 7);
    expect(parseBearer(`Bearer ${token}`)).toBe(token);
  });

  it('reads back what bearerHeader gives for the longest token, with room for OWS', () => {
    const token = 'a'.repeat(BEARER_MAX_LENGTH);
    expect(parseBearer(bearerHeader(token))).toBe(token);
    expect(parseBearer(`\t bearer${' '.repeat(100)}${token} \t`)).toBe(token);
    // The whole value may be BEARER_MAX_LENGTH + 128 characters.
    const longest = `Bearer ${' '.repeat(121)}${token}`;
    expect(longest.length).toBe(BEARER_MAX_LENGTH + 128);
    expect(parseBearer(longest)).toBe(token);
  });

  it.each<[string, string, BearerErrorCode]>([
    ['an empty value', '', 'EMPTY_TOKEN'],
    ['only whitespace', ' \t ', 'EMPTY_TOKEN'],
    ['the scheme alone', 'Bearer', 'EMPTY_TOKEN'],
    ['the scheme and spaces', 'Bearer   ', 'EMPTY_TOKEN'],
    ['a tab before the token', 'Bearer \tabc', 'WRONG_SCHEME'],
    ['spaces then a tab before the token', `Bearer   \t${ZENDESK}`, 'WRONG_SCHEME'],
    ['a C1 control character (CSI)', `Bearer ${ZENDESK}\u009b`, 'CONTROL_CHARACTER'],
    ['NEL (U+0085)', `Bearer \u0085${ZENDESK}`, 'CONTROL_CHARACTER'],
    ['a bare token', ZENDESK, 'WRONG_SCHEME'],
    ['Basic', 'Basic amRvZUBleGFtcGxlLmNvbQ==', 'WRONG_SCHEME'],
    ['no space after the scheme', `Bearer${ZENDESK}`, 'WRONG_SCHEME'],
    ['a tab after the scheme', `Bearer\t${ZENDESK}`, 'WRONG_SCHEME'],
    ['a longer scheme', `Bearers ${ZENDESK}`, 'WRONG_SCHEME'],
    ['two tokens', `Bearer ${ZENDESK} ${ZENDESK}`, 'EXTRA_CONTENT'],
    ['a second header folded in', `Bearer ${ZENDESK}, Bearer ${ZENDESK}`, 'INVALID_CHARACTER'],
    ['a pasted newline', `Bearer ${ZENDESK}\n`, 'WHITESPACE'],
    ['CRLF', `Bearer ${ZENDESK}\r\n`, 'WHITESPACE'],
    ['a leading newline', `\nBearer ${ZENDESK}`, 'WHITESPACE'],
    ['header injection', `Bearer ${ZENDESK}\r\nX-Admin: 1`, 'CONTROL_CHARACTER'],
    ['NUL', `Bearer ${ZENDESK}\0`, 'CONTROL_CHARACTER'],
    ['a non-ASCII space after the token', `Bearer ${ZENDESK}\u00a0`, 'WHITESPACE'],
    ['a comma in the token', `Bearer ${ZENDESK},x`, 'INVALID_CHARACTER'],
    ['"=" inside the token', `Bearer ${ZENDESK}=x`, 'INVALID_PADDING'],
    ['a case-folding lookalike', 'Bearer \u212a', 'INVALID_CHARACTER'],
    ['a lookalike scheme', `Bearer\u017f ${ZENDESK}`, 'WRONG_SCHEME'],
  ])('refuses %s with %s', (_, value, code) => {
    expectThrows(() => parseBearer(value), BearerError, code, {
      words: [messages.authorization],
      secrets: [ZENDESK],
    });
  });

  it('refuses a token over BEARER_MAX_LENGTH, as bearerHeader does', () => {
    const error = expectThrows(
      () => parseBearer(`Bearer ${'a'.repeat(BEARER_MAX_LENGTH + 1)}`),
      BearerError,
      'TOO_LONG',
    );
    expect(error.message).toBe(`[@auth/bearer] ${messages.authorization}`);
  });

  it('refuses a value over BEARER_MAX_LENGTH + 128 before parsing it', () => {
    const error = expectThrows(
      () => parseBearer(`Bearer ${' '.repeat(122)}${'a'.repeat(BEARER_MAX_LENGTH)}`),
      BearerError,
      'TOO_LONG',
    );
    expect(error.message).toBe(`[@auth/bearer] ${messages.authorization}`);
  });

  it.each([undefined, null])('calls %o missing, with the code of an empty value', (value) => {
    const error = expectThrows(() => parseBearer(value as unknown as string), BearerError, 'EMPTY_TOKEN');
    expect(error.message).toBe(`[@auth/bearer] ${messages.authorization}`);
  });

  it.each([42, ['Bearer abc']])('refuses the non-string %o', (value) => {
    expectThrows(() => parseBearer(value as unknown as string), BearerError, 'NOT_A_STRING', {
      words: [messages.authorization],
    });
  });
});
