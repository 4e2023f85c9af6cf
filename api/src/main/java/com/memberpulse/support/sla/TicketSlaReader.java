package com.memberpulse.support.sla;

import com.memberpulse.support.sla.internal.ClockMapper;
import com.memberpulse.support.sla.internal.LedgerEntry;
import com.memberpulse.support.sla.internal.StoredClock;
import com.memberpulse.support.sla.internal.StoredTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tickets' SLA for staff: the clocks as of now (states and remaining time computed from the stored clock on its
 * calendar), the measured times and the ledger. The tickets passed in are ones the caller may see (GraphQL resolved
 * them first).
 */
@Service
class TicketSlaReader {

    private final ClockMapper clocks;
    private final SlaSetup setup;
    private final Clock clock;

    TicketSlaReader(ClockMapper clocks, SlaSetup setup, Clock clock) {
        this.clocks = clocks;
        this.setup = setup;
        this.clock = clock;
    }

    /** The SLA of each of these tickets that has clocks (GraphQL batch loading). Staff only. */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public Map<UUID, TicketSla> slaOf(Collection<UUID> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<UUID, BusinessCalendar> calendars = new HashMap<>();
        Map<UUID, List<StoredClock>> byTicket = clocks.clocksOf(ticketIds).stream().collect(Collectors.groupingBy(StoredClock::ticketId));
        Map<UUID, TicketSla> result = new HashMap<>();
        byTicket.forEach((ticketId, rows) -> {
            Map<SlaTargetKind, TicketSla.Clock> views = new HashMap<>();
            for (StoredClock row : rows) {
                BusinessCalendar calendar = row.calendarId() == null ? BusinessCalendar.roundTheClock()
                        : calendars.computeIfAbsent(row.calendarId(), id -> setup.calendar(id).map(SupportCalendar::rules).orElse(BusinessCalendar.roundTheClock()));
                views.put(SlaTargetKind.valueOf(row.target()), view(TrackedClock.of(row, calendar), now));
            }
            if (views.size() == SlaTargetKind.values().length) {
                StoredClock first = rows.getFirst();
                result.put(ticketId, new TicketSla(ticketId, first.policyId(), first.calendarName(), views.get(SlaTargetKind.FIRST_RESPONSE),
                        views.get(SlaTargetKind.RESOLUTION)));
            }
        });
        return result;
    }

    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public TicketSla.Times times(TicketSla sla) {
        StoredTimes times = clocks.times(sla.ticketId());
        long paused = clocks.clocksOf(List.of(sla.ticketId())).stream()
                .filter(row -> row.target().equals(SlaTargetKind.RESOLUTION.name()))
                .mapToLong(row -> row.pausedCalendarSeconds() + (row.pausedAt() == null ? 0 : Duration.between(row.pausedAt().toInstant(), clock.instant()).toSeconds()))
                .findFirst().orElse(0);
        if (times == null) {
            return new TicketSla.Times(null, null, null, null, paused / 60, null);
        }
        return new TicketSla.Times(minutes(times.firstResponseCalendarSeconds()), minutes(times.firstResponseBusinessSeconds()),
                minutes(times.resolutionCalendarSeconds()), minutes(times.resolutionBusinessSeconds()), paused / 60, times.firstResolvedAt());
    }

    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public List<LedgerEntry> ledger(TicketSla sla) {
        return clocks.ledger(sla.ticketId());
    }

    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public @Nullable SlaPolicy policy(TicketSla sla) {
        return sla.policyId() == null ? null : setup.policy(sla.policyId()).orElse(null);
    }

    private static TicketSla.Clock view(TrackedClock tracked, Instant now) {
        SlaClock c = tracked.clock();
        return new TicketSla.Clock(tracked.target(), tracked.stateAt(now), c.target().toMinutes(), c.elapsedAt(now, tracked.calendar()).toMinutes(),
                floorMinutes(c.remainingAt(now, tracked.calendar())), time(tracked.dueAt()), time(tracked.warningAt()), time(c.stoppedAt()),
                time(tracked.breachedAt() != null ? tracked.breachedAt() : c.isRunning() && tracked.stateAt(now) == SlaState.BREACHED ? tracked.dueAt() : null));
    }

    /** Whole minutes, rounded down: overdue by 30 s shows as -1, not 0. */
    private static long floorMinutes(Duration duration) {
        return Math.floorDiv(duration.toSeconds(), 60);
    }

    private static @Nullable Long minutes(@Nullable Long seconds) {
        return seconds == null ? null : seconds / 60;
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
