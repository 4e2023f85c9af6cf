package com.memberpulse.support.migrations;

import java.util.List;

/** The outcome of migrating every tenant: which schemas reached the latest version, and which failed and why. */
public record MigrationReport(List<Migrated> migrated, List<Failed> failed) {

    public MigrationReport {
        migrated = List.copyOf(migrated);
        failed = List.copyOf(failed);
    }

    public boolean succeeded() {
        return failed.isEmpty();
    }

    /** A tenant now at {@code version}, after applying {@code applied} migrations in this run. */
    public record Migrated(String slug, String version, int applied) {
    }

    /** A tenant whose migration failed; the others went on. */
    public record Failed(String slug, String reason) {
    }
}
