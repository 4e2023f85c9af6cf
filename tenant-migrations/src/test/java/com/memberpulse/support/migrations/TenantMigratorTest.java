package com.memberpulse.support.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.devstack.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The migrator against a real PostgreSQL: every tenant to the latest version, idempotent, past failures. */
class TenantMigratorTest {

    @TempDir
    static Path dataDir;
    static PostgresServer postgres;
    static DataSource dataSource;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.start(dataDir.resolve("pg"), 0);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(postgres.jdbcUrl());
        ds.setUser(PostgresServer.USER);
        ds.setPassword(postgres.password());
        dataSource = ds;
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void migratesEveryTenantContinuesPastAFailingOneAndIsIdempotent() throws SQLException, IOException {
        TenantMigrator migrator = new TenantMigrator(dataSource, 3);
        migrator.migrateControl();
        migrator.migrateControl();
        register("alpha", "beta", "broken", "gamma");
        // A schema whose V1 cannot apply: the table it creates already exists with another shape.
        execute("create schema tenant_broken; create table tenant_broken.tenant_profile (x int)");

        MigrationReport first = migrator.migrateAllTenants();

        assertThat(first.migrated()).extracting(MigrationReport.Migrated::slug).containsExactlyInAnyOrder("alpha", "beta", "gamma");
        assertThat(first.migrated()).allSatisfy(m -> assertThat(m.version()).isEqualTo(latestTenantVersion()));
        assertThat(first.failed()).extracting(MigrationReport.Failed::slug).containsExactly("broken");
        assertThat(versionOf("alpha")).isEqualTo(latestTenantVersion());

        MigrationReport second = migrator.migrateAllTenants();

        assertThat(second.migrated()).allSatisfy(m -> assertThat(m.applied()).isZero());
        assertThat(second.failed()).extracting(MigrationReport.Failed::slug).containsExactly("broken");
    }

    @Test
    void schemaNamesComeOnlyFromValidSlugs() {
        assertThat(TenantSchemas.schemaFor("acme-society")).isEqualTo("tenant_acme_society");
        for (String bad : List.of("", "A", "a", "x;drop", "a_b", "-a", "a-", "a--b", "1a", "a".repeat(41))) {
            assertThat(TenantSchemas.isValidSlug(bad)).as(bad).isFalse();
            assertThat(TenantSchemas.slugProblem(bad)).as(bad).isNotBlank();
        }
        assertThat(TenantSchemas.slugProblem("acme")).isNull();
    }

    /** The highest version among the tenant migrations of this module. */
    static String latestTenantVersion() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/tenant"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        }
    }

    private static void register(String... slugs) throws SQLException {
        for (String slug : slugs) {
            execute("insert into support_control.tenant (slug, schema_name, display_name, state) values ('%s', 'tenant_%s', '%s', 'ACTIVE')"
                    .formatted(slug, slug, slug));
        }
    }

    private static String versionOf(String slug) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select schema_version from support_control.tenant where slug = '" + slug + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
