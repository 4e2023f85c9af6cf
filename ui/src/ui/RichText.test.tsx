import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RichText, sanitize } from './RichText';

describe('RichText shows only what the server allows', () => {
  it('keeps formatting and safe links', () => {
    const html = sanitize('<p>Hi <strong>Maria</strong>, see <a href="https://example.org/help">help</a>.</p>');
    expect(html).toContain('<strong>Maria</strong>');
    expect(html).toContain('href="https://example.org/help"');
    expect(html).toContain('rel="nofollow noopener noreferrer"');
  });

  it('drops scripts, event handlers, styles, images and unsafe links', () => {
    const html = sanitize('<p onclick="x()" style="color:red">a<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">b</a><iframe src="https://x"></iframe></p>');
    expect(html).not.toMatch(/script|onclick|onerror|style=|<img|javascript:|iframe/i);
    expect(html).toContain('a');
  });

  it('renders into the page through the allow-list', () => {
    const { container } = render(<RichText html={'<h2>Title</h2><ul><li>one</li></ul><svg><circle/></svg>'} />);
    expect(container.querySelector('h2')?.textContent).toBe('Title');
    expect(container.querySelector('li')).not.toBeNull();
    expect(container.querySelector('svg')).toBeNull();
  });
});
