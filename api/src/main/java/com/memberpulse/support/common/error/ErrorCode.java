package com.memberpulse.support.common.error;

import graphql.ErrorClassification;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;

/**
 * The stable error codes of the API (SPEC section 14), with the GraphQL classification and the HTTP
 * status that non-GraphQL endpoints answer with. Clients branch on the code, never on the message.
 */
public enum ErrorCode {
    VALIDATION_FAILED(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    INVALID_QUERY(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    QUERY_TOO_COMPLEX(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    PAYLOAD_TOO_LARGE(ErrorType.BAD_REQUEST, HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(ErrorType.BAD_REQUEST, HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    METHOD_NOT_ALLOWED(ErrorType.BAD_REQUEST, HttpStatus.METHOD_NOT_ALLOWED),
    UNAUTHENTICATED(ErrorType.UNAUTHORIZED, HttpStatus.UNAUTHORIZED),
    FORBIDDEN(ErrorType.FORBIDDEN, HttpStatus.FORBIDDEN),
    NOT_FOUND(ErrorType.NOT_FOUND, HttpStatus.NOT_FOUND),
    CONFLICT(ErrorType.BAD_REQUEST, HttpStatus.CONFLICT),
    INVALID_TRANSITION(ErrorType.BAD_REQUEST, HttpStatus.CONFLICT),
    CATEGORY_NAME_TAKEN(ErrorType.BAD_REQUEST, HttpStatus.CONFLICT),
    CATEGORY_ARCHIVED(ErrorType.BAD_REQUEST, HttpStatus.CONFLICT),
    RATE_LIMITED(ErrorType.BAD_REQUEST, HttpStatus.TOO_MANY_REQUESTS),
    AI_UNAVAILABLE(ErrorType.INTERNAL_ERROR, HttpStatus.SERVICE_UNAVAILABLE),
    IDENTITY_UNAVAILABLE(ErrorType.INTERNAL_ERROR, HttpStatus.SERVICE_UNAVAILABLE),
    SEARCH_UNAVAILABLE(ErrorType.INTERNAL_ERROR, HttpStatus.SERVICE_UNAVAILABLE),
    TIMEOUT(ErrorType.INTERNAL_ERROR, HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL_ERROR(ErrorType.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR);

    private final ErrorClassification classification;
    private final HttpStatus httpStatus;

    ErrorCode(ErrorClassification classification, HttpStatus httpStatus) {
        this.classification = classification;
        this.httpStatus = httpStatus;
    }

    public ErrorClassification classification() {
        return classification;
    }

    public HttpStatus httpStatus() {
        return httpStatus;
    }
}
