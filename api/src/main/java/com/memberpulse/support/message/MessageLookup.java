package com.memberpulse.support.message;

import com.memberpulse.support.message.internal.MessageMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message by id, for another feature's automatic work in the current tenant (a reply notification quotes the
 * reply): no user, so no authorisation; the caller decides who may read it (notes are staff-only).
 */
@Component
public class MessageLookup {

    private final MessageMapper messages;

    MessageLookup(MessageMapper messages) {
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Optional<Message> find(UUID id) {
        return Optional.ofNullable(messages.find(id));
    }

    /** Every message of a ticket, notes included, oldest first (the search index copies the conversation). */
    @Transactional(readOnly = true)
    public List<Message> allOf(UUID ticketId) {
        return messages.page(ticketId, true, null, null, Integer.MAX_VALUE);
    }

    /** Every message of these tickets, notes included, oldest first per ticket: {@link #allOf} for a page of tickets. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Message>> allOf(Collection<UUID> ticketIds) {
        return ticketIds.isEmpty() ? Map.of()
                : messages.allOf(ticketIds).stream().collect(Collectors.groupingBy(Message::ticketId, LinkedHashMap::new, Collectors.toList()));
    }
}
