package com.memberpulse.support.common.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An expected failure that reaches the client as it is: a stable code, a message a person can act on,
 * for validation the input field at fault, and for some codes details a client reads instead of the text
 * (they become further {@code extensions}). Anything else is reported as INTERNAL_ERROR without details.
 */
public class SupportException extends RuntimeException {

    private final ErrorCode code;
    private final @Nullable String field;
    private final Map<String, Object> details;

    public SupportException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public SupportException(ErrorCode code, String message, @Nullable String field) {
        this(code, message, field, Map.of());
    }

    private SupportException(ErrorCode code, String message, @Nullable String field, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static SupportException validation(String field, String message) {
        return new SupportException(ErrorCode.VALIDATION_FAILED, message, field);
    }

    /**
     * A validation failure with details a client can act on without reading the message, each becoming an
     * extension of its own (e.g. {@code extensions.line} for a problem in a template's text).
     */
    public static SupportException validation(String field, String message, Map<String, Object> details) {
        return new SupportException(ErrorCode.VALIDATION_FAILED, message, field, details);
    }

    /** The same answer whether the thing does not exist or is not the caller's to see (SPEC section 2). */
    public static SupportException notFound(String what) {
        return new SupportException(ErrorCode.NOT_FOUND, what + " was not found.");
    }

    public static SupportException forbidden(String message) {
        return new SupportException(ErrorCode.FORBIDDEN, message);
    }

    public static SupportException conflict(String message) {
        return new SupportException(ErrorCode.CONFLICT, message);
    }

    /**
     * A workflow move refused: {@code from} is the status the thing is in, {@code to} the one asked for, or null when
     * the refused change asked for no status (e.g. a new priority on a closed ticket); both reach the client as
     * {@code extensions.from} and {@code extensions.to}.
     */
    public static SupportException invalidTransition(Enum<?> from, @Nullable Enum<?> to, String message) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        if (to != null) {
            details.put("to", to.name());
        }
        return new SupportException(ErrorCode.INVALID_TRANSITION, message, null, details);
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field at fault (a path such as {@code input.slug}), or null. */
    public @Nullable String field() {
        return field;
    }

    /** Further extensions for the client, by name (empty for most errors). */
    public Map<String, Object> details() {
        return details;
    }
}
