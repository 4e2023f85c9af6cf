package com.memberpulse.support.sla;

import com.memberpulse.support.sla.internal.ClockMapper;
import com.memberpulse.support.sla.internal.LedgerEntry;
import com.memberpulse.support.sla.internal.StoredClock;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Actor;
import com.memberpulse.support.ticket.HistoryEntry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a ticket's clocks are kept, in the current tenant's transaction: the rows, the sweep's due list (each
 * level's next instant, or none once fired or while the clock does not run), the ledger.
 */
@Component
class ClockBook {

    private final ClockMapper clocks;
    private final SlaSetup setup;

    ClockBook(ClockMapper clocks, SlaSetup setup) {
        this.clocks = clocks;
        this.setup = setup;
    }

    /** The ticket's clocks, locked until the transaction ends, each with its calendar. */
    List<TrackedClock> lock(UUID ticketId) {
        return clocks.lock(ticketId).stream().map(row -> TrackedClock.of(row, calendarOf(row))).toList();
    }

    /** Writes the clock and replaces its due work. */
    void keep(TrackedClock clock) {
        clocks.save(clock.stored());
        String tenant = TenantContext.require().slug();
        for (EscalationLevel level : EscalationLevel.values()) {
            String kind = clock.target() + "_" + level;
            @Nullable Instant next = clock.nextAt(level);
            if (next == null) {
                clocks.clearDue(tenant, clock.ticketId(), kind);
            } else {
                clocks.scheduleDue(tenant, clock.ticketId(), kind, time(next));
            }
        }
    }

    /** Notes in the ledger what happened to the clock and why; returns the matching history entry for the ticket. */
    HistoryEntry record(TrackedClock clock, String kind, Instant at, String reason, Actor actor) {
        Instant due = clock.dueAt();
        clocks.record(new LedgerEntry(0, clock.ticketId(), clock.target().name(), kind, time(at), reason, clock.calendarName(),
                due == null ? null : time(due)));
        return HistoryEntry.of(clock.ticketId(), actor, HistoryEntry.Field.SLA, null, clock.target() + " " + kind, reason);
    }

    private BusinessCalendar calendarOf(StoredClock row) {
        return row.calendarId() == null ? BusinessCalendar.roundTheClock()
                : setup.calendar(row.calendarId()).map(SupportCalendar::rules).orElse(BusinessCalendar.roundTheClock());
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
