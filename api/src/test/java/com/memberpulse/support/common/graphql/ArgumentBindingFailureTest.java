package com.memberpulse.support.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import graphql.Scalars;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/** A binding failure names the argument path the client wrote, without the binder's markers. */
class ArgumentBindingFailureTest {

    @Test
    void theBindersPathBecomesTheArgumentPath() {
        assertThat(ArgumentBindingFailure.path("filter", "$.categoryId[0]")).isEqualTo("filter.categoryId");
        assertThat(ArgumentBindingFailure.path("filter", "$.assignee.ids[2]")).isEqualTo("filter.assignee.ids");
        assertThat(ArgumentBindingFailure.path("id", "$")).isEqualTo("id");
        assertThat(ArgumentBindingFailure.path("ids", "$[3]")).isEqualTo("ids");
        assertThat(ArgumentBindingFailure.path("", "filter.categoryId[0]")).isEqualTo("filter.categoryId");
    }

    @Test
    void aBindExceptionIsValidationFailedOnTheArgumentOfItsTypeQuotingABoundedValue() {
        MapBindingResult result = new MapBindingResult(new HashMap<>(), "ticketFilter");
        result.addError(new FieldError("ticketFilter", "$.categoryId[0]", "<b>" + "x".repeat(500), true, null, null, "Failed to convert"));
        GraphQLFieldDefinition tickets = GraphQLFieldDefinition.newFieldDefinition().name("tickets").type(Scalars.GraphQLInt)
                .argument(GraphQLArgument.newArgument().name("first").type(Scalars.GraphQLInt))
                .argument(GraphQLArgument.newArgument().name("filter").type(GraphQLInputObjectType.newInputObject().name("TicketFilter")
                        .field(GraphQLInputObjectField.newInputObjectField().name("categoryId").type(GraphQLList.list(Scalars.GraphQLID))).build()))
                .build();
        DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().fieldDefinition(tickets)
                .arguments(Map.of("first", 5, "filter", Map.of("categoryId", List.of("x")))).build();

        SupportException e = ArgumentBindingFailure.of(new BindException(result), env);

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.field()).isEqualTo("filter.categoryId");
        assertThat(e.getMessage()).hasSizeLessThan(200).contains("<b>xxx");
    }
}
