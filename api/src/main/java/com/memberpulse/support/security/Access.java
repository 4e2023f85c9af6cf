package com.memberpulse.support.security;

import com.memberpulse.support.tenant.TenantContext;
import org.springframework.stereotype.Component;

/**
 * The role rules of SPEC section 2, for {@code @PreAuthorize} on service methods:
 * {@code @PreAuthorize("@access.admin()")}. Every rule also needs a tenant in context, so a platform admin
 * who has not named a tenant is refused. A platform admin who has named one acts with an admin's rights
 * there (operators doing support work for an association); each such request is audited.
 */
@Component("access")
public class Access {

    /** Association staff: agents and admins (view the queue, respond, change status). */
    public boolean staff() {
        return inTenant() && (CurrentUser.get().isStaff() || CurrentUser.get().has(Role.PLATFORM_ADMIN));
    }

    /** Association admins: assignment, priority, configuration. */
    public boolean admin() {
        return inTenant() && (CurrentUser.get().has(Role.CLIENT_ADMIN) || CurrentUser.get().has(Role.PLATFORM_ADMIN));
    }

    /** Members and sponsor users: raise and follow their own tickets. */
    public boolean requester() {
        return inTenant() && CurrentUser.get().roles().stream().anyMatch(Role.REQUESTERS::contains);
    }

    /** Anyone acting in a tenant, whatever their role. */
    public boolean tenantUser() {
        return inTenant();
    }

    /** Platform operators acting in no tenant: operations across every tenant of the deployment. */
    public boolean platform() {
        return !inTenant() && CurrentUser.get().has(Role.PLATFORM_ADMIN);
    }

    private static boolean inTenant() {
        return TenantContext.current().isPresent();
    }
}
