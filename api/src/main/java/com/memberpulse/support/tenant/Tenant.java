package com.memberpulse.support.tenant;

import java.time.OffsetDateTime;

/** A tenant as the registry knows it. Its schema name comes from the registry, never from a request. */
public record Tenant(String slug, String schemaName, String name, State state, String schemaVersion,
                     OffsetDateTime createdAt, OffsetDateTime disabledAt) {

    public enum State { ACTIVE, DISABLED, DELETED }

    public boolean isActive() {
        return state == State.ACTIVE;
    }
}
