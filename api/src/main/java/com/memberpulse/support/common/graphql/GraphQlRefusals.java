package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.UnknownOperationException;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.IntrospectionDisabledError;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the errors graphql-java raises itself (syntax, validation, variables, limits, introspection) our codes,
 * classifications and messages: no library's class or classification name reaches a client. Errors that already
 * carry a code (from the data fetchers) pass as they are.
 */
final class GraphQlRefusals {

    private static final Logger log = LoggerFactory.getLogger(GraphQlRefusals.class);

    /** graphql-java's (English) wording of a literal argument value that does not fit its type. */
    private static final Pattern ARGUMENT_VALUE = Pattern.compile(
            "argument '([^']*)' with value '.*' (is not a valid '([^']*)'|must not be null|must be an object type"
                    + "|is missing required fields '.*'|contains a field not in '[^']*': '.*')( - .*)?", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("Variable '([^']*)'");
    /** What graphql-java puts before a validation error's description: its own rule and path names. */
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\([^)]*\\) ?: ?");

    private final int maxDepth;
    private final int maxComplexity;

    GraphQlRefusals(int maxDepth, int maxComplexity) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }

    GraphQLError ours(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        return switch (error) {
            case GoodFaithIntrospection.BadFaithIntrospectionError e -> refusal(e, ErrorCode.QUERY_TOO_COMPLEX,
                    "This introspection query asks for the same types over and over. Ask for the schema once, as the standard introspection query does.", null);
            case IntrospectionDisabledError e -> refusal(e, ErrorCode.INVALID_QUERY, "Introspection is turned off on this service.", null);
            case UnknownOperationException e -> refusal(e, ErrorCode.INVALID_QUERY,
                    "The document has no operation of the name given in operationName.", null);
            case ValidationError e -> invalidDocument(e);
            default -> byClassification(error);
        };
    }

    private GraphQLError byClassification(GraphQLError error) {
        if (error.getErrorType() == ErrorType.ExecutionAborted) {
            return refusal(error, ErrorCode.QUERY_TOO_COMPLEX, "The query is nested deeper or selects more than this service answers (at most "
                    + maxDepth + " levels and " + maxComplexity + " fields). Ask for less at once.", null);
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return refusal(error, ErrorCode.INVALID_QUERY, error.getMessage(), null);
        }
        if (error.getErrorType() == ErrorType.OperationNotSupported) {
            return refusal(error, ErrorCode.INVALID_QUERY, "This service answers queries and mutations only.", null);
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            String variable = variablePath(error);
            return refusal(error, ErrorCode.VALIDATION_FAILED, "The value of the variable " + variable
                    + " does not fit the type the operation declares for it.", variable);
        }
        log.error("Unexpected GraphQL error {}: {}", error.getErrorType(), error.getMessage());
        return refusal(error, ErrorCode.INTERNAL_ERROR, "Something went wrong on our side. Please try again; if it persists, contact support.", null);
    }

    /** A document that is not valid; a literal argument value of the wrong type is the input's fault, on its path. */
    private static GraphQLError invalidDocument(ValidationError error) {
        String description = VALIDATION_PREFIX.matcher(error.getDescription()).replaceFirst("");
        Matcher argument = ARGUMENT_VALUE.matcher(description);
        if (!argument.matches()) {
            return refusal(error, ErrorCode.INVALID_QUERY, description, null);
        }
        String field = ArgumentBindingFailure.path("", argument.group(1));
        String why = argument.group(3) != null ? "it is not a valid " + argument.group(3) : "it " + argument.group(2);
        return refusal(error, ErrorCode.VALIDATION_FAILED, "The value given for " + field + " does not fit the schema: " + why + ".", field);
    }

    /** The variable at fault as {@code input.subject}, from the error's path or else its message. */
    private static String variablePath(GraphQLError error) {
        List<Object> path = error.getPath();
        if (path != null && !path.isEmpty()) {
            return path.stream().filter(p -> !(p instanceof Integer)).map(String::valueOf).collect(Collectors.joining("."));
        }
        Matcher variable = VARIABLE.matcher(String.valueOf(error.getMessage()));
        return variable.find() ? variable.group(1) : "variables";
    }

    private static GraphQLError refusal(GraphQLError error, ErrorCode code, @Nullable String message, @Nullable String field) {
        return GraphqlErrorBuilder.newError()
                .message(Echo.message(message))
                .locations(error.getLocations())
                .errorType(code.classification())
                .extensions(ErrorBody.extensions(code, field, Map.of()))
                .build();
    }
}
