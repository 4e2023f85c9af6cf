/**
 * The screens' home in this service: the built UI (the {@code ui} module's jar, {@code META-INF/resources/app}) served
 * at {@code /app/} without a token (the pages sign in with Keycloak themselves), the settings they sign in with
 * ({@code /app/config.json}), and GraphiQL at {@code /graphiql}. Nothing else depends on it.
 */
@NullMarked
package com.memberpulse.support.ui;

import org.jspecify.annotations.NullMarked;
