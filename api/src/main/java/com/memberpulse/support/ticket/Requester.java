package com.memberpulse.support.ticket;

/** Who a ticket is for: the member's or sponsor user's id in Keycloak, as known when the ticket was raised. */
public record Requester(String id, RequesterType type, String name, String email) {
}
