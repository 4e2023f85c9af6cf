package com.memberpulse.support.sla;

import com.memberpulse.support.sla.internal.ClockMapper;
import com.memberpulse.support.sla.internal.StoredTimes;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Actor;
import com.memberpulse.support.ticket.HistoryEntry;
import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.RequesterType;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketChange;
import com.memberpulse.support.ticket.TicketChangeParticipant;
import com.memberpulse.support.ticket.TicketEvent;
import com.memberpulse.support.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Runs a ticket's SLA clocks along with its changes (SPEC section 6), in the change's transaction: started when the
 * ticket is raised (under the policy of its requester type), paused in WAITING and RESOLVED, resumed when it is open
 * again (a reopen continues the same resolution clock), retargeted when an admin changes the priority, stopped at the
 * first public reply (first response) and when it is closed. Every step goes into the ledger and the history; the
 * due and warning instants are stored with the clock and in the sweep's due list; the measured times are kept for
 * the reports.
 * <p>
 * A priority raised by an escalation keeps the clocks' targets and due times: the promise made stands, so a raise at
 * the warning does not breach at once under the higher priority's shorter target (no cascade).
 */
@Component
class TicketClocks implements TicketChangeParticipant {

    static final Actor SLA = Actor.system("SLA clock");

    private final ClockMapper clocks;
    private final ClockBook book;
    private final SlaSetup setup;

    TicketClocks(ClockMapper clocks, ClockBook book, SlaSetup setup) {
        this.clocks = clocks;
        this.book = book;
        this.setup = setup;
    }

    @Override
    public List<HistoryEntry> changed(TicketChange change, OffsetDateTime at) {
        Ticket ticket = change.after();
        Instant now = at.toInstant();
        Steps steps = new Steps();
        for (TicketEvent event : change.events()) {
            switch (event) {
                case TicketEvent.Created created -> start(ticket.id(), ticket.requesterType(), ticket.priority(), now, steps, "");
                case TicketEvent.StatusChanged moved -> moved(ticket.id(), moved.from(), moved.to(), now, steps);
                case TicketEvent.PriorityChanged raised when raised.byEscalation() -> { }
                case TicketEvent.PriorityChanged changed -> retarget(ticket.id(), changed.to(), now, steps);
                case TicketEvent.FirstResponded responded -> firstResponded(ticket.id(), responded.at().toInstant(), steps);
                default -> { }
            }
        }
        steps.decide();
        return steps.history();
    }

    /**
     * Clocks for a ticket raised before SLA tracking began: its history replayed through the same rules from its
     * creation, under the policy its requester type has now. Levels it passed before tracking began are marked reached
     * without running their actions (no flood of late escalations); the ledger says so. Returns one history entry.
     */
    List<HistoryEntry> replay(Ticket ticket, List<HistoryEntry> history, Instant now) {
        Priority initial = history.stream().filter(entry -> entry.field() == HistoryEntry.Field.PRIORITY && entry.fromValue() != null)
                .findFirst().map(entry -> Priority.valueOf(entry.fromValue())).orElse(ticket.priority());
        Steps steps = new Steps();
        if (!start(ticket.id(), ticket.requesterType(), initial, ticket.createdAt().toInstant(), steps, "SLA tracking began later, replayed from the history: ")) {
            return List.of();
        }
        for (HistoryEntry entry : history) {
            Instant at = entry.occurredAt().toInstant();
            switch (entry.field()) {
                case STATUS -> moved(ticket.id(), TicketStatus.valueOf(entry.fromValue()), TicketStatus.valueOf(entry.toValue()), at, steps);
                case PRIORITY -> retarget(ticket.id(), Priority.valueOf(entry.toValue()), at, steps);
                case FIRST_RESPONSE -> firstResponded(ticket.id(), at, steps);
                default -> { }
            }
        }
        steps.decide();
        for (TrackedClock clock : List.copyOf(steps.current().values())) {
            TrackedClock marked = clock;
            for (EscalationLevel level : EscalationLevel.values()) {
                Instant next = marked.nextAt(level);
                if (next != null && !next.isAfter(now)) {
                    marked = marked.reached(level, next);
                    book.record(marked, level == EscalationLevel.WARNING ? "WARNED" : "BREACHED", next, "reached before SLA tracking began: no escalation", SLA);
                }
            }
            steps.keep(marked);
        }
        return List.of(HistoryEntry.of(ticket.id(), SLA, HistoryEntry.Field.SLA, null, "STARTED",
                "SLA tracking began: clocks replayed from the ticket's creation and history"));
    }

    /** Starts both clocks under the policy of {@code type}; false if it has none. */
    private boolean start(UUID ticketId, RequesterType type, Priority priority, Instant now, Steps steps, String note) {
        Optional<SlaPolicy> found = setup.policyFor(type);
        if (found.isEmpty()) {
            return false;
        }
        SlaPolicy policy = found.get();
        SupportCalendar calendar = policy.calendarId() == null ? null : setup.calendar(policy.calendarId()).orElse(null);
        PriorityTargets targets = policy.targetsFor(priority);
        for (SlaTargetKind target : SlaTargetKind.values()) {
            TrackedClock clock = TrackedClock.start(ticketId, target, policy, calendar, targets.of(target), now,
                    target == SlaTargetKind.FIRST_RESPONSE);
            steps.save(clock, "STARTED", now, note + "policy " + policy.name() + ", priority " + priority + ": target " + Durations.words(targets.of(target)));
        }
        return true;
    }

    private void moved(UUID ticketId, TicketStatus from, TicketStatus to, Instant now, Steps steps) {
        String why = "status " + from + " to " + to;
        for (TrackedClock clock : load(ticketId, steps)) {
            SlaClock c = clock.clock();
            if (c.isStopped()) {
                continue;
            }
            if (to == TicketStatus.CLOSED) {
                stop(clock, now, "closed", steps);
            } else if (pauses(to) && c.isRunning()) {
                steps.save(clock.with(c.pause(now, clock.calendar())), "PAUSED", now, to == TicketStatus.WAITING ? "waiting on the member" : "resolved");
            } else if (!pauses(to) && c.isPaused()) {
                steps.save(clock.with(c.resume(now)), "RESUMED", now, from == TicketStatus.RESOLVED ? "reopened: the same clock continues" : why);
            }
        }
        if (to == TicketStatus.RESOLVED) {
            resolved(ticketId, now, steps);
            clocks.scheduleDue(TenantContext.require().slug(), ticketId, SlaSweep.AUTO_CLOSE,
                    ClockBook.time(now.plus(Duration.ofDays(setup.currentSettings().autoCloseAfterDays()))));
        } else if (from == TicketStatus.RESOLVED) {
            clocks.clearDue(TenantContext.require().slug(), ticketId, SlaSweep.AUTO_CLOSE);
        }
    }

    private void retarget(UUID ticketId, Priority priority, Instant now, Steps steps) {
        for (TrackedClock clock : load(ticketId, steps)) {
            if (clock.clock().isStopped() || clock.policyId() == null) {
                continue;
            }
            Optional<SlaPolicy> policy = setup.policy(clock.policyId());
            if (policy.isEmpty()) {
                continue;
            }
            Duration target = policy.get().targetsFor(priority).of(clock.target());
            steps.save(clock.with(clock.clock().retarget(target)), "RETARGETED", now, "priority " + priority + ": target " + Durations.words(target));
        }
    }

    private void firstResponded(UUID ticketId, Instant at, Steps steps) {
        for (TrackedClock clock : load(ticketId, steps)) {
            if (clock.target() == SlaTargetKind.FIRST_RESPONSE && !clock.clock().isStopped()) {
                TrackedClock stopped = stop(clock, at, "first public reply", steps);
                StoredTimes times = times(ticketId, stopped.clock().startedAt());
                clocks.saveTimes(new StoredTimes(ticketId, times.ticketCreatedAt(), times.firstResolvedAt(), seconds(stopped.clock().calendarTimeLessPausesAt(at)),
                        stopped.clock().elapsed().toSeconds(), times.resolutionCalendarSeconds(), times.resolutionBusinessSeconds(),
                        !stopped.clock().stateAt(at, stopped.calendar(), stopped.warningPercent()).equals(SlaState.BREACHED),
                        times.resolutionMet()));
            }
        }
    }

    private void resolved(UUID ticketId, Instant at, Steps steps) {
        steps.current().values().stream().filter(clock -> clock.target() == SlaTargetKind.RESOLUTION).findFirst().ifPresent(clock -> {
            StoredTimes times = times(ticketId, clock.clock().startedAt());
            clocks.saveTimes(new StoredTimes(ticketId, times.ticketCreatedAt(), times.firstResolvedAt() == null ? ClockBook.time(at) : times.firstResolvedAt(),
                    times.firstResponseCalendarSeconds(), times.firstResponseBusinessSeconds(),
                    seconds(clock.clock().calendarTimeLessPausesAt(at)), clock.clock().elapsedAt(at, clock.calendar()).toSeconds(),
                    times.firstResponseMet(), clock.withinTargetAt(at)));
        });
    }

    private TrackedClock stop(TrackedClock clock, Instant at, String why, Steps steps) {
        TrackedClock stopped = clock.with(clock.clock().stop(at, clock.calendar()));
        boolean met = stopped.clock().stateAt(at, stopped.calendar(), stopped.warningPercent()) == SlaState.MET;
        if (!met && stopped.breachedAt() == null) {
            stopped = stopped.reached(EscalationLevel.BREACH, at);
        }
        steps.save(stopped, met ? "MET" : "BREACHED", at, why);
        return stopped;
    }

    private List<TrackedClock> load(UUID ticketId, Steps steps) {
        if (steps.current().isEmpty()) {
            book.lock(ticketId).forEach(clock -> steps.current().put(clock.target(), clock));
        }
        return List.copyOf(steps.current().values());
    }

    /** The ticket's measured times so far; none yet for a ticket whose clocks started at {@code raised}. */
    private StoredTimes times(UUID ticketId, Instant raised) {
        StoredTimes times = clocks.times(ticketId);
        return times != null ? times : new StoredTimes(ticketId, ClockBook.time(raised), null, null, null, null, null, null, null);
    }

    private static boolean pauses(TicketStatus status) {
        return status == TicketStatus.WAITING || status == TicketStatus.RESOLVED;
    }

    private static long seconds(Duration duration) {
        return duration.toSeconds();
    }


    /** What one ticket change did to the clocks: the clocks as they now are, written as they change, and the history. */
    private final class Steps {

        private final Map<SlaTargetKind, TrackedClock> current = new LinkedHashMap<>();
        private final List<HistoryEntry> recorded = new ArrayList<>();

        Map<SlaTargetKind, TrackedClock> current() {
            return current;
        }

        /** Writes the clock, its due work, a ledger entry and a history entry. */
        void save(TrackedClock clock, String kind, Instant at, String reason) {
            keep(clock);
            recorded.add(book.record(clock, kind, at, reason, SLA));
        }

        /**
         * One history entry per kind of step, both clocks together when they did the same (started, paused, resumed):
         * e.g. {@code FIRST_RESPONSE and RESOLUTION PAUSED}, the reasons in the note; the ledger keeps them apart.
         */
        List<HistoryEntry> history() {
            Map<String, List<HistoryEntry>> byKind = new LinkedHashMap<>();
            recorded.forEach(entry -> byKind.computeIfAbsent(entry.toValue().substring(entry.toValue().indexOf(' ') + 1), kind -> new ArrayList<>())
                    .add(entry));
            List<HistoryEntry> entries = new ArrayList<>();
            byKind.forEach((kind, same) -> {
                String targets = String.join(" and ", same.stream().map(e -> e.toValue().substring(0, e.toValue().indexOf(' '))).toList());
                String notes = String.join("; ", same.stream().map(HistoryEntry::note).distinct().toList());
                entries.add(HistoryEntry.of(same.getFirst().ticketId(), SLA, HistoryEntry.Field.SLA, null, targets + " " + kind, notes));
            });
            return entries;
        }

        /** The first-response clock decides the ticket's SLA state until it stops, then the resolution clock. */
        void decide() {
            boolean answered = current.values().stream().anyMatch(c -> c.target() == SlaTargetKind.FIRST_RESPONSE && c.clock().isStopped());
            for (TrackedClock clock : List.copyOf(current.values())) {
                boolean decides = (clock.target() == SlaTargetKind.FIRST_RESPONSE) != answered;
                if (clock.decides() != decides) {
                    keep(clock.deciding(decides));
                }
            }
        }

        /** Writes the clock and its due work only. */
        void keep(TrackedClock clock) {
            current.put(clock.target(), clock);
            book.keep(clock);
        }
    }
}
