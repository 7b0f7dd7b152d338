import fc from 'fast-check';
import { assert } from '../harness.js';
import { checkCorpus, outcome } from '../interop.js';
import * as vectors from '../vectors/bearer.js';
import * as interop from '../vectors/interop-bearer.js';

const B64CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/';
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
/** RFC 6750 3: %x21 / %x23-5B / %x5D-7E (scope-token, error_uri characters). */
const NQCHAR = ['!', ...range(0x23, 0x5b), ...range(0x5d, 0x7e)];
const fcOptions = { seed: 6750, numRuns: 200 };

/** Conformance of @auth/bearer: the same checks in every runtime. */
export default function suite(test, mod) {
  const { ZENDESK_TOKEN } = vectors;
  const expectBearerError = (code) => ({
    name: 'BearerError',
    code,
    includes: ['[@auth/bearer]'],
    excludes: [ZENDESK_TOKEN],
  });

  test('BearerError is an Error with name, code and the package prefix', () => {
    const error = new mod.BearerError('EMPTY_TOKEN', 'field is wrong; fix it');
    assert.ok(error instanceof Error, 'instanceof Error');
    assert.equal(error.name, 'BearerError');
    assert.equal(error.code, 'EMPTY_TOKEN');
    assert.equal(error.message, '[@auth/bearer] field is wrong; fix it');
    assert.equal(mod.BEARER_MAX_LENGTH, 16384);
  });

  test('RFC 6750 2.1 b64token: valid tokens pass isBearerToken and bearerHeader', () => {
    for (const [what, token] of vectors.validTokens) {
      assert.equal(mod.isBearerToken(token), true, what);
      assert.equal(mod.bearerHeader(token), `Bearer ${token}`, what);
    }
  });

  test('RFC 6750 2.1 b64token: everything else is refused with its code, never echoing the token', () => {
    for (const [what, token, code] of vectors.invalidTokens) {
      assert.equal(mod.isBearerToken(token), false, what);
      assert.throws(() => mod.bearerHeader(token), expectBearerError(code));
    }
    assert.throws(() => mod.bearerHeader(`${ZENDESK_TOKEN}\n`), {
      code: 'WHITESPACE',
      includes: [vectors.messages.token],
      excludes: [ZENDESK_TOKEN],
    });
    assert.throws(() => mod.bearerHeader('a'.repeat(16385)), expectBearerError('TOO_LONG'));
    assert.throws(() => mod.bearerHeader(42), expectBearerError('NOT_A_STRING'));
    assert.equal(mod.isBearerToken(42), false);
  });

  test('parseBearer reads RFC 6750 2.1 credentials (case-insensitive scheme, 1*SP, OWS around)', () => {
    for (const [value, token] of vectors.validAuthorizations)
      assert.equal(mod.parseBearer(value), token, value);
  });

  test('parseBearer refuses what is not "Bearer <token>" with its code', () => {
    for (const [what, value, code] of vectors.invalidAuthorizations) {
      const error = assert.throws(() => mod.parseBearer(value), expectBearerError(code));
      assert.ok(error instanceof mod.BearerError, `${what}: instanceof BearerError`);
    }
    assert.throws(() => mod.parseBearer(`Bearer ${'a'.repeat(16385)}`), expectBearerError('TOO_LONG'));
    assert.throws(() => mod.parseBearer(`Bearer ${' '.repeat(16506)}a`), expectBearerError('TOO_LONG'));
    assert.throws(() => mod.parseBearer(`Bearer \t${ZENDESK_TOKEN}`), {
      ...expectBearerError('WRONG_SCHEME'),
      includes: [vectors.messages.authorization],
    });
    assert.throws(() => mod.parseBearer(42), expectBearerError('NOT_A_STRING'));
  });

  test('BEARER_MAX_LENGTH bounds the token: the longest token round-trips through bearerHeader and parseBearer', () => {
    const token = 'a'.repeat(16384);
    assert.equal(mod.isBearerToken(token), true);
    assert.equal(mod.parseBearer(mod.bearerHeader(token)), token);
    assert.equal(mod.parseBearer(` bearer   ${token}\t`), token);
  });

  test('bearerChallenge builds RFC 6750 section 3 values', () => {
    for (const [params, value] of vectors.challenges) assert.equal(mod.bearerChallenge(params), value);
    assert.equal(mod.bearerChallenge(), 'Bearer');
  });

  test('bearerChallenge refuses values outside the RFC 6750 section 3 character sets', () => {
    for (const [, params, code] of vectors.invalidChallenges) {
      // The message names the parameter at fault.
      const field = Object.keys(params)[0];
      assert.throws(() => mod.bearerChallenge(params), {
        name: 'BearerError',
        code,
        includes: [`[@auth/bearer] ${field} must follow RFC 6750 section 3`],
      });
    }
  });

  test('bearerChallenge refuses a key that is none of the five, naming it (never leaving it out)', () => {
    for (const [, params] of vectors.unknownChallengeParameters) {
      const key = Object.keys(params).at(-1);
      assert.throws(() => mod.bearerChallenge(params), {
        name: 'BearerError',
        code: 'UNKNOWN_PARAMETER',
        includes: [`[@auth/bearer] ${key} is not an RFC 6750 parameter; use realm, scope, error`],
      });
    }
  });

  test('parseBearerChallenge reads the first Bearer challenge of real-world values', () => {
    for (const [what, value, params] of vectors.parsedChallenges) {
      assert.deepEqual(mod.parseBearerChallenge(value), params, what);
    }
  });

  test('parseBearerChallenge refuses values without a readable Bearer challenge', () => {
    for (const [, value, code] of vectors.invalidParsedChallenges) {
      assert.throws(() => mod.parseBearerChallenge(value), { name: 'BearerError', code });
    }
  });

  test('redactBearer shows at most the first 4 characters and never throws', () => {
    for (const [value, redacted] of vectors.redactions) assert.equal(mod.redactBearer(value), redacted);
    assert.equal(mod.redactBearer({ toString: () => ZENDESK_TOKEN }), 'Bearer ****');
  });

  // Linear time is proven without a clock (src/linear-time.test.ts); here, the length limit.
  test('a megabyte of spaces or "=" is refused before parsing (length limit)', () => {
    for (const value of [' '.repeat(1 << 20), '='.repeat(1 << 20)]) {
      assert.throws(() => mod.parseBearer(value), { code: 'TOO_LONG' });
      assert.throws(() => mod.parseBearerChallenge(value), { code: 'TOO_LONG' });
      assert.equal(mod.isBearerToken(value), false);
    }
    assert.throws(() => mod.parseBearer(`Bearer ${' '.repeat(16000)}x y`), { code: 'EXTRA_CONTENT' });
    assert.throws(() => mod.parseBearerChallenge(`Bearer realm="${'\\a'.repeat(8000)}`), {
      code: 'MALFORMED_CHALLENGE',
    });
  });

  test("interop: Hono's bearer-auth cases, read by parseBearer", () => {
    checkCorpus(interop.tokenReaders, ({ value }) => outcome(() => mod.parseBearer(value)));
  });

  test("interop: Hono's bearer-auth challenges, written by bearerChallenge", () => {
    checkCorpus(interop.challengeWriters, ({ params }) => outcome(() => mod.bearerChallenge(params)));
  });

  test("interop: Reschke's httpauth cases and Dart's http_parser cases, read by parseBearerChallenge", () => {
    checkCorpus(interop.challengeReaders, ({ value }) => outcome(() => mod.parseBearerChallenge(value)));
  });

  test('RFC 9110 5.5 obs-text: UTF-8 text in a challenge, as fetch() gives it, is read and decoded', () => {
    for (const [what, value, expected] of vectors.nonAsciiChallenges) {
      assert.deepEqual(mod.parseBearerChallenge(value), expected, what);
    }
  });

  test('RFC 9728: parameters beyond RFC 6750 are in params; the first Bearer challenge is read', () => {
    for (const [what, value, expected] of vectors.challengesWithParams) {
      assert.deepEqual(mod.parseBearerChallenge(value), expected, what);
    }
  });

  test('messages: one per field, naming it and what it must be; the code says what is wrong', () => {
    for (const [call, code, message] of [
      [() => mod.bearerHeader(`Bearer ${ZENDESK_TOKEN}`), 'WHITESPACE', vectors.messages.token],
      [() => mod.bearerHeader(undefined), 'EMPTY_TOKEN', vectors.messages.token],
      [() => mod.bearerHeader(`${ZENDESK_TOKEN}\r\nX: 1`), 'CONTROL_CHARACTER', vectors.messages.token],
      [() => mod.bearerHeader(42), 'NOT_A_STRING', vectors.messages.token],
      [() => mod.parseBearer(null), 'EMPTY_TOKEN', vectors.messages.authorization],
      [() => mod.parseBearer(`Bearer ${ZENDESK_TOKEN} x`), 'EXTRA_CONTENT', vectors.messages.authorization],
      [() => mod.parseBearerChallenge(null), 'NO_BEARER_CHALLENGE', vectors.messages.challenge],
      [() => mod.parseBearerChallenge('Bearer realm="x'), 'MALFORMED_CHALLENGE', vectors.messages.challenge],
      [
        () => mod.bearerChallenge({ errorDescription: 'x'.repeat(16384) }),
        'TOO_LONG',
        'WWW-Authenticate value is over 16384 characters',
      ],
    ]) {
      const error = assert.throws(call, expectBearerError(code));
      assert.equal(error.message, `[@auth/bearer] ${message}`);
    }
  });

  test('property: every b64token round-trips through bearerHeader and parseBearer', () => {
    const token = fc
      .tuple(fc.string({ unit: fc.constantFrom(...B64CHARS), minLength: 1, maxLength: 200 }), fc.nat(2))
      .map(([body, pad]) => body + '='.repeat(pad));
    fc.assert(
      fc.property(
        token,
        fc.constantFrom('Bearer', 'bearer', 'BEARER'),
        fc.integer({ min: 1, max: 3 }),
        (t, scheme, n) => {
          assert.equal(mod.isBearerToken(t), true);
          assert.equal(mod.parseBearer(mod.bearerHeader(t)), t);
          assert.equal(mod.parseBearer(`${scheme}${' '.repeat(n)}${t}`), t);
        },
      ),
      fcOptions,
    );
  });

  test('property: any other string is refused with a BearerError that does not contain it', () => {
    const secret = fc.string({
      unit: fc.constantFrom(...B64CHARS.slice(0, 62)),
      minLength: 20,
      maxLength: 20,
    });
    const junk = fc.constantFrom(' ', '\n', '\r\n', '\t', '\0', '=', ',', '"', 'é');
    fc.assert(
      fc.property(secret, junk, fc.nat(20), (s, piece, at) => {
        const value = s.slice(0, at) + piece + s.slice(at);
        if (mod.isBearerToken(value)) return; // "=" at the end is padding
        assert.throws(() => mod.bearerHeader(value), { name: 'BearerError', excludes: [s] });
        // A space or tab at either end is OWS in a header value: "Bearer  x" is valid.
        if (!mod.isBearerToken(value.replace(/^[ \t]+|[ \t]+$/g, ''))) {
          assert.throws(() => mod.parseBearer(`Bearer ${value}`), { name: 'BearerError', excludes: [s] });
        }
      }),
      fcOptions,
    );
  });

  test('property: bearerChallenge -> parseBearerChallenge is the identity on valid parameters', () => {
    const params = fc.record(
      {
        realm: fc.string({ unit: fc.constantFrom(...range(0x20, 0x7e)), maxLength: 30 }),
        scope: fc.array(fc.string({ unit: fc.constantFrom(...NQCHAR), minLength: 1, maxLength: 10 }), {
          minLength: 1,
          maxLength: 4,
        }),
        error: fc.constantFrom('invalid_request', 'invalid_token', 'insufficient_scope'),
        errorDescription: fc.string({ unit: fc.constantFrom(' ', ...NQCHAR), maxLength: 40 }),
        errorUri: fc.string({ unit: fc.constantFrom(...NQCHAR), maxLength: 40 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(params, fc.constantFrom('', 'Basic realm="x", ', 'Negotiate abc==, '), (p, before) => {
        const expected = { ...p };
        if (p.scope) expected.scope = p.scope.join(' ');
        assert.deepEqual(mod.parseBearerChallenge(before + mod.bearerChallenge(p)), expected);
      }),
      fcOptions,
    );
  });

  test('property: parseBearerChallenge returns an object or throws a BearerError on any string', () => {
    const pieces = fc.constantFrom(
      'Bearer',
      'Basic',
      ' ',
      ',',
      '=',
      '"',
      '\\',
      'realm',
      'a',
      '==',
      '\t',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 16 }).map((p) => p.join('')),
        ),
        (value) => {
          try {
            assert.equal(typeof mod.parseBearerChallenge(value), 'object');
          } catch (error) {
            assert.ok(error instanceof mod.BearerError, `not a BearerError: ${error}`);
          }
          assert.ok(/^Bearer [\w\-.~+/]{0,4}\*\*\*\*$/.test(mod.redactBearer(value)), 'redactBearer shape');
        },
      ),
      fcOptions,
    );
  });
}
