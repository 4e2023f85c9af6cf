package com.memberpulse.support.tenant.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The database and Keycloak steps of provisioning, each small enough to retry or undo on its own. */
@Component
public class TenantProvisioningSteps {

    private final JdbcTemplate jdbc;
    private final TenantMapper tenants;
    private final KeycloakTenantGroups keycloakGroups;

    TenantProvisioningSteps(JdbcTemplate jdbc, TenantMapper tenants, KeycloakTenantGroups keycloakGroups) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.keycloakGroups = keycloakGroups;
    }

    public void ensureKeycloakGroup(String slug) {
        keycloakGroups.ensureGroup(slug);
    }

    public boolean schemaExists(String schema) {
        Boolean exists = jdbc.queryForObject(
                "select exists (select 1 from information_schema.schemata where schema_name = ?)", Boolean.class, schema);
        return Boolean.TRUE.equals(exists);
    }

    /** Registers the tenant as ACTIVE and names it in its own schema, in one transaction. */
    @Transactional
    public void register(String slug, String schema, String name, String schemaVersion) {
        tenants.upsertActive(slug, schema, name, schemaVersion);
        jdbc.update("insert into " + quoted(schema) + ".tenant_profile (slug, display_name) values (?, ?) "
                + "on conflict (id) do update set display_name = excluded.display_name", slug, name);
    }

    /** Drops a tenant schema; its name comes from the registry or from a validated slug, and is quoted anyway. */
    public void dropSchema(String schema) {
        jdbc.execute("drop schema if exists " + quoted(schema) + " cascade");
    }

    private static String quoted(String schema) {
        if (!schema.matches("tenant_[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a tenant schema name");
        }
        return '"' + schema + '"';
    }
}
