package com.memberpulse.support.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.tenant.Tenant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text input over the API (issue 10, classes 1 and 5): text PostgreSQL cannot store is refused on its argument's
 * path in every operation, never an internal error; look-alike names clash; invisible-only text is no text.
 * Refusals are read with the plain client, which reads any HTTP status (a refused non-null field answers 400 today).
 */
class TextInputApiTest extends ApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Stands for the hostile text in a request, which is then written into the JSON by hand (Jackson refuses half a surrogate pair). */
    private static final String SLOT = "HOSTILE-TEXT-SLOT";
    private static final List<String> UNSTORABLE = List.of("\u0000", "\uD800", "\uDC00");

    private Tenant tenant;
    private String admin;
    private String agent;
    private String member;
    private String categoryId;

    @BeforeEach
    void tenant() {
        tenant = newTenant();
        admin = tokens.token(tenant.slug(), "ROLE_CLIENT_ADMIN");
        agent = tokens.token(tenant.slug(), "ROLE_CLIENT_USER");
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-1").claim("name", "Member One"));
        categoryId = ok(api.graphql(admin, "{ ticketCategories { id } }", Map.of()), "ticketCategories").get(0).path("id").asString();
    }

    /** One operation with the hostile text in one of its string arguments, and the path a refusal must name. */
    record Operation(String token, String query, Map<String, Object> variables, String field) {
    }

    @Test
    void aNulInTheIssuesExamplesIsAValidationErrorOnItsArgument() {
        JsonNode ticket = createTicket("Closing soon");
        String close = "mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { status } }";

        assertRefused(new Operation(member, close, Map.of("input", Map.of("id", ticket.path("id").asString(), "version", 0,
                "status", "CLOSED", "note", "Thanks\u0000, solved")), "input.note"));
        assertRefused(new Operation(agent, "query($s: String) { cannedResponses(search: $s) { id } }", Map.of("s", "x\u0000"), "search"));
        assertRefused(new Operation(admin, "mutation($name: String!) { createSupportTeam(input: {name: $name}) { id } }",
                Map.of("name", "Tier\u00001"), "input.name"));
        assertRefused(new Operation(admin, """
                mutation($k: [String!]) { createAssignmentRule(input: {name: "r", keywords: $k, teamId: "%s", strategy: ROUND_ROBIN}) { id } }"""
                .formatted(UUID.randomUUID()), Map.of("k", List.of("fine", "in\u0000voice")), "input.keywords"));

        assertThat(ticketStatus(ticket)).isEqualTo("OPEN");
        assertThat(ok(api.graphql(admin, "{ supportTeams { id } }", Map.of()), "supportTeams")).isEmpty();
    }

    @Test
    void everyOperationRefusesUnstorableTextOnItsArgumentPathAndChangesNothing() {
        JsonNode ticket = createTicket("Stays open");
        String ticketId = ticket.path("id").asString();
        List<Operation> operations = List.of(
                new Operation(admin, "mutation($i: CreateTicketCategoryInput!) { createTicketCategory(input: $i) { id } }",
                        Map.of("i", Map.of("name", SLOT)), "input.name"),
                new Operation(admin, "mutation($i: CreateTicketCategoryInput!) { createTicketCategory(input: $i) { id } }",
                        Map.of("i", Map.of("name", "Dues", "description", SLOT)), "input.description"),
                new Operation(admin, "mutation($i: CreateSupportTeamInput!) { createSupportTeam(input: $i) { id } }",
                        Map.of("i", Map.of("name", "Team", "description", SLOT)), "input.description"),
                new Operation(agent, "query($s: String) { cannedResponses(search: $s) { id } }", Map.of("s", SLOT), "search"),
                new Operation(agent, "mutation($i: CreateCannedResponseInput!) { createCannedResponse(input: $i) { id } }",
                        Map.of("i", Map.of("title", "Hi", "body", "<p>Hi</p>", "shortcut", SLOT)), "input.shortcut"),
                new Operation(member, "mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }",
                        Map.of("i", Map.of("subject", SLOT, "description", "<p>d</p>", "categoryId", categoryId)), "input.subject"),
                new Operation(agent, "mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }",
                        Map.of("i", Map.of("subject", "s", "description", "<p>d</p>", "categoryId", categoryId,
                                "onBehalfOf", Map.of("id", "member-2", "type", "MEMBER", "name", SLOT))), "input.onBehalfOf.name"),
                new Operation(agent, "query($f: TicketFilter) { tickets(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("categoryId", List.of(categoryId, SLOT))), "filter.categoryId"),
                new Operation(member, "mutation($i: MessageInput!) { replyToTicket(input: $i) { __typename } }",
                        Map.of("i", Map.of("ticketId", ticketId, "body", "<p>" + SLOT + "</p>")), "input.body"),
                new Operation(admin, "mutation($i: ChangeTicketPriorityInput!) { changeTicketPriority(input: $i) { id } }",
                        Map.of("i", Map.of("id", ticketId, "version", 0, "priority", "HIGH", "note", SLOT)), "input.note"),
                new Operation(member, "query($id: ID!) { ticket(id: $id) { id } }", Map.of("id", SLOT), "id"));
        Random random = new Random(10);

        for (Operation operation : operations) {
            for (int attempt = 0; attempt < 4; attempt++) {
                String hostile = randomText(random) + UNSTORABLE.get(random.nextInt(UNSTORABLE.size())) + randomText(random);
                ApiResponse response = send(operation, hostile);
                assertThat(response.errorCode()).as("%s with %s: %s", operation.field(), escaped(hostile), response.body()).isEqualTo("VALIDATION_FAILED");
                assertThat(response.errorField()).as(operation.query()).isEqualTo(operation.field());
                assertThat(response.body().toString()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql");
            }
        }

        assertThat(ok(api.graphql(admin, "{ ticketCategories(includeArchived: true) { id } }", Map.of()), "ticketCategories")).hasSize(6);
        assertThat(ok(api.graphql(admin, "{ supportTeams { id } }", Map.of()), "supportTeams")).isEmpty();
        assertThat(ok(api.graphql(agent, "{ tickets { totalCount } }", Map.of()), "tickets").path("totalCount").asInt()).isEqualTo(1);
        assertThat(ticketStatus(ticket)).isEqualTo("OPEN");
    }

    @Test
    void categoryNamesThatLookAlikeClashAndAreStoredAsTyped() {
        String create = "mutation($name: String!) { createTicketCategory(input: {name: $name}) { id name } }";
        for (String lookAlike : List.of("Bill\u200Bing", "Bill\u200Ding", "Bil\u00ADling", "\uFEFFBilling", "BILL ING", "\uFF22illing")) {
            ApiResponse taken = api.graphql(admin, create, Map.of("name", lookAlike));
            assertThat(taken.errorCode()).as(lookAlike).isEqualTo("CATEGORY_NAME_TAKEN");
            assertThat(taken.errorField()).isEqualTo("input.name");
        }

        assertThat(ok(api.graphql(admin, create, Map.of("name", "Area in m\u00B2")), "createTicketCategory").path("name").asString())
                .isEqualTo("Area in m\u00B2");
        assertThat(api.graphql(admin, create, Map.of("name", "area in M2")).errorCode()).isEqualTo("CATEGORY_NAME_TAKEN");
        assertThat(ok(api.graphql(admin, create, Map.of("name", " Dues\u200B and\u202E fees ")), "createTicketCategory").path("name").asString())
                .isEqualTo("Dues and fees");
    }

    @Test
    void teamNamesThatLookAlikeClash() {
        String create = "mutation($name: String!) { createSupportTeam(input: {name: $name}) { id name } }";
        assertThat(ok(api.graphql(admin, create, Map.of("name", "Tier 1")), "createSupportTeam").path("name").asString()).isEqualTo("Tier 1");

        for (String lookAlike : List.of("TIER\u00A0\u200B1", "\uFF34ier 1", "Tier\u2003\uFF11")) {
            ApiResponse taken = api.graphql(admin, create, Map.of("name", lookAlike));
            assertThat(taken.errorCode()).as(lookAlike).isEqualTo("VALIDATION_FAILED");
            assertThat(taken.errorField()).isEqualTo("input.name");
        }
    }

    @Test
    void textOfInvisibleCharactersOnlyIsNoText() {
        String invisible = "\u200B\u200D\u2060\uFEFF\u00AD \u00A0";
        ApiResponse category = api.graphql(admin, "mutation($name: String!) { createTicketCategory(input: {name: $name}) { id } }",
                Map.of("name", invisible));
        assertThat(category.errorField()).isEqualTo("input.name");
        ApiResponse ticket = api.graphql(member, "mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }",
                Map.of("i", Map.of("subject", invisible, "description", "<p>" + invisible + "&nbsp;</p>", "categoryId", categoryId)));
        assertThat(ticket.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(ticket.errorField()).isEqualTo("input.subject");
        ApiResponse description = api.graphql(member, "mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }",
                Map.of("i", Map.of("subject", "Help", "description", "<p>" + invisible + "&nbsp;</p>", "categoryId", categoryId)));
        assertThat(description.errorField()).isEqualTo("input.description");
        ApiResponse title = api.graphql(agent, "mutation($i: CreateCannedResponseInput!) { createCannedResponse(input: $i) { id } }",
                Map.of("i", Map.of("title", invisible, "body", "<p>Hi</p>")));
        assertThat(title.errorField()).isEqualTo("input.title");
    }

    @Test
    void subjectsRequesterNamesAndNotesAreNormalisedAlike() {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("subject", "Refund\u202Egnp.exe \n please", "description", "<p>d</p>",
                "categoryId", categoryId));
        // A real member of the association: staff may raise tickets only for those.
        String ann = KeycloakUsers.create(tenant.slug(), "ann-" + UUID.randomUUID(), "Ann", "Example", "ROLE_MEMBER");
        input.put("onBehalfOf", Map.of("id", ann, "type", "MEMBER", "name", " Ann\u200B\n Example "));
        JsonNode ticket = ok(api.graphql(agent, "mutation($i: CreateTicketInput!) { createTicket(input: $i) { id requester { name } subject } }",
                Map.of("i", input)), "createTicket");
        assertThat(ticket.path("subject").asString()).isEqualTo("Refundgnp.exe please");
        assertThat(ticket.path("requester").path("name").asString()).isEqualTo("Ann Example");

        ApiResponse bell = api.graphql(admin, "mutation($i: ChangeTicketPriorityInput!) { changeTicketPriority(input: $i) { id } }",
                Map.of("i", Map.of("id", ticket.path("id").asString(), "version", 0, "priority", "HIGH", "note", "Urgent\u0007")));
        assertThat(bell.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(bell.errorField()).isEqualTo("input.note");
    }

    private JsonNode createTicket(String subject) {
        return ok(api.graphql(member, "mutation($i: CreateTicketInput!) { createTicket(input: $i) { id version } }",
                Map.of("i", Map.of("subject", subject, "description", "<p>Please help</p>", "categoryId", categoryId))), "createTicket");
    }

    private String ticketStatus(JsonNode ticket) {
        return ok(api.graphql(agent, "query($id: ID!) { ticket(id: $id) { status } }", Map.of("id", ticket.path("id").asString())), "ticket")
                .path("status").asString();
    }

    /** Sends the operation with {@code hostile} in its slot (or as its variables are, when null), written into the JSON by hand. */
    private ApiResponse send(Operation operation, String hostile) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", operation.query());
        body.put("variables", operation.variables());
        String json = JSON.writeValueAsString(body);
        return api.postJson("/graphql", operation.token(), hostile == null ? json : json.replace(SLOT, escaped(hostile)));
    }

    private void assertRefused(Operation operation) {
        ApiResponse response = send(operation, null);
        assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.errorField()).isEqualTo(operation.field());
        assertThat(response.errorMessage()).contains("cannot be stored");
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            text.appendCodePoint(random.nextBoolean() ? 'a' + random.nextInt(26) : 0x00A0 + random.nextInt(0x2000));
        }
        return text.toString();
    }

    /** The text as the inside of a JSON string, every character outside printable ASCII as a \\u escape. */
    private static String escaped(String text) {
        StringBuilder json = new StringBuilder();
        for (char c : text.toCharArray()) {
            json.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? String.valueOf(c) : "\\u" + HexFormat.of().toHexDigits(c));
        }
        return json.toString();
    }

    private static JsonNode ok(ApiResponse response, String field) {
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data(field);
    }
}
