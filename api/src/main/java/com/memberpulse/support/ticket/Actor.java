package com.memberpulse.support.ticket;

import com.memberpulse.support.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/** Who made a change, as the history records it: a user, an automatic rule, or the system itself. */
public record Actor(HistoryEntry.ActorType type, @Nullable String id, @Nullable String name) {

    public static Actor user(String id, String name) {
        return new Actor(HistoryEntry.ActorType.USER, id, name);
    }

    /** The caller of the current request. */
    public static Actor of(CurrentUser user) {
        return user(user.userId(), user.displayName());
    }

    public static Actor rule(String id, String name) {
        return new Actor(HistoryEntry.ActorType.RULE, id, name);
    }

    public static Actor system(String what) {
        return new Actor(HistoryEntry.ActorType.SYSTEM, null, what);
    }
}
