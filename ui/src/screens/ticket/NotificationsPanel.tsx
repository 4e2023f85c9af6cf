import { useId } from 'react';
import { useApiQuery } from '../../platform/hooks';
import { useUrlParams } from '../../platform/urlState';
import { useDebounced, useTicketUpdates } from '../../platform/live';
import { retryTransient } from '../../platform/paging';
import { formatDateTime, formatRelative } from '../../platform/time';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import { Badge, EmptyState, ErrorState, LoadingState } from '../../ui/States';
import { hrefWith, isPlainClick } from '../queue/links';
import { ChannelLabel } from './channel';
import { TicketNotificationDeliveriesQuery } from './queries';
import styles from './TicketView.module.css';

const t = strings.notifications.ticket;
/** Deliveries follow a change by a few seconds and push no update of their own: an open panel reads them again now and then. */
export const DELIVERIES_POLL_MS = 20_000;

const outcomeClass: Record<string, string | undefined> = { SENT: styles.outcomeSent, SKIPPED: styles.outcomeSkipped, PARKED: styles.outcomeParked };

/**
 * The notifications about a ticket (staff): e-mails and webhook events sent, skipped on purpose and parked after
 * failing, oldest first. Mounted only while its tab is open.
 */
export function NotificationsPanel({ ticketId, isAdmin }: { ticketId: string; isAdmin: boolean }) {
  const headingId = useId();
  const [params, setParams] = useUrlParams();
  const query = useApiQuery('ticket-notification-deliveries', TicketNotificationDeliveriesQuery, { id: ticketId },
    { refetchInterval: DELIVERIES_POLL_MS, retry: retryTransient });
  const refresh = useDebounced(() => void query.refetch(), 2_000);
  useTicketUpdates(null, (update) => { if (update.ticket.id === ticketId) refresh(); }, refresh);
  const deliveries = query.data?.ticket?.notificationDeliveries;

  return (
    <section aria-labelledby={headingId} className={styles.deliveries}>
      <div className={styles.deliveriesHead}>
        <h3 id={headingId} className={styles.deliveriesHeading}>{t.heading}</h3>
        <Button variant="ghost" onClick={() => void query.refetch()} disabled={query.isFetching}>{query.isFetching && !query.isPending ? t.refreshing : t.refresh}</Button>
      </div>
      {query.isPending ? (
        <LoadingState label={t.loading} />
      ) : !deliveries ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : deliveries.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <ol className={styles.deliveryList} aria-label={t.listLabel}>
          {deliveries.map((delivery) => (
            <li key={delivery.id} className={styles.delivery}>
              <div className={styles.deliveryTop}>
                <ChannelLabel channel={delivery.channel} />
                <span className={styles.deliveryKind}>{strings.notifications.kind(delivery.kind)}</span>
                <Badge className={outcomeClass[delivery.outcome]}>{t.outcome[delivery.outcome] ?? delivery.outcome}</Badge>
                <time dateTime={delivery.at} title={formatDateTime(delivery.at)} className={styles.deliveryTime}>{formatRelative(delivery.at)}</time>
              </div>
              <p className={styles.deliveryLine}><span className={styles.muted}>{t.to}:</span> {delivery.recipient}</p>
              {delivery.detail && <p className={styles.deliveryLine}>{delivery.detail}</p>}
              {delivery.outcome === 'PARKED' && (
                <p className={styles.deliveryHint}>
                  {isAdmin ? (
                    <a href={hrefWith(params, { screen: 'notifications', ticket: null })} onClick={(event) => {
                      if (!isPlainClick(event)) return;
                      event.preventDefault();
                      setParams({ screen: 'notifications', ticket: null }, 'push');
                    }}>{t.outcomeHint.PARKED}</a>
                  ) : t.outcomeHint.PARKED}
                </p>
              )}
              {delivery.eventIds.length > 1 && <p className={styles.deliveryLine}>{t.coalesced(delivery.eventIds.length)}</p>}
              <p className={styles.deliveryEvents}>
                <span className={styles.visuallyHidden}>{t.events}: </span>
                {delivery.eventIds.map((id) => <code key={id}>{id}</code>)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
