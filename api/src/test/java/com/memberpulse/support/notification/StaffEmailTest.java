package com.memberpulse.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.sla.EscalationLevel;
import com.memberpulse.support.sla.SlaEvents;
import com.memberpulse.support.sla.SlaTargetKind;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.tenant.TenantContext;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff hear of a ticket assigned to them and of SLA escalations, by e-mail from the tenant's templates. */
class StaffEmailTest extends NotificationTestBase {

    @Autowired
    EventLog log;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAgentIsToldOfATicketAssignedToThemAndTheAssigneeAndAdminsOfAnEscalation() throws Exception {
        String agentId = KeycloakUsers.create(tenant.slug(), "notified." + tenant.slug(), "Nora", "Notified", "ROLE_CLIENT_USER");
        KeycloakUsers.create(tenant.slug(), "boss." + tenant.slug(), "Bo", "Boss", "ROLE_CLIENT_ADMIN");
        ok(api.graphql(admin, "mutation { syncSupportAgents { added } }"));
        String id = raise("Needs Nora");
        long number = ticket(id).path("number").asLong();

        ok(api.graphql(admin, "mutation($id: ID!, $v: Int!, $a: ID!) { assignTicket(input: {id: $id, version: $v, agentId: $a}) { id } }",
                Map.of("id", id, "v", ticket(id).path("version").asInt(), "a", agentId)));

        String nora = "notified." + tenant.slug() + "@example.org";
        MimeMessage assigned = awaitMail(nora, 1).getFirst();
        assertThat(assigned.getSubject()).isEqualTo("[" + tenant.name() + "] Ticket #" + number + " is yours: Needs Nora");
        assertThat(text(assigned)).contains("Hello Nora,", "from Mia Member was assigned to you", "http://127.0.0.1:8080/app/?ticket=" + id)
                .doesNotContain("Unsubscribe");
        assertThat(assigned.getHeader("List-Unsubscribe", null)).as("staff notifications are their work").isNull();

        // What the SLA sweep records when a clock passes its warning share (its own tests cover when that is).
        TenantContext.runIn(tenant, () -> transactions.executeWithoutResult(status -> log.append(uuid(id), SlaEvents.WARNING,
                new SlaEvents.Escalated(SlaTargetKind.FIRST_RESPONSE, EscalationLevel.WARNING, null, "Members", true, true))));

        MimeMessage toAssignee = awaitMail(nora, 2).get(1);
        assertThat(toAssignee.getSubject()).isEqualTo("[" + tenant.name() + "] Ticket #" + number + ": first response at risk");
        assertThat(text(toAssignee)).contains("The first response target of ticket #" + number, "is at risk", "It is held by Nora Notified.");
        MimeMessage toAdmin = awaitMail("boss." + tenant.slug() + "@example.org", 1).getFirst();
        assertThat(toAdmin.getSubject()).isEqualTo(toAssignee.getSubject());
        awaitEverythingHandled(id);
        assertThat(mailTo(nora)).hasSize(2);
        assertThat(ticket(id).path("notificationDeliveries").valueStream().map(d -> d.path("kind").asString() + " " + d.path("recipient").asString()))
                .containsExactlyInAnyOrder("ASSIGNED " + nora, "ESCALATED " + nora, "ESCALATED boss." + tenant.slug() + "@example.org");
    }
}
