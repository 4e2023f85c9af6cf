package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.ErrorCode;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.Arrays;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of a GraphQL answer (SPEC section 14): a request that ran answers 200, with its errors beside
 * whatever data there is, however the fields' nullability left {@code data}; a request refused before it ran
 * (not valid GraphQL, too complex, variables that do not fit) answers the status of its error's code. graphql-java
 * says which: data is present once execution has started.
 */
final class GraphQlHttpStatus {

    private GraphQlHttpStatus() {
    }

    static HttpStatus of(ExecutionResult result) {
        if (result.isDataPresent() || result.getErrors().isEmpty()) {
            return HttpStatus.OK;
        }
        return codeOf(result.getErrors().getFirst()).httpStatus();
    }

    private static ErrorCode codeOf(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        return Arrays.stream(ErrorCode.values()).filter(c -> c.name().equals(code)).findFirst().orElse(ErrorCode.INVALID_QUERY);
    }
}
