package com.memberpulse.support.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Raising tickets, seeing them, moving them through the workflow, and their history, over GraphQL per role. */
class TicketApiTest extends ApiIntegrationTest {

    static final String FIELDS = "id number reference subject description status priority sponsorTicket channel version followUpOf "
            + "category { id name } requester { id type name email } createdAt";
    static final String CREATE = "mutation($input: CreateTicketInput!) { createTicket(input: $input) { " + FIELDS + " } }";
    static final String GET = "query($id: ID!) { ticket(id: $id) { " + FIELDS + " } }";
    static final String STATUS = "mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { id status version resolvedAt closedAt } }";
    static final String PRIORITY = "mutation($input: ChangeTicketPriorityInput!) { changeTicketPriority(input: $input) { id priority version } }";
    static final String CATEGORY = "mutation($input: ChangeTicketCategoryInput!) { changeTicketCategory(input: $input) { id category { id } version } }";
    static final String HISTORY = "query($id: ID!) { ticket(id: $id) { history { field fromValue toValue note actor { type id name } } } }";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    Tenant tenant;
    String member;
    String otherMember;
    String sponsor;
    String agent;
    String admin;
    String categoryId;

    @BeforeEach
    void tenantWithUsers() {
        tenant = newTenant();
        member = userToken("member-1", "ROLE_MEMBER");
        otherMember = userToken("member-2", "ROLE_MEMBER");
        sponsor = userToken("sponsor-1", "ROLE_SPONSOR_USER");
        agent = userToken("agent-1", "ROLE_CLIENT_USER");
        admin = userToken("admin-1", "ROLE_CLIENT_ADMIN");
        categoryId = categoryIds(tenant).getFirst();
    }

    @Test
    void aMemberRaisesATicketForThemselvesWithTheNextNumber() {
        JsonNode first = create(member, "Cannot renew my membership", "<p>The renewal page fails.</p>");
        JsonNode second = create(member, "Second", "<p>Another</p>");

        assertThat(first.path("status").asString()).isEqualTo("OPEN");
        assertThat(first.path("priority").asString()).isEqualTo("MEDIUM");
        assertThat(first.path("sponsorTicket").asBoolean()).isFalse();
        assertThat(first.path("channel").asString()).isEqualTo("WEB");
        assertThat(first.path("requester").path("id").asString()).isEqualTo("member-1");
        assertThat(first.path("requester").path("type").asString()).isEqualTo("MEMBER");
        assertThat(first.path("category").path("id").asString()).isEqualTo(categoryId);
        assertThat(second.path("number").asLong()).isEqualTo(first.path("number").asLong() + 1);
        assertThat(second.path("reference").asString()).isEqualTo("#" + second.path("number").asLong());
    }

    @Test
    void aSponsorTicketStartsAtHighAndIsMarked() {
        JsonNode ticket = create(sponsor, "Booth at the conference", "<p>Where is our booth?</p>");

        assertThat(ticket.path("priority").asString()).isEqualTo("HIGH");
        assertThat(ticket.path("sponsorTicket").asBoolean()).isTrue();
        assertThat(ticket.path("requester").path("type").asString()).isEqualTo("SPONSOR");
    }

    @Test
    void staffRaiseTicketsOnBehalfOfARequesterOnly() {
        Map<String, Object> input = input("Phoned in", "<p>Called about an invoice</p>");
        input.put("channel", "PHONE");
        String sam = KeycloakUsers.create(tenant.slug(), "sam-" + UUID.randomUUID(), "Sam", "Sponsor", "ROLE_SPONSOR_USER");
        input.put("onBehalfOf", Map.of("id", sam, "type", "SPONSOR", "name", "Sam Sponsor", "email", "sam@example.org"));

        JsonNode ticket = api.graphql(agent, CREATE, Map.of("input", input)).data("createTicket");
        assertThat(ticket.path("requester").path("id").asString()).isEqualTo(sam);
        assertThat(ticket.path("channel").asString()).isEqualTo("PHONE");
        assertThat(ticket.path("priority").asString()).isEqualTo("HIGH");

        ApiResponse withoutRequester = api.graphql(agent, CREATE, Map.of("input", input("x", "<p>y</p>")));
        assertThat(withoutRequester.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(withoutRequester.errorField()).isEqualTo("input.onBehalfOf");

        ApiResponse memberOnBehalf = api.graphql(member, CREATE, Map.of("input", input));
        assertThat(memberOnBehalf.errorField()).isEqualTo("input.onBehalfOf");
    }

    @Test
    void theDescriptionIsSanitisedAndTheSubjectIsPlain() {
        JsonNode ticket = create(member, "  Hello \n  world  ",
                "<p onclick=\"steal()\">Hi <script>alert(1)</script><a href=\"javascript:alert(1)\">x</a><img src=\"http://evil/x.png\"><iframe src=\"http://evil\"></iframe><b>bold</b></p>");

        assertThat(ticket.path("subject").asString()).isEqualTo("Hello world");
        String description = ticket.path("description").asString();
        assertThat(description).contains("<b>bold</b>").doesNotContain("script", "onclick", "javascript", "img", "iframe", "alert");
    }

    @ParameterizedTest
    @ValueSource(strings = {"subject", "description"})
    void blankOrOverlongTextsAreRefusedOnTheirField(String field) {
        Map<String, Object> blank = input("Subject", "<p>Body</p>");
        blank.put(field, field.equals("description") ? "<p> <script>x</script> </p>" : "   ");
        ApiResponse refused = api.graphql(member, CREATE, Map.of("input", blank));
        assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.errorField()).isEqualTo("input." + field);

        Map<String, Object> tooLong = input("Subject", "<p>Body</p>");
        tooLong.put(field, "x".repeat(field.equals("subject") ? 201 : 20_001));
        assertThat(api.graphql(member, CREATE, Map.of("input", tooLong)).errorField()).isEqualTo("input." + field);
        assertThat(ticketCount()).isZero();
    }

    @Test
    void anArchivedOrUnknownCategoryCannotBeGivenToANewTicket() {
        ApiResponse archive = api.graphql(admin, "mutation($id: ID!) { archiveTicketCategory(id: $id) { id archived } }", Map.of("id", categoryId));
        assertThat(archive.hasErrors()).as(archive.body().toString()).isFalse();

        assertThat(api.graphql(member, CREATE, Map.of("input", input("a", "<p>b</p>"))).errorCode()).isEqualTo("CATEGORY_ARCHIVED");
        Map<String, Object> unknown = input("a", "<p>b</p>");
        unknown.put("categoryId", UUID.randomUUID().toString());
        assertThat(api.graphql(member, CREATE, Map.of("input", unknown)).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(ticketCount()).isZero();
    }

    @Test
    void archivingACategoryKeepsItsTicketsAndTheirCategory() {
        JsonNode ticket = create(member, "Kept", "<p>kept</p>");
        api.graphql(admin, "mutation($id: ID!) { archiveTicketCategory(id: $id) { id } }", Map.of("id", categoryId));

        JsonNode reloaded = api.graphql(agent, GET, Map.of("id", ticket.path("id").asString())).data("ticket");
        assertThat(reloaded.path("category").path("id").asString()).isEqualTo(categoryId);
    }

    @Test
    void requestersSeeOnlyTheirOwnTicketsAndEverythingElseIsNotFound() {
        String id = create(member, "Mine", "<p>mine</p>").path("id").asString();

        assertThat(api.graphql(member, GET, Map.of("id", id)).data("ticket").path("id").asString()).isEqualTo(id);
        assertThat(api.graphql(agent, GET, Map.of("id", id)).data("ticket").path("id").asString()).isEqualTo(id);
        assertThat(api.graphql(otherMember, GET, Map.of("id", id)).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(sponsor, GET, Map.of("id", id)).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(member, GET, Map.of("id", "not-a-uuid")).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(member, GET, Map.of("id", UUID.randomUUID().toString())).errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anotherTenantsTicketIsNotFoundForEveryOperation() {
        JsonNode ticket = create(member, "Tenant A", "<p>a</p>");
        String id = ticket.path("id").asString();
        Tenant other = newTenant();
        String otherAdmin = tokens.token(other.slug(), List.of("ROLE_CLIENT_ADMIN"), c -> c.subject("admin-1"));
        String otherCategory = categoryIds(other).getFirst();
        String otherPlatformAdmin = tokens.token(null, "ROLE_PLATFORM_ADMIN");

        assertThat(api.graphql(otherAdmin, GET, Map.of("id", id)).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(otherAdmin, HISTORY, Map.of("id", id)).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(otherAdmin, STATUS, Map.of("input", Map.of("id", id, "version", 0, "status", "IN_PROGRESS"))).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(otherAdmin, PRIORITY, Map.of("input", Map.of("id", id, "version", 0, "priority", "LOW"))).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(otherAdmin, CATEGORY, Map.of("input", Map.of("id", id, "version", 0, "categoryId", otherCategory))).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(otherPlatformAdmin, GET, Map.of("id", id), "X-MemberPulse-Tenant", other.slug()).errorCode()).isEqualTo("NOT_FOUND");
        // A category of the other tenant cannot be given to this tenant's ticket either.
        assertThat(api.graphql(admin, CATEGORY, Map.of("input", Map.of("id", id, "version", 0, "categoryId", otherCategory))).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(agent, GET, Map.of("id", id)).data("ticket").path("version").asInt()).isZero();
    }

    @Test
    void staffMoveTicketsThroughTheWorkflowAndClosedIsFinal() {
        JsonNode ticket = create(member, "Flow", "<p>flow</p>");
        String id = ticket.path("id").asString();

        JsonNode inProgress = status(agent, id, 0, "IN_PROGRESS").data("changeTicketStatus");
        assertThat(inProgress.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(inProgress.path("version").asInt()).isEqualTo(1);
        JsonNode resolved = status(agent, id, 1, "RESOLVED").data("changeTicketStatus");
        assertThat(resolved.path("resolvedAt").isNull()).isFalse();
        status(agent, id, 2, "WAITING");
        JsonNode closed = status(admin, id, 3, "CLOSED").data("changeTicketStatus");
        assertThat(closed.path("closedAt").isNull()).isFalse();

        ApiResponse reopen = status(admin, id, 4, "OPEN");
        assertThat(reopen.errorCode()).isEqualTo("INVALID_TRANSITION");
        assertThat(reopen.errorMessage()).contains("CLOSED").contains("OPEN");
        assertThat(status(agent, id, 4, "CLOSED").errorCode()).isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void aRequesterMayCloseTheirOwnTicketButNotMoveItOtherwise() {
        String id = create(member, "Close me", "<p>x</p>").path("id").asString();

        assertThat(status(member, id, 0, "IN_PROGRESS").errorCode()).isEqualTo("FORBIDDEN");
        assertThat(status(otherMember, id, 0, "CLOSED").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(status(member, id, 0, "CLOSED").data("changeTicketStatus").path("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String id = create(member, "Race", "<p>x</p>").path("id").asString();
        status(agent, id, 0, "IN_PROGRESS");

        ApiResponse stale = status(admin, id, 0, "WAITING");

        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(api.graphql(agent, GET, Map.of("id", id)).data("ticket").path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.graphql(admin, PRIORITY, Map.of("input", Map.of("id", id, "version", 0, "priority", "LOW"))).errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void onlyAdminsChangePriority() {
        String id = create(member, "Urgent?", "<p>x</p>").path("id").asString();

        for (String token : List.of(member, sponsor, agent)) {
            assertThat(api.graphql(token, PRIORITY, Map.of("input", Map.of("id", id, "version", 0, "priority", "HIGH"))).errorCode()).isEqualTo("FORBIDDEN");
        }
        JsonNode changed = api.graphql(admin, PRIORITY, Map.of("input", Map.of("id", id, "version", 0, "priority", "HIGH"))).data("changeTicketPriority");
        assertThat(changed.path("priority").asString()).isEqualTo("HIGH");
    }

    @Test
    void staffChangeTheCategoryButNotToAnArchivedOne() {
        String id = create(member, "Move me", "<p>x</p>").path("id").asString();
        List<String> categories = categoryIds(tenant);

        assertThat(api.graphql(member, CATEGORY, Map.of("input", Map.of("id", id, "version", 0, "categoryId", categories.get(1)))).errorCode()).isEqualTo("FORBIDDEN");
        JsonNode moved = api.graphql(agent, CATEGORY, Map.of("input", Map.of("id", id, "version", 0, "categoryId", categories.get(1)))).data("changeTicketCategory");
        assertThat(moved.path("category").path("id").asString()).isEqualTo(categories.get(1));

        api.graphql(admin, "mutation($id: ID!) { archiveTicketCategory(id: $id) { id } }", Map.of("id", categories.get(2)));
        assertThat(api.graphql(agent, CATEGORY, Map.of("input", Map.of("id", id, "version", 1, "categoryId", categories.get(2)))).errorCode()).isEqualTo("CATEGORY_ARCHIVED");
    }

    @Test
    void everyChangeIsInTheHistoryForStaffOnly() {
        String id = create(member, "History", "<p>x</p>").path("id").asString();
        status(agent, id, 0, "IN_PROGRESS");
        api.graphql(admin, PRIORITY, Map.of("input", Map.of("id", id, "version", 1, "priority", "HIGH", "note", "VIP member")));
        api.graphql(agent, CATEGORY, Map.of("input", Map.of("id", id, "version", 2, "categoryId", categoryIds(tenant).get(1))));

        // The ticket's own changes; its SLA clocks' steps and the notifications sent are entries of their own
        // (SlaClocksApiTest, the notification tests).
        List<JsonNode> history = api.graphql(agent, HISTORY, Map.of("id", id)).data("ticket").path("history").valueStream()
                .filter(entry -> !entry.path("field").asString().equals("SLA") && !entry.path("field").asString().equals("NOTIFICATION")).toList();
        assertThat(history).hasSize(4);
        assertThat(history.get(0).path("field").asString()).isEqualTo("CREATED");
        assertThat(history.get(0).path("actor").path("id").asString()).isEqualTo("member-1");
        assertThat(history.get(1).path("field").asString()).isEqualTo("STATUS");
        assertThat(history.get(1).path("fromValue").asString()).isEqualTo("OPEN");
        assertThat(history.get(1).path("toValue").asString()).isEqualTo("IN_PROGRESS");
        assertThat(history.get(1).path("actor").path("type").asString()).isEqualTo("USER");
        assertThat(history.get(2).path("note").asString()).isEqualTo("VIP member");
        assertThat(history.get(3).path("field").asString()).isEqualTo("CATEGORY");

        ApiResponse asMember = api.graphql(member, HISTORY, Map.of("id", id));
        assertThat(asMember.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(asMember.data("ticket").path("history").isNull()).isTrue();
    }

    @Test
    void historyCannotBeChangedOrRemovedEvenWithSql() {
        String id = create(member, "Immutable", "<p>x</p>").path("id").asString();

        for (String sql : List.of("update ticket_history set note = 'rewritten'", "delete from ticket_history", "truncate ticket_history")) {
            assertThatThrownBy(() -> TenantContext.callIn(tenant, () -> transactions.execute(s -> jdbc.update(sql))))
                    .as(sql).hasMessageContaining("append-only");
        }
        assertThat(api.graphql(agent, HISTORY, Map.of("id", id)).data("ticket").path("history").valueStream()
                .filter(entry -> !entry.path("field").asString().equals("SLA"))).hasSize(1);
    }

    @Test
    void aFollowUpOfAClosedTicketIsLinkedBothWays() {
        JsonNode ticket = create(member, "Done", "<p>x</p>");
        String id = ticket.path("id").asString();
        status(agent, id, 0, "CLOSED");

        Ticket followUp = asPlatformAdmin(() -> TenantContext.callIn(tenant, () -> transactions.execute(s -> {
            Ticket closed = ticketService.get(UUID.fromString(id));
            return ticketService.openFollowUp(closed, "<p>It broke again</p>", Actor.user("member-1", "Member One")).value();
        })));

        JsonNode loaded = api.graphql(member, GET, Map.of("id", followUp.id().toString())).data("ticket");
        assertThat(loaded.path("followUpOf").asString()).isEqualTo(id);
        assertThat(loaded.path("status").asString()).isEqualTo("OPEN");
        assertThat(loaded.path("requester").path("id").asString()).isEqualTo("member-1");
        JsonNode closedHistory = api.graphql(agent, HISTORY, Map.of("id", id)).data("ticket").path("history");
        assertThat(closedHistory.get(closedHistory.size() - 1).path("field").asString()).isEqualTo("FOLLOW_UP");
        assertThat(closedHistory.get(closedHistory.size() - 1).path("toValue").asString()).isEqualTo(loaded.path("reference").asString());
    }

    @Autowired
    TicketService ticketService;

    // --- helpers shared with the queue tests

    String userToken(String subject, String role) {
        return tokens.token(tenant.slug(), List.of(role), c -> c.subject(subject).claim("name", subject + " name"));
    }

    JsonNode create(String token, String subject, String description) {
        ApiResponse response = api.graphql(token, CREATE, Map.of("input", input(subject, description)));
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data("createTicket");
    }

    Map<String, Object> input(String subject, String description) {
        Map<String, Object> input = new HashMap<>();
        input.put("subject", subject);
        input.put("description", description);
        input.put("categoryId", categoryId);
        return input;
    }

    ApiResponse status(String token, String id, int version, String status) {
        return api.graphql(token, STATUS, Map.of("input", Map.of("id", id, "version", version, "status", status)));
    }

    List<String> categoryIds(Tenant of) {
        String token = tokens.token(of.slug(), "ROLE_CLIENT_ADMIN");
        JsonNode categories = api.graphql(token, "{ ticketCategories { id } }").data("ticketCategories");
        return categories.valueStream().map(c -> c.path("id").asString()).toList();
    }

    long ticketCount() {
        return TenantContext.callIn(tenant, () -> transactions.execute(s -> jdbc.queryForObject("select count(*) from ticket", Long.class)));
    }
}
