import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCodedError, expectNoSecret } from '../../../config/expect-error.ts';
import { CorsPolicyError } from './errors.ts';
import { assertCorsAllowedAuth } from './guard.ts';
import { createCorsPolicy } from './policy.ts';
import type { CorsPolicyOptions } from './types.ts';

// Properties that need Node (inspect output, any value as options); the portable ones are in
// the conformance suite, run here by conformance.test.ts.
describe('properties', () => {
  it('createCorsPolicy returns a policy or throws a CorsPolicyError, whatever the options', () => {
    const thing = fc.oneof(
      fc.anything({
        withBigInt: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withDate: true,
      }),
      fc.constantFrom('*', 'https://app.example.com', /x/, () => true, Symbol('x'), Object.create(null)),
    );
    const value = fc.oneof(thing, fc.array(thing, { maxLength: 3 }));
    const options = fc.oneof(
      fc.anything(),
      fc.record(
        {
          origins: value,
          methods: value,
          allowHeaders: value,
          exposeHeaders: value,
          maxAge: value,
          credentials: value,
          allowAuth: value,
          privateNetwork: value,
          onError: value,
        },
        { requiredKeys: ['origins'] },
      ),
    );
    fc.assert(
      fc.property(options, (given) => {
        try {
          createCorsPolicy(given as CorsPolicyOptions);
        } catch (error) {
          expect(error).toBeInstanceOf(CorsPolicyError);
        }
      }),
      { seed: 6, numRuns: 1000 },
    );
  });

  it('no refusal shows the credentials or their base64, in any printed form (inspect, stack, JSON)', () => {
    const secret = fc
      .string({ minLength: 6, maxLength: 40, unit: 'grapheme-ascii' })
      .filter((s) => /^[!-~]+$/.test(s));
    const value = fc.tuple(fc.emailAddress(), secret, fc.boolean()).map(([email, token, isToken]) => ({
      token,
      header: `Basic ${btoa(isToken ? `${email}/token:${token}` : `${email}:${token}`)}`,
    }));
    fc.assert(
      fc.property(value, ({ token, header }) => {
        let thrown: unknown;
        try {
          assertCorsAllowedAuth(header);
        } catch (error) {
          thrown = error;
        }
        expectCodedError(thrown, CorsPolicyError, 'AUTH_NOT_ALLOWED');
        expectNoSecret(thrown, [token, header.slice(6)]);
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});
