import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { strings } from '../../strings';
import { sanitize } from '../../ui/RichText';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { insertHtml, isBlank, toAllowedHtml } from './editorHtml';
import { LinkIcon } from './icons';
import styles from './TicketView.module.css';

export interface RichEditorHandle {
  focus: () => void;
  /** The text as HTML within the server's allow-list. */
  html: () => string;
  blank: () => boolean;
  /**
   * Inserts allowed HTML in place of `range`, or where the caret was last (the end when it never was inside);
   * `onNewLine` starts a line for it when the caret's line already has text.
   */
  insert: (html: string, range?: Range | null, onNewLine?: boolean) => void;
  element: () => HTMLDivElement | null;
}

interface RichEditorProps {
  ref?: Ref<RichEditorHandle>;
  /** What the editor shows when `resetKey` changes (a kept draft): HTML, shown through the allow-list. */
  initialHtml: string;
  resetKey: string;
  onChange: (html: string) => void;
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  note?: boolean;
  disabled?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** After every change of text or caret: where a `/shortcut` popup looks. */
  onCaret?: () => void;
  controls?: string;
  activeDescendant?: string;
}

const SAFE_URL = /^(?:https?:\/\/|mailto:)\S+$/i;

/**
 * A small rich-text editor: a contenteditable with bold, italic, lists and links, whose output is tidied into the
 * server's allow-list (paragraphs, b/i/strong/em, ul/ol/li, a). No editor library: the browser's editing commands
 * do the work, the allow-list keeps the result safe, and pasted content goes through the allow-list on the way in.
 */
export function RichEditor({ ref, initialHtml, resetKey, onChange, labelledBy, describedBy, invalid, note, disabled, onKeyDown, onCaret, controls, activeDescendant }: RichEditorProps) {
  const editor = useRef<HTMLDivElement>(null);
  const saved = useRef<Range | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkUrl, setLinkUrl] = useState('https://');
  const [linkError, setLinkError] = useState<string | null>(null);

  // The kept draft is put in when the editor opens or switches (ticket or mode); typing never re-renders it.
  const initial = useRef(initialHtml);
  useLayoutEffect(() => {
    initial.current = initialHtml;
  });
  useLayoutEffect(() => {
    if (editor.current) editor.current.innerHTML = sanitize(initial.current);
    saved.current = null;
  }, [resetKey]);

  // The caret's last place inside the editor, for pickers that take the focus away.
  useEffect(() => {
    const document = editor.current?.ownerDocument;
    if (!document) return;
    const remember = () => {
      const selection = document.getSelection();
      if (selection && selection.rangeCount > 0 && editor.current?.contains(selection.anchorNode)) {
        saved.current = selection.getRangeAt(0).cloneRange();
      }
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, []);

  const changed = () => {
    onChange(editor.current?.innerHTML ?? '');
    onCaret?.();
  };

  useImperativeHandle(ref, () => ({
    focus: () => {
      const element = editor.current;
      if (!element) return;
      element.focus();
      const selection = element.ownerDocument.getSelection();
      if (saved.current && element.contains(saved.current.commonAncestorContainer)) {
        selection?.removeAllRanges();
        selection?.addRange(saved.current);
      } else if (selection && !element.contains(selection.anchorNode)) {
        const range = element.ownerDocument.createRange();
        range.selectNodeContents(element);
        range.collapse(false);
        selection.removeAllRanges();
        selection.addRange(range);
      }
    },
    html: () => toAllowedHtml(editor.current?.innerHTML ?? ''),
    blank: () => isBlank(editor.current),
    insert: (html, range, onNewLine) => {
      const element = editor.current;
      if (!element) return;
      element.focus();
      insertHtml(element, sanitize(html), range ?? saved.current, onNewLine);
      onChange(element.innerHTML);
    },
    element: () => editor.current,
  }));

  const command = (name: string, value?: string) => {
    const element = editor.current;
    if (!element || disabled) return;
    element.focus();
    if (saved.current) {
      const selection = element.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(saved.current);
    }
    // The browser's editing commands: deprecated on paper, supported by every browser, and they keep undo working.
    const doc = element.ownerDocument as Document & { execCommand?: (name: string, ui?: boolean, value?: string) => boolean };
    doc.execCommand?.('defaultParagraphSeparator', false, 'p');
    doc.execCommand?.(name, false, value);
    changed();
  };

  const addLink = () => {
    const url = linkUrl.trim();
    if (!SAFE_URL.test(url)) {
      setLinkError(strings.ticket.editor.linkInvalid);
      return;
    }
    setLinkOpen(false);
    const range = saved.current;
    if (range && !range.collapsed) {
      command('createLink', url);
    } else {
      const link = document.createElement('a');
      link.href = url;
      link.textContent = url;
      editor.current?.focus();
      insertHtml(editor.current!, link.outerHTML, range);
      changed();
    }
  };

  return (
    <div className={[styles.editorFrame, note ? styles.noteTint : ''].join(' ')}>
      <div role="toolbar" aria-label={strings.ticket.editor.toolbar} className={styles.toolbar}>
        <ToolButton label={strings.ticket.editor.bold} text="B" className={styles.bold} disabled={disabled} onClick={() => command('bold')} />
        <ToolButton label={strings.ticket.editor.italic} text="I" className={styles.italic} disabled={disabled} onClick={() => command('italic')} />
        <ToolButton label={strings.ticket.editor.bulletList} text="•" disabled={disabled} onClick={() => command('insertUnorderedList')} />
        <ToolButton label={strings.ticket.editor.numberedList} text="1." disabled={disabled} onClick={() => command('insertOrderedList')} />
        <ToolButton label={strings.ticket.editor.link} text={<LinkIcon />} disabled={disabled} onClick={() => { setLinkUrl('https://'); setLinkError(null); setLinkOpen(true); }} />
      </div>
      <div
        ref={editor}
        className={styles.editor}
        contentEditable={!disabled}
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-disabled={disabled || undefined}
        aria-controls={controls}
        aria-activedescendant={activeDescendant}
        tabIndex={disabled ? -1 : 0}
        onInput={changed}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => { if (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End') onCaret?.(); }}
        onClick={() => onCaret?.()}
        onPaste={(event) => {
          // Pasted content comes in through the allow-list (no styles, scripts or images from other pages).
          event.preventDefault();
          const html = event.clipboardData.getData('text/html');
          const text = event.clipboardData.getData('text/plain');
          const clean = html ? toAllowedHtml(html) : escapeText(text);
          const selection = editor.current?.ownerDocument.getSelection();
          insertHtml(editor.current!, clean, selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null);
          changed();
        }}
      />
      <Dialog
        open={linkOpen}
        onOpenChange={(open) => { setLinkOpen(open); if (!open) setTimeout(() => editor.current?.focus(), 0); }}
        title={strings.ticket.editor.linkTitle}
        actions={<>
          <Button onClick={() => setLinkOpen(false)}>{strings.common.cancel}</Button>
          <Button variant="primary" onClick={addLink}>{strings.ticket.editor.linkAdd}</Button>
        </>}
      >
        <form onSubmit={(event) => { event.preventDefault(); addLink(); }}>
          <Field label={strings.ticket.editor.linkUrl} hint={strings.ticket.editor.linkHint} error={linkError}>
            <input type="url" value={linkUrl} onChange={(event) => setLinkUrl(event.target.value)} autoFocus />
          </Field>
        </form>
      </Dialog>
    </div>
  );
}

/** A formatting button: it keeps the editor's selection (the command applies to it). */
function ToolButton({ label, text, className, disabled, onClick }: { label: string; text: ReactNode; className?: string; disabled?: boolean; onClick: () => void }) {
  return (
    <Button
      variant="ghost"
      className={[styles.toolButton, className].filter(Boolean).join(' ')}
      aria-label={label}
      title={label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{text}</span>
    </Button>
  );
}

function escapeText(text: string): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!/[\r\n]/.test(text)) return escape(text);
  return text
    .split(/\r?\n/)
    .map((line) => `<p>${escape(line) || '<br>'}</p>`)
    .join('');
}
