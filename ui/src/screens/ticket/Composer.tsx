import { useCallback, useId, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { strings } from '../../strings';
import { execute } from '../../platform/api';
import { describeError, fieldError } from '../../platform/errors';
import { useApiMutation, useApiQuery } from '../../platform/hooks';
import { useSupportOptions } from '../../platform/options';
import { useDraft } from '../../platform/useDraft';
import { Button } from '../../ui/Button';
import { FileDrop, stillUploading, uploadedIds, type PendingFile } from '../../ui/Files';
import { Banner } from '../../ui/States';
import { LockIcon } from './icons';
import {
  TicketComposerResponsesQuery,
  TicketNoteMutation,
  TicketRenderCannedQuery,
  TicketRenderTemplateQuery,
  TicketReplyMutation,
} from './queries';
import { ResponsePicker, suiting, type CannedResponse, type Pick } from './ResponsePicker';
import { RichEditor, type RichEditorHandle } from './RichEditor';
import { slashQueryAt, type SlashQuery } from './editorHtml';
import type { TicketFields } from './useTicket';
import styles from './TicketView.module.css';

export type Mode = 'reply' | 'note';

export interface ComposerHandle {
  /** Switches to `mode` and puts the caret in the editor (the `r` and `n` shortcuts). */
  focus: (mode: Mode) => void;
}

interface ComposerProps {
  ref?: Ref<ComposerHandle>;
  ticket: TicketFields;
  /** The reply's ticket as the API answered it (the note answers only itself). */
  onTicket: (ticket: TicketFields) => void;
  /** After a send: the conversation down to the new message. */
  onSent: () => Promise<void>;
}

const s = strings.ticket.composer;
const r = strings.ticket.responses;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Writing on a ticket: a reply to the requester or an internal note (the switch says who will see it), rich text
 * within the allow-list, canned responses and templates (a picker, or `/shortcut` then space or Enter), files, and
 * Ctrl/Cmd+Enter to send. The text is a draft per ticket and mode (sessionStorage): a failed send, a conflict or a
 * trip through sign-in never loses it; only a successful send clears it.
 */
export function Composer({ ref, ticket, onTicket, onSent }: ComposerProps) {
  const options = useSupportOptions();
  const [mode, setMode] = useState<Mode>('reply');
  const [replyDraft, setReplyDraft, clearReplyDraft] = useDraft(`ticket.${ticket.id}.reply`);
  const [noteDraft, setNoteDraft, clearNoteDraft] = useDraft(`ticket.${ticket.id}.note`);
  const [files, setFiles] = useState<Record<Mode, PendingFile[]>>({ reply: [], note: [] });
  const [generation, setGeneration] = useState(0);
  const [clientError, setClientError] = useState<string | null>(null);
  const [sendError, setSendError] = useState<unknown>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [inserting, setInserting] = useState(false);
  const [insertError, setInsertError] = useState<string | null>(null);
  const [slash, setSlash] = useState<SlashQuery | null>(null);
  const [slashActive, setSlashActive] = useState(0);
  const dismissed = useRef<{ node: Text; start: number } | null>(null);
  const editor = useRef<RichEditorHandle>(null);
  const section = useRef<HTMLElement>(null);
  const ids = useId();

  const responses = useApiQuery('ticket-composer-responses', TicketComposerResponsesQuery, {}, { staleTime: 5 * 60_000 });
  const canned = useMemo(() => responses.data?.cannedResponses ?? [], [responses.data]);
  const templates = useMemo(() => responses.data?.responseTemplates ?? [], [responses.data]);
  const reply = useApiMutation(TicketReplyMutation);
  const note = useApiMutation(TicketNoteMutation);
  const sending = reply.isPending || note.isPending;

  const draft = mode === 'reply' ? replyDraft : noteDraft;
  const setDraft = mode === 'reply' ? setReplyDraft : setNoteDraft;
  const modeFiles = files[mode];
  const setModeFiles = useCallback((update: (files: PendingFile[]) => PendingFile[]) => {
    setFiles((current) => ({ ...current, [mode]: update(current[mode]) }));
  }, [mode]);

  const switchMode = (next: Mode) => {
    setMode(next);
    setClientError(null);
    setSendError(null);
    setSlash(null);
  };

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      switchMode(next);
      // After the switch has rendered the mode's draft.
      setTimeout(() => {
        editor.current?.focus();
        section.current?.scrollIntoView?.({ block: 'nearest' });
      }, 0);
    },
  }));

  // ── Canned responses by `/shortcut` ──
  const slashMatches = useMemo(() => {
    if (!slash) return [];
    return canned
      .filter((response) => response.shortcut && response.shortcut.startsWith(slash.query))
      .sort((a, b) => Number(b.shortcut === slash.query) - Number(a.shortcut === slash.query))
      .slice(0, 8);
  }, [canned, slash]);

  const lookForSlash = () => {
    const element = editor.current?.element();
    const found = element ? slashQueryAt(element) : null;
    if (found && dismissed.current && dismissed.current.node === found.node && dismissed.current.start === found.start) {
      setSlash(null);
      return;
    }
    setSlash((previous) => {
      if (!found) return null;
      if (!previous || previous.query !== found.query) setSlashActive(0);
      return found;
    });
  };

  const render = async (pick: Pick) => {
    const variables = { id: pick.id, ticketId: ticket.id };
    if (pick.kind === 'canned') return (await execute(options, TicketRenderCannedQuery, variables)).renderCannedResponse.body;
    return (await execute(options, TicketRenderTemplateQuery, variables)).renderResponseTemplate.body;
  };

  const insert = async (pick: Pick, range: Range | null) => {
    setInserting(true);
    setInsertError(null);
    try {
      const body = await render(pick);
      // From the picker: on a line of its own. By `/shortcut`: exactly where it was typed.
      editor.current?.insert(body, range, range === null);
    } catch (error) {
      setInsertError(describeError(error));
    } finally {
      setInserting(false);
    }
  };

  const insertSlash = (response: CannedResponse) => {
    if (!slash) return;
    const range = slash.node.ownerDocument.createRange();
    range.setStart(slash.node, slash.start);
    range.setEnd(slash.node, Math.min(slash.end, slash.node.length));
    setSlash(null);
    void insert({ kind: 'canned', id: response.id }, range);
  };

  // ── Sending ──
  const send = async () => {
    if (sending || !editor.current) return;
    setSent(null);
    setSendError(null);
    if (editor.current.blank()) {
      setClientError(s.empty);
      editor.current.focus();
      return;
    }
    if (stillUploading(modeFiles)) {
      setClientError(strings.common.files.waitForUploads);
      return;
    }
    setClientError(null);
    const input = { ticketId: ticket.id, body: editor.current.html(), attachmentIds: uploadedIds(modeFiles) };
    const sentMode = mode;
    try {
      if (sentMode === 'reply') {
        const result = await reply.mutateAsync({ input });
        onTicket(result.replyToTicket.ticket);
      } else {
        await note.mutateAsync({ input });
      }
    } catch (error) {
      // The draft stays as it is: nothing typed is lost.
      setSendError(error);
      return;
    }
    if (sentMode === 'reply') clearReplyDraft();
    else clearNoteDraft();
    setFiles((current) => ({ ...current, [sentMode]: [] }));
    setGeneration((value) => value + 1);
    setSent(sentMode === 'reply' ? s.sentReply : s.sentNote);
    await onSent();
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (slash && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        dismissed.current = { node: slash.node, start: slash.start };
        setSlash(null);
        return;
      }
      if (slashMatches.length > 0) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const step = event.key === 'ArrowDown' ? 1 : -1;
          setSlashActive((index) => (index + step + slashMatches.length) % slashMatches.length);
          return;
        }
        const chosen = slashMatches[Math.min(slashActive, slashMatches.length - 1)];
        if ((event.key === 'Enter' || event.key === 'Tab') && chosen) {
          event.preventDefault();
          insertSlash(chosen);
          return;
        }
        if (event.key === ' ') {
          const exact = slashMatches.find((response) => response.shortcut === slash.query);
          if (exact) {
            event.preventDefault();
            insertSlash(exact);
            return;
          }
        }
      }
    }
  };

  const onSectionKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Ctrl/Cmd+Enter sends from anywhere in the composer, but not from a dialog it opened (those portal elsewhere).
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && section.current?.contains(event.target as Node)) {
      event.preventDefault();
      void send();
    }
  };

  const requesterName = ticket.requester.name;
  const modeLabel = mode === 'reply' ? s.replyTo(requesterName) : s.noteMode;
  const labelId = `${ids}-label`;
  const errorId = `${ids}-error`;
  const hintId = `${ids}-hint`;
  const listId = `${ids}-slash`;
  const bodyError = clientError ?? fieldError(sendError, 'input.body');
  const filesError = fieldError(sendError, 'input.attachmentIds');
  const otherError = sendError && !fieldError(sendError, 'input.body') && !filesError ? describeError(sendError) : null;
  const activeSlash = slash && slashMatches.length > 0 ? `${listId}-${Math.min(slashActive, slashMatches.length - 1)}` : undefined;

  return (
    <section ref={section} className={[styles.composer, mode === 'note' ? styles.composerNote : ''].join(' ')} aria-label={s.regionLabel} onKeyDown={onSectionKeyDown}>
      <fieldset className={styles.modeSwitch}>
        <legend className={styles.visuallyHidden}>{s.modeLegend}</legend>
        <label className={[styles.modeOption, mode === 'reply' ? styles.modeActive : ''].join(' ')}>
          <input type="radio" name={`${ids}-mode`} value="reply" checked={mode === 'reply'} onChange={() => switchMode('reply')} />
          {s.replyTo(requesterName)}
          {mode !== 'reply' && replyDraft && <span className={styles.draftMark}> ({s.hasDraft})</span>}
        </label>
        <label className={[styles.modeOption, styles.modeNote, mode === 'note' ? styles.modeActive : ''].join(' ')}>
          <input type="radio" name={`${ids}-mode`} value="note" checked={mode === 'note'} onChange={() => switchMode('note')} />
          <LockIcon /> {s.noteMode}
          {mode !== 'note' && noteDraft && <span className={styles.draftMark}> ({s.hasDraft})</span>}
        </label>
      </fieldset>

      <span id={labelId} className={styles.visuallyHidden}>{modeLabel}</span>
      {mode === 'note' && (
        <p className={styles.noteBanner}>
          <LockIcon /> <strong>{strings.ticket.conversation.internalNote}</strong> · {strings.ticket.conversation.internalNoteHint}
        </p>
      )}
      <div className={styles.editorWrap}>
        <RichEditor
          ref={editor}
          resetKey={`${mode}.${generation}`}
          initialHtml={draft}
          onChange={(html) => { setDraft(html); if (clientError) setClientError(null); }}
          labelledBy={labelId}
          describedBy={[bodyError ? errorId : null, hintId].filter(Boolean).join(' ')}
          invalid={Boolean(bodyError)}
          note={mode === 'note'}
          onKeyDown={onEditorKeyDown}
          onCaret={lookForSlash}
          controls={slash ? listId : undefined}
          activeDescendant={activeSlash}
        />
        {slash && (
          <div className={styles.slashPopup}>
            <p className={styles.visuallyHidden} role="status">{r.slashMatches(slashMatches.length, slash.query)}</p>
            {slashMatches.length > 0 ? (
              <ul id={listId} role="listbox" aria-label={r.slashListLabel} className={styles.slashList}>
                {slashMatches.map((response, index) => (
                  <li
                    key={response.id}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === Math.min(slashActive, slashMatches.length - 1)}
                    className={[styles.option, index === Math.min(slashActive, slashMatches.length - 1) ? styles.optionActive : ''].join(' ')}
                    onMouseDown={(event) => { event.preventDefault(); insertSlash(response); }}
                  >
                    <code className={styles.shortcut}>/{response.shortcut}</code> {response.title}
                  </li>
                ))}
              </ul>
            ) : (
              <p className={styles.muted} aria-hidden="true">{r.slashMatches(0, slash.query)}</p>
            )}
          </div>
        )}
      </div>
      {bodyError && <p id={errorId} className={styles.error} role="alert">{bodyError}</p>}
      {inserting && <p role="status" className={styles.muted}>{r.inserting}</p>}
      {insertError && <p role="alert" className={styles.error}>{insertError}</p>}

      <FileDrop files={modeFiles} onChange={setModeFiles} label={mode === 'note' ? s.noteFiles : s.files} />
      {filesError && <p className={styles.error} role="alert">{filesError}</p>}
      {otherError && <Banner kind="error">{otherError}</Banner>}

      <div className={styles.composerActions}>
        <Button variant="primary" onClick={() => void send()} disabled={sending} aria-keyshortcuts="Control+Enter Meta+Enter">
          {sending ? s.sending : mode === 'reply' ? s.sendReply : s.sendNote}
        </Button>
        <Button onClick={() => setPickerOpen(true)} aria-haspopup="dialog">{s.insertResponse}</Button>
        {/*
          ── Slot: the AI "Draft response" button ──
          A later issue (AI features, SPEC 11) adds it here: it asks `draftTicketResponse` and puts the draft in the
          editor for the agent to edit. Nothing is shown until then.
        */}
        <span id={hintId} className={styles.muted}>{s.sendHint(isMac)}</span>
        {sent && <span role="status" className={styles.success}>{sent}</span>}
      </div>

      <ResponsePicker
        open={pickerOpen}
        onOpenChange={(open) => { setPickerOpen(open); if (!open) setTimeout(() => editor.current?.focus(), 0); }}
        canned={suiting(canned, ticket.category.id)}
        templates={templates}
        loading={responses.isPending}
        error={responses.error}
        onRetry={() => void responses.refetch()}
        onPick={(pick) => { setPickerOpen(false); void insert(pick, null); }}
      />
    </section>
  );
}
