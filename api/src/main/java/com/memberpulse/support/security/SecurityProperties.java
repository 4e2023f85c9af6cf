package com.memberpulse.support.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tenantClaim    the JWT claim that names a user's tenant
 * @param tenantHeader   the header in which a platform admin names the tenant to act in
 * @param allowedOrigins the host pages (scheme, host and port; patterns such as {@code https://*.example.org} or
 *                       {@code http://localhost:[*]} allowed) whose embedded screens call the API from the browser
 *                       (CORS); none by default, and the screens the API serves itself at /app/ need none
 */
@ConfigurationProperties("memberpulse.security")
record SecurityProperties(@DefaultValue("tenant") String tenantClaim,
                          @DefaultValue("X-MemberPulse-Tenant") String tenantHeader,
                          @DefaultValue({}) List<String> allowedOrigins) {
}
