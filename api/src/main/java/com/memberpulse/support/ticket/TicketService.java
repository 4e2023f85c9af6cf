package com.memberpulse.support.ticket;

import com.memberpulse.support.attachment.AttachedTo;
import com.memberpulse.support.attachment.AttachmentService;
import com.memberpulse.support.category.Category;
import com.memberpulse.support.category.CategoryService;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.paging.Connection;
import com.memberpulse.support.common.paging.PageSize;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.Recorded;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.ticket.internal.FacetQuery;
import com.memberpulse.support.ticket.internal.QueueQuery;
import com.memberpulse.support.ticket.internal.TicketCursors;
import com.memberpulse.support.ticket.internal.TicketMapper;
import com.memberpulse.support.ticket.internal.WatchQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * Raising and working tickets: the authorised use cases (SPEC sections 2 to 4). Each change loads the ticket (locked,
 * at the version the caller saw: stale is CONFLICT), lets {@link Ticket} decide, and saves the outcome with its
 * history and events in one transaction; it answers the ticket and the events, for the caller to hand to the
 * relay when its answer should show their effect (who took a new ticket).
 */
@Service
public class TicketService {

    private final TicketMapper tickets;
    private final TicketStore store;
    private final VisibleTickets visible;
    private final CategoryService categories;
    private final AttachmentService attachments;
    private final TicketCursors cursors;
    private final Requesters requesters;
    private final TicketSearch search;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    TicketService(TicketMapper tickets, TicketStore store, VisibleTickets visible, CategoryService categories, AttachmentService attachments,
                  TicketCursors cursors, Requesters requesters, TicketSearch search, PlatformTransactionManager transactionManager) {
        this.tickets = tickets;
        this.store = store;
        this.visible = visible;
        this.categories = categories;
        this.attachments = attachments;
        this.cursors = cursors;
        this.requesters = requesters;
        this.search = search;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The ticket, if the caller may see it. */
    @PreAuthorize("@access.tenantUser()")
    @Transactional(readOnly = true)
    public Ticket get(UUID id) {
        return visible.find(id);
    }

    /**
     * A new ticket. Members and sponsor users raise it for themselves; staff raise it on behalf of a requester.
     * Sponsor tickets start at HIGH priority. The caller's uploads named in the request become the description's
     * files; if any cannot be, nothing is created. The ticket wants an agent: its events say so.
     * <p>
     * The requester staff name is looked up in Keycloak before the transaction starts, so that a slow Keycloak never
     * holds a database connection.
     */
    @PreAuthorize("@access.staff() or @access.requester()")
    public Recorded<Ticket> create(NewTicket request) {
        CurrentUser user = CurrentUser.get();
        boolean staff = visible.callerIsStaff();
        String subject = TicketText.subject(request.subject());
        String description = TicketText.description(request.description());
        Requester requester = staff ? requesters.onBehalfOf(request.onBehalfOf()) : Requesters.self(user, request.onBehalfOf());
        TicketChannel channel = staff && request.channel() != null ? request.channel() : TicketChannel.WEB;
        return transaction.execute(status -> {
            Category category = categories.requireAssignable(request.categoryId());
            TicketChange raised = Ticket.raise(new Ticket.Draft(UUID.randomUUID(), store.nextNumber(), subject, description, category.id(),
                    requester, channel, null, user.userId()), Actor.of(user), null, store.now());
            List<DomainEvent> events = store.save(raised);
            attachments.claim(request.attachmentIds(), AttachedTo.ticket(raised.after().id(), raised.after().requesterId()));
            return new Recorded<>(raised.after(), events);
        });
    }

    /** Moves a ticket through the workflow; a requester may only close their own ticket. */
    @PreAuthorize("@access.staff() or @access.requester()")
    @Transactional
    public Recorded<Ticket> changeStatus(UUID id, int version, TicketStatus status, @Nullable String note) {
        TicketWorkflow.Mover mover = visible.callerIsStaff() ? TicketWorkflow.Mover.STAFF : TicketWorkflow.Mover.REQUESTER;
        return save(visible.lock(id, version).moveTo(status, mover, Actor.of(CurrentUser.get()), note, store.now()));
    }

    /** Admins only (SPEC section 2). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Recorded<Ticket> changePriority(UUID id, int version, Priority priority, @Nullable String note) {
        return save(visible.lock(id, version).reprioritise(priority, Actor.of(CurrentUser.get()), note, store.now()));
    }

    /** Staff move a ticket to another category; the new one must not be archived. */
    @PreAuthorize("@access.staff()")
    @Transactional
    public Recorded<Ticket> changeCategory(UUID id, int version, UUID categoryId, @Nullable String note) {
        Ticket ticket = visible.lock(id, version);
        ticket.requireNotClosed();
        UUID category = ticket.categoryId().equals(categoryId) ? categoryId : categories.requireAssignable(categoryId).id();
        return save(ticket.recategorise(category, Actor.of(CurrentUser.get()), note, store.now()));
    }

    /**
     * The staff queue: one page of tickets matching the filter, in the order asked. With a search, the index names the
     * matching tickets (outside any transaction: a slow index never holds a connection) and PostgreSQL reads the page
     * among them; facets come from the index, or from PostgreSQL when SLA states are filtered on (clocks are not indexed).
     */
    @PreAuthorize("@access.staff()")
    public TicketPage queue(TicketFilter filter, TicketOrder order, Integer first, String after) {
        int pageSize = PageSize.of(first);
        QueueQuery query = QueueQueries.of(filter, order, CurrentUser.get().userId(), null, store.now(), pageSize + 1);
        return page(query, pageSize, after, UnaryOperator.identity(), true);
    }

    /**
     * A requester's own tickets, newest first (best match first with a search, which never looks in internal notes),
     * optionally only those in some statuses, as the requester is shown them. No facets: they would tell assignment.
     */
    @PreAuthorize("@access.requester()")
    public TicketPage mine(List<TicketStatus> statuses, @Nullable String search, Integer first, String after) {
        int pageSize = PageSize.of(first);
        TicketFilter filter = TicketFilter.ofStatus(statuses).searching(search);
        QueueQuery query = QueueQueries.of(filter, null, null, CurrentUser.get().userId(), store.now(), pageSize + 1);
        return page(query, pageSize, after, Ticket::asSeenByRequester, false);
    }

    /** Staff add tags to a ticket (normalised; those it has stay). No version: tags never undo another agent's change. */
    @PreAuthorize("@access.staff()")
    @Transactional
    public Recorded<Ticket> addTags(UUID id, List<String> tags) {
        List<String> added = TicketTags.normalised(tags, "input.tags");
        return save(visible.lock(id).retag(added, List.of(), Actor.of(CurrentUser.get()), store.now()));
    }

    /** Staff remove tags from a ticket (those it does not have are ignored). */
    @PreAuthorize("@access.staff()")
    @Transactional
    public Recorded<Ticket> removeTags(UUID id, List<String> tags) {
        List<String> removed = TicketTags.normalised(tags, "input.tags");
        return save(visible.lock(id).retag(List.of(), removed, Actor.of(CurrentUser.get()), store.now()));
    }

    /**
     * Refuses a live filter the caller may not use: requesters watch their own tickets by status only (as
     * {@link #mine}); a date range must end after it starts. VALIDATION_FAILED on the part at fault.
     */
    @PreAuthorize("@access.staff() or @access.requester()")
    public void requireWatchable(@Nullable TicketFilter filter) {
        if (filter != null && !visible.callerIsStaff() && !TicketFilter.ofStatus(filter.status()).equals(filter)) {
            throw SupportException.validation("filter", "Members and sponsor users filter their own tickets by status only.");
        }
        if (filter != null && filter.search() != null) {
            throw SupportException.validation("filter.search", "Live updates follow a filter, not a search: subscribe without one.");
        }
        QueueQueries.of(filter, null, CurrentUser.get().userId(), null, store.now(), 1);
    }

    /**
     * What a live subscriber is sent after {@code change} (null: a change of no filtered column, such as a message) of
     * ticket {@code id}: the ticket as the caller may see it, if it matches {@code filter} now or matched it before the
     * change; empty otherwise, and for a ticket that is not the caller's to see. The filter means what it means in
     * {@link #queue} (the same SQL decides), and a requester's is applied to their own tickets only.
     */
    @PreAuthorize("@access.staff() or @access.requester()")
    @Transactional(readOnly = true)
    public Optional<WatchedTicket> watch(UUID id, @Nullable TicketFilter filter, @Nullable TicketEvent change) {
        String caller = CurrentUser.get().userId();
        QueueQuery query = QueueQueries.of(filter, null, caller, visible.callerIsStaff() ? null : caller, store.now(), 1);
        WatchQuery.Match match = tickets.watch(switch (change) {
            case TicketEvent.StatusChanged c -> new WatchQuery(query, id, "status", c.from().name());
            case TicketEvent.PriorityChanged c -> new WatchQuery(query, id, "priority", c.from().name());
            case TicketEvent.CategoryChanged c -> new WatchQuery(query, id, "category_id", c.from().toString());
            case TicketEvent.AssigneeChanged c -> new WatchQuery(query, id, "assignee_id", c.from());
            case null, default -> new WatchQuery(query, id, null, null);
        });
        if (match == null || !(match.matchesNow() || match.matchedBefore())) {
            return Optional.empty();
        }
        return Optional.of(new WatchedTicket(visible.find(id), match.matchesNow()));
    }

    /** The history of a ticket, oldest first. Staff only: members never see it. */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID ticketId) {
        return tickets.history(visible.find(ticketId).id());
    }

    /** The follow-ups of these tickets that the caller may see, oldest first, by the ticket they follow up (GraphQL batch loading). */
    @PreAuthorize("@access.tenantUser()")
    @Transactional(readOnly = true)
    public Map<UUID, List<Ticket>> followUpsOf(Collection<UUID> ticketIds) {
        return ticketIds.isEmpty() ? Map.of()
                : visible.followUpsOf(ticketIds).stream().collect(Collectors.groupingBy(Ticket::followUpOf, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Staff look up the members and sponsor users of their association a ticket can be raised for. Keycloak is asked
     * outside any transaction, like {@link #create}.
     */
    @PreAuthorize("@access.staff()")
    public List<Requester> findRequesters(String search, Integer first) {
        return requesters.find(search, first);
    }

    /** Categories of a page of tickets in one query (GraphQL batch loading). */
    @Transactional(readOnly = true)
    Map<UUID, Category> categoriesOf(Collection<Ticket> page) {
        return categories.findAllById(page.stream().map(Ticket::categoryId).distinct().toList());
    }

    /**
     * A new ticket for a requester who wrote on a closed one: same requester and category (or the first active
     * category if that one has been archived), linked to it; both histories say so. For the conversation, in its
     * transaction, once it has checked that the caller may write on {@code closed}.
     */
    Recorded<Ticket> openFollowUp(Ticket closed, String description, Actor actor) {
        UUID categoryId = categories.findAllById(List.of(closed.categoryId())).values().stream()
                .filter(c -> !c.archived()).map(Category::id).findFirst()
                .orElseGet(() -> categories.firstActive().id());
        TicketChange followUp = closed.followUp(UUID.randomUUID(), store.nextNumber(), TicketText.description(description), categoryId,
                actor, store.now());
        List<DomainEvent> events = new ArrayList<>(store.save(followUp));
        events.addAll(store.save(closed.followUpOpened(followUp.after(), actor)));
        return new Recorded<>(followUp.after(), events);
    }

    private Recorded<Ticket> save(TicketChange change) {
        return new Recorded<>(change.after(), store.save(change));
    }

    /**
     * A page of the query, each ticket as {@code shown}; the order must not depend on what {@code shown} changes. With a
     * search, only the tickets the index matched are read, ranked as it ranked them.
     */
    private TicketPage page(QueueQuery unmatched, int pageSize, String after, UnaryOperator<Ticket> shown, boolean withFacets) {
        String scope = cursors.scope(unmatched);
        TicketSearch.Query searchQuery = QueueQueries.searchQuery(unmatched);
        QueueQuery query = unmatched.search() == null ? unmatched : unmatched.among(search.matching(searchQuery).toArray(UUID[]::new));
        QueueQuery positioned = after == null ? query : query.after(cursors.decode(scope, query.order(), after));
        List<Ticket> rows = readOnly.execute(status -> tickets.page(positioned)).stream().map(shown).toList();
        Map<UUID, OffsetDateTime> slaDue = query.order() == QueueQuery.OrderKey.SLA_DUE && !rows.isEmpty()
                ? readOnly.execute(status -> tickets.slaSortKeys(rows.stream().map(Ticket::id).toList())).stream()
                        .collect(Collectors.toMap(TicketMapper.SlaSortKey::ticketId, TicketMapper.SlaSortKey::dueAt))
                : Map.of();
        Map<UUID, Integer> rank = new HashMap<>();
        if (query.matches() != null) {
            for (int i = 0; i < query.matches().length; i++) {
                rank.put(query.matches()[i], i + 1);
            }
        }
        Connection<Ticket> page = Connection.of(rows, pageSize, () -> 0,
                ticket -> cursors.encode(scope, query.order(), ticket, t -> slaDue.get(t.id()), t -> rank.get(t.id())));
        // Counted, highlighted and faceted only if asked for, later in the request and maybe on another thread: in the
        // tenant captured now (and for counts, in a transaction of their own).
        Tenant tenant = TenantContext.require();
        Supplier<Map<UUID, List<TicketSearch.Highlight>>> highlights = SingletonSupplier.of(() -> unmatched.search() == null || rows.isEmpty()
                ? Map.of()
                : TenantContext.callIn(tenant, () -> search.highlights(searchQuery, rows.stream().map(Ticket::id).toList())));
        Supplier<TicketSearch.Facets> facets = () -> {
            if (!withFacets) {
                throw new SupportException(ErrorCode.FORBIDDEN, "Facets are for staff.");
            }
            return TenantContext.callIn(tenant, () -> query.slaStates() != null && query.slaStates().length > 0
                    ? readOnly.execute(status -> facetsOf(query)) : search.facets(searchQuery));
        };
        return new TicketPage(page.edges().stream().map(edge -> new TicketPage.Edge(edge.node(), edge.cursor(), highlights)).toList(),
                page.pageInfo(), () -> TenantContext.callIn(tenant, () -> readOnly.execute(status -> tickets.count(query))), facets);
    }

    /** The facets PostgreSQL counts (see {@link #page}). */
    private TicketSearch.Facets facetsOf(QueueQuery query) {
        Function<QueueQuery.Dimension, List<TicketSearch.FacetCount>> counts = dimension -> tickets.facet(new FacetQuery(query, dimension))
                .stream().map(count -> new TicketSearch.FacetCount(count.value(), count.count())).toList();
        return new TicketSearch.Facets(counts.apply(QueueQuery.Dimension.STATUS), counts.apply(QueueQuery.Dimension.PRIORITY),
                counts.apply(QueueQuery.Dimension.CATEGORY), counts.apply(QueueQuery.Dimension.ASSIGNEE), counts.apply(QueueQuery.Dimension.TAG));
    }
}
