import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import type { MemberEmailPreferencesQuery } from '../../gql/graphql';
import { describeError } from '../../platform/errors';
import { useApiMutation, useApiQuery } from '../../platform/hooks';
import { useSupportOptions } from '../../platform/options';
import { retryTransient } from '../../platform/paging';
import { strings } from '../../strings';
import { Banner, ErrorState, LoadingState } from '../../ui/States';
import { Switch } from '../../ui/Switch';
import { PortalLink, ViewTitle, type PortalPlace } from './links';
import styles from './Member.module.css';

const MemberEmailPreferences = graphql(`
  query MemberEmailPreferences {
    myNotificationPreferences { emailOptOut email }
  }
`);

const MemberUpdateEmailPreferences = graphql(`
  mutation MemberUpdateEmailPreferences($input: NotificationPreferencesInput!) {
    updateMyNotificationPreferences(input: $input) { emailOptOut email }
  }
`);

const KEY = 'member.email-preferences';
const t = strings.notifications.member;

/**
 * The member's e-mail preference: whether we e-mail them about their requests, and where to. The switch saves at
 * once (shown at once, put back with a message if it could not be saved).
 */
export function EmailPreferences({ focus, onGo }: { focus: boolean; onGo: (to: PortalPlace) => void }) {
  const ids = useId();
  const options = useSupportOptions();
  const queryClient = useQueryClient();
  const query = useApiQuery(KEY, MemberEmailPreferences, {}, { retry: retryTransient });
  const [said, setSaid] = useState<string | null>(null);
  const update = useApiMutation(MemberUpdateEmailPreferences, {
    onMutate: ({ input }) => {
      const before = query.data;
      queryClient.setQueryData<MemberEmailPreferencesQuery>([KEY, options.tenant ?? null, {}], (data) =>
        data ? { myNotificationPreferences: { ...data.myNotificationPreferences, emailOptOut: input.emailOptOut } } : data);
      setSaid(null);
      return before;
    },
    onSuccess: (result) => {
      queryClient.setQueryData<MemberEmailPreferencesQuery>([KEY, options.tenant ?? null, {}], { myNotificationPreferences: result.updateMyNotificationPreferences });
      setSaid(result.updateMyNotificationPreferences.emailOptOut ? t.off : t.on);
    },
    onError: (_error, _variables, before) => {
      if (before) queryClient.setQueryData([KEY, options.tenant ?? null, {}], before);
    },
  });
  const preferences = query.data?.myNotificationPreferences;

  return (
    <>
      <PortalLink to={{}} onGo={onGo} className={styles.back}>← {t.back}</PortalLink>
      <div className={styles.top}>
        <ViewTitle focus={focus}>{t.title}</ViewTitle>
      </div>
      {query.isPending ? (
        <LoadingState label={t.loading} />
      ) : !preferences ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <section className={styles.card} aria-labelledby={`${ids}-title`}>
          <p id={`${ids}-title`} className={styles.intro}>{t.intro}</p>
          <Switch checked={!preferences.emailOptOut}
            onCheckedChange={(on) => { if (!update.isPending) update.mutate({ input: { emailOptOut: !on } }); }} label={t.switchLabel} describedBy={`${ids}-address`} />
          <p id={`${ids}-address`} className={styles.preferenceAddress}>
            {preferences.email ? <>{t.address(preferences.email)} <span className={styles.hintInline}>{t.addressHint}</span></> : t.noAddress}
          </p>
          <p className={styles.preferenceStatus} role="status">{update.isPending ? t.saving : said ?? ''}</p>
          {update.isError && <Banner kind="error">{t.notSaved} {describeError(update.error) !== strings.common.genericError ? describeError(update.error) : ''}</Banner>}
        </section>
      )}
    </>
  );
}
