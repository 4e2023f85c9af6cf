package com.memberpulse.support.response;

/** What a response template is for: agents' replies, or one of the member notifications of SPEC section 7. */
public enum ResponseTemplateKind {
    /** Rendered by agents into a reply; admins create and delete them freely. */
    REPLY,
    /** The member's notification of a status change: one per tenant, edited but never deleted. */
    STATUS_CHANGED,
    /** The member's notification of a public reply: one per tenant, edited but never deleted. */
    NEW_REPLY;

    public boolean isNotification() {
        return this != REPLY;
    }
}
