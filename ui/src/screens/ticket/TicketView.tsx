import { useEffect, useId, useRef, useState } from 'react';
import { strings } from '../../strings';
import { useApiQuery, useMe } from '../../platform/hooks';
import { useDebounced, useTicketUpdates } from '../../platform/live';
import { formatDateTime, formatRelative } from '../../platform/time';
import { Button } from '../../ui/Button';
import { Badge, Banner, ErrorState, LoadingState } from '../../ui/States';
import { Tabs } from '../../ui/Tabs';
import { Composer, type ComposerHandle } from './Composer';
import { Conversation } from './Conversation';
import { HistoryTimeline } from './HistoryTimeline';
import { NotificationsPanel } from './NotificationsPanel';
import { PropertiesRail } from './PropertiesRail';
import { TicketFollowUpOfQuery } from './queries';
import { NEXT_PAGE, useTicket, type TicketFields } from './useTicket';
import styles from './TicketView.module.css';

interface TicketViewProps {
  ticketId: string;
  onOpenTicket: (id: string) => void;
}

/**
 * One ticket as staff work it: the conversation (notes unmistakable), the reply editor, properties in a right rail,
 * the history. `onOpenTicket` follows a link to another ticket (a follow-up).
 */
export function TicketView({ ticketId, onOpenTicket }: TicketViewProps) {
  // A fresh screen per ticket: drafts, files and pickers never carry over to another ticket.
  return <TicketScreen key={ticketId} ticketId={ticketId} onOpenTicket={onOpenTicket} />;
}

function TicketScreen({ ticketId, onOpenTicket }: TicketViewProps) {
  const me = useMe();
  const view = useTicket(ticketId);
  const [tab, setTab] = useState('conversation');
  const composer = useRef<ComposerHandle>(null);
  const root = useRef<HTMLElement>(null);
  const titleId = useId();
  // Live: a new message refreshes the conversation; a change by someone else is offered as a reload (what is being
  // typed stays). The ticket's own changes come back with the version they made, so they never count as someone else's.
  const [remoteVersion, setRemoteVersion] = useState(-1);
  const refreshConversation = useDebounced(() => void view.refreshAfterSend());
  useTicketUpdates(null, (update) => {
    if (update.ticket.id !== ticketId) return;
    if (update.kind === 'MESSAGE_ADDED') refreshConversation();
    else setRemoteVersion((version) => Math.max(version, update.ticket.version));
  }, refreshConversation);

  // Shortcuts: `r` reply, `n` internal note. Only from the page itself or our screens (never a host page's own
  // fields), never while typing, with a modifier, or while a dialog is open.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.key !== 'r' && event.key !== 'n') return;
      if (isTyping(event.target)) return;
      const screens = root.current?.closest('[data-memberpulse-support]') ?? root.current;
      const element = event.target instanceof Element ? event.target : null;
      const onPage = element === null || element === document.body || element === document.documentElement;
      if (!onPage && !(screens && element && screens.contains(element))) return;
      if (screens?.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      composer.current?.focus(event.key === 'r' ? 'reply' : 'note');
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const { query, ticket } = view;
  if (query.isPending) return <LoadingState label={strings.ticket.loading} />;
  if (query.isError && !ticket) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!ticket) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const history = ticket.history ?? [];
  const changedElsewhere = remoteVersion > ticket.version && view.pending.length === 0 && !view.conflict;
  return (
    <section ref={root} className={styles.view} aria-labelledby={titleId}>
      {changedElsewhere && (
        <div className={styles.liveNotice}>
          <Banner>
            <span className={styles.bannerRow}>
              <span>{strings.ticket.live.changed}</span>
              <Button onClick={() => void view.reload()} disabled={view.reloading}>
                {view.reloading ? strings.ticket.conflict.reloading : strings.ticket.live.reload}
              </Button>
            </span>
          </Banner>
        </div>
      )}
      {view.conflict && (
        <Banner kind="error">
          <span className={styles.bannerRow}>
            <span>{strings.ticket.conflict.message}</span>
            <Button onClick={() => void view.reload()} disabled={view.reloading}>
              {view.reloading ? strings.ticket.conflict.reloading : strings.ticket.conflict.reload}
            </Button>
          </span>
        </Banner>
      )}
      <TicketHeader ticket={ticket} titleId={titleId} onOpenTicket={onOpenTicket} />
      <div className={styles.layout}>
        <div className={styles.main}>
          <Tabs
            label={strings.ticket.tabs.label}
            value={tab}
            onValueChange={setTab}
            tabs={[
              {
                value: 'conversation',
                label: strings.ticket.tabs.conversation,
                content: (
                  <Conversation
                    ticket={ticket}
                    messages={view.messages}
                    totalCount={view.totalCount}
                    hasMore={Boolean(query.hasNextPage)}
                    loadingMore={query.isFetchingNextPage}
                    onLoadMore={() => void query.fetchNextPage()}
                    onLoadAll={() => void view.loadAll()}
                    nextPageSize={NEXT_PAGE}
                  />
                ),
              },
              {
                value: 'history',
                label: strings.ticket.tabs.history(history.length),
                content: <HistoryTimeline history={history} categories={view.categories} agents={view.agents} />,
              },
              // Staff only (the delivery log is refused to requesters): read when the tab opens.
              ...(me.isStaff ? [{
                value: 'notifications',
                label: strings.notifications.ticket.tab,
                content: <NotificationsPanel ticketId={ticket.id} isAdmin={me.isAdmin} />,
              }] : []),
            ]}
          />
          {ticket.status === 'CLOSED' ? (
            <p className={styles.closedNotice}>{strings.ticket.composer.closed}</p>
          ) : (
            <Composer ref={composer} ticket={ticket} onTicket={(next) => view.setTicket(() => next)} onSent={view.refreshAfterSend} />
          )}
        </div>
        <PropertiesRail
          ticket={ticket}
          categories={view.categories}
          agents={view.agents}
          isAdmin={me.isAdmin}
          isStaff={me.isStaff}
          change={view.change}
          pending={view.pending}
          controlError={view.controlError}
        />
      </div>
    </section>
  );
}

/** True when a key goes into a field: shortcuts stay out of the way of typing. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
  }
  return ['textbox', 'searchbox', 'combobox', 'listbox', 'option', 'menu', 'menuitem', 'spinbutton', 'slider'].includes(target.getAttribute('role') ?? '');
}

function When({ iso }: { iso: string }) {
  return <time dateTime={iso} title={formatDateTime(iso)}>{formatRelative(iso)}</time>;
}

function TicketHeader({ ticket, titleId, onOpenTicket }: { ticket: TicketFields; titleId: string; onOpenTicket: (id: string) => void }) {
  const hd = strings.ticket.header;
  const sponsor = ticket.sponsorTicket || ticket.requester.type === 'SPONSOR';
  return (
    <header className={styles.header}>
      <h2 id={titleId} className={styles.title}>
        <span className={styles.reference}>{ticket.reference}</span> {ticket.subject}
      </h2>
      <div className={styles.badges}>
        <Badge className={styles.statusBadge}>{strings.ticket.status(ticket.status)}</Badge>
        <Badge>{hd.priorityBadge(ticket.priority)}</Badge>
        {sponsor && <Badge className={styles.sponsorBadge}>{hd.sponsor}</Badge>}
        <span className={styles.muted}>{ticket.category.name}</span>
      </div>
      <p className={styles.meta}>
        <span className={styles.visuallyHidden}>{hd.requester}: </span>
        <span className={styles.author}>{ticket.requester.name}</span>
        {ticket.requester.email && <> · <a href={`mailto:${ticket.requester.email}`}>{ticket.requester.email}</a></>}
        {' · '}{sponsor ? hd.sponsor : hd.member}
        {' · '}{hd.via(ticket.channel)}
        {' · '}{hd.created} <When iso={ticket.createdAt} />
        {' · '}{hd.updated} <When iso={ticket.updatedAt} />
      </p>
      <FollowUpLinks ticket={ticket} onOpenTicket={onOpenTicket} />
    </header>
  );
}

/**
 * "Follow-up of #N" (the closed ticket this one continues) and "Continued in #N" (the follow-ups opened after this
 * one closed), each opening that ticket.
 */
function FollowUpLinks({ ticket, onOpenTicket }: { ticket: TicketFields; onOpenTicket: (id: string) => void }) {
  const hd = strings.ticket.header;
  const parent = useApiQuery('ticket-follow-up-of', TicketFollowUpOfQuery, { id: ticket.followUpOf ?? '' }, { enabled: Boolean(ticket.followUpOf), staleTime: 60_000 });
  if (!ticket.followUpOf && ticket.followUps.length === 0) return null;
  const parentTicket = parent.data?.ticket;
  const link = (id: string, text: string) => (
    <button key={id} type="button" className={styles.linkButton} onClick={() => onOpenTicket(id)}>{text}</button>
  );
  return (
    <p className={styles.followUps}>
      {ticket.followUpOf && (
        <span>
          {hd.followUpOf}{' '}
          {link(ticket.followUpOf, parentTicket ? `${parentTicket.reference} ${parentTicket.subject}` : strings.common.loading)}
        </span>
      )}
      {ticket.followUps.length > 0 && (
        <span className={styles.followUpList}>
          {hd.continuedIn}{' '}
          {ticket.followUps.map((followUp) => link(followUp.id, `${followUp.reference} ${followUp.subject} (${strings.ticket.status(followUp.status)})`))}
        </span>
      )}
    </p>
  );
}
