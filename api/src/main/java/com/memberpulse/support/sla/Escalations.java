package com.memberpulse.support.sla;

import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.sla.internal.DueWork;
import com.memberpulse.support.sla.internal.SweepMapper;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Actor;
import com.memberpulse.support.ticket.Assignee;
import com.memberpulse.support.ticket.HistoryEntry;
import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketAutomation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Does one piece of due work of the current tenant, exactly once: a clock's warning or breach (its policy's actions)
 * or a resolved ticket's auto-close. The ticket is locked first, as every ticket change does, then the due row is
 * claimed; both stay locked until the work commits with its effects (clock, ledger, history, events, the ticket's
 * changes), so a second instance skips it and a crash leaves it to be done again.
 */
@Component
class Escalations {

    private final SweepMapper due;
    private final ClockBook book;
    private final SlaSetup setup;
    private final TicketAutomation tickets;
    private final EventLog events;
    private final Clock clock;

    Escalations(SweepMapper due, ClockBook book, SlaSetup setup, TicketAutomation tickets, EventLog events, Clock clock) {
        this.due = due;
        this.book = book;
        this.setup = setup;
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
    }

    /** What became of one piece of work. */
    enum Outcome { DONE, NOTHING_TO_DO, BUSY }

    @Transactional
    Outcome handle(DueWork work) {
        Instant now = clock.instant();
        String tenant = TenantContext.require().slug();
        Optional<Ticket> ticket = tickets.lockIfFree(work.ticketId());
        if (ticket.isEmpty()) {
            return Outcome.BUSY;
        }
        if (due.claim(tenant, work.ticketId(), work.kind(), ClockBook.time(now)) == null) {
            return Outcome.BUSY;
        }
        due.done(tenant, work.ticketId(), work.kind());
        if (work.kind().equals(SlaSweep.AUTO_CLOSE)) {
            int days = setup.currentSettings().autoCloseAfterDays();
            return tickets.closeResolved(work.ticketId(), ClockBook.time(now.minus(Duration.ofDays(days))),
                    "Closed automatically: resolved " + days + " days ago without a reply from the requester") ? Outcome.DONE : Outcome.NOTHING_TO_DO;
        }
        SlaTargetKind target = SlaTargetKind.valueOf(work.kind().substring(0, work.kind().lastIndexOf('_')));
        EscalationLevel level = EscalationLevel.valueOf(work.kind().substring(work.kind().lastIndexOf('_') + 1));
        Optional<TrackedClock> found = book.lock(work.ticketId()).stream().filter(c -> c.target() == target).findFirst();
        if (found.isEmpty()) {
            return Outcome.NOTHING_TO_DO;
        }
        TrackedClock tracked = found.get();
        Instant next = tracked.nextAt(level);
        if (next == null || next.isAfter(now)) {
            book.keep(tracked); // moved on since the row was written: the row is put right
            return Outcome.NOTHING_TO_DO;
        }
        escalate(tracked, level, now, ticket.get());
        return Outcome.DONE;
    }

    private void escalate(TrackedClock tracked, EscalationLevel level, Instant now, Ticket ticket) {
        UUID ticketId = ticket.id();
        TrackedClock reached = tracked.reached(level, now);
        book.keep(reached);
        Optional<SlaPolicy> policy = tracked.policyId() == null ? Optional.empty() : setup.policy(tracked.policyId());
        Actor actor = policy.map(p -> Actor.rule(p.id().toString(), "SLA policy " + p.name())).orElse(TicketClocks.SLA);
        String what = level == EscalationLevel.WARNING ? "WARNED" : "BREACHED";
        String reason = level == EscalationLevel.WARNING
                ? tracked.warningPercent() + " % of the " + Durations.words(tracked.clock().target()) + " target used"
                : "the " + Durations.words(tracked.clock().target()) + " target passed";
        HistoryEntry entry = book.record(reached, what, now, reason, actor);
        tickets.note(ticketId, actor, HistoryEntry.Field.SLA, entry.toValue(), reason);
        EscalationActions actions = policy.map(p -> p.actionsAt(level)).orElse(EscalationActions.NOTHING);
        String note = "SLA " + tracked.target().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + (level == EscalationLevel.WARNING ? "warning" : "breach");
        if (actions.raisePriority()) {
            tickets.raisePriority(ticketId, actor, note);
        }
        if (actions.reassignToAgentId() != null) {
            setup.agent(actions.reassignToAgentId())
                    .ifPresent(agent -> tickets.reassign(ticketId, new Assignee(agent.id(), agent.name()), actor, note));
        } else if (actions.reassignToTeamId() != null) {
            Priority priority = actions.raisePriority() ? ticket.priority().higher() : ticket.priority();
            setup.teamMember(actions.reassignToTeamId(), priority.rank())
                    .ifPresent(agent -> tickets.reassign(ticketId, new Assignee(agent.id(), agent.name()), actor, note + ", to the team's least loaded agent"));
        }
        if (actions.notifies()) {
            events.append(ticketId, level == EscalationLevel.WARNING ? SlaEvents.WARNING : SlaEvents.BREACHED,
                    new SlaEvents.Escalated(tracked.target(), level, policy.map(SlaPolicy::id).orElse(null), policy.map(SlaPolicy::name).orElse(null),
                            actions.notifyAssignee(), actions.notifyAdmins()));
        }
    }
}
