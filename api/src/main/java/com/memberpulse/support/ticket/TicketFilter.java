package com.memberpulse.support.ticket;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The queue's filter: every part that is set must match (lists match any of their values). Date ranges are [from, to). */
public record TicketFilter(List<TicketStatus> status, List<Priority> priority, List<UUID> categoryId, AssigneeFilter assignee,
                           RequesterType requesterType, OffsetDateTime createdFrom, OffsetDateTime createdTo,
                           OffsetDateTime updatedFrom, OffsetDateTime updatedTo, List<String> slaState) {

    /** Tickets held by any of these agents, by nobody, or by the caller: the parts that are set are alternatives. */
    public record AssigneeFilter(List<String> ids, Boolean unassigned, Boolean me) {
    }
}
