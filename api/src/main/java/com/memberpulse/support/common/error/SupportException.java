package com.memberpulse.support.common.error;

/**
 * An expected failure that reaches the client as it is: a stable code, a message a person can act on,
 * and for validation the input field at fault. Anything else is reported as INTERNAL_ERROR without details.
 */
public class SupportException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public SupportException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public SupportException(ErrorCode code, String message, String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public static SupportException validation(String field, String message) {
        return new SupportException(ErrorCode.VALIDATION_FAILED, message, field);
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

    public ErrorCode code() {
        return code;
    }

    /** The input field at fault (a path such as {@code input.slug}), or null. */
    public String field() {
        return field;
    }
}
