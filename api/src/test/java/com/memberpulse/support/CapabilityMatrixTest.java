package com.memberpulse.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.GraphQlWsClient;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SPEC section 2's capability matrix, row by row, for every role: each row's operation either works or is
 * refused with FORBIDDEN, exactly as the matrix says.
 */
class CapabilityMatrixTest extends ApiIntegrationTest {

    /** Who calls: the realm role, and for a platform admin whether they name the tenant. */
    enum Caller {
        MEMBER("ROLE_MEMBER", false), SPONSOR_USER("ROLE_SPONSOR_USER", false), SPONSOR_ADMIN("ROLE_SPONSOR_ADMIN", false),
        AGENT("ROLE_CLIENT_USER", false), ADMIN("ROLE_CLIENT_ADMIN", false),
        PLATFORM_ADMIN_WITHOUT_TENANT("ROLE_PLATFORM_ADMIN", false), PLATFORM_ADMIN_NAMING_TENANT("ROLE_PLATFORM_ADMIN", true);

        final String role;
        final boolean namesTenant;

        Caller(String role, boolean namesTenant) {
            this.role = role;
            this.namesTenant = namesTenant;
        }

        boolean isStaff() {
            return this == AGENT || this == ADMIN || this == PLATFORM_ADMIN_NAMING_TENANT;
        }

        boolean isAdmin() {
            return this == ADMIN || this == PLATFORM_ADMIN_NAMING_TENANT;
        }
    }

    private Tenant tenant;
    private String ticketId;
    private String categoryId;
    private String agentId;

    @BeforeEach
    void ticket() {
        tenant = newTenant();
        String member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("matrix-member"));
        categoryId = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        ticketId = api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Matrix\", description: \"<p>x</p>\", categoryId: $c}) { id } }",
                Map.of("c", categoryId)).data("createTicket").path("id").asString();
        // A real agent of the tenant in Keycloak, synced, to assign tickets to.
        agentId = KeycloakUsers.create(tenant.slug(), "matrix." + tenant.slug(), "Matrix", "Agent", "ROLE_CLIENT_USER");
        api.graphql(tokens.token(tenant.slug(), "ROLE_CLIENT_ADMIN"), "mutation { syncSupportAgents { added } }");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void assignReassignAndUnassign(Caller caller) {
        expect(call(caller, "mutation($id: ID!, $a: ID!) { assignTicket(input: {id: $id, version: 0, agentId: $a}) { assignee { id } } }",
                Map.of("id", ticketId, "a", agentId)), caller.isAdmin());
        if (caller.isAdmin()) {
            expect(call(caller, "mutation($id: ID!) { unassignTicket(input: {id: $id, version: 1}) { id } }", Map.of("id", ticketId)), true);
        } else {
            expect(call(caller, "mutation($id: ID!) { unassignTicket(input: {id: $id, version: 0}) { id } }", Map.of("id", ticketId)), false);
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void manageAssignmentRulesAndSupportTeamSettings(Caller caller) {
        ApiResponse rule = call(caller, "mutation($a: ID!) { createAssignmentRule(input: {name: \"Matrix rule\", agentId: $a}) { id } }",
                Map.of("a", agentId));
        expect(rule, caller.isAdmin());
        expect(call(caller, "{ assignmentRules { id } }", Map.of()), caller.isAdmin());
        ApiResponse team = call(caller, "mutation { createSupportTeam(input: {name: \"Matrix team\"}) { id } }", Map.of());
        expect(team, caller.isAdmin());
        // Those refused never learn whether an id exists: FORBIDDEN comes first.
        String ruleId = caller.isAdmin() ? rule.data("createAssignmentRule").path("id").asString() : "00000000-0000-0000-0000-000000000001";
        String teamId = caller.isAdmin() ? team.data("createSupportTeam").path("id").asString() : "00000000-0000-0000-0000-000000000002";
        expect(call(caller, "mutation($id: ID!, $a: ID!) { updateAssignmentRule(input: {id: $id, version: 0, name: \"Renamed\", agentId: $a}) { id } }",
                Map.of("id", ruleId, "a", agentId)), caller.isAdmin());
        expect(call(caller, "mutation($id: ID!) { reorderAssignmentRules(ids: [$id]) { id } }", Map.of("id", ruleId)), caller.isAdmin());
        expect(call(caller, "mutation($id: ID!) { deleteAssignmentRule(id: $id) }", Map.of("id", ruleId)), caller.isAdmin());
        expect(call(caller, "mutation($id: ID!) { updateSupportTeam(input: {id: $id, version: 0, name: \"Renamed team\"}) { id } }",
                Map.of("id", teamId)), caller.isAdmin());
        expect(call(caller, "mutation($id: ID!) { deleteSupportTeam(id: $id) }", Map.of("id", teamId)), caller.isAdmin());
        expect(call(caller, "mutation($a: ID!) { updateSupportAgent(input: {id: $a, version: 0, capacity: 30}) { capacity } }", Map.of("a", agentId)),
                caller.isAdmin());
        expect(call(caller, "mutation { syncSupportAgents { added } }", Map.of()), caller.isAdmin());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void viewTheSupportTeam(Caller caller) {
        expect(call(caller, "{ supportAgents { id } supportTeams { id } }", Map.of()), caller.isStaff());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void viewAllTicketsOfTheTenant(Caller caller) {
        ApiResponse response = call(caller, "{ tickets { edges { node { id followUps { id } } } } }", Map.of());
        expect(response, caller.isStaff());
        if (caller.isStaff()) {
            assertThat(response.data("tickets").path("edges").get(0).path("node").path("id").asString()).isEqualTo(ticketId);
        }
    }

    /** SLA set-up: staff read it, admins change it; a ticket's SLA is staff-only like its history. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void readAndChangeTheSlaSetUp(Caller caller) {
        ApiResponse read = call(caller, "{ slaPolicies { id version requesterType } businessCalendars { id version } slaSettings { updatedAt } }",
                Map.of());
        expect(read, caller.isStaff());
        // Not their ticket: a requester learns nothing of it (FORBIDDEN or NOT_FOUND, as for its history).
        expectAllowedOrRefused(call(caller, "query($id: ID!) { ticket(id: $id) { sla { firstResponse { state } } } }", Map.of("id", ticketId)),
                caller.isStaff());
        String calendarId = caller.isStaff() ? read.data("businessCalendars").get(0).path("id").asString() : "00000000-0000-0000-0000-000000000003";
        String policyId = caller.isStaff() ? read.data("slaPolicies").get(0).path("id").asString() : "00000000-0000-0000-0000-000000000004";
        String seen = caller.isStaff() ? read.data("slaSettings").path("updatedAt").asString() : "2026-01-01T00:00:00.000Z";
        expect(call(caller, "mutation($id: ID!) { upsertBusinessCalendar(input: {id: $id, version: 0, name: \"Office hours\","
                + " timeZone: \"Europe/London\", weeklyHours: [{day: MONDAY, shifts: [{from: \"08:00\", to: \"16:00\"}]}]}) { id } }",
                Map.of("id", calendarId)), caller.isAdmin());
        String targets = "[{priority: LOW, firstResponseMinutes: 60, resolutionMinutes: 600},"
                + " {priority: MEDIUM, firstResponseMinutes: 60, resolutionMinutes: 600}, {priority: HIGH, firstResponseMinutes: 30, resolutionMinutes: 300}]";
        expect(call(caller, "mutation($id: ID!) { upsertSlaPolicy(input: {id: $id, version: 0, name: \"Changed\", requesterType: MEMBER, targets: "
                + targets + "}) { id } }", Map.of("id", policyId)), caller.isAdmin());
        expect(call(caller, "mutation($at: DateTime!) { updateSlaSettings(input: {autoCloseAfterDays: 3, updatedAt: $at}) { autoCloseAfterDays } }",
                Map.of("at", seen)), caller.isAdmin());
        expect(call(caller, "mutation($id: ID!) { deleteSlaPolicy(id: $id) }", Map.of("id", policyId)), caller.isAdmin());
    }

    /** Support reports are staff's: they count every ticket of the tenant, this one among them. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void seeTicketReports(Caller caller) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ApiResponse response = call(caller, "query($from: DateTime!, $to: DateTime!) { ticketReport(from: $from, to: $to, groupBy: CATEGORY) { total { raised } } }",
                Map.of("from", now.minus(1, ChronoUnit.DAYS).toString(), "to", now.plus(1, ChronoUnit.DAYS).toString()));
        expect(response, caller.isStaff());
        if (caller.isStaff()) {
            assertThat(response.data("ticketReport").path("total").path("raised").asInt()).isEqualTo(1);
        }
    }

    /** Raising a ticket on a member's behalf starts with finding them: staff only, like every look-up of the tenant's people. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void lookUpWhoToRaiseATicketFor(Caller caller) {
        expect(call(caller, "{ findRequesters(search: \"matrix\") { id } }", Map.of()), caller.isStaff());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void respondWithAReplyOrAnInternalNote(Caller caller) {
        ApiResponse note = call(caller, "mutation($id: ID!) { addInternalNote(input: {ticketId: $id, body: \"<p>note</p>\"}) { id } }",
                Map.of("id", ticketId));
        expect(note, caller.isStaff());
        ApiResponse reply = call(caller, "mutation($id: ID!) { replyToTicket(input: {ticketId: $id, body: \"<p>reply</p>\"}) { ticket { id } } }",
                Map.of("id", ticketId));
        // Requesters reply on their own tickets only: this one is another member's.
        expectAllowedOrRefused(reply, caller.isStaff());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void changePriority(Caller caller) {
        expect(call(caller, "mutation($id: ID!) { changeTicketPriority(input: {id: $id, version: 0, priority: LOW}) { priority } }",
                Map.of("id", ticketId)), caller.isAdmin());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void changeStatusIncludingResolveAndClose(Caller caller) {
        ApiResponse resolve = call(caller, "mutation($id: ID!) { changeTicketStatus(input: {id: $id, version: 0, status: RESOLVED}) { status } }",
                Map.of("id", ticketId));
        // Requesters are refused because the ticket is not theirs (NOT_FOUND) or the move is not theirs (FORBIDDEN).
        expectAllowedOrRefused(resolve, caller.isStaff());
        if (caller.isStaff()) {
            ApiResponse close = call(caller, "mutation($id: ID!) { changeTicketStatus(input: {id: $id, version: 1, status: CLOSED}) { status } }",
                    Map.of("id", ticketId));
            assertThat(close.data("changeTicketStatus").path("status").asString()).isEqualTo("CLOSED");
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void manageCategories(Caller caller) {
        expect(call(caller, "mutation { createTicketCategory(input: {name: \"Matrix category\"}) { id } }", Map.of()), caller.isAdmin());
        expect(call(caller, "mutation($id: ID!) { archiveTicketCategory(id: $id) { id } }", Map.of("id", categoryId)), caller.isAdmin());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void manageSharedCannedResponsesAndResponseTemplates(Caller caller) {
        expect(call(caller, "mutation { createCannedResponse(input: {title: \"Thanks\", body: \"<p>Thanks!</p>\", shared: true}) { id } }",
                Map.of()), caller.isAdmin());
        expect(call(caller, "mutation { createResponseTemplate(input: {name: \"Greeting\", body: \"<p>Hi {{member.firstName}}</p>\"}) { id } }",
                Map.of()), caller.isAdmin());
    }

    /** The tenant's file limits are configuration: admins read and change them; nobody else sees them. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void readAndChangeAttachmentLimits(Caller caller) {
        ApiResponse read = call(caller, "{ attachmentSettings { maxFileBytes maxFilesPerMessage updatedAt } }", Map.of());
        expect(read, caller.isAdmin());
        String seen = caller.isAdmin() ? read.data("attachmentSettings").path("updatedAt").asString() : "2026-01-01T00:00:00.000Z";
        expect(call(caller, "mutation($at: DateTime!) { updateAttachmentSettings(input: {maxFileBytes: 10485760, maxFilesPerMessage: 5,"
                + " updatedAt: $at}) { maxFileBytes } }", Map.of("at", seen)), caller.isAdmin());
    }

    /**
     * Previewing a template's text before it is saved stores nothing: staff, like rendering a saved one (agents preview
     * the text of their personal canned responses), against a ticket or the sample one.
     */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void previewAnUnsavedTemplate(Caller caller) {
        String preview = "query($t: ID) { previewResponseTemplate(input: {kind: STATUS_CHANGED, subject: \"{{ticket.reference}}\","
                + " body: \"<p>Hi {{member.firstName}}</p>\", ticketId: $t}) { subject body } }";
        expect(call(caller, preview, Map.of("t", ticketId)), caller.isStaff());
        expect(call(caller, preview, Map.of()), caller.isStaff());
    }

    /** How notifications go out is configuration: admins read and change it, rotate the secret and re-send parked ones. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void configureNotificationsAndResendParkedOnes(Caller caller) {
        ApiResponse read = call(caller, "{ notificationSettings { emailEnabled updatedAt } }", Map.of());
        expect(read, caller.isAdmin());
        String seen = caller.isAdmin() ? read.data("notificationSettings").path("updatedAt").asString() : "2026-01-01T00:00:00.000Z";
        expect(call(caller, "mutation($at: DateTime!) { updateNotificationSettings(input: {emailEnabled: true, webhookEnabled: false,"
                + " updatedAt: $at}) { emailEnabled } }", Map.of("at", seen)), caller.isAdmin());
        expect(call(caller, "mutation { rotateWebhookSecret(input: {overlapMinutes: 0}) { secret } }", Map.of()), caller.isAdmin());
        expect(call(caller, "{ parkedNotifications { totalCount edges { node { id } } } }", Map.of()), caller.isAdmin());
        expect(call(caller, "mutation { resendParkedNotifications(ids: [\"0\"]) { requested notFound } }", Map.of()), caller.isAdmin());
    }

    /** Whether to get e-mail is a member's own choice; staff notifications are their work, so staff have none. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void chooseWhetherToGetEmail(Caller caller) {
        boolean requester = caller == Caller.MEMBER || caller == Caller.SPONSOR_USER || caller == Caller.SPONSOR_ADMIN;
        expect(call(caller, "{ myNotificationPreferences { emailOptOut } }", Map.of()), requester);
        expect(call(caller, "mutation { updateMyNotificationPreferences(input: {emailOptOut: true}) { emailOptOut } }", Map.of()), requester);
    }

    /** What was told about a ticket, to whom, is the staff's to see (requesters see the conversation, not its deliveries). */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void seeATicketsNotificationDeliveries(Caller caller) {
        expectAllowedOrRefused(call(caller, "query($t: ID!) { ticket(id: $t) { notificationDeliveries { id outcome } } }", Map.of("t", ticketId)),
                caller.isStaff());
    }

    /** Parked events span every tenant: only a platform admin acting in none sees or re-sends them, not a tenant's admin. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void seeAndRedeliverParkedEvents(Caller caller) {
        expect(call(caller, "{ parkedEvents(first: 1) { edges { node { id tenant } } } }", Map.of()), caller == Caller.PLATFORM_ADMIN_WITHOUT_TENANT);
        expect(call(caller, "mutation { redeliverParkedEvents(ids: [\"0\"]) { requested notFound } }", Map.of()),
                caller == Caller.PLATFORM_ADMIN_WITHOUT_TENANT);
    }

    /** Tags are staff's labels: staff add and remove them; requesters are refused. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void tagTickets(Caller caller) {
        expect(call(caller, "mutation($id: ID!) { addTicketTags(input: {id: $id, tags: [\"matrix\"]}) { tags } }", Map.of("id", ticketId)),
                caller.isStaff());
        expect(call(caller, "mutation($id: ID!) { removeTicketTags(input: {id: $id, tags: [\"matrix\"]}) { tags } }", Map.of("id", ticketId)),
                caller.isStaff());
    }

    /** Staff search the queue and count it by facets; requesters search their own tickets (no facets: they tell assignment). */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void searchTicketsAndCountThemByFacets(Caller caller) {
        boolean requester = caller == Caller.MEMBER || caller == Caller.SPONSOR_USER || caller == Caller.SPONSOR_ADMIN;
        expect(call(caller, "{ tickets(filter: {search: \"matrix\"}) { edges { node { id } highlights { field } } } }", Map.of()), caller.isStaff());
        expect(call(caller, "{ tickets(first: 1) { facets { status { value count } } } }", Map.of()), caller.isStaff());
        expect(call(caller, "{ myTickets(search: \"matrix\") { edges { node { id } highlights { field } } } }", Map.of()), requester);
    }

    /** The search index spans every tenant: only a platform admin acting in none sees it, checks a tenant's drift or rebuilds it. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void operateTheSearchIndex(Caller caller) {
        boolean platform = caller == Caller.PLATFORM_ADMIN_WITHOUT_TENANT;
        expect(call(caller, "{ searchIndex { index available } }", Map.of()), platform);
        expect(call(caller, "query($t: ID!) { searchDrift(tenant: $t) { tickets differences } }", Map.of("t", tenant.slug())), platform);
        expect(call(caller, "mutation { reindexSearch { state index } }", Map.of()), platform);
        if (platform) {
            // The rebuild goes on in the background: done before the next test, which may rebuild too.
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                    !call(caller, "{ searchIndex { reindex { state } } }", Map.of()).data("searchIndex").path("reindex").path("state").asString()
                            .equals("RUNNING"));
        }
    }

    /** Live updates: staff of the ticket, its requester of their own; a platform admin must name the tenant. */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void followTicketsLive(Caller caller) {
        boolean requester = !caller.isStaff() && !caller.role.equals("ROLE_PLATFORM_ADMIN");
        String token = requester
                ? tokens.token(tenant.slug(), List.of(caller.role), c -> c.subject("matrix-member"))
                : tokens.token(caller.role.equals("ROLE_PLATFORM_ADMIN") ? null : tenant.slug(), caller.role);
        try (GraphQlWsClient live = caller.namesTenant
                ? GraphQlWsClient.connect(port).initAndAwaitAck(token, "X-MemberPulse-Tenant", tenant.slug())
                : GraphQlWsClient.connect(port).initAndAwaitAck(token)) {
            live.subscribe("1", "subscription { ticketUpdated { kind ticket { id } } }", Map.of());
            if (caller == Caller.PLATFORM_ADMIN_WITHOUT_TENANT) {
                assertThat(live.awaitError("1", Duration.ofSeconds(30)).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
                return;
            }
            // A change reaches the subscriber once its subscription is in place: changes go on until one has.
            String admin = tokens.token(tenant.slug(), "ROLE_CLIENT_ADMIN");
            int[] version = {0};
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                version[0] = api.graphql(admin, "mutation($id: ID!, $v: Int!, $p: Priority!) { changeTicketPriority(input: {id: $id, version: $v, priority: $p}) { version } }",
                        Map.of("id", ticketId, "v", version[0], "p", version[0] % 2 == 0 ? "HIGH" : "LOW")).data("changeTicketPriority").path("version").asInt();
                return !live.next("1").isEmpty();
            });
            assertThat(live.next("1").getFirst().path("data").path("ticketUpdated").path("ticket").path("id").asString()).isEqualTo(ticketId);
        }
    }

    private ApiResponse call(Caller caller, String query, Map<String, ?> variables) {
        String token = tokens.token(caller.role.equals("ROLE_PLATFORM_ADMIN") ? null : tenant.slug(), caller.role);
        return caller.namesTenant
                ? api.graphql(token, query, variables, "X-MemberPulse-Tenant", tenant.slug())
                : api.graphql(token, query, variables);
    }

    private static void expect(ApiResponse response, boolean allowed) {
        if (allowed) {
            assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        } else {
            assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("FORBIDDEN");
        }
    }

    private static void expectAllowedOrRefused(ApiResponse response, boolean allowed) {
        if (allowed) {
            assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        } else {
            assertThat(response.errorCode()).as(response.body().toString()).isIn("FORBIDDEN", "NOT_FOUND");
        }
    }
}
