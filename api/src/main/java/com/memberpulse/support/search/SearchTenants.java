package com.memberpulse.support.search;

import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantLifecycleListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** A tenant's alias comes with provisioning and goes with deprovisioning (its documents too when its data is dropped). */
@Component
class SearchTenants implements TenantLifecycleListener {

    private final TicketIndices indices;

    SearchTenants(TicketIndices indices) {
        this.indices = indices;
    }

    @Override
    public void provisioned(Tenant tenant) {
        try {
            indices.create(TicketIndices.CURRENT);
            indices.addTenant(tenant.slug(), TicketIndices.CURRENT);
        } catch (IOException e) {
            throw new UncheckedIOException("The search alias of tenant '" + tenant.slug() + "' was not made (the indexer makes it on first use)", e);
        }
    }

    @Override
    public void deprovisioned(Tenant tenant, boolean dataDropped) {
        try {
            indices.removeTenant(tenant.slug(), TicketIndices.CURRENT, dataDropped);
        } catch (IOException e) {
            throw new UncheckedIOException("The search alias of tenant '" + tenant.slug() + "' was not removed", e);
        }
    }
}
