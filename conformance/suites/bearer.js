import { assert } from '../harness.js';

/** Conformance of @auth/bearer: the same checks in every runtime. */
export default function suite(test, mod) {
  test('BearerError is an Error with name, code and the package prefix', () => {
    const error = new mod.BearerError('EMPTY_TOKEN', 'field is wrong; fix it');
    assert.ok(error instanceof Error, 'instanceof Error');
    assert.equal(error.name, 'BearerError');
    assert.equal(error.code, 'EMPTY_TOKEN');
    assert.equal(error.message, '[@auth/bearer] field is wrong; fix it');
  });
}
