package com.memberpulse.support.message;

import com.memberpulse.support.attachment.AttachedTo;
import com.memberpulse.support.attachment.Attachment;
import com.memberpulse.support.attachment.AttachmentService;
import com.memberpulse.support.common.paging.Connection;
import com.memberpulse.support.common.paging.CursorCodec;
import com.memberpulse.support.common.paging.PageSize;
import com.memberpulse.support.common.text.RichText;
import com.memberpulse.support.message.internal.MessageMapper;
import com.memberpulse.support.security.Access;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.events.Recorded;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketConversation;
import com.memberpulse.support.ticket.TicketService;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replies and internal notes (SPEC section 5). A requester's reply on a WAITING or RESOLVED ticket moves it
 * back to IN_PROGRESS; on a CLOSED ticket it goes to the ticket's follow-up while that is not closed, or else opens a
 * follow-up ticket linked to it. The first public staff reply records the first response. Internal notes are
 * staff-only everywhere: written, listed and counted. A message's files are the caller's uploads it names, claimed in
 * its transaction: a refused message leaves them unclaimed, and a note's files are as staff-only as the note.
 */
@Service
class MessageService {

    static final int MAX_BODY = 20_000;

    private final MessageMapper messages;
    private final TicketService tickets;
    private final TicketConversation conversation;
    private final AttachmentService attachments;
    private final EventLog log;
    private final Access access;
    private final CursorCodec cursors;
    private final TransactionTemplate readOnly;

    MessageService(MessageMapper messages, TicketService tickets, TicketConversation conversation, AttachmentService attachments, EventLog log,
                   Access access, CursorCodec cursors, PlatformTransactionManager transactionManager) {
        this.messages = messages;
        this.tickets = tickets;
        this.conversation = conversation;
        this.attachments = attachments;
        this.log = log;
        this.access = access;
        this.cursors = cursors;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * What a reply did: the message written, on which ticket (a follow-up ticket when the one replied to was closed),
     * and the events the change recorded.
     */
    public record Reply(@Nullable Message message, Ticket ticket, boolean openedFollowUp, List<DomainEvent> events) {
    }

    /**
     * A public reply: staff answer the requester, or the requester writes on their own ticket. On a closed ticket
     * the requester's reply, files included, goes to its open follow-up, or becomes a new follow-up ticket.
     */
    @PreAuthorize("@access.staff() or @access.requester()")
    @Transactional
    public Reply reply(UUID ticketId, String body, List<UUID> attachmentIds) {
        String text = body(body);
        TicketConversation.Turn turn = conversation.reply(ticketId, text);
        List<DomainEvent> events = new ArrayList<>(turn.events());
        if (turn instanceof TicketConversation.OnTicket on) {
            Message message = insert(on.ticket(), Message.Visibility.PUBLIC, on.byStaff() ? Message.AuthorRole.STAFF : Message.AuthorRole.REQUESTER,
                    text, attachmentIds, events);
            return new Reply(message, on.ticket(), false, events);
        }
        // The reply became the description of a new ticket: the closed one stays closed.
        attachments.claim(attachmentIds, AttachedTo.ticket(turn.ticket().id(), turn.ticket().requesterId()));
        return new Reply(null, turn.ticket(), true, events);
    }

    /** A note among staff: never shown to the requester, never notified, never a response. */
    @PreAuthorize("@access.staff()")
    @Transactional
    public Recorded<Message> addInternalNote(UUID ticketId, String body, List<UUID> attachmentIds) {
        String text = body(body);
        TicketConversation.Turn turn = conversation.note(ticketId);
        List<DomainEvent> events = new ArrayList<>(turn.events());
        Message note = insert(turn.ticket(), Message.Visibility.INTERNAL, Message.AuthorRole.STAFF, text, attachmentIds, events);
        return new Recorded<>(note, events);
    }

    /** A ticket's conversation, oldest first: everything for staff, the public messages for the requester. */
    @PreAuthorize("@access.staff() or @access.requester()")
    @Transactional(readOnly = true)
    public Connection<Message> conversation(UUID ticketId, Integer first, String after) {
        Ticket ticket = tickets.get(ticketId);
        boolean withInternal = access.staff();
        int pageSize = PageSize.of(first);
        Tenant tenant = TenantContext.require();
        String scope = "messages|" + tenant.slug() + "|" + ticket.id() + "|" + withInternal;
        OffsetDateTime afterTime = null;
        UUID afterId = null;
        if (after != null) {
            String[] position = cursors.decode(scope, after).split(":");
            afterTime = Instant.EPOCH.plus(Long.parseLong(position[0]), ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            afterId = UUID.fromString(position[1]);
        }
        List<Message> rows = messages.page(ticket.id(), withInternal, afterTime, afterId, pageSize + 1);
        return Connection.of(rows, pageSize,
                () -> TenantContext.callIn(tenant, () -> readOnly.execute(status -> messages.count(ticket.id(), withInternal))),
                message -> cursors.encode(scope, ChronoUnit.MICROS.between(Instant.EPOCH, message.createdAt().toInstant()) + ":" + message.id()));
    }

    private Message insert(Ticket ticket, Message.Visibility visibility, Message.AuthorRole role, String body, List<UUID> attachmentIds,
                           List<DomainEvent> events) {
        CurrentUser author = CurrentUser.get();
        Message message = new Message(UUID.randomUUID(), ticket.id(), visibility, author.userId(), author.displayName(), role, body, null);
        messages.insert(message);
        attachments.claim(attachmentIds, AttachedTo.message(ticket.id(), message.id(), Attachment.Visibility.valueOf(visibility.name()),
                ticket.requesterId()));
        events.add(log.append(ticket.id(), MessageAdded.TYPE, new MessageAdded(message.id(), visibility, role)));
        return messages.find(message.id());
    }

    private static String body(String raw) {
        return RichText.required(raw, "input.body", MAX_BODY, "A message", "A message needs some text.");
    }
}
