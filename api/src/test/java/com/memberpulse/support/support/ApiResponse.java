package com.memberpulse.support.support;

import tools.jackson.databind.JsonNode;

/** An HTTP answer from the API: its status and its JSON body. */
public record ApiResponse(int status, JsonNode body) {

    public JsonNode data(String field) {
        return body.path("data").path(field);
    }

    /** The {@code extensions.code} of the first error, or null when there is none. */
    public String errorCode() {
        JsonNode errors = body.path("errors");
        return errors.isArray() && !errors.isEmpty() ? errors.get(0).path("extensions").path("code").asString(null) : null;
    }

    public String errorField() {
        return body.path("errors").path(0).path("extensions").path("field").asString(null);
    }

    public String errorMessage() {
        return body.path("errors").path(0).path("message").asString(null);
    }

    public boolean hasErrors() {
        return body.path("errors").isArray() && !body.path("errors").isEmpty();
    }
}
