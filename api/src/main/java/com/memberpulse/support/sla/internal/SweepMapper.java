package com.memberpulse.support.sla.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The sweep's due list ({@code support_control.sla_due}), across the tenants of the database. */
@Mapper
public interface SweepMapper {

    String DUE = "tenant_slug, ticket_id, kind, due_at, attempts";

    /** The work due by {@code now}, soonest first, through the one index over the due instants. */
    @Select("select " + DUE + " from support_control.sla_due where coalesce(retry_at, due_at) <= #{now}"
            + " order by coalesce(retry_at, due_at) limit #{limit}")
    List<DueWork> dueBy(@Param("now") OffsetDateTime now, @Param("limit") int limit);

    /** The row, locked until the transaction ends, if it is still due and nobody else holds it. */
    @Select("select " + DUE + " from support_control.sla_due where tenant_slug = #{tenant} and ticket_id = #{ticketId} and kind = #{kind}"
            + " and coalesce(retry_at, due_at) <= #{now} for update skip locked")
    DueWork claim(@Param("tenant") String tenant, @Param("ticketId") UUID ticketId, @Param("kind") String kind, @Param("now") OffsetDateTime now);

    @Delete("delete from support_control.sla_due where tenant_slug = #{tenant} and ticket_id = #{ticketId} and kind = #{kind}")
    int done(@Param("tenant") String tenant, @Param("ticketId") UUID ticketId, @Param("kind") String kind);

    /** A failed try: counted, with the error, and tried again at {@code retryAt}. */
    @Update("""
            update support_control.sla_due set attempts = attempts + 1, retry_at = #{retryAt}, last_error = #{error}
             where tenant_slug = #{tenant} and ticket_id = #{ticketId} and kind = #{kind}""")
    int failed(@Param("tenant") String tenant, @Param("ticketId") UUID ticketId, @Param("kind") String kind,
               @Param("retryAt") OffsetDateTime retryAt, @Param("error") String error);

    /** Forgets a deprovisioned tenant's work. */
    @Delete("delete from support_control.sla_due where tenant_slug = #{tenant}")
    int forget(@Param("tenant") String tenant);
}
