package com.memberpulse.support.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Canned responses over GraphQL: who sees and manages which, search, categories, shortcuts, rendering, tenancy. */
class CannedResponseTest extends ResponseApiTest {

    static final String FIELDS = "{ id title body shortcut shared categories { id name } createdAt updatedAt version }";
    static final String LIST = "query($search: String, $categoryId: ID) { cannedResponses(search: $search, categoryId: $categoryId) "
            + FIELDS + " }";
    static final String CREATE = "mutation($input: CreateCannedResponseInput!) { createCannedResponse(input: $input) " + FIELDS + " }";
    static final String UPDATE = "mutation($input: UpdateCannedResponseInput!) { updateCannedResponse(input: $input) " + FIELDS + " }";
    static final String DELETE = "mutation($id: ID!) { deleteCannedResponse(id: $id) }";
    static final String RENDER = "query($id: ID!, $ticketId: ID!) { renderCannedResponse(id: $id, ticketId: $ticketId) { subject body } }";

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN"})
    void requestersCannotUseCannedResponses(String role) {
        JsonNode shared = create(as(admin), input("Welcome", "<p>Hi</p>", "welcome", true));
        String ticketId = ticket(tenant, "Mia Member", "Help").path("id").asString();

        everyOperationIsForbidden(as(user(tenant, "requester-x", "Rex Requester", role)), shared, ticketId);

        assertThat(list(as(admin), null, null)).containsExactly(shared);
    }

    @Test
    void aPlatformAdminWithoutTheTenantHeaderIsForbidden() {
        JsonNode shared = create(as(admin), input("Welcome", "<p>Hi</p>", "welcome", true));
        String ticketId = ticket(tenant, "Mia Member", "Help").path("id").asString();
        String platformAdmin = tokens.token(null, "ROLE_PLATFORM_ADMIN");

        everyOperationIsForbidden(as(platformAdmin), shared, ticketId);

        assertThat(list(as(admin), null, null)).containsExactly(shared);
    }

    @Test
    void anAgentKeepsPersonalResponsesAndUsesTheSharedOnes() {
        JsonNode shared = create(as(admin), input("Welcome", "<p>Hi {{member.firstName}}</p>", "welcome", true));
        String ticketId = ticket(tenant, "Mia Member", "Help").path("id").asString();

        JsonNode own = create(as(agent), input("Apology", "<p>Sorry, {{member.firstName}}.</p>", "sorry", null));
        assertThat(own.path("shared").asBoolean()).isFalse();
        assertThat(own.path("version").asInt()).isZero();
        assertThat(list(as(agent), null, null)).containsExactly(own, shared);

        JsonNode updated = ok(as(agent).call(UPDATE, update(own, "Apology", "<p>So sorry, {{member.firstName}}.</p>", null)),
                "updateCannedResponse");
        assertThat(updated.path("version").asInt()).isEqualTo(1);
        assertThat(updated.path("shortcut").isNull()).isTrue();
        assertThat(render(as(agent), updated, ticketId)).isEqualTo("<p>So sorry, Mia.</p>");
        assertThat(render(as(agent), shared, ticketId)).isEqualTo("<p>Hi Mia</p>");

        assertThat(as(agent).call(CREATE, Map.of("input", input("Shared", "<p>x</p>", null, true))).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(as(agent).call(UPDATE, update(shared, "Taken over", "<p>x</p>", null)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(as(agent).call(DELETE, Map.of("id", shared.path("id").asString())).errorCode()).isEqualTo("FORBIDDEN");

        assertThat(ok(as(agent).call(DELETE, Map.of("id", own.path("id").asString())), "deleteCannedResponse").asString())
                .isEqualTo(own.path("id").asString());
        assertThat(list(as(agent), null, null)).containsExactly(shared);
    }

    @Test
    void aClientAdminManagesSharedResponses() {
        managesSharedAndOwnResponses(as(admin));
    }

    @Test
    void aPlatformAdminNamingTheTenantManagesSharedResponses() {
        managesSharedAndOwnResponses(asPlatformAdminIn(tenant));
    }

    @Test
    void personalResponsesAreSeenAndChangedByTheirOwnerOnly() {
        JsonNode own = create(as(agent), input("Mine", "<p>Only mine</p>", "mine", null));
        String ticketId = ticket(tenant, "Mia Member", "Help").path("id").asString();

        for (Caller other : List.of(as(otherAgent), as(admin), asPlatformAdminIn(tenant))) {
            assertThat(list(other, null, null)).isEmpty();
            assertThat(list(other, "mine", null)).isEmpty();
            assertThat(other.call(UPDATE, update(own, "Stolen", "<p>x</p>", null)).errorCode()).isEqualTo("NOT_FOUND");
            assertThat(other.call(DELETE, Map.of("id", own.path("id").asString())).errorCode()).isEqualTo("NOT_FOUND");
            assertThat(other.call(RENDER, Map.of("id", own.path("id").asString(), "ticketId", ticketId)).errorCode()).isEqualTo("NOT_FOUND");
        }

        assertThat(list(as(agent), null, null)).containsExactly(own);
    }

    @Test
    void searchLooksInTitleShortcutAndTextIgnoringCaseAndNotInMarkup() {
        JsonNode refund = create(as(admin), input("Refund issued", "<p>Your money is on its way.</p>", "refund", true));
        JsonNode invoice = create(as(admin), input("Invoice copy", "<p>Attached is your <strong>invoice</strong>.</p>", "inv", true));
        JsonNode discount = create(as(agent), input("50% discount", "<p>Members get 50% off REFUNDABLE events.</p>", null, null));

        assertThat(strings(list(as(agent), "REFUND", null), "id")).containsExactly(
                refund.path("id").asString(), discount.path("id").asString());
        assertThat(strings(list(as(agent), "money", null), "id")).containsExactly(refund.path("id").asString());
        assertThat(strings(list(as(agent), "INV", null), "id")).containsExactly(invoice.path("id").asString());
        assertThat(list(as(agent), "strong", null)).isEmpty();
        assertThat(strings(list(as(agent), "0%", null), "id")).containsExactly(discount.path("id").asString());
        assertThat(list(as(agent), "_", null)).isEmpty();
        assertThat(list(as(agent), "   ", null)).hasSize(3);
        assertThat(strings(list(as(agent), null, null), "title")).containsExactly("50% discount", "Invoice copy", "Refund issued");

        assertRefused(as(agent).call(LIST, Map.of("search", "s".repeat(201))), "VALIDATION_FAILED", "search");
    }

    @Test
    void anExactShortcutComesFirstAndAnAgentsOwnBeforeTheSharedOne() {
        JsonNode sharedThanks = create(as(admin), input("Thanks", "<p>Thanks from the team</p>", "thanks", true));
        JsonNode aboutThanks = create(as(admin), input("A note on thanks", "<p>x</p>", "note", true));
        JsonNode ownThanks = create(as(agent), input("Thanks", "<p>Thanks from me</p>", "thanks", null));

        assertThat(strings(list(as(agent), "thanks", null), "id")).containsExactly(ownThanks.path("id").asString(),
                sharedThanks.path("id").asString(), aboutThanks.path("id").asString());
        assertThat(strings(list(as(otherAgent), "thanks", null), "id")).containsExactly(sharedThanks.path("id").asString(),
                aboutThanks.path("id").asString());
    }

    @Test
    void responsesAreScopedToCategoriesAndUnscopedOnesSuitEveryTicket() {
        String billing = categoryId(tenant, "Billing");
        String events = categoryId(tenant, "Events");
        JsonNode everywhere = create(as(admin), input("Greeting", "<p>Hello</p>", null, true));
        Map<String, Object> billingInput = input("Refund", "<p>Refunded</p>", null, true);
        billingInput.put("categoryIds", List.of(billing, billing));
        JsonNode billingOnly = create(as(admin), billingInput);
        Map<String, Object> bothInput = input("Receipt", "<p>Receipt</p>", null, null);
        bothInput.put("categoryIds", List.of(events, billing));
        JsonNode both = create(as(agent), bothInput);

        assertThat(strings(billingOnly.path("categories"), "name")).containsExactly("Billing");
        assertThat(strings(both.path("categories"), "name")).containsExactly("Events", "Billing");
        assertThat(everywhere.path("categories").isEmpty()).isTrue();
        assertThat(strings(list(as(agent), null, billing), "title")).containsExactly("Greeting", "Receipt", "Refund");
        assertThat(strings(list(as(agent), null, events), "title")).containsExactly("Greeting", "Receipt");
        assertThat(strings(list(as(agent), null, categoryId(tenant, "LMS")), "title")).containsExactly("Greeting");
        assertThat(strings(list(as(agent), "RECEIPT", events), "title")).containsExactly("Receipt");

        JsonNode unscoped = ok(as(agent).call(UPDATE, update(both, "Receipt", "<p>Receipt</p>", null, List.of())), "updateCannedResponse");
        assertThat(unscoped.path("categories").isEmpty()).isTrue();
        assertThat(strings(list(as(agent), null, categoryId(tenant, "LMS")), "title")).containsExactly("Greeting", "Receipt");

        api.graphql(admin, "mutation($id: ID!) { archiveTicketCategory(id: $id) { id } }", Map.of("id", billing));
        assertThat(strings(list(as(agent), null, billing), "title")).containsExactly("Greeting", "Receipt", "Refund");
    }

    @Test
    void unknownCategoriesAreNotFound() {
        String othersCategory = categoryId(newTenant(), "Billing");

        for (String id : List.of(othersCategory, UUID.randomUUID().toString(), "not-an-id")) {
            assertThat(as(agent).call(LIST, Map.of("categoryId", id)).errorCode()).as(id).isEqualTo("NOT_FOUND");
            Map<String, Object> scoped = input("Scoped", "<p>x</p>", null, null);
            scoped.put("categoryIds", List.of(categoryId(tenant, "Billing"), id));
            assertRefused(as(agent).call(CREATE, Map.of("input", scoped)), "NOT_FOUND", "input.categoryIds");
        }

        assertThat(list(as(agent), null, null)).isEmpty();
    }

    @Test
    void aShortcutIsUniquePerOwner() {
        JsonNode mine = create(as(agent), input("Thanks", "<p>Thanks</p>", "thanks", null));
        create(as(otherAgent), input("Thanks", "<p>Thanks</p>", "thanks", null));
        JsonNode shared = create(as(admin), input("Thanks", "<p>Thanks</p>", "Thanks", true));
        create(as(admin), input("Thanks", "<p>Thanks</p>", "thanks", null));

        assertRefused(as(agent).call(CREATE, Map.of("input", input("Again", "<p>x</p>", " THANKS ", null))), "VALIDATION_FAILED", "input.shortcut");
        assertRefused(as(admin).call(CREATE, Map.of("input", input("Again", "<p>x</p>", "thanks", true))), "VALIDATION_FAILED", "input.shortcut");
        JsonNode other = create(as(agent), input("Other", "<p>x</p>", "other", null));
        assertRefused(as(agent).call(UPDATE, update(other, "Other", "<p>x</p>", "thanks")), "VALIDATION_FAILED", "input.shortcut");

        ok(as(agent).call(DELETE, Map.of("id", mine.path("id").asString())), "deleteCannedResponse");
        assertThat(ok(as(agent).call(UPDATE, update(other, "Other", "<p>x</p>", "thanks")), "updateCannedResponse")
                .path("shortcut").asString()).isEqualTo("thanks");
        assertThat(shared.path("shortcut").asString()).isEqualTo("thanks");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonNode created = create(as(agent), input("Thanks", "<p>Thanks</p>", "thanks", null));
        JsonNode updated = ok(as(agent).call(UPDATE, update(created, "Many thanks", "<p>Many thanks</p>", "thanks")), "updateCannedResponse");

        ApiResponse stale = as(agent).call(UPDATE, update(created, "Cheers", "<p>Cheers</p>", "cheers"));

        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(list(as(agent), null, null)).containsExactly(updated);
    }

    @Test
    void textsAreValidatedOnTheirFieldsAndTheBodyStoredSanitised() {
        assertRefused(as(agent).call(CREATE, Map.of("input", input(" ", "<p>x</p>", null, null))), "VALIDATION_FAILED", "input.title");
        assertRefused(as(agent).call(CREATE, Map.of("input", input("T", "<p><script>x</script></p>", null, null))), "VALIDATION_FAILED", "input.body");
        assertRefused(as(agent).call(CREATE, Map.of("input", input("T", "<p>x</p>", "two words", null))), "VALIDATION_FAILED", "input.shortcut");

        ApiResponse unknown = as(agent).call(CREATE, Map.of("input", input("T", "<p>{{#member.name}}{{member.nickname}}{{/member.name}}</p>", null, null)));
        assertRefused(unknown, "VALIDATION_FAILED", "input.body");
        assertThat(unknown.errorMessage()).contains("'member.nickname'");
        ApiResponse unescaped = as(agent).call(CREATE, Map.of("input", input("T", "<p>{{{member.name}}}</p>", null, null)));
        assertRefused(unescaped, "VALIDATION_FAILED", "input.body");
        assertThat(unescaped.errorMessage()).contains("without escaping");
        ApiResponse unclosed = as(agent).call(CREATE, Map.of("input", input("T", "<p>{{#member.name}}Dear</p>", null, null)));
        assertRefused(unclosed, "VALIDATION_FAILED", "input.body");
        assertThat(unclosed.errorMessage()).contains("not closed with {{/member.name}}");
        assertThat(list(as(agent), null, null)).isEmpty();

        JsonNode created = create(as(agent), input("  Dirty  ", "<p onclick=\"x()\">Hi<img src=\"http://evil/x.png\"><script>x()</script></p>", null, null));
        assertThat(created.path("title").asString()).isEqualTo("Dirty");
        assertThat(created.path("body").asString()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void renderingFillsInTheTicketWithEveryValueEscaped() {
        JsonNode ticket = ticket(tenant, "<script>alert(1)</script> O'Hara", "Refund <b>now</b>");
        JsonNode response = create(as(agent), input("Reply", "<p>Dear {{member.firstName}} {{member.lastName}},</p>"
                + "<p>about {{ticket.reference}} \"{{ticket.subject}}\" ({{ticket.category}}, {{ticket.status}}):"
                + " {{agent.firstName}} of {{client.name}}</p>", null, null));

        String body = render(as(agent), response, ticket.path("id").asString());

        assertThat(body).isEqualTo("<p>Dear &lt;script&gt;alert(1)&lt;/script&gt; O'Hara,</p><p>about #" + ticket.path("number").asLong()
                + " \"Refund &lt;b&gt;now&lt;/b&gt;\" (Billing, open): Ann of " + tenant.name() + "</p>");
        assertThat(as(agent).call(RENDER, Map.of("id", response.path("id").asString(), "ticketId", ticket.path("id").asString()))
                .data("renderCannedResponse").path("subject").isNull()).isTrue();
    }

    @Test
    void anotherTenantsIdsAreNotFound() {
        Tenant other = newTenant();
        String otherAdmin = user(other, "admin-1", "Ada Admin", "ROLE_CLIENT_ADMIN");
        JsonNode othersResponse = create(as(otherAdmin), input("Theirs", "<p>Theirs</p>", "theirs", true));
        String othersTicket = ticket(other, "Oli Other", "Theirs").path("id").asString();
        JsonNode ours = create(as(admin), input("Ours", "<p>Ours</p>", "ours", true));
        String ourTicket = ticket(tenant, "Mia Member", "Ours").path("id").asString();

        for (String id : List.of(othersResponse.path("id").asString(), UUID.randomUUID().toString(), "not-an-id")) {
            Map<String, Object> rename = new HashMap<>(Map.of("id", id, "version", 0, "title", "Taken over", "body", "<p>x</p>"));
            assertThat(as(admin).call(UPDATE, Map.of("input", rename)).errorCode()).as(id).isEqualTo("NOT_FOUND");
            assertThat(as(admin).call(DELETE, Map.of("id", id)).errorCode()).as(id).isEqualTo("NOT_FOUND");
            assertThat(as(admin).call(RENDER, Map.of("id", id, "ticketId", ourTicket)).errorCode()).as(id).isEqualTo("NOT_FOUND");
        }
        for (String ticketId : List.of(othersTicket, UUID.randomUUID().toString(), "not-an-id")) {
            assertThat(as(admin).call(RENDER, Map.of("id", ours.path("id").asString(), "ticketId", ticketId)).errorCode())
                    .as(ticketId).isEqualTo("NOT_FOUND");
        }

        assertThat(list(as(otherAdmin), null, null)).containsExactly(othersResponse);
        assertThat(list(as(admin), null, null)).containsExactly(ours);
    }

    private void managesSharedAndOwnResponses(Caller caller) {
        String ticketId = ticket(tenant, "Mia Member", "Help").path("id").asString();
        JsonNode shared = create(caller, input("Welcome", "<p>Welcome, {{member.firstName}}!</p>", "welcome", true));
        assertThat(shared.path("shared").asBoolean()).isTrue();
        JsonNode own = create(caller, input("Private", "<p>Mine</p>", "welcome", false));
        assertThat(own.path("shared").asBoolean()).isFalse();

        JsonNode updated = ok(caller.call(UPDATE, update(shared, "Welcome aboard", "<p>Welcome aboard, {{member.firstName}}!</p>", "hello")),
                "updateCannedResponse");
        assertThat(updated.path("shared").asBoolean()).isTrue();
        assertThat(updated.path("shortcut").asString()).isEqualTo("hello");
        assertThat(render(caller, updated, ticketId)).isEqualTo("<p>Welcome aboard, Mia!</p>");
        assertThat(list(as(agent), null, null)).containsExactly(updated);
        assertThat(list(caller, null, null)).containsExactly(own, updated);

        ok(caller.call(DELETE, Map.of("id", updated.path("id").asString())), "deleteCannedResponse");
        assertThat(list(as(agent), null, null)).isEmpty();
    }

    private void everyOperationIsForbidden(Caller caller, JsonNode shared, String ticketId) {
        List<ApiResponse> responses = List.of(
                caller.call(LIST, Map.of()),
                caller.call(CREATE, Map.of("input", input("Mine", "<p>x</p>", null, null))),
                caller.call(CREATE, Map.of("input", input("Shared", "<p>x</p>", null, true))),
                caller.call(UPDATE, update(shared, "Taken over", "<p>x</p>", null)),
                caller.call(DELETE, Map.of("id", shared.path("id").asString())),
                caller.call(RENDER, Map.of("id", shared.path("id").asString(), "ticketId", ticketId)));
        assertThat(responses).allSatisfy(response -> assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("FORBIDDEN"));
    }

    private static JsonNode create(Caller caller, Map<String, Object> input) {
        return ok(caller.call(CREATE, Map.of("input", input)), "createCannedResponse");
    }

    private static List<JsonNode> list(Caller caller, String search, String categoryId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("search", search);
        variables.put("categoryId", categoryId);
        return elements(ok(caller.call(LIST, variables), "cannedResponses"));
    }

    private static String render(Caller caller, JsonNode response, String ticketId) {
        return ok(caller.call(RENDER, Map.of("id", response.path("id").asString(), "ticketId", ticketId)), "renderCannedResponse")
                .path("body").asString();
    }

    private static Map<String, Object> input(String title, String body, String shortcut, Boolean shared) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("body", body);
        input.put("shortcut", shortcut);
        if (shared != null) {
            input.put("shared", shared);
        }
        return input;
    }

    private static Map<String, Object> update(JsonNode response, String title, String body, String shortcut) {
        return update(response, title, body, shortcut, strings(response.path("categories"), "id"));
    }

    private static Map<String, Object> update(JsonNode response, String title, String body, String shortcut, List<String> categoryIds) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", response.path("id").asString());
        input.put("version", response.path("version").asInt());
        input.put("title", title);
        input.put("body", body);
        input.put("shortcut", shortcut);
        input.put("categoryIds", categoryIds);
        return Map.of("input", input);
    }
}
