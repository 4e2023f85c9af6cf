package com.memberpulse.support.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.support.TestClock;
import com.memberpulse.support.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A ticket's SLA clocks through the API on the new tenant's defaults (office hours in Sydney, 09:00 to 17:00 on
 * weekdays; members: first response in 24 business hours, resolution at MEDIUM in 48), time played forward by hand.
 * Monday 30 November 2026 09:00 in Sydney (daylight saving, UTC+11) is 22:00 UTC the day before.
 */
class SlaClocksApiTest extends ApiIntegrationTest {

    static final Instant MONDAY_9 = Instant.parse("2026-11-29T22:00:00Z");
    static final String SLA = """
            query($id: ID!) { ticket(id: $id) { priority status sla { calendarName policy { name }
              firstResponse { state dueAt warningAt targetMinutes elapsedMinutes remainingMinutes stoppedAt breachedAt }
              resolution { state dueAt warningAt targetMinutes elapsedMinutes remainingMinutes stoppedAt breachedAt }
              times { firstResponseBusinessMinutes firstResponseCalendarMinutes resolutionBusinessMinutes resolutionCalendarMinutes
                      pausedCalendarMinutes firstResolvedAt }
              ledger { target kind reason calendarName dueAt } } history { field actor { type name } toValue note } } }""";

    @Autowired
    TestClock clock;
    @Autowired
    SlaSweep sweep;
    @Autowired
    SlaBackfill backfill;
    @Autowired
    JdbcTemplate jdbc;

    Tenant tenant;
    String member;
    String agent;
    String admin;
    String category;

    @BeforeEach
    void tenant() {
        clock.stopAt(MONDAY_9);
        tenant = newTenant();
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("sla-member").claim("name", "Mia Member"));
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("sla-agent").claim("name", "Ann Agent"));
        admin = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_ADMIN"), c -> c.subject("sla-admin"));
        category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void aNewTicketsClocksRunOnTheTenantsOfficeHours() {
        String id = raise();

        JsonNode sla = sla(id);

        assertThat(sla.path("calendarName").asString()).isEqualTo("Office hours (Australia/Sydney)");
        assertThat(sla.path("policy").path("name").asString()).isEqualTo("Members");
        // 24 business hours from Monday 09:00: Monday, Tuesday, Wednesday until 17:00; 75 % (18 h) on Wednesday at 11:00.
        assertClock(sla.path("firstResponse"), "ON_TRACK", "2026-12-02T06:00:00Z", "2026-12-02T00:00:00Z", 1440);
        // 48 business hours: six working days, the weekend skipped: the next Monday at 17:00.
        assertClock(sla.path("resolution"), "ON_TRACK", "2026-12-07T06:00:00Z", "2026-12-04T02:00:00Z", 2880);
        assertThat(sla.path("ledger").findValuesAsString("kind")).containsExactly("STARTED", "STARTED");
        assertThat(sla.path("ledger").get(0).path("reason").asString()).isEqualTo("policy Members, priority MEDIUM: target 1 d");

        ApiResponse asRequester = api.graphql(member, "query($id: ID!) { ticket(id: $id) { subject sla { calendarName } } }", Map.of("id", id));
        assertThat(asRequester.errorCode()).as("staff only").isEqualTo("FORBIDDEN");
        assertThat(asRequester.data("ticket").path("sla").isNull()).isTrue();
        assertThat(asRequester.data("ticket").path("subject").asString()).isEqualTo("Renewal");
    }

    @Test
    void waitingOnTheMemberPausesTheClocksAndTheirReplyResumesThemWithTheTimeLeft() {
        String id = raise();
        clock.advance(Duration.ofHours(4));
        move(agent, id, 0, "WAITING");

        JsonNode waiting = sla(id);
        assertThat(waiting.path("firstResponse").path("state").asString()).isEqualTo("PAUSED");
        assertThat(waiting.path("firstResponse").path("dueAt").isNull()).isTrue();
        assertThat(waiting.path("firstResponse").path("elapsedMinutes").asInt()).isEqualTo(240);

        clock.stopAt(Instant.parse("2026-12-06T22:00:00Z")); // the next Monday at 09:00: a week on the member
        reply(member, id);

        JsonNode resumed = sla(id);
        // 20 business hours were left: Monday, Tuesday and Wednesday until 13:00.
        assertClock(resumed.path("firstResponse"), "ON_TRACK", "2026-12-09T02:00:00Z", null, 1440);
        assertThat(resumed.path("firstResponse").path("elapsedMinutes").asInt()).isEqualTo(240);
        assertThat(resumed.path("ledger").findValuesAsString("kind")).containsExactly("STARTED", "STARTED", "PAUSED", "PAUSED", "RESUMED", "RESUMED");
        assertThat(resumed.path("times").path("pausedCalendarMinutes").asInt()).isEqualTo(7 * 24 * 60 - 4 * 60);
    }

    @Test
    void theFirstPublicReplyMeetsTheFirstResponseTargetAndRecordsItsTimes() {
        String id = raise();
        clock.advance(Duration.ofHours(3));
        api.graphql(agent, "mutation($id: ID!) { addInternalNote(input: {ticketId: $id, body: \"<p>looking</p>\"}) { id } }", Map.of("id", id));
        assertThat(sla(id).path("firstResponse").path("state").asString()).as("a note is no response").isEqualTo("ON_TRACK");
        clock.advance(Duration.ofMinutes(30));

        reply(agent, id);

        JsonNode sla = sla(id);
        assertThat(sla.path("firstResponse").path("state").asString()).isEqualTo("MET");
        assertThat(at(sla.path("firstResponse").path("stoppedAt"))).isEqualTo(Instant.parse("2026-11-30T01:30:00Z"));
        assertThat(sla.path("times").path("firstResponseBusinessMinutes").asInt()).isEqualTo(210);
        assertThat(sla.path("times").path("firstResponseCalendarMinutes").asInt()).isEqualTo(210);
        assertThat(sla.path("ledger").findValuesAsString("kind")).endsWith("MET");
        assertThat(sla.path("resolution").path("state").asString()).isEqualTo("ON_TRACK");
    }

    @Test
    void anAdminsPriorityChangeRetargetsTheRunningClocksKeepingTheTimeUsed() {
        String id = raise();
        clock.advance(Duration.ofHours(2));

        ApiResponse changed = api.graphql(admin, "mutation($id: ID!) { changeTicketPriority(input: {id: $id, version: 0, priority: HIGH}) { priority } }",
                Map.of("id", id));

        assertThat(changed.hasErrors()).as(changed.body().toString()).isFalse();
        JsonNode resolution = sla(id).path("resolution");
        // HIGH: 24 business hours to resolve from Monday 09:00, 2 of them used: Wednesday at 17:00.
        assertClock(resolution, "ON_TRACK", "2026-12-02T06:00:00Z", null, 1440);
        assertThat(resolution.path("elapsedMinutes").asInt()).isEqualTo(120);
        assertThat(sla(id).path("ledger").findValuesAsString("reason")).contains("priority HIGH: target 1 d");
    }

    @Test
    void aReopenContinuesTheSameResolutionClockAndTheFirstResolutionIsKept() {
        String id = raise();
        clock.advance(Duration.ofHours(5));
        move(agent, id, 0, "RESOLVED");
        JsonNode resolved = sla(id);
        assertThat(resolved.path("resolution").path("state").asString()).isEqualTo("PAUSED");
        assertThat(resolved.path("times").path("resolutionBusinessMinutes").asInt()).isEqualTo(300);
        assertThat(at(resolved.path("times").path("firstResolvedAt"))).isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));

        clock.advance(Duration.ofHours(1)); // Monday 15:00
        reply(member, id);
        clock.advance(Duration.ofHours(1));
        move(agent, id, 2, "RESOLVED");

        JsonNode again = sla(id);
        assertThat(again.path("resolution").path("elapsedMinutes").asInt()).isEqualTo(360);
        assertThat(again.path("times").path("resolutionBusinessMinutes").asInt()).isEqualTo(360);
        assertThat(at(again.path("times").path("firstResolvedAt"))).isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));
        assertThat(again.path("ledger").findValuesAsString("reason")).contains("reopened: the same clock continues");
    }

    @Test
    void theWarningAndTheBreachFireOnceEachWithThePolicysActionsAndARaiseByEscalationDoesNotCascade() {
        makeBreachRaisePriority();
        String id = raise();
        Instant resolutionDue = at(sla(id).path("resolution").path("dueAt"));

        // The sweep serves every tenant of the database (other tests' tickets too): this ticket's ledger and events
        // say what it did here.
        clock.stopAt(Instant.parse("2026-12-02T00:00:00Z").minusSeconds(1));
        sweep.sweep();
        assertThat(sla(id).path("ledger").findValuesAsString("kind")).as("not yet").doesNotContain("WARNED");
        clock.stopAt(Instant.parse("2026-12-02T00:00:00Z")); // Wednesday 11:00: the first response's 75 %
        sweepUntil(() -> sla(id).path("ledger").findValuesAsString("kind").contains("WARNED"));
        sweep.sweep();
        JsonNode warned = sla(id);
        assertThat(warned.path("firstResponse").path("state").asString()).isEqualTo("AT_RISK");
        assertThat(warned.path("ledger").findValuesAsString("kind")).as("each level fires once").containsOnlyOnce("WARNED").endsWith("WARNED");
        assertThat(events(id, "sla.warning")).isEqualTo(1);

        clock.stopAt(Instant.parse("2026-12-02T06:00:00Z")); // Wednesday 17:00: due
        sweepUntil(() -> sla(id).path("ledger").findValuesAsString("kind").contains("BREACHED"));
        sweep.sweep();
        assertThat(sla(id).path("ledger").findValuesAsString("kind")).containsOnlyOnce("WARNED", "BREACHED");

        JsonNode breached = ticket(id);
        assertThat(breached.path("priority").asString()).isEqualTo("HIGH");
        JsonNode sla = breached.path("sla");
        assertThat(sla.path("firstResponse").path("state").asString()).isEqualTo("BREACHED");
        assertThat(at(sla.path("firstResponse").path("breachedAt"))).isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
        assertThat(events(id, "sla.breached")).isEqualTo(1);
        List<String> history = new ArrayList<>();
        breached.path("history").forEach(entry -> history.add(entry.path("field").asString() + " " + entry.path("actor").path("type").asString()
                + " " + entry.path("actor").path("name").asString() + " " + entry.path("toValue").asString()));
        assertThat(history).contains("SLA RULE SLA policy Members FIRST_RESPONSE WARNED", "SLA RULE SLA policy Members FIRST_RESPONSE BREACHED",
                "PRIORITY RULE SLA policy Members HIGH");
        // Raised by the escalation, the ticket keeps its promise: HIGH's shorter resolution target (24 h, already 24 h
        // used) would breach it at once and raise it again.
        assertThat(at(sla.path("resolution").path("dueAt"))).isEqualTo(resolutionDue);
        assertThat(sla.path("resolution").path("state").asString()).isEqualTo("ON_TRACK");
    }

    @Test
    void aResolvedTicketClosesAutomaticallyAfterTheTenantsPeriod() {
        String id = raise();
        move(agent, id, 0, "RESOLVED");

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        sweep.sweep();
        assertThat(ticket(id).path("status").asString()).isEqualTo("RESOLVED");
        clock.advance(Duration.ofMinutes(1));
        sweepUntil(() -> ticket(id).path("status").asString().equals("CLOSED"));

        JsonNode closed = ticket(id);
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("history")).anySatisfy(entry -> {
            assertThat(entry.path("field").asString()).isEqualTo("STATUS");
            assertThat(entry.path("toValue").asString()).isEqualTo("CLOSED");
            assertThat(entry.path("actor").path("type").asString()).isEqualTo("SYSTEM");
            assertThat(entry.path("note").asString()).isEqualTo("Closed automatically: resolved 7 days ago without a reply from the requester");
        });
        assertThat(closed.path("sla").path("resolution").path("state").asString()).isEqualTo("MET");
    }

    @Test
    void theQueueFiltersBySlaStateAndSortsByNextDueTimeAPageAtATime() {
        String sponsor = tokens.token(tenant.slug(), List.of("ROLE_SPONSOR_USER"), c -> c.subject("sla-sponsor").claim("name", "Sam Sponsor"));
        String first = raise();                       // first response due Wednesday 17:00
        clock.advance(Duration.ofHours(1));
        String sponsors = raiseAs(sponsor);           // 4 business hours: Monday 14:00
        String waiting = raise();
        move(agent, waiting, 0, "WAITING");           // paused
        clock.advance(Duration.ofHours(3));           // Monday 13:00: the sponsor's ticket is past its 75 %

        assertThat(queue("{slaState: [AT_RISK]}", null, 10)).containsExactly(sponsors);
        assertThat(queue("{slaState: [PAUSED]}", null, 10)).containsExactly(waiting);
        assertThat(queue("{slaState: [ON_TRACK, PAUSED]}", null, 10)).containsExactlyInAnyOrder(first, waiting);
        clock.advance(Duration.ofHours(2));
        assertThat(queue("{slaState: [BREACHED]}", null, 10)).containsExactly(sponsors);

        List<String> soonestFirst = new ArrayList<>();
        String after = null;
        do {
            ApiResponse page = api.graphql(agent, "query($after: String) { tickets(orderBy: {field: SLA_DUE, direction: ASC}, first: 1, after: $after)"
                    + " { edges { node { id } } pageInfo { hasNextPage endCursor } } }", after == null ? Map.of() : Map.of("after", after));
            assertThat(page.hasErrors()).as(page.body().toString()).isFalse();
            page.data("tickets").path("edges").forEach(edge -> soonestFirst.add(edge.path("node").path("id").asString()));
            JsonNode info = page.data("tickets").path("pageInfo");
            after = info.path("hasNextPage").asBoolean() ? info.path("endCursor").asString() : null;
        } while (after != null);
        assertThat(soonestFirst).as("the paused ticket has no due time: last").containsExactly(sponsors, first, waiting);
    }

    private List<String> queue(String filter, String order, int first) {
        ApiResponse page = api.graphql(agent, "{ tickets(filter: " + filter + (order == null ? "" : ", orderBy: " + order) + ", first: " + first
                + ") { edges { node { id } } } }");
        assertThat(page.hasErrors()).as(page.body().toString()).isFalse();
        List<String> ids = new ArrayList<>();
        page.data("tickets").path("edges").forEach(edge -> ids.add(edge.path("node").path("id").asString()));
        return ids;
    }

    private String raiseAs(String token) {
        ApiResponse created = api.graphql(token, "mutation($c: ID!) { createTicket(input: {subject: \"Sponsor\", description: \"<p>Help</p>\", categoryId: $c}) { id } }",
                Map.of("c", category));
        assertThat(created.hasErrors()).as(created.body().toString()).isFalse();
        return created.data("createTicket").path("id").asString();
    }

    @Test
    void ticketsOpenWhenTrackingBeganGetClocksReplayedFromTheirHistoryWithoutLateEscalations() {
        String id = raise();
        clock.advance(Duration.ofHours(2));
        move(agent, id, 0, "WAITING");                    // Monday 11:00, 2 business hours used
        clock.advance(Duration.ofHours(1));
        reply(member, id);                                // Monday 12:00, running again
        // As if it had been raised before SLA tracking began: no clocks, listed by the migration.
        String schema = tenant.schemaName();
        jdbc.update("delete from " + schema + ".sla_ledger where ticket_id = ?::uuid", id);
        jdbc.update("delete from " + schema + ".sla_clock where ticket_id = ?::uuid", id);
        jdbc.update("delete from support_control.sla_due where ticket_id = ?::uuid", id);
        jdbc.update("insert into " + schema + ".sla_backfill (ticket_id) values (?::uuid)", id);
        clock.stopAt(Instant.parse("2026-12-02T01:00:00Z")); // Wednesday 12:00: the first response's 75 % is reached now

        // As the sweep, the replay leaves a ticket someone holds at that moment for its next pass.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            backfill.run();
            return jdbc.queryForObject("select count(*) from " + schema + ".sla_backfill", Integer.class) == 0;
        });

        JsonNode sla = sla(id);
        // 24 business hours: 2 on Monday morning, 5 more that afternoon, 8 on Tuesday, 8 on Wednesday, 1 on Thursday.
        assertClock(sla.path("firstResponse"), "AT_RISK", "2026-12-02T23:00:00Z", "2026-12-02T01:00:00Z", 1440);
        assertThat(sla.path("firstResponse").path("elapsedMinutes").asInt()).isEqualTo(18 * 60);
        assertThat(sla.path("ledger").findValuesAsString("kind")).startsWith("STARTED", "STARTED", "PAUSED", "PAUSED", "RESUMED", "RESUMED")
                .contains("WARNED");
        assertThat(sla.path("ledger").get(0).path("reason").asString()).startsWith("SLA tracking began later, replayed from the history: ");
        assertThat(sla.path("ledger").findValuesAsString("reason")).contains("reached before SLA tracking began: no escalation");
        assertThat(events(id, "sla.warning")).as("no late escalation").isZero();
        assertThat(ticket(id).path("history").findValuesAsString("note")).contains("SLA tracking began: clocks replayed from the ticket's creation and history");
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".sla_backfill", Integer.class)).isZero();
    }

    @Test
    void atBreachTheTicketGoesToTheEscalationTeamsLeastLoadedAgent() {
        String escalationAgent = KeycloakUsers.create(tenant.slug(), "escalation." + tenant.slug(), "Esme", "Escalation", "ROLE_CLIENT_USER");
        assertThat(api.graphql(admin, "mutation { syncSupportAgents { added } }").hasErrors()).isFalse();
        String team = api.graphql(admin, "mutation { createSupportTeam(input: {name: \"Escalations\"}) { id } }").data("createSupportTeam")
                .path("id").asString();
        ApiResponse joined = api.graphql(admin, "mutation($a: ID!, $t: ID!) { updateSupportAgent(input: {id: $a, version: 0, teamIds: [$t]}) { id } }",
                Map.of("a", escalationAgent, "t", team));
        assertThat(joined.hasErrors()).as(joined.body().toString()).isFalse();
        JsonNode policy = api.graphql(admin, "{ slaPolicies { id version calendar { id } } }").data("slaPolicies").get(0);
        ApiResponse changed = api.graphql(admin, """
                mutation($id: ID!, $v: Int!, $c: ID, $t: ID!) { upsertSlaPolicy(input: {id: $id, version: $v, name: "Members", requesterType: MEMBER,
                  calendarId: $c, targets: [{priority: LOW, firstResponseMinutes: 1440, resolutionMinutes: 4800},
                    {priority: MEDIUM, firstResponseMinutes: 1440, resolutionMinutes: 2880}, {priority: HIGH, firstResponseMinutes: 1440, resolutionMinutes: 1440}],
                  onBreach: {reassignToTeamId: $t}}) { id } }""",
                Map.of("id", policy.path("id").asString(), "v", policy.path("version").asInt(), "c", policy.path("calendar").path("id").asString(),
                        "t", team));
        assertThat(changed.hasErrors()).as(changed.body().toString()).isFalse();
        String id = raise();

        clock.stopAt(Instant.parse("2026-12-02T06:00:00Z")); // Wednesday 17:00: the first response is due
        sweepUntil(() -> sla(id).path("ledger").findValuesAsString("kind").contains("BREACHED"));

        JsonNode breached = api.graphql(agent, "query($id: ID!) { ticket(id: $id) { assignee { id } history { field actor { type name } note } } }",
                Map.of("id", id)).data("ticket");
        assertThat(breached.path("assignee").path("id").asString()).isEqualTo(escalationAgent);
        assertThat(breached.path("history")).anySatisfy(entry -> {
            assertThat(entry.path("field").asString()).isEqualTo("ASSIGNEE");
            assertThat(entry.path("actor").path("name").asString()).isEqualTo("SLA policy Members");
            assertThat(entry.path("note").asString()).isEqualTo("SLA first response breach, to the team's least loaded agent");
        });
    }

    /**
     * Sweeps until {@code done}: a piece of work whose ticket someone holds at that moment (the assignment consumer
     * placing the new ticket, say) is left for the next sweep, as in production 15 s later.
     */
    private void sweepUntil(BooleanSupplier done) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            sweep.sweep();
            return done.getAsBoolean();
        });
    }

    private void makeBreachRaisePriority() {
        JsonNode policy = api.graphql(admin, "{ slaPolicies { id version name requesterType calendar { id } targets { priority firstResponseMinutes"
                + " resolutionMinutes } } }").data("slaPolicies").get(0);
        ApiResponse changed = api.graphql(admin, """
                mutation($id: ID!, $v: Int!, $c: ID) { upsertSlaPolicy(input: {id: $id, version: $v, name: "Members", requesterType: MEMBER,
                  calendarId: $c, targets: [{priority: LOW, firstResponseMinutes: 1440, resolutionMinutes: 4800},
                    {priority: MEDIUM, firstResponseMinutes: 1440, resolutionMinutes: 2880}, {priority: HIGH, firstResponseMinutes: 1440, resolutionMinutes: 1440}],
                  onWarning: {notifyAssignee: true}, onBreach: {notifyAdmins: true, raisePriority: true}}) { id } }""",
                Map.of("id", policy.path("id").asString(), "v", policy.path("version").asInt(), "c", policy.path("calendar").path("id").asString()));
        assertThat(changed.hasErrors()).as(changed.body().toString()).isFalse();
    }

    private String raise() {
        ApiResponse created = api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Renewal\", description: \"<p>Help</p>\", categoryId: $c}) { id } }",
                Map.of("c", category));
        assertThat(created.hasErrors()).as(created.body().toString()).isFalse();
        return created.data("createTicket").path("id").asString();
    }

    private void move(String token, String id, int version, String status) {
        ApiResponse moved = api.graphql(token, "mutation($id: ID!, $v: Int!, $s: TicketStatus!) { changeTicketStatus(input: {id: $id, version: $v, status: $s}) { status } }",
                Map.of("id", id, "v", version, "s", status));
        assertThat(moved.hasErrors()).as(moved.body().toString()).isFalse();
    }

    private void reply(String token, String id) {
        ApiResponse replied = api.graphql(token, "mutation($id: ID!) { replyToTicket(input: {ticketId: $id, body: \"<p>Thanks</p>\"}) { ticket { id } } }",
                Map.of("id", id));
        assertThat(replied.hasErrors()).as(replied.body().toString()).isFalse();
    }

    private JsonNode ticket(String id) {
        ApiResponse read = api.graphql(agent, SLA, Map.of("id", id));
        assertThat(read.hasErrors()).as(read.body().toString()).isFalse();
        return read.data("ticket");
    }

    private JsonNode sla(String id) {
        return ticket(id).path("sla");
    }

    private int events(String ticketId, String type) {
        return jdbc.queryForObject("select count(*) from support_control.event where ticket_id = ?::uuid and type = ?", Integer.class, ticketId, type);
    }

    private static Instant at(JsonNode time) {
        return OffsetDateTime.parse(time.asString()).toInstant();
    }

    private static void assertClock(JsonNode clock, String state, String dueAt, String warningAt, int targetMinutes) {
        assertThat(clock.path("state").asString()).as(clock.toString()).isEqualTo(state);
        assertThat(OffsetDateTime.parse(clock.path("dueAt").asString()).toInstant()).isEqualTo(Instant.parse(dueAt));
        if (warningAt != null) {
            assertThat(OffsetDateTime.parse(clock.path("warningAt").asString()).toInstant()).isEqualTo(Instant.parse(warningAt));
        }
        assertThat(clock.path("targetMinutes").asInt()).isEqualTo(targetMinutes);
    }
}
