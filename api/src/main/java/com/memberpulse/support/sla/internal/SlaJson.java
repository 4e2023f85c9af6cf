package com.memberpulse.support.sla.internal;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of the SLA set-up (targets, escalation actions, weekly hours, holidays), read and written whole. */
final class SlaJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SlaJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static <T> T read(String json, TypeReference<T> type) {
        return JSON.readValue(json, type);
    }
}
