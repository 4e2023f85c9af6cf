package com.memberpulse.support.ticket;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.security.Role;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.internal.RequesterDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who a new ticket is for: the caller themselves (members and sponsor users), or the requester staff name, who must
 * be a user of this association in Keycloak: a ticket is never stored for an id nobody checked.
 */
@Component
class Requesters {

    private final RequesterDirectory directory;

    Requesters(RequesterDirectory directory) {
        this.directory = directory;
    }

    /** The requester staff raise a ticket for; IDENTITY_UNAVAILABLE when Keycloak cannot say whether they exist. */
    Requester onBehalfOf(@Nullable Requester given) {
        if (given == null) {
            throw SupportException.validation("input.onBehalfOf", "Staff raise tickets on behalf of a member or sponsor: say who.");
        }
        Requester requester = TicketText.requester(given);
        if (!directory.isUserOf(TenantContext.require().slug(), requester.id())) {
            throw SupportException.validation("input.onBehalfOf.id", "There is no such member in this association: check the requester's user id.");
        }
        return requester;
    }

    /** A member or sponsor user raising a ticket for themselves, as their token says. */
    static Requester self(CurrentUser user, @Nullable Requester onBehalfOf) {
        if (onBehalfOf != null) {
            throw SupportException.validation("input.onBehalfOf", "Only staff raise tickets on behalf of someone else.");
        }
        RequesterType type = user.has(Role.SPONSOR_USER) || user.has(Role.SPONSOR_ADMIN) ? RequesterType.SPONSOR : RequesterType.MEMBER;
        return new Requester(user.userId(), type, user.displayName(), user.email());
    }
}
