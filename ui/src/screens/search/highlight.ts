/**
 * Search highlights as the API sends them: HTML passages whose only elements are `<mark>` (the matched words), every
 * other character escaped. They are never put into the page as HTML: `parseHighlight` reads a passage into plain
 * text segments, marked or not, and the screens render those as text (React escapes it again), so a `<script>` that
 * a ticket contains arrives as `&lt;script&gt;`, is read back as the text "<script>", and stays text.
 */
export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text an escaped passage stands for: named (`&lt;`) and numeric (`&#39;`, `&#x2F;`) references decoded once. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const MARK = /<(\/?)mark\b[^>]*>/gi;

/**
 * Reads one highlight passage into segments: the text inside `<mark>…</mark>` is marked, the rest not; adjacent
 * segments of the same kind are joined and empty ones dropped. Any other markup (there should be none) is kept as the
 * literal text it is, never as an element.
 */
export function parseHighlight(fragment: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const push = (raw: string, marked: boolean) => {
    const text = unescapeHtml(raw);
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  };
  let depth = 0;
  let from = 0;
  for (const match of fragment.matchAll(MARK)) {
    push(fragment.slice(from, match.index), depth > 0);
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    from = match.index + match[0].length;
  }
  push(fragment.slice(from), depth > 0);
  return segments;
}

/** The plain text of a passage (what it reads as without its marks). */
export function highlightText(fragment: string): string {
  return parseHighlight(fragment).map((segment) => segment.text).join('');
}
