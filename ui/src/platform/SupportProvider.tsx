import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from './api';
import { retryTransient } from './paging';
import { OptionsContext, type SupportOptions } from './options';
import { PortalContext } from '../ui/Dialog';
import theme from '../ui/theme.module.css';

function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Staff come back to a tab often: what they see is refreshed when the window regains focus.
        refetchOnWindowFocus: true,
        staleTime: 10_000,
        retry: (failures, error) => error instanceof ApiError && retryTransient(failures, error),
      },
    },
  });
}

/**
 * The root of every screen: the host's options, server state (TanStack Query) and the scoped, themeable styles.
 * Each provider is independent, so a host may embed several screens.
 */
export function SupportProvider({ options, children }: { options: SupportOptions; children: ReactNode }) {
  const [queryClient] = useState(newQueryClient);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  return (
    <OptionsContext.Provider value={options}>
      <QueryClientProvider client={queryClient}>
        <div ref={setRoot} className={theme.root} data-memberpulse-support="">
          <PortalContext.Provider value={root}>{children}</PortalContext.Provider>
        </div>
      </QueryClientProvider>
    </OptionsContext.Provider>
  );
}
