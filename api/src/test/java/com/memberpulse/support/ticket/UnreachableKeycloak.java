package com.memberpulse.support.ticket;

import com.memberpulse.support.ticket.internal.KeycloakRequesterDirectory;
import com.memberpulse.support.ticket.internal.RequesterDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For an instance whose requester look-ups go to a port nobody listens on, while tokens are still checked by the
 * real Keycloak (a plain class, not a {@code @Configuration}, so no other application context scans it in).
 */
public class UnreachableKeycloak {

    @Bean
    @Primary
    RequesterDirectory unreachableRequesterDirectory(@Value("${memberpulse.keycloak.realm:memberpulse}") String realm, Clock clock) {
        var nowhere = KeycloakBuilder.builder().serverUrl("http://127.0.0.1:" + closedPort()).realm(realm)
                .grantType("client_credentials").clientId("memberpulse-support-admin").clientSecret("unused").build();
        return new KeycloakRequesterDirectory(nowhere, realm, "tenant", clock);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
