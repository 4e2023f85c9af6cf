package com.memberpulse.support.security;

import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides the tenant of an authenticated request, or refuses it with 403:
 * a tenant user acts in the tenant of their token's claim, which must be registered and ACTIVE;
 * a platform admin acts in no tenant, or in the one named by the tenant header (audited).
 * No one else may name a tenant in the header.
 */
class TenantResolutionFilter extends OncePerRequestFilter {

    private final TenantService tenants;
    private final SecurityProperties properties;
    private final JsonMapper jsonMapper;

    TenantResolutionFilter(TenantService tenants, SecurityProperties properties, JsonMapper jsonMapper) {
        this.tenants = tenants;
        this.properties = properties;
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        Jwt jwt = token.getToken();
        boolean platformAdmin = token.getAuthorities().stream().anyMatch(a -> Role.PLATFORM_ADMIN.authority().equals(a.getAuthority()));
        String header = request.getHeader(properties.tenantHeader());
        String claim = jwt.getClaimAsString(properties.tenantClaim());

        Tenant tenant = null;
        if (platformAdmin) {
            if (header != null && !header.isBlank()) {
                Optional<Tenant> named = tenants.find(header.strip()).filter(Tenant::isActive);
                if (named.isEmpty()) {
                    forbid(response, "The tenant named in " + properties.tenantHeader() + " does not exist or is not active.");
                    return;
                }
                tenant = named.get();
                tenants.recordPlatformAccess(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), tenant.slug(),
                        request.getMethod(), request.getRequestURI());
            }
        } else {
            if (header != null && !header.isBlank() && !header.strip().equals(claim)) {
                forbid(response, "Only platform admins may name a tenant in " + properties.tenantHeader() + ".");
                return;
            }
            if (claim == null || claim.isBlank()) {
                forbid(response, "Your token names no tenant. Ask your administrator to set your tenant in Keycloak.");
                return;
            }
            Optional<Tenant> own = tenants.find(claim);
            if (own.isEmpty() || !own.get().isActive()) {
                forbid(response, "Your organisation's support service is not available.");
                return;
            }
            tenant = own.get();
        }

        TenantContext.set(tenant);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }

    private void forbid(HttpServletResponse response, String message) throws IOException {
        ErrorBody.write(response, jsonMapper, ErrorCode.FORBIDDEN, message);
    }
}
