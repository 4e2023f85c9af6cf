package com.memberpulse.support.ticket;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.security.Access;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.ticket.internal.TicketMapper;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tickets as the caller may see them (SPEC section 2): staff every ticket of the tenant, a requester their own;
 * anything else is NOT_FOUND, exactly like a ticket that does not exist. Tickets read for a change are the stored ones;
 * tickets read to be shown are as the caller may see them.
 */
@Component
class VisibleTickets {

    private final TicketMapper tickets;
    private final Access access;

    VisibleTickets(TicketMapper tickets, Access access) {
        this.tickets = tickets;
        this.access = access;
    }

    /** The ticket as the caller is shown it: a requester sees it last updated when something they can see changed. */
    Ticket find(@Nullable UUID id) {
        Ticket ticket = visible(id == null ? null : tickets.find(id));
        return access.staff() ? ticket : ticket.asSeenByRequester();
    }

    /** The ticket, locked until the transaction ends. */
    Ticket lock(@Nullable UUID id) {
        return visible(id == null ? null : tickets.lock(id));
    }

    /** The ticket, locked, if {@code version} is still its own (CONFLICT otherwise). */
    Ticket lock(@Nullable UUID id, int version) {
        Ticket ticket = lock(id);
        if (ticket.version() != version) {
            throw SupportException.conflict("Ticket " + ticket.reference() + " was changed by someone else (version "
                    + ticket.version() + ", you had " + version + "). Reload it and try again.");
        }
        return ticket;
    }

    /**
     * The follow-ups of these tickets (ones the caller may see) that the caller may see too, oldest first, as they are
     * shown them: staff every one, a requester their own.
     */
    List<Ticket> followUpsOf(Collection<UUID> ids) {
        if (access.staff()) {
            return tickets.followUpsOf(ids, null);
        }
        return tickets.followUpsOf(ids, CurrentUser.get().userId()).stream().map(Ticket::asSeenByRequester).toList();
    }

    boolean callerIsStaff() {
        return access.staff();
    }

    private Ticket visible(@Nullable Ticket ticket) {
        if (ticket == null || !(access.staff() || ticket.requesterId().equals(CurrentUser.get().userId()))) {
            throw SupportException.notFound("Ticket");
        }
        return ticket;
    }
}
