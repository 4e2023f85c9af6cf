/**
 * Support reports (issue 13): {@code ticketReport}, staff figures for the tickets raised in a period, one row per
 * category, priority, agent, requester type or day, plus a total. Each report is one SQL statement, an aggregate over
 * the tickets' {@code created_at} index joined with the measured times by primary key: no calendar arithmetic per row.
 * <p>
 * Its contract with other features' tables, which it reads and never writes: {@code ticket} ({@code id},
 * {@code created_at}, {@code status}, {@code priority}, {@code priority_rank}, {@code category_id},
 * {@code requester_type}, {@code assignee_id}, {@code assignee_name}); {@code ticket_times} (the SLA feature's measured
 * business seconds, met flags and {@code first_resolved_at}, one row per ticket once it has a first response or a
 * resolution); {@code ticket_category} ({@code id}, {@code name}, {@code position}); and {@code support_agent}
 * ({@code id}, {@code name}: agents keep their row after leaving, so their name outlives their tickets'). A change to
 * those columns' meaning must come with a change here.
 */
@NullMarked
package com.memberpulse.support.report;

import org.jspecify.annotations.NullMarked;
