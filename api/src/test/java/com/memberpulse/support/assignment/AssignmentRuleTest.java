package com.memberpulse.support.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.RequesterType;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketChannel;
import com.memberpulse.support.ticket.TicketStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rule conditions and the first-match order, as plain Java. */
class AssignmentRuleTest {

    private static final UUID BILLING = UUID.randomUUID();
    private static final UUID EVENTS = UUID.randomUUID();

    @Test
    void emptyConditionsMatchEveryTicket() {
        assertThat(rule("all", List.of(), List.of(), List.of(), List.of()).matches(ticket(BILLING, Priority.LOW, RequesterType.MEMBER, "x", "y"))).isTrue();
    }

    @Test
    void everyNonEmptyConditionMustHold() {
        AssignmentRule rule = rule("billing, high, sponsors", List.of(BILLING), List.of(Priority.HIGH), List.of(RequesterType.SPONSOR), List.of());
        assertThat(rule.matches(ticket(BILLING, Priority.HIGH, RequesterType.SPONSOR, "s", "d"))).isTrue();
        assertThat(rule.matches(ticket(EVENTS, Priority.HIGH, RequesterType.SPONSOR, "s", "d"))).isFalse();
        assertThat(rule.matches(ticket(BILLING, Priority.MEDIUM, RequesterType.SPONSOR, "s", "d"))).isFalse();
        assertThat(rule.matches(ticket(BILLING, Priority.HIGH, RequesterType.MEMBER, "s", "d"))).isFalse();
    }

    @Test
    void aListConditionHoldsForAnyOfItsValues() {
        AssignmentRule rule = rule("billing or events", List.of(BILLING, EVENTS), List.of(Priority.LOW, Priority.HIGH), List.of(), List.of());
        assertThat(rule.matches(ticket(EVENTS, Priority.LOW, RequesterType.MEMBER, "s", "d"))).isTrue();
        assertThat(rule.matches(ticket(EVENTS, Priority.MEDIUM, RequesterType.MEMBER, "s", "d"))).isFalse();
    }

    @Test
    void keywordsMatchTheSubjectOrTheDescriptionTextIgnoringCaseAndMarkup() {
        AssignmentRule rule = rule("refunds", List.of(), List.of(), List.of(), List.of("refund", "chargeback"));
        assertThat(rule.matches(ticket(BILLING, Priority.LOW, RequesterType.MEMBER, "REFUND please", "<p>hi</p>"))).isTrue();
        assertThat(rule.matches(ticket(BILLING, Priority.LOW, RequesterType.MEMBER, "Question", "<p>A charge back on my card</p>"))).isFalse();
        // The text is what the reader sees: markup inside a word does not split it.
        assertThat(rule.matches(ticket(BILLING, Priority.LOW, RequesterType.MEMBER, "Question", "<p>A <b>Charge</b>back on my card</p>"))).isTrue();
        assertThat(rule.matches(ticket(BILLING, Priority.LOW, RequesterType.MEMBER, "Question", "<p>A <b>chargeback</b> on my card</p>"))).isTrue();
        // Markup is not text: a keyword that only appears in a tag or attribute does not match.
        assertThat(rule.matches(ticket(BILLING, Priority.LOW, RequesterType.MEMBER, "Question", "<a href=\"https://x.org/refund\">link</a>"))).isFalse();
    }

    @Test
    void theFirstMatchingEnabledRuleInOrderWins() {
        AssignmentRule disabled = new AssignmentRule(UUID.randomUUID(), "disabled", 1, false, List.of(), List.of(), List.of(), List.of(),
                "agent", null, null, null, null, 0);
        AssignmentRule billing = rule("billing", List.of(BILLING), List.of(), List.of(), List.of());
        AssignmentRule catchAll = rule("everything", List.of(), List.of(), List.of(), List.of());
        Ticket billingTicket = ticket(BILLING, Priority.LOW, RequesterType.MEMBER, "s", "d");
        Ticket eventsTicket = ticket(EVENTS, Priority.LOW, RequesterType.MEMBER, "s", "d");
        assertThat(AssignmentRule.firstMatch(List.of(disabled, billing, catchAll), billingTicket)).isSameAs(billing);
        assertThat(AssignmentRule.firstMatch(List.of(disabled, billing, catchAll), eventsTicket)).isSameAs(catchAll);
        assertThat(AssignmentRule.firstMatch(List.of(disabled, billing), eventsTicket)).isNull();
    }

    private static AssignmentRule rule(String name, List<UUID> categories, List<Priority> priorities, List<RequesterType> types, List<String> keywords) {
        return new AssignmentRule(UUID.randomUUID(), name, 1, true, categories, priorities, types, keywords, "agent", null, null, null, null, 0);
    }

    private static Ticket ticket(UUID category, Priority priority, RequesterType type, String subject, String description) {
        return new Ticket(UUID.randomUUID(), 1, subject, description, TicketStatus.OPEN, priority, category, "requester", type, "R", null,
                null, null, TicketChannel.WEB, null, "requester", null, null, null, null, null, null, List.of(), 0, 1);
    }
}
