package com.memberpulse.support.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error contract at the edges (SPEC section 14): the HTTP status of GraphQL answers per media type, graphql-java's
 * own refusals in our codes, argument binding failures on their field, INVALID_TRANSITION's details, and the JSON
 * error body on every HTTP refusal, Tomcat's included.
 */
class ErrorContractApiTest extends ApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String PRIORITY = "mutation($input: ChangeTicketPriorityInput!) { changeTicketPriority(input: $input) { id } }";
    private static final String STATUS = "mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { id version } }";
    private static final String CREATE = "mutation($input: CreateTicketInput!) { createTicket(input: $input) { id version } }";
    /** Names of graphql-java's classes and classifications that must never reach a client. */
    private static final List<String> LIBRARY_NAMES = List.of("graphql.", "BadFaithIntrospection", "ValidationError", "InvalidSyntax",
            "ExecutionAborted", "OperationNotSupported", "DataFetchingException", "WrongType", "FieldUndefined", "StringValue", "AST type");

    @LocalServerPort
    int serverPort;

    private final HttpClient http = HttpClient.newHttpClient();
    private Tenant tenant;
    private String member;
    private String agent;
    private String admin;
    private String categoryId;

    @BeforeEach
    void tenantWithStaff() {
        tenant = newTenant();
        member = tokens.token(tenant.slug(), "ROLE_MEMBER");
        agent = tokens.token(tenant.slug(), "ROLE_CLIENT_USER");
        admin = tokens.token(tenant.slug(), "ROLE_CLIENT_ADMIN");
        categoryId = graphql(admin, "application/json", "{ ticketCategories { id } }", Map.of()).body()
                .path("data").path("ticketCategories").get(0).path("id").asString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", GRAPHQL_RESPONSE})
    void aMutationThatRanAndWasRefusedAnswers200WithErrorsAndData(String accept) {
        String ticket = createTicket();

        Answer forbidden = graphql(agent, accept, PRIORITY, Map.of("input", Map.of("id", ticket, "version", 1, "priority", "HIGH")));
        Answer notFound = graphql(admin, accept, PRIORITY,
                Map.of("input", Map.of("id", "6a1f9b52-0000-4000-8000-000000000000", "version", 1, "priority", "HIGH")));
        Answer invalid = graphql(member, accept, CREATE, Map.of("input", Map.of("subject", " ", "description", "<p>x</p>", "categoryId", categoryId)));

        assertRan(forbidden, "FORBIDDEN");
        assertRan(notFound, "NOT_FOUND");
        assertRan(invalid, "VALIDATION_FAILED");
        assertThat(invalid.field()).isEqualTo("input.subject");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", GRAPHQL_RESPONSE})
    void aRequestRefusedBeforeItRunsAnswersTheStatusOfItsCode(String accept) {
        String tooComplex = IntStream.range(0, 1001).mapToObj(i -> "a" + i + ": me { userId }").collect(Collectors.joining(" ", "{ ", " }"));

        assertRefused(graphql(admin, accept, "{ me { userId ", Map.of()), 400, "INVALID_QUERY");
        assertRefused(graphql(admin, accept, "{ me { nothingLikeThis } }", Map.of()), 400, "INVALID_QUERY");
        assertRefused(graphql(admin, accept, tooComplex, Map.of()), 400, "QUERY_TOO_COMPLEX");
        assertRefused(graphql(null, accept, "{ me { userId } }", Map.of()), 401, "UNAUTHENTICATED");
        assertRefused(graphql(tokens.token("nosuchtenant", "ROLE_CLIENT_ADMIN"), accept, "{ me { userId } }", Map.of()), 403, "FORBIDDEN");
        assertRefused(graphql(admin, accept, "{ me { userId } } # " + "x".repeat(70_000), Map.of()), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void graphQlJavasOwnRefusalsCarryOurCodesAndNoneOfItsNames() {
        String json = "application/json";
        Answer unknownOperation = post(admin, json, Map.of("query", "query A { me { userId } }", "operationName", "B"));
        Answer subscription = graphql(admin, json, "subscription { me { userId } }", Map.of());
        Answer badVariable = graphql(admin, json, "query($first: Int) { tickets(first: $first) { totalCount } }", Map.of("first", "many"));
        Answer missingVariable = graphql(admin, json, CREATE, Map.of());
        Answer badLiteral = graphql(admin, json, "{ tickets(filter: {createdFrom: \"yesterday\"}) { totalCount } }", Map.of());

        assertRefused(unknownOperation, 400, "INVALID_QUERY");
        assertRefused(subscription, 400, "INVALID_QUERY");
        assertRefused(badVariable, 400, "VALIDATION_FAILED");
        assertThat(badVariable.field()).isEqualTo("first");
        assertRefused(missingVariable, 400, "VALIDATION_FAILED");
        assertRefused(badLiteral, 400, "VALIDATION_FAILED");
        assertThat(badLiteral.field()).isEqualTo("filter.createdFrom");
        for (Answer answer : List.of(unknownOperation, subscription, badVariable, missingVariable, badLiteral)) {
            assertThat(answer.text()).doesNotContain(LIBRARY_NAMES);
            assertThat(answer.body().path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void aMalformedIdInAFilterIsValidationFailedOnTheField() {
        Answer literal = graphql(admin, "application/json", "{ tickets(filter: {categoryId: [\"not-a-uuid\"]}) { totalCount } }", Map.of());
        Answer variable = graphql(admin, "application/json", "query($f: TicketFilter) { tickets(filter: $f) { totalCount } }",
                Map.of("f", Map.of("categoryId", List.of(categoryId, "<b>not-a-uuid</b>"))));

        for (Answer answer : List.of(literal, variable)) {
            assertRan(answer, "VALIDATION_FAILED");
            assertThat(answer.field()).isEqualTo("filter.categoryId");
            assertThat(answer.text()).doesNotContain(LIBRARY_NAMES);
        }
    }

    @Test
    void anInvalidTransitionNamesFromAndToInItsExtensions() {
        String ticket = createTicket();
        Answer closed = graphql(admin, "application/json", STATUS, Map.of("input", Map.of("id", ticket, "version", version(ticket), "status", "CLOSED")));
        assertThat(closed.body().has("errors")).as(closed.text()).isFalse();
        int version = version(ticket);

        Answer reopen = graphql(admin, "application/json", STATUS, Map.of("input", Map.of("id", ticket, "version", version, "status", "OPEN")));
        Answer reprioritise = graphql(admin, "application/json", PRIORITY, Map.of("input", Map.of("id", ticket, "version", version, "priority", "LOW")));

        assertRan(reopen, "INVALID_TRANSITION");
        JsonNode moveExtensions = reopen.body().path("errors").get(0).path("extensions");
        assertThat(moveExtensions.path("from").asString()).isEqualTo("CLOSED");
        assertThat(moveExtensions.path("to").asString()).isEqualTo("OPEN");
        assertRan(reprioritise, "INVALID_TRANSITION");
        JsonNode changeExtensions = reprioritise.body().path("errors").get(0).path("extensions");
        assertThat(changeExtensions.path("from").asString()).isEqualTo("CLOSED");
        assertThat(changeExtensions.has("to")).isFalse();
    }

    @Test
    void aMessageQuotesAtMostABoundedPartOfTheInput() {
        String ticket = createTicket();
        String hostile = "<script>alert(1)</script>\u202E\u0007" + "x".repeat(3_000);

        Answer answer = graphql(admin, "application/json", "mutation($input: AssignTicketInput!) { assignTicket(input: $input) { id } }",
                Map.of("input", Map.of("id", ticket, "version", 1, "agentId", hostile)));

        assertThat(answer.code()).isEqualTo("NOT_FOUND");
        assertThat(answer.message()).hasSizeLessThan(200).contains("…").doesNotContain("\u202E", "\u0007");
    }

    @Test
    void otherMethodsAndBodiesOnTheGraphQlEndpointGetTheErrorBody() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/graphql")).header("Authorization", "Bearer " + admin).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> text = http.send(HttpRequest.newBuilder(uri("/graphql")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{ me { userId } }")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(codeOf(get.body())).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(codeOf(text.body())).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /graphql|x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /gr%ZZaphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /graphql HTTP/1.1\r\nHost: localhost\r\nBad(Header: 1\r\nConnection: close\r\n\r\n"})
    void whatTomcatRefusesBeforeTheApplicationGetsTheErrorBodyToo(String request) {
        String raw = api.exchangeRaw(request);

        String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        assertThat(head).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json");
        assertThat(codeOf(body)).isEqualTo("VALIDATION_FAILED");
        assertThat(body).doesNotContain("<html", "Tomcat");
    }

    private String createTicket() {
        Answer created = graphql(member, "application/json", CREATE,
                Map.of("input", Map.of("subject", "Renewal fails", "description", "<p>The page fails.</p>", "categoryId", categoryId)));
        assertThat(created.body().has("errors")).as(created.text()).isFalse();
        return created.body().path("data").path("createTicket").path("id").asString();
    }

    private int version(String ticket) {
        return graphql(admin, "application/json", "query($id: ID!) { ticket(id: $id) { version } }", Map.of("id", ticket))
                .body().path("data").path("ticket").path("version").asInt();
    }

    private static void assertRan(Answer answer, String code) {
        assertThat(answer.code()).as(answer.text()).isEqualTo(code);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.body().has("data")).as(answer.text()).isTrue();
    }

    private static void assertRefused(Answer answer, int status, String code) {
        assertThat(answer.code()).as(answer.text()).isEqualTo(code);
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.body().has("data")).as(answer.text()).isFalse();
    }

    private Answer graphql(String token, String accept, String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return post(token, accept, body);
    }

    private Answer post(String token, String accept, Map<String, ?> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + serverPort + path);
    }

    private static String codeOf(String body) {
        return JSON.readTree(body).path("errors").path(0).path("extensions").path("code").asString(null);
    }

    private record Answer(int status, String text, JsonNode body) {

        String code() {
            return body.path("errors").path(0).path("extensions").path("code").asString(null);
        }

        String field() {
            return body.path("errors").path(0).path("extensions").path("field").asString(null);
        }

        String message() {
            return body.path("errors").path(0).path("message").asString(null);
        }
    }
}
