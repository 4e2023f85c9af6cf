/**
 * A stored body written on one line (the defaults are) laid out one block per line, so that an editor's line numbers
 * mean something and a problem "at line 3" can be found: a line break after each closing block tag and each <br> or
 * <hr>. Whitespace between blocks renders the same. A body that already has line breaks is the author's layout and
 * stays as it is.
 */
export function layoutBody(html: string): string {
  if (html.includes('\n')) return html;
  return html.replace(/(<\/(?:p|h[1-4]|li|ul|ol|blockquote|pre|dl|dd|dt)>|<(?:ul|ol|dl)>|<br\s*\/?>|<hr\s*\/?>)(?=.)/g, '$1\n');
}

/** Where line `line` (1 for the first) of `text` starts and ends (offsets); the last line when there are fewer. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}

/** The line of a template problem, from the API's `extensions.line` (null when the error names none). */
export function problemLine(details: Readonly<Record<string, unknown>> | undefined): number | null {
  const line = details?.line;
  return typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : null;
}
