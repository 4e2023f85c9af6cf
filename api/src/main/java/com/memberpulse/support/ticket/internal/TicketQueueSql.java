package com.memberpulse.support.ticket.internal;

/**
 * Builds the queue's SQL: the filter as predicates on indexed columns, and keyset pagination as a row
 * comparison on the order's columns, so a page deep in the queue costs what the first page costs.
 */
public final class TicketQueueSql {

    private TicketQueueSql() {
    }

    /** MyBatis provider for a page (parameter {@code q}). */
    public static String page(QueueQuery q) {
        StringBuilder sql = new StringBuilder("select ").append(TicketMapper.COLUMNS).append(" from ticket");
        where(sql, q, true);
        String direction = q.descending() ? " desc" : " asc";
        sql.append(" order by ");
        switch (q.order()) {
            case CREATED_AT -> sql.append("created_at").append(direction);
            case UPDATED_AT -> sql.append("updated_at").append(direction);
            case PRIORITY -> sql.append("priority_rank").append(direction).append(", created_at").append(direction);
        }
        sql.append(", id").append(direction).append(" limit #{limit}");
        return sql.toString();
    }

    /** MyBatis provider for the number of tickets matching the filter, over all pages. */
    public static String count(QueueQuery q) {
        StringBuilder sql = new StringBuilder("select count(*) from ticket");
        where(sql, q, false);
        return sql.toString();
    }

    private static void where(StringBuilder sql, QueueQuery q, boolean withKeyset) {
        StringBuilder where = new StringBuilder();
        and(where, q.statuses() != null && q.statuses().length > 0, "status = any(#{statuses,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})");
        and(where, q.priorities() != null && q.priorities().length > 0, "priority = any(#{priorities,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})");
        and(where, q.categoryIds() != null && q.categoryIds().length > 0,
                "category_id = any(#{categoryIds,typeHandler=com.memberpulse.support.common.persistence.UuidArrayTypeHandler})");
        if (q.hasAssigneeFilter()) {
            boolean byId = q.assigneeIds() != null && q.assigneeIds().length > 0;
            String ids = "assignee_id = any(#{assigneeIds,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})";
            and(where, true, byId && q.unassigned() ? "(" + ids + " or assignee_id is null)" : byId ? ids : "assignee_id is null");
        }
        and(where, q.requesterType() != null, "requester_type = #{requesterType}");
        and(where, q.requesterId() != null, "requester_id = #{requesterId}");
        and(where, q.createdFrom() != null, "created_at >= #{createdFrom}");
        and(where, q.createdTo() != null, "created_at < #{createdTo}");
        and(where, q.updatedFrom() != null, "updated_at >= #{updatedFrom}");
        and(where, q.updatedTo() != null, "updated_at < #{updatedTo}");
        if (withKeyset && q.after() != null) {
            String comparison = q.descending() ? " < " : " > ";
            and(where, true, switch (q.order()) {
                case CREATED_AT -> "(created_at, id)" + comparison + "(#{after.time}, #{after.id})";
                case UPDATED_AT -> "(updated_at, id)" + comparison + "(#{after.time}, #{after.id})";
                case PRIORITY -> "(priority_rank, created_at, id)" + comparison + "(#{after.rank}, #{after.time}, #{after.id})";
            });
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(where);
        }
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
