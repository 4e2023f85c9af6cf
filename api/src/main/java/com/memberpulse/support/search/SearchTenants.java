package com.memberpulse.support.search;

import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantLifecycleListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A tenant's alias comes with provisioning and goes with deprovisioning (its documents too when its data is dropped).
 * The indexer makes it too, on a tenant's first write, for tenants provisioned while Elasticsearch was down.
 */
@Component
class SearchTenants implements TenantLifecycleListener {

    private final TicketIndices indices;
    private final Set<String> withAlias = ConcurrentHashMap.newKeySet();

    SearchTenants(TicketIndices indices) {
        this.indices = indices;
    }

    @Override
    public void provisioned(Tenant tenant) {
        try {
            withAlias.remove(tenant.slug());
            ensureAlias(tenant.slug());
        } catch (IOException | RuntimeException e) {
            // Not fatal: the indexer makes the alias with the tenant's first write.
            withAlias.remove(tenant.slug());
        }
    }

    @Override
    public void deprovisioned(Tenant tenant, boolean dataDropped) {
        withAlias.remove(tenant.slug());
        try {
            indices.removeTenant(tenant.slug(), dataDropped);
        } catch (IOException e) {
            throw new UncheckedIOException("The search alias of tenant '" + tenant.slug() + "' was not removed", e);
        }
    }

    /** Makes the tenant's alias on the index in use, once per instance (the index too, if there is none yet). */
    void ensureAlias(String tenant) throws IOException {
        if (!withAlias.contains(tenant)) {
            indices.addTenant(tenant, indices.ensureInUse());
            withAlias.add(tenant);
        }
    }

    /** Forgets which aliases this instance made (a rebuild moved them all). */
    void forget() {
        withAlias.clear();
    }
}
