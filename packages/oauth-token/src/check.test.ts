// The house phrasings (root README, "one phrasing per condition"), word for word.
import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { checkChoice, checkFunction, checkMs, checkObject, checkText, kindOf } from './check.ts';
import { fail, OAuthTokenError } from './errors.ts';

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
    [`${SECRET}\n`, 'options.grant.clientSecret has whitespace at an end; trim it'],
    [`\r\n${SECRET}`, 'options.grant.clientSecret has whitespace at an end; trim it'],
    [` ${SECRET}`, 'options.grant.clientSecret has whitespace at an end; trim it'],
    [`${SECRET}\t`, 'options.grant.clientSecret has whitespace at an end; trim it'],
    [`${SECRET}\u00a0`, 'options.grant.clientSecret has whitespace at an end; trim it'],
    [`${SECRET.slice(0, 12)}\n${SECRET}`, 'options.grant.clientSecret holds a control character; remove it'],
    [`ab\u0085${SECRET}`, 'options.grant.clientSecret holds a control character; remove it'],
  ])('refuses %j with the house phrasing, never the value', (value, message) => {
    const error = expectThrows(text(value), OAuthTokenError, 'INVALID_OPTION', { secrets: [SECRET] });
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
  });

  it('refuses through the refusal it is given (a store that loaded junk is STORE_ERROR)', () => {
    const junk = (message: string) => fail('STORE_ERROR', message);
    const error = expectThrows(
      () => checkText(1, 'store.load().refreshToken', 'x', junk),
      OAuthTokenError,
      'STORE_ERROR',
    );
    expect(error.message).toBe('[@auth/oauth-token] store.load().refreshToken must be a string, got number');
  });
});

describe('checkObject', () => {
  it.each([
    [undefined, 'options is missing; pass { tokenEndpoint, grant }'],
    [null, 'options is missing; pass { tokenEndpoint, grant }'],
    ['https://acme.zendesk.com/oauth/tokens', 'options must be an object, got string'],
    [[], 'options must be an object, got array'],
  ])('refuses %j with the house phrasing', (value, message) => {
    const error = expectThrows(
      () => checkObject(value, 'options', '{ tokenEndpoint, grant }'),
      OAuthTokenError,
      'INVALID_OPTION',
    );
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
  });

  it('returns the object', () => {
    const options = { tokenEndpoint: 'x' };
    expect(checkObject(options, 'options', 'x')).toBe(options);
  });
});

describe('checkChoice, checkFunction, checkMs, kindOf', () => {
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

  it('takes a function or nothing, or only a function when it is required', () => {
    const fn = () => 1;
    expect(checkFunction(fn, 'options.now')).toBe(fn);
    expect(checkFunction(undefined, 'options.now')).toBeUndefined();
    expect(checkFunction(fn, 'options.store.load', true)).toBe(fn);
    const error = expectThrows(() => checkFunction(5, 'options.now'), OAuthTokenError, 'INVALID_OPTION');
    expect(error.message).toBe('[@auth/oauth-token] options.now must be a function, got number');
    const missing = expectThrows(
      () => checkFunction(undefined, 'options.store.load', true),
      OAuthTokenError,
      'INVALID_OPTION',
    );
    expect(missing.message).toBe('[@auth/oauth-token] options.store.load must be a function, got undefined');
  });

  it('takes a number of ms within its range, and says the range', () => {
    expect(checkMs(0, 'options.refreshWindowMs', 0)).toBe(0);
    expect(checkMs(2 ** 31 - 1, 'options.timeoutMs', 1, 2 ** 31 - 1)).toBe(2 ** 31 - 1);
    for (const [value, min, max, message] of [
      [-1, 0, Infinity, 'options.x must be a number of ms, 0 or more'],
      ['60s', 0, Infinity, 'options.x must be a number of ms, 0 or more'],
      [Number.NaN, 1, 10, 'options.x must be a number of ms, 1 or more and at most 10'],
      [11, 1, 10, 'options.x must be a number of ms, 1 or more and at most 10'],
    ] as const) {
      const error = expectThrows(
        () => checkMs(value, 'options.x', min, max),
        OAuthTokenError,
        'INVALID_OPTION',
      );
      expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
    }
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
