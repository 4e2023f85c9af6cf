package com.memberpulse.support.common.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public static Map<String, Object> of(ErrorCode code, String message, String field) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.put("classification", code.classification().toString());
        if (field != null) {
            extensions.put("field", field);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return Map.of("errors", List.of(error));
    }
}
