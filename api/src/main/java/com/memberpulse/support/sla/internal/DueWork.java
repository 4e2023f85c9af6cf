package com.memberpulse.support.sla.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A {@code support_control.sla_due} row: work the sweep does for a tenant's ticket at {@code dueAt}. */
public record DueWork(String tenantSlug, UUID ticketId, String kind, OffsetDateTime dueAt, int attempts) {
}
