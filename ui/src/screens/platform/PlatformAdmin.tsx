import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../platform/hooks';
import { describeError } from '../../platform/errors';
import { formatDateTime } from '../../platform/time';
import { useUrlParams } from '../../platform/urlState';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import { Banner, EmptyState, ErrorState, LoadingState } from '../../ui/States';
import { Switch } from '../../ui/Switch';
import { DeprovisionDialog } from './DeprovisionDialog';
import { ProvisionForm } from './ProvisionForm';
import { PlatformProvisionTenant, PlatformTenantsQuery } from './queries';
import theme from '../../ui/theme.module.css';
import styles from './PlatformAdmin.module.css';

const t = strings.platform;
const PAGE_SIZE = 25;

/** The address that opens a tenant's support desk: the app again, acting in that tenant (`?tenant=`, audited by the API). */
export function deskHref(slug: string): string {
  const path = typeof window === 'undefined' ? '' : window.location.pathname;
  return `${path}?tenant=${encodeURIComponent(slug)}`;
}

/**
 * Platform admins (acting in no tenant): the tenants of the deployment a page at a time (deleted ones on request),
 * provisioning, deprovisioning with a typed confirmation, and a link into each active tenant's support desk.
 * Paging and the deleted toggle live in the URL (`tenantsPage`, `deleted`).
 */
export function PlatformAdmin() {
  const [params, setParams] = useUrlParams();
  const includeDeleted = params.get('deleted') === '1';
  const page = params.getAll('tenantsPage');
  const query = useApiQuery('platform-tenants', PlatformTenantsQuery, { first: PAGE_SIZE, after: page.at(-1) ?? null, includeDeleted },
    { placeholderData: keepPreviousData });
  const client = useQueryClient();
  const [message, setMessage] = useState<{ text: string; desk?: { slug: string; name: string } } | null>(null);
  const [deprovisioning, setDeprovisioning] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['platform-tenants'] });
  const done = (text: string, desk?: { slug: string; name: string }) => {
    setMessage({ text, desk });
    void refresh();
  };
  const enable = useApiMutation(PlatformProvisionTenant, {
    onSuccess: (data) => done(t.enabled(data.provisionTenant.name), data.provisionTenant),
    onError: (error) => setMessage({ text: describeError(error) }),
  });

  const connection = query.data?.tenants;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const from = page.length * PAGE_SIZE + 1;

  let list;
  if (query.isPending) list = <LoadingState />;
  else if (query.isError && !connection) list = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (rows.length === 0) list = <EmptyState>{t.empty}</EmptyState>;
  else list = (
    <table className={styles.table} aria-busy={query.isFetching}>
      <caption className={theme.visuallyHidden}>{t.listLabel}</caption>
      <thead>
        <tr>
          <th scope="col">{t.columns.slug}</th>
          <th scope="col">{t.columns.name}</th>
          <th scope="col">{t.columns.state}</th>
          <th scope="col">{t.columns.schema}</th>
          <th scope="col">{t.columns.created}</th>
          <th scope="col">{t.columns.disabled}</th>
          <th scope="col">{t.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((tenant) => (
          <tr key={tenant.slug} data-slug={tenant.slug}>
            <td><code>{tenant.slug}</code></td>
            <td>{tenant.name}</td>
            <td className={styles.nowrap}><span className={styles[`state_${tenant.state}`]}><span aria-hidden="true">{t.stateIcon[tenant.state]} </span>{t.state[tenant.state]}</span></td>
            <td>{tenant.schemaVersion ?? t.none}</td>
            <td className={styles.nowrap}><time dateTime={tenant.createdAt}>{formatDateTime(tenant.createdAt)}</time></td>
            <td className={styles.nowrap}>{tenant.disabledAt ? <time dateTime={tenant.disabledAt}>{formatDateTime(tenant.disabledAt)}</time> : t.none}</td>
            <td><div className={styles.actions}>
              {tenant.state === 'ACTIVE' && <a href={deskHref(tenant.slug)} aria-label={t.openDeskLabel(tenant.name)}>{t.openDesk}</a>}
              {tenant.state === 'DISABLED' && (
                <Button onClick={() => enable.mutate({ input: { slug: tenant.slug, name: tenant.name } })} disabled={enable.isPending}
                  aria-label={t.enableLabel(tenant.name)}>{t.enable}</Button>
              )}
              {tenant.state !== 'DELETED' && (
                <Button variant="ghost" className={styles.dangerText} onClick={() => setDeprovisioning(tenant.slug)} aria-label={t.deprovisionLabel(tenant.name)}>
                  {t.deprovision}
                </Button>
              )}
            </div></td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <main className={styles.page}>
      <h1 className={styles.heading}>{t.title}</h1>
      <p className={styles.muted}>{t.intro}</p>
      {message && (
        <Banner>
          {message.text}
          {message.desk && <> <a href={deskHref(message.desk.slug)} aria-label={t.openDeskLabel(message.desk.name)}>{t.openDesk}</a></>}
        </Banner>
      )}
      <div className={styles.columns}>
        <section className={styles.list} aria-label={t.listLabel}>
          <div className={styles.toolbar}>
            <Switch checked={includeDeleted} onCheckedChange={(checked) => setParams({ deleted: checked ? '1' : null, tenantsPage: null }, 'push')} label={t.includeDeleted} />
          </div>
          {query.isError && connection && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
          {list}
          {connection && rows.length > 0 && (
            <nav className={styles.pager} aria-label={t.paging.label}>
              <Button onClick={() => setParams({ tenantsPage: page.slice(0, -1) }, 'push')} disabled={page.length === 0}>{t.paging.previous}</Button>
              <span className={styles.muted}>{strings.common.ofTotal(from, from + rows.length - 1, connection.totalCount)}</span>
              <Button onClick={() => connection.pageInfo.endCursor && setParams({ tenantsPage: [...page, connection.pageInfo.endCursor] }, 'push')}
                disabled={!connection.pageInfo.hasNextPage}>{t.paging.next}</Button>
            </nav>
          )}
        </section>
        <ProvisionForm onDone={done} />
      </div>
      {deprovisioning && (
        <DeprovisionDialog key={deprovisioning} slug={deprovisioning} open onOpenChange={(open) => { if (!open) setDeprovisioning(null); }} onDone={done} />
      )}
    </main>
  );
}
