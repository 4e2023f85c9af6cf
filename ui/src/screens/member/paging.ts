import { useInfiniteQuery } from '@tanstack/react-query';
import type { TypedDocumentString } from '../../gql/graphql';
import { execute, type ApiError } from '../../platform/api';
import { useSupportOptions } from '../../platform/options';

/** Only what may pass is tried again (a GraphQL NOT_FOUND answers HTTP 200, so the status alone cannot tell). */
export function retryTransient(failures: number, error: ApiError): boolean {
  return failures < 2 && ['NETWORK', 'INTERNAL_ERROR', 'TIMEOUT', 'RATE_LIMITED', 'IDENTITY_UNAVAILABLE'].includes(error.code);
}

/**
 * A cursor-paged GraphQL query ("show more"): each page is the same document with `after` set to the cursor that
 * `nextCursor` finds in the previous page (null when there is none). The key is the screen's name plus the variables,
 * like useApiQuery's.
 */
export function useApiPages<Result, Variables extends { after?: string | null }>(
  key: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Omit<Variables, 'after'>,
  nextCursor: (page: Result) => string | null | undefined,
  options: { enabled?: boolean } = {},
) {
  const support = useSupportOptions();
  return useInfiniteQuery<Result, ApiError, { pages: Result[] }, unknown[], string | null>({
    queryKey: [key, support.tenant ?? null, variables],
    queryFn: ({ pageParam, signal }) => execute(support, document, { ...variables, after: pageParam } as Variables, signal),
    initialPageParam: null,
    getNextPageParam: (last) => nextCursor(last) ?? undefined,
    retry: retryTransient,
    ...options,
  });
}
