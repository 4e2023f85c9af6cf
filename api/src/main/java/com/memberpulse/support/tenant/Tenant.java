package com.memberpulse.support.tenant;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A tenant as the registry knows it. Its schema name comes from the registry, never from a request. */
public record Tenant(String slug, String schemaName, String name, State state, @Nullable String schemaVersion,
                     OffsetDateTime createdAt, @Nullable OffsetDateTime disabledAt) {

    public enum State { ACTIVE, DISABLED, DELETED }

    public boolean isActive() {
        return state == State.ACTIVE;
    }
}
