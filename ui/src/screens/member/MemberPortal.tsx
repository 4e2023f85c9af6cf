import { useCallback, useState } from 'react';
import { strings } from '../../strings';
import { useUrlParams } from '../../platform/urlState';
import { Conversation } from './Conversation';
import { EmailPreferences } from './EmailPreferences';
import { MyRequests } from './MyRequests';
import { RaiseRequest } from './RaiseRequest';
import type { PortalPlace } from './links';
import styles from './Member.module.css';

/** A message for the member to read on the request they are taken to ("your reply started a new request"). */
export interface Notice {
  requestId: string;
  text: string;
}

/**
 * The member portal (members and sponsor users): "My requests", one form to raise a request, and the conversation of
 * a request, which reads like e-mail, and the member's e-mail preference. Where the member is lives in the query string
 * (`?request=<id>`, `?new=1`, `?show=waiting`, `?search=renewal`, `?preferences=email`), so a request can be bookmarked and the place survives sign-in.
 */
export function MemberPortal() {
  const [params, setParams] = useUrlParams();
  const [navigated, setNavigated] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const requestId = params.get('request');
  const creating = params.get('new') === '1';
  const preferences = params.get('preferences') === 'email';

  const go = useCallback((to: PortalPlace, mode: 'push' | 'replace' = 'push') => {
    setNavigated(true);
    setParams({ request: null, new: null, preferences: null, ...to }, mode);
  }, [setParams]);
  const openRequest = useCallback((id: string, text?: string) => {
    setNotice(text ? { requestId: id, text } : null);
    go({ request: id });
  }, [go]);

  return (
    <main className={styles.portal} aria-label={strings.member.portalLabel}>
      {preferences ? (
        <EmailPreferences focus={navigated} onGo={go} />
      ) : creating ? (
        <RaiseRequest focus={navigated} onGo={go} onCreated={openRequest} />
      ) : requestId ? (
        <Conversation
          key={requestId}
          id={requestId}
          focus={navigated}
          notice={notice?.requestId === requestId ? notice.text : null}
          onGo={go}
          onOpenRequest={openRequest}
        />
      ) : (
        <MyRequests focus={navigated} show={params.get('show')} search={params.get('search')} onGo={go}
          onSearch={(search, mode) => setParams({ search }, mode)} />
      )}
    </main>
  );
}
