package com.memberpulse.support.tenant.internal;

import com.memberpulse.support.migrations.MigrationReport;
import com.memberpulse.support.migrations.TenantMigrator;
import com.memberpulse.support.tenant.TenantDatabases;
import javax.sql.DataSource;
import jakarta.ws.rs.client.Client;
import java.util.concurrent.TimeUnit;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Wires the migrator and the tenant-aware transactions; migrates every schema before the service takes requests. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TenancyConfiguration.TenancyProperties.class, KeycloakProperties.class})
class TenancyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TenancyConfiguration.class);
    static final String MIGRATE_COMMAND = "migrate-tenants";

    /**
     * @param migrateOnStart        bring the control schema and every tenant schema to the latest version at start-up
     * @param migrationParallelism  how many tenant schemas migrate at once
     */
    @ConfigurationProperties("memberpulse.tenancy")
    record TenancyProperties(@DefaultValue("true") boolean migrateOnStart, @DefaultValue("4") int migrationParallelism) {
    }

    /** Where tenants' connections come from: the one seam to change when tenants spread over several databases. */
    @Bean
    TenantDatabases tenantDatabases(DataSource dataSource) {
        return new OneTenantDatabase(dataSource);
    }

    @Bean
    TenantMigrator tenantMigrator(TenantDatabases databases, TenancyProperties properties,
                                  @Value("${memberpulse.command:}") String command) {
        TenantMigrator migrator = new TenantMigrator(databases.dataSource(TenantDatabases.MAIN), properties.migrationParallelism());
        // The control schema is needed by every request, so it is migrated even when tenant migration is off.
        migrator.migrateControl();
        if (properties.migrateOnStart() && !MIGRATE_COMMAND.equals(command)) {
            MigrationReport report = migrator.migrateAllTenants();
            if (!report.succeeded()) {
                log.error("Tenants whose schema could not be migrated: {}", report.failed());
            }
        }
        return migrator;
    }

    @Bean
    @Primary
    JdbcTransactionManager transactionManager(TenantDatabases databases) {
        return new TenantSchemaTransactionManager(databases, TenantDatabases.MAIN);
    }

    /**
     * The realm's admin API as the service's own confidential client (client credentials). It signs in lazily, on
     * first use, and renews its token itself. Shared by the features that read or write the realm. Bounded in time
     * (`memberpulse.keycloak.connect-timeout`, `read-timeout`): a Keycloak that accepts connections but does not answer
     * fails the call that needed it (e.g. IDENTITY_UNAVAILABLE for a ticket raised on someone's behalf) instead of
     * holding the request for as long as the operating system waits.
     */
    @Bean(destroyMethod = "close")
    Keycloak keycloakAdminClient(KeycloakProperties properties) {
        // The admin client's own HTTP client, as it builds it (JSON through its Jackson provider), with time limits.
        Client http = ResteasyClientClassicProvider.createClientBuilder()
                .register(JacksonProvider.class, 100)
                .connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        return KeycloakBuilder.builder()
                .resteasyClient(http)
                .serverUrl(properties.serverUrl())
                .realm(properties.realm())
                .grantType("client_credentials")
                .clientId(properties.adminClientId())
                .clientSecret(properties.adminClientSecret())
                .build();
    }

    /** {@code --memberpulse.command=migrate-tenants}: migrate every tenant, print the report, then exit 0, or 1 if any failed. */
    @Bean
    @ConditionalOnProperty(name = "memberpulse.command", havingValue = MIGRATE_COMMAND)
    MigrateTenantsCommand migrateTenantsCommand(TenantMigrator migrator) {
        return new MigrateTenantsCommand(migrator);
    }
}
