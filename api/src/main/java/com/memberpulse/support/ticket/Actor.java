package com.memberpulse.support.ticket;

/** Who made a change, as the history records it: a user, an automatic rule, or the system itself. */
public record Actor(HistoryEntry.ActorType type, String id, String name) {

    public static Actor user(String id, String name) {
        return new Actor(HistoryEntry.ActorType.USER, id, name);
    }

    public static Actor rule(String id, String name) {
        return new Actor(HistoryEntry.ActorType.RULE, id, name);
    }

    public static Actor system(String what) {
        return new Actor(HistoryEntry.ActorType.SYSTEM, null, what);
    }
}
