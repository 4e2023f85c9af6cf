package com.memberpulse.support.assignment;

import com.memberpulse.support.assignment.internal.AgentMapper;
import com.memberpulse.support.assignment.internal.QueueMapper;
import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.ticket.Assignee;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.Recorded;
import com.memberpulse.support.ticket.HistoryEntry;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual assignment (SPEC section 8): admins assign, reassign and unassign, with an optional reason that the
 * history keeps. An admin's choice is not bound by availability or capacity, but the agent must be an active agent
 * of the tenant.
 */
@Service
class AssignmentService {

    private final TicketAssignment tickets;
    private final AgentMapper agents;
    private final QueueMapper queue;

    AssignmentService(TicketAssignment tickets, AgentMapper agents, QueueMapper queue) {
        this.tickets = tickets;
        this.agents = agents;
        this.queue = queue;
    }

    /** Gives the ticket to the agent (taking it from whoever held it). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Recorded<Ticket> assign(UUID ticketId, int version, String agentId, String reason) {
        SupportAgent agent = agentId == null ? null : agents.find(agentId);
        if (agent == null) {
            throw new SupportException(ErrorCode.NOT_FOUND, "Agent " + Echo.of(agentId) + " was not found.", "input.agentId");
        }
        if (!agent.active()) {
            throw SupportException.validation("input.agentId", agent.name() + " is no longer an active agent: choose someone else.");
        }
        Recorded<Ticket> assigned = tickets.assign(ticketId, version, new Assignee(agent.id(), agent.name()), reason(reason));
        queue.remove(assigned.value().id());
        return assigned;
    }

    /**
     * Takes the ticket from its agent. It then stays unassigned in the queue, unless {@code reassignAutomatically},
     * which hands it to the assignment rules (its events say so).
     */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Recorded<Ticket> unassign(UUID ticketId, int version, String reason, boolean reassignAutomatically) {
        Recorded<Ticket> unassigned = tickets.assign(ticketId, version, null, reason(reason));
        Ticket ticket = unassigned.value();
        if (!reassignAutomatically) {
            queue.remove(ticket.id());
            return unassigned;
        }
        List<DomainEvent> events = new ArrayList<>(unassigned.events());
        events.addAll(tickets.requestAssignment(ticket.id()));
        return new Recorded<>(ticket, events);
    }

    /** A reason is a history note, checked here so that a refusal names the reason's field. */
    private static @Nullable String reason(@Nullable String reason) {
        return TextInput.optionalLine(reason, "input.reason", HistoryEntry.MAX_NOTE, "A reason");
    }
}
