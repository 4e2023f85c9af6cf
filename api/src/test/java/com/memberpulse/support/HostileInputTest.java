package com.memberpulse.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.SchemaFiles;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import com.memberpulse.support.support.ApiClient;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.support.TestTokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every query and mutation of the schema (read from the SDL itself, so a new operation is covered without a change
 * here) called by every role with generated hostile arguments: strings with NUL, control, invisible, bidi and
 * look-alike characters, markup and quotes, very long ones; malformed, upper-case, unknown and other tenants' ids;
 * extreme numbers; malformed dates. Each answer must be one of the documented codes (never INTERNAL_ERROR) with the
 * documented HTTP status, must leak no stack trace, SQL or library name, and a refused mutation must leave the
 * tenant's rows as they were.
 * <p>
 * A jqwik property with a fixed seed: each try walks every operation as every role, drawing the arguments from
 * jqwik's generators, so the budget is a fixed number of calls per operation and role ({@code tries}). It runs the
 * service as an instance of its own on the test stack, in tenants of its own (never provisioning or deprovisioning
 * anyone else's). A failure names the operation, the role and the variables; the seed reproduces it.
 */
class HostileInputTest {

    private static ConfigurableApplicationContext service;
    private static ApiClient api;
    private static JdbcTemplate jdbc;
    private static final TestTokens tokens = TestTokens.get();
    private static World world;
    private static final Set<String> DOCUMENTED_CODES = Arrays.stream(ErrorCode.values()).map(Enum::name)
            .filter(code -> !code.equals(ErrorCode.INTERNAL_ERROR.name())).collect(Collectors.toSet());
    private static final Set<String> CLASSIFICATIONS = Set.of("BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "INTERNAL_ERROR");
    /** What only an internal name, a stack trace or SQL would put in an answer (the generated input never contains them). */
    private static final List<String> LEAKS = List.of("Exception", "java.", "org.", "graphql.", "springframework", "mybatis", "SQLState",
            "PSQL", "postgres", "at com.", "BadFaith", "ValidationError", "InvalidSyntax", "support_control", "tenant_t");
    /** Operations that act on tenants themselves: called with hostile input too, but never naming a real tenant's slug. */
    private static final Set<String> TENANT_OPERATIONS = Set.of("provisionTenant", "deprovisionTenant");

    enum Role {
        MEMBER("ROLE_MEMBER"), SPONSOR("ROLE_SPONSOR_USER"), AGENT("ROLE_CLIENT_USER"), ADMIN("ROLE_CLIENT_ADMIN"),
        PLATFORM_ADMIN("ROLE_PLATFORM_ADMIN"), PLATFORM_ADMIN_IN_TENANT("ROLE_PLATFORM_ADMIN");

        final String realmRole;

        Role(String realmRole) {
            this.realmRole = realmRole;
        }
    }

    /** The tenant the calls act in (and its schema), the ids they are given, the schema they walk. */
    private record World(String tenant, String schema, List<String> ids, GraphQLSchema graphQl) {
    }

    private Random random;

    @BeforeContainer
    static void startTheService() {
        service = TestStack.startInstance(List.of());
        api = new ApiClient(Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port")));
        jdbc = service.getBean(JdbcTemplate.class);
        String tenant = provision();
        String other = provision();
        String ours = seedTicket(tenant);
        world = new World(tenant, jdbc.queryForObject("select schema_name from support_control.tenant where slug = ?", String.class, tenant),
                ids(tenant, ours, seedTicket(other)), SchemaFiles.load());
    }

    @AfterContainer
    static void stopTheService() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 3, seed = "20261129")
    void everyOperationAnswersHostileInputWithADocumentedError(@ForAll Random random) throws IOException {
        this.random = random;
        GraphQLSchema schema = world.graphQl();
        List<GraphQLFieldDefinition> operations = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
            List<GraphQLFieldDefinition> fields = new ArrayList<>(root.getFieldDefinitions());
            fields.sort(Comparator.comparing(GraphQLFieldDefinition::getName));
            for (GraphQLFieldDefinition field : fields) {
                boolean mutation = root == schema.getMutationType();
                for (Role role : Role.values()) {
                    calls++;
                    String failure = call(field, mutation, role);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
            operations.addAll(fields);
        }
        assertThat(operations).as("operations walked").hasSizeGreaterThan(40);
        if (!failures.isEmpty()) {
            Path report = Path.of("target", "hostile-input.txt");
            Files.createDirectories(report.getParent());
            Files.write(report, failures);
            assertThat(failures.subList(0, Math.min(20, failures.size()))).as("%d of %d calls answered outside the error contract (all of them in %s); the first ones",
                    failures.size(), calls, report.toAbsolutePath()).isEmpty();
        }
    }

    /** One call; a description of what broke the contract, or null. */
    private String call(GraphQLFieldDefinition field, boolean mutation, Role role) {
        Map<String, Object> variables = new LinkedHashMap<>();
        StringBuilder declarations = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        for (GraphQLArgument argument : field.getArguments()) {
            Object value = value(argument.getType(), field.getName(), 0);
            if (value == null && !(argument.getType() instanceof GraphQLNonNull)) {
                continue;
            }
            declarations.append(declarations.isEmpty() ? "" : ", ").append('$').append(argument.getName()).append(": ")
                    .append(GraphQLTypeUtil.simplePrint(argument.getType()));
            arguments.append(arguments.isEmpty() ? "" : ", ").append(argument.getName()).append(": $").append(argument.getName());
            variables.put(argument.getName(), value);
        }
        String document = (mutation ? "mutation" : "query") + (declarations.isEmpty() ? "" : "(" + declarations + ")") + " { "
                + field.getName() + (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection(field.getType()) + " }";
        String before = mutation ? rows() : null;
        ApiResponse response = role == Role.PLATFORM_ADMIN_IN_TENANT
                ? api.graphql(token(role), document, variables, "X-MemberPulse-Tenant", world.tenant())
                : api.graphql(token(role), document, variables);
        String what = field.getName() + " as " + role + " with " + abbreviated(variables.toString()) + ": " + response.status() + " "
                + abbreviated(response.body().toString());
        String broken = broken(response);
        if (broken != null) {
            return broken + " — " + what;
        }
        if (mutation && response.hasErrors() && !before.equals(rows())) {
            return "a refused mutation changed rows — " + what;
        }
        return null;
    }

    /** What in this answer breaks the documented contract, or null. */
    private static String broken(ApiResponse response) {
        String body = response.body().toString();
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                return "leaks '" + leak + "'";
            }
        }
        JsonNode errors = response.body().path("errors");
        Set<String> codes = new java.util.TreeSet<>();
        for (JsonNode error : errors) {
            String code = error.path("extensions").path("code").asString("");
            if (!DOCUMENTED_CODES.contains(code)) {
                return "undocumented code '" + code + "'";
            }
            if (!CLASSIFICATIONS.contains(error.path("extensions").path("classification").asString(""))) {
                return "classification '" + error.path("extensions").path("classification").asString("") + "'";
            }
            codes.add(code);
        }
        int status = response.status();
        Set<String> refusedBeforeRunning = Set.of("INVALID_QUERY", "VALIDATION_FAILED", "QUERY_TOO_COMPLEX");
        return switch (status) {
            case 200 -> null;
            case 400 -> !codes.isEmpty() && refusedBeforeRunning.containsAll(codes) ? null : "400 with " + codes;
            case 413 -> codes.equals(Set.of("PAYLOAD_TOO_LARGE")) ? null : "413 with " + codes;
            default -> "status " + status;
        };
    }

    // --- generated values

    private Object value(GraphQLType type, String operation, int depth) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value(nonNull.getWrappedType(), operation, depth);
        }
        if (random.nextInt(8) == 0) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            int size = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                values.add(value(list.getWrappedType(), operation, depth + 1));
            }
            return values;
        }
        if (type instanceof GraphQLInputObjectType input) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                Object value = depth > 4 ? null : value(field.getType(), operation, depth + 1);
                if (value != null || field.getType() instanceof GraphQLNonNull) {
                    fields.put(field.getName(), value);
                }
            }
            return fields;
        }
        if (type instanceof GraphQLEnumType enumType) {
            return random.nextInt(10) == 0 ? "NOT_A_VALUE" : enumType.getValues().get(random.nextInt(enumType.getValues().size())).getName();
        }
        String scalar = ((GraphQLNamedType) type).getName();
        return switch (scalar) {
            case "ID" -> pick(world.ids());
            case "Int" -> pick(List.of(0, -1, 1, 2, 25, 101, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 40, "12", 3.5));
            case "Float" -> pick(List.of(0.0, -1.5, 1e308, "NaN"));
            case "Boolean" -> random.nextInt(10) == 0 ? "yes" : random.nextBoolean();
            case "DateTime" -> pick(List.of("2026-11-29T10:15:30Z", "2026-13-45T99:99:99Z", "yesterday", "0000-01-01T00:00:00Z",
                    "9999-12-31T23:59:59+14:00", ""));
            default -> TENANT_OPERATIONS.contains(operation) ? slugLike() : text();
        };
    }

    private static final Arbitrary<String> TEXT = Arbitraries.oneOf(
            Arbitraries.of("", " ", "\u0000", "a\u0000b", "Bill\u200Bing", "\u200B\u200C\u200D\u2060\uFEFF", "\u00AD", "\u202Eevil.txt",
                    "line\nbreak", "tab\there", "\u0007bell", "<script>alert(1)</script>", "<p onclick=x>hi</p>", "' or 1=1 --",
                    "\"; drop table ticket; --", "{{member.firstName}}", "m²", "Ｂｉｌｌｉｎｇ", "\uD83D\uDE00", "\uD800", "%00", "../../etc/passwd",
                    "café", "cafe\u0301", "null", "undefined"),
            Arbitraries.strings().withCharRange('\u0000', '\u036F').ofMinLength(1).ofMaxLength(40),
            Arbitraries.strings().withChars('x', '\u200B', '<', '\u0000').ofLength(3_000),
            Arbitraries.strings().alpha().ofLength(20_001));

    private String text() {
        return TEXT.generator(1_000).next(random).value();
    }

    /** Slugs for the tenant operations: malformed ones and fresh ones, never an existing tenant's. */
    private String slugLike() {
        return pick(List.of("", "UPPER", "a", "x" + "y".repeat(60), "bad slug", "semi;colon", "t" + UUID.randomUUID().toString().substring(0, 8),
                "\u0000", "tenant_" + random.nextInt(1000), "-lead", "trail-"));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String selection(GraphQLType type) {
        return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLScalarType || GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLEnumType
                ? "" : " { __typename }";
    }

    // --- the world the calls act on

    private static String provision() {
        String slug = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ApiResponse provisioned = api.graphql(tokens.token(null, "ROLE_PLATFORM_ADMIN"),
                "mutation($slug: String!) { provisionTenant(input: {slug: $slug, name: \"Hostile input\"}) { slug } }", Map.of("slug", slug));
        assertThat(provisioned.hasErrors()).as(provisioned.body().toString()).isFalse();
        return slug;
    }

    private static String seedTicket(String tenant) {
        String member = tokens.token(tenant, List.of("ROLE_MEMBER"), c -> c.subject("hostile-member"));
        String category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        return api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Seed\", description: \"<p>seed</p>\", categoryId: $c}) { id } }",
                Map.of("c", category)).data("createTicket").path("id").asString();
    }

    /** Ids to call with: ours, another tenant's, unknown, malformed, upper-case, with an invisible character. */
    private static List<String> ids(String tenant, String ours, String theirs) {
        String admin = tokens.token(tenant, "ROLE_CLIENT_ADMIN");
        String category = api.graphql(admin, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        return List.of(ours, ours.toUpperCase(), theirs, category, category.toUpperCase(), UUID.randomUUID().toString(), "not-a-uuid", "",
                "00000000-0000-0000-0000-000000000000", "' or 1=1 --", "\u0000", "1".repeat(5_000), "123", ours + "\u200B");
    }

    private static String token(Role role) {
        return role.realmRole.equals("ROLE_PLATFORM_ADMIN")
                ? tokens.token(null, role.realmRole)
                : tokens.token(world.tenant(), List.of(role.realmRole), c -> c.subject("hostile-" + role.name().toLowerCase()));
    }

    /** A fingerprint of every row of the tenant's schema. */
    private static String rows() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'"
                + " and table_name <> 'flyway_schema_history' order by 1", String.class, world.schema());
        String sql = tables.stream()
                .map(table -> "(select coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '') from " + world.schema() + "." + table + " t)")
                .collect(Collectors.joining(" || ", "select md5(", ")"));
        return jdbc.queryForObject(sql, String.class);
    }

    private static String abbreviated(String text) {
        String visible = text.replace("\u0000", "\\0");
        return visible.length() <= 300 ? visible : visible.substring(0, 300) + "…(" + visible.length() + ")";
    }

}
