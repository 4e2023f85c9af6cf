package com.memberpulse.support.live;

import com.memberpulse.support.common.graphql.WebSocketConnections;
import com.memberpulse.support.ticket.TicketFilter;
import com.memberpulse.support.ticket.TicketService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** {@code ticketUpdated}: who may subscribe with which filter is the ticket service's rule; the updates come from {@link LiveSubscriptions}. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class TicketUpdatesController {

    private final TicketService tickets;
    private final LiveSubscriptions subscriptions;

    TicketUpdatesController(TicketService tickets, LiveSubscriptions subscriptions) {
        this.tickets = tickets;
        this.subscriptions = subscriptions;
    }

    @SubscriptionMapping
    Flux<TicketUpdate> ticketUpdated(@Argument @Nullable TicketFilter filter,
                                     @ContextValue(name = WebSocketConnections.CONNECTION_ID) String connectionId) {
        tickets.requireWatchable(filter);
        return subscriptions.open(filter, connectionId);
    }
}
