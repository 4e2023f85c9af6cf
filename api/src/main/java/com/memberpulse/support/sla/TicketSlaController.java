package com.memberpulse.support.sla;

import com.memberpulse.support.sla.internal.LedgerEntry;
import com.memberpulse.support.ticket.Ticket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Ticket.sla} and its parts. Staff only (enforced in {@link TicketSlaReader}). */
@Controller
class TicketSlaController {

    private final TicketSlaReader reader;

    TicketSlaController(TicketSlaReader reader) {
        this.reader = reader;
    }

    @BatchMapping(typeName = "Ticket", field = "sla")
    Map<Ticket, TicketSla> sla(List<Ticket> tickets) {
        Map<UUID, TicketSla> byId = reader.slaOf(tickets.stream().map(Ticket::id).distinct().toList());
        Map<Ticket, TicketSla> result = new LinkedHashMap<>();
        tickets.stream().filter(ticket -> byId.containsKey(ticket.id())).forEach(ticket -> result.put(ticket, byId.get(ticket.id())));
        return result;
    }

    @SchemaMapping(typeName = "TicketSla", field = "policy")
    @Nullable SlaPolicy policy(TicketSla sla) {
        return reader.policy(sla);
    }

    @SchemaMapping(typeName = "TicketSla", field = "times")
    TicketSla.Times times(TicketSla sla) {
        return reader.times(sla);
    }

    @SchemaMapping(typeName = "TicketSla", field = "ledger")
    List<LedgerEntry> ledger(TicketSla sla) {
        return reader.ledger(sla);
    }

    @SchemaMapping(typeName = "SlaLedgerEntry", field = "target")
    SlaTargetKind target(LedgerEntry entry) {
        return SlaTargetKind.valueOf(entry.target());
    }
}
