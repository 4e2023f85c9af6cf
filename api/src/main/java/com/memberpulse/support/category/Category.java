package com.memberpulse.support.category;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A ticket category of the current tenant. Archived ones stay on their tickets but are not offered for new ones. */
public record Category(UUID id, String name, String description, int position, OffsetDateTime archivedAt, int version) {

    public boolean archived() {
        return archivedAt != null;
    }
}
