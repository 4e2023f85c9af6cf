package com.memberpulse.support.report;

import com.memberpulse.support.report.internal.TicketReportMapper;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report's statement exactly as MyBatis prepares it, explained by PostgreSQL in the current tenant's transaction. */
final class ReportStatement {

    private ReportStatement() {
    }

    /** The plan's lines; with {@code analyze} the statement runs and the plan has its timings and buffers. */
    static List<String> explain(SqlSessionFactory mybatis, JdbcTemplate jdbc, boolean analyze, OffsetDateTime from, OffsetDateTime to,
                                TicketReportGrouping groupBy, String timeZone) {
        Map<String, Object> parameters = new HashMap<>(Map.of("from", from, "to", to, "groupBy", groupBy, "timeZone", timeZone));
        BoundSql sql = mybatis.getConfiguration().getMappedStatement(TicketReportMapper.class.getName() + ".figures").getBoundSql(parameters);
        Object[] arguments = sql.getParameterMappings().stream().map(mapping -> parameters.get(mapping.getProperty())).toArray();
        return jdbc.queryForList((analyze ? "explain (analyze, buffers) " : "explain ") + sql.getSql(), String.class, arguments);
    }
}
