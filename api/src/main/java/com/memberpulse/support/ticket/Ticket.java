package com.memberpulse.support.ticket;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ticket, and every change it can go through (SPEC section 3), decided here in plain Java: each change method
 * returns a {@link TicketChange} (the ticket after it, its history entries, its events) or refuses with the error a
 * client sees. Nothing here touches the database; services load a ticket, call one of these, save the outcome.
 * <p>
 * The requester's name and e-mail are as known when the ticket was raised; the assignee is null while nobody holds
 * it; {@code followUpOf} links a ticket opened by writing on a closed one. Changes a client makes with a version
 * (status, priority, category, assignee) move it on by one; the work on the conversation (replies, notes) does not,
 * so a client's version stays valid while someone writes; nor do tags. {@code revision} counts every write of the row
 * (kept by the store, read here as loaded): the search index's document version.
 * <p>
 * {@code updatedAt} is the last activity of any kind, internal notes included (what staff sort and filter their queue
 * by); {@code publicUpdatedAt} the last change its requester can see, which is all a requester is shown
 * ({@link #asSeenByRequester()}), so that staff-only work never shows through.
 */
public record Ticket(
        UUID id,
        long number,
        String subject,
        String description,
        TicketStatus status,
        Priority priority,
        UUID categoryId,
        String requesterId,
        RequesterType requesterType,
        String requesterName,
        @Nullable String requesterEmail,
        @Nullable String assigneeId,
        @Nullable String assigneeName,
        TicketChannel channel,
        @Nullable UUID followUpOf,
        String createdById,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime publicUpdatedAt,
        @Nullable OffsetDateTime firstRespondedAt,
        @Nullable OffsetDateTime resolvedAt,
        @Nullable OffsetDateTime closedAt,
        List<String> tags,
        int version,
        long revision) {

    public Ticket {
        tags = List.copyOf(tags);
    }

    /** Who the ticket is for, as known when it was raised. */
    public Requester requester() {
        return new Requester(requesterId, requesterType, requesterName, requesterEmail);
    }

    /** The agent holding it, or null while nobody does. */
    public @Nullable Assignee assignee() {
        return assigneeId == null ? null : new Assignee(assigneeId, assigneeName);
    }

    /** How people refer to the ticket: {@code #1042}. */
    public String reference() {
        return "#" + number;
    }

    public boolean isSponsorTicket() {
        return requesterType == RequesterType.SPONSOR;
    }

    /** What a new ticket's number, texts and origin are; the rest follows from the rules. */
    record Draft(UUID id, long number, String subject, String description, UUID categoryId, Requester requester,
                 TicketChannel channel, @Nullable UUID followUpOf, String createdById) {
    }

    /** A new ticket: OPEN, HIGH for sponsors and MEDIUM otherwise, wanting an agent. */
    static TicketChange raise(Draft draft, Actor actor, @Nullable String note, OffsetDateTime now) {
        Requester requester = draft.requester();
        Priority priority = requester.type() == RequesterType.SPONSOR ? Priority.HIGH : Priority.MEDIUM;
        Ticket ticket = new Ticket(draft.id(), draft.number(), draft.subject(), draft.description(), TicketStatus.OPEN, priority,
                draft.categoryId(), requester.id(), requester.type(), requester.name(), requester.email(), null, null, draft.channel(),
                draft.followUpOf(), draft.createdById(), now, now, now, null, null, null, List.of(), 0, 1);
        return new TicketChange(null, ticket,
                List.of(ticket.entry(actor, HistoryEntry.Field.CREATED, null, TicketStatus.OPEN.name(), note)),
                List.of(new TicketEvent.Created(ticket.number, ticket.status, priority, ticket.categoryId, ticket.requesterType, ticket.followUpOf),
                        new TicketEvent.NeedsAssignee(now)));
    }

    /**
     * A new ticket for a requester who wrote on this closed one: same subject, requester and channel, the reply as
     * its description, in {@code categoryId} (this one's, or another if that has been archived).
     */
    TicketChange followUp(UUID id, long number, String description, UUID categoryId, Actor actor, OffsetDateTime now) {
        Draft draft = new Draft(id, number, subject, description, categoryId, requester(), channel, this.id,
                actor.id() == null ? requesterId : actor.id());
        return raise(draft, actor, "Follow-up of " + reference(), now);
    }

    /** Records on this closed ticket that a follow-up was opened; the ticket itself stays as it is. */
    TicketChange followUpOpened(Ticket followUp, Actor actor) {
        return new TicketChange(this, this,
                List.of(entry(actor, HistoryEntry.Field.FOLLOW_UP, null, followUp.reference(), "The requester wrote after the ticket was closed")),
                List.of(new TicketEvent.FollowUpOpened(followUp.id())));
    }

    /** Moves the ticket through the workflow; refused with INVALID_TRANSITION (or FORBIDDEN for a requester). */
    TicketChange moveTo(TicketStatus to, TicketWorkflow.Mover mover, Actor actor, @Nullable String note, OffsetDateTime now) {
        TicketWorkflow.check(status, to, mover).ifPresent(refusal -> {
            throw refusal.kind() == TicketWorkflow.Refusal.Kind.INVALID_TRANSITION
                    ? SupportException.invalidTransition(status, to, refusal.message())
                    : new SupportException(ErrorCode.FORBIDDEN, refusal.message());
        });
        OffsetDateTime resolved = to == TicketStatus.RESOLVED ? now : to == TicketStatus.CLOSED ? resolvedAt : null;
        OffsetDateTime closed = to == TicketStatus.CLOSED ? now : null;
        Ticket after = with(to, priority, categoryId, assigneeId, assigneeName, firstRespondedAt, resolved, closed, now, version + 1);
        List<TicketEvent> events = new ArrayList<>(List.of(new TicketEvent.StatusChanged(status, to)));
        if (assigneeId != null && status.isOpen() && !to.isOpen()) {
            events.add(new TicketEvent.LoadReleased(assigneeId));
        }
        return new TicketChange(this, after, List.of(entry(actor, HistoryEntry.Field.STATUS, status.name(), to.name(), note)), events);
    }

    /** A new priority; an unassigned ticket is tried again, a lighter one frees some of its holder's load. */
    TicketChange reprioritise(Priority to, Actor actor, @Nullable String note, OffsetDateTime now) {
        requireNotClosed();
        return reprioritised(to, false, actor, note, now);
    }

    /**
     * An SLA escalation raises the priority one step (HIGH stays; a closed ticket is left alone). The event says so:
     * the clocks keep their due times, so a raise at a warning does not breach at once under the higher target.
     */
    TicketChange escalate(Actor rule, String note, OffsetDateTime now) {
        Priority next = priority.higher();
        return status == TicketStatus.CLOSED || next == priority ? TicketChange.none(this) : reprioritised(next, true, rule, note, now);
    }

    private TicketChange reprioritised(Priority to, boolean byEscalation, Actor actor, @Nullable String note, OffsetDateTime now) {
        if (priority == to) {
            return TicketChange.none(this);
        }
        Ticket after = with(status, to, categoryId, assigneeId, assigneeName, firstRespondedAt, resolvedAt, closedAt, now, version + 1);
        List<TicketEvent> events = new ArrayList<>(List.of(new TicketEvent.PriorityChanged(priority, to, byEscalation)));
        reconsiderAssignment(events, to.rank() < priority.rank());
        return new TicketChange(this, after, List.of(entry(actor, HistoryEntry.Field.PRIORITY, priority.name(), to.name(), note)), events);
    }

    /** Another category (the caller has checked that it may be given to tickets); an unassigned ticket is tried again. */
    TicketChange recategorise(UUID to, Actor actor, @Nullable String note, OffsetDateTime now) {
        requireNotClosed();
        if (categoryId.equals(to)) {
            return TicketChange.none(this);
        }
        Ticket after = with(status, priority, to, assigneeId, assigneeName, firstRespondedAt, resolvedAt, closedAt, now, version + 1);
        List<TicketEvent> events = new ArrayList<>(List.of(new TicketEvent.CategoryChanged(categoryId, to)));
        reconsiderAssignment(events, false);
        return new TicketChange(this, after, List.of(entry(actor, HistoryEntry.Field.CATEGORY, categoryId.toString(), to.toString(), note)), events);
    }

    /** An admin gives the ticket to an agent, or takes it from its holder ({@code agent} null). */
    TicketChange assignByHand(@Nullable Assignee agent, Actor actor, @Nullable String reason, OffsetDateTime now) {
        requireNotClosed();
        return assign(agent, actor, reason, now);
    }

    /**
     * The ticket goes to {@code agent} (null: nobody), the reason in the history; the previous holder's load is
     * released. For automatic assignment, which has chosen among open tickets, and for the methods above.
     */
    TicketChange assign(@Nullable Assignee agent, Actor actor, @Nullable String note, OffsetDateTime now) {
        String to = agent == null ? null : agent.id();
        if (Objects.equals(assigneeId, to)) {
            return TicketChange.none(this);
        }
        Ticket after = with(status, priority, categoryId, to, agent == null ? null : agent.name(), firstRespondedAt, resolvedAt, closedAt, now,
                version + 1);
        List<TicketEvent> events = new ArrayList<>(List.of(new TicketEvent.AssigneeChanged(assigneeId, to)));
        if (assigneeId != null && status.isOpen()) {
            events.add(new TicketEvent.LoadReleased(assigneeId));
        }
        return new TicketChange(this, after, List.of(entry(actor, HistoryEntry.Field.ASSIGNEE, assigneeId, to, note)), events);
    }

    /** Its holder can no longer hold it (gone from the support team): back to automatic assignment, saying why. */
    TicketChange release(Actor actor, String why, OffsetDateTime now) {
        TicketChange unassigned = assign(null, actor, why, now);
        return status.isOpen() ? unassigned.and(new TicketEvent.NeedsAssignee(createdAt)) : unassigned;
    }

    /** Hands an open, unassigned ticket to automatic assignment (an admin asked for it); anything else stays as it is. */
    TicketChange requestAssignment() {
        return assigneeId == null && status.isOpen()
                ? TicketChange.none(this).and(new TicketEvent.NeedsAssignee(createdAt))
                : TicketChange.none(this);
    }

    /** A public staff reply: staff cannot write on a closed ticket; the first one is the first response. */
    TicketChange staffReplied(Actor actor, OffsetDateTime now) {
        requireNotClosed();
        if (firstRespondedAt != null) {
            return new TicketChange(this, touched(now), List.of(), List.of());
        }
        Ticket after = with(status, priority, categoryId, assigneeId, assigneeName, now, resolvedAt, closedAt, now, version);
        return new TicketChange(this, after, List.of(entry(actor, HistoryEntry.Field.FIRST_RESPONSE, null, null, null)),
                List.of(new TicketEvent.FirstResponded(now)));
    }

    /** An internal note: staff worked on the ticket, which its requester does not see; closed tickets refuse it. */
    TicketChange noteAdded(OffsetDateTime now) {
        requireNotClosed();
        return new TicketChange(this, timed(now, publicUpdatedAt), List.of(), List.of());
    }

    /**
     * Staff add and remove tags ({@link TicketTags} has normalised them): staff-only work, like a note, so the requester's
     * last update and the client's version stay as they are. Closed tickets refuse; more than the allowed number of
     * tags is VALIDATION_FAILED on {@code input.tags}.
     */
    TicketChange retag(Collection<String> add, Collection<String> remove, Actor actor, OffsetDateTime now) {
        requireNotClosed();
        SortedSet<String> next = new TreeSet<>(tags);
        next.addAll(add);
        next.removeAll(remove);
        if (next.equals(new TreeSet<>(tags))) {
            return TicketChange.none(this);
        }
        TicketTags.requireAtMostAllowed(next.size());
        Ticket after = new Ticket(id, number, subject, description, status, priority, categoryId, requesterId, requesterType, requesterName,
                requesterEmail, assigneeId, assigneeName, channel, followUpOf, createdById, createdAt, now, publicUpdatedAt,
                firstRespondedAt, resolvedAt, closedAt, List.copyOf(next), version, revision);
        List<String> added = next.stream().filter(tag -> !tags.contains(tag)).toList();
        List<String> removed = tags.stream().filter(tag -> !next.contains(tag)).toList();
        return new TicketChange(this, after,
                List.of(entry(actor, HistoryEntry.Field.TAGS, TicketTags.listed(tags), TicketTags.listed(after.tags), null)),
                List.of(new TicketEvent.TagsChanged(added, removed)));
    }

    /** The ticket as its requester is shown it: last updated when something they can see changed; no tags (staff's). */
    public Ticket asSeenByRequester() {
        return new Ticket(id, number, subject, description, status, priority, categoryId, requesterId, requesterType, requesterName,
                requesterEmail, assigneeId, assigneeName, channel, followUpOf, createdById, createdAt, publicUpdatedAt, publicUpdatedAt,
                firstRespondedAt, resolvedAt, closedAt, List.of(), version, revision);
    }

    /**
     * The requester replied on this ticket, which is not closed (a reply on a closed one goes to its follow-up instead):
     * WAITING and RESOLVED go back to IN_PROGRESS, the history saying the reply did it.
     */
    TicketChange requesterReplied(Actor actor, OffsetDateTime now) {
        return switch (TicketWorkflow.onRequesterReply(status)) {
            case TicketWorkflow.ReplyEffect.Reopen reopen -> new TicketChange(this,
                    with(reopen.status(), priority, categoryId, assigneeId, assigneeName, firstRespondedAt, null, null, now, version + 1),
                    List.of(entry(actor, HistoryEntry.Field.STATUS, status.name(), reopen.status().name(), "The requester replied")),
                    List.of(new TicketEvent.StatusChanged(status, reopen.status())));
            case TicketWorkflow.ReplyEffect.Unchanged unchanged -> new TicketChange(this, touched(now), List.of(), List.of());
            case TicketWorkflow.ReplyEffect.FollowUp followUp -> throw new IllegalStateException(
                    "A reply on closed ticket " + reference() + " opens a follow-up; it does not change the ticket");
        };
    }

    /** Refuses any change of a closed ticket: it is final (SPEC section 3); no status was asked for, so there is no {@code to}. */
    void requireNotClosed() {
        if (status == TicketStatus.CLOSED) {
            throw SupportException.invalidTransition(status, null, "Ticket " + reference() + " is CLOSED: closed tickets are final.");
        }
    }

    private void reconsiderAssignment(List<TicketEvent> events, boolean lighter) {
        if (!status.isOpen()) {
            return;
        }
        if (assigneeId == null) {
            events.add(new TicketEvent.NeedsAssignee(createdAt));
        } else if (lighter) {
            events.add(new TicketEvent.LoadReleased(assigneeId));
        }
    }

    /** Something everyone sees happened (a public reply) without changing the ticket's fields. */
    private Ticket touched(OffsetDateTime now) {
        return timed(now, now);
    }

    private Ticket timed(OffsetDateTime updatedAt, OffsetDateTime publicUpdatedAt) {
        return new Ticket(id, number, subject, description, status, priority, categoryId, requesterId, requesterType, requesterName,
                requesterEmail, assigneeId, assigneeName, channel, followUpOf, createdById, createdAt, updatedAt, publicUpdatedAt,
                firstRespondedAt, resolvedAt, closedAt, tags, version, revision);
    }

    /** This ticket with new values for what changes after it is raised; its requester sees the change. */
    private Ticket with(TicketStatus status, Priority priority, UUID categoryId, @Nullable String assigneeId, @Nullable String assigneeName,
                        @Nullable OffsetDateTime firstRespondedAt, @Nullable OffsetDateTime resolvedAt, @Nullable OffsetDateTime closedAt,
                        OffsetDateTime updatedAt, int version) {
        return new Ticket(id, number, subject, description, status, priority, categoryId, requesterId, requesterType, requesterName,
                requesterEmail, assigneeId, assigneeName, channel, followUpOf, createdById, createdAt, updatedAt, updatedAt,
                firstRespondedAt, resolvedAt, closedAt, tags, version, revision);
    }

    private HistoryEntry entry(Actor actor, HistoryEntry.Field field, @Nullable String from, @Nullable String to, @Nullable String note) {
        return new HistoryEntry(0, id, null, actor.type(), actor.id(), actor.name(), field, from, to,
                actor.type() == HistoryEntry.ActorType.USER
                        ? TextInput.optionalLine(note, "input.note", HistoryEntry.MAX_NOTE, "A note")
                        // Composed by a rule or the system from other data (e.g. a name from Keycloak): tidied, never refused.
                        : TextInput.tidyLine(note, HistoryEntry.MAX_NOTE));
    }
}
