package com.memberpulse.support.sla;

import com.memberpulse.support.sla.internal.ClockMapper;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantService;
import com.memberpulse.support.ticket.HistoryEntry;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketAutomation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the tickets that were open when SLA tracking began (listed by the migration in {@code sla_backfill}) their
 * clocks, replayed from each ticket's creation and history ({@link TicketClocks#replay}). Runs in the background once
 * an instance is up, tenant by tenant, a batch per transaction, logging its progress; several instances share the work
 * (a ticket someone holds is left for the next pass) and a stopped run continues where it was.
 */
@Component
class SlaBackfill {

    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(SlaBackfill.class);

    private final ClockMapper clocks;
    private final TicketClocks ticketClocks;
    private final TicketAutomation tickets;
    private final TenantService tenants;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SlaBackfill(ClockMapper clocks, TicketClocks ticketClocks, TicketAutomation tickets, TenantService tenants, Clock clock,
                PlatformTransactionManager transactionManager) {
        this.clocks = clocks;
        this.ticketClocks = ticketClocks;
        this.tickets = tickets;
        this.tenants = tenants;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void inTheBackground() {
        Thread.ofVirtual().name("sla-backfill").start(this::run);
    }

    /** Replays every tenant's waiting tickets; answers how many got clocks. */
    int run() {
        AtomicInteger total = new AtomicInteger();
        tenants.forEachActive("replay SLA clocks", tenant -> total.addAndGet(runInCurrentTenant(tenant)));
        return total.get();
    }

    private int runInCurrentTenant(Tenant tenant) {
        int done = 0;
        while (true) {
            Batch batch = transaction.execute(status -> {
                List<UUID> waiting = clocks.awaitingBackfill(BATCH);
                int replayed = 0;
                for (UUID id : waiting) {
                    Optional<Ticket> ticket = tickets.lockIfFree(id);
                    if (ticket.isPresent()) {
                        List<HistoryEntry> history = tickets.history(id);
                        ticketClocks.replay(ticket.get(), history, clock.instant())
                                .forEach(entry -> tickets.note(id, TicketClocks.SLA, entry.field(), entry.toValue(), entry.note()));
                        clocks.backfilled(id);
                        replayed++;
                    }
                }
                return new Batch(waiting.size(), replayed);
            });
            done += batch.replayed();
            if (batch.replayed() > 0) {
                log.info("SLA clocks replayed for {} tickets of tenant {} so far", done, tenant.slug());
            }
            if (batch.waiting() < BATCH || batch.replayed() == 0) {
                return done;
            }
        }
    }

    private record Batch(int waiting, int replayed) {
    }
}
