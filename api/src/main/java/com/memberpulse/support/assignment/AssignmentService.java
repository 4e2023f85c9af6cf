package com.memberpulse.support.assignment;

import com.memberpulse.support.assignment.internal.AgentMapper;
import com.memberpulse.support.assignment.internal.QueueMapper;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.ticket.Assignee;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketService;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual assignment (SPEC section 8): admins assign, reassign and unassign, with an optional reason that the
 * history keeps. An admin's choice is not bound by availability or capacity, but the agent must be an active agent
 * of the tenant.
 */
@Service
public class AssignmentService {

    private final TicketService tickets;
    private final AgentMapper agents;
    private final QueueMapper queue;

    AssignmentService(TicketService tickets, AgentMapper agents, QueueMapper queue) {
        this.tickets = tickets;
        this.agents = agents;
        this.queue = queue;
    }

    /** Gives the ticket to the agent (taking it from whoever held it). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Ticket assign(UUID ticketId, int version, String agentId, String reason) {
        SupportAgent agent = agentId == null ? null : agents.find(agentId);
        if (agent == null) {
            throw new SupportException(ErrorCode.NOT_FOUND, "Agent " + agentId + " was not found.", "input.agentId");
        }
        if (!agent.active()) {
            throw SupportException.validation("input.agentId", agent.name() + " is no longer an active agent: choose someone else.");
        }
        Ticket ticket = tickets.assign(ticketId, version, new Assignee(agent.id(), agent.name()), reason);
        queue.remove(ticket.id());
        return ticket;
    }

    /**
     * Takes the ticket from its agent. It then stays unassigned in the queue, unless {@code reassignAutomatically},
     * which hands it to the assignment rules (after the commit).
     */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Ticket unassign(UUID ticketId, int version, String reason, boolean reassignAutomatically) {
        Ticket ticket = tickets.assign(ticketId, version, null, reason);
        if (reassignAutomatically) {
            tickets.requestAssignment(ticket.id());
        } else {
            queue.remove(ticket.id());
        }
        return ticket;
    }
}
