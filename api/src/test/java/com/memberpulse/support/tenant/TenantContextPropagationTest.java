package com.memberpulse.support.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The tenant travels with Micrometer context propagation, the mechanism Spring GraphQL uses to carry
 * ThreadLocals into data loaders and async data fetchers.
 */
class TenantContextPropagationTest {

    @Test
    void aCapturedSnapshotCarriesTheTenantToAnotherThreadAndNoFurther() throws Exception {
        Tenant tenant = new Tenant("acme", "tenant_acme", "ACME", Tenant.State.ACTIVE, "1", OffsetDateTime.now(), null);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            ContextSnapshot snapshot = TenantContext.callIn(tenant, () -> ContextSnapshotFactory.builder().build().captureAll());

            Callable<Optional<Tenant>> read = TenantContext::current;
            Optional<Tenant> inside = pool.submit(snapshot.wrap(read)).get();
            Optional<Tenant> after = pool.submit(read).get();

            assertThat(inside).contains(tenant);
            assertThat(after).isEmpty();
        }
        assertThat(TenantContext.current()).isEmpty();
    }
}
