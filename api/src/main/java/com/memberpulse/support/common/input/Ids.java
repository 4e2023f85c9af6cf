package com.memberpulse.support.common.input;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Ids from GraphQL arguments. Ids in the API are UUIDs; a malformed one names nothing, so it becomes {@link #NOTHING},
 * the nil UUID, which no row has: the services then answer NOT_FOUND after their own access checks, exactly as for an
 * id that does not exist. Null keeps meaning "not given" (optional filters and inputs).
 */
public final class Ids {

    /** The id a malformed one stands for: no row has it. */
    public static final UUID NOTHING = new UUID(0, 0);

    private Ids() {
    }

    /** The UUID, {@link #NOTHING} when {@code id} is malformed, null when it is not given. */
    public static @Nullable UUID of(@Nullable String id) {
        if (id == null) {
            return null;
        }
        UUID parsed = parse(id);
        return parsed == null ? NOTHING : parsed;
    }

    /** Each id as by {@link #of}; no list gives an empty one. */
    public static List<UUID> all(@Nullable List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(id -> id == null ? NOTHING : of(id)).toList();
    }

    private static @Nullable UUID parse(String id) {
        if (id.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
