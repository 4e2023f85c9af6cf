package com.memberpulse.support.tenant;

import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.paging.Connection;
import com.memberpulse.support.common.paging.CursorCodec;
import com.memberpulse.support.common.paging.PageSize;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.migrations.MigrationReport;
import com.memberpulse.support.migrations.TenantMigrator;
import com.memberpulse.support.migrations.TenantSchemas;
import com.memberpulse.support.tenant.internal.TenantMapper;
import com.memberpulse.support.tenant.internal.TenantProvisioningSteps;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant registry: look-ups for every request, and the platform admin's provisioning operations. */
@Service
public class TenantService {

    private static final Logger log = LoggerFactory.getLogger(TenantService.class);
    private static final int MAX_NAME_LENGTH = 200;

    private final TenantMapper tenants;
    private final TenantMigrator migrator;
    private final TenantProvisioningSteps steps;
    private final CursorCodec cursors;
    private final ObjectProvider<TenantLifecycleListener> lifecycleListeners;

    TenantService(TenantMapper tenants, TenantMigrator migrator, TenantProvisioningSteps steps, CursorCodec cursors,
                  ObjectProvider<TenantLifecycleListener> lifecycleListeners) {
        this.tenants = tenants;
        this.migrator = migrator;
        this.steps = steps;
        this.cursors = cursors;
        this.lifecycleListeners = lifecycleListeners;
    }

    /** The registered tenant with this slug, whatever its state. Open to the request pipeline, not to clients. */
    public Optional<Tenant> find(@Nullable String slug) {
        if (!TenantSchemas.isValidSlug(slug)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tenants.find(slug));
    }

    /** Every ACTIVE tenant, for background jobs that work tenant by tenant. Open to the service's jobs, not to clients. */
    public List<Tenant> active() {
        return tenants.active();
    }

    /**
     * Runs {@code work} in each active tenant's context, one tenant after the other. A tenant whose work fails (a
     * schema being migrated, say) is logged as "Could not {@code what} of tenant ..." and the others still run: one
     * tenant's trouble must not hold back everyone's background work. For the service's jobs, not for clients.
     */
    public void forEachActive(String what, Consumer<Tenant> work) {
        for (Tenant tenant : active()) {
            try {
                TenantContext.runIn(tenant, () -> work.accept(tenant));
            } catch (RuntimeException e) {
                log.warn("Could not {} of tenant '{}'", what, tenant.slug(), e);
            }
        }
    }

    /** Records that a platform admin acted inside a tenant (SPEC section 2). */
    public void recordPlatformAccess(String adminSubject, String adminName, String tenantSlug, String method, String path) {
        tenants.audit(adminSubject, adminName, tenantSlug, method, path, null);
    }

    @PreAuthorize("hasAuthority('ROLE_PLATFORM_ADMIN')")
    public Connection<Tenant> list(@Nullable Integer first, @Nullable String after, boolean includeDeleted) {
        int pageSize = PageSize.of(first);
        String scope = "tenants:" + includeDeleted;
        String afterSlug = after == null ? "" : cursors.decode(scope, after);
        List<Tenant> rows = tenants.page(afterSlug, includeDeleted, pageSize + 1);
        return Connection.of(rows, pageSize, () -> tenants.count(includeDeleted), tenant -> cursors.encode(scope, tenant.slug()));
    }

    /**
     * Creates or re-enables a tenant: Keycloak group, schema migrated to the latest version, registry entry.
     * A schema this call created is dropped again if a later step fails, so nothing is left half-made.
     */
    @PreAuthorize("hasAuthority('ROLE_PLATFORM_ADMIN')")
    public Tenant provision(@Nullable String slug, @Nullable String name) {
        String problem = TenantSchemas.slugProblem(slug);
        if (problem != null) {
            throw SupportException.validation("input.slug", problem);
        }
        String displayName = name == null ? "" : name.strip();
        if (displayName.isEmpty() || displayName.length() > MAX_NAME_LENGTH) {
            throw SupportException.validation("input.name", "A tenant name of 1 to " + MAX_NAME_LENGTH + " characters is required.");
        }
        Tenant existing = tenants.find(slug);
        if (existing != null && existing.isActive()) {
            return existing;
        }
        steps.ensureKeycloakGroup(slug);
        String schema = TenantSchemas.schemaFor(slug);
        boolean schemaIsNew = !steps.schemaExists(schema);
        try {
            MigrationReport.Migrated migrated = migrator.migrateTenant(slug);
            steps.register(slug, schema, displayName, migrated.version());
        } catch (RuntimeException e) {
            if (schemaIsNew) {
                steps.dropSchema(schema);
            }
            throw e;
        }
        log.info("Tenant '{}' provisioned (schema {})", slug, schema);
        Tenant provisioned = tenants.find(slug);
        tell(listener -> listener.provisioned(provisioned));
        return provisioned;
    }

    /** Disables a tenant at once; drops its schema only when asked. */
    @PreAuthorize("hasAuthority('ROLE_PLATFORM_ADMIN')")
    @Transactional
    public Tenant deprovision(String slug, boolean dropData) {
        Tenant tenant = find(slug).orElseThrow(() -> SupportException.notFound("Tenant '" + Echo.of(slug) + "'"));
        tenants.disable(slug, dropData ? Tenant.State.DELETED : Tenant.State.DISABLED);
        if (dropData) {
            steps.dropSchema(tenant.schemaName());
        }
        log.info("Tenant '{}' deprovisioned{}", slug, dropData ? " and its data dropped" : "");
        tell(listener -> listener.deprovisioned(tenant, dropData));
        return tenants.find(slug);
    }

    private void tell(Consumer<TenantLifecycleListener> call) {
        for (TenantLifecycleListener listener : lifecycleListeners.orderedStream().toList()) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                log.warn("A tenant lifecycle listener failed ({}); the lifecycle goes on", listener.getClass().getSimpleName(), e);
            }
        }
    }
}
