import { memo, useId } from 'react';
import { strings } from '../../strings';
import { formatDateTime, formatRelative } from '../../platform/time';
import { Button } from '../../ui/Button';
import { AttachmentList } from '../../ui/Files';
import { RichText } from '../../ui/RichText';
import { Badge } from '../../ui/States';
import { LockIcon } from './icons';
import type { Message, TicketFields } from './useTicket';
import styles from './TicketView.module.css';

const s = strings.ticket.conversation;

interface ConversationProps {
  ticket: TicketFields;
  messages: Message[];
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onLoadAll: () => void;
  nextPageSize: number;
}

/**
 * The request and every reply and note, oldest first, like an e-mail thread. Notes are unmistakable: tinted, a lock
 * and the words "Internal note" (never colour alone). Long conversations open with their first page and load the
 * rest on request; messages off screen skip layout and paint (`content-visibility`), so 200 stay cheap.
 */
export function Conversation({ ticket, messages, totalCount, hasMore, loadingMore, onLoadMore, onLoadAll, nextPageSize }: ConversationProps) {
  const remaining = Math.max(totalCount - messages.length, 0);
  return (
    <div className={styles.conversation}>
      <ol className={styles.messages} aria-label={s.label}>
        <li>
          <Description ticket={ticket} />
        </li>
        {messages.map((message) => (
          <li key={message.id}>
            <MessageItem message={message} />
          </li>
        ))}
      </ol>
      {messages.length === 0 && !hasMore && <p className={styles.muted}>{s.noMessages}</p>}
      {hasMore && (
        <div className={styles.loadMore}>
          <span>{s.shown(messages.length, totalCount)}</span>
          <Button onClick={onLoadMore} disabled={loadingMore}>{s.loadMore(Math.min(nextPageSize, remaining))}</Button>
          {remaining > nextPageSize && <Button onClick={onLoadAll} disabled={loadingMore}>{s.loadAll(remaining)}</Button>}
          {loadingMore && <span role="status">{s.loadingMore}</span>}
        </div>
      )}
    </div>
  );
}

function When({ iso }: { iso: string }) {
  return <time dateTime={iso} title={formatDateTime(iso)}>{formatRelative(iso)}</time>;
}

function Description({ ticket }: { ticket: TicketFields }) {
  const headingId = useId();
  return (
    <article className={[styles.message, styles.requesterMessage].join(' ')} aria-labelledby={headingId}>
      <header className={styles.messageHeader}>
        <span id={headingId} className={styles.visuallyHidden}>{s.descriptionLabel(ticket.requester.name)}</span>
        <span className={styles.author}>{ticket.requester.name}</span>
        <span>{s.raised}</span>
        <When iso={ticket.createdAt} />
      </header>
      <RichText html={ticket.description} className={styles.body} />
      <AttachmentList attachments={ticket.attachments} />
    </article>
  );
}

/** One reply or note. Memoised: loading more pages re-renders only the new ones. */
const MessageItem = memo(function MessageItem({ message }: { message: Message }) {
  const headingId = useId();
  const note = message.visibility === 'INTERNAL';
  const staff = message.author.role === 'STAFF';
  const kind = note ? s.internalNote : s.reply;
  return (
    <article
      className={[styles.message, note ? styles.note : staff ? styles.staffMessage : styles.requesterMessage].join(' ')}
      aria-labelledby={headingId}
      data-visibility={message.visibility}
    >
      <header className={styles.messageHeader}>
        <span id={headingId} className={styles.visuallyHidden}>{s.messageLabel(message.author.name, kind)}</span>
        {note && (
          <span className={styles.noteLabel}>
            <LockIcon /> {s.internalNote}
          </span>
        )}
        <span className={styles.author}>{message.author.name}</span>
        <Badge>{staff ? s.staff : s.requester}</Badge>
        <When iso={message.createdAt} />
      </header>
      <RichText html={message.body} className={styles.body} />
      <AttachmentList attachments={message.attachments} />
    </article>
  );
});
