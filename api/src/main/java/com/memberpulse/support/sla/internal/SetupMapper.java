package com.memberpulse.support.sla.internal;

import com.memberpulse.support.sla.SlaSettings;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The current tenant's SLA set-up: {@code sla_policy}, {@code business_calendar} and {@code sla_settings}. JSON
 * columns travel as text. Writes returning the row are {@code @Select}s flushing the session cache (as elsewhere).
 */
@Mapper
public interface SetupMapper {

    String POLICY = "id, name, requester_type, calendar_id, targets::text, warning_percent, on_warning::text, on_breach::text, version";
    String CALENDAR = "id, name, time_zone, weekly_hours::text, holidays::text, version";

    @Select("select " + POLICY + " from sla_policy order by requester_type")
    List<StoredPolicy> policies();

    @Select("select " + POLICY + " from sla_policy where id = #{id}")
    StoredPolicy policy(@Param("id") UUID id);

    @Select("select " + POLICY + " from sla_policy where requester_type = #{requesterType}")
    StoredPolicy policyFor(@Param("requesterType") String requesterType);

    @Select("""
            insert into sla_policy (name, requester_type, calendar_id, targets, warning_percent, on_warning, on_breach)
            values (#{p.name}, #{p.requesterType}, #{p.calendarId}, cast(#{p.targets} as jsonb), #{p.warningPercent},
                    cast(#{p.onWarning} as jsonb), cast(#{p.onBreach} as jsonb))
            returning\s""" + POLICY)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    StoredPolicy insertPolicy(@Param("p") StoredPolicy policy);

    /** Null when the policy does not exist or its version is not {@code p.version}. */
    @Select("""
            update sla_policy
               set name = #{p.name}, requester_type = #{p.requesterType}, calendar_id = #{p.calendarId},
                   targets = cast(#{p.targets} as jsonb), warning_percent = #{p.warningPercent},
                   on_warning = cast(#{p.onWarning} as jsonb), on_breach = cast(#{p.onBreach} as jsonb),
                   version = version + 1, updated_at = now()
             where id = #{p.id} and version = #{p.version}
            returning\s""" + POLICY)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    StoredPolicy updatePolicy(@Param("p") StoredPolicy policy);

    @Delete("delete from sla_policy where id = #{id}")
    int deletePolicy(@Param("id") UUID id);

    @Select("select " + CALENDAR + " from business_calendar order by name_key, id")
    List<StoredCalendar> calendars();

    @Select("select " + CALENDAR + " from business_calendar where id = #{id}")
    StoredCalendar calendar(@Param("id") UUID id);

    @Select("""
            insert into business_calendar (name, name_key, time_zone, weekly_hours, holidays)
            values (#{c.name}, #{nameKey}, #{c.timeZone}, cast(#{c.weeklyHours} as jsonb), cast(#{c.holidays} as jsonb))
            returning\s""" + CALENDAR)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    StoredCalendar insertCalendar(@Param("c") StoredCalendar calendar, @Param("nameKey") String nameKey);

    /** Null when the calendar does not exist or its version is not {@code c.version}. */
    @Select("""
            update business_calendar
               set name = #{c.name}, name_key = #{nameKey}, time_zone = #{c.timeZone},
                   weekly_hours = cast(#{c.weeklyHours} as jsonb), holidays = cast(#{c.holidays} as jsonb),
                   version = version + 1, updated_at = now()
             where id = #{c.id} and version = #{c.version}
            returning\s""" + CALENDAR)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    StoredCalendar updateCalendar(@Param("c") StoredCalendar calendar, @Param("nameKey") String nameKey);

    /** The settings, {@code updated_at} to the millisecond as clients see it (the DateTime scalar writes milliseconds). */
    @Select("select auto_close_after_days, date_trunc('milliseconds', updated_at) as updated_at from sla_settings")
    SlaSettings settings();

    /**
     * New settings if {@code updated_at} is still {@code seen} (to the millisecond); null otherwise. The new token is at
     * least a millisecond after the old one, so two changes in one millisecond differ too.
     */
    @Select("""
            update sla_settings
               set auto_close_after_days = #{days},
                   updated_at = greatest(date_trunc('milliseconds', clock_timestamp()),
                                         date_trunc('milliseconds', updated_at) + interval '1 millisecond')
             where date_trunc('milliseconds', updated_at) = #{seen}
            returning auto_close_after_days, updated_at""")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    SlaSettings updateSettings(@Param("days") int days, @Param("seen") OffsetDateTime seen);
}
