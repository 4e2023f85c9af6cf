import { sanitize } from '../../ui/RichText';

/**
 * What the reply editor (a contenteditable) holds, turned into HTML the server's allow-list keeps: browsers write
 * line breaks as <div>s, which the allow-list would drop (gluing the lines together), so they become paragraphs;
 * everything then goes through the same allow-list RichText shows messages with.
 */
export function toAllowedHtml(html: string): string {
  // A template's content is inert: nothing in it runs or loads while it is tidied up.
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  // Innermost first: a <div> of text becomes a paragraph, a <div> around blocks just goes.
  for (const div of Array.from(root.querySelectorAll('div')).reverse()) {
    if (Array.from(div.children).some((child) => BLOCKS.has(child.tagName))) {
      div.replaceWith(...Array.from(div.childNodes));
    } else {
      const p = document.createElement('p');
      p.append(...Array.from(div.childNodes));
      div.replaceWith(p);
    }
  }
  // Loose text and inline elements at the top level go into paragraphs too, so every line is a block.
  let paragraph: HTMLParagraphElement | null = null;
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && BLOCKS.has((node as Element).tagName)) {
      paragraph = null;
      continue;
    }
    if (node.nodeName === 'BR') {
      node.remove();
      paragraph = null;
      continue;
    }
    if (!paragraph && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '') {
      node.remove();
      continue;
    }
    if (!paragraph) {
      paragraph = document.createElement('p');
      root.insertBefore(paragraph, node);
    }
    paragraph.appendChild(node);
  }
  for (const p of Array.from(root.querySelectorAll('p'))) {
    // The browser's placeholder <br> at the end of a line is no line of its own.
    const last = p.lastChild;
    if (last && last.nodeName === 'BR' && p.childNodes.length > 1) last.remove();
  }
  // Empty lines before and after the text are not sent.
  const empty = (node: ChildNode | null) => node !== null && node.nodeName === 'P' && (node.textContent ?? '').trim() === '' && !(node as Element).querySelector('hr');
  while (empty(root.firstChild)) root.firstChild!.remove();
  while (empty(root.lastChild)) root.lastChild!.remove();
  const wrapper = document.createElement('div');
  wrapper.appendChild(root);
  return sanitize(wrapper.innerHTML).trim();
}

const BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'HR', 'DL']);

/** True when the editor holds nothing worth sending (only spaces and empty lines). */
export function isBlank(element: HTMLElement | null): boolean {
  if (!element) return true;
  return (element.textContent ?? '').replace(/\u00a0/g, ' ').trim() === '' && !element.querySelector('li, hr');
}

/** The `/shortcut` being typed just before the caret, if any: its text node and where it starts and ends. */
export interface SlashQuery {
  node: Text;
  start: number;
  end: number;
  query: string;
}

export function slashQueryAt(editor: HTMLElement): SlashQuery | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const node = selection.anchorNode;
  if (!node || node.nodeType !== Node.TEXT_NODE || !editor.contains(node)) return null;
  const text = (node as Text).data.slice(0, selection.anchorOffset);
  const match = /(?:^|[\s\u00a0])\/([a-z0-9_-]{0,30})$/i.exec(text);
  if (!match) return null;
  const typed = match[1] ?? '';
  const end = selection.anchorOffset;
  const start = end - typed.length - 1;
  return { node: node as Text, start, end, query: typed.toLowerCase() };
}

/**
 * Puts `html` (already through the allow-list) into the editor: in place of `range` when given (the `/shortcut`
 * typed, or the selection saved when a picker opened), else at the end. The caret ends up after it.
 */
export function insertHtml(editor: HTMLElement, html: string, range: Range | null, onNewLine = false) {
  const doc = editor.ownerDocument;
  const target = range && editor.contains(range.commonAncestorContainer) ? range : endOf(editor);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(target);
  // The browser's own insertion merges the text into the line it lands in and keeps undo working.
  const exec = (doc as Document & { execCommand?: (name: string, ui?: boolean, value?: string) => boolean }).execCommand;
  if (typeof exec === 'function' && editor.contains(doc.activeElement)) {
    if (onNewLine && lineHasText(editor, target)) exec.call(doc, 'insertParagraph', false);
    if (exec.call(doc, 'insertHTML', false, html)) return;
  }
  target.deleteContents();
  const template = doc.createElement('template');
  template.innerHTML = html;
  const fragment = template.content;
  const lastNode = fragment.lastChild;
  target.insertNode(fragment);
  if (lastNode) {
    const after = doc.createRange();
    after.setStartAfter(lastNode);
    after.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(after);
  }
}

/** True when the line (block) the range starts in already holds text. */
function lineHasText(editor: HTMLElement, range: Range): boolean {
  let node: Node | null = range.startContainer;
  while (node && node !== editor && !(node.nodeType === Node.ELEMENT_NODE && BLOCKS.has((node as Element).tagName))) node = node.parentNode;
  return ((node ?? editor).textContent ?? '').replace(/\u00a0/g, ' ').trim() !== '';
}

function endOf(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  return range;
}
