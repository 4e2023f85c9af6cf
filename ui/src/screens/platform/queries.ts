import { graphql } from '../../gql';

export const PlatformTenantsQuery = graphql(`
  query PlatformTenants($first: Int, $after: String, $includeDeleted: Boolean) {
    tenants(first: $first, after: $after, includeDeleted: $includeDeleted) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { slug name state schemaVersion createdAt disabledAt } }
    }
  }
`);

export const PlatformProvisionTenant = graphql(`
  mutation PlatformProvisionTenant($input: ProvisionTenantInput!) {
    provisionTenant(input: $input) { slug name state schemaVersion createdAt disabledAt }
  }
`);

export const PlatformDeprovisionTenant = graphql(`
  mutation PlatformDeprovisionTenant($input: DeprovisionTenantInput!) {
    deprovisionTenant(input: $input) { slug name state schemaVersion createdAt disabledAt }
  }
`);
