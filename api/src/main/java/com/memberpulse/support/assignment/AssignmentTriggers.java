package com.memberpulse.support.assignment;

import com.memberpulse.support.common.AfterCommit;
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

/**
 * When automatic assignment runs (SPEC section 8): a ticket that wants an agent is queued in the transaction that
 * made it want one and placed right after that commits (before the request answers); whenever an agent frees capacity or comes back, the
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

    // Placing and draining open transactions of their own: they run once the change has committed and given its
    // connection back (AfterCommit), and a failure there must not fail the change: the sweep tries again.

    @EventListener
    void queue(TicketEvent.NeedsAssignee event) {
        assigner.enqueue(event.ticketId());
        afterCommit(null, () -> assigner.place(List.of(event.ticketId())));
    }

    @EventListener
    void drain(TicketEvent.LoadReleased event) {
        afterCommit("drain", assigner::drain);
    }

    @EventListener
    void drain(CapacityFreed event) {
        afterCommit("drain", assigner::drain);
    }

    /** Registers work for after the commit, in the tenant of the change; a non-null key runs once per tenant and commit. */
    private static void afterCommit(String key, Runnable work) {
        Tenant tenant = TenantContext.require();
        AfterCommit.register(key == null ? null : key + ":" + tenant.slug(), () -> TenantContext.callIn(tenant, () -> {
            work.run();
            return null;
        }));
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
