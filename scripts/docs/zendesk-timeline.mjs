// Zendesk's retirement of passwords and API tokens: the one source of its dates for the tests
// (developer.zendesk.com, api-basics/authentication/oauth-migration; support.zendesk.com
// article 8843683464346 for passwords). Each fact is told by the words near its date.
export const ZENDESK_TIMELINE = Object.freeze([
  { date: '2025-12-31', fact: 'passwords stop working for API requests', words: /password/i },
  {
    date: '2026-07-28',
    fact: 'an API token unused for 30 days is deactivated',
    words: /\b30 days\b[\s\S]*deactivat|deactivat[\s\S]*\b30 days\b/i,
  },
  { date: '2026-10-27', fact: 'no API token can be created', words: /\bnew\b|creat/i },
  { date: '2027-04-30', fact: 'every API token stops working', words: /\bstop|\bfail|\buntil\b|retire/i },
]);

/** Where a reader meets the timeline: each of these states all four dates. */
export const STATED_IN_FULL = Object.freeze([
  'packages/basic-token/src/password.ts', // basicPasswordHeader's @deprecated note
  'packages/cors-policy/src/guard.ts', // the message of an API token or password refused cross-origin
]);

const ISO_DATE = /\b20\d\d-\d\d-\d\d\b/g;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WORDY_DATE = new RegExp(
  String.raw`\b(?:(?:${MONTHS}) \d{1,2}, 20\d\d|\d{1,2} (?:${MONTHS}) 20\d\d)\b`,
  'g',
);
/** A clause that speaks of these credentials or of their retirement. */
const SUBJECT = /password|\btokens?\b|creat|deactivat|\bstop|retir/i;
/** Whether a clause ends at `text[at]`: `;,|()`, a full stop, or a blank line. */
function endsClause(text, at) {
  const char = text[at];
  if (';,|()'.includes(char)) return true;
  if (char === '.') return /\s/.test(text[at + 1] ?? ' ');
  return char === '\n' && /^[ \t]*\n/.test(text.slice(at + 1));
}

/** The clause around `index`: a whole table row, else the text between two clause ends. */
function clauseAt(text, index, length) {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const lineEnd = text.indexOf('\n', index) === -1 ? text.length : text.indexOf('\n', index);
  const line = text.slice(lineStart, lineEnd);
  if (/^\s*\|.*\|\s*$/.test(line)) return line;
  let start = index;
  while (start > 0 && !endsClause(text, start - 1)) start--;
  let end = index + length;
  while (end < text.length && !endsClause(text, end)) end++;
  return text.slice(start, end);
}

/**
 * The dates of `text` that are the timeline's or speak of passwords or tokens, each with its clause and what is
 * wrong with it (`problem`: undefined when it agrees with the timeline).
 * @returns {Array<{ date: string, clause: string, line: number, problem?: string }>}
 */
export function timelineDates(text) {
  const found = [];
  for (const pattern of [ISO_DATE, WORDY_DATE]) {
    for (const match of text.matchAll(pattern)) {
      const clause = clauseAt(text, match.index, match[0].length).replace(/\s+/g, ' ').trim();
      const entry = ZENDESK_TIMELINE.find(({ date }) => date === match[0]);
      if (!entry && !SUBJECT.test(clause)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      const problem =
        pattern === WORDY_DATE
          ? `write the date as ISO 8601 (${ZENDESK_TIMELINE.map(({ date }) => date).join(', ')})`
          : !entry
            ? `not a date of Zendesk's timeline (${ZENDESK_TIMELINE.map(({ date }) => date).join(', ')})`
            : entry.words.test(clause)
              ? undefined
              : `${entry.date} is when ${entry.fact}; the words around it say otherwise`;
      found.push({ date: match[0], clause, line, ...(problem && { problem }) });
    }
  }
  return found;
}
