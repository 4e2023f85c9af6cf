/**
 * The tenancy's wiring: the registry's mapper, provisioning steps, the tenant-aware transaction manager, the one
 * database tenants live in today, and the tenants' Keycloak groups.
 */
@NullMarked
package com.memberpulse.support.tenant.internal;

import org.jspecify.annotations.NullMarked;
