package com.memberpulse.support.sla;

import java.time.OffsetDateTime;

/** A tenant's SLA settings; {@code updatedAt} is the optimistic token of a change. */
public record SlaSettings(int autoCloseAfterDays, OffsetDateTime updatedAt) {
}
