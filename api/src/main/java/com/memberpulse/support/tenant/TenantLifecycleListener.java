package com.memberpulse.support.tenant;

/**
 * Told when a tenant is provisioned or deprovisioned, for features that keep something per tenant outside its schema
 * (the search index's alias). Called after the tenant's own steps succeeded; a listener that fails logs and lets the
 * lifecycle go on (what it keeps must be repairable later: the search drift check, a lazy creation on first use).
 */
public interface TenantLifecycleListener {

    void provisioned(Tenant tenant);

    void deprovisioned(Tenant tenant, boolean dataDropped);
}
