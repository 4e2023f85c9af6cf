package com.memberpulse.support.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Each transaction sees exactly the current tenant's schema, and no tenant's without one. */
class TenantSchemaIsolationTest extends ApiIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aTransactionReadsOnlyTheCurrentTenantsTables() {
        Tenant first = newTenant();
        Tenant second = newTenant();

        assertThat(profileSlugIn(first)).isEqualTo(first.slug());
        assertThat(profileSlugIn(second)).isEqualTo(second.slug());
    }

    @Test
    void withoutATenantInContextNoTenantTableCanBeReached() {
        newTenant();

        assertThatThrownBy(() -> transactions.execute(status -> jdbc.queryForObject("select slug from tenant_profile", String.class)))
                .isInstanceOf(BadSqlGrammarException.class);
    }

    @Test
    void theSearchPathDoesNotOutliveItsTransaction() {
        Tenant tenant = newTenant();
        TenantContext.callIn(tenant, () -> transactions.execute(status -> jdbc.queryForObject("select 1", Integer.class)));

        String path = transactions.execute(status -> jdbc.queryForObject("show search_path", String.class));
        assertThat(path).doesNotContain(tenant.schemaName());
    }

    private String profileSlugIn(Tenant tenant) {
        return TenantContext.callIn(tenant, () ->
                transactions.execute(status -> jdbc.queryForObject("select slug from tenant_profile", String.class)));
    }
}
