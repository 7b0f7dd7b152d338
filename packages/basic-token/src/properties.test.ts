/// <reference types="node" />
// Property tests (fast-check): round trips over any Unicode, agreement with Node's Buffer as an
// independent reference, and "any input either returns or throws BasicTokenError, never leaking
// the secret".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectNoSecret } from '../test/expect-error.ts';
import {
  BasicTokenError,
  basicPasswordHeader,
  basicTokenCredentials,
  basicTokenHeader,
  basicTokenUserinfo,
  decodeBasic,
  encodeBasic,
  parseBasicToken,
  redactBasic,
} from './index.ts';

const runs = { numRuns: 1000 };
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\0-\x1f\x7f-\x9f]/g;
/** What redactBasic shows as U+FFFD: U+2028, U+2029 and the bidi controls (controls do not parse). */
const UNSAFE_IN_LOG = /[\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const shown = (userId: string) => userId.replace(UNSAFE_IN_LOG, '\ufffd');

/** Any Unicode (every plane, mixed with ASCII), made valid: no controls, no surrounding whitespace. */
const text = (minLength = 1) =>
  fc
    .oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }))
    .map((value) => value.replace(CONTROLS, '').trim())
    .filter((value) => value.length >= minLength);

const email = text()
  .map((value) => value.replaceAll(':', '').trim())
  .filter((value) => value !== '' && !value.endsWith('/token'));
const secret = text(12);

/** What the header must be, by Node's own encoder (the reference this package avoids). */
const reference = (userPass: string) => `Basic ${Buffer.from(userPass, 'utf8').toString('base64')}`;

describe('round trips over any Unicode', () => {
  it('basicTokenHeader -> parseBasicToken, agreeing with Buffer', () => {
    fc.assert(
      fc.property(email, secret, (email, token) => {
        const header = basicTokenHeader({ email, token });
        expect(header).toBe(reference(`${email}/token:${token}`));
        expect(parseBasicToken(header)).toStrictEqual({ kind: 'api-token', email, token });
        expect(basicTokenCredentials({ email, token })).toBe(`${email}/token:${token}`);
        const userinfo = basicTokenUserinfo({ email, token });
        expect(decodeURIComponent(userinfo)).toBe(`${email}/token:${token}`);
        expect(userinfo.split(':')).toHaveLength(2);
        expect(userinfo).not.toMatch(/[@/]/);
      }),
      runs,
    );
  });

  it('basicPasswordHeader -> parseBasicToken as a password', () => {
    fc.assert(
      fc.property(email, secret, (email, password) => {
        const header = basicPasswordHeader({ email, password });
        expect(header).toBe(reference(`${email}:${password}`));
        expect(parseBasicToken(header)).toStrictEqual({ kind: 'password', email, password });
      }),
      runs,
    );
  });

  it('encodeBasic -> decodeBasic, empty password included', () => {
    fc.assert(
      fc.property(email, fc.oneof(text(0), fc.constant('')), (username, password) => {
        const header = encodeBasic(username, password);
        expect(header).toBe(reference(`${username}:${password}`));
        expect(decodeBasic(header)).toStrictEqual({ username, password });
        expect(decodeBasic(`  ${header.replace('Basic ', 'bASIC   ')}\t`)).toStrictEqual({
          username,
          password,
        });
      }),
      runs,
    );
  });

  it('redactBasic shows the email and hides the token', () => {
    fc.assert(
      fc.property(email, secret, (email, token) => {
        const redacted = redactBasic(basicTokenHeader({ email, token }));
        expect(redacted).toBe(`Basic ${shown(email)}/token:****`);
      }),
      runs,
    );
  });
});

/** Calls `fn`; anything thrown must be our error, and print none of `secrets`. */
function returnsOrThrowsOurs(fn: () => unknown, secrets: string[]): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BasicTokenError);
    expectNoSecret(error, secrets);
  }
}

describe('hostile input: returns or throws BasicTokenError, never the secret', () => {
  // A valid header, then broken: a character inserted, replaced or cut, case or spacing changed.
  const mutatedHeader = fc
    .record({
      email,
      token: secret,
      at: fc.nat(),
      insert: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 3 }),
        fc.constantFrom('\n', '\r\n', ' ', '=', ':', '\0'),
      ),
      cut: fc.nat({ max: 4 }),
    })
    .map(({ email, token, at, insert, cut }) => {
      const header = basicTokenHeader({ email, token });
      const i = at % (header.length + 1);
      return { token, header, mutated: header.slice(0, i) + insert + header.slice(i + cut) };
    });

  it('decodeBasic, parseBasicToken and redactBasic on broken headers', () => {
    fc.assert(
      fc.property(mutatedHeader, ({ token, header, mutated }) => {
        const secrets = [token, header.slice(6)];
        returnsOrThrowsOurs(() => decodeBasic(mutated), secrets);
        returnsOrThrowsOurs(() => parseBasicToken(mutated), secrets);
        const redacted = redactBasic(mutated);
        let parsed: ReturnType<typeof parseBasicToken> | undefined;
        try {
          parsed = parseBasicToken(mutated);
        } catch {}
        if (!parsed) {
          expect(redacted).toBe('Basic [unparseable]');
          return;
        }
        const hidden = parsed.kind === 'api-token' ? parsed.token : parsed.password;
        const who = `${shown(parsed.email)}${parsed.kind === 'api-token' ? '/token' : ''}`;
        // Who, never the secret: the secret shows only if the user-id itself holds it.
        expect(redacted).toBe(`Basic ${who}:****`);
        if (!who.includes(hidden) && !'Basic /token:****'.includes(hidden))
          expect(redacted).not.toContain(hidden);
      }),
      runs,
    );
  });

  it('the decoders on any value at all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `Basic ${s}`),
          fc.base64String().map((s) => `basic ${s}`),
          fc.anything(),
        ),
        (value) => {
          returnsOrThrowsOurs(() => decodeBasic(value as string), []);
          returnsOrThrowsOurs(() => parseBasicToken(value as string), []);
          expect(typeof redactBasic(value as string)).toBe('string');
        },
      ),
      runs,
    );
  });

  it('the encoders on any value at all, never printing the token or password', () => {
    const field = fc.oneof(secret, fc.string({ unit: 'binary', minLength: 12 }), fc.anything());
    fc.assert(
      fc.property(fc.oneof(email, fc.anything()), field, (anyEmail, anySecret) => {
        const secrets = typeof anySecret === 'string' && anySecret.length >= 12 ? [anySecret] : [];
        const input = { email: anyEmail, token: anySecret, password: anySecret } as never;
        returnsOrThrowsOurs(() => basicTokenHeader(input), secrets);
        returnsOrThrowsOurs(() => basicTokenCredentials(input), secrets);
        returnsOrThrowsOurs(() => basicTokenUserinfo(input), secrets);
        returnsOrThrowsOurs(() => basicPasswordHeader(input), secrets);
        returnsOrThrowsOurs(() => encodeBasic(anyEmail as string, anySecret as string), secrets);
      }),
      runs,
    );
  });
});
