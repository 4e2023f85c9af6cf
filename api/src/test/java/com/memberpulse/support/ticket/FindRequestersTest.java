package com.memberpulse.support.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Staff look up who to raise a ticket for in the real Keycloak of the test stack: their association's members and
 * sponsor users, found by name, username or e-mail address; never staff, disabled or role-less accounts, and never
 * anyone of another association, whatever they are called. Everyone made here shares one last name, unique to the test.
 */
class FindRequestersTest extends ApiIntegrationTest {

    static final String FIND = "query($s: String!, $f: Int) { findRequesters(search: $s, first: $f) { id type name email } }";

    Tenant tenant;
    Tenant another;
    String agent;
    String family;
    String mia;
    String sam;
    String sofia;
    String alex;
    String diego;
    String nora;
    String dan;
    String olga;

    @BeforeEach
    void anAssociationInKeycloak() {
        tenant = newTenant();
        another = newTenant();
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-1"));
        family = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String family = this.family;
        mia = KeycloakUsers.create(tenant.slug(), "mia." + family, "Mia", family, "ROLE_MEMBER");
        sam = KeycloakUsers.create(tenant.slug(), "sam." + family, "Sam", family, "ROLE_SPONSOR_USER");
        sofia = KeycloakUsers.create(tenant.slug(), "sofia." + family, "Sofia", family, "ROLE_SPONSOR_ADMIN", "ROLE_MEMBER");
        alex = KeycloakUsers.create(tenant.slug(), "alex." + family, "Alex", family, "ROLE_CLIENT_USER");
        diego = KeycloakUsers.create(tenant.slug(), "diego." + family, "Diego", family, "ROLE_CLIENT_ADMIN");
        nora = KeycloakUsers.create(tenant.slug(), "nora." + family, "Nora", family);
        dan = KeycloakUsers.create(tenant.slug(), "dan." + family, "Dan", family, "ROLE_MEMBER");
        KeycloakUsers.disable(dan);
        olga = KeycloakUsers.create(another.slug(), "olga." + family, "Olga", family, "ROLE_MEMBER");
    }

    @Test
    void findsTheAssociationsMembersAndSponsorUsersByNameWithTheirType() {
        JsonNode found = find(agent, family, null);

        assertThat(ids(found)).containsExactly(mia, sam, sofia);
        assertThat(found.get(0).path("type").asString()).isEqualTo("MEMBER");
        assertThat(found.get(0).path("name").asString()).isEqualTo("Mia " + family);
        assertThat(found.get(0).path("email").asString()).isEqualTo("mia." + family + "@example.org");
        assertThat(found.get(1).path("type").asString()).isEqualTo("SPONSOR");
        assertThat(found.get(2).path("type").asString()).as("a sponsor role wins over ROLE_MEMBER").isEqualTo("SPONSOR");
    }

    @Test
    void findsByUsernameEMailAddressOrSeveralWordsIgnoringCase() {
        assertThat(ids(find(agent, "SAM." + family.toUpperCase(), null))).containsExactly(sam);
        assertThat(ids(find(agent, "mia." + family + "@example.org", null))).containsExactly(mia);
        assertThat(ids(find(agent, "  so  " + family.substring(0, 8) + " ", null))).containsExactly(sofia);
        assertThat(ids(find(agent, "Mia " + family, null))).containsExactly(mia);
    }

    @Test
    void neverListsStaffDisabledOrRolelessAccountsNorAnotherAssociationsPeople() {
        List<String> everyone = List.of(alex, diego, nora, dan, olga);
        for (String word : List.of(family, "alex." + family, "diego." + family, "nora." + family, "dan." + family, "olga." + family)) {
            assertThat(ids(find(agent, word, 25))).as(word).doesNotContainAnyElementsOf(everyone);
        }
    }

    @Test
    void anotherAssociationsStaffFindOnlyTheirOwn() {
        String theirAgent = tokens.token(another.slug(), "ROLE_CLIENT_ADMIN");
        assertThat(ids(find(theirAgent, family, null))).containsExactly(olga);
        assertThat(ids(find(tokens.token(newTenant().slug(), "ROLE_CLIENT_USER"), family, null))).isEmpty();
    }

    @Test
    void aPlatformAdminNamingTheAssociationFindsItsPeople() {
        ApiResponse response = api.graphql(tokens.token(null, "ROLE_PLATFORM_ADMIN"), FIND, Map.of("s", family),
                "X-MemberPulse-Tenant", tenant.slug());
        assertThat(ids(response.data("findRequesters"))).containsExactly(mia, sam, sofia);
    }

    @Test
    void firstBoundsTheAnswer() {
        assertThat(ids(find(agent, family, 1))).containsExactly(mia);
        assertThat(ids(find(agent, family, 2))).containsExactly(mia, sam);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 26, Integer.MAX_VALUE})
    void firstOutsideOneToTwentyFiveIsRefused(int first) {
        refused(FIND, Map.of("s", family, "f", first), "first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "m", " m ", "**", "\"m\"", "m\u0000", "\u200B\u200Bm", "\u0007"})
    void aSearchOfFewerThanTwoCharactersIsRefused(String search) {
        refused(FIND, Map.of("s", search), "search");
    }

    @Test
    void aSearchOfMoreThanAHundredCharactersIsRefused() {
        refused(FIND, Map.of("s", "m".repeat(101)), "search");
        assertThat(find(agent, "m".repeat(100), null)).isEmpty();
    }

    @Test
    void keycloaksSearchSyntaxIsPlainTextHere() {
        assertThat(ids(find(agent, "*" + family.substring(2), null))).as("no wildcard").isEmpty();
        assertThat(ids(find(agent, "\"mia." + family + "\"", null))).containsExactly(mia);
        assertThat(ids(find(agent, "id:" + mia, null))).as("no look-up by id").isEmpty();
        assertThat(ids(find(agent, "100%", null))).isEmpty();
        assertThat(ids(find(agent, "m_a." + family, null))).isEmpty();
    }

    @Test
    void membersAndSponsorUsersAreForbidden() {
        for (String role : List.of("ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN")) {
            ApiResponse response = api.graphql(tokens.token(tenant.slug(), role), FIND, Map.of("s", family));
            assertThat(response.errorCode()).as(role).isEqualTo("FORBIDDEN");
            assertThat(response.body().toString()).doesNotContain(mia, family + "@");
        }
    }

    @Test
    void whoIsFoundCanBeRaisedATicketForAsTheyWereFound() {
        JsonNode requester = find(agent, "Mia " + family, null).get(0);
        String categoryId = api.graphql(agent, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        ApiResponse created = api.graphql(agent, "mutation($i: CreateTicketInput!) { createTicket(input: $i) { requester { id type name email } } }",
                Map.of("i", Map.of("subject", "Phoned in", "description", "<p>About an invoice</p>", "categoryId", categoryId, "channel", "PHONE",
                        "onBehalfOf", Map.of("id", requester.path("id").asString(), "type", requester.path("type").asString(),
                                "name", requester.path("name").asString(), "email", requester.path("email").asString()))));

        assertThat(created.data("createTicket").path("requester")).isEqualTo(requester);
    }

    private JsonNode find(String token, String search, Integer first) {
        Map<String, Object> variables = first == null ? Map.of("s", search) : Map.of("s", search, "f", first);
        ApiResponse response = api.graphql(token, FIND, variables);
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data("findRequesters");
    }

    private void refused(String query, Map<String, Object> variables, String field) {
        ApiResponse response = api.graphql(agent, query, variables);
        assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.errorField()).isEqualTo(field);
    }

    private static List<String> ids(JsonNode requesters) {
        return requesters.valueStream().map(requester -> requester.path("id").asString()).toList();
    }
}
