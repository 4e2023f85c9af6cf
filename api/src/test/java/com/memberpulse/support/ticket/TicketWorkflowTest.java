package com.memberpulse.support.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ticket.TicketWorkflow.Mover;
import com.memberpulse.support.ticket.TicketWorkflow.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of statuses, for staff and for the requester, against the rules of SPEC section 3. */
class TicketWorkflowTest {

    /** The expected outcome of every move, written out rather than derived: null = allowed. */
    private static Refusal.Kind expected(TicketStatus from, TicketStatus to, Mover mover) {
        if (from == TicketStatus.CLOSED || from == to) {
            return Refusal.Kind.INVALID_TRANSITION;
        }
        if (mover == Mover.REQUESTER) {
            return to == TicketStatus.CLOSED ? null : Refusal.Kind.NOT_ALLOWED_FOR_MOVER;
        }
        return null;
    }

    static Stream<Arguments> everyMove() {
        List<Arguments> moves = new ArrayList<>();
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                for (Mover mover : Mover.values()) {
                    moves.add(Arguments.of(from, to, mover));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{2}: {0} -> {1}")
    @MethodSource("everyMove")
    void everyMoveFollowsTheRules(TicketStatus from, TicketStatus to, Mover mover) {
        Optional<Refusal> refusal = TicketWorkflow.check(from, to, mover);

        Refusal.Kind expected = expected(from, to, mover);
        if (expected == null) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).get().extracting(Refusal::kind).isEqualTo(expected);
            assertThat(refusal.get().message()).contains(from.name()).contains(to.name());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"OPEN", "IN_PROGRESS", "WAITING", "RESOLVED"})
    void staffMayCloseFromAnyOpenStatusAndSoMayTheRequester(TicketStatus from) {
        assertThat(TicketWorkflow.check(from, TicketStatus.CLOSED, Mover.STAFF)).isEmpty();
        assertThat(TicketWorkflow.check(from, TicketStatus.CLOSED, Mover.REQUESTER)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void closedIsFinalForEveryone(TicketStatus to) {
        for (Mover mover : Mover.values()) {
            assertThat(TicketWorkflow.check(TicketStatus.CLOSED, to, mover)).get()
                    .extracting(Refusal::kind).isEqualTo(Refusal.Kind.INVALID_TRANSITION);
        }
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void aRequesterReplyReopensWaitingAndResolvedAndFollowsUpClosed(TicketStatus status) {
        TicketWorkflow.ReplyEffect effect = TicketWorkflow.onRequesterReply(status);

        switch (status) {
            case WAITING, RESOLVED -> assertThat(effect).isEqualTo(new TicketWorkflow.ReplyEffect.Reopen(TicketStatus.IN_PROGRESS));
            case CLOSED -> assertThat(effect).isInstanceOf(TicketWorkflow.ReplyEffect.FollowUp.class);
            case OPEN, IN_PROGRESS -> assertThat(effect).isInstanceOf(TicketWorkflow.ReplyEffect.Unchanged.class);
        }
    }
}
