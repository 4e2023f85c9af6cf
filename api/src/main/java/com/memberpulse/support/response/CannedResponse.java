package com.memberpulse.support.response;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A reusable reply text. Shared ones ({@code ownerId} null) are the team's, managed by admins; personal ones belong
 * to the agent whose Keycloak user id is {@code ownerId} and are seen by nobody else. An empty {@code categoryIds}
 * means it suits tickets of every category.
 */
public record CannedResponse(UUID id, String ownerId, String title, String body, String shortcut, List<UUID> categoryIds,
                             OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    public CannedResponse {
        categoryIds = List.copyOf(categoryIds);
    }

    public boolean shared() {
        return ownerId == null;
    }
}
