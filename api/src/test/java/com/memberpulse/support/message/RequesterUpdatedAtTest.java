package com.memberpulse.support.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A requester polling their ticket learns nothing of staff-only work: an internal note moves {@code updatedAt} for staff
 * only, while a public reply or a status change moves it for the requester too, in {@code ticket(id)} and {@code myTickets}.
 */
class RequesterUpdatedAtTest extends MembersTicketTest {

    static final String NOTE = "mutation($t: ID!) { addInternalNote(input: {ticketId: $t, body: \"<p>Checking with billing</p>\"}) { id } }";
    static final String REPLY = "mutation($t: ID!) { replyToTicket(input: {ticketId: $t, body: \"<p>On it</p>\"}) { message { id } } }";

    @Test
    void aNoteMovesTheTicketForStaffOnlyAndPublicRepliesAndStatusChangesForTheRequesterToo() {
        OffsetDateTime raised = seenByMember();

        agent.document(NOTE).variable("t", ticketId).execute().path("addInternalNote.id").hasValue();
        assertThat(seenByStaff()).isAfter(raised);
        assertThat(seenByMember()).isEqualTo(raised);

        agent.document(REPLY).variable("t", ticketId).execute().path("replyToTicket.message.id").hasValue();
        OffsetDateTime replied = seenByMember();
        assertThat(replied).isAfter(raised).isEqualTo(seenByStaff());

        agent.document(NOTE).variable("t", ticketId).execute().path("addInternalNote.id").hasValue();
        assertThat(seenByMember()).isEqualTo(replied);

        moveTo(ticketId, "WAITING");
        assertThat(seenByMember()).isAfter(replied).isEqualTo(seenByStaff());
    }

    /** The member's {@code updatedAt}, the same in {@code ticket(id)} and {@code myTickets}. */
    private OffsetDateTime seenByMember() {
        String one = member.document("query($t: ID!) { ticket(id: $t) { updatedAt } }").variable("t", ticketId).execute()
                .path("ticket.updatedAt").entity(String.class).get();
        member.document("{ myTickets { edges { node { id updatedAt } } } }").execute()
                .path("myTickets.edges[0].node.id").entity(String.class).isEqualTo(ticketId)
                .path("myTickets.edges[0].node.updatedAt").entity(String.class).isEqualTo(one);
        return OffsetDateTime.parse(one);
    }

    private OffsetDateTime seenByStaff() {
        return OffsetDateTime.parse(agent.document("query($t: ID!) { ticket(id: $t) { updatedAt } }").variable("t", ticketId).execute()
                .path("ticket.updatedAt").entity(String.class).get());
    }
}
