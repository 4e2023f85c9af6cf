package com.memberpulse.support.common.graphql;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one check every string argument passes, in every operation, before its field is fetched: arguments and
 * filters alike, nested input objects and lists included. A NUL character or half of a surrogate pair cannot be
 * stored by PostgreSQL, so it is refused with VALIDATION_FAILED on the argument's path ({@code input.name},
 * {@code filter.search}; list items name their list) instead of failing deep down as an internal error.
 */
@Component
class StorableTextInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                @Nullable InstrumentationState state) {
        if (parameters.getField().getArguments().isEmpty()) {
            return dataFetcher;
        }
        return environment -> {
            environment.getArguments().forEach(StorableTextInstrumentation::requireStorable);
            return dataFetcher.get(environment);
        };
    }

    private static void requireStorable(String path, @Nullable Object value) {
        switch (value) {
            case String text when !TextInput.isStorable(text) -> throw SupportException.validation(path,
                    "The text of " + path + " holds a character that cannot be stored (NUL or half of a surrogate pair). Remove it and try again.");
            case Map<?, ?> object -> object.forEach((name, field) -> requireStorable(path + "." + name, field));
            case List<?> list -> list.forEach(item -> requireStorable(path, item));
            case null, default -> {
            }
        }
    }
}
