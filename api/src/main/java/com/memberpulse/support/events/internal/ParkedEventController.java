package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.ParkedEvent;
import com.memberpulse.support.common.paging.Connection;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Parked events over GraphQL. Authorisation is enforced in {@link ParkedEvents}. */
@Controller
class ParkedEventController {

    private final ParkedEvents parkedEvents;

    ParkedEventController(ParkedEvents parkedEvents) {
        this.parkedEvents = parkedEvents;
    }

    @QueryMapping
    Connection<ParkedEvent> parkedEvents(@Argument String consumer, @Argument Integer first, @Argument String after) {
        return parkedEvents.list(consumer, first, after);
    }

    @MutationMapping
    ParkedEvents.RedeliveryResult redeliverParkedEvents(@Argument List<String> ids) {
        return parkedEvents.redeliver(ids);
    }
}
