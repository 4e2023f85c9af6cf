package com.memberpulse.support.ui;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the pages at {@code /app/} sign in.
 *
 * @param authority the OIDC issuer the browser signs in at (the realm's URL as users reach it)
 * @param clientId  the realm's public client for the pages (authorization code with PKCE)
 * @param graphiql  serve GraphiQL at {@code /graphiql} (the local profile does; off elsewhere)
 * @param location  serve the screens from this folder ({@code file:.../}) instead of the jar: for UI development,
 *                  where {@code npm run build} then shows at the next reload
 */
@ConfigurationProperties("memberpulse.ui")
record UiProperties(String authority, String clientId, boolean graphiql, @Nullable String location) {
}
