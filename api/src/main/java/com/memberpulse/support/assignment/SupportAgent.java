package com.memberpulse.support.assignment;

import java.time.OffsetDateTime;

/**
 * A member of the tenant's support staff: who they are comes from Keycloak (refreshed by every sync), their
 * availability and capacity are set here. {@code openLoad} is the weighted load of the open tickets they hold
 * (LOW 1, MEDIUM 2, HIGH 3 each) and {@code openTickets} their number, both as of the read.
 */
public record SupportAgent(
        String id,
        String username,
        String name,
        String email,
        Role role,
        boolean active,
        Availability availability,
        int capacity,
        int openLoad,
        int openTickets,
        OffsetDateTime lastAssignedAt,
        OffsetDateTime syncedAt,
        int version) {

    /** The staff role they have in Keycloak. */
    public enum Role { AGENT, ADMIN }

    /** Whether automatic assignment may give them new tickets. */
    public enum Availability { AVAILABLE, AWAY }
}
