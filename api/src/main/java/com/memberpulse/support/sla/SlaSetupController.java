package com.memberpulse.support.sla;

import com.memberpulse.support.assignment.SupportAgent;
import com.memberpulse.support.assignment.SupportTeam;
import com.memberpulse.support.assignment.SupportTeamService;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The SLA set-up's queries and mutations. Authorisation is enforced in {@link SlaSetup}. */
@Controller
class SlaSetupController {

    private final SlaSetup setup;
    private final SupportTeamService team;

    SlaSetupController(SlaSetup setup, SupportTeamService team) {
        this.setup = setup;
        this.team = team;
    }

    @QueryMapping
    List<SlaPolicy> slaPolicies() {
        return setup.policies();
    }

    @QueryMapping
    List<SupportCalendar> businessCalendars() {
        return setup.calendars();
    }

    @QueryMapping
    SlaSettings slaSettings() {
        return setup.settings();
    }

    @MutationMapping
    SlaPolicy upsertSlaPolicy(@Argument PolicyInput input) {
        return setup.upsertPolicy(input);
    }

    @MutationMapping
    UUID deleteSlaPolicy(@Argument String id) {
        return setup.deletePolicy(idOf(id));
    }

    @MutationMapping
    SupportCalendar upsertBusinessCalendar(@Argument CalendarInput input) {
        return setup.upsertCalendar(input);
    }

    @MutationMapping
    SlaSettings updateSlaSettings(@Argument UpdateSlaSettingsInput input) {
        return setup.updateSettings(input.autoCloseAfterDays(), input.updatedAt());
    }

    @SchemaMapping(typeName = "SlaPolicy", field = "calendar")
    @Nullable SupportCalendar calendar(SlaPolicy policy) {
        return policy.calendarId() == null ? null : setup.calendars().stream().filter(c -> c.id().equals(policy.calendarId())).findFirst().orElse(null);
    }

    @SchemaMapping(typeName = "EscalationActions", field = "reassignToAgent")
    @Nullable SupportAgent reassignToAgent(EscalationActions actions) {
        return actions.reassignToAgentId() == null ? null
                : team.agents(true).stream().filter(agent -> agent.id().equals(actions.reassignToAgentId())).findFirst().orElse(null);
    }

    @SchemaMapping(typeName = "EscalationActions", field = "reassignToTeam")
    @Nullable SupportTeam reassignToTeam(EscalationActions actions) {
        return actions.reassignToTeamId() == null ? null
                : team.teams().stream().filter(t -> Objects.equals(t.id(), actions.reassignToTeamId())).findFirst().orElse(null);
    }

    private static @Nullable UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    record UpdateSlaSettingsInput(int autoCloseAfterDays, OffsetDateTime updatedAt) {
    }
}
