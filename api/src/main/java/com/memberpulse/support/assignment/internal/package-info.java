/** The assignment feature's mappers (agents, teams, rules, queue) and its reader of the staff in Keycloak. */
@NullMarked
package com.memberpulse.support.assignment.internal;

import org.jspecify.annotations.NullMarked;
