package com.memberpulse.support.ticket;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Staff finding who to raise a ticket for, over GraphQL; who may is decided in {@link TicketService}. */
@Controller
class RequesterController {

    private final TicketService tickets;

    RequesterController(TicketService tickets) {
        this.tickets = tickets;
    }

    @QueryMapping
    List<Requester> findRequesters(@Argument String search, @Argument Integer first) {
        return tickets.findRequesters(search, first);
    }
}
