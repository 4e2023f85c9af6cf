package com.memberpulse.support.ticket;

/** The agent holding a ticket: their Keycloak user id and name. */
public record Assignee(String id, String name) {
}
