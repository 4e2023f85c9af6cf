package com.memberpulse.support.ticket;

import com.memberpulse.support.attachment.AttachedTo;
import com.memberpulse.support.attachment.AttachmentService;
import com.memberpulse.support.category.Category;
import com.memberpulse.support.category.CategoryService;
import com.memberpulse.support.common.paging.Connection;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.paging.PageSize;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.security.Access;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.security.Role;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.internal.QueueQuery;
import com.memberpulse.support.ticket.internal.TicketCursors;
import com.memberpulse.support.ticket.internal.TicketMapper;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raising and working tickets. Visibility follows SPEC section 2: staff see every ticket of their tenant,
 * a requester only their own, and anything else answers NOT_FOUND exactly like a ticket that does not exist.
 * Every change names the version the caller saw (stale: CONFLICT) and writes its history entry in the same
 * transaction.
 */
@Service
public class TicketService {

    private final TicketMapper tickets;
    private final CategoryService categories;
    private final AttachmentService attachments;
    private final TicketCursors cursors;
    private final Access access;
    private final TransactionTemplate readOnly;
    private final ApplicationEventPublisher events;

    TicketService(TicketMapper tickets, CategoryService categories, AttachmentService attachments, TicketCursors cursors,
                  Access access, PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.events = events;
        this.tickets = tickets;
        this.categories = categories;
        this.attachments = attachments;
        this.cursors = cursors;
        this.access = access;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The ticket, if the caller may see it. */
    @PreAuthorize("@access.tenantUser()")
    @Transactional(readOnly = true)
    public Ticket get(UUID id) {
        return visible(id);
    }

    /**
     * A new ticket. Members and sponsor users raise it for themselves; staff raise it on behalf of a requester.
     * Sponsor tickets start at HIGH priority. The caller's uploads named in the request become the description's
     * files; if any cannot be, nothing is created. Automatic assignment runs once the ticket is committed, before
     * this returns to a caller outside a transaction, but the returned ticket is as created: read it again to see
     * who took it.
     */
    @PreAuthorize("@access.staff() or @access.requester()")
    @Transactional
    public Ticket create(NewTicket request) {
        CurrentUser user = CurrentUser.get();
        boolean staff = access.staff();
        Requester requester = staff ? requester(request.onBehalfOf()) : self(user, request.onBehalfOf());
        String subject = TicketText.subject(request.subject());
        String description = TicketText.description(request.description());
        Category category = categories.requireAssignable(request.categoryId());
        TicketChannel channel = staff && request.channel() != null ? request.channel() : TicketChannel.WEB;
        Ticket created = insert(subject, description, category.id(), requester, channel, null, user.userId());
        attachments.claim(request.attachmentIds(), AttachedTo.ticket(created.id(), created.requesterId()));
        record(created.id(), actor(user), HistoryEntry.Field.CREATED, null, created.status().name(), null);
        events.publishEvent(new TicketEvent.NeedsAssignee(created.id()));
        return created;
    }

    /** Moves a ticket through the workflow; a requester may only close their own ticket. */
    @PreAuthorize("@access.staff() or @access.requester()")
    @Transactional
    public Ticket changeStatus(UUID id, int version, TicketStatus status, String note) {
        Ticket ticket = lockVisible(id, version);
        TicketWorkflow.Mover mover = access.staff() ? TicketWorkflow.Mover.STAFF : TicketWorkflow.Mover.REQUESTER;
        Optional<TicketWorkflow.Refusal> refusal = TicketWorkflow.check(ticket.status(), status, mover);
        if (refusal.isPresent()) {
            ErrorCode code = refusal.get().kind() == TicketWorkflow.Refusal.Kind.INVALID_TRANSITION ? ErrorCode.INVALID_TRANSITION : ErrorCode.FORBIDDEN;
            throw new SupportException(code, refusal.get().message());
        }
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime resolvedAt = status == TicketStatus.RESOLVED ? now : status == TicketStatus.CLOSED ? ticket.resolvedAt() : null;
        OffsetDateTime closedAt = status == TicketStatus.CLOSED ? now : null;
        applied(tickets.updateStatus(id, version, status.name(), resolvedAt, closedAt));
        record(id, actor(CurrentUser.get()), HistoryEntry.Field.STATUS, ticket.status().name(), status.name(), note);
        if (ticket.assigneeId() != null && !TicketWorkflow.holdsLoad(status) && TicketWorkflow.holdsLoad(ticket.status())) {
            events.publishEvent(new TicketEvent.LoadReleased(ticket.assigneeId()));
        }
        return tickets.find(id);
    }

    /** Admins only (SPEC section 2). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Ticket changePriority(UUID id, int version, Priority priority, String note) {
        Ticket ticket = lockVisible(id, version);
        requireOpen(ticket);
        if (ticket.priority() == priority) {
            return ticket;
        }
        applied(tickets.updatePriority(id, version, priority.name()));
        record(id, actor(CurrentUser.get()), HistoryEntry.Field.PRIORITY, ticket.priority().name(), priority.name(), note);
        reconsiderAssignment(ticket, priority.rank() < ticket.priority().rank());
        return tickets.find(id);
    }

    /** Staff move a ticket to another category; the new one must not be archived. */
    @PreAuthorize("@access.staff()")
    @Transactional
    public Ticket changeCategory(UUID id, int version, UUID categoryId, String note) {
        Ticket ticket = lockVisible(id, version);
        requireOpen(ticket);
        if (ticket.categoryId().equals(categoryId)) {
            return ticket;
        }
        Category category = categories.requireAssignable(categoryId);
        applied(tickets.updateCategory(id, version, category.id()));
        record(id, actor(CurrentUser.get()), HistoryEntry.Field.CATEGORY, ticket.categoryId().toString(), category.id().toString(), note);
        reconsiderAssignment(ticket, false);
        return tickets.find(id);
    }

    /** The staff queue: one page of tickets matching the filter, in the order asked. */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public Connection<Ticket> queue(TicketFilter filter, TicketOrder order, Integer first, String after) {
        int pageSize = PageSize.of(first);
        QueueQuery query = QueueQueries.of(filter, order, CurrentUser.get().userId(), null, pageSize + 1);
        return page(query, pageSize, after);
    }

    /** A requester's own tickets, newest first, optionally only those in some statuses. */
    @PreAuthorize("@access.requester()")
    @Transactional(readOnly = true)
    public Connection<Ticket> mine(List<TicketStatus> statuses, Integer first, String after) {
        int pageSize = PageSize.of(first);
        TicketFilter filter = new TicketFilter(statuses, null, null, null, null, null, null, null, null);
        QueueQuery query = QueueQueries.of(filter, TicketOrder.NEWEST_FIRST, null, CurrentUser.get().userId(), pageSize + 1);
        return page(query, pageSize, after);
    }

    /** The history of a ticket, oldest first. Staff only: members never see it. */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID ticketId) {
        return tickets.history(visible(ticketId).id());
    }

    /** Categories of a page of tickets in one query (GraphQL batch loading). */
    @Transactional(readOnly = true)
    public Map<UUID, Category> categoriesOf(Collection<Ticket> page) {
        return categories.findAllById(page.stream().map(Ticket::categoryId).distinct().toList());
    }

    /**
     * A new ticket for a requester who wrote on a closed one: same requester and category (or the first active
     * category if that one has been archived), linked to it; both histories say so.
     */
    @Transactional
    public Ticket openFollowUp(Ticket closed, String description, Actor actor) {
        UUID categoryId = categories.findAllById(List.of(closed.categoryId())).values().stream()
                .filter(c -> !c.archived()).map(Category::id).findFirst()
                .orElseGet(() -> categories.firstActive().id());
        Ticket followUp = insert(closed.subject(), TicketText.description(description), categoryId, closed.requester(),
                closed.channel(), closed.id(), actor.id() == null ? closed.requesterId() : actor.id());
        record(followUp.id(), actor, HistoryEntry.Field.CREATED, null, followUp.status().name(), "Follow-up of " + closed.reference());
        record(closed.id(), actor, HistoryEntry.Field.FOLLOW_UP, null, followUp.reference(), "The requester wrote after the ticket was closed");
        events.publishEvent(new TicketEvent.NeedsAssignee(followUp.id()));
        return followUp;
    }

    /**
     * The ticket a message is being written on, locked until the caller's transaction ends, if the caller may
     * see it (NOT_FOUND otherwise). For the conversation feature, which has already authorised the caller.
     */
    @Transactional
    public Ticket lockForMessage(UUID id) {
        Ticket ticket = id == null ? null : tickets.lock(id);
        if (ticket == null || !maySee(ticket)) {
            throw SupportException.notFound("Ticket");
        }
        return ticket;
    }

    /** A public staff reply was written: the first one stops the first-response clock and is recorded in the history. */
    @Transactional
    public void staffReplied(Ticket ticket, Actor actor) {
        if (tickets.markFirstResponse(ticket.id()) == 1) {
            record(ticket.id(), actor, HistoryEntry.Field.FIRST_RESPONSE, null, null, null);
        }
        tickets.touch(ticket.id());
    }

    /** An internal note was written: the ticket was worked on, nothing else changes. */
    @Transactional
    public void noteAdded(Ticket ticket) {
        tickets.touch(ticket.id());
    }

    /**
     * The requester replied on a ticket that is not closed: a WAITING or RESOLVED ticket goes back to
     * IN_PROGRESS (the history says the requester's reply did it).
     */
    @Transactional
    public void requesterReplied(Ticket ticket, Actor actor) {
        if (TicketWorkflow.onRequesterReply(ticket.status()) instanceof TicketWorkflow.ReplyEffect.Reopen reopen) {
            applied(tickets.updateStatus(ticket.id(), ticket.version(), reopen.status().name(), null, null));
            record(ticket.id(), actor, HistoryEntry.Field.STATUS, ticket.status().name(), reopen.status().name(), "The requester replied");
        } else {
            tickets.touch(ticket.id());
        }
    }

    /**
     * Gives a ticket to an agent by hand (admins only: SPEC section 2), or takes it from whoever holds it
     * ({@code agent} null). The assignment feature has checked that the agent is an active agent of the tenant;
     * capacity does not bind an admin. The previous holder's load is released.
     */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Ticket assign(UUID id, int version, Assignee agent, String reason) {
        Ticket ticket = lockVisible(id, version);
        requireOpen(ticket);
        if (Objects.equals(ticket.assigneeId(), agent == null ? null : agent.id())) {
            return ticket;
        }
        changeAssignee(ticket, agent, actor(CurrentUser.get()), reason);
        return tickets.find(id);
    }

    /**
     * The open, unassigned tickets among {@code ids}, locked until the caller's transaction ends, oldest first. With
     * {@code skipLocked}, tickets someone else is changing right now are left out rather than waited for. For
     * automatic assignment, which has authorised the work already.
     */
    @Transactional
    public List<Ticket> lockAssignable(List<UUID> ids, boolean skipLocked) {
        return ids.isEmpty() ? List.of() : tickets.lockAssignable(ids, skipLocked);
    }

    /** Automatic assignment chose an agent for a ticket it locked with {@link #lockAssignable}. */
    @Transactional
    public void assignAutomatically(Ticket ticket, Assignee agent, Actor rule, String note) {
        changeAssignee(ticket, agent, rule, note);
    }

    /**
     * Takes every open ticket from an agent who can no longer hold them (gone from Keycloak, disabled, no longer
     * staff) and hands them back to automatic assignment; each history entry says why. Returns how many.
     */
    @Transactional
    public int releaseAllHeldBy(String agentId, Actor actor, String why) {
        List<Ticket> held = tickets.lockOpenHeldBy(agentId);
        for (Ticket ticket : held) {
            changeAssignee(ticket, null, actor, why);
            events.publishEvent(new TicketEvent.NeedsAssignee(ticket.id()));
        }
        return held.size();
    }

    /** Hands an open, unassigned ticket back to automatic assignment (after a manual unassign that asks for it). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public void requestAssignment(UUID id) {
        Ticket ticket = visible(id);
        if (ticket.assigneeId() == null && TicketWorkflow.holdsLoad(ticket.status())) {
            events.publishEvent(new TicketEvent.NeedsAssignee(id));
        }
    }

    private void changeAssignee(Ticket ticket, Assignee agent, Actor actor, String note) {
        applied(tickets.updateAssignee(entry(ticket.id(), actor, HistoryEntry.Field.ASSIGNEE, ticket.assigneeId(), agent == null ? null : agent.id(), note),
                ticket.version(), agent == null ? null : agent.name()));
        if (ticket.assigneeId() != null) {
            events.publishEvent(new TicketEvent.LoadReleased(ticket.assigneeId()));
        }
    }

    /** After a change of category or priority: an unassigned ticket is tried again, a lighter one frees its holder's load. */
    private void reconsiderAssignment(Ticket ticket, boolean lighter) {
        if (ticket.assigneeId() == null) {
            events.publishEvent(new TicketEvent.NeedsAssignee(ticket.id()));
        } else if (lighter) {
            events.publishEvent(new TicketEvent.LoadReleased(ticket.assigneeId()));
        }
    }

    private Connection<Ticket> page(QueueQuery query, int pageSize, String after) {
        String scope = cursors.scope(query);
        QueueQuery positioned = after == null ? query : query.after(cursors.decode(scope, query.order(), after));
        List<Ticket> rows = tickets.page(positioned);
        // Counted only if asked for, later in the request and maybe on another thread: in a transaction of its own,
        // in the tenant captured now.
        Tenant tenant = TenantContext.require();
        return Connection.of(rows, pageSize, () -> TenantContext.callIn(tenant, () -> readOnly.execute(status -> tickets.count(query))),
                ticket -> cursors.encode(scope, query.order(), ticket));
    }

    private Ticket insert(String subject, String description, UUID categoryId, Requester requester, TicketChannel channel,
                          UUID followUpOf, String createdById) {
        Priority priority = requester.type() == RequesterType.SPONSOR ? Priority.HIGH : Priority.MEDIUM;
        Ticket ticket = new Ticket(UUID.randomUUID(), tickets.nextNumber(), subject, description, TicketStatus.OPEN, priority,
                categoryId, requester.id(), requester.type(), requester.name(), requester.email(), null, null, channel,
                followUpOf, createdById, null, null, null, null, null, 0);
        tickets.insert(ticket);
        return tickets.find(ticket.id());
    }

    private Ticket visible(UUID id) {
        Ticket ticket = id == null ? null : tickets.find(id);
        if (ticket == null || !maySee(ticket)) {
            throw SupportException.notFound("Ticket");
        }
        return ticket;
    }

    private Ticket lockVisible(UUID id, int version) {
        Ticket ticket = id == null ? null : tickets.lock(id);
        if (ticket == null || !maySee(ticket)) {
            throw SupportException.notFound("Ticket");
        }
        if (ticket.version() != version) {
            throw SupportException.conflict("Ticket " + ticket.reference() + " was changed by someone else (version "
                    + ticket.version() + ", you had " + version + "). Reload it and try again.");
        }
        return ticket;
    }

    private boolean maySee(Ticket ticket) {
        return access.staff() || ticket.requesterId().equals(CurrentUser.get().userId());
    }

    private static void requireOpen(Ticket ticket) {
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new SupportException(ErrorCode.INVALID_TRANSITION, "Ticket " + ticket.reference() + " is CLOSED: closed tickets are final.");
        }
    }

    private static void applied(int rows) {
        if (rows != 1) {
            throw SupportException.conflict("The ticket was changed by someone else. Reload it and try again.");
        }
    }

    private void record(UUID ticketId, Actor actor, HistoryEntry.Field field, String from, String to, String note) {
        tickets.insertHistory(entry(ticketId, actor, field, from, to, note));
    }

    private static HistoryEntry entry(UUID ticketId, Actor actor, HistoryEntry.Field field, String from, String to, String note) {
        return new HistoryEntry(0, ticketId, null, actor.type(), actor.id(), actor.name(), field, from, to,
                note == null || note.isBlank() ? null : note.strip());
    }

    private static Actor actor(CurrentUser user) {
        return Actor.user(user.userId(), user.name() != null ? user.name() : user.username());
    }

    private static Requester self(CurrentUser user, Requester onBehalfOf) {
        if (onBehalfOf != null) {
            throw SupportException.validation("input.onBehalfOf", "Only staff raise tickets on behalf of someone else.");
        }
        RequesterType type = user.has(Role.SPONSOR_USER) || user.has(Role.SPONSOR_ADMIN) ? RequesterType.SPONSOR : RequesterType.MEMBER;
        String name = user.name() != null && !user.name().isBlank() ? user.name() : user.username();
        return new Requester(user.userId(), type, name, user.email());
    }

    private static Requester requester(Requester onBehalfOf) {
        if (onBehalfOf == null) {
            throw SupportException.validation("input.onBehalfOf", "Staff raise tickets on behalf of a member or sponsor: say who.");
        }
        return TicketText.requester(onBehalfOf);
    }
}
