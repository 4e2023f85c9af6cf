package com.memberpulse.support.schema;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract is valid GraphQL and documents itself: every type, field, argument and enum value has a description. */
class SchemaLintTest {

    private static final Path SCHEMA_DIR = Path.of("src/main/resources/graphql");

    @Test
    void theSchemaIsValidAndExecutable() throws IOException {
        TypeDefinitionRegistry registry = registry();
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(graphql.schema.GraphQLScalarType.newScalar().name("DateTime")
                        .coercing(new graphql.schema.Coercing<Object, Object>() { }).build())
                .build();
        assertThat(new SchemaGenerator().makeExecutableSchema(registry, wiring).getQueryType().getFieldDefinitions()).isNotEmpty();
    }

    @Test
    void everythingHasADescription() throws IOException {
        TypeDefinitionRegistry registry = registry();
        List<String> undocumented = new ArrayList<>();
        registry.types().values().forEach(type -> {
            boolean isRoot = type.getName().equals("Query") || type.getName().equals("Mutation");
            if (!isRoot && missing(description(type))) {
                undocumented.add("type " + type.getName());
            }
            if (type instanceof ObjectTypeDefinition object) {
                object.getFieldDefinitions().forEach(field -> checkField(type.getName(), field, undocumented));
            }
            if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(value -> {
                    if (missing(value.getDescription())) {
                        undocumented.add(type.getName() + "." + value.getName());
                    }
                });
            }
            if (type instanceof EnumTypeDefinition enumType) {
                enumType.getEnumValueDefinitions().forEach(value -> {
                    if (missing(value.getDescription())) {
                        undocumented.add(type.getName() + "." + value.getName());
                    }
                });
            }
        });
        registry.objectTypeExtensions().values().forEach(extensions -> extensions.forEach(
                (ObjectTypeExtensionDefinition extension) -> extension.getFieldDefinitions()
                        .forEach(field -> checkField(extension.getName(), field, undocumented))));
        assertThat(undocumented).isEmpty();
    }

    private static void checkField(String typeName, FieldDefinition field, List<String> undocumented) {
        if (missing(field.getDescription())) {
            undocumented.add(typeName + "." + field.getName());
        }
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            if (missing(argument.getDescription())) {
                undocumented.add(typeName + "." + field.getName() + "(" + argument.getName() + ")");
            }
        }
    }

    private static Description description(graphql.language.TypeDefinition<?> type) {
        return switch (type) {
            case ObjectTypeDefinition t -> t.getDescription();
            case InputObjectTypeDefinition t -> t.getDescription();
            case EnumTypeDefinition t -> t.getDescription();
            case ScalarTypeDefinition t -> t.getDescription();
            default -> null;
        };
    }

    private static boolean missing(Description description) {
        return description == null || description.getContent() == null || description.getContent().isBlank();
    }

    private static TypeDefinitionRegistry registry() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(SCHEMA_DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    registry.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return registry;
    }
}
