package com.memberpulse.support.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.devstack.KeycloakServer;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.ticket.Requester;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;

/**
 * What a requester look-up costs in calls to Keycloak's admin API, counted on the wire against the test stack's real
 * Keycloak: one search, then one role look-up per user of the association not seen in the last minutes (others'
 * users cost nothing), and a look-up typed further, or asked again, costs the search alone.
 */
class RequesterSearchCallsTest {

    private final AtomicInteger adminCalls = new AtomicInteger();
    private Keycloak keycloak;
    private KeycloakRequesterDirectory directory;
    private final String tenant = "calls-" + UUID.randomUUID().toString().substring(0, 8);
    private final String family = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeEach
    void aDirectoryThatCountsItsCalls() {
        KeycloakServer server = TestStack.get().keycloak();
        ClientRequestFilter counting = request -> {
            if (request.getUri().getPath().contains("/admin/realms/")) {
                adminCalls.incrementAndGet();
            }
        };
        keycloak = KeycloakBuilder.builder()
                .resteasyClient(ResteasyClientClassicProvider.createClientBuilder().register(JacksonProvider.class, 100).register(counting).build())
                .serverUrl(server.baseUrl()).realm(KeycloakServer.REALM).grantType("client_credentials")
                .clientId(KeycloakServer.ADMIN_CLIENT_ID).clientSecret(KeycloakServer.ADMIN_CLIENT_SECRET)
                .build();
        directory = new KeycloakRequesterDirectory(keycloak, KeycloakServer.REALM, "tenant", Clock.systemUTC());
    }

    @AfterEach
    void close() {
        keycloak.close();
    }

    @Test
    void oneSearchPlusOneCallPerNewPersonOfTheAssociationThenTheSearchAlone() {
        for (String first : List.of("Mia", "Milo", "Mina", "Sam")) {
            KeycloakUsers.create(tenant, first.toLowerCase() + "." + family, first, family, first.equals("Sam") ? "ROLE_SPONSOR_USER" : "ROLE_MEMBER");
        }
        KeycloakUsers.create(tenant, "mick." + family, "Mick", family, "ROLE_CLIENT_USER");
        for (int i = 0; i < 5; i++) {
            KeycloakUsers.create("elsewhere-" + tenant, "mo" + i + "." + family, "Mo", family, "ROLE_MEMBER");
        }

        // The search, and the roles of Mia, Mick (an agent: not listed), Milo, Mina and Sam; the others' users cost nothing.
        assertThat(firstNames(find(family, 6))).containsExactly("Mia", "Milo", "Mina", "Sam");
        assertThat(firstNames(find("mi " + family, 1))).containsExactly("Mia", "Milo", "Mina");
        assertThat(firstNames(find(family, 1))).containsExactly("Mia", "Milo", "Mina", "Sam");

        String miasId = find("mia " + family, 1).getFirst().id();
        adminCalls.set(0);
        assertThat(directory.isUserOf(tenant, miasId)).as("found a moment ago").isTrue();
        assertThat(adminCalls.get()).isZero();
    }

    /** Finds people of the association with {@code words}, checking that it took {@code expectedCalls} calls. */
    private List<Requester> find(String words, int expectedCalls) {
        adminCalls.set(0);
        List<Requester> found = directory.find(tenant, words, 10);
        assertThat(adminCalls.get()).as("calls to the admin API for '%s'", words).isEqualTo(expectedCalls);
        return found;
    }

    private static List<String> firstNames(List<Requester> found) {
        return found.stream().map(requester -> requester.name().split(" ")[0]).toList();
    }
}
