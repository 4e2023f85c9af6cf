package com.memberpulse.support.tenant.internal;

import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Every transaction starts by pointing {@code search_path} at the current tenant's schema, transaction-locally
 * ({@code set_config(..., true)}), so it reverts at commit and is safe behind PgBouncer. Without a tenant in
 * context the path names a schema that never exists: an unqualified tenant table then cannot be found, so no
 * tenant data is read or written by accident. Control tables are always schema-qualified.
 */
class TenantSchemaTransactionManager extends JdbcTransactionManager {

    static final String NO_TENANT_SCHEMA = "no_tenant_in_context";

    TenantSchemaTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String schema = TenantContext.current().map(Tenant::schemaName).orElse(NO_TENANT_SCHEMA);
        try (PreparedStatement statement = connection.prepareStatement("select set_config('search_path', ?, true)")) {
            statement.setString(1, schema);
            statement.execute();
        }
    }
}
