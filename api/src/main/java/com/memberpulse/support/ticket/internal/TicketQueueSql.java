package com.memberpulse.support.ticket.internal;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Builds the queue's SQL: the filter as predicates on indexed columns, and keyset pagination as a row
 * comparison on the order's columns, so a page deep in the queue costs what the first page costs. The SLA filter and
 * order read the ticket's deciding clock from the SLA feature's {@code sla_clock} table (one row per ticket has
 * {@code decides}), joined only when asked for; a ticket without a running clock sorts as if due at {@link #NEVER}.
 */
public final class TicketQueueSql {

    /** Where tickets without a running SLA clock sort by SLA due time: after every real due time. */
    public static final String NEVER = "timestamptz '9999-12-31 00:00:00+00'";
    static final String SLA_DUE = "coalesce(s.due_at, " + NEVER + ")";
    private static final String WITH_SLA = " left join sla_clock s on s.ticket_id = ticket.id and s.decides";

    private TicketQueueSql() {
    }

    private static String from(QueueQuery q, String p) {
        String matches = q.readsMatches()
                ? " join unnest(#{" + p + "matches,typeHandler=com.memberpulse.support.common.persistence.UuidArrayTypeHandler})"
                        + " with ordinality as hit (match_id, match_rank) on hit.match_id = ticket.id"
                : "";
        return " from ticket" + matches + (q.readsSla() ? WITH_SLA : "");
    }

    /** MyBatis provider for a page (parameter {@code q}). */
    public static String page(QueueQuery q) {
        StringBuilder sql = new StringBuilder("select ").append(TicketMapper.COLUMNS).append(from(q, ""));
        where(sql, q, true);
        String direction = descendingColumns(q) ? " desc" : " asc";
        sql.append(" order by ");
        switch (q.order()) {
            case CREATED_AT -> sql.append("created_at").append(direction);
            case UPDATED_AT -> sql.append("updated_at").append(direction);
            case PRIORITY -> sql.append("priority_rank").append(direction).append(", created_at").append(direction);
            case SLA_DUE -> sql.append(SLA_DUE).append(direction);
            case RELEVANCE -> sql.append("match_rank").append(direction);
        }
        sql.append(", id").append(direction).append(" limit #{limit}");
        return sql.toString();
    }

    /** Best match first is the matches' own order: the first match has the lowest rank. */
    private static boolean descendingColumns(QueueQuery q) {
        return q.order() == QueueQuery.OrderKey.RELEVANCE ? !q.descending() : q.descending();
    }

    /** MyBatis provider for the number of tickets matching the filter, over all pages. */
    public static String count(QueueQuery q) {
        StringBuilder sql = new StringBuilder("select count(*)").append(from(q, ""));
        where(sql, q, false);
        return sql.toString();
    }

    /**
     * MyBatis provider for the counts of one dimension ({@code value}, {@code count}) under the filter without that
     * dimension's own part, the most frequent first: the queue's facets where the search index cannot give them (an
     * SLA state filter: SLA clocks are not indexed).
     */
    public static String facet(FacetQuery f) {
        QueueQuery q = f.query().without(f.dimension());
        String value = switch (f.dimension()) {
            case STATUS -> "status";
            case PRIORITY -> "priority";
            case CATEGORY -> "category_id::text";
            case ASSIGNEE -> "assignee_id";
            case TAG -> "tagged.tag";
        };
        StringBuilder sql = new StringBuilder("select ").append(value).append(" as value, count(*) as count").append(from(q, "query."));
        if (f.dimension() == QueueQuery.Dimension.TAG) {
            sql.append(" cross join lateral unnest(ticket.tags) as tagged (tag)");
        }
        String predicate = predicate(q, "query.", UnaryOperator.identity());
        if (!predicate.isEmpty()) {
            sql.append(" where ").append(predicate);
        }
        return sql.append(" group by 1 order by 2 desc, 1 limit ").append(FacetQuery.LIMIT).toString();
    }

    /**
     * MyBatis provider for whether one ticket matches a filter now and whether it did before one change
     * ({@code matches_now}, {@code matched_before}): the queue's own predicates, once on the row and once on the row with
     * the changed column given its previous value. A live subscriber is sent what its queue would show.
     */
    public static String watch(WatchQuery w) {
        UnaryOperator<String> now = UnaryOperator.identity();
        UnaryOperator<String> before = column -> column.equals(w.changedColumn()) ? previous(column) : column;
        return "select " + matches(w.query(), "query.", now) + " as matches_now, "
                + matches(w.query(), "query.", before) + " as matched_before" + from(w.query(), "query.") + " where id = #{ticketId}";
    }

    private static String previous(String column) {
        return column.equals("category_id") ? "cast(#{previousValue} as uuid)" : "cast(#{previousValue} as text)";
    }

    private static String matches(QueueQuery q, String prefix, UnaryOperator<String> column) {
        String predicate = predicate(q, prefix, column);
        return predicate.isEmpty() ? "true" : "coalesce(" + predicate + ", false)";
    }

    private static void where(StringBuilder sql, QueueQuery q, boolean withKeyset) {
        StringBuilder where = new StringBuilder(predicate(q, "", UnaryOperator.identity()));
        if (withKeyset && q.after() != null) {
            String comparison = descendingColumns(q) ? " < " : " > ";
            and(where, true, switch (q.order()) {
                case CREATED_AT -> "(created_at, id)" + comparison + "(#{after.time}, #{after.id})";
                case UPDATED_AT -> "(updated_at, id)" + comparison + "(#{after.time}, #{after.id})";
                case PRIORITY -> "(priority_rank, created_at, id)" + comparison + "(#{after.rank}, #{after.time}, #{after.id})";
                case SLA_DUE -> "(" + SLA_DUE + ", id)" + comparison + "(#{after.time}, #{after.id})";
                case RELEVANCE -> "(match_rank, id)" + comparison + "(#{after.rank}, #{after.id})";
            });
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(where);
        }
    }

    /** The filter as one predicate (empty: everything), its parameters under {@code p}, its columns as {@code c} says. */
    private static String predicate(QueueQuery q, String p, UnaryOperator<String> c) {
        StringBuilder where = new StringBuilder();
        and(where, q.statuses() != null && q.statuses().length > 0,
                c.apply("status") + " = any(#{" + p + "statuses,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})");
        and(where, q.priorities() != null && q.priorities().length > 0,
                c.apply("priority") + " = any(#{" + p + "priorities,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})");
        and(where, q.categoryIds() != null && q.categoryIds().length > 0, c.apply("category_id")
                + " = any(#{" + p + "categoryIds,typeHandler=com.memberpulse.support.common.persistence.UuidArrayTypeHandler})");
        if (q.hasAssigneeFilter()) {
            boolean byId = q.assigneeIds() != null && q.assigneeIds().length > 0;
            String assignee = c.apply("assignee_id");
            String ids = assignee + " = any(#{" + p + "assigneeIds,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})";
            and(where, true, byId && q.unassigned() ? "(" + ids + " or " + assignee + " is null)" : byId ? ids : assignee + " is null");
        }
        and(where, q.requesterType() != null, c.apply("requester_type") + " = #{" + p + "requesterType}");
        and(where, q.requesterId() != null, c.apply("requester_id") + " = #{" + p + "requesterId}");
        and(where, q.createdFrom() != null, c.apply("created_at") + " >= #{" + p + "createdFrom}");
        and(where, q.createdTo() != null, c.apply("created_at") + " < #{" + p + "createdTo}");
        and(where, q.updatedFrom() != null, c.apply("updated_at") + " >= #{" + p + "updatedFrom}");
        and(where, q.updatedTo() != null, c.apply("updated_at") + " < #{" + p + "updatedTo}");
        and(where, q.tags() != null && q.tags().length > 0, c.apply("tags") + " && cast(#{" + p + "tags,typeHandler=org.apache.ibatis.type.ArrayTypeHandler} as text[])");
        if (q.slaStates() != null && q.slaStates().length > 0) {
            String now = "#{" + p + "now}";
            and(where, true, "(" + String.join(" or ", Arrays.stream(q.slaStates()).map(state -> slaState(state, now)).toList()) + ")");
        }
        return where.toString();
    }

    /**
     * A state of the deciding clock as of {@code now}, from what the clock stores (as the SLA feature's
     * {@code SlaClock.stateAt} decides it): breached once the target is used up, whether running, paused or stopped.
     */
    private static String slaState(String state, String now) {
        String used = "(s.breached_at is not null or s.elapsed_seconds >= s.target_seconds or coalesce(s.due_at <= " + now + ", false))";
        return switch (state) {
            case "BREACHED" -> used;
            case "MET" -> "(s.stopped_at is not null and not " + used + ")";
            case "PAUSED" -> "(s.paused_at is not null and not " + used + ")";
            case "AT_RISK" -> "(s.running_since is not null and s.warning_at <= " + now + " and not " + used + ")";
            case "ON_TRACK" -> "(s.running_since is not null and s.warning_at > " + now + " and not " + used + ")";
            default -> throw new IllegalArgumentException("Unknown SLA state " + state);
        };
    }

    private static void and(StringBuilder where, boolean condition, String predicate) {
        if (condition) {
            if (!where.isEmpty()) {
                where.append(" and ");
            }
            where.append(predicate);
        }
    }
}
