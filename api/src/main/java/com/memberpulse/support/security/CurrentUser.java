package com.memberpulse.support.security;

import com.memberpulse.support.common.ErrorCode;
import com.memberpulse.support.common.SupportException;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller of the current request, read from the validated token and the tenant resolved for it.
 *
 * @param userId the Keycloak user id ({@code sub})
 * @param tenant the tenant the request acts in, or null (a platform admin without the tenant header)
 */
public record CurrentUser(String userId, String username, String name, String email, Set<Role> roles, String tenant) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    /** The current caller; UNAUTHENTICATED if there is none (never the case behind the security filters). */
    public static CurrentUser get() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new SupportException(ErrorCode.UNAUTHENTICATED, "Sign in first: a valid bearer token is required.");
        }
        Jwt jwt = token.getToken();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        token.getAuthorities().forEach(a -> Role.fromAuthority(a.getAuthority()).ifPresent(roles::add));
        String tenant = TenantContext.current().map(Tenant::slug).orElse(null);
        return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), jwt.getClaimAsString("name"),
                jwt.getClaimAsString("email"), roles, tenant);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role.STAFF::contains);
    }

    /** A platform admin working inside a tenant they named (audited). */
    public boolean actingAsPlatformAdmin() {
        return has(Role.PLATFORM_ADMIN) && tenant != null;
    }
}
