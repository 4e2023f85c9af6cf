package com.memberpulse.support.response;

import com.memberpulse.support.common.input.Ids;
import java.util.List;
import java.util.UUID;

/**
 * Ids from GraphQL arguments. A malformed id names nothing, so it becomes the nil UUID, which no row has: the
 * services then answer NOT_FOUND after their own access checks, exactly as for an id that does not exist (null
 * would mean "not given" to the optional filters).
 */
final class ResponseIds {

    private static final UUID NOTHING = new UUID(0, 0);

    private ResponseIds() {
    }

    static UUID of(String id) {
        UUID parsed = Ids.parse(id);
        return parsed == null ? NOTHING : parsed;
    }

    static UUID optional(String id) {
        return id == null ? null : of(id);
    }

    static List<UUID> all(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(ResponseIds::of).toList();
    }
}
