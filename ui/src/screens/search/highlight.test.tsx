import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlight } from './Highlight';
import { highlightText, parseHighlight, unescapeHtml } from './highlight';
import { HighlightPassages, MarkedSubject } from './Highlights';

describe('reading highlight passages', () => {
  it('splits a passage into plain and marked text', () => {
    expect(parseHighlight('My <mark>renewal</mark> failed on the <mark>renewal</mark> page')).toEqual([
      { text: 'My ', marked: false },
      { text: 'renewal', marked: true },
      { text: ' failed on the ', marked: false },
      { text: 'renewal', marked: true },
      { text: ' page', marked: false },
    ]);
  });

  it('decodes the escaped characters once (named and numeric), and joins adjacent marks', () => {
    expect(parseHighlight('Tom &amp; Jerry&#39;s &quot;<mark>caf&#xE9;</mark><mark> bill</mark>&quot; &#x2F; 5 &lt; 6')).toEqual([
      { text: 'Tom & Jerry\'s "', marked: false },
      { text: 'café bill', marked: true },
      { text: '" / 5 < 6', marked: false },
    ]);
    // Decoded once only: an escaped ampersand followed by "lt;" is the text "&lt;", not "<".
    expect(unescapeHtml('&amp;lt;')).toBe('&lt;');
    expect(unescapeHtml('&bogus; &#0; &#xD800;')).toBe('&bogus; &#0; &#xD800;');
  });

  it('keeps an escaped <script> as text', () => {
    const fragment = '&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; my <mark>invoice</mark>';
    expect(parseHighlight(fragment)).toEqual([
      { text: '<script>alert("x")</script> my ', marked: false },
      { text: 'invoice', marked: true },
    ]);
    const { container } = render(<p><Highlight fragment={fragment} /></p>);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toBe('<script>alert("x")</script> my invoice');
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')?.textContent).toBe('invoice');
  });

  it('shows any other markup (there should be none) as the literal text it is, never as an element', () => {
    const { container } = render(<p><Highlight fragment={'<img src=x onerror=alert(1)><b>bold</b> <mark class="x">word</mark></mark> tail'} /></p>);
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)><b>bold</b> word tail');
    expect(container.querySelector('mark')?.textContent).toBe('word');
    expect(highlightText('a <MARK>b</MARK> c')).toBe('a b c');
  });

  it('has no segments for an empty passage', () => {
    expect(parseHighlight('')).toEqual([]);
    expect(parseHighlight('<mark></mark>')).toEqual([]);
  });
});

describe('highlights on a ticket', () => {
  it('marks the subject only when the passage is the whole subject', () => {
    const whole = render(<MarkedSubject subject="Renewal failed" highlights={[{ field: 'SUBJECT', fragments: ['<mark>Renewal</mark> failed'] }]} />);
    expect(whole.container.textContent).toBe('Renewal failed');
    expect(whole.container.querySelector('mark')?.textContent).toBe('Renewal');
    const cut = render(<MarkedSubject subject="Renewal failed twice" highlights={[{ field: 'SUBJECT', fragments: ['<mark>Renewal</mark> failed'] }]} />);
    expect(cut.container.querySelector('mark')).toBeNull();
    expect(cut.container.textContent).toBe('Renewal failed twice');
  });

  it('lists passages beyond subject and number, saying where each is, at most two', () => {
    const { getByRole } = render(<HighlightPassages label="Where the words matched" highlights={[
      { field: 'SUBJECT', fragments: ['<mark>x</mark>'] },
      { field: 'NOTES', fragments: ['card <mark>declined</mark>'] },
      { field: 'DESCRIPTION', fragments: ['the <mark>card</mark> was', 'another'] },
    ]} />);
    const list = getByRole('list', { name: 'Where the words matched' });
    expect(list.children).toHaveLength(2);
    expect(list.children[0]).toHaveTextContent('🔒 Internal note: card declined');
    expect(list.children[1]).toHaveTextContent('Description: the card was');
  });

  it('shows nothing without highlights', () => {
    const { container } = render(<HighlightPassages label="x" highlights={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
