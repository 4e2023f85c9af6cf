package com.memberpulse.support.ticket;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One immutable line of a ticket's history: who (a user, a rule or the system) changed which field from
 * what to what, and when. Written in the same transaction as the change; never updated or deleted.
 */
public record HistoryEntry(long id, UUID ticketId, @Nullable OffsetDateTime occurredAt, ActorType actorType, String actorId,
                           String actorName, Field field, String fromValue, String toValue, String note) {

    /** The longest note (a status note, an assignment reason) in code points; notes are one line. */
    public static final int MAX_NOTE = 1000;

    public enum ActorType { USER, RULE, SYSTEM }

    /** What changed. Later features add theirs (notifications, summaries). */
    public enum Field { CREATED, STATUS, PRIORITY, CATEGORY, ASSIGNEE, FIRST_RESPONSE, FOLLOW_UP, SLA, NOTIFICATION, TAGS }

    /** This entry as it happened at {@code at}, unless it says when already. */
    public HistoryEntry at(OffsetDateTime at) {
        return occurredAt != null ? this : new HistoryEntry(id, ticketId, at, actorType, actorId, actorName, field, fromValue, toValue, note);
    }

    /** An entry another feature adds to a ticket's history in the transaction of a change (see {@link TicketChangeParticipant}). */
    public static HistoryEntry of(UUID ticketId, Actor actor, Field field, @Nullable String from, @Nullable String to, @Nullable String note) {
        return new HistoryEntry(0, ticketId, null, actor.type(), actor.id(), actor.name(), field, from, to, note);
    }
}
