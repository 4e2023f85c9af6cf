package com.memberpulse.support.assignment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A group of agents that assignment rules can target. Members are set on each agent. */
public record SupportTeam(UUID id, String name, String description, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                          int version) {
}
