// The house phrasings (root README, "one phrasing per condition"), word for word.
import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { checkChoice, checkFunction, checkText, kindOf } from './check.ts';
import { OAuthTokenError } from './errors.ts';

const text = (value: unknown) => () =>
  checkText(value, 'options.grant.clientSecret', "your OAuth client's secret");
const SECRET = 'demo-app-secret-0b2f9c4e7a1d';

describe('checkText', () => {
  it('returns a clean string', () => {
    expect(checkText('demo_app', 'f', 'x')).toBe('demo_app');
    expect(checkText('a b', 'f', 'x')).toBe('a b');
  });

  it.each([
    [undefined, "options.grant.clientSecret is missing; pass your OAuth client's secret"],
    [null, "options.grant.clientSecret is missing; pass your OAuth client's secret"],
    [42, 'options.grant.clientSecret must be a string, got number'],
    [[SECRET], 'options.grant.clientSecret must be a string, got array'],
    ['', "options.grant.clientSecret is empty; pass your OAuth client's secret"],
    [`${SECRET}\n`, 'options.grant.clientSecret ends with a newline; trim it'],
    [`\r\n${SECRET}`, 'options.grant.clientSecret starts with a newline; trim it'],
    [` ${SECRET}`, 'options.grant.clientSecret starts with a space; trim it'],
    [`${SECRET}\t`, 'options.grant.clientSecret ends with a tab; trim it'],
    [`${SECRET}\u00a0`, 'options.grant.clientSecret ends with whitespace; trim it'],
    [
      `${SECRET.slice(0, 12)}\n${SECRET}`,
      'options.grant.clientSecret holds a control character (U+000A) at index 12; remove it',
    ],
    [
      `ab\u0085${SECRET}`,
      'options.grant.clientSecret holds a control character (U+0085) at index 2; remove it',
    ],
  ])('refuses %j with the house phrasing, never the value', (value, message) => {
    const error = expectThrows(text(value), OAuthTokenError, 'INVALID_OPTION', { secrets: [SECRET] });
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
  });

  it('throws the code it is given (a store that loaded junk is STORE_ERROR)', () => {
    expectThrows(
      () => checkText(1, 'store.load().accessToken', 'x', 'STORE_ERROR'),
      OAuthTokenError,
      'STORE_ERROR',
    );
  });
});

describe('checkChoice, checkFunction, kindOf', () => {
  it('defaults to the first choice and names every choice', () => {
    expect(checkChoice(undefined, 'options.format', ['form', 'json'])).toBe('form');
    expect(checkChoice('json', 'options.format', ['form', 'json'])).toBe('json');
    const error = expectThrows(
      () => checkChoice('xml', 'options.format', ['form', 'json']),
      OAuthTokenError,
      'INVALID_OPTION',
    );
    expect(error.message).toBe("[@auth/oauth-token] options.format must be 'form' or 'json'");
  });

  it('takes a function or nothing', () => {
    const fn = () => 1;
    expect(checkFunction(fn, 'options.now')).toBe(fn);
    expect(checkFunction(undefined, 'options.now')).toBeUndefined();
    const error = expectThrows(() => checkFunction(5, 'options.now'), OAuthTokenError, 'INVALID_OPTION');
    expect(error.message).toBe('[@auth/oauth-token] options.now must be a function, got number');
  });

  it('names kinds as messages say them', () => {
    expect([null, [], {}, 'x', 1, undefined].map(kindOf)).toEqual([
      'null',
      'array',
      'object',
      'string',
      'number',
      'undefined',
    ]);
  });
});
