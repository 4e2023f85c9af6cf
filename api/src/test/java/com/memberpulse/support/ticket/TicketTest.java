package com.memberpulse.support.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every change of a ticket decided in plain Java: the ticket after it, its history entries and its events. */
class TicketTest {

    private static final OffsetDateTime RAISED = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime NOW = RAISED.plusHours(3);
    private static final Actor AGENT = Actor.user("agent-1", "Ann Agent");
    private static final Actor MEMBER = Actor.user("member-1", "Mia Member");
    private static final UUID BILLING = UUID.randomUUID();
    private static final UUID EVENTS = UUID.randomUUID();

    @Test
    void aNewTicketIsOpenWantsAnAgentAndSponsorsStartHigh() {
        TicketChange member = Ticket.raise(draft(RequesterType.MEMBER), MEMBER, null, RAISED);
        TicketChange sponsor = Ticket.raise(draft(RequesterType.SPONSOR), MEMBER, null, RAISED);

        assertThat(member.before()).isNull();
        assertThat(member.after().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(member.after().priority()).isEqualTo(Priority.MEDIUM);
        assertThat(sponsor.after().priority()).isEqualTo(Priority.HIGH);
        assertThat(member.after().version()).isZero();
        assertThat(member.after().createdAt()).isEqualTo(RAISED);
        assertThat(member.history()).singleElement().satisfies(entry -> {
            assertThat(entry.field()).isEqualTo(HistoryEntry.Field.CREATED);
            assertThat(entry.toValue()).isEqualTo("OPEN");
            assertThat(entry.actorId()).isEqualTo("member-1");
        });
        assertThat(member.events()).containsExactly(
                new TicketEvent.Created(7, TicketStatus.OPEN, Priority.MEDIUM, BILLING, RequesterType.MEMBER, null),
                new TicketEvent.NeedsAssignee(RAISED));
    }

    @Test
    void resolvingSetsResolvedAtClosingKeepsItAndReopeningClearsIt() {
        Ticket resolved = open().moveTo(TicketStatus.RESOLVED, TicketWorkflow.Mover.STAFF, AGENT, " Fixed ", NOW).after();
        assertThat(resolved.resolvedAt()).isEqualTo(NOW);
        assertThat(resolved.version()).isEqualTo(1);

        TicketChange closing = resolved.moveTo(TicketStatus.CLOSED, TicketWorkflow.Mover.STAFF, AGENT, null, NOW.plusDays(1));
        assertThat(closing.after().resolvedAt()).isEqualTo(NOW);
        assertThat(closing.after().closedAt()).isEqualTo(NOW.plusDays(1));
        assertThat(closing.history()).singleElement().satisfies(entry -> {
            assertThat(entry.fromValue()).isEqualTo("RESOLVED");
            assertThat(entry.toValue()).isEqualTo("CLOSED");
        });

        Ticket reopened = resolved.moveTo(TicketStatus.OPEN, TicketWorkflow.Mover.STAFF, AGENT, null, NOW).after();
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(open().moveTo(TicketStatus.RESOLVED, TicketWorkflow.Mover.STAFF, AGENT, " Fixed ", NOW).history().getFirst().note())
                .isEqualTo("Fixed");
    }

    @Test
    void aHeldTicketLeavingTheOpenStatusesReleasesItsHoldersLoad() {
        Ticket held = open().assign(new Assignee("agent-2", "Bo"), AGENT, null, NOW).after();

        assertThat(held.moveTo(TicketStatus.WAITING, TicketWorkflow.Mover.STAFF, AGENT, null, NOW).events())
                .containsExactly(new TicketEvent.StatusChanged(TicketStatus.OPEN, TicketStatus.WAITING));
        assertThat(held.moveTo(TicketStatus.RESOLVED, TicketWorkflow.Mover.STAFF, AGENT, null, NOW).events())
                .containsExactly(new TicketEvent.StatusChanged(TicketStatus.OPEN, TicketStatus.RESOLVED), new TicketEvent.LoadReleased("agent-2"));
        assertThat(open().moveTo(TicketStatus.RESOLVED, TicketWorkflow.Mover.STAFF, AGENT, null, NOW).events())
                .containsExactly(new TicketEvent.StatusChanged(TicketStatus.OPEN, TicketStatus.RESOLVED));
    }

    @Test
    void illegalMovesAreRefusedNamingBothStatuses() {
        Ticket closed = open().moveTo(TicketStatus.CLOSED, TicketWorkflow.Mover.STAFF, AGENT, null, NOW).after();

        assertThatThrownBy(() -> closed.moveTo(TicketStatus.OPEN, TicketWorkflow.Mover.STAFF, AGENT, null, NOW))
                .isInstanceOfSatisfying(SupportException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION))
                .hasMessageContaining("CLOSED").hasMessageContaining("OPEN");
        assertThatThrownBy(() -> open().moveTo(TicketStatus.RESOLVED, TicketWorkflow.Mover.REQUESTER, MEMBER, null, NOW))
                .isInstanceOfSatisfying(SupportException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void anEscalationRaisesThePriorityOneStepSaysSoAndLeavesHighAndClosedTicketsAlone() {
        Actor policy = Actor.rule("policy-1", "SLA policy Members");
        TicketChange raised = open().escalate(policy, "SLA first response breach", NOW);

        assertThat(raised.after().priority()).isEqualTo(Priority.HIGH);
        assertThat(raised.events()).startsWith(new TicketEvent.PriorityChanged(Priority.MEDIUM, Priority.HIGH, true));
        assertThat(raised.history()).singleElement().satisfies(entry -> {
            assertThat(entry.actorType()).isEqualTo(HistoryEntry.ActorType.RULE);
            assertThat(entry.note()).isEqualTo("SLA first response breach");
        });
        assertThat(raised.after().escalate(policy, "again", NOW).isNone()).as("HIGH stays").isTrue();
        Ticket low = open().reprioritise(Priority.LOW, AGENT, null, NOW).after();
        assertThat(low.escalate(policy, "warning", NOW).after().priority()).isEqualTo(Priority.MEDIUM);
        Ticket closed = open().moveTo(TicketStatus.CLOSED, TicketWorkflow.Mover.STAFF, AGENT, null, NOW).after();
        assertThat(closed.escalate(policy, "late", NOW).isNone()).isTrue();
    }

    @Test
    void priorityAndCategoryChangesRetryAssignmentOfAnUnassignedTicketAndLighterOnesReleaseLoad() {
        TicketChange urgent = open().reprioritise(Priority.HIGH, AGENT, null, NOW);
        assertThat(urgent.events()).containsExactly(new TicketEvent.PriorityChanged(Priority.MEDIUM, Priority.HIGH, false),
                new TicketEvent.NeedsAssignee(RAISED));
        assertThat(urgent.after().version()).isEqualTo(1);

        Ticket held = open().assign(new Assignee("agent-2", "Bo"), AGENT, null, NOW).after();
        assertThat(held.reprioritise(Priority.LOW, AGENT, null, NOW).events())
                .containsExactly(new TicketEvent.PriorityChanged(Priority.MEDIUM, Priority.LOW, false), new TicketEvent.LoadReleased("agent-2"));
        assertThat(held.reprioritise(Priority.HIGH, AGENT, null, NOW).events())
                .containsExactly(new TicketEvent.PriorityChanged(Priority.MEDIUM, Priority.HIGH, false));

        TicketChange moved = open().recategorise(EVENTS, AGENT, "Wrong desk", NOW);
        assertThat(moved.after().categoryId()).isEqualTo(EVENTS);
        assertThat(moved.events()).containsExactly(new TicketEvent.CategoryChanged(BILLING, EVENTS), new TicketEvent.NeedsAssignee(RAISED));
        assertThat(moved.history().getFirst().note()).isEqualTo("Wrong desk");
    }

    @Test
    void changingToWhatItAlreadyIsWritesNothing() {
        assertThat(open().reprioritise(Priority.MEDIUM, AGENT, null, NOW).isNone()).isTrue();
        assertThat(open().recategorise(BILLING, AGENT, null, NOW).isNone()).isTrue();
        assertThat(open().assign(null, AGENT, null, NOW).isNone()).isTrue();
    }

    @Test
    void aClosedTicketRefusesEveryOtherChange() {
        Ticket closed = open().moveTo(TicketStatus.CLOSED, TicketWorkflow.Mover.STAFF, AGENT, null, NOW).after();

        for (Runnable change : List.<Runnable>of(
                () -> closed.reprioritise(Priority.HIGH, AGENT, null, NOW),
                () -> closed.recategorise(EVENTS, AGENT, null, NOW),
                () -> closed.assignByHand(new Assignee("agent-2", "Bo"), AGENT, null, NOW),
                () -> closed.staffReplied(AGENT, NOW),
                () -> closed.noteAdded(NOW))) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(SupportException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        }
    }

    @Test
    void reassigningReleasesThePreviousHolderAndReleasingHandsTheTicketBackToTheRules() {
        Ticket held = open().assign(new Assignee("agent-2", "Bo"), AGENT, null, NOW).after();

        TicketChange reassigned = held.assign(new Assignee("agent-3", "Cy"), AGENT, "Holiday", NOW);
        assertThat(reassigned.after().assigneeName()).isEqualTo("Cy");
        assertThat(reassigned.events()).containsExactly(new TicketEvent.AssigneeChanged("agent-2", "agent-3"), new TicketEvent.LoadReleased("agent-2"));
        assertThat(reassigned.history().getFirst().fromValue()).isEqualTo("agent-2");

        TicketChange released = held.release(Actor.system("Support team sync"), "Bo left", NOW);
        assertThat(released.after().assignee()).isNull();
        assertThat(released.events()).containsExactly(new TicketEvent.AssigneeChanged("agent-2", null), new TicketEvent.LoadReleased("agent-2"),
                new TicketEvent.NeedsAssignee(RAISED));
        assertThat(released.history().getFirst().actorType()).isEqualTo(HistoryEntry.ActorType.SYSTEM);

        assertThat(open().requestAssignment().events()).containsExactly(new TicketEvent.NeedsAssignee(RAISED));
        assertThat(held.requestAssignment().isNone()).isTrue();
    }

    @Test
    void theFirstStaffReplyIsTheFirstResponseAndRepliesKeepTheVersion() {
        TicketChange first = open().staffReplied(AGENT, NOW);
        assertThat(first.after().firstRespondedAt()).isEqualTo(NOW);
        assertThat(first.after().updatedAt()).isEqualTo(NOW);
        assertThat(first.after().version()).isZero();
        assertThat(first.history()).extracting(HistoryEntry::field).containsExactly(HistoryEntry.Field.FIRST_RESPONSE);
        assertThat(first.events()).containsExactly(new TicketEvent.FirstResponded(NOW));

        TicketChange second = first.after().staffReplied(AGENT, NOW.plusHours(1));
        assertThat(second.after().firstRespondedAt()).isEqualTo(NOW);
        assertThat(second.history()).isEmpty();
        assertThat(second.events()).isEmpty();

        TicketChange note = open().noteAdded(NOW);
        assertThat(note.after().firstRespondedAt()).isNull();
        assertThat(note.history()).isEmpty();
        assertThat(note.events()).isEmpty();
    }

    @Test
    void aNoteMovesWhatStaffSeeButNotWhatTheRequesterSees() {
        Ticket noted = open().noteAdded(NOW).after();
        assertThat(noted.updatedAt()).isEqualTo(NOW);
        assertThat(noted.publicUpdatedAt()).isEqualTo(RAISED);
        assertThat(noted.asSeenByRequester().updatedAt()).isEqualTo(RAISED);

        OffsetDateTime later = NOW.plusHours(1);
        assertThat(noted.staffReplied(AGENT, later).after().asSeenByRequester().updatedAt()).isEqualTo(later);
        assertThat(noted.staffReplied(AGENT, later).after().staffReplied(AGENT, later.plusHours(1)).after().asSeenByRequester().updatedAt())
                .isEqualTo(later.plusHours(1));
        assertThat(noted.requesterReplied(MEMBER, later).after().asSeenByRequester().updatedAt()).isEqualTo(later);
        assertThat(noted.moveTo(TicketStatus.WAITING, TicketWorkflow.Mover.STAFF, AGENT, null, later).after().asSeenByRequester().updatedAt())
                .isEqualTo(later);
        assertThat(noted.reprioritise(Priority.HIGH, AGENT, null, later).after().publicUpdatedAt()).isEqualTo(later);
        assertThat(noted.assign(new Assignee("agent-1", "Ann Agent"), AGENT, null, later).after().publicUpdatedAt()).isEqualTo(later);
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"WAITING", "RESOLVED"})
    void aRequesterReplyReopensAWaitingOrResolvedTicket(TicketStatus status) {
        Ticket ticket = open().moveTo(status, TicketWorkflow.Mover.STAFF, AGENT, null, NOW).after();

        TicketChange reply = ticket.requesterReplied(MEMBER, NOW.plusHours(1));
        assertThat(reply.after().status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(reply.after().resolvedAt()).isNull();
        assertThat(reply.after().version()).isEqualTo(ticket.version() + 1);
        assertThat(reply.history().getFirst().note()).isEqualTo("The requester replied");
        assertThat(reply.events()).containsExactly(new TicketEvent.StatusChanged(status, TicketStatus.IN_PROGRESS));
    }

    @Test
    void aFollowUpCopiesTheClosedTicketAndBothRecordTheLink() {
        Ticket closed = open().moveTo(TicketStatus.CLOSED, TicketWorkflow.Mover.STAFF, AGENT, null, NOW).after();
        assertThat(open().requesterReplied(MEMBER, NOW).events()).isEmpty();

        TicketChange followUp = closed.followUp(UUID.randomUUID(), 8, "<p>Again</p>", EVENTS, MEMBER, NOW);
        assertThat(followUp.after().followUpOf()).isEqualTo(closed.id());
        assertThat(followUp.after().subject()).isEqualTo(closed.subject());
        assertThat(followUp.after().requester()).isEqualTo(closed.requester());
        assertThat(followUp.history().getFirst().note()).isEqualTo("Follow-up of #7");

        TicketChange link = closed.followUpOpened(followUp.after(), MEMBER);
        assertThat(link.changesRow()).isFalse();
        assertThat(link.history().getFirst().toValue()).isEqualTo("#8");
        assertThat(link.events()).containsExactly(new TicketEvent.FollowUpOpened(followUp.after().id()));
    }

    private static Ticket open() {
        return Ticket.raise(draft(RequesterType.MEMBER), MEMBER, null, RAISED).after();
    }

    private static Ticket.Draft draft(RequesterType type) {
        return new Ticket.Draft(UUID.fromString("00000000-0000-0000-0000-000000000007"), 7, "Cannot renew", "<p>Help</p>", BILLING,
                new Requester("member-1", type, "Mia Member", "mia@example.org"), TicketChannel.WEB, null, "member-1");
    }
}
