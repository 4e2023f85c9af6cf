/** What a member types (plain text) as the rich text the API takes: escaped, blank lines make paragraphs, line breaks stay. */
export function textToHtml(text: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escape).join('<br>')}</p>`)
    .join('');
}

/** Lengths as the API counts them: code points. */
export function codePoints(text: string): number {
  return Array.from(text).length;
}
