package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/** Turns exceptions from data fetchers into errors with a stable code; unexpected ones leak nothing. */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorResolver.class);

    GraphQlErrorResolver() {
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        SupportException e = expected(ex, env);
        return GraphqlErrorBuilder.newError(env)
                .errorType(e.code().classification())
                .message(Echo.message(e.getMessage()))
                .extensions(ErrorBody.extensions(e.code(), e.field(), e.details()))
                .build();
    }

    private static SupportException expected(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case SupportException e -> e;
            case AccessDeniedException e -> SupportException.forbidden("You are not allowed to do this.");
            case AuthenticationException e -> new SupportException(ErrorCode.UNAUTHENTICATED, "Sign in first: a valid bearer token is required.");
            case ConstraintViolationException e -> {
                var violation = e.getConstraintViolations().iterator().next();
                yield SupportException.validation(lastNode(violation.getPropertyPath().toString()), violation.getMessage());
            }
            case BindException e -> ArgumentBindingFailure.of(e, env);
            case TypeMismatchException e -> ArgumentBindingFailure.of(e);
            default -> {
                log.error("Unexpected error in {}", env.getExecutionStepInfo().getPath(), ex);
                yield new SupportException(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side. Please try again; if it persists, contact support.");
            }
        };
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
