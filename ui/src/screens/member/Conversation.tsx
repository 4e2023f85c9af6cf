import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { MessageAuthorRole } from '../../gql/graphql';
import { strings } from '../../strings';
import { ApiError } from '../../platform/api';
import { describeError, fieldError, isConflict } from '../../platform/errors';
import { useApiMutation, useApiQuery } from '../../platform/hooks';
import { useDebounced, useTicketUpdates } from '../../platform/live';
import { formatDateTime } from '../../platform/time';
import { useDraft } from '../../platform/useDraft';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { AttachmentList, FileDrop, stillUploading, uploadedIds, type PendingFile } from '../../ui/Files';
import { RichText } from '../../ui/RichText';
import { Banner, ErrorState, LoadingState } from '../../ui/States';
import { retryTransient, useApiPages } from '../../platform/paging';
import { PortalLink, StatusBadge, ViewTitle, type PortalPlace } from './links';
import { REQUESTS_KEY } from './MyRequests';
import { textToHtml } from './text';
import styles from './Member.module.css';

const MemberRequest = graphql(`
  query MemberRequest($id: ID!, $first: Int, $after: String) {
    ticket(id: $id) {
      id
      reference
      subject
      description
      status
      version
      createdAt
      updatedAt
      followUpOf
      followUps { id reference }
      requester { name }
      category { name }
      attachments { id name size url }
      messages(first: $first, after: $after) {
        edges {
          node {
            id
            visibility
            body
            createdAt
            author { name role }
            attachments { id name size url }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const MemberRequestReference = graphql(`
  query MemberRequestReference($id: ID!) {
    ticket(id: $id) {
      id
      reference
    }
  }
`);

const MemberReply = graphql(`
  mutation MemberReply($input: MessageInput!) {
    replyToTicket(input: $input) {
      openedFollowUp
      message { id }
      ticket { id reference status }
    }
  }
`);

const MemberCloseRequest = graphql(`
  mutation MemberCloseRequest($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      id
      status
      version
    }
  }
`);

export const REQUEST_KEY = 'member.request';
const MESSAGES_PER_PAGE = 50;

interface Attachment { id: string; name: string; size: number; url: string }

/** One e-mail of the conversation: who, when, what, files. */
function Message({ author, role, at, body, attachments }: { author: string; role: MessageAuthorRole; at: string; body: string; attachments: Attachment[] }) {
  return (
    <li className={[styles.message, role === 'STAFF' ? styles.fromStaff : styles.fromRequester].join(' ')}>
      <article aria-label={`${author}, ${formatDateTime(at)}`}>
        <div className={styles.messageHead}>
          <span className={styles.author}>
            {author}{' '}
            <span className={styles.role}>{role === 'STAFF' ? `· ${strings.member.conversation.supportTeam}` : `(${strings.member.conversation.you})`}</span>
          </span>
          <time className={styles.when} dateTime={at}>{formatDateTime(at)}</time>
        </div>
        <RichText html={body} className={styles.body} />
        <AttachmentList attachments={attachments} />
      </article>
    </li>
  );
}

/** "Follow-up of #12": the earlier, closed request this one continues. */
function FollowUpOf({ id, onGo }: { id: string; onGo: (to: PortalPlace) => void }) {
  const earlier = useApiQuery('member.request.reference', MemberRequestReference, { id }, { staleTime: Infinity, retry: retryTransient });
  return (
    <span>
      {strings.member.conversation.followUpOf}{' '}
      <PortalLink to={{ request: id }} onGo={onGo}>{earlier.data?.ticket?.reference ?? strings.member.conversation.followUpOfLoading}</PortalLink>
    </span>
  );
}

type Note = { kind: 'info' | 'error'; text: string } | null;

/**
 * A request as the member sees it: the description and the public replies like e-mails (never a staff note, even if
 * one reached the data), the reply box with files, and closing it. A reply on a closed request opens a follow-up.
 */
export function Conversation({ id, focus, notice, onGo, onOpenRequest }: {
  id: string;
  focus: boolean;
  notice: string | null;
  onGo: (to: PortalPlace) => void;
  onOpenRequest: (id: string, notice?: string) => void;
}) {
  const queryClient = useQueryClient();
  const query = useApiPages(REQUEST_KEY, MemberRequest, { id, first: MESSAGES_PER_PAGE }, (page) =>
    page.ticket?.messages.pageInfo.hasNextPage ? page.ticket.messages.pageInfo.endCursor : null);
  const [note, setNote] = useState<Note>(notice ? { kind: 'info', text: notice } : null);
  const [body, setBody, clearBody] = useDraft(`member.reply.${id}`);
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [bodyMissing, setBodyMissing] = useState(false);
  const [waitForFiles, setWaitForFiles] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const filesLabelId = useId();

  const refresh = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: [REQUEST_KEY] }),
    queryClient.invalidateQueries({ queryKey: [REQUESTS_KEY] }),
  ]);

  const ticket = query.data?.pages[0]?.ticket ?? null;
  // Live: a reply or a status change of this request shows without a reload (the draft stays).
  const refreshLive = useDebounced(() => void refresh());
  useTicketUpdates(null, (update) => {
    if (update.ticket.id === id) refreshLive();
  }, refreshLive);

  const reply = useApiMutation(MemberReply, {
    onSuccess: (data) => {
      const result = data.replyToTicket;
      clearBody();
      setFiles([]);
      void refresh();
      if (result.ticket.id !== id) {
        const from = ticket?.reference ?? '';
        onOpenRequest(result.ticket.id, result.openedFollowUp
          ? strings.member.conversation.openedFollowUp(from, result.ticket.reference)
          : strings.member.conversation.addedToFollowUp(from, result.ticket.reference));
      } else {
        setNote({ kind: 'info', text: strings.member.conversation.sent });
      }
    },
  });

  const close = useApiMutation(MemberCloseRequest, {
    onSuccess: () => {
      setNote({ kind: 'info', text: strings.member.conversation.closed });
      void refresh();
    },
    onError: (error) => {
      if (isConflict(error)) setNote({ kind: 'error', text: strings.member.conversation.changedMeanwhile });
      else if (error.code === 'INVALID_TRANSITION') setNote({ kind: 'error', text: strings.member.conversation.alreadyClosed });
      else setNote({ kind: 'error', text: describeError(error) });
      void refresh();
    },
    onSettled: () => setConfirmClose(false),
  });

  if (query.isPending) return <LoadingState label={strings.member.conversation.loading} />;
  if (!ticket) {
    return (
      <>
        <PortalLink to={{}} onGo={onGo} className={styles.back}>← {strings.member.backToList}</PortalLink>
        <ErrorState error={query.error ?? new ApiError('NOT_FOUND', 'No such request')} onRetry={query.isError ? () => query.refetch() : undefined} />
      </>
    );
  }

  // Requesters are only ever sent public replies; a note that slipped into the data would still never be shown.
  const messages = (query.data?.pages ?? []).flatMap((page) => page.ticket?.messages.edges.map((edge) => edge.node) ?? [])
    .filter((message) => message.visibility === 'PUBLIC');
  const closed = ticket.status === 'CLOSED';

  const send = (event: FormEvent) => {
    event.preventDefault();
    setBodyMissing(!body.trim());
    if (!body.trim()) return;
    if (stillUploading(files)) {
      setWaitForFiles(true);
      return;
    }
    setWaitForFiles(false);
    setNote(null);
    reply.reset();
    reply.mutate({ input: { ticketId: id, body: textToHtml(body), attachmentIds: uploadedIds(files) } });
  };

  const replyError = reply.error;
  const bodyError = bodyMissing ? strings.member.conversation.replyMissing : fieldError(replyError, 'input.body');
  const filesError = fieldError(replyError, 'input.attachmentIds') ?? (waitForFiles && stillUploading(files) ? strings.common.files.waitForUploads : null);
  const replyElsewhere = replyError && !fieldError(replyError, 'input.body') && !fieldError(replyError, 'input.attachmentIds');

  return (
    <>
      <PortalLink to={{}} onGo={onGo} className={styles.back}>← {strings.member.backToList}</PortalLink>
      <header className={styles.header}>
        <ViewTitle focus={focus}>{ticket.subject}</ViewTitle>
        <div className={styles.headerMeta}>
          <StatusBadge status={ticket.status} />
          <span>{strings.member.conversation.reference(ticket.reference)}</span>
          <span>{ticket.category.name}</span>
          {ticket.followUpOf && <FollowUpOf id={ticket.followUpOf} onGo={onGo} />}
          {ticket.followUps.length > 0 && (
            <span>
              {strings.member.conversation.continuedIn}{' '}
              {ticket.followUps.map((later, index) => (
                <span key={later.id}>
                  {index > 0 && ', '}
                  <PortalLink to={{ request: later.id }} onGo={onGo}>{later.reference}</PortalLink>
                </span>
              ))}
            </span>
          )}
        </div>
      </header>
      {note && <Banner kind={note.kind}>{note.text}</Banner>}
      {query.isError && <ErrorState error={query.error} onRetry={() => (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())} />}
      <ol className={styles.thread} aria-label={strings.member.conversation.conversationLabel}>
        <Message author={ticket.requester.name} role="REQUESTER" at={ticket.createdAt} body={ticket.description} attachments={ticket.attachments} />
        {messages.map((message) => (
          <Message key={message.id} author={message.author.name} role={message.author.role} at={message.createdAt} body={message.body} attachments={message.attachments} />
        ))}
      </ol>
      {query.hasNextPage && (
        <div className={styles.more}>
          <Button onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>{strings.member.conversation.showMore}</Button>
        </div>
      )}

      <form className={[styles.card, styles.reply].join(' ')} onSubmit={send} noValidate aria-label={strings.member.conversation.replyHeading}>
        <h2 className={styles.replyHeading}>{strings.member.conversation.replyHeading}</h2>
        {closed && <p className={styles.hint}>{strings.member.conversation.closedNotice}</p>}
        {replyError && (
          <Banner kind="error">{strings.member.conversation.replyNotSent} {replyElsewhere ? describeError(replyError) : strings.member.conversation.replyFixBelow}</Banner>
        )}
        <Field label={strings.member.conversation.replyLabel} hint={closed ? undefined : strings.member.conversation.replyHint} error={bodyError}>
          <textarea name="reply" value={body} onChange={(event) => setBody(event.target.value)} className={styles.replyArea} aria-required="true" />
        </Field>
        <div className={styles.group} role="group" aria-labelledby={filesLabelId}>
          <span id={filesLabelId} className={styles.groupLabel}>{strings.member.conversation.replyFiles}</span>
          <FileDrop files={files} onChange={setFiles} />
          {filesError && <p className={styles.fileError} role="alert">{filesError}</p>}
        </div>
        <div className={styles.actions}>
          <Button type="submit" variant="primary" disabled={reply.isPending}>
            {reply.isPending ? strings.member.conversation.sending : closed ? strings.member.conversation.sendFollowUp : strings.member.conversation.send}
          </Button>
        </div>
      </form>

      {!closed && (
        <div className={styles.closeRow}>
          <Button onClick={() => setConfirmClose(true)}>{strings.member.conversation.closeButton}</Button>
        </div>
      )}
      <Dialog
        open={confirmClose}
        onOpenChange={(open) => { if (!close.isPending) setConfirmClose(open); }}
        title={strings.member.conversation.closeTitle}
        description={strings.member.conversation.closeText}
        actions={(
          <>
            <Button onClick={() => setConfirmClose(false)} disabled={close.isPending}>{strings.member.conversation.closeCancel}</Button>
            <Button variant="danger" disabled={close.isPending}
              onClick={() => close.mutate({ input: { id: ticket.id, version: ticket.version, status: 'CLOSED' } })}>
              {close.isPending ? strings.member.conversation.closing : strings.member.conversation.closeConfirm}
            </Button>
          </>
        )}
      >
        {null}
      </Dialog>
    </>
  );
}
