package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** Turns exceptions from data fetchers into errors with a stable code; unexpected ones leak nothing. */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorResolver.class);

    GraphQlErrorResolver() {
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case SupportException e -> error(env, e.code(), e.getMessage(), e.field());
            case AccessDeniedException e -> error(env, ErrorCode.FORBIDDEN, "You are not allowed to do this.", null);
            case AuthenticationException e -> error(env, ErrorCode.UNAUTHENTICATED, "Sign in first: a valid bearer token is required.", null);
            case ConstraintViolationException e -> {
                var violation = e.getConstraintViolations().iterator().next();
                yield error(env, ErrorCode.VALIDATION_FAILED, violation.getMessage(), lastNode(violation.getPropertyPath().toString()));
            }
            default -> {
                log.error("Unexpected error in {}", env.getExecutionStepInfo().getPath(), ex);
                yield error(env, ErrorCode.INTERNAL_ERROR, "Something went wrong on our side. Please try again; if it persists, contact support.", null);
            }
        };
    }

    static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message, String field) {
        Map<String, Object> extensions = field == null
                ? Map.of("code", code.name())
                : Map.of("code", code.name(), "field", field);
        return GraphqlErrorBuilder.newError(env)
                .errorType(code.classification())
                .message(message)
                .extensions(extensions)
                .build();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
