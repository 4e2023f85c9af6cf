import { describe, expect, it } from 'vitest';
import { isBlank, toAllowedHtml } from './editorHtml';

describe('the reply editor sends only what the server allows', () => {
  it('turns the browser\'s lines into paragraphs', () => {
    expect(toAllowedHtml('Hello<div>second line</div><div><br></div><div>third</div>')).toBe('<p>Hello</p><p>second line</p><p><br></p><p>third</p>');
    expect(toAllowedHtml('<p>one</p><p><br></p>')).toBe('<p>one</p>');
  });

  it('keeps formatting, lists and safe links', () => {
    const html = toAllowedHtml('<p><b>bold</b> <i>it</i> <a href="https://example.org">link</a></p><ul><li>a</li></ul>');
    expect(html).toContain('<b>bold</b>');
    expect(html).toContain('<i>it</i>');
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('<ul><li>a</li></ul>');
  });

  it('drops styles, scripts, images and unsafe links', () => {
    const html = toAllowedHtml('<div style="color:red">x<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">y</a></div>');
    expect(html).not.toMatch(/style=|script|<img|onerror|javascript:/);
    expect(html).toContain('x');
  });

  it('knows an empty editor', () => {
    const editor = document.createElement('div');
    editor.innerHTML = '<p><br></p><p>&nbsp;</p>';
    expect(isBlank(editor)).toBe(true);
    editor.innerHTML = '<ul><li></li></ul>';
    expect(isBlank(editor)).toBe(false);
  });
});
