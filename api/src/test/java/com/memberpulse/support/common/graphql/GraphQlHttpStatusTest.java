package com.memberpulse.support.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A request that ran answers 200, whatever its data; one refused before it ran answers its code's status. */
class GraphQlHttpStatusTest {

    @Test
    void aRequestThatRanAnswers200EvenWithNullData() {
        ExecutionResult refusedMutation = ExecutionResult.newExecutionResult().data(null).addError(error("FORBIDDEN")).build();

        assertThat(GraphQlHttpStatus.of(refusedMutation)).isEqualTo(HttpStatus.OK);
        assertThat(GraphQlHttpStatus.of(ExecutionResult.newExecutionResult().data(Map.of("me", Map.of())).build())).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRequestRefusedBeforeItRanAnswersTheStatusOfItsCode() {
        assertThat(GraphQlHttpStatus.of(ExecutionResult.newExecutionResult().addError(error("INVALID_QUERY")).build()))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(GraphQlHttpStatus.of(ExecutionResult.newExecutionResult().addError(error("QUERY_TOO_COMPLEX")).build()))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(GraphQlHttpStatus.of(ExecutionResult.newExecutionResult().addError(error("INTERNAL_ERROR")).build()))
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static graphql.GraphQLError error(String code) {
        return GraphqlErrorBuilder.newError().message("m").extensions(Map.of("code", code)).build();
    }
}
