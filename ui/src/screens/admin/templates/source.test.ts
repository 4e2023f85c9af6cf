import { describe, expect, it } from 'vitest';
import { layoutBody, lineRange, problemLine } from './source';

describe('template source', () => {
  it('lays a one-line body out a block a line, and leaves an author’s layout alone', () => {
    expect(layoutBody('<p>Hello {{member.firstName}},</p><p>Kind regards,<br>{{client.name}}</p>'))
      .toBe('<p>Hello {{member.firstName}},</p>\n<p>Kind regards,<br>\n{{client.name}}</p>');
    expect(layoutBody('<ul><li>a</li><li>b</li></ul>')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
    expect(layoutBody('<p>a</p>\n<p>b</p><p>c</p>')).toBe('<p>a</p>\n<p>b</p><p>c</p>');
  });

  it('finds a line’s start and end', () => {
    const text = 'one\ntwo\nthree';
    expect(lineRange(text, 1)).toEqual({ start: 0, end: 3 });
    expect(lineRange(text, 3)).toEqual({ start: 8, end: 13 });
    expect(lineRange(text, 9)).toEqual({ start: 8, end: 13 });
  });

  it('reads the line of a problem only when the API gave one', () => {
    expect(problemLine({ line: 3 })).toBe(3);
    expect(problemLine({ line: '3' })).toBeNull();
    expect(problemLine({})).toBeNull();
    expect(problemLine(undefined)).toBeNull();
  });
});
