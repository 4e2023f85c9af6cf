package com.memberpulse.support.ticket.internal;

/** The users a ticket may be raised for: an association's users in the identity provider. */
public interface RequesterDirectory {

    /**
     * Whether {@code userId} names a user of the association {@code tenant}; refused with IDENTITY_UNAVAILABLE when
     * the identity provider cannot say.
     */
    boolean isUserOf(String tenant, String userId);
}
