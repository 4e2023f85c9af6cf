package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.SupportException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

/**
 * An argument that could not become the type its handler takes (a malformed UUID in a filter's id list, a date that
 * is no date): the caller's input is at fault, so it is VALIDATION_FAILED on the argument's path, never an internal error.
 */
final class ArgumentBindingFailure {

    private ArgumentBindingFailure() {
    }

    /**
     * From Spring GraphQL's binder, which gives the place inside the argument as {@code $.categoryId[0]}, and names
     * the argument only by its Java type ({@code ticketFilter}): the argument is the one of that input type, or the
     * only one given. The field becomes {@code filter.categoryId}.
     */
    static SupportException of(BindException e, DataFetchingEnvironment env) {
        String argument = argument(e.getObjectName(), env);
        FieldError error = e.getFieldError();
        return invalid(error == null ? argument : path(argument, error.getField()), error == null ? null : error.getRejectedValue());
    }

    private static String argument(String objectName, DataFetchingEnvironment env) {
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            if (argument.getName().equals(objectName)
                    || GraphQLTypeUtil.unwrapAll(argument.getType()).getName().equalsIgnoreCase(objectName)) {
                return argument.getName();
            }
        }
        return env.getArguments().size() == 1 ? env.getArguments().keySet().iterator().next() : objectName;
    }

    static SupportException of(TypeMismatchException e) {
        return invalid(e.getPropertyName() == null ? "input" : path("", e.getPropertyName()), e.getValue());
    }

    static String path(String argument, String inside) {
        String nested = inside.replaceAll("\\[[^]]*]", "").replaceFirst("^\\$", "").replaceFirst("^\\.", "");
        if (argument.isEmpty()) {
            return nested;
        }
        return nested.isEmpty() ? argument : argument + "." + nested;
    }

    private static SupportException invalid(String path, @Nullable Object rejected) {
        String value = rejected == null ? "" : " '" + Echo.of(rejected) + "'";
        return SupportException.validation(path, "The value" + value + " is not valid for " + path
                + ": send a value of the type the schema gives it (ids as the API returned them).");
    }
}
