package com.memberpulse.support.common.persistence;

import com.memberpulse.support.common.error.SupportException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;

/**
 * Uniqueness (a name, a shortcut) is left to the database's unique indexes, so concurrent writers cannot both win;
 * the loser gets the feature's own field error instead of an internal one.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Runs {@code write}; if it breaks a unique index, throws what {@code taken} gives instead. */
    public static <T extends @Nullable Object> T claiming(Supplier<T> write, Supplier<SupportException> taken) {
        try {
            return write.get();
        } catch (DuplicateKeyException duplicate) {
            throw taken.get();
        }
    }
}
