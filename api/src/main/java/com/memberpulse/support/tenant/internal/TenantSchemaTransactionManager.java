package com.memberpulse.support.tenant.internal;

import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Every transaction starts by pointing {@code search_path} at the current tenant's schema, transaction-locally
 * ({@code set_config(..., true)}), so it reverts at commit and is safe behind PgBouncer. Without a tenant in
 * context the path names a schema that never exists: an unqualified tenant table then cannot be found, so no
 * tenant data is read or written by accident. Control tables are always schema-qualified. Connections come from
 * {@link TenantDatabases}; a tenant that the seam places in another database is refused rather than looked for here.
 */
class TenantSchemaTransactionManager extends JdbcTransactionManager {

    static final String NO_TENANT_SCHEMA = "no_tenant_in_context";

    private final TenantDatabases databases;
    private final String database;

    TenantSchemaTransactionManager(TenantDatabases databases, String database) {
        super(databases.dataSource(database));
        this.databases = databases;
        this.database = database;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        @Nullable Tenant tenant = TenantContext.current().orElse(null);
        if (tenant != null && !database.equals(databases.databaseOf(tenant))) {
            throw new IllegalStateException("Tenant '" + tenant.slug() + "' is in database '" + databases.databaseOf(tenant)
                    + "', not in '" + database + "'");
        }
        try (PreparedStatement statement = connection.prepareStatement("select set_config('search_path', ?, true)")) {
            statement.setString(1, tenant == null ? NO_TENANT_SCHEMA : tenant.schemaName());
            statement.execute();
        }
    }
}
