package com.memberpulse.support.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiClient.RawResponse;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Files over HTTP and GraphQL, per role: upload, claim, download, limits, types, names, visibility, clean-up. */
class AttachmentApiTest extends ApiIntegrationTest {

    static final String FIELDS = "{ id name size contentType sha256 createdAt url }";
    static final String CREATE = "mutation($c: ID!, $a: [ID!]) { createTicket(input: {subject: \"Help\", description: \"<p>See attached</p>\","
            + " categoryId: $c, attachmentIds: $a}) { id attachments " + FIELDS + " } }";
    static final String REPLY = "mutation($t: ID!, $b: String!, $a: [ID!]) { replyToTicket(input: {ticketId: $t, body: $b, attachmentIds: $a}) {"
            + " message { id attachments " + FIELDS + " } ticket { id followUpOf attachments " + FIELDS + " } openedFollowUp } }";
    static final String NOTE = "mutation($t: ID!, $b: String!, $a: [ID!]) { addInternalNote(input: {ticketId: $t, body: $b, attachmentIds: $a}) {"
            + " id attachments " + FIELDS + " } }";
    static final String CONVERSATION = "query($t: ID!) { ticket(id: $t) { attachments { id } messages { totalCount edges { node {"
            + " visibility attachments { id name } } } } } }";
    static final String CLOSE = "mutation($t: ID!) { changeTicketStatus(input: {id: $t, version: 0, status: CLOSED}) { status } }";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AttachmentCleanup cleanup;

    Tenant tenant;
    String member;
    String otherMember;
    String agent;
    String admin;
    String category;

    @BeforeEach
    void tenant() {
        tenant = newTenant();
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-1"));
        otherMember = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-2"));
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-1"));
        admin = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_ADMIN"), c -> c.subject("admin-1"));
        category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN", "ROLE_CLIENT_USER", "ROLE_CLIENT_ADMIN"})
    void everyTenantUserUploadsAndOnlyTheyFetchTheirUnclaimedUpload(String role) {
        String uploader = tokens.token(tenant.slug(), List.of(role), c -> c.subject("uploader"));
        String sameRole = tokens.token(tenant.slug(), List.of(role), c -> c.subject("someone-else"));
        byte[] png = SampleFiles.png();

        ApiResponse uploaded = api.upload(uploader, "scan.png", png);

        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        assertThat(uploaded.body().path("name").asString()).isEqualTo("scan.png");
        assertThat(uploaded.body().path("size").asLong()).isEqualTo(png.length);
        assertThat(uploaded.body().path("contentType").asString()).isEqualTo("image/png");
        String id = uploaded.body().path("id").asString();
        RawResponse own = api.getRaw("/attachments/" + id, uploader);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(png);
        assertNotFound(api.getRaw("/attachments/" + id, sameRole));
        assertNotFound(api.getRaw("/attachments/" + id, admin));
    }

    @Test
    void aPlatformAdminUploadsOnlyInATenantTheyName() {
        String platformAdmin = tokens.token(null, "ROLE_PLATFORM_ADMIN");

        ApiResponse outside = api.upload(platformAdmin, "scan.png", SampleFiles.png());
        ApiResponse inside = api.upload(platformAdmin, "scan.png", SampleFiles.png(), "X-MemberPulse-Tenant", tenant.slug());

        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(inside.status()).isEqualTo(201);
    }

    @Test
    void withoutATokenBothEndpointsAnswer401Json() {
        String id = upload(member, "scan.png", SampleFiles.png());

        ApiResponse upload = api.upload(null, "scan.png", SampleFiles.png());
        RawResponse download = api.getRaw("/attachments/" + id, null);

        assertThat(upload.status()).isEqualTo(401);
        assertThat(upload.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(download.status()).isEqualTo(401);
        assertThat(download.json().errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theRequesterGetsTheDescriptionsAndRepliesFilesStaffGetEverythingNobodyElseAnything() {
        byte[] png = SampleFiles.png();
        JsonNode ticket = createTicket(member, List.of(upload(member, "scan.png", png))).data("createTicket");
        String ticketId = ticket.path("id").asString();
        JsonNode described = ticket.path("attachments").get(0);
        String descriptionFile = described.path("id").asString();
        assertThat(described.path("name").asString()).isEqualTo("scan.png");
        assertThat(described.path("size").asLong()).isEqualTo(png.length);
        assertThat(described.path("contentType").asString()).isEqualTo("image/png");
        assertThat(described.path("sha256").asString()).isEqualTo(sha256(png));
        assertThat(described.path("url").asString()).isEqualTo("/attachments/" + descriptionFile);
        assertThat(described.path("createdAt").asString()).isNotBlank();
        String replyFile = reply(agent, ticketId, "<p>See the form</p>", List.of(upload(agent, "form.pdf", SampleFiles.pdf())))
                .data("replyToTicket").path("message").path("attachments").get(0).path("id").asString();
        String noteFile = note(agent, ticketId, List.of(upload(agent, "internal.txt", SampleFiles.text("between us"))))
                .data("addInternalNote").path("attachments").get(0).path("id").asString();

        RawResponse download = api.getRaw("/attachments/" + descriptionFile, member);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename=\"scan.png\"");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.header("Content-Security-Policy")).contains("sandbox");
        assertThat(api.getRaw("/attachments/" + replyFile, member).header("Content-Type")).isEqualTo("application/pdf");
        assertNotFound(api.getRaw("/attachments/" + noteFile, member));

        for (String staff : List.of(agent, admin)) {
            for (String file : List.of(descriptionFile, replyFile, noteFile)) {
                assertThat(api.getRaw("/attachments/" + file, staff).status()).isEqualTo(200);
            }
        }
        String otherTenantsAdmin = tokens.token(newTenant().slug(), "ROLE_CLIENT_ADMIN");
        for (String outsider : List.of(otherMember, otherTenantsAdmin)) {
            for (String file : List.of(descriptionFile, replyFile, noteFile)) {
                assertNotFound(api.getRaw("/attachments/" + file, outsider));
            }
        }
        assertNotFound(api.getRaw("/attachments/not-a-uuid", agent));
        assertNotFound(api.getRaw("/attachments/" + UUID.randomUUID(), agent));

        String forMember = api.graphql(member, CONVERSATION, Map.of("t", ticketId)).body().toString();
        String forStaff = api.graphql(agent, CONVERSATION, Map.of("t", ticketId)).body().toString();
        assertThat(forMember).contains(descriptionFile, replyFile).doesNotContain(noteFile, "internal.txt");
        assertThat(forStaff).contains(descriptionFile, replyFile, noteFile);
    }

    @Test
    void onlyTheCallersOwnUnclaimedUploadsCanBeClaimed() {
        String otherTenantsMember = tokens.token(newTenant().slug(), "ROLE_MEMBER");
        String otherTenantsUpload = upload(otherTenantsMember, "scan.png", SampleFiles.png());
        String colleaguesUpload = upload(otherMember, "scan.png", SampleFiles.png());

        for (String id : List.of(otherTenantsUpload, colleaguesUpload, "not-a-uuid", UUID.randomUUID().toString())) {
            ApiResponse refused = createTicket(member, List.of(id));
            assertThat(refused.errorCode()).as(id).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.errorField()).isEqualTo("input.attachmentIds");
            assertThat(refused.errorMessage()).doesNotContain(id);
        }
        assertThat(api.graphql(member, "{ myTickets { totalCount } }").data("myTickets").path("totalCount").asInt()).isZero();

        String own = upload(member, "scan.png", SampleFiles.png());
        String ticketId = createTicket(member, List.of(own)).data("createTicket").path("id").asString();
        assertThat(reply(member, ticketId, "<p>again</p>", List.of(own)).errorField()).isEqualTo("input.attachmentIds");
    }

    @Test
    void elevenFilesOnOneMessageAreRefusedAndNoneIsClaimed() {
        String ticketId = createTicket(member, null).data("createTicket").path("id").asString();
        List<String> files = new ArrayList<>();
        IntStream.rangeClosed(1, 11).forEach(i -> files.add(upload(member, "page" + i + ".txt", SampleFiles.text("page " + i))));

        ApiResponse refused = reply(member, ticketId, "<p>all pages</p>", files);

        assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.errorField()).isEqualTo("input.attachmentIds");
        assertThat(conversation(agent, ticketId).path("messages").path("totalCount").asInt()).isZero();
        JsonNode ten = reply(member, ticketId, "<p>ten pages</p>", files.subList(0, 10)).data("replyToTicket");
        assertThat(ten.path("message").path("attachments").size()).isEqualTo(10);
    }

    @Test
    void aRefusedTicketOrMessageLeavesItsFilesUnclaimed() {
        String ticketId = createTicket(member, null).data("createTicket").path("id").asString();
        String file = upload(member, "scan.png", SampleFiles.png());

        assertThat(reply(member, ticketId, "<p> </p>", List.of(file)).errorField()).isEqualTo("input.body");
        assertThat(note(member, ticketId, List.of(file)).errorCode()).isEqualTo("FORBIDDEN");
        Map<String, Object> unknownCategory = new HashMap<>(Map.of("c", UUID.randomUUID().toString(), "a", List.of(file)));
        assertThat(api.graphql(member, CREATE, unknownCategory).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(reply(agent, UUID.randomUUID().toString(), "<p>x</p>", List.of(file)).errorCode()).isEqualTo("NOT_FOUND");

        assertThat(claimedAt(file)).isNull();
        JsonNode reply = reply(member, ticketId, "<p>now with the scan</p>", List.of(file)).data("replyToTicket");
        assertThat(reply.path("message").path("attachments").get(0).path("id").asString()).isEqualTo(file);
    }

    @Test
    void aRequestersReplyOnAClosedTicketCarriesItsFilesToTheFollowUp() {
        String ticketId = createTicket(member, null).data("createTicket").path("id").asString();
        api.graphql(agent, CLOSE, Map.of("t", ticketId));
        String file = upload(member, "again.png", SampleFiles.png());

        JsonNode reply = reply(member, ticketId, "<p>It broke again</p>", List.of(file)).data("replyToTicket");

        assertThat(reply.path("openedFollowUp").asBoolean()).isTrue();
        assertThat(reply.path("ticket").path("followUpOf").asString()).isEqualTo(ticketId);
        assertThat(reply.path("ticket").path("attachments").get(0).path("id").asString()).isEqualTo(file);
        assertThat(api.getRaw("/attachments/" + file, member).status()).isEqualTo(200);
        assertNotFound(api.getRaw("/attachments/" + file, otherMember));
    }

    @Test
    void aFileOverTheTenantsLimitIs413JsonAndLeavesNothing() {
        jdbc.update("update " + tenant.schemaName() + ".attachment_settings set max_file_bytes = 1024");

        ApiResponse tooLarge = api.upload(member, "big.txt", SampleFiles.text("x".repeat(1025)));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(tooLarge.errorMessage()).contains("1 KB");
        assertThat(storedFiles()).isZero();
        assertThat(api.upload(member, "fits.txt", SampleFiles.text("x".repeat(1024))).status()).isEqualTo(201);
    }

    @Test
    void anUploadOverTheServicesOwnLimitIs413JsonBeforeItIsRead() {
        String response = api.exchangeRaw("POST /attachments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + member + "\r\n"
                + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + (200L << 20) + "\r\nConnection: close\r\n\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n\r\nxxxx");

        assertThat(response).startsWith("HTTP/1.1 413").contains("application/json").contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("holiday.png", SampleFiles.windowsExecutable()),
                Arguments.of("report.pdf", SampleFiles.elfExecutable()),
                Arguments.of("notes.txt", SampleFiles.shellScript()),
                Arguments.of("run.bat", SampleFiles.text("@echo off")),
                Arguments.of("photos.zip", SampleFiles.zip(Map.of("evil.exe", SampleFiles.windowsExecutable()))),
                Arguments.of("letter.docx", SampleFiles.docx(Map.of("word/evil.exe", SampleFiles.windowsExecutable()))),
                Arguments.of("page.txt", SampleFiles.html()),
                Arguments.of("logo.png", SampleFiles.svgWithScript()));
    }

    @ParameterizedTest
    @MethodSource("refusedFiles")
    void filesThatAreNotAcceptedAre415JsonAndLeaveNothing(String name, byte[] content) {
        ApiResponse refused = api.upload(member, name, content);

        assertThat(refused.status()).as(name).isEqualTo(415);
        assertThat(refused.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(refused.errorMessage()).isNotBlank();
        assertThat(storedFiles()).isZero();
    }

    @Test
    void officeFilesHidingAProgramInAZipOrUnpackingLikeABombAre415JsonAndLeaveNothing() {
        byte[] zipWithProgram = SampleFiles.zip(Map.of("setup.exe", SampleFiles.windowsExecutable()));
        byte[] bomb = SampleFiles.docxOfZeros(1, 256L << 20);

        ApiResponse hiding = api.upload(member, "report.docx", SampleFiles.docx(Map.of("word/embeddings/package.zip", zipWithProgram)));
        ApiResponse exploding = api.upload(member, "report.docx", bomb);

        assertThat(hiding.status()).isEqualTo(415);
        assertThat(hiding.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(hiding.errorMessage()).contains("setup.exe");
        assertThat(exploding.status()).isEqualTo(415);
        assertThat(exploding.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(exploding.errorMessage()).contains("zip bomb");
        assertThat(storedFiles()).isZero();
        byte[] withChart = SampleFiles.docx(Map.of("word/media/image1.png", SampleFiles.png(),
                "word/embeddings/Microsoft_Excel_Worksheet.xlsx", SampleFiles.xlsx(Map.of())));
        assertThat(api.upload(member, "report.docx", withChart).status()).isEqualTo(201);
    }

    @Test
    void anEmptyFileIsAValidationError() {
        ApiResponse empty = api.upload(member, "empty.txt", new byte[0]);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(empty.errorField()).isEqualTo("file");
    }

    @Test
    void namesAreStoredSanitisedAndSentSafely() {
        String traversal = upload(member, "../../etc/passwd.txt", SampleFiles.text("root:x:0:0"));
        String markup = upload(member, "\"><img src=x onerror=alert(1)>.png", SampleFiles.png());
        String accented = upload(member, "Résumé été.pdf", SampleFiles.pdf());
        JsonNode files = createTicket(member, List.of(traversal, markup, accented)).data("createTicket").path("attachments");

        assertThat(files.valueStream().map(f -> f.path("name").asString()))
                .containsExactlyInAnyOrder("passwd.txt", "___img src=x onerror=alert(1)_.png", "Résumé été.pdf");
        assertThat(api.getRaw("/attachments/" + traversal, member).header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"passwd.txt\"; filename*=UTF-8''passwd.txt");
        assertThat(api.getRaw("/attachments/" + markup, member).header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"___img src=x onerror=alert(1)_.png\"; filename*=UTF-8''___img%20src%3Dx%20onerror%3Dalert%281%29_.png");
        assertThat(api.getRaw("/attachments/" + accented, member).header("Content-Disposition"))
                .startsWith("attachment;").contains("filename*=UTF-8''R%C3%A9sum%C3%A9%20%C3%A9t%C3%A9.pdf");
    }

    @Test
    void theCleanUpRemovesUploadsNobodyClaimedWithinADayAndKeepsTheRest() {
        String stale = upload(member, "stale.png", SampleFiles.png());
        String fresh = upload(member, "fresh.png", SampleFiles.png());
        String claimed = upload(member, "claimed.png", SampleFiles.png());
        createTicket(member, List.of(claimed));
        jdbc.update("update " + tenant.schemaName() + ".attachment set created_at = now() - interval '2 days' where id in (?, ?)",
                UUID.fromString(stale), UUID.fromString(claimed));

        int removed = cleanup.removeUnclaimedBefore(OffsetDateTime.now().minus(AttachmentCleanup.UNCLAIMED_LIFETIME));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertNotFound(api.getRaw("/attachments/" + stale, member));
        assertThat(jdbc.queryForObject("select count(*) from " + tenant.schemaName() + ".attachment_content where id = ?",
                Long.class, UUID.fromString(stale))).isZero();
        assertThat(api.getRaw("/attachments/" + fresh, member).status()).isEqualTo(200);
        assertThat(api.getRaw("/attachments/" + claimed, member).status()).isEqualTo(200);
        assertThat(createTicket(member, List.of(stale)).errorField()).isEqualTo("input.attachmentIds");
    }

    private String upload(String token, String name, byte[] content) {
        ApiResponse response = api.upload(token, name, content);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body().path("id").asString();
    }

    private ApiResponse createTicket(String token, List<String> attachmentIds) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("c", category);
        variables.put("a", attachmentIds);
        return api.graphql(token, CREATE, variables);
    }

    private ApiResponse reply(String token, String ticketId, String body, List<String> attachmentIds) {
        return api.graphql(token, REPLY, Map.of("t", ticketId, "b", body, "a", attachmentIds));
    }

    private ApiResponse note(String token, String ticketId, List<String> attachmentIds) {
        return api.graphql(token, NOTE, Map.of("t", ticketId, "b", "<p>note</p>", "a", attachmentIds));
    }

    private JsonNode conversation(String token, String ticketId) {
        return api.graphql(token, CONVERSATION, Map.of("t", ticketId)).data("ticket");
    }

    private Object claimedAt(String id) {
        return jdbc.queryForObject("select claimed_at from " + tenant.schemaName() + ".attachment where id = ?", Object.class, UUID.fromString(id));
    }

    private long storedFiles() {
        return jdbc.queryForObject("select (select count(*) from " + tenant.schemaName() + ".attachment)"
                + " + (select count(*) from " + tenant.schemaName() + ".attachment_content)", Long.class);
    }

    private static void assertNotFound(RawResponse response) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().errorCode()).isEqualTo("NOT_FOUND");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
