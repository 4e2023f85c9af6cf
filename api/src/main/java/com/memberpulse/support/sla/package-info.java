/**
 * SLA (SPEC section 6): the arithmetic of service-level targets. A {@link com.memberpulse.support.sla.BusinessCalendar}
 * (time zone, weekly hours, holidays, or round the clock) says how much business time lies between two instants and
 * when an amount of it will have elapsed; an {@link com.memberpulse.support.sla.SlaClock} is one ticket's clock for
 * one target (first response or resolution), started, paused while the ticket waits on the member, resumed,
 * retargeted when the priority changes and stopped, and says when it is due and whether it is on track.
 * <p>
 * Plain Java, no Spring and no database: policies, storage and escalation build on these types.
 */
@NullMarked
package com.memberpulse.support.sla;

import org.jspecify.annotations.NullMarked;
