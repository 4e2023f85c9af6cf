import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { SupportOptions } from './options';

/** What the API tells its own pages (`GET /app/config.json`): where to sign in and where the API is. */
interface StandaloneConfig {
  authority: string;
  clientId: string;
  graphqlUrl: string;
}

/**
 * Sign-in for the pages the API serves at /app/: OIDC authorization code with PKCE against Keycloak. Tokens stay in
 * memory only (never local storage); a reload goes through Keycloak again, which answers at once while its own
 * session lasts. The page the user was on (query string included) is carried through sign-in in the OIDC state.
 */
export async function signIn(): Promise<SupportOptions> {
  const config: StandaloneConfig = await (await fetch(new URL('config.json', document.baseURI))).json();
  const home = new URL('.', document.baseURI).href;
  const manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: window.location.origin + window.location.pathname,
    post_logout_redirect_uri: home,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    automaticSilentRenew: true,
  });

  const params = new URLSearchParams(window.location.search);
  let user = null;
  if (params.has('code') && params.has('state')) {
    user = await manager.signinRedirectCallback();
    const back = typeof user.state === 'string' ? user.state : window.location.pathname;
    window.history.replaceState(null, '', back);
  }
  const redirect = () => manager.signinRedirect({ state: window.location.pathname + window.location.search });
  if (!user) {
    await redirect();
    return new Promise(() => {}); // the browser is leaving for the sign-in page
  }

  let current = user;
  manager.events.addUserLoaded((loaded) => { current = loaded; });
  return {
    graphqlUrl: new URL(config.graphqlUrl, window.location.origin).href,
    tenant: new URLSearchParams(window.location.search).get('tenant'),
    async getToken() {
      if (!current.expired) return current.access_token;
      try {
        current = await manager.signinSilent() ?? current;
        if (!current.expired) return current.access_token;
      } catch {
        // The refresh token is gone too: sign in again below.
      }
      await redirect();
      return null;
    },
    onUnauthenticated: () => { void redirect(); },
    onSignOut: () => { void manager.signoutRedirect({ id_token_hint: current.id_token }); },
  };
}
