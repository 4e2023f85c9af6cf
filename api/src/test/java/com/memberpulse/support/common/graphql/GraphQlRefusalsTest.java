package com.memberpulse.support.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.AbortExecutionException;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** graphql-java's own errors in our codes, classifications and words. */
class GraphQlRefusalsTest {

    private final GraphQlRefusals refusals = new GraphQlRefusals(12, 2000);

    @Test
    void badFaithIntrospectionAndTheLimitsAreTooComplex() {
        GraphQLError introspection = refusals.ours(GoodFaithIntrospection.BadFaithIntrospectionError.tooManyFields("__Type.fields"));
        GraphQLError depth = refusals.ours(new AbortExecutionException("maximum query depth exceeded 13 > 12"));

        assertOurs(introspection, "QUERY_TOO_COMPLEX");
        assertOurs(depth, "QUERY_TOO_COMPLEX");
        assertThat(depth.getMessage()).contains("12 levels", "2000 fields");
    }

    @Test
    void anInvalidDocumentIsAnInvalidQueryWithoutGraphQlJavasRuleNames() {
        GraphQLError undefined = refusals.ours(ValidationError.newValidationError().validationErrorType(ValidationErrorType.FieldUndefined)
                .description("Validation error (FieldUndefined@[me/passwordHash]) : Field 'passwordHash' in type 'Me' is undefined").build());
        GraphQLError syntax = refusals.ours(new InvalidSyntaxError(new SourceLocation(1, 15), "Invalid syntax with offending token '<EOF>'"));

        assertOurs(undefined, "INVALID_QUERY");
        assertThat(undefined.getMessage()).isEqualTo("Field 'passwordHash' in type 'Me' is undefined");
        assertOurs(syntax, "INVALID_QUERY");
    }

    @Test
    void aLiteralValueOfTheWrongTypeIsValidationFailedOnItsArgumentPath() {
        GraphQLError wrongType = refusals.ours(ValidationError.newValidationError().validationErrorType(ValidationErrorType.WrongType)
                .description("Validation error (WrongType@[tickets]) : argument 'filter.createdFrom' with value 'StringValue{value='x'}'"
                        + " is not a valid 'DateTime' - Expected an AST type of 'StringValue' but it was a 'IntValue'").build());

        assertOurs(wrongType, "VALIDATION_FAILED");
        assertThat(wrongType.getExtensions()).containsEntry("field", "filter.createdFrom");
        assertThat(wrongType.getMessage()).isEqualTo("The value given for filter.createdFrom does not fit the schema: it is not a valid DateTime.");
    }

    @Test
    void anUnknownErrorIsInternalAndSaysNothingOfItself() {
        GraphQLError unknown = refusals.ours(GraphqlErrorBuilder.newError().message("java.lang.IllegalStateException: boom")
                .errorType(ErrorClassification.errorClassification("SomethingNew")).build());

        assertOurs(unknown, "INTERNAL_ERROR");
        assertThat(unknown.getMessage()).doesNotContain("java.", "boom");
    }

    @Test
    void anErrorThatHasOurCodeAlreadyPassesAsItIs() {
        GraphQLError ours = GraphqlErrorBuilder.newError().message("Ticket #1 was not found.").extensions(Map.of("code", "NOT_FOUND")).build();

        assertThat(refusals.ours(ours)).isSameAs(ours);
    }

    private static void assertOurs(GraphQLError error, String code) {
        assertThat(error.getExtensions()).containsEntry("code", code);
        assertThat(List.of("BAD_REQUEST", "INTERNAL_ERROR")).contains(error.getErrorType().toString());
        assertThat(error.toSpecification().toString()).doesNotContain("graphql.", "Validation error", "WrongType", "FieldUndefined",
                "BadFaith", "ExecutionAborted", "AST type");
    }
}
