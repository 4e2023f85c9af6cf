package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.ErrorCode;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Gives every error that graphql-java raises itself (syntax, validation, limits) a stable code, and bounds
 * how long a request may run.
 */
class GraphQlRequestErrors implements WebGraphQlInterceptor {

    private final Duration timeout;

    GraphQlRequestErrors(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request)
                .timeout(timeout)
                .onErrorResume(TimeoutException.class, e -> Mono.just(timedOut(request)))
                .map(response -> {
                    List<GraphQLError> errors = response.getExecutionResult().getErrors();
                    return errors.stream().allMatch(GraphQlRequestErrors::hasCode)
                            ? response
                            : response.transform(builder -> builder.errors(errors.stream().map(GraphQlRequestErrors::withCode).toList()));
                });
    }

    private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message("The request took longer than " + timeout.toSeconds() + " s and was stopped. Ask for less at once.")
                .errorType(ErrorCode.TIMEOUT.classification())
                .extensions(Map.of("code", ErrorCode.TIMEOUT.name()))
                .build();
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        ErrorCode code = codeFor(error);
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("code", code.name());
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    private static ErrorCode codeFor(GraphQLError error) {
        if (error.getErrorType() == ErrorType.InvalidSyntax || error.getErrorType() == ErrorType.ValidationError) {
            return ErrorCode.INVALID_QUERY;
        }
        if (error.getMessage() != null && error.getMessage().startsWith("maximum query")) {
            return ErrorCode.QUERY_TOO_COMPLEX;
        }
        return ErrorCode.INTERNAL_ERROR;
    }
}
