// The size report's "bare" figure: what a bundle weighs without its message text.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are minified code holding templates
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutMessageText } from './message-text.mjs';

test('empties prose in string literals and in the literal parts of templates', () => {
  assert.equal(withoutMessageText('f("x is missing; pass y"),g(`${a} must be b, c`)'), 'f(""),g(`${a}`)');
  assert.equal(withoutMessageText("f('token must be trimmed')"), "f('')");
  assert.equal(withoutMessageText('`a ${x} is not a known thing ${y} at all, pass one`'), '`a ${x}${y}`');
});

test('keeps code, short strings and strings without a space, so the result still runs', () => {
  const code = 'const s="Basic ",t=`Bearer ${v}`,u="access-control-allow-origin",r=/ is missing /;';
  assert.equal(withoutMessageText(code), code);
  const bare = withoutMessageText('return `${1} is over ${2} characters`');
  assert.equal(bare, 'return `${1}${2}`');
  assert.equal(new Function(bare)(), '12');
});
