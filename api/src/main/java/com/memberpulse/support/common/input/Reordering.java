package com.memberpulse.support.common.input;

import com.memberpulse.support.common.error.SupportException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rule every "reorder" mutation shares: the new order names each existing item exactly once. */
public final class Reordering {

    private Reordering() {
    }

    /**
     * VALIDATION_FAILED on {@code ids} for an id that names nothing here, an id listed twice, or a missing one.
     *
     * @param noun  what the items are, for messages ("category")
     * @param every how to ask for all of them ("category, archived ones included")
     */
    public static void requireEachOnce(Collection<UUID> existing, List<UUID> ids, String noun, String every) {
        Set<UUID> known = Set.copyOf(existing);
        Set<UUID> given = new HashSet<>();
        for (UUID id : ids) {
            if (!known.contains(id)) {
                throw SupportException.validation("ids", "There is no " + noun + " " + id + ".");
            }
            if (!given.add(id)) {
                throw SupportException.validation("ids", "The " + noun + " " + id + " is listed twice.");
            }
        }
        if (given.size() != known.size()) {
            throw SupportException.validation("ids", "List every " + every + ": " + (known.size() - given.size()) + " missing.");
        }
    }
}
