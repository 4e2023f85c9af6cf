package com.memberpulse.support.tenant.internal;

import com.memberpulse.support.migrations.MigrationReport;
import com.memberpulse.support.migrations.TenantMigrator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The tenant migrator as a command: migrates every tenant schema, prints one line per tenant and sets the
 * exit code (1 if any tenant failed). {@code SupportApplication.main} exits with it when a command runs.
 */
class MigrateTenantsCommand implements ApplicationRunner, ExitCodeGenerator {

    private final TenantMigrator migrator;
    private volatile int exitCode;

    MigrateTenantsCommand(TenantMigrator migrator) {
        this.migrator = migrator;
    }

    @Override
    public void run(ApplicationArguments args) {
        MigrationReport report = migrator.migrateAllTenants();
        report.migrated().forEach(m -> System.out.printf("migrated %s to version %s (%d applied)%n", m.slug(), m.version(), m.applied()));
        report.failed().forEach(f -> System.out.printf("FAILED   %s: %s%n", f.slug(), f.reason()));
        exitCode = report.succeeded() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
