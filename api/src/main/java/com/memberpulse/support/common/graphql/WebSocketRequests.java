package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import reactor.core.publisher.Mono;

/**
 * Which transport an operation came over: a WebSocket request carries its connection's id in the GraphQL context
 * ({@link WebSocketConnections#CONNECTION_ID}); a subscription that came over HTTP is refused before it runs
 * ({@code INVALID_QUERY}, 400), as subscriptions are served over WebSocket only.
 */
class WebSocketRequests extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest webSocket) {
            String connectionId = webSocket.getSessionInfo().getId();
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(WebSocketConnections.CONNECTION_ID, connectionId)).build());
        }
        return chain.next(request);
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                                   @Nullable InstrumentationState state) {
        var context = parameters.getExecutionContext();
        if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION
                && !context.getGraphQLContext().hasKey(WebSocketConnections.CONNECTION_ID)) {
            GraphQLError error = GraphqlErrorBuilder.newError()
                    .message("Subscriptions are served over WebSocket only: connect to this path with the graphql-ws protocol.")
                    .errorType(ErrorCode.INVALID_QUERY.classification())
                    .extensions(ErrorBody.extensions(ErrorCode.INVALID_QUERY, null, Map.of()))
                    .build();
            throw new AbortExecutionException(List.of(error));
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
