package com.memberpulse.support.common.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever error the servlet container or Spring MVC ends up with (unknown path, wrong method, a body that
 * is not JSON, an unexpected failure) is answered with the common JSON error body, never an HTML page or a
 * stack trace.
 */
@RestController
class JsonErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = statusAttribute instanceof Integer code ? HttpStatus.resolve(code) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        ErrorCode code = codeFor(status, path);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ErrorBody.of(code, messageFor(code, status)));
    }

    static ErrorCode codeFor(HttpStatus status, String path) {
        return switch (status) {
            case BAD_REQUEST -> path.startsWith("/graphql") ? ErrorCode.INVALID_QUERY : ErrorCode.VALIDATION_FAILED;
            case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
            case FORBIDDEN -> ErrorCode.FORBIDDEN;
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
            case CONTENT_TOO_LARGE -> ErrorCode.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case CONFLICT -> ErrorCode.CONFLICT;
            case TOO_MANY_REQUESTS -> ErrorCode.RATE_LIMITED;
            default -> ErrorCode.INTERNAL_ERROR;
        };
    }

    static String messageFor(ErrorCode code, HttpStatus status) {
        return switch (code) {
            case INVALID_QUERY -> "The request is not a valid GraphQL request: send JSON with a \"query\" string (and optional \"variables\" object).";
            case VALIDATION_FAILED -> "The request is malformed.";
            case NOT_FOUND -> "Nothing here.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            case INTERNAL_ERROR -> "Something went wrong on our side. Please try again; if it persists, contact support.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
