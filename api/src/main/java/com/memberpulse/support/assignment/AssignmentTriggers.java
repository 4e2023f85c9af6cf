package com.memberpulse.support.assignment;

import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import com.memberpulse.support.ticket.TicketEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When automatic assignment runs (SPEC section 8): a ticket that wants an agent is queued in the transaction that
 * made it want one and placed right after that commits; whenever an agent frees capacity or comes back, the
 * waiting tickets are placed, oldest first. A sweep does both for every tenant now and then, so a ticket whose
 * placement was cut short (the service stopped after the commit) is never forgotten.
 */
@Component
class AssignmentTriggers {

    private static final Logger log = LoggerFactory.getLogger(AssignmentTriggers.class);

    private final AutoAssigner assigner;
    private final TenantService tenants;

    AssignmentTriggers(AutoAssigner assigner, TenantService tenants) {
        this.assigner = assigner;
        this.tenants = tenants;
    }

    /** Someone (an admin, a sync) made capacity free: place the waiting tickets after the commit. */
    record CapacityFreed() {
    }

    @EventListener
    void queue(TicketEvent.NeedsAssignee event) {
        assigner.enqueue(event.ticketId());
    }

    @TransactionalEventListener
    void place(TicketEvent.NeedsAssignee event) {
        // The change is committed: a failure here must not fail the request; the ticket stays queued for the sweep.
        try {
            assigner.place(List.of(event.ticketId()));
        } catch (RuntimeException e) {
            log.warn("Could not assign ticket {} now; the sweep will try again", event.ticketId(), e);
        }
    }

    @TransactionalEventListener
    void drain(TicketEvent.LoadReleased event) {
        drainQuietly();
    }

    @TransactionalEventListener
    void drain(CapacityFreed event) {
        drainQuietly();
    }

    @Scheduled(initialDelayString = "${memberpulse.assignment.sweep-interval:PT1M}", fixedDelayString = "${memberpulse.assignment.sweep-interval:PT1M}")
    void sweep() {
        for (Tenant tenant : tenants.active()) {
            TenantContext.callIn(tenant, () -> {
                drainQuietly();
                return null;
            });
        }
    }

    private void drainQuietly() {
        try {
            assigner.drain();
        } catch (RuntimeException e) {
            log.warn("Could not place the waiting tickets now; the sweep will try again", e);
        }
    }
}
