package com.memberpulse.support.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The tenant's attachment limits over GraphQL: admins read and change them, uploads follow at once, bounds and staleness refused. */
class AttachmentSettingsApiTest extends ApiIntegrationTest {

    static final String READ = "{ attachmentSettings { maxFileBytes maxFilesPerMessage updatedAt } }";
    static final String UPDATE = "mutation($input: UpdateAttachmentSettingsInput!) { updateAttachmentSettings(input: $input) {"
            + " maxFileBytes maxFilesPerMessage updatedAt } }";

    @Autowired
    JdbcTemplate jdbc;

    Tenant tenant;
    String admin;
    String member;

    @BeforeEach
    void tenant() {
        tenant = newTenant();
        admin = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_ADMIN"), c -> c.subject("admin-1"));
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-1"));
    }

    @Test
    void aNewTenantHasTheDocumentedDefaults() {
        JsonNode settings = read(admin);

        assertThat(settings.path("maxFileBytes").asLong()).isEqualTo(25L * 1024 * 1024);
        assertThat(settings.path("maxFilesPerMessage").asInt()).isEqualTo(10);
        assertThat(OffsetDateTime.parse(settings.path("updatedAt").asString())).isBefore(OffsetDateTime.now().plusSeconds(1));
    }

    @Test
    void theNextUploadIsHeldToTheNewFileLimitAndAnotherTenantIsNot() {
        String otherTenantsMember = tokens.token(newTenant().slug(), "ROLE_MEMBER");

        JsonNode updated = update(admin, 1024, 10, read(admin).path("updatedAt").asString()).data("updateAttachmentSettings");

        assertThat(updated.path("maxFileBytes").asInt()).isEqualTo(1024);
        assertThat(read(admin).path("maxFileBytes").asInt()).isEqualTo(1024);
        ApiResponse tooLarge = api.upload(member, "big.txt", SampleFiles.text("x".repeat(1025)));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(tooLarge.errorMessage()).contains("1 KB");
        assertThat(api.upload(member, "fits.txt", SampleFiles.text("x".repeat(1024))).status()).isEqualTo(201);
        assertThat(api.upload(otherTenantsMember, "big.txt", SampleFiles.text("x".repeat(1025))).status()).isEqualTo(201);

        update(admin, 4096, 10, updated.path("updatedAt").asString());
        assertThat(api.upload(member, "big.txt", SampleFiles.text("x".repeat(1025))).status()).isEqualTo(201);
    }

    @Test
    void theNextMessageIsHeldToTheNewNumberOfFiles() {
        update(admin, 25 * 1024 * 1024, 2, read(admin).path("updatedAt").asString());
        List<String> files = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> api.upload(member, "page" + i + ".txt", SampleFiles.text("page " + i)).body().path("id").asString()).toList();
        String category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        String create = "mutation($c: ID!, $a: [ID!]) { createTicket(input: {subject: \"Pages\", description: \"<p>x</p>\", categoryId: $c,"
                + " attachmentIds: $a}) { attachments { id } } }";

        ApiResponse three = api.graphql(member, create, Map.of("c", category, "a", files));
        ApiResponse two = api.graphql(member, create, Map.of("c", category, "a", files.subList(0, 2)));

        assertThat(three.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(three.errorField()).isEqualTo("input.attachmentIds");
        assertThat(three.errorMessage()).contains("at most 2 files");
        assertThat(two.data("createTicket").path("attachments").size()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"0, 10, input.maxFileBytes", "-1, 10, input.maxFileBytes", "104857601, 10, input.maxFileBytes",
            "2147483647, 10, input.maxFileBytes", "1024, 0, input.maxFilesPerMessage", "1024, 101, input.maxFilesPerMessage",
            "1024, -5, input.maxFilesPerMessage"})
    void limitsOutsideTheirBoundsAreRefusedAtTheirFieldAndChangeNothing(long maxFileBytes, int maxFilesPerMessage, String field) {
        JsonNode before = read(admin);

        ApiResponse refused = update(admin, maxFileBytes, maxFilesPerMessage, before.path("updatedAt").asString());

        assertThat(refused.errorCode()).as(refused.body().toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.errorField()).isEqualTo(field);
        assertThat(refused.errorMessage()).isNotBlank();
        assertThat(read(admin)).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "104857600, 100"})
    void theBoundsThemselvesAreAccepted(long maxFileBytes, int maxFilesPerMessage) {
        JsonNode updated = update(admin, maxFileBytes, maxFilesPerMessage, read(admin).path("updatedAt").asString()).data("updateAttachmentSettings");

        assertThat(updated.path("maxFileBytes").asLong()).isEqualTo(maxFileBytes);
        assertThat(updated.path("maxFilesPerMessage").asInt()).isEqualTo(maxFilesPerMessage);
    }

    @Test
    void aChangeFromStaleSettingsIsAConflictAndEveryChangeMovesUpdatedAtOn() {
        String seen = read(admin).path("updatedAt").asString();
        String first = update(admin, 2048, 10, seen).data("updateAttachmentSettings").path("updatedAt").asString();
        String second = update(admin, 2048, 10, first).data("updateAttachmentSettings").path("updatedAt").asString();

        ApiResponse stale = update(admin, 4096, 5, seen);

        assertThat(OffsetDateTime.parse(first)).isAfter(OffsetDateTime.parse(seen));
        assertThat(OffsetDateTime.parse(second)).isAfter(OffsetDateTime.parse(first));
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(stale.errorMessage()).contains("changed by someone else");
        assertThat(read(admin).path("maxFileBytes").asInt()).isEqualTo(2048);
        assertThat(read(admin).path("updatedAt").asString()).isEqualTo(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN", "ROLE_CLIENT_USER"})
    void onlyAdminsReadOrChangeThem(String role) {
        String caller = tokens.token(tenant.slug(), role);
        String seen = read(admin).path("updatedAt").asString();

        assertThat(api.graphql(caller, READ).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(update(caller, 1, 1, seen).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(read(admin).path("maxFileBytes").asLong()).isEqualTo(25L * 1024 * 1024);
    }

    /** The Java bounds and the table's checks are one rule: each accepts exactly what the other does. */
    @Test
    void theTablesChecksAgreeWithTheBounds() {
        String table = tenant.schemaName() + ".attachment_settings";
        jdbc.update("update " + table + " set max_file_bytes = ?, max_files_per_message = ?",
                AttachmentSettings.MAX_FILE_BYTES_CEILING, AttachmentSettings.MAX_FILES_PER_MESSAGE_CEILING);
        jdbc.update("update " + table + " set max_file_bytes = 1, max_files_per_message = 1");
        for (String refused : List.of("max_file_bytes = 0", "max_file_bytes = " + (AttachmentSettings.MAX_FILE_BYTES_CEILING + 1),
                "max_files_per_message = 0", "max_files_per_message = " + (AttachmentSettings.MAX_FILES_PER_MESSAGE_CEILING + 1))) {
            assertThatThrownBy(() -> jdbc.update("update " + table + " set " + refused)).as(refused)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        AttachmentSettings.requireValid(1, 1);
        AttachmentSettings.requireValid(AttachmentSettings.MAX_FILE_BYTES_CEILING, AttachmentSettings.MAX_FILES_PER_MESSAGE_CEILING);
        assertThatThrownBy(() -> AttachmentSettings.requireValid(0, 1)).hasMessageContaining("100 MB");
        assertThatThrownBy(() -> AttachmentSettings.requireValid(AttachmentSettings.MAX_FILE_BYTES_CEILING + 1, 1)).hasMessageContaining("100 MB");
        assertThatThrownBy(() -> AttachmentSettings.requireValid(1, 0)).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> AttachmentSettings.requireValid(1, AttachmentSettings.MAX_FILES_PER_MESSAGE_CEILING + 1))
                .hasMessageContaining("1 to 100");
    }

    private JsonNode read(String token) {
        ApiResponse response = api.graphql(token, READ);
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data("attachmentSettings");
    }

    private ApiResponse update(String token, long maxFileBytes, int maxFilesPerMessage, String updatedAt) {
        return api.graphql(token, UPDATE, Map.of("input", Map.of("maxFileBytes", maxFileBytes, "maxFilesPerMessage", maxFilesPerMessage,
                "updatedAt", updatedAt)));
    }
}
