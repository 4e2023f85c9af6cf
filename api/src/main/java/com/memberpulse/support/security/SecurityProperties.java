package com.memberpulse.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tenantClaim  the JWT claim that names a user's tenant
 * @param tenantHeader the header in which a platform admin names the tenant to act in
 */
@ConfigurationProperties("memberpulse.security")
record SecurityProperties(@DefaultValue("tenant") String tenantClaim,
                          @DefaultValue("X-MemberPulse-Tenant") String tenantHeader) {
}
