package com.memberpulse.support.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.SqlStatementCounter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code Ticket.followUps}, the inverse of {@code followUpOf}: a closed ticket lists the follow-ups its requester's
 * later replies opened, and each follow-up names the ticket it follows up; both for the requester and for staff, only
 * what the caller may see, and for a whole page of the queue in one query.
 */
class FollowUpsTest extends MembersTicketTest {

    static final String FOLLOW_UPS = "query($t: ID!) { ticket(id: $t) { followUpOf followUps { id followUpOf status } } }";

    @Autowired
    JdbcTemplate jdbc;

    String closedId;

    @BeforeEach
    void closeIt() {
        closedId = ticketId;
        moveTo(closedId, "CLOSED");
    }

    @Test
    void aTicketWithoutFollowUpsHasAnEmptyList() {
        for (HttpGraphQlTester caller : List.of(member, agent)) {
            caller.document(FOLLOW_UPS).variable("t", closedId).execute()
                    .path("ticket.followUpOf").valueIsNull()
                    .path("ticket.followUps").entityList(Object.class).hasSize(0);
        }
    }

    @Test
    void theRequesterAndStaffSeeTheChainBothWays() {
        String first = replyOn(closedId);
        moveTo(first, "CLOSED");
        String second = replyOn(closedId);

        for (HttpGraphQlTester caller : List.of(member, agent)) {
            caller.document(FOLLOW_UPS).variable("t", closedId).execute()
                    .path("ticket.followUps[*].id").entityList(String.class).containsExactly(first)
                    .path("ticket.followUps[0].followUpOf").entity(String.class).isEqualTo(closedId)
                    .path("ticket.followUps[0].status").entity(String.class).isEqualTo("CLOSED");
            caller.document(FOLLOW_UPS).variable("t", first).execute()
                    .path("ticket.followUpOf").entity(String.class).isEqualTo(closedId)
                    .path("ticket.followUps[*].id").entityList(String.class).containsExactly(second);
            caller.document(FOLLOW_UPS).variable("t", second).execute()
                    .path("ticket.followUpOf").entity(String.class).isEqualTo(first)
                    .path("ticket.followUps").entityList(Object.class).hasSize(0);
        }
        member.document("{ myTickets { edges { node { id followUps { id } } } } }").execute()
                .path("myTickets.edges[2].node.id").entity(String.class).isEqualTo(closedId)
                .path("myTickets.edges[2].node.followUps[*].id").entityList(String.class).containsExactly(first);
    }

    @Test
    void anotherMemberNeverSeesThem() {
        String followUp = replyOn(closedId);
        HttpGraphQlTester otherMember = graphQl(tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-2")));

        otherMember.document(FOLLOW_UPS).variable("t", closedId).execute()
                .errors().expect(error -> "NOT_FOUND".equals(error.getExtensions().get("code"))).verify()
                .path("ticket").valueIsNull();
        otherMember.document(FOLLOW_UPS).variable("t", followUp).execute()
                .errors().expect(error -> "NOT_FOUND".equals(error.getExtensions().get("code"))).verify()
                .path("ticket").valueIsNull();
    }

    @Test
    void aFollowUpIsListedOnlyToWhoMaySeeItNotToWhoeverSeesTheTicketItFollowsUp() {
        String followUp = replyOn(closedId);
        // Follow-ups keep their requester; should one ever be someone else's, that someone else's stays theirs.
        jdbc.update("update " + tenant.schemaName() + ".ticket set requester_id = 'member-2' where id = ?::uuid", followUp);

        member.document(FOLLOW_UPS).variable("t", closedId).execute().path("ticket.followUps").entityList(Object.class).hasSize(0);
        agent.document(FOLLOW_UPS).variable("t", closedId).execute().path("ticket.followUps[*].id").entityList(String.class)
                .containsExactly(followUp);
    }

    @Test
    void anotherAssociationsStaffFindNeitherTheTicketNorItsFollowUps() {
        replyOn(closedId);
        HttpGraphQlTester elsewhere = graphQl(tokens.token(newTenant().slug(), "ROLE_CLIENT_ADMIN"));

        elsewhere.document(FOLLOW_UPS).variable("t", closedId).execute()
                .errors().expect(error -> "NOT_FOUND".equals(error.getExtensions().get("code"))).verify()
                .path("ticket").valueIsNull();
        elsewhere.document("{ tickets { totalCount } }").execute().path("tickets.totalCount").entity(Integer.class).isEqualTo(0);
    }

    /** The queue never asks for follow-ups; when a client does, a page costs one more statement, whatever its size. */
    @Test
    void aPageOfTheQueueReadsItsFollowUpsInOneQuery() {
        List<String> followUps = new ArrayList<>(List.of(replyOn(closedId)));
        for (int i = 0; i < 3; i++) {
            String id = newTicket();
            moveTo(id, "CLOSED");
            followUps.add(replyOn(id));
        }
        String without = "{ tickets(first: %d) { edges { node { id } } } }";
        String with = "{ tickets(first: %d) { edges { node { id followUps { id followUps { id } } } } } }";

        long extraForTwo = statements(with.formatted(2)) - statements(without.formatted(2));
        long extraForEight = statements(with.formatted(8)) - statements(without.formatted(8));

        assertThat(extraForEight).isEqualTo(extraForTwo).isEqualTo(2);
        assertThat(agent.document(with.formatted(8)).execute().path("tickets.edges[*].node.followUps[*].id").entityList(String.class).get())
                .containsExactlyInAnyOrderElementsOf(followUps);
    }

    private long statements(String query) {
        return SqlStatementCounter.during(() -> agent.document(query).execute().path("tickets.edges").hasValue());
    }

    /** The member writes on a closed ticket (or anything down its chain); the id of the ticket the reply went to. */
    private String replyOn(String id) {
        return member.document("mutation($t: ID!) { replyToTicket(input: {ticketId: $t, body: \"<p>Me again</p>\"}) { ticket { id } } }")
                .variable("t", id).execute().path("replyToTicket.ticket.id").entity(String.class).get();
    }

    private String newTicket() {
        String categoryId = member.document("{ ticketCategories { id } }").execute().path("ticketCategories[0].id").entity(String.class).get();
        return member.document("mutation($c: ID!) { createTicket(input: {subject: \"Another\", description: \"<p>x</p>\", categoryId: $c}) { id } }")
                .variable("c", categoryId).execute().path("createTicket.id").entity(String.class).get();
    }
}
