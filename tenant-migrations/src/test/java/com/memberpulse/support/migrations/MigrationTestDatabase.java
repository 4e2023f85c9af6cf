package com.memberpulse.support.migrations;

import com.memberpulse.support.devstack.PostgresServer;
import java.nio.file.Path;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/** A PostgreSQL server of a migration test's own, and SQL run in one of its schemas. */
final class MigrationTestDatabase implements AutoCloseable {

    private final PostgresServer postgres;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    private MigrationTestDatabase(PostgresServer postgres) {
        this.postgres = postgres;
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(PostgresServer.USER);
        dataSource.setPassword(postgres.password());
    }

    static MigrationTestDatabase start(Path dataDir) {
        return new MigrationTestDatabase(PostgresServer.start(dataDir.resolve("pg"), 0));
    }

    PGSimpleDataSource dataSource() {
        return dataSource;
    }

    void execute(String schema, String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set search_path = " + schema);
            statement.execute(sql);
        }
    }

    @Override
    public void close() {
        postgres.close();
    }
}
