package com.memberpulse.support.response;

/** What a response template is for: agents' replies, or one of the notifications of SPEC section 7. */
public enum ResponseTemplateKind {
    /** Rendered by agents into a reply; admins create and delete them freely. */
    REPLY,
    /** The member's notification of a status change: one per tenant, edited but never deleted. */
    STATUS_CHANGED,
    /** The member's notification of a public reply: one per tenant, edited but never deleted. */
    NEW_REPLY,
    /** The agent's notification of a ticket assigned to them: one per tenant, edited but never deleted. */
    ASSIGNED,
    /** The staff notification of an SLA escalation: one per tenant, edited but never deleted. */
    ESCALATED;

    public boolean isNotification() {
        return this != REPLY;
    }
}
