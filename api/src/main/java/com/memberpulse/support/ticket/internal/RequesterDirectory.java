package com.memberpulse.support.ticket.internal;

import com.memberpulse.support.ticket.Requester;
import java.util.List;

/** The users a ticket may be raised for: an association's users in the identity provider. */
public interface RequesterDirectory {

    /**
     * Whether {@code userId} names a user of the association {@code tenant}; refused with IDENTITY_UNAVAILABLE when
     * the identity provider cannot say.
     */
    boolean isUserOf(String tenant, String userId);

    /**
     * Up to {@code max} enabled members and sponsor users of the association {@code tenant} (never staff, never anyone
     * of another association) each of whose {@code words} starts their first or last name, username or e-mail address,
     * by username; refused with IDENTITY_UNAVAILABLE when the identity provider cannot say.
     */
    List<Requester> find(String tenant, String words, int max);
}
