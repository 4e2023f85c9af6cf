package com.memberpulse.support.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.tenant.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Staff raise tickets on behalf of a user of their association in Keycloak, and of nobody else: the id is checked for
 * its shape and looked up in the real Keycloak of the test stack; a refused ticket leaves nothing behind.
 * Refusals are read over raw HTTP ({@code ApiClient}), whatever status a refused mutation answers with.
 */
class OnBehalfOfTest extends ApiIntegrationTest {

    static final String CREATE = "mutation($input: CreateTicketInput!) { createTicket(input: $input) { id requester { id type name email } } }";

    Tenant tenant;
    String agent;
    String categoryId;
    String miaId;

    @BeforeEach
    void tenantWithAMember() {
        tenant = newTenant();
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-1"));
        categoryId = api.graphql(agent, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        miaId = KeycloakUsers.create(tenant.slug(), "mia-" + UUID.randomUUID(), "Mia", "Member", "ROLE_MEMBER");
    }

    @Test
    void staffRaiseATicketForAUserOfTheirAssociationKeptUnderTheCanonicalId() {
        graphQl(agent).document(CREATE).variable("input", input(Map.of("id", miaId.toUpperCase(), "type", "MEMBER", "name", "Mia Member",
                        "email", "mia@example.org")))
                .execute()
                .path("createTicket.requester.id").entity(String.class).isEqualTo(miaId)
                .path("createTicket.requester.email").entity(String.class).isEqualTo("mia@example.org");
    }

    static List<String> hostileIds() {
        return List.of("member-9", "\"'); drop table ticket; --", "x".repeat(20_000), "3f2c\u0000-\u0007\u001b[31m", "00000000-0000-0000-0000-000000000000",
                "{" + UUID.randomUUID() + "}");
    }

    @ParameterizedTest(name = "hostile id {index}")
    @MethodSource("hostileIds")
    void anIdThatIsNoKeycloakUserIdIsRefusedWithoutBeingEchoed(String id) {
        ApiResponse refused = refused(Map.of("id", id, "type", "MEMBER", "name", "Someone"), "input.onBehalfOf.id");

        assertThat(refused.errorMessage()).hasSizeLessThan(200).doesNotContain(id);
    }

    @Test
    void aUserWhoIsNotInThisAssociationIsRefused() {
        String elsewhere = KeycloakUsers.create("another-association", "olga-" + UUID.randomUUID(), "Olga", "Other", "ROLE_MEMBER");
        String noTenant = KeycloakUsers.create(null, "nemo-" + UUID.randomUUID(), "Nemo", "Nobody");

        for (String id : List.of(UUID.randomUUID().toString(), elsewhere, noTenant)) {
            ApiResponse refused = refused(Map.of("id", id, "type", "MEMBER", "name", "Someone"), "input.onBehalfOf.id");
            assertThat(refused.errorMessage()).contains("no such member in this association");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mia@exam\u0000ple.org", "mia @example.org", "Mia <mia@example.org>", "mia@example", "mia@@example.org",
            "mia@example.org\r\nBcc: all@example.org"})
    void anAddressThatIsNoEmailAddressIsRefused(String email) {
        refused(Map.of("id", miaId, "type", "MEMBER", "name", "Mia Member", "email", email), "input.onBehalfOf.email");
    }

    @Test
    void anEmailAddressIsBoundedInCharactersNotBytes() {
        String domain = "@example.org";
        String longest = "\u00e9".repeat(TicketText.MAX_EMAIL - domain.length()) + domain;
        graphQl(agent).document(CREATE).variable("input", input(Map.of("id", miaId, "type", "MEMBER", "name", "Mia", "email", longest)))
                .execute()
                .path("createTicket.requester.email").entity(String.class).isEqualTo(longest);

        refused(Map.of("id", miaId, "type", "MEMBER", "name", "Mia", "email", "\u00e9" + longest), "input.onBehalfOf.email");
    }

    @Test
    void aUserFoundIsRememberedForAWhileSoAMomentaryRemovalDoesNotStopStaff() {
        Map<String, Object> requester = Map.of("id", miaId, "type", "MEMBER", "name", "Mia Member");
        graphQl(agent).document(CREATE).variable("input", input(requester)).execute().path("createTicket.id").hasValue();

        KeycloakUsers.delete(miaId);

        graphQl(agent).document(CREATE).variable("input", input(requester)).execute().path("createTicket.requester.id").entity(String.class)
                .isEqualTo(miaId);
    }

    /** Raising a ticket for {@code onBehalfOf} is refused on {@code field}, and no ticket is stored. */
    private ApiResponse refused(Map<String, Object> onBehalfOf, String field) {
        int before = ticketCount();
        ApiResponse refused = api.graphql(agent, CREATE, Map.of("input", input(onBehalfOf)));
        assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.errorField()).isEqualTo(field);
        assertThat(ticketCount()).isEqualTo(before);
        return refused;
    }

    private int ticketCount() {
        return api.graphql(agent, "{ tickets { totalCount } }").data("tickets").path("totalCount").asInt();
    }

    private Map<String, Object> input(Map<String, Object> onBehalfOf) {
        Map<String, Object> input = new HashMap<>(Map.of("subject", "Phoned in", "description", "<p>About an invoice</p>", "categoryId", categoryId,
                "channel", "PHONE"));
        input.put("onBehalfOf", onBehalfOf);
        return input;
    }
}
