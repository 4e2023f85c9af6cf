package com.memberpulse.support.ticket;

/** Who raised a ticket: a member, or a sponsor's staff (sponsor tickets get the sponsor SLA and start at HIGH). */
public enum RequesterType {
    MEMBER, SPONSOR
}
