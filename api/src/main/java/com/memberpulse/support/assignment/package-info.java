/**
 * Assignment (SPEC section 8): the support team read from Keycloak (agents, with the availability, capacity and
 * teams admins set here), manual assignment by admins, and automatic assignment by ordered rules with round-robin
 * or workload balancing, run when a ticket is raised or reclassified and whenever an agent frees up.
 * <p>
 * The choice of agent is plain Java ({@link com.memberpulse.support.assignment.AgentChoice}); the engine
 * ({@link com.memberpulse.support.assignment.AutoAssigner}) serialises decisions per tenant with a PostgreSQL
 * advisory lock, so turns and capacities hold across instances. It listens to
 * {@link com.memberpulse.support.ticket.TicketEvent}s and calls {@link com.memberpulse.support.ticket.TicketService}
 * to change assignees; the ticket feature knows nothing of it.
 */
@NullMarked
package com.memberpulse.support.assignment;

import org.jspecify.annotations.NullMarked;
