import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
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

  it.each<[string, string, BearerErrorCode, string[]]>([
    [
      'an empty value',
      '',
      'EMPTY_TOKEN',
      ['Authorization value is empty; pass "Bearer", a space, then the token'],
    ],
    ['only whitespace', ' \t ', 'EMPTY_TOKEN', ['is empty']],
    ['the scheme alone', 'Bearer', 'EMPTY_TOKEN', ['token is empty; pass the access token']],
    ['the scheme and spaces', 'Bearer   ', 'EMPTY_TOKEN', ['token is empty; pass the access token']],
    [
      'a tab before the token',
      'Bearer \tabc',
      'WRONG_SCHEME',
      ['Authorization value has a tab after "Bearer"; use a space (RFC 6750 section 2.1)'],
    ],
    ['spaces then a tab before the token', `Bearer   \t${ZENDESK}`, 'WRONG_SCHEME', ['a tab', 'a space']],
    [
      'a C1 control character (CSI)',
      `Bearer ${ZENDESK}\u009b`,
      'CONTROL_CHARACTER',
      ['Authorization value holds a control character (U+009B) at index 39; remove it'],
    ],
    ['NEL (U+0085)', `Bearer \u0085${ZENDESK}`, 'CONTROL_CHARACTER', ['control character', 'index 7']],
    ['a bare token', ZENDESK, 'WRONG_SCHEME', ['must be "Bearer", a space, then the token']],
    ['Basic', 'Basic amRvZUBleGFtcGxlLmNvbQ==', 'WRONG_SCHEME', ['"Bearer"']],
    ['no space after the scheme', `Bearer${ZENDESK}`, 'WRONG_SCHEME', ['a space']],
    ['a tab after the scheme', `Bearer\t${ZENDESK}`, 'WRONG_SCHEME', ['a space']],
    ['a longer scheme', `Bearers ${ZENDESK}`, 'WRONG_SCHEME', ['"Bearer"']],
    ['two tokens', `Bearer ${ZENDESK} ${ZENDESK}`, 'EXTRA_CONTENT', ['text after the token', 'one token']],
    [
      'a second header folded in',
      `Bearer ${ZENDESK}, Bearer ${ZENDESK}`,
      'INVALID_CHARACTER',
      ['token', 'b64token'],
    ],
    ['a pasted newline', `Bearer ${ZENDESK}\n`, 'WHITESPACE', ['Authorization value', 'newline', 'trim it']],
    ['CRLF', `Bearer ${ZENDESK}\r\n`, 'WHITESPACE', ['newline', 'trim it']],
    [
      'a leading newline',
      `\nBearer ${ZENDESK}`,
      'WHITESPACE',
      ['Authorization value starts with a newline; trim it'],
    ],
    [
      'header injection',
      `Bearer ${ZENDESK}\r\nX-Admin: 1`,
      'CONTROL_CHARACTER',
      ['control character', 'index 39'],
    ],
    ['NUL', `Bearer ${ZENDESK}\0`, 'CONTROL_CHARACTER', ['control character']],
    ['a non-ASCII space after the token', `Bearer ${ZENDESK}\u00a0`, 'WHITESPACE', ['token', 'trim it']],
    [
      'a comma in the token',
      `Bearer ${ZENDESK},x`,
      'INVALID_CHARACTER',
      ['token holds a character outside RFC 6750 b64token at index 32; remove it'],
    ],
    [
      '"=" inside the token',
      `Bearer ${ZENDESK}=x`,
      'INVALID_PADDING',
      ['token holds "=" at index 32; it is only trailing padding'],
    ],
    ['a case-folding lookalike', 'Bearer \u212a', 'INVALID_CHARACTER', ['b64token']],
    ['a lookalike scheme', `Bearer\u017f ${ZENDESK}`, 'WRONG_SCHEME', ['"Bearer"']],
  ])('refuses %s with %s', (_, value, code, words) => {
    expectThrows(() => parseBearer(value), BearerError, code, { words: words, secrets: [ZENDESK] });
  });

  it('refuses a token over BEARER_MAX_LENGTH, as bearerHeader does', () => {
    const error = expectThrows(
      () => parseBearer(`Bearer ${'a'.repeat(BEARER_MAX_LENGTH + 1)}`),
      BearerError,
      'TOO_LONG',
    );
    expect(error.message).toBe('[@auth/bearer] token is 16385 characters, over the limit of 16384');
  });

  it('refuses a value over BEARER_MAX_LENGTH + 128 before parsing it', () => {
    const error = expectThrows(
      () => parseBearer(`Bearer ${' '.repeat(122)}${'a'.repeat(BEARER_MAX_LENGTH)}`),
      BearerError,
      'TOO_LONG',
    );
    expect(error.message).toBe(
      '[@auth/bearer] Authorization value is 16513 characters, over the limit of 16512',
    );
  });

  it.each([undefined, null])('calls %o missing, with the code of an empty value', (value) => {
    const error = expectThrows(() => parseBearer(value as unknown as string), BearerError, 'EMPTY_TOKEN');
    expect(error.message).toBe(
      '[@auth/bearer] Authorization value is missing; pass "Bearer", a space, then the token',
    );
  });

  it.each([
    [42, 'number'],
    [['Bearer abc'], 'object'],
  ])('refuses the non-string %o, naming its type', (value, type) => {
    const error = expectThrows(() => parseBearer(value as unknown as string), BearerError, 'NOT_A_STRING');
    expect(error.message).toBe(`[@auth/bearer] Authorization value must be a string, got ${type}`);
  });
});
