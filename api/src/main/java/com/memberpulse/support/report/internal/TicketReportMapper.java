package com.memberpulse.support.report.internal;

import com.memberpulse.support.report.TicketReportGrouping;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The report's one statement: the tickets raised in the period (a range of {@code ticket_by_created}) joined with their
 * measured times of the same period (a range of {@code ticket_times_by_created}, the ticket's creation time copied there,
 * so the join reads only the period's rows), aggregated per group and in total at once (grouping sets). Percentiles are
 * {@code percentile_cont}, interpolated between the two nearest durations, both from one sort per duration; minutes are
 * rounded half up. An agent's label is their name in the team list, else the name on their tickets of the period (the
 * last in sort order, if it changed). The rows come in the report's order, the total last.
 */
@Mapper
public interface TicketReportMapper {

    @Select("""
            <script>
            with period as (
                select <choose>
                         <when test="groupBy.name() == 'CATEGORY'">t.category_id</when>
                         <when test="groupBy.name() == 'PRIORITY'">t.priority</when>
                         <when test="groupBy.name() == 'AGENT'">t.assignee_id</when>
                         <when test="groupBy.name() == 'REQUESTER_TYPE'">t.requester_type</when>
                         <otherwise>(t.created_at at time zone #{timeZone})::date</otherwise>
                       </choose> as key,
                       <if test="groupBy.name() == 'AGENT'">t.assignee_name,</if>
                       t.status, tt.first_resolved_at, tt.first_response_business_seconds as first_response,
                       tt.resolution_business_seconds as resolution, tt.first_response_met, tt.resolution_met
                  from ticket t
                  left join ticket_times tt on tt.ticket_id = t.id and tt.ticket_created_at &gt;= #{from} and tt.ticket_created_at &lt; #{to}
                 where t.created_at &gt;= #{from} and t.created_at &lt; #{to}
            ), figures as (
                select grouping(key) = 1 as total, key, <if test="groupBy.name() == 'AGENT'">max(assignee_name) as assignee_name,</if>
                       count(*) as raised, count(first_resolved_at) as resolved,
                       count(*) filter (where status not in ('RESOLVED', 'CLOSED')) as open,
                       percentile_cont(array[0.5, 0.9]) within group (order by first_response) as first_response,
                       percentile_cont(array[0.5, 0.9]) within group (order by resolution) as resolution,
                       count(*) filter (where first_response_met) + count(*) filter (where resolution_met) as met,
                       count(first_response_met) + count(resolution_met) as measured
                  from period
                 group by grouping sets ((key), ())
            )
            select f.total,
                   <choose>
                     <when test="groupBy.name() == 'CATEGORY'">f.key::text as key, c.name as label,</when>
                     <when test="groupBy.name() == 'AGENT'">f.key, coalesce(a.name, f.assignee_name) as label,</when>
                     <when test="groupBy.name() == 'DAY'">to_char(f.key, 'YYYY-MM-DD') as key, null as label,</when>
                     <otherwise>f.key, null as label,</otherwise>
                   </choose>
                   f.raised, f.resolved, f.open,
                   round((f.first_response[1] / 60)::numeric)::int as first_response_median_minutes,
                   round((f.first_response[2] / 60)::numeric)::int as first_response_p90_minutes,
                   round((f.resolution[1] / 60)::numeric)::int as resolution_median_minutes,
                   round((f.resolution[2] / 60)::numeric)::int as resolution_p90_minutes,
                   f.met::float8 / nullif(f.measured, 0) as sla_met_share
              from figures f
              <choose>
                <when test="groupBy.name() == 'CATEGORY'">left join ticket_category c on c.id = f.key order by f.total, c.position,</when>
                <when test="groupBy.name() == 'AGENT'">left join support_agent a on a.id = f.key order by f.total, f.key is null, label,</when>
                <when test="groupBy.name() == 'PRIORITY'">order by f.total, array_position(array['LOW', 'MEDIUM', 'HIGH'], f.key),</when>
                <otherwise>order by f.total,</otherwise>
              </choose>
              f.key
            </script>""")
    List<ReportFigures> figures(@Param("from") OffsetDateTime from, @Param("to") OffsetDateTime to,
                                @Param("groupBy") TicketReportGrouping groupBy, @Param("timeZone") String timeZone);
}
