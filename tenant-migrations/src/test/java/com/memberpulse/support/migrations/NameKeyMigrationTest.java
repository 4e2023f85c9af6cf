package com.memberpulse.support.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V10 on a tenant whose names, accepted before, look alike once folded: the migration does not fail, keeps the first
 * name's key, gives the others keys of their own and lists them in {@code name_key_clash}.
 */
class NameKeyMigrationTest {

    private static final String SCHEMA = "tenant_lookalike";

    @RegisterExtension
    static final MigrationTestDatabase database = new MigrationTestDatabase();

    @Test
    void lookAlikeNamesAreReportedNotRefused() throws SQLException {
        TenantMigrator migrator = database.tenantAt(SCHEMA, "8");
        // The defaults are Billing, Membership, Events, LMS, Directory, Other (positions 1 to 6).
        execute("""
                insert into ticket_category (name, position) values ('Bill' || U&'\\200B' || 'ing', 7), (U&'\\FF2C\\FF4D\\FF53', 8),
                       ('m' || U&'\\00B2', 9), ('m2', 10), (U&'Cafe\\0301', 11), (U&'Caf\\00E9', 12);
                insert into ticket_category (name, position, archived_at) values (U&'Di\\200Drectory', 13, now());
                insert into support_team (name, created_at) values ('Tier 1', now() - interval '1 day'), (U&'Tier\\00A01', now());
                """);

        MigrationReport.Migrated migrated = migrator.migrateTenant("lookalike");

        assertThat(migrated.applied()).isGreaterThanOrEqualTo(1);
        assertThat(clashes()).containsExactlyInAnyOrder(
                "ticket_category: Bill\u200Bing looks like Billing (billing)",
                "ticket_category: \uFF2C\uFF4D\uFF53 looks like LMS (lms)",
                "ticket_category: m2 looks like m\u00B2 (m2)",
                "ticket_category: Caf\u00E9 looks like Cafe\u0301 (caf\u00E9)",
                "support_team: Tier\u00A01 looks like Tier 1 (tier1)");
        assertThat(keyOf("ticket_category", "Billing")).isEqualTo("billing");
        assertThat(keyOf("ticket_category", "Bill\u200Bing")).startsWith("billing#clash-");
        assertThat(keyOf("ticket_category", "Di\u200Drectory")).isEqualTo("directory");
        assertThat(keyOf("support_team", "Tier 1")).isEqualTo("tier1");
        assertThatThrownBy(() -> execute("insert into ticket_category (name, name_key, position) values ('BILLING', 'billing', 14)"))
                .hasMessageContaining("ticket_category_name_key");
    }

    private static List<String> clashes() throws SQLException {
        List<String> clashes = new ArrayList<>();
        for (Map<String, String> row : query("select table_name, name, clashes_with, name_key from name_key_clash")) {
            clashes.add(row.get("table_name") + ": " + row.get("name") + " looks like " + row.get("clashes_with") + " (" + row.get("name_key") + ")");
        }
        return clashes;
    }

    private static String keyOf(String table, String name) throws SQLException {
        return query("select name_key from " + table + " where name = '" + name + "'").getFirst().get("name_key");
    }

    private static List<Map<String, String>> query(String sql) throws SQLException {
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("set search_path = " + SCHEMA);
            try (var rows = statement.executeQuery(sql)) {
                List<Map<String, String>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, String> row = new java.util.HashMap<>();
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        row.put(rows.getMetaData().getColumnName(i), rows.getString(i));
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        database.execute(SCHEMA, sql);
    }
}
