package com.memberpulse.support.migrations;

import com.memberpulse.support.devstack.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server of a migration test class's own (register it with {@code @RegisterExtension}), tenants left at an
 * older version as a previous release would have, and SQL run in one of their schemas.
 */
final class MigrationTestDatabase implements BeforeAllCallback, AfterAllCallback {

    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private Path dataDir;
    private PostgresServer postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("migration-test");
        postgres = PostgresServer.start(dataDir.resolve("pg"), 0);
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(PostgresServer.USER);
        dataSource.setPassword(postgres.password());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        postgres.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    PGSimpleDataSource dataSource() {
        return dataSource;
    }

    /** The control schema, and {@code schema} migrated up to {@code version} only; the migrator takes them further. */
    TenantMigrator tenantAt(String schema, String version) {
        TenantMigrator migrator = new TenantMigrator(dataSource, 1);
        migrator.migrateControl();
        Flyway.configure().dataSource(dataSource).schemas(schema).locations(TenantMigrator.TENANT_LOCATION).target(version).load().migrate();
        return migrator;
    }

    void execute(String schema, String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set search_path = " + schema);
            statement.execute(sql);
        }
    }
}
