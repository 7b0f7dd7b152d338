import { assert } from '../harness.js';

/** Conformance of @auth/tls-check: the same checks in every runtime. */
export default function suite(test, mod) {
  test('TlsCheckError is an Error with name, code and the package prefix', () => {
    const error = new mod.TlsCheckError('UNKNOWN_TLS_VERSION', 'field is wrong; fix it');
    assert.ok(error instanceof Error, 'instanceof Error');
    assert.equal(error.name, 'TlsCheckError');
    assert.equal(error.code, 'UNKNOWN_TLS_VERSION');
    assert.equal(error.message, '[@auth/tls-check] field is wrong; fix it');
  });
}
