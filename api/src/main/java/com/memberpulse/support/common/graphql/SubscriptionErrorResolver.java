package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A subscription refused when it starts (not allowed, bad filter, too many) or ended by an error: the client gets the
 * graphql-ws {@code error} message with our code, like any other refusal; unexpected errors leak nothing.
 */
@Component
class SubscriptionErrorResolver extends SubscriptionExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex) {
        SupportException e = switch (ex) {
            case SupportException expected -> expected;
            case AccessDeniedException denied -> SupportException.forbidden("You are not allowed to do this.");
            default -> {
                log.error("Unexpected error in a subscription", ex);
                yield new SupportException(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side. Please try again; if it persists, contact support.");
            }
        };
        return GraphqlErrorBuilder.newError()
                .errorType(e.code().classification())
                .message(Echo.message(e.getMessage()))
                .extensions(ErrorBody.extensions(e.code(), e.field(), e.details()))
                .build();
    }
}
