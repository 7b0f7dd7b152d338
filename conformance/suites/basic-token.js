import { assert } from '../harness.js';

/** Conformance of @auth/basic-token: the same checks in every runtime. */
export default function suite(test, mod) {
  test('BasicTokenError is an Error with name, code and the package prefix', () => {
    const error = new mod.BasicTokenError('EMPTY_EMAIL', 'field is wrong; fix it');
    assert.ok(error instanceof Error, 'instanceof Error');
    assert.equal(error.name, 'BasicTokenError');
    assert.equal(error.code, 'EMPTY_EMAIL');
    assert.equal(error.message, '[@auth/basic-token] field is wrong; fix it');
  });
}
