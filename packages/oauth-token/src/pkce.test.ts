/// <reference types="node" />
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectRejects, expectThrows } from '../../../config/expect-error.ts';
import { OAuthTokenError } from './errors.ts';
import { base64url, checkCodeVerifier, codeChallenge, randomBase64url } from './pkce.ts';

// RFC 7636 appendix B: the verifier's 32 octets, the verifier, and its S256 challenge.
const OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191,
  240, 91, 88, 5, 88, 83, 132, 141, 121,
];
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

afterEach(() => vi.restoreAllMocks());

describe('RFC 7636 appendix B', () => {
  it('the octets from crypto.getRandomValues become the verifier', () => {
    const random = vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint8Array).set(OCTETS);
      return array;
    });
    expect(randomBase64url()).toBe(VERIFIER);
    expect(random).toHaveBeenCalledOnce();
    expect(random.mock.calls[0]?.[0]).toHaveLength(32);
  });

  it('the verifier has the S256 challenge', async () => {
    expect(await codeChallenge(VERIFIER)).toBe(CHALLENGE);
  });
});

describe('base64url', () => {
  it('is RFC 4648 section 5 without padding, for every byte value and length', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let length = 0; length <= 256; length += 1) {
      const slice = bytes.subarray(256 - length);
      expect(base64url(slice)).toBe(Buffer.from(slice).toString('base64url'));
    }
  });
});

describe('codeChallenge', () => {
  it('is the SHA-256 of the verifier, base64url, for any verifier of the RFC 7636 alphabet', async () => {
    for (const verifier of [VERIFIER, 'a'.repeat(43), `~.-_${'Z9'.repeat(62)}`]) {
      const expected = createHash('sha256').update(verifier).digest('base64url');
      expect(await codeChallenge(verifier)).toBe(expected);
    }
  });

  it.each([
    // One fix serves every way a verifier can be wrong: one message.
    ['a'.repeat(42), 'codeVerifier must be an RFC 7636 code verifier'],
    ['a'.repeat(129), 'codeVerifier must be an RFC 7636 code verifier'],
    [`${'a'.repeat(42)}+`, 'codeVerifier must be an RFC 7636 code verifier'],
    [`${'a'.repeat(42)}=`, 'codeVerifier must be an RFC 7636 code verifier'],
    [undefined, 'codeVerifier must be an RFC 7636 code verifier'],
    [43, 'codeVerifier must be an RFC 7636 code verifier'],
    [`${VERIFIER}\n`, 'codeVerifier must be an RFC 7636 code verifier'],
  ])('refuses %j: INVALID_OPTION, never the value', async (verifier, message) => {
    const error = await expectRejects(codeChallenge(verifier as string), OAuthTokenError, 'INVALID_OPTION', {
      secrets: typeof verifier === 'string' && verifier.length > 8 ? [verifier.trim()] : [],
    });
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
  });

  it('checkCodeVerifier names the field it is given', () => {
    expectThrows(
      () => checkCodeVerifier('short', 'options.codeVerifier'),
      OAuthTokenError,
      'INVALID_OPTION',
      {
        words: ['options.codeVerifier must be an RFC 7636 code verifier'],
      },
    );
  });
});

describe('randomBase64url', () => {
  it('is 43 characters of the base64url alphabet, fresh at each call', () => {
    const values = new Set(Array.from({ length: 1000 }, randomBase64url));
    expect(values.size).toBe(1000);
    for (const value of values) expect(value).toMatch(/^[\w-]{43}$/);
  });
});
