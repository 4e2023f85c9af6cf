package com.memberpulse.support.ticket;

/** How a ticket reached support. */
public enum TicketChannel {
    WEB, EMAIL, PHONE, CHAT, API
}
