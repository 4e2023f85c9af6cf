package com.memberpulse.support.tenant;

import com.memberpulse.support.common.paging.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The platform admin's tenant operations. Authorisation is enforced in {@link TenantService}. */
@Controller
class TenantController {

    private final TenantService tenants;

    TenantController(TenantService tenants) {
        this.tenants = tenants;
    }

    @QueryMapping
    Connection<Tenant> tenants(@Argument Integer first, @Argument String after, @Argument Boolean includeDeleted) {
        return tenants.list(first, after, Boolean.TRUE.equals(includeDeleted));
    }

    @MutationMapping
    Tenant provisionTenant(@Argument ProvisionTenantInput input) {
        return tenants.provision(input.slug(), input.name());
    }

    @MutationMapping
    Tenant deprovisionTenant(@Argument DeprovisionTenantInput input) {
        return tenants.deprovision(input.slug(), Boolean.TRUE.equals(input.dropData()));
    }


    record ProvisionTenantInput(String slug, String name) {
    }

    record DeprovisionTenantInput(String slug, Boolean dropData) {
    }
}
