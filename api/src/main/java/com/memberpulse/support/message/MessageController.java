package com.memberpulse.support.message;

import com.memberpulse.support.attachment.Attachment;
import com.memberpulse.support.attachment.AttachmentService;
import com.memberpulse.support.common.paging.Connection;
import com.memberpulse.support.common.input.Ids;
import com.memberpulse.support.events.EventRelay;
import com.memberpulse.support.ticket.Ticket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Replies, internal notes and a ticket's conversation over GraphQL; rules in {@link MessageService}. */
@Controller
class MessageController {

    private final MessageService messages;
    private final AttachmentService attachments;
    private final EventRelay relay;

    MessageController(MessageService messages, AttachmentService attachments, EventRelay relay) {
        this.messages = messages;
        this.attachments = attachments;
        this.relay = relay;
    }

    /** A reply on a closed ticket opens a follow-up: its events go to the relay at once, like a new ticket's. */
    @MutationMapping
    MessageService.Reply replyToTicket(@Argument MessageInput input) {
        MessageService.Reply reply = messages.reply(Ids.of(input.ticketId()), input.body(), Ids.all(input.attachmentIds()));
        relay.deliverNow(reply.events());
        return reply;
    }

    @MutationMapping
    Message addInternalNote(@Argument MessageInput input) {
        return relay.deliverNow(messages.addInternalNote(Ids.of(input.ticketId()), input.body(), Ids.all(input.attachmentIds())));
    }

    @SchemaMapping(typeName = "Ticket", field = "messages")
    Connection<Message> messages(Ticket ticket, @Argument Integer first, @Argument String after) {
        return messages.conversation(ticket.id(), first, after);
    }

    /** The files of a page of messages in one query. */
    @BatchMapping(typeName = "TicketMessage", field = "attachments")
    Map<Message, List<Attachment>> attachments(List<Message> page) {
        Map<UUID, List<Attachment>> byMessage = attachments.ofMessages(page.stream().map(Message::id).toList());
        Map<Message, List<Attachment>> result = new LinkedHashMap<>();
        page.forEach(message -> result.put(message, byMessage.getOrDefault(message.id(), List.of())));
        return result;
    }

    @SchemaMapping(typeName = "TicketMessage", field = "author")
    Author author(Message message) {
        return new Author(message.authorId(), message.authorName(), message.authorRole());
    }

    record Author(String id, String name, Message.AuthorRole role) {
    }

    record MessageInput(String ticketId, String body, List<String> attachmentIds) {
    }
}
