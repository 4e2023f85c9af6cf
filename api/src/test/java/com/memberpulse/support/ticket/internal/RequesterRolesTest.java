package com.memberpulse.support.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ticket.RequesterType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who raises tickets as what, by their realm roles: what a requester look-up lists. */
class RequesterRolesTest {

    @Test
    void membersAreMembersAndASponsorRoleMakesASponsor() {
        assertThat(RequesterRoles.typeOf(List.of("default-roles-memberpulse", "ROLE_MEMBER"))).contains(RequesterType.MEMBER);
        assertThat(RequesterRoles.typeOf(List.of("ROLE_SPONSOR_USER"))).contains(RequesterType.SPONSOR);
        assertThat(RequesterRoles.typeOf(List.of("ROLE_SPONSOR_ADMIN", "ROLE_MEMBER"))).contains(RequesterType.SPONSOR);
        assertThat(RequesterRoles.typeOf(List.of("ROLE_CLIENT_USER", "ROLE_MEMBER"))).as("an agent who is a member too").contains(RequesterType.MEMBER);
    }

    @Test
    void staffOperatorsAndUsersWithoutARequesterRoleAreNoRequesters() {
        for (List<String> roles : List.of(List.of("ROLE_CLIENT_USER"), List.of("ROLE_CLIENT_ADMIN"), List.of("ROLE_PLATFORM_ADMIN"),
                List.of("default-roles-memberpulse"), List.<String>of(), List.of("role_member", "MEMBER"))) {
            assertThat(RequesterRoles.typeOf(roles)).as(roles.toString()).isEmpty();
        }
    }
}
