package com.memberpulse.support.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** SLA policies, business calendars and settings over GraphQL: defaults, changes, refusals at their field, isolation. */
class SlaSetupApiTest extends ApiIntegrationTest {

    static final String POLICIES = "{ slaPolicies { id version name requesterType warningPercent calendar { id name }"
            + " targets { priority firstResponseMinutes resolutionMinutes }"
            + " onWarning { notifyAssignee notifyAdmins raisePriority reassignToAgent { id } reassignToTeam { id } }"
            + " onBreach { notifyAssignee notifyAdmins raisePriority reassignToAgent { id } reassignToTeam { id } } } }";
    static final String CALENDARS = "{ businessCalendars { id version name timeZone weeklyHours { day shifts { from to } } holidays { date name } } }";
    static final String UPSERT_CALENDAR = "mutation($input: BusinessCalendarInput!) { upsertBusinessCalendar(input: $input) { id version name timeZone"
            + " weeklyHours { day shifts { from to } } holidays { date name } } }";
    static final String UPSERT_POLICY = "mutation($input: SlaPolicyInput!) { upsertSlaPolicy(input: $input) { id version name requesterType warningPercent"
            + " calendar { id } targets { priority firstResponseMinutes resolutionMinutes } onBreach { notifyAdmins raisePriority } } }";
    static final List<Map<String, Object>> TARGETS = List.of(
            Map.of("priority", "LOW", "firstResponseMinutes", 480, "resolutionMinutes", 4800),
            Map.of("priority", "MEDIUM", "firstResponseMinutes", 240, "resolutionMinutes", 2400),
            Map.of("priority", "HIGH", "firstResponseMinutes", 60, "resolutionMinutes", 480));

    Tenant tenant;
    String admin;
    String agent;

    @BeforeEach
    void tenant() {
        tenant = newTenant();
        admin = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_ADMIN"), c -> c.subject("setup-admin"));
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("setup-agent"));
    }

    @Test
    void aNewTenantHasTheDocumentedDefaults() {
        JsonNode policies = api.graphql(agent, POLICIES).data("slaPolicies");
        JsonNode calendars = api.graphql(agent, CALENDARS).data("businessCalendars");

        assertThat(policies.findValuesAsString("requesterType")).containsExactly("MEMBER", "SPONSOR");
        assertThat(policies.get(0).path("targets").findValues("firstResponseMinutes")).allSatisfy(m -> assertThat(m.asInt()).isEqualTo(1440));
        assertThat(policies.get(1).path("targets").findValues("firstResponseMinutes")).allSatisfy(m -> assertThat(m.asInt()).isEqualTo(240));
        assertThat(policies.get(0).path("warningPercent").asInt()).isEqualTo(75);
        assertThat(policies.get(0).path("onBreach").path("notifyAdmins").asBoolean()).isTrue();
        assertThat(policies.get(0).path("calendar").path("name").asString()).isEqualTo("Office hours");
        assertThat(calendars).hasSize(1);
        assertThat(calendars.get(0).path("timeZone").asString()).isEqualTo("Australia/Sydney");
        assertThat(calendars.get(0).path("weeklyHours").findValuesAsString("day")).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(api.graphql(agent, "{ slaSettings { autoCloseAfterDays } }").data("slaSettings").path("autoCloseAfterDays").asInt()).isEqualTo(7);
    }

    @Test
    void anAdminKeepsACalendarWithSplitShiftsAShiftToMidnightAndHolidays() {
        JsonNode created = calendar(Map.of("name", "Helpdesk", "timeZone", "Europe/London", "weeklyHours", List.of(
                Map.of("day", "TUESDAY", "shifts", List.of(Map.of("from", "13:00", "to", "17:30"), Map.of("from", "08:00", "to", "12:00"))),
                Map.of("day", "SATURDAY", "shifts", List.of(Map.of("from", "18:00", "to", "24:00")))),
                "holidays", List.of(Map.of("date", "2026-12-25", "name", "Christmas Day")))).data("upsertBusinessCalendar");

        assertThat(created.path("weeklyHours").get(0).path("shifts").findValuesAsString("from")).containsExactly("08:00", "13:00");
        assertThat(created.path("weeklyHours").get(1).path("shifts").get(0).path("to").asString()).isEqualTo("24:00");
        assertThat(created.path("holidays").get(0).path("date").asString()).isEqualTo("2026-12-25");

        JsonNode renamed = calendar(Map.of("id", created.path("id").asString(), "version", 0, "name", "Help desk hours", "timeZone", "Europe/London",
                "weeklyHours", List.of(Map.of("day", "MONDAY", "shifts", List.of(Map.of("from", "09:00", "to", "17:00")))))).data("upsertBusinessCalendar");
        assertThat(renamed.path("version").asInt()).isEqualTo(1);
        assertThat(renamed.path("holidays")).isEmpty();

        ApiResponse stale = calendar(Map.of("id", created.path("id").asString(), "version", 0, "name", "Again", "timeZone", "Europe/London",
                "weeklyHours", List.of(Map.of("day", "MONDAY", "shifts", List.of(Map.of("from", "09:00", "to", "17:00"))))));
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Office hours | Europe/London | MONDAY | 09:00 | 17:00 | input.name",
            "  OFFICE  hours | Europe/London | MONDAY | 09:00 | 17:00 | input.name",
            "Night | Mars/Olympus | MONDAY | 09:00 | 17:00 | input.timeZone",
            "Night | +10:00 | MONDAY | 09:00 | 17:00 | input.timeZone",
            "Night | Europe/London | MONDAY | 17:00 | 09:00 | input.weeklyHours",
            "Night | Europe/London | MONDAY | 9am | 17:00 | input.weeklyHours",
            "Night | Europe/London | MONDAY | 24:00 | 24:00 | input.weeklyHours",
            "Night | Europe/London | MONDAY | 09:00 | 00:00 | input.weeklyHours"})
    void aBadCalendarIsRefusedAtItsFieldAndNothingIsWritten(String name, String zone, String day, String from, String to, String field) {
        ApiResponse refused = calendar(Map.of("name", name, "timeZone", zone, "weeklyHours", List.of(Map.of("day", day, "shifts",
                List.of(Map.of("from", from, "to", to))))));

        assertThat(refused.errorCode()).as(refused.body().toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.errorField()).isEqualTo(field);
        assertThat(api.graphql(admin, CALENDARS).data("businessCalendars")).hasSize(1);
    }

    @Test
    void overlappingShiftsAnEmptyWeekAndAHolidayTwiceAreRefused() {
        assertThat(calendar(Map.of("name", "Overlap", "timeZone", "UTC", "weeklyHours", List.of(Map.of("day", "MONDAY", "shifts",
                List.of(Map.of("from", "09:00", "to", "12:00"), Map.of("from", "11:00", "to", "17:00")))))).errorField()).isEqualTo("input.weeklyHours");
        assertThat(calendar(Map.of("name", "Closed", "timeZone", "UTC", "weeklyHours", List.of())).errorField()).isEqualTo("input.weeklyHours");
        assertThat(calendar(Map.of("name", "Twice", "timeZone", "UTC", "weeklyHours", List.of(Map.of("day", "MONDAY", "shifts",
                List.of(Map.of("from", "09:00", "to", "12:00")))), "holidays", List.of(Map.of("date", "2026-12-25", "name", "Christmas"),
                Map.of("date", "2026-12-25", "name", "Again")))).errorField()).isEqualTo("input.holidays");
    }

    @Test
    void anAdminChangesAPolicyAndItsVersionMovesOn() {
        JsonNode member = api.graphql(admin, POLICIES).data("slaPolicies").get(0);

        JsonNode changed = policy(Map.of("id", member.path("id").asString(), "version", 0, "name", "Members (fast)", "requesterType", "MEMBER",
                "targets", TARGETS, "warningPercent", 50, "onBreach", Map.of("notifyAdmins", true, "raisePriority", true))).data("upsertSlaPolicy");

        assertThat(changed.path("version").asInt()).isEqualTo(1);
        assertThat(changed.path("calendar").isNull()).as("left out: calendar hours").isTrue();
        assertThat(changed.path("warningPercent").asInt()).isEqualTo(50);
        assertThat(changed.path("onBreach").path("raisePriority").asBoolean()).isTrue();
        assertThat(policy(Map.of("id", member.path("id").asString(), "version", 0, "name", "Stale", "requesterType", "MEMBER", "targets", TARGETS))
                .errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void badPoliciesAreRefusedAtTheirField() {
        String calendar = api.graphql(admin, CALENDARS).data("businessCalendars").get(0).path("id").asString();
        assertThat(policy(Map.of("name", "Second", "requesterType", "SPONSOR", "targets", TARGETS)).errorField()).isEqualTo("input.requesterType");
        assertThat(policy(Map.of("name", "Partial", "requesterType", "SPONSOR", "targets", TARGETS.subList(0, 2))).errorField()).isEqualTo("input.targets");
        assertThat(policy(Map.of("name", "Backwards", "requesterType", "SPONSOR", "targets", List.of(TARGETS.get(0), TARGETS.get(1),
                Map.of("priority", "HIGH", "firstResponseMinutes", 600, "resolutionMinutes", 60)))).errorField()).isEqualTo("input.targets");
        assertThat(policy(Map.of("name", "Zero", "requesterType", "SPONSOR", "targets", List.of(TARGETS.get(0), TARGETS.get(1),
                Map.of("priority", "HIGH", "firstResponseMinutes", 0, "resolutionMinutes", 60)))).errorField()).isEqualTo("input.targets");
        assertThat(policy(Map.of("name", "Loud", "requesterType", "SPONSOR", "targets", TARGETS, "warningPercent", 100)).errorField())
                .isEqualTo("input.warningPercent");
        assertThat(policy(Map.of("name", "Nowhere", "requesterType", "SPONSOR", "targets", TARGETS, "calendarId", "00000000-0000-0000-0000-000000000009"))
                .errorField()).isEqualTo("input.calendarId");
        assertThat(policy(Map.of("name", "Both", "requesterType", "SPONSOR", "targets", TARGETS, "calendarId", calendar,
                "onBreach", Map.of("reassignToAgentId", "someone", "reassignToTeamId", "00000000-0000-0000-0000-000000000009"))).errorField())
                .isEqualTo("input.onBreach");
        assertThat(policy(Map.of("name", "Ghost", "requesterType", "SPONSOR", "targets", TARGETS, "onWarning", Map.of("reassignToAgentId", "nobody")))
                .errorField()).isEqualTo("input.onWarning.reassignToAgentId");
        assertThat(api.graphql(admin, POLICIES).data("slaPolicies").valueStream().map(p -> p.path("name").asString()))
                .containsExactly("Members", "Sponsors");
    }

    @Test
    void withoutAPolicyNewTicketsOfItsRequesterTypeHaveNoClocks() {
        String policy = api.graphql(admin, POLICIES).data("slaPolicies").get(0).path("id").asString();
        assertThat(api.graphql(admin, "mutation($id: ID!) { deleteSlaPolicy(id: $id) }", Map.of("id", policy)).data("deleteSlaPolicy").asString())
                .isEqualTo(policy);
        String member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("setup-member"));
        String category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        String ticket = api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"No SLA\", description: \"<p>x</p>\", categoryId: $c}) { id } }",
                Map.of("c", category)).data("createTicket").path("id").asString();

        ApiResponse read = api.graphql(agent, "query($id: ID!) { ticket(id: $id) { sla { calendarName } } }", Map.of("id", ticket));
        assertThat(read.hasErrors()).isFalse();
        assertThat(read.data("ticket").path("sla").isNull()).isTrue();
        assertThat(api.graphql(admin, "mutation($id: ID!) { deleteSlaPolicy(id: $id) }", Map.of("id", policy)).errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anotherTenantsPoliciesAndCalendarsAreNotFound() {
        Tenant other = newTenant();
        String otherAdmin = tokens.token(other.slug(), "ROLE_CLIENT_ADMIN");
        JsonNode policy = api.graphql(otherAdmin, POLICIES).data("slaPolicies").get(0);
        JsonNode calendar = api.graphql(otherAdmin, CALENDARS).data("businessCalendars").get(0);

        assertThat(api.graphql(admin, "mutation($id: ID!) { deleteSlaPolicy(id: $id) }", Map.of("id", policy.path("id").asString())).errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(policy(Map.of("id", policy.path("id").asString(), "version", 0, "name", "Taken over", "requesterType", "MEMBER", "targets", TARGETS))
                .errorCode()).isEqualTo("NOT_FOUND");
        assertThat(calendar(Map.of("id", calendar.path("id").asString(), "version", 0, "name", "Taken over", "timeZone", "UTC",
                "weeklyHours", List.of(Map.of("day", "MONDAY", "shifts", List.of(Map.of("from", "09:00", "to", "17:00"))))))
                .errorCode()).isEqualTo("NOT_FOUND");
        assertThat(policy(Map.of("name", "Borrowed", "requesterType", "SPONSOR", "targets", TARGETS, "calendarId", calendar.path("id").asString()))
                .errorField()).isEqualTo("input.calendarId");
        assertThat(api.graphql(otherAdmin, POLICIES).data("slaPolicies").get(0).path("name").asString()).isEqualTo("Members");
    }

    @Test
    void theAutoClosePeriodIsBoundedAndStaleChangesAreConflicts() {
        String seen = api.graphql(admin, "{ slaSettings { updatedAt } }").data("slaSettings").path("updatedAt").asString();
        String update = "mutation($d: Int!, $at: DateTime!) { updateSlaSettings(input: {autoCloseAfterDays: $d, updatedAt: $at}) { autoCloseAfterDays updatedAt } }";

        assertThat(api.graphql(admin, update, Map.of("d", 0, "at", seen)).errorField()).isEqualTo("input.autoCloseAfterDays");
        assertThat(api.graphql(admin, update, Map.of("d", 91, "at", seen)).errorField()).isEqualTo("input.autoCloseAfterDays");
        JsonNode changed = api.graphql(admin, update, Map.of("d", 3, "at", seen)).data("updateSlaSettings");
        assertThat(changed.path("autoCloseAfterDays").asInt()).isEqualTo(3);
        assertThat(api.graphql(admin, update, Map.of("d", 5, "at", seen)).errorCode()).isEqualTo("CONFLICT");
    }

    private ApiResponse calendar(Map<String, Object> input) {
        return api.graphql(admin, UPSERT_CALENDAR, Map.of("input", input));
    }

    private ApiResponse policy(Map<String, Object> input) {
        return api.graphql(admin, UPSERT_POLICY, Map.of("input", input));
    }
}
