package com.memberpulse.support.ticket;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.Recorded;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who holds a ticket: the ticket feature's face for the {@code assignment} feature. The manual operations are
 * authorised here (admins only, SPEC section 2); the automatic ones are for assignment's own jobs, which run with no
 * user and have chosen among the tickets this face locked for them. Every change goes through {@link Ticket}, so
 * history and events are written as for any other change.
 */
public interface TicketAssignment {

    /**
     * An admin gives the ticket to an agent, or takes it from its holder ({@code agent} null), if {@code version} is
     * the current one; the reason goes into the history. The assignment feature has checked the agent.
     */
    Recorded<Ticket> assign(UUID ticketId, int version, @Nullable Assignee agent, @Nullable String reason);

    /** An admin hands an open, unassigned ticket back to automatic assignment; nothing happens to any other. */
    List<DomainEvent> requestAssignment(UUID ticketId);

    /**
     * The open, unassigned tickets among {@code ids}, locked until the caller's transaction ends, oldest first. With
     * {@code skipLocked}, tickets someone else is changing right now are left out rather than waited for.
     */
    List<Ticket> lockAssignable(List<UUID> ids, boolean skipLocked);

    /** Automatic assignment gives a ticket it locked with {@link #lockAssignable} to {@code agent}, as {@code rule}. */
    void assignAutomatically(Ticket ticket, Assignee agent, Actor rule, String note);

    /**
     * Takes every open ticket from an agent who can no longer hold them (gone from Keycloak, disabled, no longer
     * staff) and hands them back to automatic assignment; each history entry says why. Answers how many.
     */
    Recorded<Integer> releaseAllHeldBy(String agentId, Actor actor, String why);
}
