package com.memberpulse.support.support;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The GraphQL contract as the SDL files declare it, for tests that walk every operation or field of it. */
public final class SchemaFiles {

    private SchemaFiles() {
    }

    public static GraphQLSchema load() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
                try (InputStream in = resource.getInputStream()) {
                    registry.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }
}
