import { assert } from '../harness.js';

/** Conformance of @auth/cors-policy: the same checks in every runtime. */
export default function suite(test, mod) {
  test('CorsPolicyError is an Error with name, code and the package prefix', () => {
    const error = new mod.CorsPolicyError('AUTH_NOT_ALLOWED', 'field is wrong; fix it');
    assert.ok(error instanceof Error, 'instanceof Error');
    assert.equal(error.name, 'CorsPolicyError');
    assert.equal(error.code, 'AUTH_NOT_ALLOWED');
    assert.equal(error.message, '[@auth/cors-policy] field is wrong; fix it');
  });
}
