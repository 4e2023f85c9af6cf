package com.memberpulse.support.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiClient;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When Keycloak's admin API cannot be reached, staff can neither look members up nor raise a ticket on someone's behalf
 * (IDENTITY_UNAVAILABLE, nothing stored), and members raise their own as always. A second instance of the service looks requesters up at a
 * closed port ({@link UnreachableKeycloak}).
 */
class OnBehalfOfWithoutKeycloakTest extends ApiIntegrationTest {

    private static ConfigurableApplicationContext withoutKeycloak;

    @BeforeAll
    static void startAnInstanceThatCannotReachKeycloak() {
        withoutKeycloak = TestStack.startAnotherInstance(List.of("spring.datasource.hikari.maximum-pool-size=5"), UnreachableKeycloak.class);
    }

    @AfterAll
    static void stop() {
        if (withoutKeycloak != null) {
            withoutKeycloak.close();
        }
    }

    @Test
    void staffAreToldToTryAgainLaterAndMembersAreUnaffected() {
        Tenant tenant = newTenant();
        ApiClient instance = new ApiClient(Integer.parseInt(withoutKeycloak.getEnvironment().getProperty("local.server.port")));
        String agent = tokens.token(tenant.slug(), "ROLE_CLIENT_USER");
        String member = tokens.token(tenant.slug(), "ROLE_MEMBER");
        String categoryId = instance.graphql(agent, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        String create = "mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }";
        Map<String, Object> input = Map.of("subject", "Phoned in", "description", "<p>About an invoice</p>", "categoryId", categoryId);

        ApiResponse onBehalf = instance.graphql(agent, create, Map.of("input", Map.of("subject", "Phoned in", "description", "<p>Hi</p>",
                "categoryId", categoryId, "onBehalfOf", Map.of("id", UUID.randomUUID().toString(), "type", "MEMBER", "name", "Mia"))));
        assertThat(onBehalf.errorCode()).isEqualTo("IDENTITY_UNAVAILABLE");
        assertThat(onBehalf.errorMessage()).contains("try again").doesNotContain("127.0.0.1", "Exception", "Keycloak");
        assertThat(instance.graphql(agent, "{ tickets { totalCount } }").data("tickets").path("totalCount").asInt()).isZero();

        ApiResponse lookUp = instance.graphql(agent, "{ findRequesters(search: \"mia\") { id } }");
        assertThat(lookUp.errorCode()).isEqualTo("IDENTITY_UNAVAILABLE");
        assertThat(lookUp.errorMessage()).contains("try again").doesNotContain("127.0.0.1", "Exception", "Keycloak");

        assertThat(instance.graphql(member, create, Map.of("input", input)).data("createTicket").path("id").asString()).isNotBlank();
    }
}
