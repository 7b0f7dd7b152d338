/// <reference types="node" />
// Property tests (fast-check): round trips over any Unicode, agreement with Node's Buffer as an
// independent reference, and "any input either returns or throws BasicTokenError, never leaking
// the secret".
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { expectNoSecret } from '../../../config/expect-error.ts';
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

// Thousands of fast-check runs, each printing its error every way a log could: the default 5 s
// is too short on a shared 2-core machine. A limit on waiting, not a timed assertion.
vi.setConfig({ testTimeout: 60_000 });

const runs = { seed: 7617, numRuns: 1000 };
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\0-\x1f\x7f-\x9f]/g;

/**
 * Whether redactBasic may show `userId`: an email address (RFC 5322 dot-atom, UTF-8 letters and
 * digits as RFC 6531 allows), checked part by part, independently of the package's expression.
 */
function isEmailAddress(userId: string): boolean {
  const parts = userId.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  const atext = (c: string) => /[\p{L}\p{N}]/u.test(c) || "!#$%&'*+/=?^_`{|}~-".includes(c);
  const labelChar = (c: string) => /[\p{L}\p{N}]/u.test(c) || c === '-';
  const labels = domain.split('.');
  const tld = [...(labels.at(-1) as string)];
  return (
    local.split('.').every((atom) => atom !== '' && [...atom].every(atext)) &&
    labels.length >= 2 &&
    labels.every(
      (label) =>
        label !== '' && [...label].every(labelChar) && !label.startsWith('-') && !label.endsWith('-'),
    ) &&
    tld.length >= 2 &&
    tld.every((c) => /\p{L}/u.test(c))
  );
}
/** How redactBasic shows a user-id. */
const shown = (userId: string) => (isEmailAddress(userId) ? userId : '****');

/**
 * Secrets of every shape users paste: any text, base64, hex, JWT-like, prefixed API keys, and
 * email addresses (a password may look like one).
 */
const anySecret = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.base64String({ minLength: 4, maxLength: 60 }),
  fc.stringMatching(/^[0-9a-f]{32,40}$/),
  fc.stringMatching(/^eyJ[\w-]{10,40}\.[\w-]{10,60}\.[\w-]{20,43}$/),
  fc.stringMatching(/^(?:sk_live_|ghp_|xoxb-|AKIA)[A-Za-z0-9]{16,36}$/),
  fc.emailAddress(),
);

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

  it('decodeBasic: the common spelling and a lenient one of any text get the same answer', () => {
    const answer = (value: string) => {
      try {
        return decodeBasic(value);
      } catch (error) {
        return (error as BasicTokenError).code;
      }
    };
    const afterScheme = fc.oneof(
      fc.base64String({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc
        .tuple(fc.constantFrom(' ', '\t', '\n', '\x01', '=', 'é'), fc.base64String({ maxLength: 20 }))
        .map(([odd, base64]) => `${base64}${odd}`),
    );
    fc.assert(
      fc.property(afterScheme, (rest) => {
        expect(answer(`Basic ${rest}`)).toStrictEqual(answer(`\tbASIC  ${rest} `));
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

describe('redactBasic: no secret of any shape survives', () => {
  // A secret can stand as the token, the password, or the user-id itself (an API key sent as the
  // username, a token pasted into the email field). Only an email address is ever shown.
  const clean = (value: string) => value.replace(CONTROLS, '').trim();
  const userId = fc.oneof(anySecret, email).map((value) => clean(value).replaceAll(':', ''));
  const secretOfAnyShape = anySecret.map(clean).filter((value) => value.length >= 8);

  it('in an API token header and in a password header', () => {
    fc.assert(
      fc.property(userId, secretOfAnyShape, (user, secret) => {
        fc.pre(user !== '' && !user.endsWith('/token'));
        const headers = [
          [basicTokenHeader({ email: user, token: secret }), '/token'],
          [encodeBasic(user, secret), ''],
        ] as const;
        for (const [header, suffix] of headers) {
          const redacted = redactBasic(header);
          expect(redacted).toBe(`Basic ${shown(user)}${suffix}:****`);
          // Never the secret (unless the email shown holds it by chance), never a masked user-id.
          if (!shown(user).includes(secret)) expect(redacted).not.toContain(secret);
          if (!isEmailAddress(user) && user.length > 4) expect(redacted).not.toContain(user);
          expect(redacted).not.toContain(header.slice(6));
        }
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
        // Who, never the secret: the secret shows only if the email shown holds it.
        expect(redacted).toBe(`Basic ${who}:****`);
        if (!who.includes(hidden) && !'Basic ****/token:****'.includes(hidden))
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
