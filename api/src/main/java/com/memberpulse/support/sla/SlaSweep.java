package com.memberpulse.support.sla;

import com.memberpulse.support.sla.internal.DueWork;
import com.memberpulse.support.sla.internal.SweepMapper;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the SLA work that is due across all tenants of the database (clock warnings and breaches, auto-closes) through
 * the one index over {@code support_control.sla_due}, never by visiting tenant schemas, and does each piece in its
 * tenant ({@link Escalations}). Safe on any number of instances at once: a piece is claimed with
 * {@code FOR UPDATE SKIP LOCKED} in the transaction that does it. A failing piece is tried again with exponential
 * back-off and never holds up the others. A disabled tenant's work waits for it to come back; a deleted tenant's is
 * forgotten.
 */
@Component
class SlaSweep {

    static final String AUTO_CLOSE = "AUTO_CLOSE";
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(SlaSweep.class);

    private final SweepMapper due;
    private final Escalations escalations;
    private final TenantService tenants;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Duration backoffBase;
    private final Duration backoffCap;

    SlaSweep(SweepMapper due, Escalations escalations, TenantService tenants, Clock clock, PlatformTransactionManager transactionManager,
             @Value("${memberpulse.sla.backoff-base:PT30S}") Duration backoffBase, @Value("${memberpulse.sla.backoff-cap:PT30M}") Duration backoffCap) {
        this.due = due;
        this.escalations = escalations;
        this.tenants = tenants;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.backoffBase = backoffBase;
        this.backoffCap = backoffCap;
    }

    @Scheduled(initialDelayString = "${memberpulse.sla.sweep-interval:PT15S}", fixedDelayString = "${memberpulse.sla.sweep-interval:PT15S}")
    void scheduled() {
        sweep();
    }

    /** One sweep: every piece of work due now, batch after batch. Answers how many were done. */
    int sweep() {
        Instant now = clock.instant();
        Map<String, Optional<Tenant>> known = new HashMap<>();
        int done = 0;
        while (true) {
            List<DueWork> batch = transaction.execute(status -> due.dueBy(ClockBook.time(now), BATCH));
            int busy = 0;
            for (DueWork work : batch) {
                Optional<Tenant> tenant = known.computeIfAbsent(work.tenantSlug(), tenants::find);
                if (tenant.isEmpty() || tenant.get().state() == Tenant.State.DELETED) {
                    transaction.executeWithoutResult(status -> due.forget(work.tenantSlug()));
                    continue;
                }
                Escalations.Outcome outcome = tenant.get().state() == Tenant.State.ACTIVE ? handle(tenant.get(), work) : Escalations.Outcome.BUSY;
                done += outcome == Escalations.Outcome.DONE ? 1 : 0;
                busy += outcome == Escalations.Outcome.BUSY ? 1 : 0;
            }
            if (batch.size() < BATCH || busy == batch.size()) {
                return done;
            }
        }
    }

    private Escalations.Outcome handle(Tenant tenant, DueWork work) {
        try {
            return TenantContext.callIn(tenant, () -> escalations.handle(work));
        } catch (RuntimeException failure) {
            Duration wait = backoffBase.multipliedBy(1L << Math.min(work.attempts(), 16));
            Instant retryAt = clock.instant().plus(wait.compareTo(backoffCap) > 0 ? backoffCap : wait);
            log.warn("SLA work {} of ticket {} in tenant {} failed (try {}); trying again at {}", work.kind(), work.ticketId(), tenant.slug(),
                    work.attempts() + 1, retryAt, failure);
            TenantContext.runIn(tenant, () -> transaction.executeWithoutResult(status -> due.failed(tenant.slug(), work.ticketId(), work.kind(),
                    ClockBook.time(retryAt), String.valueOf(failure.getMessage()))));
            return Escalations.Outcome.BUSY;
        }
    }
}
