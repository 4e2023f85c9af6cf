import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useApiQuery, useMe } from '../../platform/hooks';
import { useUrlParams } from '../../platform/urlState';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Banner, LoadingState } from '../../ui/States';
import { isSettingsSection, Settings, settingsSections, type SettingsSection } from '../admin/Settings';
import { AgentAvailability } from '../agent/AgentAvailability';
import { RaiseTicket } from '../raise/RaiseTicket';
import { TicketView } from '../ticket/TicketView';
import type { Option } from './FilterBar';
import { hrefWith, isPlainClick } from './links';
import { Queue } from './Queue';
import { QueueConsoleQuery } from './queries';
import { isView, parseQueueState, queueParams, SAVED_VIEWS, viewState, type Names, type QueueState } from './queueState';
import { useShortcuts } from './shortcuts';
import styles from './StaffConsole.module.css';

const q = strings.queue;

/** The reports page carries the chart library: it loads when first opened, not with the console. */
const Reports = lazy(() => import('../sla/reports/Reports'));

/** The staff console: the queue, the ticket beside it, raising a ticket on behalf of a member, the agent's availability. */
export function StaffConsole() {
  const me = useMe();
  const [params, setParams] = useUrlParams();
  const root = useRef<HTMLDivElement>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const consoleQuery = useApiQuery('queue-console', QueueConsoleQuery, {});

  const search = params.toString();
  const state = useMemo(() => parseQueueState(new URLSearchParams(search)), [search]);
  const requested = params.get('screen');
  const screen = requested === 'raise' || requested === 'reports' ? requested : isSettingsSection(requested) ? requested : 'queue';
  const sections = settingsSections(me.isAdmin);
  const ticketId = params.get('ticket');

  const data = consoleQuery.data;
  const { names, categories, agents } = useMemo(() => {
    const categoryList = data ? [...data.ticketCategories].sort((a, b) => Number(a.archived) - Number(b.archived) || a.position - b.position) : null;
    const agentList = data ? [...data.supportAgents].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name)) : null;
    const lookup: Names = {
      category: (id) => data?.ticketCategories.find((c) => c.id === id)?.name ?? null,
      agent: (id) => data?.supportAgents.find((a) => a.id === id)?.name ?? null,
    };
    return {
      names: lookup,
      categories: categoryList?.map((c): Option => ({ value: c.id, label: c.archived ? q.filters.archived(c.name) : c.name })) ?? null,
      agents: agentList?.map((a): Option => ({ value: a.id, label: a.active ? a.name : q.filters.inactive(a.name) })) ?? null,
    };
  }, [data]);
  const myAgent = data?.supportAgents.find((agent) => agent.id === me.me?.userId && agent.active) ?? null;

  const changeState = (next: QueueState, mode: 'push' | 'replace' = 'push') => setParams({ ...queueParams(next), screen: null }, mode);
  const openTicket = (id: string) => setParams({ ticket: id, screen: null }, 'push');
  const closeTicket = () => setParams({ ticket: null }, 'push');
  const showScreen = (value: 'queue' | 'raise' | 'reports' | SettingsSection) => setParams({ screen: value === 'queue' ? null : value }, 'push');

  useShortcuts(root, (event) => {
    switch (event.key) {
      case '?': setShortcutsOpen(true); return true;
      case 'c': showScreen('raise'); return true;
      case 'q': showScreen('queue'); return true;
      default: return false;
    }
  });

  const currentView = SAVED_VIEWS.find((view) => isView(state, view)) ?? null;
  const counts: Record<string, number | null> = {
    myOpen: data?.myOpen.totalCount ?? null,
    unassigned: data?.unassigned.totalCount ?? null,
    sponsors: data?.sponsors.totalCount ?? null,
    allOpen: data?.allOpen.totalCount ?? null,
  };

  return (
    <div ref={root} className={styles.console}>
      {me.me?.actingAsPlatformAdmin && (
        <div className={styles.acting}>
          <Banner>
            {q.acting.banner(me.me.tenant ?? '')} <a href={typeof window === 'undefined' ? '.' : window.location.pathname}>{q.acting.back}</a>
          </Banner>
        </div>
      )}
      <div className={styles.columns}>
        <div className={styles.rail}>
          <div className={styles.railInner}>
            <nav aria-label={q.views.label}>
              <h2 className={styles.railHeading}>{q.views.heading}</h2>
              <ul className={styles.railList}>
                {SAVED_VIEWS.map((view) => {
                  const target = viewState(state, view);
                  const current = screen === 'queue' && currentView?.key === view.key;
                  return (
                    <li key={view.key}>
                      <a className={[styles.railLink, current ? styles.railCurrent : ''].join(' ')} aria-current={current ? 'page' : undefined}
                        href={hrefWith(params, { ...queueParams(target), screen: null })}
                        onClick={(event) => {
                          if (!isPlainClick(event)) return;
                          event.preventDefault();
                          changeState(target);
                        }}>
                        <span>{view.label}</span>
                        <span className={styles.count}>{counts[view.key] ?? ''}</span>
                      </a>
                    </li>
                  );
                })}
              </ul>
              <ul className={styles.railList}>
                <li>
                  <a className={[styles.railLink, screen === 'raise' ? styles.railCurrent : ''].join(' ')} aria-current={screen === 'raise' ? 'page' : undefined}
                    href={hrefWith(params, { screen: 'raise' })}
                    onClick={(event) => {
                      if (!isPlainClick(event)) return;
                      event.preventDefault();
                      showScreen('raise');
                    }}>
                    <span><span aria-hidden="true">+ </span>{q.nav.raise}</span>
                  </a>
                </li>
                <li>
                  <a className={[styles.railLink, screen === 'reports' ? styles.railCurrent : ''].join(' ')} aria-current={screen === 'reports' ? 'page' : undefined}
                    href={hrefWith(params, { screen: 'reports', ticket: null })}
                    onClick={(event) => {
                      if (!isPlainClick(event)) return;
                      event.preventDefault();
                      showScreen('reports');
                    }}>
                    <span>{strings.sla.reports.nav}</span>
                  </a>
                </li>
              </ul>
            </nav>
            {sections.length > 0 && (
              <nav aria-label={strings.admin.navLabel}>
                <h2 className={styles.railHeading}>{strings.admin.navHeading}</h2>
                <ul className={styles.railList}>
                  {sections.map((section) => (
                    <li key={section.key}>
                      <a className={[styles.railLink, screen === section.key ? styles.railCurrent : ''].join(' ')}
                        aria-current={screen === section.key ? 'page' : undefined}
                        href={hrefWith(params, { screen: section.key, ticket: null })}
                        onClick={(event) => {
                          if (!isPlainClick(event)) return;
                          event.preventDefault();
                          showScreen(section.key);
                        }}>
                        <span>{section.label}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {myAgent && <AgentAvailability agent={myAgent} onChanged={() => consoleQuery.refetch()} />}
            <div className={styles.railFoot}>
              <Button variant="ghost" className={styles.shortcutsButton} onClick={() => setShortcutsOpen(true)} aria-keyshortcuts="?">
                {q.shortcuts.button} <kbd className={styles.kbd}>?</kbd>
              </Button>
            </div>
          </div>
        </div>
        <main className={styles.main}>
          {screen === 'raise' ? (
            <RaiseTicket onRaised={openTicket} />
          ) : screen === 'reports' ? (
            <div className={styles.settings}>
              <Suspense fallback={<LoadingState label={strings.sla.reports.loading} />}><Reports /></Suspense>
            </div>
          ) : screen !== 'queue' ? (
            <div className={styles.settings}><Settings section={screen} /></div>
          ) : (
            <>
              <div className={styles.queueColumn}>
                <Queue state={state} onChange={changeState} params={params} heading={currentView?.label ?? q.ticketsHeading}
                  openTicketId={ticketId} onOpen={openTicket} onClose={closeTicket}
                  names={names} categories={categories} agents={agents} meId={me.me?.userId ?? null} root={root} />
              </div>
              {ticketId && (
                <div className={styles.ticketPane}>
                  <div className={styles.paneInner}>
                    <div className={styles.paneBar}>
                      <Button variant="ghost" onClick={closeTicket} aria-keyshortcuts="Escape">
                        <span aria-hidden="true">×</span> {q.closeTicket}
                      </Button>
                    </div>
                    <TicketView key={ticketId} ticketId={ticketId} onOpenTicket={openTicket} />
                  </div>
                </div>
              )}
            </>
          )}
        </main>
      </div>
      <Dialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} title={q.shortcuts.title} description={q.shortcuts.description}
        actions={<Button onClick={() => setShortcutsOpen(false)}>{strings.common.close}</Button>}>
        <table className={styles.shortcuts}>
          <thead><tr><th scope="col">{q.shortcuts.keyColumn}</th><th scope="col">{q.shortcuts.actionColumn}</th></tr></thead>
          <tbody>
            {q.shortcuts.list.map(({ keys, action }) => (
              <tr key={action}>
                <td>{keys.map((key, index) => <span key={key}>{index > 0 && q.shortcuts.or}<kbd className={styles.kbd}>{key}</kbd></span>)}</td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    </div>
  );
}
