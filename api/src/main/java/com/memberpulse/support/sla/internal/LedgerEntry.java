package com.memberpulse.support.sla.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A {@code sla_ledger} row: what happened to one of a ticket's clocks, why, on which calendar. */
public record LedgerEntry(long id, UUID ticketId, String target, String kind, OffsetDateTime occurredAt, String reason,
                          String calendarName, @Nullable OffsetDateTime dueAt) {
}
