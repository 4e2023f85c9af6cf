package com.memberpulse.support.tenant.internal;

import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantDatabases;
import java.util.Set;
import javax.sql.DataSource;

/** Every tenant in the one database the service is configured with ({@code spring.datasource}). */
final class OneTenantDatabase implements TenantDatabases {

    private final DataSource main;

    OneTenantDatabase(DataSource main) {
        this.main = main;
    }

    @Override
    public String databaseOf(Tenant tenant) {
        return MAIN;
    }

    @Override
    public DataSource dataSource(String database) {
        if (!MAIN.equals(database)) {
            throw new IllegalArgumentException("No database named '" + database + "'");
        }
        return main;
    }

    @Override
    public Set<String> all() {
        return Set.of(MAIN);
    }
}
