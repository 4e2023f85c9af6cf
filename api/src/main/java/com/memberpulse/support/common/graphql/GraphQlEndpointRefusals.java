package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What the GraphQL endpoint answers to requests that are no GraphQL over HTTP: another method than POST (405) or a
 * body that is not JSON (415). Spring's own routes answer these with an empty body; ours carry the error body
 * every other refusal has. Consulted before Spring's routes, and matching only what those would refuse.
 */
final class GraphQlEndpointRefusals {

    private GraphQlEndpointRefusals() {
    }

    static RouterFunction<ServerResponse> routes(String path) {
        RequestPredicate otherMethod = RequestPredicates.path(path)
                .and(RequestPredicates.method(HttpMethod.POST).or(RequestPredicates.method(HttpMethod.OPTIONS)).negate());
        RequestPredicate notGraphQl = RequestPredicates.POST(path)
                .and(GraphQlRequestPredicates.graphQlHttp(path).or(GraphQlRequestPredicates.graphQlSse(path)).negate());
        return RouterFunctions.route()
                .route(otherMethod, request -> refuse(ErrorCode.METHOD_NOT_ALLOWED,
                        "Send GraphQL requests with POST, the body as JSON (Content-Type: application/json)."))
                .route(notGraphQl, request -> refuse(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "Send the body as JSON (Content-Type: application/json) and accept application/json or "
                                + "application/graphql-response+json."))
                .build();
    }

    private static ServerResponse refuse(ErrorCode code, String message) {
        ServerResponse.BodyBuilder response = ServerResponse.status(code.httpStatus()).contentType(MediaType.APPLICATION_JSON);
        if (code == ErrorCode.METHOD_NOT_ALLOWED) {
            response.allow(HttpMethod.POST);
        }
        return response.body(ErrorBody.of(code, message));
    }
}
