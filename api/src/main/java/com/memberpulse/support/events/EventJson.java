package com.memberpulse.support.events;

import tools.jackson.databind.json.JsonMapper;

/** The JSON form of payloads, shared by the log and its readers. */
public final class EventJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventJson() {
    }

    public static String write(Object payload) {
        return JSON.writeValueAsString(payload);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
