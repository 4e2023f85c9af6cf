package com.memberpulse.support.security;

import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The one rule for the tenant a caller acts in, over HTTP (the tenant header) and WebSocket (the same name in the
 * {@code connection_init} payload) alike: a tenant user acts in the tenant of their token's claim, which must be
 * registered and ACTIVE; a platform admin acts in no tenant, or in the one they name (audited); no one else may name
 * a tenant other than their own.
 */
final class TenantResolution {

    /** A tenant (null: a platform admin acting in none), or why the caller is refused (FORBIDDEN). */
    record Outcome(@Nullable Tenant tenant, @Nullable String refusal) {

        static Outcome refused(String why) {
            return new Outcome(null, why);
        }
    }

    private final TenantService tenants;
    private final SecurityProperties properties;

    TenantResolution(TenantService tenants, SecurityProperties properties) {
        this.tenants = tenants;
        this.properties = properties;
    }

    /**
     * The tenant for {@code token}, given the tenant it names ({@code named}, null if none); a platform admin's
     * access is recorded with {@code method} and {@code path}.
     */
    Outcome resolve(JwtAuthenticationToken token, @Nullable String named, String method, String path) {
        Jwt jwt = token.getToken();
        boolean platformAdmin = token.getAuthorities().stream().anyMatch(a -> Role.PLATFORM_ADMIN.authority().equals(a.getAuthority()));
        String claim = jwt.getClaimAsString(properties.tenantClaim());
        if (platformAdmin) {
            if (named == null || named.isBlank()) {
                return new Outcome(null, null);
            }
            Optional<Tenant> tenant = tenants.find(named.strip()).filter(Tenant::isActive);
            if (tenant.isEmpty()) {
                return Outcome.refused("The tenant named in " + properties.tenantHeader() + " does not exist or is not active.");
            }
            tenants.recordPlatformAccess(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), tenant.get().slug(), method, path);
            return new Outcome(tenant.get(), null);
        }
        if (named != null && !named.isBlank() && !named.strip().equals(claim)) {
            return Outcome.refused("Only platform admins may name a tenant in " + properties.tenantHeader() + ".");
        }
        if (claim == null || claim.isBlank()) {
            return Outcome.refused("Your token names no tenant. Ask your administrator to set your tenant in Keycloak.");
        }
        Optional<Tenant> own = tenants.find(claim);
        if (own.isEmpty() || !own.get().isActive()) {
            return Outcome.refused("Your organisation's support service is not available.");
        }
        return new Outcome(own.get(), null);
    }
}
