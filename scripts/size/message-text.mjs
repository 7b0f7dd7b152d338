// How much of a bundle is the text of its messages. Issue 14's goals are below some packages'
// sizes: this says whether shorter messages could ever close the gap, or only dropping behaviour.
// The measure is generous to the goal: every string that reads as prose (a space in nine or more
// characters, in a string literal or the literal part of a template) is emptied, messages and the
// odd functional string alike, and what remains is the code of the behaviours.
import ts from 'typescript';

/** Whether a literal's text reads as prose: a message or a piece of one. */
const isProse = (text) => text.length >= 9 && text.includes(' ');

/**
 * `code` (a minified bundle) with the text of every prose string literal and template part
 * removed, quotes and `${}` kept, so it still parses and the gzip figure counts only code.
 *
 * @example
 * withoutMessageText('f("x is missing; pass y"),g(`${a} must be b`)'); // => 'f(""),g(`${a}`)'
 */
export function withoutMessageText(code) {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const cuts = []; // [start, end] of text to remove, inside the quotes or the template's delimiters
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isProse(node.text)) cuts.push([node.getStart(file) + 1, node.end - 1]);
    } else if (ts.isTemplateExpression(node)) {
      // A head ends in "${", a middle starts with "}" and ends in "${", a tail starts with "}".
      const parts = [node.head, ...node.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        if (!isProse(part.text)) continue;
        const closing = ts.isTemplateTail(part) ? 1 : 2;
        cuts.push([part.getStart(file) + 1, part.end - closing]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let bare = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) bare = bare.slice(0, start) + bare.slice(end);
  return bare;
}
