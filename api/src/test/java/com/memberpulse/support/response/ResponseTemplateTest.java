package com.memberpulse.support.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Response templates over GraphQL: the default notification templates, who manages them, validation, rendering, tenancy. */
class ResponseTemplateTest extends ResponseApiTest {

    static final String FIELDS = "{ id kind name subject body deletable createdAt updatedAt version }";
    static final String LIST = "query($kind: ResponseTemplateKind) { responseTemplates(kind: $kind) " + FIELDS + " }";
    static final String CREATE = "mutation($input: CreateResponseTemplateInput!) { createResponseTemplate(input: $input) " + FIELDS + " }";
    static final String UPDATE = "mutation($input: UpdateResponseTemplateInput!) { updateResponseTemplate(input: $input) " + FIELDS + " }";
    static final String DELETE = "mutation($id: ID!) { deleteResponseTemplate(id: $id) }";
    static final String RENDER = "query($id: ID!, $ticketId: ID!) { renderResponseTemplate(id: $id, ticketId: $ticketId) { subject body } }";
    static final String PREVIEW = "query($input: PreviewResponseTemplateInput!) { previewResponseTemplate(input: $input) { subject body } }";

    @Autowired
    ResponseTemplateService templateService;
    @Autowired
    TicketService ticketService;

    @Test
    void aNewTenantHasTheNotificationTemplatesAndNoReplyTemplates() {
        List<JsonNode> templates = list(as(agent), null);

        assertThat(strings(templates, "kind")).containsExactlyInAnyOrder("NEW_REPLY", "STATUS_CHANGED", "ASSIGNED", "ESCALATED");
        assertThat(templates).allSatisfy(template -> {
            assertThat(template.path("subject").asString()).contains("{{ticket.reference}}");
            assertThat(template.path("body").asString()).contains("{{ticket.url}}");
            assertThat(template.path("deletable").asBoolean()).isFalse();
            assertThat(template.path("version").asInt()).isZero();
        });
        assertThat(list(as(agent), "REPLY")).isEmpty();
        assertThat(strings(list(as(agent), "STATUS_CHANGED"), "kind")).containsExactly("STATUS_CHANGED");
    }

    @Test
    void theDefaultsRenderForATicket() {
        JsonNode ticket = ticket(tenant, "Mia Member", "Cannot renew");
        String reference = "#" + ticket.path("number").asLong();

        JsonNode statusChanged = render(as(agent), template("STATUS_CHANGED"), ticket.path("id").asString());
        assertThat(statusChanged.path("subject").asString()).isEqualTo("[" + tenant.name() + "] Ticket " + reference + " is now open");
        // Rendered by an agent, not as a notification: no link and no reply to show.
        assertThat(statusChanged.path("body").asString()).isEqualTo("<p>Hello Mia,</p><p>Your ticket " + reference
                + " \"Cannot renew\" is now <strong>open</strong>.</p><p>See your ticket: </p><p>Kind regards,<br>" + tenant.name() + "</p>");

        JsonNode newReply = render(as(agent), template("NEW_REPLY"), ticket.path("id").asString());
        assertThat(newReply.path("subject").asString()).isEqualTo("[" + tenant.name() + "] New reply on ticket " + reference + ": Cannot renew");
        assertThat(newReply.path("body").asString()).contains("<p>Ann Agent replied to your ticket " + reference + " \"Cannot renew\":</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN"})
    void requestersCannotSeeOrUseTemplates(String role) {
        JsonNode reply = create(as(admin), "Welcome", "<p>Hi</p>");
        String ticketId = ticket(tenant, "Mia Member", "Help").path("id").asString();
        Caller requester = as(user(tenant, "requester-x", "Rex Requester", role));

        assertThat(requester.call(LIST, Map.of()).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(requester.call(RENDER, Map.of("id", reply.path("id").asString(), "ticketId", ticketId)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(requester.call(PREVIEW, preview("REPLY", null, "<p>Hi</p>", null)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(requester.call(PREVIEW, preview("REPLY", null, "<p>{{nope}}</p>", ticketId)).errorCode()).isEqualTo("FORBIDDEN");
        everyChangeIsForbidden(requester, reply);
    }

    @Test
    void agentsListAndRenderTemplatesButDoNotManageThem() {
        JsonNode reply = create(as(admin), "Welcome", "<p>Hi {{member.firstName}}, {{agent.firstName}} here.</p>");
        String ticketId = ticket(tenant, "Mia Member", "Help").path("id").asString();

        assertThat(strings(list(as(agent), null), "name")).contains("Welcome");
        assertThat(render(as(agent), reply, ticketId).path("body").asString()).isEqualTo("<p>Hi Mia, Ann here.</p>");
        assertThat(render(as(agent), reply, ticketId).path("subject").isNull()).isTrue();
        everyChangeIsForbidden(as(agent), reply);

        assertThat(list(as(admin), null)).contains(reply);
    }

    @Test
    void aPlatformAdminWithoutTheTenantHeaderIsForbidden() {
        JsonNode reply = create(as(admin), "Welcome", "<p>Hi</p>");
        String ticketId = ticket(tenant, "Mia Member", "Help").path("id").asString();
        String token = tokens.token(null, "ROLE_PLATFORM_ADMIN");

        assertThat(api.graphql(token, LIST, Map.of()).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphql(token, RENDER, Map.of("id", reply.path("id").asString(), "ticketId", ticketId)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphql(token, PREVIEW, preview("REPLY", null, "<p>Hi</p>", null)).errorCode()).isEqualTo("FORBIDDEN");
        everyChangeIsForbidden(as(token), reply);
    }

    @Test
    void aClientAdminManagesTemplates() {
        managesTemplates(as(admin));
    }

    @Test
    void aPlatformAdminNamingTheTenantManagesTemplates() {
        managesTemplates(asPlatformAdminIn(tenant));
    }

    @Test
    void notificationTemplatesAreEditedButNeverDeleted() {
        JsonNode statusChanged = template("STATUS_CHANGED");

        ApiResponse refused = as(admin).call(DELETE, Map.of("id", statusChanged.path("id").asString()));
        assertRefused(refused, "VALIDATION_FAILED", "id");
        assertRefused(as(admin).call(UPDATE, update(statusChanged, "Status", null, "<p>x</p>")), "VALIDATION_FAILED", "input.subject");
        assertRefused(as(admin).call(UPDATE, update(statusChanged, "Status", "Now {{ticket.state}}", "<p>x</p>")),
                "VALIDATION_FAILED", "input.subject");
        assertThat(template("STATUS_CHANGED")).isEqualTo(statusChanged);

        JsonNode edited = ok(as(admin).call(UPDATE, update(statusChanged, "Status update",
                "{{ticket.reference}}: {{ticket.status}}", "<p>{{ticket.reference}} is {{ticket.status}}.</p>")), "updateResponseTemplate");
        assertThat(edited.path("kind").asString()).isEqualTo("STATUS_CHANGED");
        assertThat(edited.path("version").asInt()).isEqualTo(1);
        assertThat(template("STATUS_CHANGED")).isEqualTo(edited);
    }

    @Test
    void unknownVariablesAndBadSyntaxAreRefusedWhenSavedNamingTheProblem() {
        assertProblem(as(admin).call(CREATE, input("T", "<p>Hi {{member.fristName}}</p>")), "input.body", "'member.fristName'");
        assertProblem(as(admin).call(CREATE, input("T", "<p>{{#agent.name}}<b>{{agent.phone}}</b>{{/agent.name}}</p>")),
                "input.body", "'agent.phone'");
        assertProblem(as(admin).call(CREATE, input("T", "<p>{{{member.name}}}</p>")), "input.body", "without escaping");
        assertProblem(as(admin).call(CREATE, input("T", "<p>{{& member.name}}</p>")), "input.body", "without escaping");
        assertProblem(as(admin).call(CREATE, input("T", "<p>Hi</p>\n<p>{{member.name</p>")), "input.body", "(line 2): a tag is not closed");
        assertThat(line(as(admin).call(CREATE, input("T", "<p>Hi</p>\n<p>{{member.name</p>")))).isEqualTo(2);
        assertThat(line(as(admin).call(CREATE, input("T", "<p>Hi</p>\n\n<p>{{ticket.nope}}</p>")))).isEqualTo(3);
        assertThat(line(as(admin).call(CREATE, input("T", " ")))).as("a problem on no line has none").isNull();
        assertProblem(as(admin).call(CREATE, input("T", "<p>{{> signature}}</p>")), "input.body", "cannot include another one");
        assertProblem(as(admin).call(CREATE, input(" ", "<p>x</p>")), "input.name", "A name of 1 to 80");

        JsonNode reply = create(as(admin), "Welcome", "<p>Hi</p>");
        assertProblem(as(admin).call(UPDATE, update(reply, "Welcome", null, "<p>{{ticket.id}}</p>")), "input.body", "'ticket.id'");
        assertThat(line(as(admin).call(UPDATE, update(reply, "Welcome", null, "<p>Hi</p>\n<p>{{ticket.id}}</p>")))).isEqualTo(2);
        assertThat(line(as(admin).call(UPDATE, update(template("STATUS_CHANGED"), "Status", "Now {{ticket.state}}", "<p>x</p>"))))
                .isEqualTo(1);
        assertProblem(as(admin).call(UPDATE, update(reply, "Welcome", "A subject", "<p>Hi</p>")), "input.subject",
                "Only notification templates have a subject");
        assertThat(list(as(admin), "REPLY")).containsExactly(reply);
    }

    @Test
    void anUnsavedTemplateIsPreviewedAgainstTheSampleTicketAndNothingIsStored() {
        List<JsonNode> before = list(as(admin), null);
        String subject = "[{{client.name}}] Ticket {{ticket.reference}} is now {{ticket.status}}";
        String body = "<p>Hello {{member.firstName}} {{member.lastName}} ({{member.email}}),</p>\n"
                + "<p>{{ticket.subject}} in {{ticket.category}}, #{{ticket.number}}, {{ticket.priority}} priority.</p>\n"
                + "<p>{{agent.name}} ({{agent.firstName}}, {{agent.email}})</p>";

        for (Caller caller : List.of(as(admin), as(agent), asPlatformAdminIn(tenant))) {
            JsonNode statusChanged = previewed(caller, preview("STATUS_CHANGED", subject, body, null));
            assertThat(statusChanged.path("subject").asString()).isEqualTo("[" + tenant.name() + "] Ticket #1042 is now in progress");
            assertThat(statusChanged.path("body").asString()).isEqualTo(
                    "<p>Hello Maria Jensen (maria.jensen@example.org),</p>\n"
                    + "<p>Renewal payment failed in Membership, #1042, medium priority.</p>\n"
                    + "<p>Alex Morgan (Alex, alex.morgan@example.org)</p>");
        }
        JsonNode reply = previewed(as(agent), preview("REPLY", null, "<p onclick=\"x()\">Hi {{member.firstName}}</p><script>x()</script>", null));
        assertThat(reply.path("subject").isNull()).isTrue();
        assertThat(reply.path("body").asString()).isEqualTo("<p>Hi Maria</p>");

        assertThat(list(as(admin), null)).isEqualTo(before);
    }

    @Test
    void aPreviewIsRenderedForATicketWithTheCallerAsTheAgent() {
        JsonNode ticket = ticket(tenant, "Mia Member", "Cannot renew");
        String reference = "#" + ticket.path("number").asLong();

        JsonNode rendered = previewed(as(agent), preview("NEW_REPLY", "Re: {{ticket.subject}}",
                "<p>{{member.firstName}}, {{agent.name}} replied on {{ticket.reference}} ({{ticket.category}}, {{ticket.status}}).</p>",
                ticket.path("id").asString()));

        assertThat(rendered.path("subject").asString()).isEqualTo("Re: Cannot renew");
        assertThat(rendered.path("body").asString()).isEqualTo("<p>Mia, Ann Agent replied on " + reference + " (Billing, open).</p>");
    }

    @Test
    void aPreviewRefusesWhatSavingWouldRefuseAtItsLine() {
        ApiResponse unknown = as(admin).call(PREVIEW, preview("STATUS_CHANGED", "Ticket {{ticket.reference}}",
                "<p>Hello {{member.firstName}},</p>\n<p>Your ticket</p>\n<p>is {{ticket.nope}}</p>", null));
        assertProblem(unknown, "input.body", "Unknown variable 'ticket.nope' (line 3)");
        assertThat(line(unknown)).isEqualTo(3);

        ApiResponse unclosed = as(agent).call(PREVIEW, preview("REPLY", null, "<p>Hi</p>\n{{#agent.name}}<p>x</p>", null));
        assertProblem(unclosed, "input.body", "is not closed with {{/agent.name}}");
        assertThat(line(unclosed)).isEqualTo(2);

        ApiResponse badSubject = as(admin).call(PREVIEW, preview("NEW_REPLY", "Re {{{ticket.subject}}}", "<p>x</p>", null));
        assertProblem(badSubject, "input.subject", "without escaping");
        assertThat(line(badSubject)).isEqualTo(1);

        assertProblem(as(admin).call(PREVIEW, preview("NEW_REPLY", " ", "<p>x</p>", null)), "input.subject", "A notification subject");
        assertProblem(as(admin).call(PREVIEW, preview("REPLY", "A subject", "<p>x</p>", null)), "input.subject",
                "Only notification templates have a subject");
        assertProblem(as(admin).call(PREVIEW, preview("REPLY", null, "<p> </p>", null)), "input.body", "A body with some text");
        assertProblem(as(admin).call(PREVIEW, preview("REPLY", null, "x".repeat(20_001), null)), "input.body", "at most 20000");
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        JsonNode welcome = create(as(admin), "Welcome", "<p>Hi</p>");
        JsonNode other = create(as(admin), "Goodbye", "<p>Bye</p>");

        assertRefused(as(admin).call(CREATE, input("WELCOME", "<p>x</p>")), "VALIDATION_FAILED", "input.name");
        assertRefused(as(admin).call(CREATE, input("member notification: new reply", "<p>x</p>")), "VALIDATION_FAILED", "input.name");
        assertRefused(as(admin).call(UPDATE, update(other, "welcome", null, "<p>Bye</p>")), "VALIDATION_FAILED", "input.name");

        assertThat(ok(as(admin).call(UPDATE, update(welcome, "WELCOME", null, "<p>Hi</p>")), "updateResponseTemplate")
                .path("name").asString()).isEqualTo("WELCOME");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonNode created = create(as(admin), "Welcome", "<p>Hi</p>");
        JsonNode updated = ok(as(admin).call(UPDATE, update(created, "Welcome!", null, "<p>Hello</p>")), "updateResponseTemplate");

        assertThat(as(admin).call(UPDATE, update(created, "Hi", null, "<p>Hi</p>")).errorCode()).isEqualTo("CONFLICT");

        assertThat(list(as(admin), "REPLY")).containsExactly(updated);
    }

    @Test
    void aMaliciousMemberNameComesOutAsText() {
        JsonNode ticket = ticket(tenant, "<script>alert(1)</script> <img src=x onerror=alert(2)>", "<b>Help</b> & more");
        JsonNode reply = create(as(admin), "Greeting", "<p>Dear {{member.name}} ({{member.firstName}}), re {{ticket.subject}}</p>");

        String body = render(as(agent), reply, ticket.path("id").asString()).path("body").asString();
        assertThat(body).isEqualTo("<p>Dear &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;"
                + " (&lt;script&gt;alert(1)&lt;/script&gt;), re &lt;b&gt;Help&lt;/b&gt; &amp; more</p>");

        JsonNode newReply = render(as(agent), template("NEW_REPLY"), ticket.path("id").asString());
        assertThat(newReply.path("body").asString()).contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;,").doesNotContain("<script", "<img");
        assertThat(newReply.path("subject").asString()).endsWith(": <b>Help</b> & more");
    }

    @Test
    void theNotificationFeatureRendersTheTenantsTemplates() {
        JsonNode ticket = ticket(tenant, "Mia Member", "Cannot renew");
        JsonNode newReply = template("NEW_REPLY");
        ok(as(admin).call(UPDATE, update(newReply, newReply.path("name").asString(), "Re: {{ticket.subject}} ({{ticket.priority}})",
                "<p>{{member.firstName}}, {{#agent.name}}{{agent.firstName}}{{/agent.name}}{{^agent.name}}we{{/agent.name}} replied.</p>")),
                "updateResponseTemplate");
        UUID ticketId = UUID.fromString(ticket.path("id").asString());
        Ticket stored = asPlatformAdmin(() -> TenantContext.callIn(tenant, () -> ticketService.get(ticketId)));

        // As a notification job would: in the ticket's tenant, with no user signed in.
        RenderedResponse byAgent = TenantContext.callIn(tenant,
                () -> templateService.renderNotification(ResponseTemplateKind.NEW_REPLY, stored, "Ann Agent", "ann@example.org", TemplateValues.NoticeValues.NONE));
        RenderedResponse bySystem = TenantContext.callIn(tenant,
                () -> templateService.renderNotification(ResponseTemplateKind.NEW_REPLY, stored, null, null, TemplateValues.NoticeValues.NONE));
        RenderedResponse statusChanged = TenantContext.callIn(tenant,
                () -> templateService.renderNotification(ResponseTemplateKind.STATUS_CHANGED, stored, null, null, TemplateValues.NoticeValues.NONE));

        assertThat(byAgent).isEqualTo(new RenderedResponse("Re: Cannot renew (medium)", "<p>Mia, Ann replied.</p>"));
        assertThat(bySystem.body()).isEqualTo("<p>Mia, we replied.</p>");
        assertThat(statusChanged.subject()).isEqualTo("[" + tenant.name() + "] Ticket #" + stored.number() + " is now open");
    }

    @Test
    void anotherTenantsIdsAreNotFound() {
        Tenant other = newTenant();
        String otherAdmin = user(other, "admin-1", "Ada Admin", "ROLE_CLIENT_ADMIN");
        JsonNode theirs = ok(api.graphql(otherAdmin, CREATE, input("Theirs", "<p>Theirs</p>")), "createResponseTemplate");
        JsonNode theirNotification = elements(ok(api.graphql(otherAdmin, LIST, Map.of("kind", "STATUS_CHANGED")), "responseTemplates")).getFirst();
        String othersTicket = ticket(other, "Oli Other", "Theirs").path("id").asString();
        JsonNode ours = create(as(admin), "Ours", "<p>Ours</p>");
        String ourTicket = ticket(tenant, "Mia Member", "Ours").path("id").asString();

        for (String id : List.of(theirs.path("id").asString(), theirNotification.path("id").asString(), UUID.randomUUID().toString(), "not-an-id")) {
            Map<String, Object> rename = new HashMap<>(Map.of("id", id, "version", 0, "name", "Taken over", "body", "<p>x</p>"));
            assertThat(as(admin).call(UPDATE, Map.of("input", rename)).errorCode()).as(id).isEqualTo("NOT_FOUND");
            assertThat(as(admin).call(DELETE, Map.of("id", id)).errorCode()).as(id).isEqualTo("NOT_FOUND");
            assertThat(as(admin).call(RENDER, Map.of("id", id, "ticketId", ourTicket)).errorCode()).as(id).isEqualTo("NOT_FOUND");
        }
        for (String ticketId : List.of(othersTicket, UUID.randomUUID().toString(), "not-an-id")) {
            assertThat(as(admin).call(RENDER, Map.of("id", ours.path("id").asString(), "ticketId", ticketId)).errorCode())
                    .as(ticketId).isEqualTo("NOT_FOUND");
            assertThat(as(agent).call(PREVIEW, preview("REPLY", null, "<p>Hi {{member.name}}</p>", ticketId)).errorCode())
                    .as(ticketId).isEqualTo("NOT_FOUND");
        }

        assertThat(list(as(otherAdmin), "REPLY")).containsExactly(theirs);
        assertThat(list(as(admin), "REPLY")).containsExactly(ours);
    }

    private void managesTemplates(Caller caller) {
        String ticketId = ticket(tenant, "Mia Member", "Help").path("id").asString();
        JsonNode created = create(caller, "  Welcome   pack ", "<p onclick=\"x()\">Hi {{member.firstName}}</p><script>x()</script>");
        assertThat(created.path("kind").asString()).isEqualTo("REPLY");
        assertThat(created.path("name").asString()).isEqualTo("Welcome pack");
        assertThat(created.path("subject").isNull()).isTrue();
        assertThat(created.path("body").asString()).isEqualTo("<p>Hi {{member.firstName}}</p>");
        assertThat(created.path("deletable").asBoolean()).isTrue();

        JsonNode updated = ok(caller.call(UPDATE, update(created, "Welcome", null, "<p>Welcome, {{member.name}}!</p>")), "updateResponseTemplate");
        assertThat(updated.path("version").asInt()).isEqualTo(1);
        assertThat(render(caller, updated, ticketId).path("body").asString()).isEqualTo("<p>Welcome, Mia Member!</p>");
        assertThat(strings(list(caller, "REPLY"), "name")).containsExactly("Welcome");

        JsonNode statusChanged = template("STATUS_CHANGED");
        JsonNode edited = ok(caller.call(UPDATE, update(statusChanged, "Status", "{{ticket.reference}} is {{ticket.status}}",
                "<p>Now {{ticket.status}}.</p>")), "updateResponseTemplate");
        assertThat(edited.path("subject").asString()).isEqualTo("{{ticket.reference}} is {{ticket.status}}");

        assertThat(ok(caller.call(DELETE, Map.of("id", updated.path("id").asString())), "deleteResponseTemplate").asString())
                .isEqualTo(updated.path("id").asString());
        assertThat(list(caller, "REPLY")).isEmpty();
    }

    private void everyChangeIsForbidden(Caller caller, JsonNode reply) {
        JsonNode statusChanged = template("STATUS_CHANGED");
        List<ApiResponse> responses = List.of(
                caller.call(CREATE, input("Mine", "<p>x</p>")),
                caller.call(UPDATE, update(reply, "Taken over", null, "<p>x</p>")),
                caller.call(UPDATE, update(statusChanged, "Taken over", "x", "<p>x</p>")),
                caller.call(DELETE, Map.of("id", reply.path("id").asString())));
        assertThat(responses).allSatisfy(response -> assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("FORBIDDEN"));
        assertThat(list(as(admin), null)).contains(reply, statusChanged);
    }

    private JsonNode template(String kind) {
        return list(as(admin), kind).getFirst();
    }

    private static JsonNode create(Caller caller, String name, String body) {
        return ok(caller.call(CREATE, input(name, body)), "createResponseTemplate");
    }

    private static List<JsonNode> list(Caller caller, String kind) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("kind", kind);
        return elements(ok(caller.call(LIST, variables), "responseTemplates"));
    }

    private static JsonNode render(Caller caller, JsonNode template, String ticketId) {
        return ok(caller.call(RENDER, Map.of("id", template.path("id").asString(), "ticketId", ticketId)), "renderResponseTemplate");
    }

    private static JsonNode previewed(Caller caller, Map<String, Object> variables) {
        return ok(caller.call(PREVIEW, variables), "previewResponseTemplate");
    }

    /** The line a refused template's problem is on ({@code extensions.line}), null when the error names none. */
    private static Integer line(ApiResponse response) {
        JsonNode line = response.body().path("errors").path(0).path("extensions").path("line");
        return line.isMissingNode() ? null : line.asInt();
    }

    private static Map<String, Object> preview(String kind, String subject, String body, String ticketId) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", kind);
        input.put("subject", subject);
        input.put("body", body);
        input.put("ticketId", ticketId);
        return Map.of("input", input);
    }

    private static void assertProblem(ApiResponse response, String field, String message) {
        assertRefused(response, "VALIDATION_FAILED", field);
        assertThat(response.errorMessage()).contains(message);
    }

    private static Map<String, Object> input(String name, String body) {
        return Map.of("input", Map.of("name", name, "body", body));
    }

    private static Map<String, Object> update(JsonNode template, String name, String subject, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", template.path("id").asString());
        input.put("version", template.path("version").asInt());
        input.put("name", name);
        input.put("subject", subject);
        input.put("body", body);
        return Map.of("input", input);
    }
}
