import fc from 'fast-check';
import { assert } from '../harness.js';
import { checkCorpus, outcome } from '../interop.js';
import * as vectors from '../vectors/basic-token.js';
import * as interop from '../vectors/interop-basic.js';

const fcOptions = { seed: 7617, numRuns: 200 };
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\0-\x1f\x7f-\x9f]/g;

/** `'Basic ' + base64(utf8(text))`, written independently of the package (Web standards only). */
function reference(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** Any Unicode, made valid for the encoders: no control characters, no surrounding whitespace. */
const text = (minLength) =>
  fc
    .oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }))
    .map((value) => value.replace(CONTROLS, '').trim())
    .filter((value) => value.length >= minLength);
const email = text(1)
  .map((value) => value.replaceAll(':', '').trim())
  .filter((value) => value !== '' && !value.endsWith('/token'));

/** Conformance of @auth/basic-token: the same checks in every runtime. */
export default function suite(test, mod) {
  const { ZENDESK } = vectors;
  const expectError = (code, excludes = [ZENDESK.token]) => ({
    name: 'BasicTokenError',
    code,
    includes: ['[@auth/basic-token]'],
    excludes,
  });

  test('BasicTokenError is an Error with name, code and the package prefix', () => {
    const error = new mod.BasicTokenError('EMPTY_EMAIL', 'field is wrong; fix it');
    assert.ok(error instanceof Error, 'instanceof Error');
    assert.equal(error.name, 'BasicTokenError');
    assert.equal(error.code, 'EMPTY_EMAIL');
    assert.equal(error.message, '[@auth/basic-token] field is wrong; fix it');
    assert.equal(mod.MAX_BASIC_HEADER_LENGTH, 8192);
  });

  test('the Zendesk docs example: credentials, header and URL userinfo', () => {
    const input = { email: ZENDESK.email, token: ZENDESK.token };
    assert.equal(mod.basicTokenCredentials(input), ZENDESK.credentials);
    assert.equal(mod.basicTokenHeader(input), ZENDESK.header);
    assert.equal(mod.basicTokenUserinfo(input), ZENDESK.userinfo);
    const url = new URL(`https://${mod.basicTokenUserinfo(input)}@example.zendesk.com/api/v2/users/me.json`);
    assert.equal(decodeURIComponent(url.username), `${ZENDESK.email}/token`);
    assert.equal(decodeURIComponent(url.password), ZENDESK.token);
  });

  test('RFC 7617 encodings, UTF-8 (section 2.1), every padding length', () => {
    for (const [what, username, password, header] of vectors.encodings) {
      assert.equal(mod.encodeBasic(username, password), header, what);
    }
    assert.equal(mod.basicPasswordHeader({ email: 'test', password: '123£' }), 'Basic dGVzdDoxMjPCow==');
    assert.equal(
      mod.basicTokenHeader({ email: 'zoë@exämple.com', token: 't€k' }),
      reference('zoë@exämple.com/token:t€k'),
    );
  });

  test('RFC 7617 decodings: case-insensitive scheme, 1*SP, OWS around, strict UTF-8', () => {
    for (const [what, value, username, password] of vectors.decodings) {
      assert.deepEqual(mod.decodeBasic(value), { username, password }, what);
    }
  });

  test('decodeBasic refuses each bad value with its own code', () => {
    for (const [what, value, code] of vectors.invalidDecodings) {
      const error = assert.throws(() => mod.decodeBasic(value), expectError(code, ['open sesame']));
      assert.ok(error instanceof mod.BasicTokenError, `${what}: instanceof BasicTokenError`);
    }
    assert.throws(() => mod.decodeBasic(42), expectError('NOT_A_STRING'));
    for (const value of ['Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\r\n', 'Basic QWxh\u0000ZGRp']) {
      assert.throws(() => mod.decodeBasic(value), {
        code: 'CONTROL_CHARACTER',
        includes: [`[@auth/basic-token] ${vectors.messages.authorization}`],
      });
    }
    assert.throws(() => mod.decodeBasic('Basic\tQWxhZGRpbjpvcGVuIHNlc2FtZQ=='), {
      code: 'WRONG_SCHEME',
      includes: [vectors.messages.authorization],
    });
    assert.throws(
      () => mod.decodeBasic(`${ZENDESK.header}x`),
      expectError('INVALID_BASE64', [ZENDESK.token]),
    );
  });

  test('parseBasicToken tells API tokens from passwords, and refuses empty parts', () => {
    for (const [what, value, expected] of vectors.parsings) {
      if (typeof expected === 'string')
        assert.throws(() => mod.parseBasicToken(value), expectError(expected));
      else assert.deepEqual(mod.parseBasicToken(value), expected, what);
    }
  });

  test('every token encoder refuses bad input with its code, never echoing the token', () => {
    for (const fn of [mod.basicTokenCredentials, mod.basicTokenHeader, mod.basicTokenUserinfo]) {
      for (const [what, input, code, field] of vectors.invalidTokenInputs) {
        const error = assert.throws(() => fn(input), expectError(code));
        assert.equal(error.message, `[@auth/basic-token] ${vectors.messages[field]}`, what);
      }
      assert.throws(() => fn(undefined), expectError('EMPTY_EMAIL'));
    }
    assert.throws(() => mod.basicTokenHeader({ email: ZENDESK.email, token: `${ZENDESK.token}\n` }), {
      code: 'WHITESPACE',
      includes: [vectors.messages.token],
      excludes: [ZENDESK.token],
    });
    assert.throws(() => mod.encodeBasic('a:b', 'hunter22'), expectError('COLON_IN_USERNAME', ['hunter22']));
    assert.throws(
      () => mod.basicPasswordHeader({ email: ZENDESK.email, password: '' }),
      expectError('EMPTY_PASSWORD'),
    );
  });

  test('the 8 KiB limit: TOO_LONG both ways, and a megabyte is refused at once', () => {
    const longest = mod.encodeBasic('u', 'p'.repeat(6136));
    assert.ok(longest.length <= 8192, 'the longest header fits');
    assert.deepEqual(mod.decodeBasic(longest), { username: 'u', password: 'p'.repeat(6136) });
    assert.throws(() => mod.encodeBasic('u', 'p'.repeat(6137)), expectError('TOO_LONG'));
    assert.throws(() => mod.encodeBasic('u', '€'.repeat(2046)), expectError('TOO_LONG'));
    assert.throws(() => mod.decodeBasic(`${longest}   `), expectError('TOO_LONG'));
    const megabyte = 1 << 20;
    assert.throws(() => mod.decodeBasic(' '.repeat(megabyte)), expectError('TOO_LONG'));
    assert.throws(() => mod.decodeBasic(`Basic ${'QUFB'.repeat(megabyte / 4)}`), expectError('TOO_LONG'));
    assert.throws(
      () => mod.basicTokenHeader({ email: 'a', token: 'x'.repeat(megabyte) }),
      expectError('TOO_LONG'),
    );
  });

  test('maxLength must be a positive safe integer: INVALID_OPTION otherwise', () => {
    for (const maxLength of vectors.invalidMaxLengths) {
      assert.throws(() => mod.decodeBasic(ZENDESK.header, { maxLength }), {
        code: 'INVALID_OPTION',
        includes: ['[@auth/basic-token] maxLength must be a positive safe integer'],
        excludes: [ZENDESK.token],
      });
    }
    assert.throws(() => mod.decodeBasic(ZENDESK.header, { maxLength: 8 }), expectError('TOO_LONG'));
    assert.equal(
      mod.decodeBasic(ZENDESK.header, { maxLength: Number.MAX_SAFE_INTEGER }).password,
      ZENDESK.token,
    );
  });

  test('linear on a megabyte of spaces or base64 when the limit is lifted', () => {
    const megabyte = 1 << 20;
    const options = { maxLength: Number.MAX_SAFE_INTEGER };
    assert.throws(() => mod.decodeBasic(' '.repeat(megabyte), options), expectError('WRONG_SCHEME'));
    assert.throws(
      () => mod.decodeBasic(`Basic${' '.repeat(megabyte)}x`, options),
      expectError('INVALID_BASE64'),
    );
    assert.throws(
      () => mod.decodeBasic(`Basic ${'QUFB'.repeat(megabyte / 4)}`, options),
      expectError('MISSING_COLON'),
    );
    assert.throws(
      () => mod.decodeBasic(`Basic ${'A'.repeat(megabyte)}=`, options),
      expectError('INVALID_BASE64'),
    );
    const password = 'p'.repeat(megabyte);
    assert.deepEqual(mod.decodeBasic(`Basic ${btoa(`u:${password}`)}`, options), {
      username: 'u',
      password,
    });
  });

  test('redactBasic: who, never the secret, and it never throws', () => {
    for (const [what, value, expected] of vectors.redactions) {
      assert.equal(mod.redactBasic(value), expected, what);
    }
  });

  test('interop: the test cases of jshttp/basic-auth and Hono, decoded', () => {
    checkCorpus(interop.parsers, ({ value }) =>
      outcome(
        () => mod.decodeBasic(value),
        ({ username, password }) => [username, password],
      ),
    );
  });

  test("interop: jshttp/basic-auth's format cases, encoded", () => {
    checkCorpus(interop.formatters, ({ input }) => outcome(() => mod.encodeBasic(input?.name, input?.pass)));
  });

  test('RFC 7617: an empty user-id is encoded (curl -u :TOKEN); RFC 4648 3.5: stray bits are refused', () => {
    assert.equal(
      mod.encodeBasic('', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'),
      reference(':ghp_16C7e42F292c6912E7710c838347Ae178B4a'),
    );
    for (const value of vectors.nonCanonical) {
      assert.throws(() => mod.decodeBasic(value), expectError('INVALID_BASE64', ['open sesame']));
    }
  });

  test('messages: one per field, naming it and what it must be; a missing value says so, with the code of an empty one', () => {
    for (const [what, call, code, message] of [
      [
        'an unset email',
        () => mod.basicTokenHeader({ email: undefined, token: ZENDESK.token }),
        'EMPTY_EMAIL',
        vectors.messages.missingEmail,
      ],
      [
        'an unset token',
        () => mod.basicTokenHeader({ email: ZENDESK.email, token: undefined }),
        'EMPTY_TOKEN',
        vectors.messages.missingToken,
      ],
      [
        'an empty email',
        () => mod.basicTokenHeader({ email: '', token: ZENDESK.token }),
        'EMPTY_EMAIL',
        vectors.messages.missingEmail,
      ],
      [
        'a header that is not there',
        () => mod.decodeBasic(null),
        'WRONG_SCHEME',
        vectors.messages.authorization,
      ],
      ['a number', () => mod.encodeBasic(42, 'x'), 'NOT_A_STRING', vectors.messages.username],
      [
        'a password too long',
        () => mod.encodeBasic('u', 'p'.repeat(6137)),
        'TOO_LONG',
        vectors.messages.tooLong,
      ],
    ]) {
      const error = assert.throws(call, expectError(code));
      assert.equal(error.message, `[@auth/basic-token] ${message}`, what);
    }
  });

  test('redactBasic shows a user-id only when it is an email address', () => {
    for (const [userId, shown] of vectors.redactedUserIds) {
      assert.equal(mod.redactBasic(mod.encodeBasic(userId, 'X')), `Basic ${shown}:****`, userId);
    }
  });

  test('property: any Unicode email and token round-trip through header and parseBasicToken', () => {
    fc.assert(
      fc.property(email, text(1), (email, token) => {
        const header = mod.basicTokenHeader({ email, token });
        assert.equal(header, reference(`${email}/token:${token}`));
        assert.deepEqual(mod.parseBasicToken(header), { kind: 'api-token', email, token });
        const redacted = mod.redactBasic(header);
        assert.ok(redacted === `Basic ${email}/token:****` || redacted === 'Basic ****/token:****', redacted);
        assert.ok(
          token.length < 8 || !redacted.includes(token) || `${email}/token`.includes(token),
          'the token shows',
        );
      }),
      fcOptions,
    );
  });

  test('property: encodeBasic and decodeBasic round-trip any username and password', () => {
    fc.assert(
      fc.property(email, fc.oneof(text(0), fc.constant('')), (username, password) => {
        assert.deepEqual(mod.decodeBasic(mod.encodeBasic(username, password)), { username, password });
      }),
      fcOptions,
    );
  });

  test('property: decodeBasic takes base64 exactly when it is padded and canonical (RFC 4648 3.2-3.5)', () => {
    // The reference: encoding the bytes again gives the same text (atob alone is lenient).
    const canonical = (base64) => {
      try {
        return btoa(atob(base64)) === base64;
      } catch {
        return false;
      }
    };
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
    const encoded = fc.oneof(
      fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 14 }),
      // Valid encodings with the last characters changed: stray bits, padding cut or added.
      fc
        .tuple(text(1), fc.nat(3), fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 3 }))
        .map(([value, cut, tail]) => reference(value).slice(6, -cut || undefined) + tail),
    );
    fc.assert(
      fc.property(encoded, (base64) => {
        let code = 'accepted';
        try {
          mod.decodeBasic(`Basic ${base64}`);
        } catch (error) {
          code = error.code;
        }
        assert.equal(code !== 'INVALID_BASE64', canonical(base64), `Basic ${base64}: ${code}`);
      }),
      { ...fcOptions, numRuns: 1000 },
    );
  });

  test('property: the decoders return or throw BasicTokenError on any input, never the secret', () => {
    const secret = 'S3cr3t-6wiIBWbGkBMo1mRDMuVwkw1E';
    const header = mod.basicTokenHeader({ email: ZENDESK.email, token: secret });
    const mutated = fc
      .tuple(
        fc.nat(),
        fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('\n', '=', ' ')),
        fc.nat(3),
      )
      .map(([at, insert, cut]) => {
        const i = at % (header.length + 1);
        return header.slice(0, i) + insert + header.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string(), fc.anything()), (value) => {
        for (const fn of [mod.decodeBasic, mod.parseBasicToken]) {
          try {
            fn(value);
          } catch (error) {
            assert.ok(error instanceof mod.BasicTokenError, `${fn.name} threw ${error}`);
            const text = `${error.message} ${String(error)} ${JSON.stringify(error)}`;
            assert.ok(
              !text.includes(secret) && !text.includes(header.slice(6)),
              'the error text holds the secret',
            );
          }
        }
        const redacted = mod.redactBasic(value);
        assert.equal(typeof redacted, 'string');
        assert.ok(!redacted.includes(secret), 'the redaction holds the secret');
      }),
      fcOptions,
    );
  });
}
