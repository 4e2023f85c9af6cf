/**
 * Who is calling and in which tenant: Keycloak JWTs validated as an OAuth2 resource server (signature from
 * the realm's JWKS, issuer, audience), roles from {@code realm_access.roles}, the tenant from the token (or a
 * platform admin's audited header), and JSON errors for every refusal. Other features see {@link
 * com.memberpulse.support.security.CurrentUser} and {@link com.memberpulse.support.security.Role}.
 */
@NullMarked
package com.memberpulse.support.security;

import org.jspecify.annotations.NullMarked;
