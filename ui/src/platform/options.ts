import { createContext, useContext } from 'react';

/**
 * What a host gives the screens: where the API is and how to get a token. The screens never store tokens;
 * they ask `getToken` before every request (the host refreshes them).
 */
export interface SupportOptions {
  /** The API's GraphQL endpoint, e.g. `https://support.example.org/graphql`. Files go to its sibling `/attachments`. */
  graphqlUrl: string;
  /** A current access token for the API (audience `memberpulse-support`), or null when signed out. */
  getToken: () => Promise<string | null>;
  /** For platform admins only: the tenant to act in (sent as `X-MemberPulse-Tenant`, audited by the API). */
  tenant?: string | null;
  /** Called when the API says the session is over (401): the host signs the user in again. */
  onUnauthenticated?: () => void;
  /** Called when the user asks to sign out (the screens show the button only when this is given). */
  onSignOut?: () => void;
}

export const OptionsContext = createContext<SupportOptions | null>(null);

export function useSupportOptions(): SupportOptions {
  const options = useContext(OptionsContext);
  if (!options) {
    throw new Error('MemberPulse Support screens must be rendered inside <SupportProvider>.');
  }
  return options;
}

/** The API's base URL (the GraphQL endpoint without its last path segment). */
export function apiBase(options: SupportOptions): string {
  return options.graphqlUrl.replace(/\/graphql\/?$/, '');
}
