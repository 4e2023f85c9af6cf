package com.memberpulse.support.tenant;

import java.util.Set;
import javax.sql.DataSource;

/**
 * Where tenants' data lives: the one seam tenant connections come through. Today one database, {@link #MAIN}, holds the
 * control schema and every tenant schema. A registry that places tenants in several databases replaces the
 * implementation; each database then has its own {@code support_control} schema (and with it its own event outbox).
 * Answers come from memory: nothing here may cost a query per request.
 */
public interface TenantDatabases {

    /** The name of the database that holds everything today. */
    String MAIN = "main";

    /** The name of the database that holds {@code tenant}'s schema. */
    String databaseOf(Tenant tenant);

    /** The connections to the database named {@code database}; IllegalArgumentException for an unknown name. */
    DataSource dataSource(String database);

    /** Every database's name, for work done database by database (migrations, outbox relays). */
    Set<String> all();
}
