package com.memberpulse.support.ticket;

import com.memberpulse.support.attachment.Attachment;
import com.memberpulse.support.attachment.AttachmentService;
import com.memberpulse.support.category.Category;
import com.memberpulse.support.common.input.Ids;
import com.memberpulse.support.events.EventRelay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Tickets over GraphQL. Who may do what is decided in {@link TicketService}. A ticket's requester and assignee
 * are read as properties ({@link Ticket#requester()}, {@link Ticket#assignee()}), not by handler methods here:
 * each handler call runs on a virtual thread of its own, which for two fields of 50 tickets was most of a page's cost.
 */
@Controller
class TicketController {

    private final TicketService tickets;
    private final AttachmentService attachments;
    private final EventRelay relay;

    TicketController(TicketService tickets, AttachmentService attachments, EventRelay relay) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.relay = relay;
    }

    @QueryMapping
    Ticket ticket(@Argument String id) {
        return tickets.get(Ids.of(id));
    }

    @QueryMapping
    TicketPage tickets(@Argument TicketFilter filter, @Argument TicketOrder orderBy, @Argument Integer first, @Argument String after) {
        return tickets.queue(filter, orderBy, first, after);
    }

    @QueryMapping
    TicketPage myTickets(@Argument List<TicketStatus> status, @Argument String search, @Argument Integer first, @Argument String after) {
        return tickets.mine(status, search, first, after);
    }

    // Every change hands its committed events to the relay at once (automatic assignment among their consumers), so
    // the answer, read again afterwards, shows who took the ticket; the relay delivers them anyway if this is cut short.

    @MutationMapping
    Ticket createTicket(@Argument CreateTicketInput input) {
        Ticket created = relay.deliverNow(tickets.create(new NewTicket(input.subject(), input.description(), Ids.of(input.categoryId()),
                input.channel(), input.onBehalfOf(), Ids.all(input.attachmentIds()))));
        return tickets.get(created.id());
    }

    @MutationMapping
    Ticket changeTicketStatus(@Argument ChangeStatusInput input) {
        return relay.deliverNow(tickets.changeStatus(Ids.of(input.id()), input.version(), input.status(), input.note()));
    }

    @MutationMapping
    Ticket changeTicketPriority(@Argument ChangePriorityInput input) {
        return tickets.get(relay.deliverNow(tickets.changePriority(Ids.of(input.id()), input.version(), input.priority(), input.note())).id());
    }

    @MutationMapping
    Ticket changeTicketCategory(@Argument ChangeCategoryInput input) {
        return tickets.get(relay.deliverNow(tickets.changeCategory(Ids.of(input.id()), input.version(), Ids.of(input.categoryId()),
                input.note())).id());
    }

    @MutationMapping
    Ticket addTicketTags(@Argument TicketTagsInput input) {
        return tickets.get(tickets.addTags(Ids.of(input.id()), input.tags()).value().id());
    }

    @MutationMapping
    Ticket removeTicketTags(@Argument TicketTagsInput input) {
        return tickets.get(tickets.removeTags(Ids.of(input.id()), input.tags()).value().id());
    }

    @BatchMapping(typeName = "Ticket", field = "category")
    Map<Ticket, Category> category(List<Ticket> page) {
        Map<UUID, Category> byId = tickets.categoriesOf(page);
        Map<Ticket, Category> result = new LinkedHashMap<>();
        page.forEach(ticket -> result.put(ticket, byId.get(ticket.categoryId())));
        return result;
    }

    /** The description's files of a page of tickets in one query. */
    @BatchMapping(typeName = "Ticket", field = "attachments")
    Map<Ticket, List<Attachment>> attachments(List<Ticket> page) {
        Map<UUID, List<Attachment>> byTicket = attachments.ofTickets(page.stream().map(Ticket::id).toList());
        Map<Ticket, List<Attachment>> result = new LinkedHashMap<>();
        page.forEach(ticket -> result.put(ticket, byTicket.getOrDefault(ticket.id(), List.of())));
        return result;
    }

    /** The follow-ups of a page of tickets in one query, as the caller may see them. */
    @BatchMapping(typeName = "Ticket", field = "followUps")
    Map<Ticket, List<Ticket>> followUps(List<Ticket> page) {
        Map<UUID, List<Ticket>> byTicket = tickets.followUpsOf(page.stream().map(Ticket::id).toList());
        Map<Ticket, List<Ticket>> result = new LinkedHashMap<>();
        page.forEach(ticket -> result.put(ticket, byTicket.getOrDefault(ticket.id(), List.of())));
        return result;
    }

    @SchemaMapping(typeName = "Ticket", field = "history")
    List<HistoryEntry> history(Ticket ticket) {
        return tickets.history(ticket.id());
    }

    @SchemaMapping(typeName = "TicketHistoryEntry", field = "actor")
    Actor actor(HistoryEntry entry) {
        return new Actor(entry.actorType(), entry.actorId(), entry.actorName());
    }

    record CreateTicketInput(String subject, String description, String categoryId, TicketChannel channel, Requester onBehalfOf,
                             List<String> attachmentIds) {
    }

    record ChangeStatusInput(String id, int version, TicketStatus status, String note) {
    }

    record ChangePriorityInput(String id, int version, Priority priority, String note) {
    }

    record ChangeCategoryInput(String id, int version, String categoryId, String note) {
    }

    record TicketTagsInput(String id, List<String> tags) {
    }
}
