package com.memberpulse.support.security;

import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides the tenant of an authenticated request by {@link TenantResolution}'s rule (the tenant header names one), or
 * refuses it with 403.
 */
class TenantResolutionFilter extends OncePerRequestFilter {

    private final TenantResolution resolution;
    private final SecurityProperties properties;
    private final JsonMapper jsonMapper;

    TenantResolutionFilter(TenantResolution resolution, SecurityProperties properties, JsonMapper jsonMapper) {
        this.resolution = resolution;
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
        TenantResolution.Outcome outcome = resolution.resolve(token, request.getHeader(properties.tenantHeader()),
                request.getMethod(), request.getRequestURI());
        if (outcome.refusal() != null) {
            ErrorBody.write(response, jsonMapper, ErrorCode.FORBIDDEN, outcome.refusal());
            return;
        }
        Tenant tenant = outcome.tenant();
        TenantContext.set(tenant);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }
}
