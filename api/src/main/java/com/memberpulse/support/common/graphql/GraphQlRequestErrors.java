package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Gives every error that graphql-java raises itself (syntax, validation, variables, limits) a stable code through
 * {@link GraphQlRefusals}, and bounds how long a request may run.
 */
class GraphQlRequestErrors implements WebGraphQlInterceptor {

    private final Duration timeout;
    private final GraphQlRefusals refusals;

    GraphQlRequestErrors(Duration timeout, GraphQlRefusals refusals) {
        this.timeout = timeout;
        this.refusals = refusals;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        // graphql-java words its errors in the request's language; ours are English, and so is what GraphQlRefusals reads.
        request.configureExecutionInput((input, builder) -> builder.locale(Locale.ENGLISH).build());
        return chain.next(request)
                .timeout(timeout)
                .onErrorResume(TimeoutException.class, e -> Mono.just(timedOut(request)))
                .map(response -> {
                    List<GraphQLError> errors = response.getExecutionResult().getErrors();
                    return errors.stream().allMatch(GraphQlRefusals::hasCode)
                            ? response
                            : response.transform(builder -> builder.errors(errors.stream().map(refusals::ours).toList()));
                });
    }

    /** A request that timed out has run: data is present (null), so it answers 200 like any request that ran. */
    private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message("The request took longer than " + timeout.toSeconds() + " s and was stopped. Ask for less at once.")
                .errorType(ErrorCode.TIMEOUT.classification())
                .extensions(ErrorBody.extensions(ErrorCode.TIMEOUT, null, Map.of()))
                .build();
        ExecutionResult result = ExecutionResult.newExecutionResult().data(null).addError(error).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
