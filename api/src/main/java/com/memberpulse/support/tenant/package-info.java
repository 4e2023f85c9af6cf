/**
 * Tenancy: the registry of tenants, provisioning and deprovisioning, the current tenant of a request,
 * and the transactions that run inside a tenant's schema. Other features see only {@link
 * com.memberpulse.support.tenant.TenantContext}, {@link com.memberpulse.support.tenant.Tenant},
 * {@link com.memberpulse.support.tenant.TenantService} and {@link com.memberpulse.support.tenant.TenantDatabases}
 * (the one seam tenants' connections come through).
 */
@NullMarked
package com.memberpulse.support.tenant;

import org.jspecify.annotations.NullMarked;
