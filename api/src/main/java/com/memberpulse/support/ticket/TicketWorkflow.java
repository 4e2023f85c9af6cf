package com.memberpulse.support.ticket;

import java.util.Optional;

/**
 * The ticket workflow of SPEC section 3, free of any framework. Staff move a ticket freely between OPEN,
 * IN_PROGRESS, WAITING and RESOLVED, and close it from any of them; a requester may only close their own
 * ticket. CLOSED is final. A requester's reply moves a WAITING or RESOLVED ticket back to IN_PROGRESS, and
 * on a CLOSED ticket opens a new, linked one.
 */
public final class TicketWorkflow {

    /** Who asks for a move: staff work the ticket; the requester owns it. */
    public enum Mover { STAFF, REQUESTER }

    /** Why a move is refused, as a message that names the statuses. */
    public record Refusal(Kind kind, String message) {

        public enum Kind {
            /** The workflow does not allow this move for anyone. */
            INVALID_TRANSITION,
            /** The workflow allows it, but not for this mover. */
            NOT_ALLOWED_FOR_MOVER
        }
    }

    private TicketWorkflow() {
    }

    /** Whether {@code mover} may move a ticket from {@code from} to {@code to}; empty means yes. */
    public static Optional<Refusal> check(TicketStatus from, TicketStatus to, Mover mover) {
        if (from == TicketStatus.CLOSED) {
            return invalid(from, to, "closed tickets are final; the member can write again to open a new ticket");
        }
        if (from == to) {
            return invalid(from, to, "the ticket already has that status");
        }
        if (mover == Mover.REQUESTER && to != TicketStatus.CLOSED) {
            return Optional.of(new Refusal(Refusal.Kind.NOT_ALLOWED_FOR_MOVER,
                    "A requester may only close their ticket, not move it from " + from + " to " + to + "."));
        }
        return Optional.empty();
    }

    /** What a requester's reply does to the status. */
    public sealed interface ReplyEffect {
        /** The ticket stays as it is. */
        record Unchanged() implements ReplyEffect {
        }

        /** The ticket moves to {@code status} (and its SLA clocks resume). */
        record Reopen(TicketStatus status) implements ReplyEffect {
        }

        /** The ticket is closed: the reply starts a new ticket linked to it. */
        record FollowUp() implements ReplyEffect {
        }
    }

    public static ReplyEffect onRequesterReply(TicketStatus status) {
        return switch (status) {
            case WAITING, RESOLVED -> new ReplyEffect.Reopen(TicketStatus.IN_PROGRESS);
            case CLOSED -> new ReplyEffect.FollowUp();
            case OPEN, IN_PROGRESS -> new ReplyEffect.Unchanged();
        };
    }

    private static Optional<Refusal> invalid(TicketStatus from, TicketStatus to, String why) {
        return Optional.of(new Refusal(Refusal.Kind.INVALID_TRANSITION,
                "A ticket cannot move from " + from + " to " + to + ": " + why + "."));
    }
}
