package com.memberpulse.support.tenant.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

/**
 * The shared Keycloak admin client gives up on a Keycloak that accepts connections but never answers (its read
 * timeout), so the call that needed it fails and the request goes on, rather than waiting as long as the operating
 * system would.
 */
class KeycloakAdminClientTimeoutTest {

    @Test
    void aKeycloakThatNeverAnswersFailsTheCallInsteadOfHoldingIt() throws IOException {
        List<Socket> accepted = Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        accepted.add(silent.accept()); // Accepts, reads nothing, answers nothing.
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            KeycloakProperties properties = new KeycloakProperties("http://127.0.0.1:" + silent.getLocalPort(), "memberpulse",
                    "memberpulse-support-admin", "secret", Duration.ofSeconds(1), Duration.ofSeconds(1));
            try (Keycloak keycloak = new TenancyConfiguration().keycloakAdminClient(properties)) {
                // Generous bound: without a read timeout this call would wait for minutes.
                assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                        assertThatThrownBy(() -> keycloak.realm("memberpulse").users().count()).isInstanceOf(ProcessingException.class));
            }
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
