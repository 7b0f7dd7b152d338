import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { expectNoSecret } from '../../../config/expect-error.ts';
import {
  type BearerChallengeParams,
  BearerError,
  bearerChallenge,
  bearerHeader,
  isBearerToken,
  parseBearer,
  parseBearerChallenge,
  redactBearer,
} from './index.ts';

// Thousands of fast-check runs, each printing its error every way a log could: the default 5 s
// is too short on a shared 2-core machine. A limit on waiting, not a timed assertion.
vi.setConfig({ testTimeout: 60_000 });

const settings = { seed: 6750, numRuns: 2000 };

/** The RFC 6750 2.1 grammar, written independently of the implementation. */
const B64CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/';
const isB64token = (s: string): boolean => {
  let i = 0;
  while (i < s.length && B64CHARS.includes(s[i] as string)) i++;
  if (i === 0) return false;
  while (i < s.length && s[i] === '=') i++;
  return i === s.length && s.length <= 16384;
};

const b64token = fc
  .tuple(fc.string({ unit: fc.constantFrom(...B64CHARS), minLength: 1, maxLength: 600 }), fc.nat(3))
  .map(([body, pad]) => body + '='.repeat(pad));

/** A secret nobody could find in a message by chance: 24 random alphanumerics. */
const secret = fc.string({ unit: fc.constantFrom(...B64CHARS.slice(0, 62)), minLength: 24, maxLength: 24 });

/** Strings near the grammar: tokens with junk spliced in, where the junk is what real mistakes add. */
const junk = fc.constantFrom(
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\0',
  '\x7f',
  '=',
  ',',
  '"',
  '\\',
  'é',
  '\u00a0',
  '\u212a',
  'Bearer ',
);
const nearToken = fc
  .tuple(secret, fc.array(fc.tuple(junk, fc.nat()), { maxLength: 3 }))
  .map(([s, insertions]) => {
    let out = s;
    for (const [piece, at] of insertions) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return { secret: s, value: out };
  });

const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' }));

function expectBearerError(fn: () => unknown, secretText?: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BearerError);
    const e = error as BearerError;
    expect(typeof e.code).toBe('string');
    expect(e.message.startsWith('[@auth/bearer] ')).toBe(true);
    if (secretText) expectNoSecret(e, [secretText]);
  }
}

describe('properties of the token grammar', () => {
  it('every b64token is accepted and round-trips through bearerHeader and parseBearer', () => {
    fc.assert(
      fc.property(
        b64token,
        fc.constantFrom('Bearer', 'bearer', 'BEARER', 'bEaReR'),
        fc.integer({ min: 1, max: 4 }),
        (token, scheme, spaces) => {
          expect(isBearerToken(token)).toBe(true);
          expect(bearerHeader(token)).toBe(`Bearer ${token}`);
          expect(parseBearer(bearerHeader(token))).toBe(token);
          expect(parseBearer(`${scheme}${' '.repeat(spaces)}${token}`)).toBe(token);
        },
      ),
      settings,
    );
  });

  it('isBearerToken agrees with an independent reading of the grammar on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyString,
          nearToken.map((n) => n.value),
        ),
        (value) => {
          expect(isBearerToken(value)).toBe(isB64token(value));
        },
      ),
      settings,
    );
  });

  it('every other string is refused by bearerHeader with a BearerError that never shows the secret', () => {
    fc.assert(
      fc.property(nearToken, ({ secret: s, value }) => {
        if (isB64token(value)) return;
        expect(() => bearerHeader(value)).toThrow(BearerError);
        expectBearerError(() => bearerHeader(value), s);
        expectBearerError(() => parseBearer(`Bearer ${value}`), s);
      }),
      settings,
    );
  });

  it('parseBearer returns a valid token found in the value, or throws a BearerError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyString,
          nearToken.map((n) => `Bearer ${n.value}`),
        ),
        (value) => {
          let token: string | undefined;
          expectBearerError(() => {
            token = parseBearer(value);
          });
          if (token !== undefined) {
            expect(isB64token(token)).toBe(true);
            expect(value.trim().slice(6).trim()).toBe(token);
          }
        },
      ),
      settings,
    );
  });

  it('bearerHeader refuses anything but a string with a BearerError', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (typeof value === 'string') return;
        expectBearerError(() => bearerHeader(value as string));
        expect(() => bearerHeader(value as string)).toThrow(BearerError);
      }),
      { ...settings, numRuns: 300 },
    );
  });
});

/** RFC 6750 3 character sets, written from the RFC's ranges. */
const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
const NQCHAR = [...range(0x21, 0x21), ...range(0x23, 0x5b), ...range(0x5d, 0x7e)];
const NQSCHAR = [' ', ...NQCHAR];
const PRINTABLE = range(0x20, 0x7e);

const params: fc.Arbitrary<BearerChallengeParams> = fc.record(
  {
    realm: fc.string({ unit: fc.constantFrom(...PRINTABLE), maxLength: 40 }),
    scope: fc.array(fc.string({ unit: fc.constantFrom(...NQCHAR), minLength: 1, maxLength: 12 }), {
      minLength: 1,
      maxLength: 5,
    }),
    error: fc.constantFrom('invalid_request', 'invalid_token', 'insufficient_scope' as const),
    errorDescription: fc.string({ unit: fc.constantFrom(...NQSCHAR), maxLength: 60 }),
    errorUri: fc.string({ unit: fc.constantFrom(...NQCHAR), maxLength: 60 }),
  },
  { requiredKeys: [] },
);

/** What parseBearerChallenge gives back for `p`: the scope as the space-separated string. */
const expected = (p: BearerChallengeParams) => {
  const { scope, ...rest } = p;
  return scope === undefined ? rest : { ...rest, scope: Array.isArray(scope) ? scope.join(' ') : scope };
};

describe('properties of challenges', () => {
  it('build -> parse is the identity on valid parameters', () => {
    fc.assert(
      fc.property(params, (p) => {
        expect(parseBearerChallenge(bearerChallenge(p))).toEqual(expected(p));
      }),
      settings,
    );
  });

  it('build -> parse is the identity whatever challenges surround the Bearer one', () => {
    const other = fc.constantFrom(
      'Basic realm="x, Bearer realm=y"',
      'Negotiate',
      'Negotiate abc==',
      'DPoP algs="ES256"',
      'Digest realm="a", qop="auth"',
    );
    fc.assert(
      fc.property(
        params,
        fc.array(other, { maxLength: 2 }),
        fc.array(other, { maxLength: 2 }),
        (p, before, after) => {
          const value = [...before, bearerChallenge(p), ...after].join(', ');
          expect(parseBearerChallenge(value)).toEqual(expected(p));
        },
      ),
      settings,
    );
  });

  it('parseBearerChallenge returns an object or throws a BearerError on any string', () => {
    const nearChallenge = fc
      .array(
        fc.constantFrom(
          'Bearer',
          'Basic',
          ' ',
          ',',
          '=',
          '"',
          '\\',
          'realm',
          'error',
          'a',
          '==',
          '\t',
          '\n',
          'é',
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(anyString, nearChallenge), (value) => {
        expectBearerError(() => parseBearerChallenge(value));
      }),
      settings,
    );
  });

  it('bearerChallenge returns a parseable value or throws a BearerError on any parameters', () => {
    const loose = fc.record(
      {
        realm: fc.oneof(fc.string(), fc.anything()),
        scope: fc.oneof(fc.string(), fc.array(fc.string())),
        error: fc.oneof(fc.string(), fc.constantFrom('invalid_token')),
        errorDescription: fc.string(),
        errorUri: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(loose, (p) => {
        let value: string | undefined;
        expectBearerError(() => {
          value = bearerChallenge(p as BearerChallengeParams);
        });
        if (value !== undefined) expect(typeof parseBearerChallenge(value)).toBe('object');
      }),
      settings,
    );
  });
});

describe('properties of non-ASCII challenges', () => {
  it('any text in a quoted value, sent as UTF-8 bytes the way fetch() gives them, is read back', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 40 })
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .map((value) => value.replace(/[\0-\x1f\x7f-\x9f"\\]/g, ''));
    fc.assert(
      fc.property(text, (description) => {
        const bytes = String.fromCharCode(...new TextEncoder().encode(description));
        expect(parseBearerChallenge(`Bearer error="invalid_token", error_description="${bytes}"`)).toEqual({
          error: 'invalid_token',
          errorDescription: description,
        });
      }),
      settings,
    );
  });
});

describe('properties of redactBearer', () => {
  it('never throws and never reveals more than 4 characters, nor more than a quarter of the token', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          anyString,
          b64token,
          b64token.map((t) => `Bearer ${t}`),
        ),
        (value) => {
          const redacted = redactBearer(value);
          const shown = /^Bearer ([\w\-.~+/]{0,4})\*\*\*\*$/.exec(redacted)?.[1];
          expect(shown).toBeDefined();
          if (shown && typeof value === 'string') {
            const token = value.trim().replace(/^bearer +/i, '');
            expect(token.startsWith(shown)).toBe(true);
            expect(shown.length * 4).toBeLessThanOrEqual(token.length);
          }
        },
      ),
      settings,
    );
  });
});
