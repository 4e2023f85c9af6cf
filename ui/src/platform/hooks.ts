import { useMutation, useQuery, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { graphql } from '../gql';
import { execute, type ApiError } from './api';
import { useSupportOptions } from './options';

/** One GraphQL query as TanStack Query state; the key is the screen's name for it plus the variables. */
export function useApiQuery<Result, Variables>(
  key: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options?: Omit<UseQueryOptions<Result, ApiError>, 'queryKey' | 'queryFn'>,
) {
  const support = useSupportOptions();
  return useQuery<Result, ApiError>({
    queryKey: [key, support.tenant ?? null, variables],
    queryFn: ({ signal }) => execute(support, document, variables, signal),
    ...options,
  });
}

/** One GraphQL mutation as TanStack Query state. */
export function useApiMutation<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  options?: Omit<UseMutationOptions<Result, ApiError, Variables>, 'mutationFn'>,
) {
  const support = useSupportOptions();
  return useMutation<Result, ApiError, Variables>({
    mutationFn: (variables) => execute(support, document, variables),
    ...options,
  });
}

const MeQuery = graphql(`
  query Me {
    me {
      userId
      username
      name
      email
      roles
      tenant
      actingAsPlatformAdmin
    }
  }
`);

/** The signed-in user and what they may do here (controls a role may not use are not shown). */
export function useMe() {
  const query = useApiQuery('me', MeQuery, {}, { staleTime: 5 * 60_000 });
  const me = query.data?.me ?? null;
  const roles = new Set(me?.roles ?? []);
  const isAdmin = roles.has('CLIENT_ADMIN') || (roles.has('PLATFORM_ADMIN') && Boolean(me?.tenant));
  const isStaff = isAdmin || roles.has('CLIENT_USER');
  return {
    ...query,
    me,
    isStaff,
    isAdmin,
    isRequester: !isStaff && (roles.has('MEMBER') || roles.has('SPONSOR_USER') || roles.has('SPONSOR_ADMIN')),
    isPlatformAdmin: roles.has('PLATFORM_ADMIN'),
  };
}
