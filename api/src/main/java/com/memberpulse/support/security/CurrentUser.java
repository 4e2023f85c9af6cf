package com.memberpulse.support.security;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller of the current request, read from the validated token and the tenant resolved for it.
 *
 * @param userId the Keycloak user id ({@code sub})
 * @param name   the person's full name, if the token has one
 * @param tenant the tenant the request acts in, or null (a platform admin without the tenant header)
 */
public record CurrentUser(String userId, String username, @Nullable String name, @Nullable String email, Set<Role> roles,
                          @Nullable String tenant) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    /**
     * The current caller; UNAUTHENTICATED if there is none (never the case behind the security filters).
     * Outside a request (jobs, the devstack's set-up) the authentication may be another kind than a JWT: its
     * name is then the user id.
     */
    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new SupportException(ErrorCode.UNAUTHENTICATED, "Sign in first: a valid bearer token is required.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getAuthorities().forEach(a -> Role.fromAuthority(a.getAuthority()).ifPresent(roles::add));
        String tenant = TenantContext.current().map(Tenant::slug).orElse(null);
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), jwt.getClaimAsString("name"),
                    jwt.getClaimAsString("email"), roles, tenant);
        }
        return new CurrentUser(authentication.getName(), authentication.getName(), null, null, roles, tenant);
    }

    /** The name to show for the caller (history, messages, requesters): see {@link #displayName(String, String)}. */
    public String displayName() {
        return displayName(name, username);
    }

    /** The one rule for a person's shown name, wherever it comes from: their name if not blank, else their username. */
    public static String displayName(@Nullable String name, String username) {
        return name != null && !name.isBlank() ? name : username;
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
