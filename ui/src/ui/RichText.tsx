import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import styles from './primitives.module.css';

/**
 * The allow-list the API applies to message bodies (jsoup's Safelist.basic plus h1-h4 and hr, links to http, https
 * and mailto only): what the API stored is shown through it again, so nothing outside it can reach the page.
 */
export const ALLOWED_TAGS = ['a', 'b', 'blockquote', 'br', 'cite', 'code', 'dd', 'dl', 'dt', 'em', 'i', 'li', 'ol', 'p', 'pre', 'q',
  'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u', 'ul', 'h1', 'h2', 'h3', 'h4', 'hr'];
const ALLOWED_ATTR = ['href', 'cite', 'rel'];
const SAFE_URL = /^(?:https?:|mailto:)/i;

export function sanitize(html: string): string {
  const purifier = DOMPurify();
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      if (href && !SAFE_URL.test(href)) node.removeAttribute('href');
      node.setAttribute('rel', 'nofollow noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  return purifier.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [...ALLOWED_ATTR, 'target'], ALLOW_DATA_ATTR: false });
}

export function RichText({ html, className }: { html: string; className?: string }) {
  const clean = useMemo(() => sanitize(html), [html]);
  return <div className={[styles.richText, className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: clean }} />;
}
