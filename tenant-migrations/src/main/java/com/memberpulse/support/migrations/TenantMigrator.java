package com.memberpulse.support.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the control schema and every tenant schema to the latest version. Idempotent: a schema already
 * at the latest version is left alone. One failing tenant does not stop the others; the report names it.
 */
public final class TenantMigrator {

    private static final Logger log = LoggerFactory.getLogger(TenantMigrator.class);
    static final String CONTROL_LOCATION = "classpath:db/control";
    static final String TENANT_LOCATION = "classpath:db/tenant";

    private final DataSource dataSource;
    private final int parallelism;

    public TenantMigrator(DataSource dataSource, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.dataSource = dataSource;
        this.parallelism = parallelism;
    }

    /** Migrates the control schema (the tenant registry). Run it before anything reads the registry. */
    public void migrateControl() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(TenantSchemas.CONTROL_SCHEMA)
                .locations(CONTROL_LOCATION)
                .load()
                .migrate();
    }

    /** Creates (if needed) and migrates one tenant's schema, and records its version in the registry if registered. */
    public MigrationReport.Migrated migrateTenant(String slug) {
        String schema = TenantSchemas.schemaFor(slug);
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations(TENANT_LOCATION)
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : currentVersion(result);
        recordVersion(slug, version);
        return new MigrationReport.Migrated(slug, version, result.migrationsExecuted);
    }

    /**
     * Migrates every registered tenant that still has data (ACTIVE or DISABLED), at most {@code parallelism}
     * at a time, and reports each outcome. Never throws for a single tenant's failure.
     */
    public MigrationReport migrateAllTenants() {
        List<String> slugs = registeredTenantsWithData();
        List<MigrationReport.Migrated> migrated = new ArrayList<>();
        List<MigrationReport.Failed> failed = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, slugs.size())))) {
            List<Future<MigrationReport.Migrated>> futures = new ArrayList<>();
            for (String slug : slugs) {
                futures.add(pool.submit(() -> migrateTenant(slug)));
            }
            for (int i = 0; i < slugs.size(); i++) {
                try {
                    migrated.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    log.error("Migration of tenant '{}' failed", slugs.get(i), cause);
                    failed.add(new MigrationReport.Failed(slugs.get(i), String.valueOf(cause.getMessage())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.add(new MigrationReport.Failed(slugs.get(i), "interrupted"));
                }
            }
        }
        log.info("Tenant migration: {} migrated, {} failed{}", migrated.size(), failed.size(),
                failed.isEmpty() ? "" : " " + failed.stream().map(MigrationReport.Failed::slug).toList());
        return new MigrationReport(migrated, failed);
    }

    private String currentVersion(MigrateResult result) {
        return result.initialSchemaVersion;
    }

    private List<String> registeredTenantsWithData() {
        String sql = "select slug from " + TenantSchemas.CONTROL_SCHEMA + ".tenant where state <> 'DELETED' order by slug";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<String> slugs = new ArrayList<>();
            while (rs.next()) {
                slugs.add(rs.getString(1));
            }
            return slugs;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the tenant registry", e);
        }
    }

    private void recordVersion(String slug, String version) {
        String sql = "update " + TenantSchemas.CONTROL_SCHEMA + ".tenant set schema_version = ?, updated_at = now() where slug = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, version);
            ps.setString(2, slug);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the schema version of tenant '" + slug + "'", e);
        }
    }
}
