package com.memberpulse.support.common.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of an error outside GraphQL (file endpoints, 401/403 from the security filters). It has
 * the shape of a GraphQL error response so that clients read every error the same way:
 * {@code {"errors":[{"message":"...","extensions":{"code":"...","classification":"..."}}]}}.
 */
public final class ErrorBody {

    private ErrorBody() {
    }

    /** Writes the error as the whole response, with the code's HTTP status. */
    public static void write(HttpServletResponse response, JsonMapper jsonMapper, ErrorCode code, String message) throws IOException {
        response.setStatus(code.httpStatus().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        jsonMapper.writeValue(response.getOutputStream(), of(code, message));
    }

    public static Map<String, Object> of(ErrorCode code, String message) {
        return of(code, message, null);
    }

    public static Map<String, Object> of(ErrorCode code, String message, @Nullable String field) {
        return body(message, extensions(code, field, Map.of()));
    }

    /** The body of an expected failure, its details included. */
    public static Map<String, Object> of(SupportException e) {
        return body(e.getMessage(), extensions(e.code(), e.field(), e.details()));
    }

    /**
     * The {@code extensions} of an error, GraphQL or HTTP: code, classification, the field at fault if any, and the
     * error's details.
     */
    public static Map<String, Object> extensions(ErrorCode code, @Nullable String field, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.put("classification", code.classification().toString());
        if (field != null) {
            extensions.put("field", field);
        }
        details.forEach(extensions::putIfAbsent);
        return extensions;
    }

    private static Map<String, Object> body(@Nullable String message, Map<String, Object> extensions) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", Echo.message(message));
        error.put("extensions", extensions);
        return Map.of("errors", List.of(error));
    }
}
