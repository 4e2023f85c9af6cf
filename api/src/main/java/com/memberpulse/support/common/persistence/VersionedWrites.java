package com.memberpulse.support.common.persistence;

import com.memberpulse.support.common.error.SupportException;
import org.jspecify.annotations.Nullable;

/**
 * Optimistic locking: an update names the version the client read and changes nothing when someone else changed the
 * row since; the client must then reload (CONFLICT). The message stays the feature's own.
 */
public final class VersionedWrites {

    private VersionedWrites() {
    }

    /** The row a versioned {@code update ... returning} gave back; CONFLICT with {@code staleMessage} if it gave none. */
    public static <T> T requireApplied(@Nullable T updated, String staleMessage) {
        if (updated == null) {
            throw SupportException.conflict(staleMessage);
        }
        return updated;
    }

    /** Nothing if a versioned update changed exactly one row; CONFLICT with {@code staleMessage} otherwise. */
    public static void requireApplied(int rows, String staleMessage) {
        if (rows != 1) {
            throw SupportException.conflict(staleMessage);
        }
    }
}
