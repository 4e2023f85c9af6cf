package com.memberpulse.support.message;

import com.memberpulse.support.common.Connection;
import com.memberpulse.support.common.Ids;
import com.memberpulse.support.ticket.Ticket;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Replies, internal notes and a ticket's conversation over GraphQL; rules in {@link MessageService}. */
@Controller
class MessageController {

    private final MessageService messages;

    MessageController(MessageService messages) {
        this.messages = messages;
    }

    @MutationMapping
    MessageService.Reply replyToTicket(@Argument MessageInput input) {
        return messages.reply(Ids.parse(input.ticketId()), input.body());
    }

    @MutationMapping
    Message addInternalNote(@Argument MessageInput input) {
        return messages.addInternalNote(Ids.parse(input.ticketId()), input.body());
    }

    @SchemaMapping(typeName = "Ticket", field = "messages")
    Connection<Message> messages(Ticket ticket, @Argument Integer first, @Argument String after) {
        return messages.conversation(ticket.id(), first, after);
    }

    @SchemaMapping(typeName = "TicketMessage", field = "author")
    Author author(Message message) {
        return new Author(message.authorId(), message.authorName(), message.authorRole());
    }

    record Author(String id, String name, Message.AuthorRole role) {
    }

    record MessageInput(String ticketId, String body) {
    }
}
