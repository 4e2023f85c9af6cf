package com.memberpulse.support.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.SupportApplication;
import com.memberpulse.support.devstack.KeycloakServer;
import com.memberpulse.support.devstack.LocalStack;
import com.memberpulse.support.support.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code --memberpulse.command=migrate-tenants} migrates every tenant and exits 1 while any tenant fails. */
class MigrateTenantsCommandTest {

    @Test
    void theCommandReportsAFailingTenantThroughItsExitCode() {
        LocalStack stack = TestStack.get();
        JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                new org.postgresql.Driver(), stack.postgres().jdbcUrl(), "postgres", stack.postgres().password()));
        assertThat(runCommand(stack)).isZero();

        jdbc.execute("create schema tenant_cmd_broken; create table tenant_cmd_broken.tenant_profile (x int)");
        jdbc.update("insert into support_control.tenant (slug, schema_name, display_name, state) values ('cmd-broken', 'tenant_cmd_broken', 'Broken', 'ACTIVE')");
        try {
            assertThat(runCommand(stack)).isEqualTo(1);
        } finally {
            jdbc.update("delete from support_control.tenant where slug = 'cmd-broken'");
            jdbc.execute("drop schema tenant_cmd_broken cascade");
        }
        assertThat(runCommand(stack)).isZero();
    }

    private static int runCommand(LocalStack stack) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SupportApplication.class)
                .web(WebApplicationType.NONE)
                .run("--memberpulse.command=migrate-tenants",
                        "--spring.datasource.url=" + stack.postgres().jdbcUrl(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=" + stack.postgres().password(),
                        "--memberpulse.keycloak.server-url=" + stack.keycloak().baseUrl(),
                        "--memberpulse.keycloak.admin-client-secret=" + KeycloakServer.ADMIN_CLIENT_SECRET,
                        "--memberpulse.cursor-secret=test-cursor-secret-0123456789abcdef0123456789")) {
            return SpringApplication.exit(context);
        }
    }
}
