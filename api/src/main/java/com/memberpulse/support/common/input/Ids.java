package com.memberpulse.support.common.input;

import java.util.List;
import java.util.UUID;

/** Ids in the API are UUIDs; a malformed one names nothing, so it is treated as an id that does not exist. */
public final class Ids {

    private Ids() {
    }

    /** The UUID, or null when {@code id} is not one (callers then answer NOT_FOUND). */
    public static UUID parse(String id) {
        if (id == null || id.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Each id parsed as by {@link #parse} (null for a malformed one); no list gives an empty one. */
    public static List<UUID> parseAll(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(Ids::parse).toList();
    }
}
