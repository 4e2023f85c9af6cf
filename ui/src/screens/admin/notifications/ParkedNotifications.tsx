import { useEffect, useId, useRef, useState } from 'react';
import type { AdminNotificationsQuery } from '../../../gql/graphql';
import { describeError } from '../../../platform/errors';
import { useApiMutation } from '../../../platform/hooks';
import { formatDateTime, formatRelative } from '../../../platform/time';
import { useUrlParams } from '../../../platform/urlState';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Badge, Banner, EmptyState } from '../../../ui/States';
import { hrefWith, isPlainClick } from '../../queue/links';
import { ChannelLabel } from '../../ticket/channel';
import { AdminNotificationsResend } from './queries';
import styles from './NotificationSettings.module.css';

const t = strings.notifications.settings.parked;
/** `resendParkedNotifications` takes at most this many ids at once. */
const MAX_RESEND = 100;

type Parked = AdminNotificationsQuery['parkedNotifications']['edges'][number]['node'];

interface ParkedProps {
  parked: Parked[];
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  refreshing: boolean;
  onRefresh: () => void;
}

/** The notifications that failed every retry: pick some or all and send them again; what the API did is said. */
export function ParkedNotifications({ parked, totalCount, hasMore, loadingMore, onMore, refreshing, onRefresh }: ParkedProps) {
  const headingId = useId();
  const [params, setParams] = useUrlParams();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<{ requested: number; notFound: string[] } | null>(null);
  const resend = useApiMutation(AdminNotificationsResend);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const shownIds = parked.map((item) => item.id);
  const chosen = shownIds.filter((id) => selected.has(id));
  const all = chosen.length > 0 && chosen.length === shownIds.length;
  const some = chosen.length > 0 && !all;
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = some;
  }, [some]);

  const toggle = (id: string, on: boolean) => setSelected((current) => {
    const next = new Set(current);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });

  const what = (item: Parked) => [strings.notifications.channel(item.channel), strings.notifications.eventType(item.eventType), item.ticket?.reference].filter(Boolean).join(' · ');

  const send = async () => {
    setError(null);
    setResult(null);
    setSending(true);
    try {
      let requested = 0;
      const notFound: string[] = [];
      for (let start = 0; start < chosen.length; start += MAX_RESEND) {
        const answer = await resend.mutateAsync({ ids: chosen.slice(start, start + MAX_RESEND) });
        requested += answer.resendParkedNotifications.requested;
        notFound.push(...answer.resendParkedNotifications.notFound);
      }
      // Said by what they were (the list is read again at once, without them).
      setResult({ requested, notFound: notFound.map((id) => { const item = parked.find((candidate) => candidate.id === id); return item ? what(item) : id; }) });
      setSelected(new Set());
      onRefresh();
    } catch (reason) {
      setError(describeError(reason));
    } finally {
      setSending(false);
    }
  };


  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.cardHead}>
        <h2 id={headingId} className={styles.subheading}>{t.heading}</h2>
        <Button variant="ghost" onClick={onRefresh} disabled={refreshing}>{t.refresh}</Button>
      </div>
      <p className={styles.hint}>{t.intro}</p>
      {result && (
        <Banner>
          {strings.notifications.settings.parked.requested(result.requested)}
          {result.notFound.length > 0 && <> {t.notFound(result.notFound)}</>}
        </Banner>
      )}
      {error && <Banner kind="error">{error}</Banner>}
      {parked.length === 0 ? (
        <EmptyState><p className={styles.emptyText}>{t.empty}</p></EmptyState>
      ) : (
        <>
          <p className={styles.count}>{t.count(totalCount)}{parked.length < totalCount && <> {t.shown(parked.length, totalCount)}</>}</p>
          <div className={styles.tableWrap}>
            <table className={styles.table} aria-label={t.listLabel}>
              <thead>
                <tr>
                  <th scope="col" className={styles.checkCell}>
                    <input ref={selectAll} type="checkbox" aria-label={t.selectAll} checked={all}
                      onChange={(event) => setSelected(event.target.checked ? new Set(shownIds) : new Set())} />
                  </th>
                  <th scope="col">{t.columns.channel}</th>
                  <th scope="col">{t.columns.ticket}</th>
                  <th scope="col">{t.columns.what}</th>
                  <th scope="col" className={styles.number}>{t.columns.attempts}</th>
                  <th scope="col">{t.columns.error}</th>
                  <th scope="col">{t.columns.failed}</th>
                </tr>
              </thead>
              <tbody>
                {parked.map((item) => (
                  <tr key={item.id}>
                    <td className={styles.checkCell}>
                      <input type="checkbox" aria-label={t.select(what(item))} checked={selected.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
                    </td>
                    <td><ChannelLabel channel={item.channel} /></td>
                    <td className={styles.ticketCell}>
                      {item.ticket ? (
                        <a href={hrefWith(params, { ticket: item.ticket.id, screen: null })}
                          onClick={(event) => {
                            if (!isPlainClick(event)) return;
                            event.preventDefault();
                            setParams({ ticket: item.ticket!.id, screen: null }, 'push');
                          }}>
                          <span className={styles.reference}>{item.ticket.reference}</span> {item.ticket.subject}
                        </a>
                      ) : <span className={styles.hint}>{t.ticketGone}</span>}
                    </td>
                    <td>
                      {strings.notifications.eventType(item.eventType)}
                      {item.resendRequested && <> <Badge className={styles.askedBadge}>{t.resendAsked}</Badge></>}
                    </td>
                    <td className={styles.number}>{item.attempts}</td>
                    <td className={styles.errorCell}>{item.lastError ?? t.noError}</td>
                    <td className={styles.nowrap}>
                      <time dateTime={item.lastFailedAt} title={formatDateTime(item.lastFailedAt)}>{formatRelative(item.lastFailedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {hasMore && (
            <div className={styles.more}>
              <Button onClick={onMore} disabled={loadingMore}>{loadingMore ? t.loadingMore : t.showMore}</Button>
            </div>
          )}
          <div className={styles.actions}>
            <Button variant="primary" onClick={() => void send()} disabled={sending || chosen.length === 0}>
              {sending ? t.resending : t.resend(chosen.length)}
            </Button>
            {chosen.length === 0 && <span className={styles.hint}>{t.selectFirst}</span>}
          </div>
        </>
      )}
    </section>
  );
}
