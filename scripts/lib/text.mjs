// Turning a step's output into what a reader needs on screen.

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

/** `text` without terminal colours (Deno colours through its npm shim even with NO_COLOR). */
export function plain(text) {
  return text.replace(ANSI, '');
}

/** Lines that say a failure, each with what follows it (`after` lines), or the last lines. */
export function failureLines(text, { max = 40, after = 6 } = {}) {
  const lines = plain(text)
    .split('\n')
    .filter((line) => line.trim() !== '');
  const FAILURE = /\bFAIL\b|\bfailed\b|\berror\b|not ok|✗|×|Error:/i;
  const keep = new Set();
  lines.forEach((line, index) => {
    if (!FAILURE.test(line) || /\b0 failed\b/.test(line)) return;
    for (let next = index; next <= Math.min(index + after, lines.length - 1); next++) keep.add(next);
  });
  const picked = keep.size > 0 ? [...keep].sort((a, b) => a - b).map((index) => lines[index]) : lines;
  return picked.slice(-max);
}

/** `lines` indented under a step's line on screen. */
export function indent(lines, prefix = '      | ') {
  return lines.map((line) => `${prefix}${line}`).join('\n');
}
